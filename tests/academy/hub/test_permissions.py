"""Issue 14, item 1: learner accounts read only what a learner needs (academy/hub/permissions.py).

The slow tests act as a learner's Unix account of a throw-away district A whose data root is the
default ``var/<id>`` inside this checkout: a Python child running as that account with the groups
the spawner gives it (its own and the district's ``academy-<id>``) tries the curriculum source,
``.git`` (also with ``git show``), the tests, graders, district files and scripts, the course
root, the hub's state, another learner's home and a second district B's data root, exchange
(its released notebook, its inbound), Jupyter config and kernel spec by exact path -- every one
refused -- and still imports the package, finds and reads a dataset, runs the learners' Python
and reaches its own district's exchange and config. Then the hub refuses to start once its
course root is opened up, and the layout check refuses a data root open to every account. The
fast tests run the layout check on a checkout-shaped folder.
"""

from __future__ import annotations

import contextlib
import grp
import json
import os
import pwd
import secrets
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from .conftest import district_file, need_root, run_as, throwaway_folder

from academy.hub import permissions
from academy.layout import REPO

MODULE = "01-values"  # a real exercise: solutions and hidden tests
HIDDEN = "BEGIN HIDDEN TESTS"

# Run by the learner's account: try each (kind, path), report what happened. No academy import,
# so the refusals do not depend on the package.
ATTEMPT = r"""
import json, os, sys
results = {}
for kind, path in json.loads(sys.argv[1]):
    try:
        if kind == "list":
            os.listdir(path)
        elif kind == "write":
            with open(os.path.join(path, "sneaked-in.txt"), "x") as f:
                f.write("x")
        else:
            with open(path, "rb") as f:
                f.read(64)
        results[path] = "allowed"
    except PermissionError:
        results[path] = "refused"
    except FileNotFoundError:
        results[path] = "missing"
print(json.dumps(results))
"""


def as_learner(name: str, args: list[str]) -> subprocess.CompletedProcess:
    """Run ``args`` as Unix user ``name`` from its home: its uid, gid and supplementary groups from
    /etc/group (what the spawner and the weekly job give its processes)."""
    return run_as(name, *args, cwd=pwd.getpwnam(name).pw_dir, timeout=120)


class Layout:
    """Two prepared districts (data roots in this checkout's var/) and two learners of the first."""

    def __init__(self, tag: str, base: Path):
        from academy import district
        from academy.hub import launch

        self.tag, self.base = tag, base
        self.districts = base / "districts"
        self.districts.mkdir()
        self.home_root = base / "home"
        self.home_root.mkdir(mode=0o755)
        self.prefix = f"sca-t{tag}-"
        self.settings = {}
        for suffix in ("a", "b"):
            district_id = f"t{tag}{suffix}"
            file = {"district": {"id": district_id, "name": "권한구"},
                    "hub": {"port": launch.free_port_block()},  # data_root: the default var/<id>
                    "people": {"instructors": ["teach"]},
                    "accounts": {"unix_prefix": self.prefix, "home_root": str(self.home_root)}}
            path = self.districts / f"{district_id}.toml"
            path.write_text(district_file(file), encoding="utf-8")
            self.settings[suffix] = district.load(district_id, path=path)
        self.accounts: list[str] = []

    def data(self, suffix: str) -> Path:
        from academy.hub import data_root

        return data_root.paths(self.settings[suffix])["root"]


