"""Who may read what on a district machine: the deployment layout and its permissions.

Learner (and instructor) accounts run servers and kernels that import the package, read the
sample data and use their district's exchange and Jupyter config. Nothing else of the
installation is theirs to read: not the source curriculum (solutions, hidden tests), not
``.git`` (the same, in every commit), not the tests, graders, district files or scripts, not a
hub's state or a course root, not another district's data. Whatever the install path (a clone
anywhere, ``/opt/academy``, an image), the layout is::

    <checkout>/                 0711  others may pass through, not list
      academy/ datasets/ .venv/       world-readable, never group/other-writable: what kernels use
      var/                      0711  pass-through only (default parent of the district data roots)
      everything else           go-rwx: curriculum/ .git/ tests/ graders/ districts/ scripts/ ...
    <curriculum in use>         go-rwx  also when ACADEMY_CURRICULUM points outside the checkout
    <data_root>/    root:academy-<id> 0710  only the district's own accounts pass through
      hub/ course/              0700  hub database, cookie secret, tokens; nbgrader course root
      exchange/                 1777  nbgrader's exchange (world-writable by nbgrader's design)
      jupyter/ runtime/ weekly/ 0755/0711  learners' Jupyter config, Python, weekly report records

Each district has its own Unix group ``academy-<id>`` (``unix_accounts.district_group``); every
learner and instructor account of the district is a member (``users.add_user``, the spawner on
start, and ``secure`` for the hub users a district already has). Its data root is the only door:
a learner of another district who knows the exact path of this district's exchange, Jupyter
config or a released notebook is refused at the data root, whatever the modes below it. Districts
that share a machine need distinct ``[accounts] unix_prefix`` values (one Unix account per person
and district); otherwise one account is a member of both.

``secure(settings)`` makes it so (idempotent, as root; ``academy hub setup`` and
``scripts/bootstrap.sh`` call it), ``problems(settings)`` lists what is loose now, and
``require(settings)`` -- called by ``jupyterhub_config.py`` -- refuses to start the hub while
anything is (e.g. a data root back at 0711, or in another group)::

    python -m academy.hub.permissions [--district ID] [--check]

What stays by design:

* Hidden tests run with a learner's code only at autograde time and only inside the grading
  sandbox (a throwaway UID, an allow-listed file system, no district group), never in the
  learner's own server or kernel -- nbgrader's model: the released notebook has no hidden tests,
  the course root holding them is root-only.
* The exchange is nbgrader's: ``exchange/`` is 1777 and ``<course>/inbound`` is writable by
  everyone who reaches it; that is why the data root, not the exchange, is what keeps other
  districts out.
* Grading started from the formgrader's buttons and the notices it shows belong to issue 17.
"""

from __future__ import annotations

import argparse
import grp
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from academy.layout import PACKAGE, REPO, curriculum_dir

# Top-level entries of a checkout that learners' kernels need: the package, the sample data and
# the venv (scripts/bootstrap.sh's default; also wherever the running interpreter's venv sits in
# the checkout). Everything else in the checkout is private.
LEARNER_ENTRIES = ("academy", "datasets", ".venv")
# Top-level folders others may only pass through (district data roots live below).
PASS_THROUGH = ("var",)
# Byproducts of test runs (pytest's cache, copied hub logs): made private by secure() like
# everything else, but one appearing between `academy hub setup` and the hub's start (tests
# running side by side) is no reason to refuse that hub.
BYPRODUCTS = (".pytest_cache", "test-artifacts")

FIX = "sudo {python} -m academy.hub.permissions --district {district}   (or: academy hub setup)"
KOREAN = ("허브를 시작하지 않았어요: 수강생 계정이 읽으면 안 되는 곳의 권한이 열려 있어요. "
          "위의 경로와 고치는 명령을 확인해 주세요.")


class LayoutError(SystemExit):
    """The installation lets learner accounts read (or change) what they must not.

    A ``SystemExit``: raised while JupyterHub loads its config, it ends the hub with this
    message (exit status 1) instead of a traceback."""


@dataclass(frozen=True)
class Problem:
    path: Path
    mode: int
    wrong: str  # what is wrong, for the operator
    # The hub refuses to start (too open); else a warning (e.g. too closed for learners' servers,
    # which will fail on their own, or a listing that shows only names).
    refuse: bool = True

    def __str__(self) -> str:
        return f"{self.path} (mode {self.mode:04o}): {self.wrong}"


def checkout() -> Path | None:
    """The source checkout the package runs from, or None for a regular (wheel) install."""
    if (REPO / "pyproject.toml").is_file() and (REPO / "academy").resolve() == PACKAGE:
        return REPO
    return None


