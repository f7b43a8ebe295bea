"""Module deadlines: where they come from, what learners read, what counts as late.

A module's due date is local time in the district's zone (``schedule.timezone``), written
``"2026-12-10 18:00"``: in ``syllabus.yml`` (``due:``, the course's default) or in the district
file (``[deadlines] due = {"01-values" = "2026-12-10 18:00"}``; classes start on different days,
so the district wins). ``[deadlines] late_policy`` says what a submission after it gets:
``accept``, ``note`` (accepted, the learner is told it counts as late) or ``refuse`` (the learner's
submit is refused in Korean; the notebook stays in their home).

The gradebook holds the due dates (``academy hub setup`` registers them), so nbgrader marks late
submissions itself; ``academy grade``'s report shows them. A learner's server and kernel read the
due dates from the role config the hub wrote (``AcademyLanding.modules[].due``, readable by
learners), so the exercise's setup cell can say how many days are left on the day it runs.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> seoul = ZoneInfo("Asia/Seoul")
>>> due = parse_due("2026-12-10 18:00", "Asia/Seoul")
>>> banner(due, now=datetime(2026, 12, 7, 9, 0, tzinfo=seoul))
'마감: 12월 10일(목) 오후 6시, 3일 남았어요'
>>> banner(due, now=datetime(2026, 12, 10, 14, 30, tzinfo=seoul))
'마감: 12월 10일(목) 오후 6시, 오늘까지예요 (3시간 남았어요)'
>>> banner(due, now=datetime(2026, 12, 11, 9, 0, tzinfo=seoul), policy="refuse")
'마감: 12월 10일(목) 오후 6시, 마감이 지났어요. 이제는 낼 수 없어요. 강사님께 말씀해 주세요.'
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from academy.messages import catalogue, say

DUE_FORMAT = re.compile(r"^\d{4}-\d\d-\d\d ([01]\d|2[0-3]):[0-5]\d$")
POLICIES = ("accept", "note", "refuse")


def is_due(value: Any) -> bool:
    """A due date as written in syllabus.yml or a district file.

    >>> is_due("2026-12-10 18:00"), is_due("2026-12-10"), is_due("2026-13-10 18:00")
    (True, False, False)
    """
    if not isinstance(value, str) or not DUE_FORMAT.match(value):
        return False
    try:
        datetime.strptime(value, "%Y-%m-%d %H:%M")
    except ValueError:
        return False
    return True


def parse_due(value: str, tz: str) -> datetime:
    """``"2026-12-10 18:00"`` in zone ``tz`` -> an aware datetime."""
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def due_dates(settings: dict[str, Any], modules=None) -> dict[str, datetime]:
    """Module id -> due date (aware): the syllabus's ``due``, overridden by the district's.

    >>> from types import SimpleNamespace as M
    >>> s = {"schedule": {"timezone": "Asia/Seoul"}, "deadlines": {"due": {"01-values": "2026-12-12 18:00"}}}
    >>> {k: v.day for k, v in due_dates(s, [M(id="01-values", due="2026-12-10 18:00"), M(id="02-c", due="")]).items()}
    {'01-values': 12}
    """
    if modules is None:
        from academy.admin import syllabus

        modules = syllabus.load()
    written = {m.id: m.due for m in modules if getattr(m, "due", "")}
    written.update(settings.get("deadlines", {}).get("due", {}))
    tz = settings["schedule"]["timezone"]
    return {module_id: parse_due(value, tz) for module_id, value in written.items()}


def when(due: datetime) -> str:
    """``12월 10일(목) 오후 6시`` (``… 6시 30분`` when the minutes are not zero)."""
    words = catalogue()["deadlines"]
    hour = due.hour % 12 or 12
    fields = {"month": due.month, "day": due.day, "weekday": words["weekdays"][due.weekday()],
              "half": words["am"] if due.hour < 12 else words["pm"], "hour": hour, "minute": due.minute}
    return say("deadlines.when_minutes" if due.minute else "deadlines.when", **fields)


def banner(due: datetime, *, now: datetime | None = None, policy: str = "note") -> str:
    """The line at the top of an exercise: the deadline and how long is left, counted ``now``."""
    now = (now or datetime.now(timezone.utc)).astimezone(due.tzinfo)
    text = when(due)
    if now > due:
        return say(f"deadlines.passed.{policy}", when=text)
    days = (due.date() - now.date()).days
    if days >= 1:
        return say("deadlines.days_left", when=text, days=days)
    hours = int((due - now).total_seconds() // 3600)
    return say("deadlines.today", when=text, hours=hours) if hours >= 1 else say("deadlines.today_soon", when=text)


def is_late(submitted: datetime, due: datetime | None) -> bool:
    return due is not None and submitted > due


def lateness(seconds: float) -> str:
    """How late a submission came (nbgrader's ``total_seconds_late``), empty if on time:
    minutes under an hour, whole hours under a day, then whole days.

    >>> lateness(0), lateness(30), lateness(59 * 60), lateness(2.5 * 3600), lateness(2 * 86400 + 5)
    ('', '1분 늦음', '59분 늦음', '2시간 늦음', '2일 늦음')
    """
    if seconds <= 0:
        return ""
    if seconds < 3600:
        return say("deadlines.report_late_minutes", minutes=max(1, -(-int(seconds) // 60)))
    if seconds < 86400:
        return say("deadlines.report_late", hours=int(seconds // 3600))
    return say("deadlines.report_late_days", days=int(seconds // 86400))


def refused(submission) -> bool:
    """Did the district's late policy take this gradebook submission's points (``late_policy =
    "refuse"``, applied by nbgrader through academy/grading/late.py)? It came after the due date and
    a notebook of it carries a late penalty: only ``refuse`` sets one (nbgrader resets it to none
    whenever a submission is graded again, under whatever policy holds then)."""
    return (submission.total_seconds_late or 0) > 0 and any(
        notebook.late_submission_penalty is not None for notebook in submission.notebooks)


def counted_score(submission) -> float:
    """The points a gradebook submission counts: nbgrader's score less its late penalty, as
    ``nbgrader export`` counts it; 0 for a refused one (points given by hand afterwards too).

    >>> from types import SimpleNamespace as S
    >>> on_time = S(score=7.0, late_submission_penalty=0.0, total_seconds_late=0, notebooks=[])
    >>> late = S(score=7.0, late_submission_penalty=5.0, total_seconds_late=60,
    ...          notebooks=[S(late_submission_penalty=5.0)])
    >>> counted_score(on_time), counted_score(late)
    (7.0, 0.0)
    """
    if refused(submission):
        return 0.0
    return max(0.0, (submission.score or 0.0) - (submission.late_submission_penalty or 0.0))


def register(settings: dict[str, Any], course_root: Path, nbgrader_cli) -> list[str]:
    """Write the due dates into the course's gradebook (``nbgrader db assignment add --duedate``)
    for the modules the course has (``source/<id>``); returns their ids. ``nbgrader_cli(*args)``
    runs nbgrader in the course root, so the course's own database settings apply."""
    registered = []
    for module_id, due in sorted(due_dates(settings).items()):
        if not (Path(course_root) / "source" / module_id).is_dir():
            continue
        utc = due.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
        nbgrader_cli("db", "assignment", "add", module_id, f"--duedate={utc} UTC")
        registered.append(module_id)
    return registered


# --- in a learner's server and kernel: the due dates the hub wrote into the role config ---

def _role_config() -> dict[str, Any]:
    for folder in os.environ.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep):
        path = Path(folder) / "jupyter_server_config.json" if folder else None
        if path and path.is_file():
            try:
                landing = json.loads(path.read_text(encoding="utf-8")).get("AcademyLanding", {})
            except (OSError, ValueError):
                continue
            if landing:
                return landing
    return {}


def learner_module(module_id: str, landing: dict[str, Any] | None = None) -> dict[str, Any]:
    """The role config's entry for ``module_id`` ({id, title, lesson, due}; {} if unknown)."""
    landing = _role_config() if landing is None else landing
    return next((m for m in landing.get("modules", []) if m.get("id") == module_id), {})


def learner_due(module_id: str, landing: dict[str, Any] | None = None) -> tuple[datetime | None, str]:
    """(due date, late policy) of ``module_id`` for this learner's district, from the role config."""
    landing = _role_config() if landing is None else landing
    due = learner_module(module_id, landing).get("due")
    return (datetime.fromisoformat(due) if due else None), landing.get("late_policy", "note")


def announce(module_id: str) -> None:
    """Print the exercise's deadline line, counted today (nothing where no deadline is known:
    grading, CI, a laptop)."""
    due, policy = learner_due(module_id)
    if due is not None:
        print(banner(due, policy=policy))
