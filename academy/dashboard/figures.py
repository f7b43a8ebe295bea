"""What the class dashboard shows, in one snapshot.

Graded figures come from :func:`academy.reports.grades.report_tables` and are written by
:func:`academy.reports.grades.write_reports` into the dashboard's folder at the same moment, so the
page, its CSV downloads (utf-8-sig) and its charts say the same numbers. Instant-check figures
come from each learner's private record (:mod:`academy.together.record`, read as root with its
no-symlink, own-file rules): per problem, the likely mistake learners' checks showed most (the
declared message by its index -- never anything a learner wrote) and who has been stuck longest
(their latest check of it is still wrong; since the first wrong check after their last right one).

>>> part_problem("test-total-class-fee"), part_problem("test_double"), part_problem("sns-intro")
('total_class_fee', 'double', 'sns_intro')
>>> stuck_since([{"kind": "incorrect", "at": "2026-12-01T10:00:00+0900"},
...              {"kind": "correct", "at": "2026-12-01T10:05:00+0900"},
...              {"kind": "incorrect", "at": "2026-12-02T09:00:00+0900"},
...              {"kind": "incorrect", "at": "2026-12-02T09:30:00+0900"}]).day
2
"""

from __future__ import annotations

import importlib
import pwd
import re
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from academy.reports.grades import (COMPLETION_HEADER, ITEM_HEADER, NOTICES_HEADER, PROGRESS_HEADER, report_tables,
                                     write_reports)
from academy.messages import say
from academy.together import record

# The report files the page links to (keys of write_reports' answer) and their download names.
CSV = {"progress": PROGRESS_HEADER, "items": ITEM_HEADER, "completion": COMPLETION_HEADER, "notices": NOTICES_HEADER}
CHARTS = ("progress_plot", "items_plot", "completion_plot")


def part_problem(grade_id: str) -> str:
    """The instant-check problem a graded part checks (``test-total-class-fee`` -> ``total_class_fee``)."""
    return re.sub(r"^test[-_]", "", grade_id).replace("-", "_")


def declared_mistakes(module: str, problem: str) -> list[str]:
    """The Korean likely-mistake messages ``problem`` of ``module`` declares, in order ([] if unknown)."""
    try:
        declared = importlib.import_module("academy.exercises.m" + module.replace("-", "_"))
    except ImportError:
        return []
    for name in ("exercise", "lesson"):
        problems = getattr(getattr(declared, name, None), "_problems", {})
        if problem in problems:
            return [m.say.replace("`", "") for m in problems[problem].mistakes]  # plain text on the page
    return []


