"""One learner's progress, module by module: 시작 전 / 진행 중 / 제출함 / 채점됨 (issue 13 item 5).

Where each state comes from (read by the ``academy-together`` service, as root, for the one
learner who is logged in -- :mod:`academy.together.service`):

* 진행 중 (``doing``): the module is fetched (``~/<course>/<module>/``) or its instant checks
  were used; passed checks come from the learner's record (:mod:`academy.together.record`);
* 제출함 (``submitted``): a submission in the learner's nbgrader cache (what ``nbgrader submit``
  keeps, as :mod:`academy.hub.landing` reads it), or a submission in the gradebook still waiting
  for a manual grade;
* 채점됨 (``graded``): the gradebook has the submission fully graded: score / max score; the
  feedback link opens the learner's ``feedback`` folder once they fetched it.

Below the modules: how many help requests the learner joined as a helper (도우미 or study circle;
counted from the share log, :func:`academy.together.help.times_helped`), a reason to help.

Everything under the learner's home is untrusted: folders count only when they are real folders
(no symlinks, at any step) owned by the learner.

>>> modules = [{"id": "00-start", "title": "첫걸음"}, {"id": "01-values", "title": "값과 변수"}]
>>> rows = module_rows(modules, fetched={"00-start", "01-values"}, passed={"01-values": {"a"}},
...                    totals={"01-values": 4}, submitted={"00-start"}, graded={}, feedback=set())
>>> [(r["id"], r["state"], r["passed"]) for r in rows]
[('00-start', 'submitted', 0), ('01-values', 'doing', 1)]
"""

from __future__ import annotations

import importlib
import os
import pwd
import stat
from pathlib import Path
from typing import Any

from academy.messages import say
from academy.together import record

STATES = ("todo", "doing", "submitted", "graded")
NBGRADER_CACHE = Path(".local", "share", "jupyter", "nbgrader_cache")


def problem_count(module_id: str) -> int:
    """How many instant checks the module declares (lesson + exercise sets), 0 if none."""
    try:
        declared = importlib.import_module("academy.exercises.m" + module_id.replace("-", "_"))
    except ImportError:
        return 0
    return sum(len(getattr(declared, name, ())) for name in ("lesson", "exercise"))


def module_rows(modules: list[dict[str, Any]], *, fetched: set[str], passed: dict[str, set[str]],
                totals: dict[str, int], submitted: set[str], graded: dict[str, dict[str, Any]],
                feedback: set[str]) -> list[dict[str, Any]]:
    """One row per module in syllabus order (see the module docstring for the states)."""
    rows = []
    for module in modules:
        mid = module["id"]
        grade = graded.get(mid)
        if grade is not None and not grade["needs_manual"]:
            state = "graded"
        elif mid in submitted or grade is not None:
            state = "submitted"
        elif mid in fetched or passed.get(mid):
            state = "doing"
        else:
            state = "todo"
        rows.append({"id": mid, "title": module["title"], "state": state, "label": say(f"together.state_{state}"),
                     "passed": len(passed.get(mid, ())), "total": totals.get(mid, 0),
                     "score": grade["score"] if state == "graded" else None,
                     "max_score": grade["max_score"] if state == "graded" else None,
                     "feedback": mid in feedback})
    return rows


def next_sentence(modules: list[dict[str, Any]], rows: list[dict[str, Any]], *, fetched: set[str],
                  submitted: set[str]) -> str:
    """The next step in one sentence: the landing page's rule (academy/hub/landing.py), then feedback
    waiting to be fetched."""
    from academy.hub.landing import next_step

    waiting = [r for r in rows if r["state"] == "graded" and not r["feedback"]]
    step = next_step(modules, fetched=fetched, submitted=submitted | {r["id"] for r in rows if r["state"] == "graded"})
    if step["kind"] == "continue":
        return say("together.next_continue", module=step["module"]["id"], title=step["module"]["title"])
    if waiting:
        return say("together.next_feedback", module=waiting[0]["id"], title=waiting[0]["title"])
    if step["kind"] == "fetch":
        return say("together.next_fetch", module=step["module"]["id"], title=step["module"]["title"])
    return say("together.next_done")


