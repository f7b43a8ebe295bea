"""The class schedule decides when servers are started early and when idle ones may be stopped.

A district's ``[schedule]`` lists weekly classes. Around each class there is a protected window
``[start - prestart_minutes, end]``: in its first minutes learners' servers are started ahead
of the 09:00 rush, and in all of it none is ever culled. Outside it, servers idle for ``idle_minutes`` are stopped.

>>> s = {"schedule": {"timezone": "Asia/Seoul", "prestart_minutes": 10, "idle_minutes": 60,
...      "classes": [{"days": ["tue"], "start": "09:00", "end": "12:00"}]}}
>>> from datetime import datetime; from zoneinfo import ZoneInfo
>>> tue = datetime(2026, 11, 24, 8, 55, tzinfo=ZoneInfo("Asia/Seoul"))
>>> prestart_due(s, tue), may_cull(s, tue)
(True, False)
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from academy.district import WEEKDAYS


def _local(settings: dict[str, Any], now: datetime) -> datetime:
    return now.astimezone(ZoneInfo(settings["schedule"]["timezone"]))


def classes_on(settings: dict[str, Any], now: datetime) -> list[tuple[datetime, datetime]]:
    """Today's classes (local time) as (start, end)."""
    local = _local(settings, now)
    day = WEEKDAYS[local.weekday()]
    windows = []
    for entry in settings["schedule"]["classes"]:
        if day in entry["days"]:
            start, end = (time.fromisoformat(entry[k]) for k in ("start", "end"))
            windows.append((local.replace(hour=start.hour, minute=start.minute, second=0, microsecond=0),
                            local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)))
    return windows


def in_class(settings: dict[str, Any], now: datetime) -> bool:
    local = _local(settings, now)
    return any(start <= local < end for start, end in classes_on(settings, now))


def prestart_due(settings: dict[str, Any], now: datetime) -> bool:
    """True in the minutes before a class, when learners' servers should be started."""
    local, lead = _local(settings, now), timedelta(minutes=settings["schedule"]["prestart_minutes"])
    return any(start - lead <= local < start for start, _ in classes_on(settings, now))


def may_cull(settings: dict[str, Any], now: datetime) -> bool:
    """Idle servers may be stopped only outside every protected class window."""
    local, lead = _local(settings, now), timedelta(minutes=settings["schedule"]["prestart_minutes"])
    return not any(start - lead <= local < end for start, end in classes_on(settings, now))