@pytest.fixture(scope="module")
def layout():
    need_root()
    from academy.hub import data_root, launch, release, unix_accounts

    tag, base = throwaway_folder("permtest")
    world = None
    proc = None
    had_var = (REPO / "var").is_dir()
    try:
        world = Layout(tag, base)
        assert world.data("a").parent == REPO / "var", "the test district's data root is the default one"
        data_root.prepare(world.settings["a"], modules=[MODULE])
        data_root.prepare(world.settings["b"], modules=[MODULE])
        release.release(world.settings["b"], [MODULE])  # B's exchange: outbound notebook, inbound
        # A real hub run leaves its real state: database and cookie secret.
        proc = launch.start_hub(world.settings["a"]["district"]["id"], districts=world.districts, timeout=120)
        launch.stop_hub(proc)
        proc = None
        for name in ("kim", "lee"):
            world.accounts.append(world.prefix + name)
            unix_accounts.ensure_unix_user(world.prefix + name, world.home_root)
            unix_accounts.join_district(world.settings["a"], world.prefix + name)  # as users.add_user does
        lee = pwd.getpwnam(world.prefix + "lee")
        notes = Path(lee.pw_dir) / "notes.txt"
        notes.write_text("lee's own notes\n", encoding="utf-8")
        os.chown(notes, lee.pw_uid, lee.pw_gid)
        yield world
    finally:
        if proc is not None:
            launch.stop_hub(proc)
        if world is not None:
            for name in world.accounts:
                unix_accounts.remove_unix_user(name)
            for suffix in ("a", "b"):
                shutil.rmtree(world.data(suffix), ignore_errors=True)
                unix_accounts.remove_district_group(world.settings[suffix])
        if not had_var:
            with contextlib.suppress(OSError):  # another test's district may live there meanwhile
                (REPO / "var").rmdir()
        shutil.rmtree(base, ignore_errors=True)


def attempts(world: Layout, targets: list[tuple[str, Path]]) -> dict[str, str]:
    """What learner kim may do with each target (after checking, as root, that each exists)."""
    for _, path in targets:
        assert path.exists(), f"{path} should exist for this test to mean anything"
    from academy.hub import data_root

    python = str(data_root.build_runtime(world.settings["a"]))
    result = as_learner(world.prefix + "kim", [python, "-c", ATTEMPT,
                                               json.dumps([[kind, str(path)] for kind, path in targets])])
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_refused(world: Layout, targets: list[tuple[str, Path]]) -> None:
    outcome = attempts(world, targets)
    assert outcome == {str(path): "refused" for _, path in targets}


@pytest.mark.slow
def test_curriculum_source_is_refused(layout):
    assert_refused(layout, [("read", REPO / "curriculum" / MODULE / "exercise.ipynb"),
                            ("list", REPO / "curriculum"),
                            ("read", REPO / "curriculum" / "syllabus.yml")])


@pytest.mark.slow
def test_git_history_is_refused(layout):
    assert_refused(layout, [("read", REPO / ".git" / "HEAD"), ("list", REPO / ".git" / "objects")])
    # What a learner would type; safe.directory only silences git's ownership warning.
    show = as_learner(layout.prefix + "kim", ["git", "-c", "safe.directory=*", "-C", str(REPO), "show",
                                              f"HEAD:curriculum/{MODULE}/exercise.ipynb"])
    assert show.returncode != 0 and HIDDEN not in show.stdout, show.stdout[:300]
    assert "ermission denied" in show.stderr or "not a git repository" in show.stderr, show.stderr


@pytest.mark.slow
def test_the_rest_of_the_checkout_is_refused(layout):
    assert_refused(layout, [("list", REPO),
                            ("read", REPO / "tests" / "academy" / "hub" / "conftest.py"),
                            ("read", REPO / "graders" / "nbgrader_config.py"),
                            ("read", REPO / "districts" / "demo.toml"),
                            ("read", REPO / "scripts" / "bootstrap.sh"),
                            ("read", REPO / "jupyterhub_config.py")])


@pytest.mark.slow
def test_course_root_and_hub_state_are_refused(layout):
    course, hub = layout.data("a") / "course", layout.data("a") / "hub"
    assert HIDDEN in (course / "source" / MODULE / "exercise.ipynb").read_text(encoding="utf-8")
    assert_refused(layout, [("list", course), ("read", course / "source" / MODULE / "exercise.ipynb"),
                            ("read", course / "nbgrader_config.py"),
                            ("list", hub), ("read", hub / "jupyterhub.sqlite"),
                            ("read", hub / "jupyterhub_cookie_secret"), ("read", hub / "admin-token")])


@pytest.mark.slow
def test_another_learners_home_is_refused(layout):
    home = Path(pwd.getpwnam(layout.prefix + "lee").pw_dir)
    assert_refused(layout, [("list", home), ("read", home / "notes.txt")])