def learner_entries(repo: Path) -> set[str]:
    """Names of the checkout's top-level entries learners need: package, datasets, the venv."""
    names = set(LEARNER_ENTRIES)
    prefix = Path(sys.prefix).absolute()
    if prefix.is_relative_to(repo) and prefix != repo:
        names.add(prefix.relative_to(repo).parts[0])
    return names


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def _tighten(path: Path, keep_others: int) -> None:
    """Owner bits unchanged; group and others get exactly ``keep_others`` (e.g. 0o011 or 0)."""
    mode = _mode(path)
    wanted = (mode & ~0o077) | keep_others
    if mode != wanted:
        os.chmod(path, wanted)


def _under(path: Path, folder: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def _private_extra(repo: Path | None, curriculum: Path | None) -> list[Path]:
    """Private folders outside the checkout: the curriculum in use (ACADEMY_CURRICULUM, an
    installed copy)."""
    curriculum = (curriculum or curriculum_dir()).resolve()  # also where a linked curriculum/ points
    if curriculum.is_dir() and not (repo and _under(curriculum, repo.resolve())):
        return [curriculum]
    return []


def _data_paths(settings: dict[str, Any]) -> dict[str, Path]:
    from academy.hub.data_root import paths

    return paths(settings)


def secure(settings: dict[str, Any] | None = None, *, repo: Path | None = None,
           curriculum: Path | None = None) -> list[Path]:
    """Apply the layout (idempotent, as root or the checkout's owner); the paths changed.

    ``repo`` and ``curriculum`` default to this installation's checkout and curriculum."""
    repo = repo if repo is not None else checkout()
    before: dict[Path, int] = {}

    def tighten(path: Path, keep_others: int) -> None:
        before.setdefault(path, _mode(path))
        _tighten(path, keep_others)

    if repo is not None:
        tighten(repo, 0o011)
        needed = learner_entries(repo)
        for entry in sorted(repo.iterdir()):
            if entry.is_symlink():
                continue  # a link grants nothing its target does not
            if entry.name in needed:
                mode = _mode(entry)
                if mode & 0o022 or (mode & 0o005) != 0o005:
                    before.setdefault(entry, mode)
                    os.chmod(entry, (mode & ~0o022) | (0o055 if entry.is_dir() else 0o044))
            else:
                tighten(entry, 0o011 if entry.name in PASS_THROUGH and entry.is_dir() else 0)
    for path in _private_extra(repo, curriculum):
        tighten(path, 0)
    regrouped = []
    if settings is not None:
        p = _data_paths(settings)
        if p["root"].is_dir():
            if close_data_root(settings, before):
                regrouped.append(p["root"])
            for private in ("hub", "course"):
                if p[private].is_dir():
                    tighten(p[private], 0)
    changed = [path for path, mode in before.items() if _mode(path) != mode]
    return changed + [path for path in regrouped if path not in changed]


def close_data_root(settings: dict[str, Any], before: dict[Path, int] | None = None) -> bool:
    """Make the district's data root ``root:academy-<id> 0710`` (owner bits kept) so only the
    district's accounts pass through, and join the hub users the district already has to its
    group; whether the group changed. Needs root."""
    from academy.hub import unix_accounts

    root = _data_paths(settings)["root"]
    gid = unix_accounts.ensure_district_group(settings)
    for unix in unix_accounts.district_accounts(settings):
        unix_accounts.join_district(settings, unix)
    regrouped = os.lstat(root).st_gid != gid
    if regrouped:
        os.chown(root, -1, gid, follow_symlinks=False)
    if before is not None:
        before.setdefault(root, _mode(root))
    wanted = (_mode(root) & ~0o077) | 0o010
    if _mode(root) != wanted:
        os.chmod(root, wanted)
    return regrouped


def problems(settings: dict[str, Any] | None = None, *, repo: Path | None = None,
             curriculum: Path | None = None) -> list[Problem]:
    """Everything that lets learner accounts read or change what they must not (or that keeps
    them from what they need)."""
    repo = repo if repo is not None else checkout()
    found: list[Problem] = []

    def need_private(path: Path, what: str, *, pass_through: bool = False, refuse: bool = True) -> None:
        mode = _mode(path)
        loose = mode & (0o066 if pass_through else 0o077)
        if loose:
            allowed = "others may only pass through (0711)" if pass_through else "owner only (0700 or 0600)"
            found.append(Problem(path, mode, f"{what} -- open to group/others; expected {allowed}",
                                 refuse=refuse or bool(loose & 0o022)))

    def need_reachable(path: Path, what: str) -> None:
        for parent in [*reversed(path.absolute().parents), path.absolute()]:
            if parent.exists() and not _mode(parent) & 0o001:
                found.append(Problem(parent, _mode(parent), f"others cannot pass through it to reach {what}; "
                                                            f"expected o+x (chmod o+x {parent})", refuse=False))
                return

    def need_district_only(settings: dict[str, Any], root: Path) -> None:
        from academy.hub.unix_accounts import district_group

        group, mode, gid = district_group(settings), _mode(root), os.lstat(root).st_gid
        try:
            want = grp.getgrnam(group).gr_gid
        except KeyError:
            want = None
        expected = f"expected only its group to pass through (root:{group} 0710)"
        if mode & 0o007:
            found.append(Problem(root, mode, "the district's data root -- every account may pass through to "
                                             f"its exchange, Jupyter config and reports; {expected}"))
        elif mode & 0o060:
            found.append(Problem(root, mode, f"the district's data root -- its group may list or change it; {expected}"))
        elif want is None:
            found.append(Problem(root, mode, f"the district's Unix group {group} does not exist, so its learners "
                                             f"cannot reach their exchange; {expected}", refuse=False))
        elif gid != want:
            found.append(Problem(root, mode, f"the district's data root belongs to group {_group_name(gid)}, "
                                             f"not the district's; {expected}", refuse=bool(mode & 0o070)))
        elif not mode & 0o010:
            found.append(Problem(root, mode, f"the district's accounts cannot pass through to their exchange; "
                                             f"{expected}", refuse=False))

    if repo is not None:
        need_private(repo, "the checkout (only its package, sample data and venv are for learners)", pass_through=True)
        needed = learner_entries(repo)
        for entry in sorted(repo.iterdir()):
            if entry.is_symlink():
                continue
            if entry.name in needed:
                mode = _mode(entry)
                if mode & 0o022:
                    found.append(Problem(entry, mode, "learners' kernels run this code/data, yet group/others "
                                                      "may change it; expected no g+w/o+w"))
                elif (mode & 0o005) != 0o005 if entry.is_dir() else not mode & 0o004:
                    found.append(Problem(entry, mode, "learners' kernels need to read it; expected o+rX",
                                         refuse=False))
            elif entry.name in PASS_THROUGH and entry.is_dir():
                # Listing it shows district ids only (each data root is checked on its own), and
                # tests side by side make and remove it: a warning, unless others may write.
                need_private(entry, "the folder of the districts' data roots", pass_through=True, refuse=False)
            elif entry.name not in BYPRODUCTS:
                need_private(entry, _WHY.get(entry.name, "not for learners"))
    need_reachable(PACKAGE, "the package")
    for path in _private_extra(repo, curriculum):
        need_private(path, _WHY["curriculum"])
    if settings is not None:
        p = _data_paths(settings)
        if p["root"].is_dir():
            need_district_only(settings, p["root"])
            need_reachable(p["root"].parent, "the district's data root")
            for private in ("hub", "course"):
                if p[private].is_dir():
                    need_private(p[private], _WHY[private])
    return found


_WHY = {
    "curriculum": "the source curriculum: solutions and hidden tests",
    ".git": "every version of the curriculum, solutions and hidden tests included",
    "tests": "tests and their graded examples",
    "graders": "the grading configuration",
    "districts": "district settings",
    "scripts": "operator scripts",
    "hub": "the hub's database, cookie secret and tokens",
    "course": "the nbgrader course root: source notebooks with hidden tests, the gradebook",
}


def _group_name(gid: int) -> str:
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def report(found: list[Problem], settings: dict[str, Any] | None) -> str:
    """The operator's message: refusals (with the fix and a Korean line), then warnings."""
    refuse = [problem for problem in found if problem.refuse]
    warn = [problem for problem in found if not problem.refuse]
    lines = []
    if refuse:
        district = (settings or {}).get("district", {}).get("id", "demo")
        lines += ["learner accounts could read or change what they must not:",
                  *(f"  {problem}" for problem in refuse),
                  "Fix: " + FIX.format(python=sys.executable, district=district), KOREAN]
    if warn:
        lines += [f"warning: {problem}" for problem in warn]
    return "\n".join(lines)


def require(settings: dict[str, Any]) -> dict[str, Any]:
    """Raise ``LayoutError`` naming every loose path and the fix; else return ``settings``
    (paths learners cannot reach are printed as a warning)."""
    found = problems(settings)
    if any(problem.refuse for problem in found):
        raise LayoutError("refusing to start the hub: " + report(found, settings))
    if found:
        print(report(found, settings), file=sys.stderr)
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m academy.hub.permissions",
                                     description="Apply (or --check) the permissions learners' accounts rely on.")
    parser.add_argument("--district", help="also the district's data root (default: only the checkout)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is too open")
    args = parser.parse_args(argv)
    settings = None
    if args.district:
        from academy import district

        settings = district.load(args.district)
    if not args.check:
        for path in secure(settings):
            print(f"tightened {path} ({_mode(path):04o})")
    found = problems(settings)
    if found:
        print(report(found, settings), file=sys.stderr)
    if any(problem.refuse for problem in found):
        return 1
    print("permissions ok: other accounts reach only the package, the sample data and the venv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
