"""When the weekly report is due: the latest ``[weekly] day`` + ``time`` at or before now.

Local time is the district's ``schedule.timezone``. A learner's report for a due moment is made
once: the service keeps, per learner, the date of the last due moment it handled (on disk), so a
restart mid-week does not run that week again, and a hub that was down at the due moment
catches up as soon as it is back. Only due moments after the learner subscribed count.

>>> s = {"schedule": {"timezone": "Asia/Seoul"}, "weekly": {"day": "mon", "time": "07:00"}}
>>> from datetime import datetime; from zoneinfo import ZoneInfo
>>> wed = datetime(2026, 12, 9, 12, 0, tzinfo=ZoneInfo("Asia/Seoul"))
>>> last_due(s, wed).isoformat()
'2026-12-07T07:00:00+09:00'
>>> report_range(last_due(s, wed))
('2026-11-30', '2026-12-06')
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from academy.district import WEEKDAYS


def last_due(settings: dict[str, Any], now: datetime) -> datetime:
    """The latest weekly due moment at or before ``now`` (aware, district local time)."""
    weekly = settings["weekly"]
    local = now.astimezone(ZoneInfo(settings["schedule"]["timezone"]))
    at = time.fromisoformat(weekly["time"])
    back = (local.weekday() - WEEKDAYS.index(weekly["day"])) % 7
    day = (local - timedelta(days=back)).date()
    due = datetime.combine(day, at, tzinfo=local.tzinfo)
    if due > local:
        due = datetime.combine(day - timedelta(days=7), at, tzinfo=local.tzinfo)
    # combine() with a ZoneInfo picks the offset of that wall time (DST-safe).
    return due


def next_due(settings: dict[str, Any], now: datetime) -> datetime:
    """The first due moment after ``now``."""
    due = last_due(settings, now)
    return datetime.combine(due.date() + timedelta(days=7), due.timetz().replace(tzinfo=None),
                            tzinfo=due.tzinfo)


def report_date(due: datetime) -> str:
    """The report's name for a due moment: ``YYYY-MM-DD`` (local date) -> ``~/reports/<it>.html``."""
    return due.date().isoformat()


def report_range(due: datetime) -> tuple[str, str]:
    """The seven days before the due day, inclusive: (start_date, end_date) as ISO dates."""
    day = due.date()
    return (day - timedelta(days=7)).isoformat(), (day - timedelta(days=1)).isoformat()


def is_due(settings: dict[str, Any], now: datetime, *, since: datetime, last_done: str | None) -> bool:
    """A learner who subscribed at ``since`` and last had the report of ``last_done`` made."""
    due = last_due(settings, now)
    return due > since and last_done != report_date(due)