@pytest.mark.slow
def test_other_districts_data_is_refused(layout):
    other = layout.data("b")
    assert_refused(layout, [("list", REPO / "var"), ("list", other), ("list", layout.data("a")),
                            ("list", other / "course"), ("read", other / "course" / "nbgrader_config.py"),
                            ("list", other / "hub"), ("read", other / "hub" / "admin-token")])


@pytest.mark.slow
def test_another_districts_exchange_and_config_are_refused_by_exact_path(layout):
    """B's exchange is 1777 and its notebooks and config world-readable (nbgrader's design, and
    what B's own learners need): a learner of A who types the exact paths still gets nothing."""
    from academy.hub import unix_accounts

    other, course = layout.data("b"), layout.settings["b"]["district"]["course_id"]
    exchange = other / "exchange" / course
    assert HIDDEN not in (exchange / "outbound" / MODULE / "exercise.ipynb").read_text(encoding="utf-8")
    assert_refused(layout, [("list", other / "exchange"), ("list", exchange / "outbound"),
                            ("list", exchange / "outbound" / MODULE),
                            ("read", exchange / "outbound" / MODULE / "exercise.ipynb"),
                            ("write", exchange / "inbound"),  # a submission into B's course
                            ("list", other / "jupyter" / "learner"),
                            ("read", other / "jupyter" / "learner" / "nbgrader_config.py"),
                            ("read", other / "jupyter" / "instructor" / "jupyter_server_config.json"),
                            ("read", other / "jupyter" / "data" / "kernels" / "python3" / "kernel.json")])
    # The one door: B's data root belongs to B's group, of which kim is no member.
    root = os.stat(other)
    assert stat.S_IMODE(root.st_mode) == 0o710 and root.st_uid == 0
    assert root.st_gid == grp.getgrnam(unix_accounts.district_group(layout.settings["b"])).gr_gid
    assert root.st_gid not in os.getgrouplist(layout.prefix + "kim", pwd.getpwnam(layout.prefix + "kim").pw_gid)


@pytest.mark.slow
def test_every_process_run_as_a_learner_gets_the_districts_group(layout):
    """The server (JupyterHub's set_user_setuid, used by the spawner), the weekly job and
    ``data_root.as_user`` set the account's groups from /etc/group: A's group, never B's."""
    from jupyterhub.spawner import set_user_setuid

    from academy.hub import unix_accounts, data_root
    from academy.weekly.service import as_learner as weekly_as_learner

    name = layout.prefix + "kim"
    entry = pwd.getpwnam(name)
    mine, theirs = (grp.getgrnam(unix_accounts.district_group(layout.settings[s])).gr_gid for s in ("a", "b"))
    for preexec in (set_user_setuid(name, chdir=False),
                    weekly_as_learner(entry, cgroup=None, limit=2 * 1024 ** 3)):
        ids = subprocess.run(["sh", "-c", "id -u; id -G"], preexec_fn=preexec, capture_output=True, text=True,
                             timeout=30, check=True).stdout.split()
        assert ids[0] == str(entry.pw_uid) and str(mine) in ids[1:] and str(theirs) not in ids[1:], ids
    ids = data_root.as_user(name, ["id", "-G"]).stdout.split()
    assert str(mine) in ids and str(theirs) not in ids


@pytest.mark.slow
def test_layout_check_refuses_a_data_root_open_to_every_account(layout):
    from academy.hub import unix_accounts

    settings = layout.settings["b"]
    root = layout.data("b")
    try:
        os.chmod(root, 0o711)  # the layout before districts had groups, or an operator's chmod
        found = [problem for problem in permissions.problems(settings) if problem.refuse]
        assert [problem.path for problem in found] == [root]
        assert f"root:{unix_accounts.district_group(settings)} 0710" in str(found[0])
        with pytest.raises(permissions.LayoutError, match=f"{root} \\(mode 0711\\)"):
            permissions.require(settings)
        os.chmod(root, 0o710)
        os.chown(root, -1, grp.getgrnam(unix_accounts.district_group(layout.settings["a"])).gr_gid)  # A's group
        assert [problem.path for problem in permissions.problems(settings) if problem.refuse] == [root]
    finally:
        permissions.secure(settings)
    assert [problem for problem in permissions.problems(settings) if problem.refuse] == []
    assert stat.S_IMODE(os.stat(root).st_mode) == 0o710


