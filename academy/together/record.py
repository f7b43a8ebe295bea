"""The learner's own record of instant checks: ``~/.academy/checks.jsonl``, private and append-only.

Written in the learner's kernel by :meth:`academy.checking.Problem.check` (one line per check:
module, problem, outcome, time) only where the hub asks for it (``ACADEMY_RECORD_CHECKS=1`` in
the learner's server environment, academy/hub/config.py), so CI, nbval and the grading sandbox
write nothing. Read by the progress service (as root) as untrusted input: no symlinks, a regular
file owned by the learner, at most ``LIMIT`` bytes, only well-formed lines count.

>>> lines = [json.dumps({"module": "01-values", "problem": "fee", "kind": "correct"}), "junk",
...          json.dumps({"module": "01-values", "problem": "tax", "kind": "incorrect"})]
>>> passed_by_module(parse(lines))
{'01-values': {'fee'}}
"""

from __future__ import annotations

import json
import os
import stat
import sys
import time
from pathlib import Path
from typing import Any, Iterable

ENABLE = "ACADEMY_RECORD_CHECKS"
FOLDER = ".academy"
FILENAME = "checks.jsonl"
LIMIT = 1024 * 1024  # a record never grows past 1 MiB (about 10,000 checks): later checks are not recorded
KINDS = ("correct", "incorrect", "not_attempted")


# id(problem) -> (problem, module id): a problem's module is looked up once per kernel, not on every
# check (the scan walks every loaded exercise module); the problem is kept so its id is never reused.
_FOUND: dict[int, tuple[Any, str]] = {}


def module_of(problem: Any) -> str | None:
    """The module id of ``problem``: its seal's (graded sets), else the ``academy.exercises.mNN_slug``
    module that declares it (``m01_values`` -> ``01-values``), remembered once found."""
    seal = getattr(problem, "seal", None)
    if seal is not None and getattr(seal, "module_id", None):
        return seal.module_id
    found = _FOUND.get(id(problem))
    if found is not None and found[0] is problem:
        return found[1]
    for name, module in list(sys.modules.items()):
        if not name.startswith("academy.exercises.m") or module is None:
            continue
        for value in vars(module).values():
            if getattr(value, "_problems", None) and any(p is problem for p in value._problems.values()):
                module_id = name.rsplit(".", 1)[1][1:].replace("_", "-")
                _FOUND[id(problem)] = (problem, module_id)
                return module_id
    return None  # not declared in a module (yet): not remembered, looked up again next time


def record_check(problem: Any, kind: str, mistake: int | None = None) -> None:
    """Append one outcome to the learner's record; never raises (a check must always show its verdict).
    ``mistake``: the index of the declared mistake the answer showed (never the answer itself)."""
    if os.environ.get(ENABLE) != "1":
        return
    try:
        module = module_of(problem)
        if module is None:
            return
        home = Path(os.path.expanduser("~"))
        folder = home / FOLDER
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        fd = os.open(folder / FILENAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        try:
            if os.fstat(fd).st_size >= LIMIT:
                return
            entry = {"module": module, "problem": problem.name, "kind": kind, "at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
            if mistake is not None:
                entry["mistake"] = mistake
            line = json.dumps(entry, ensure_ascii=False)
            os.write(fd, (line + "\n").encode("utf-8"))
        finally:
            os.close(fd)
    except Exception:  # a full home, a read-only one, anything: the check itself still answers
        return


def read_lines(home: Path, uid: int) -> list[str]:
    """The record's lines, read as root from ``home`` of the learner with ``uid`` ([] when absent or refused)."""
    try:
        dfd = os.open(home / FOLDER, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return []
    try:
        if os.fstat(dfd).st_uid != uid:
            return []
        fd = os.open(FILENAME, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=dfd)
    except OSError:
        return []
    finally:
        os.close(dfd)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != uid:
            return []
        with os.fdopen(fd, "rb") as f:
            fd = -1
            data = f.read(LIMIT + 1)[:LIMIT]
    finally:
        if fd >= 0:
            os.close(fd)
    return data.decode("utf-8", errors="replace").splitlines()


def parse(lines: Iterable[str]) -> list[dict[str, str]]:
    """Well-formed entries only: ``module``, ``problem``, ``kind`` strings, a known kind; ``mistake``
    (an index into the problem's declared mistakes) kept when it is a small non-negative int."""
    entries = []
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if (isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in ("module", "problem", "kind"))
                and entry["kind"] in KINDS):
            mistake = entry.get("mistake")
            entries.append({"module": entry["module"], "problem": entry["problem"], "kind": entry["kind"],
                            "at": entry.get("at") if isinstance(entry.get("at"), str) else "",
                            "mistake": mistake if type(mistake) is int and 0 <= mistake < 100 else None})
    return entries


def passed_by_module(entries: Iterable[dict[str, str]]) -> dict[str, set[str]]:
    """Problems each module's checks have passed at least once."""
    passed: dict[str, set[str]] = {}
    for entry in entries:
        if entry["kind"] == "correct":
            passed.setdefault(entry["module"], set()).add(entry["problem"])
    return passed