def _when(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def stuck_since(entries: list[dict[str, Any]]) -> datetime | None:
    """When a learner got stuck on one problem (entries in record order): the first wrong check
    after their last right one, if their latest check is still wrong; else None."""
    since = None
    for entry in entries:
        if entry["kind"] == "correct":
            since = None
        elif entry["kind"] == "incorrect" and since is None:
            since = _when(entry["at"])
    return since if entries and entries[-1]["kind"] != "correct" else None


def instant_checks(settings: dict[str, Any], learners: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """``{(module, problem): {"mistakes": Counter(index), "stuck": {learner: since}}}`` from every
    learner's own record (a learner without a Unix account or record counts nowhere)."""
    from academy.hub.unix_accounts import unix_name

    found: dict[tuple[str, str], dict[str, Any]] = defaultdict(lambda: {"mistakes": Counter(), "stuck": {}})
    for learner in learners:
        try:
            entry = pwd.getpwnam(unix_name(settings, learner))
        except KeyError:
            continue
        by_problem: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for check in record.parse(record.read_lines(Path(entry.pw_dir), entry.pw_uid)):
            by_problem[(check["module"], check["problem"])].append(check)
            if check["kind"] == "incorrect" and check["mistake"] is not None:
                found[(check["module"], check["problem"])]["mistakes"][check["mistake"]] += 1
        for key, checks in by_problem.items():
            since = stuck_since(checks)
            if since is not None:
                found[key]["stuck"][learner] = since
    return dict(found)


def common_mistake(module: str, problem: str, counts: Counter) -> tuple[str, int]:
    """The declared message shown most often and how often ("", 0 when none is known)."""
    messages = declared_mistakes(module, problem)
    known = [(count, index) for index, count in counts.items() if index < len(messages)]
    if not known:
        return "", 0
    count, index = max(known)
    return messages[index], count


def how_long(since: datetime, now: datetime) -> str:
    """``3일째``, ``5시간째``, ``20분째``: how long someone has been stuck."""
    seconds = max(0, (now - since).total_seconds())
    if seconds >= 86400:
        return say("dashboard.for_days", days=int(seconds // 86400))
    if seconds >= 3600:
        return say("dashboard.for_hours", hours=int(seconds // 3600))
    return say("dashboard.for_minutes", minutes=max(1, int(seconds // 60)))


def snapshot(settings: dict[str, Any], root: Path, target: Path, modules: list[dict[str, Any]],
             learners: list[str], *, now: datetime | None = None) -> dict[str, Any]:
    """Everything the page shows, with the report files written into ``target`` from the same rows.

    ``modules``: ``[{id, title}]`` in syllabus order; ``learners``: the course's learners (hub ids).
    """
    now = now or datetime.now(timezone.utc)
    root = Path(root)
    tables = report_tables(root)
    files = write_reports(root, target, tables=tables)
    names = tables["names"]
    notices = defaultdict(list)
    for student, module, notice in tables["notices"]:
        notices[(student, module)].append(notice)
    graded = {(r[0], r[1]): dict(zip(PROGRESS_HEADER, r)) for r in tables["progress"]}
    everyone = sorted(set(learners) | {r[0] for r in tables["progress"]} | {k[0] for k in notices})
    known = {m["id"] for m in modules}
    modules = modules + [{"id": m, "title": m} for m in sorted({r[1] for r in tables["progress"]} - known)]
    submitted = root / "submitted"
    matrix = []
    for learner in everyone:
        cells = []
        for module in modules:
            row = graded.get((learner, module["id"]))
            waiting = row is None and (submitted / learner / module["id"]).is_dir()
            # graded, counting 0: it came after the due date under late_policy "refuse" (academy/grading/late.py)
            refused = bool(row and row["늦어서 0점"])
            cells.append({"module": module["id"], "graded": row is not None, "waiting": waiting, "refused": refused,
                          "score": row["점수"] if row else None, "max": row["만점"] if row else None,
                          "percent": row["달성률(%)"] if row else None, "late": row["늦게 냄"] if row else "",
                          "manual": bool(row and row["손채점 필요"]),
                          "notices": notices.get((learner, module["id"]), [])})
        matrix.append({"id": learner, "name": names.get(learner, ""), "cells": cells})
    checks = instant_checks(settings, everyone)
    parts = []
    for row in tables["items"]:
        item = dict(zip(ITEM_HEADER, row))
        problem = part_problem(item["문항"])
        linked = checks.get((item["모듈"], problem), {"mistakes": Counter(), "stuck": {}})
        message, count = common_mistake(item["모듈"], problem, linked["mistakes"])
        stuck = sorted(linked["stuck"].items(), key=lambda pair: pair[1])
        parts.append({**item, "check_mistake": message, "check_count": count,
                      "stuck": [{"id": s, "name": names.get(s, ""), "for": how_long(t, now)} for s, t in stuck]})
    stuck_problems = []
    for (module, problem), data in checks.items():
        if not data["stuck"]:
            continue
        stuck = sorted(data["stuck"].items(), key=lambda pair: pair[1])
        message, count = common_mistake(module, problem, data["mistakes"])
        stuck_problems.append({"module": module, "problem": problem, "since": stuck[0][1], "mistake": message,
                               "count": count, "stuck": [{"id": s, "name": names.get(s, ""), "for": how_long(t, now)}
                                                         for s, t in stuck]})
    stuck_problems.sort(key=lambda p: p["since"])
    return {"modules": modules, "learners": matrix, "parts": parts, "stuck": stuck_problems,
            "completion": [dict(zip(COMPLETION_HEADER, r)) for r in tables["completion"]],
            "charts": [key for key in CHARTS if key in files], "files": files}