def own_dir(home: Path, parts: tuple[str, ...], uid: int) -> bool:
    """Is ``home/parts...`` a real folder of the learner's (no symlink at any step, owner ``uid``)?"""
    path = home
    for part in ("", *parts):
        path = path / part if part else path
        try:
            info = os.lstat(path)
        except OSError:
            return False
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid:
            return False
    return True


def cached_submissions(home: Path, course: str, uid: int) -> set[str]:
    """Modules with a submission in the learner's nbgrader cache (``<student>+<module>+<time>``)."""
    parts = (*NBGRADER_CACHE.parts, course)
    if not own_dir(home, parts, uid):
        return set()
    names = os.listdir(home.joinpath(*parts))[:10_000]
    return {name.split("+")[1] for name in names if name.count("+") >= 2}


def gradebook_results(url: str, student: str) -> dict[str, dict[str, Any]]:
    """``{module: {score, max_score, needs_manual}}`` of ``student``'s graded submissions (read only;
    no gradebook yet: nothing). Plain SQLAlchemy on nbgrader's models: opening nbgrader's
    ``Gradebook`` would check (and may migrate) the schema on every page view."""
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        return {}
    from nbgrader.api import Assignment, SubmittedAssignment
    from sqlalchemy import create_engine

    from academy.deadlines import counted_score
    from sqlalchemy.orm import Session

    engine = create_engine(url)
    try:
        with Session(engine) as session:
            found = (session.query(SubmittedAssignment).join(Assignment)
                     .filter(SubmittedAssignment.student_id == student).all())
            return {sub.assignment.name: {"score": round(counted_score(sub), 2),  # less a late penalty
                                          "max_score": round(float(sub.max_score or 0), 2),
                                          "needs_manual": bool(sub.needs_manual_grade)} for sub in found}
    except Exception as error:  # noqa: BLE001 -- a gradebook not made yet (no tables) shows nothing graded
        if "no such table" in str(error):
            return {}
        raise
    finally:
        engine.dispose()


def learner_progress(settings: dict[str, Any], name: str, modules: list[dict[str, Any]]) -> dict[str, Any]:
    """The page's data for hub user ``name``: ``rows``, ``next``, ``known`` (False: no Unix account yet),
    ``helped`` (how many help requests they joined: :mod:`academy.together.help`'s share log),
    ``helper_of`` (the Korean titles of the modules they are an approved 도우미 for, in syllabus order)."""
    from academy.database import gradebook_url
    from academy.hub.unix_accounts import unix_name
    from academy.together.help import Store, times_helped

    course = settings["district"]["course_id"]
    try:
        entry = pwd.getpwnam(unix_name(settings, name))
    except KeyError:
        entry = None
    if entry is None:
        fetched, passed, submitted, feedback = set(), {}, set(), set()
    else:
        home, uid = Path(entry.pw_dir), entry.pw_uid
        fetched = {m["id"] for m in modules if own_dir(home, (course, m["id"]), uid)}
        feedback = {m["id"] for m in modules if own_dir(home, (course, m["id"], "feedback"), uid)}
        passed = record.passed_by_module(record.parse(record.read_lines(home, uid)))
        submitted = cached_submissions(home, course, uid)
    graded = gradebook_results(gradebook_url(settings), name)
    rows = module_rows(modules, fetched=fetched, passed=passed, totals={m["id"]: problem_count(m["id"]) for m in modules},
                       submitted=submitted, graded=graded, feedback=feedback)
    store = Store(settings)
    helper_of = sorted(m for m, peer in store.load_peers().get(name, {}).items() if peer["state"] == "approved")
    return {"rows": rows, "known": entry is not None, "helped": times_helped(store.read_log(), name),
            "helper_of": [m["title"] for m in modules if m["id"] in helper_of],
            "next": next_sentence(modules, rows, fetched=fetched, submitted=submitted | set(graded))}