@pytest.mark.slow
def test_learner_still_imports_the_package_and_reads_the_data(layout):
    from academy.hub import data_root

    python = str(data_root.build_runtime(layout.settings["a"]))
    code = ("import academy, academy.checking, academy.explain\n"
            "from academy import data_path\n"
            "path = data_path('bakery/sales_cp949.csv')\n"
            "print(path, len(path.read_bytes()), academy.__file__)\n")
    result = as_learner(layout.prefix + "kim", [python, "-c", code])
    assert result.returncode == 0, result.stderr
    path, size, package = result.stdout.split()
    assert Path(path) == REPO / "datasets" / "bakery" / "sales_cp949.csv" and int(size) > 0
    assert Path(package).parent == REPO / "academy"
    # Their own district's Jupyter config and exchange stay reachable for their server.
    jupyter, exchange = layout.data("a") / "jupyter" / "learner", layout.data("a") / "exchange"
    assert attempts(layout, [("read", jupyter / "nbgrader_config.py"), ("list", exchange),
                             ("list", REPO / "datasets")]) == {
        str(jupyter / "nbgrader_config.py"): "allowed", str(exchange): "allowed", str(REPO / "datasets"): "allowed"}


@pytest.mark.slow
def test_hub_refuses_to_start_when_the_course_root_is_opened(layout):
    """An operator's ``chmod 755`` on the course root: the hub names it and the fix, and stops."""
    from academy.hub import config, data_root

    settings = layout.settings["a"]
    p = data_root.paths(settings)
    os.chmod(p["course"], 0o755)
    try:
        env = dict(os.environ, ACADEMY_DISTRICT=settings["district"]["id"], ACADEMY_DISTRICTS=str(layout.districts))
        run = subprocess.run([sys.executable, "-m", "jupyterhub", "-f", str(REPO / "jupyterhub_config.py")],
                             cwd=p["hub"], env=env, capture_output=True, text=True, timeout=120)
        output = run.stdout + run.stderr
        assert run.returncode != 0, output[-2000:]
        assert "refusing to start the hub" in output and f"{p['course']} (mode 0755)" in output, output[-2000:]
        assert "-m academy.hub.permissions --district " + settings["district"]["id"] in output
        assert "허브를 시작하지 않았어요" in output
        import socket

        with socket.socket() as s:  # nothing listens on the district's public port
            assert s.connect_ex(("127.0.0.1", config.ports(settings)["public"])) != 0
    finally:
        permissions.secure(settings)
    assert stat.S_IMODE(os.stat(p["course"]).st_mode) == 0o700
    assert [problem for problem in permissions.problems(settings) if problem.refuse] == []


# -- the check itself, on a checkout-shaped folder (no accounts needed) ---------------------------

def fake_checkout(root: Path) -> Path:
    """A checkout as `git clone` with umask 022 leaves it, plus a venv and a district data root."""
    for folder in ("academy", "datasets", ".venv/bin", "curriculum/01-values", ".git/objects", "tests",
                   "graders", "districts", "scripts", "var/demo/hub", "var/demo/course", "var/demo/exchange"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for file in ("academy/__init__.py", "datasets/a.csv", "curriculum/01-values/exercise.ipynb",
                 ".git/HEAD", "README.md", "pyproject.toml"):
        (root / file).write_text("x\n", encoding="utf-8")
    for path in [root, *root.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    return root


@pytest.fixture
def fake_settings():
    """Settings of a throw-away district whose data root is a fake checkout's var/demo; its Unix
    group (made by secure()) is removed afterwards."""
    need_root()
    from academy import district
    from academy.hub import unix_accounts

    made = []

    def settings_for(root: Path) -> dict:
        settings = district.validate(district.merge(district.defaults(), {
            "district": {"id": f"p{secrets.token_hex(3)}", "name": "권한구"}, "people": {"instructors": ["teach"]},
            "hub": {"data_root": str(root / "var" / "demo")}}))
        made.append(settings)
        return settings

    yield settings_for
    for settings in made:
        unix_accounts.remove_district_group(settings)


def loose(found: list[permissions.Problem]) -> set[str]:
    return {problem.path.name for problem in found if problem.refuse}


def test_a_fresh_clone_is_too_open_and_secure_closes_it(tmp_path, fake_settings):
    repo = fake_checkout(tmp_path / "academy-clone")
    settings, curriculum = fake_settings(repo), repo / "curriculum"
    assert loose(permissions.problems(settings, repo=repo, curriculum=curriculum)) == {
        "academy-clone", "curriculum", ".git", "tests", "graders", "districts", "scripts", "demo",
        "hub", "course", "README.md", "pyproject.toml"}
    changed = permissions.secure(settings, repo=repo, curriculum=curriculum)
    assert repo / "curriculum" in changed and repo / "academy" not in changed
    assert loose(permissions.problems(settings, repo=repo, curriculum=curriculum)) == set()
    assert permissions.secure(settings, repo=repo, curriculum=curriculum) == []  # idempotent
    modes = {name: stat.S_IMODE(os.stat(repo / name).st_mode)
             for name in ("", "academy", "datasets", ".venv", "curriculum", ".git", "var", "var/demo",
                          "var/demo/hub", "var/demo/exchange", "README.md")}
    assert modes == {"": 0o711, "academy": 0o755, "datasets": 0o755, ".venv": 0o755, "curriculum": 0o700,
                     ".git": 0o700, "var": 0o711, "var/demo": 0o710, "var/demo/hub": 0o700,
                     "var/demo/exchange": 0o755, "README.md": 0o600}


def test_an_operator_loosening_it_is_named_with_the_fix(tmp_path, fake_settings):
    repo = fake_checkout(tmp_path / "academy")
    settings, curriculum = fake_settings(repo), repo / "curriculum"
    permissions.secure(settings, repo=repo, curriculum=curriculum)
    subprocess.run(["chmod", "-R", "o+r", str(repo / "curriculum")], check=True)  # the operator's slip
    os.chmod(repo / "academy", 0o777)  # anyone could change the code every kernel imports
    found = permissions.problems(settings, repo=repo, curriculum=curriculum)
    assert loose(found) == {"curriculum", "academy"}
    message = permissions.report(found, settings)
    assert f"{repo / 'curriculum'} (mode 0704)" in message and "hidden tests" in message
    assert "-m academy.hub.permissions --district " + settings["district"]["id"] in message
    permissions.secure(settings, repo=repo, curriculum=curriculum)
    assert loose(permissions.problems(settings, repo=repo, curriculum=curriculum)) == set()


def test_a_curriculum_outside_the_checkout_is_private_too(tmp_path):
    repo = fake_checkout(tmp_path / "academy")
    elsewhere = tmp_path / "srv-curriculum"
    elsewhere.mkdir(mode=0o755)
    os.chmod(elsewhere, 0o755)
    assert elsewhere in {p.path for p in permissions.problems(None, repo=repo, curriculum=elsewhere)}
    permissions.secure(None, repo=repo, curriculum=elsewhere)
    assert stat.S_IMODE(os.stat(elsewhere).st_mode) == 0o700
    # The checkout's curriculum/ may be a link to it: the folder it points to is what counts.
    os.chmod(elsewhere, 0o755)
    shutil.rmtree(repo / "curriculum")
    (repo / "curriculum").symlink_to(elsewhere, target_is_directory=True)
    assert elsewhere in {p.path for p in permissions.problems(None, repo=repo, curriculum=repo / "curriculum")}
    permissions.secure(None, repo=repo, curriculum=repo / "curriculum")
    assert stat.S_IMODE(os.stat(elsewhere).st_mode) == 0o700


def test_require_raises_only_for_what_is_too_open(tmp_path, monkeypatch, fake_settings):
    repo = fake_checkout(tmp_path / "academy")
    settings = fake_settings(repo)
    monkeypatch.setattr(permissions, "checkout", lambda: repo)
    monkeypatch.setattr(permissions, "curriculum_dir", lambda: repo / "curriculum")
    with pytest.raises(permissions.LayoutError, match="refusing to start the hub"):
        permissions.require(settings)
    permissions.secure(settings)
    assert permissions.require(settings) is settings
    (repo / "test-artifacts").mkdir(mode=0o755)  # a test run's byproduct: tightened later, no refusal
    assert permissions.require(settings) is settings
