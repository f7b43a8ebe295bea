"""The instructor's live view 실시간 수업 현황 (issue 13 item 6): per learner, the module and part
they are on, their last instant-check outcome and how long since they last made progress, the one
stuck longest on top. Course instructors only (403 for everyone else); the page refreshes itself.

Made only from the instant checks' private records (``~/.academy/checks.jsonl``, read as root with
:func:`academy.together.record.read_lines`' rules): learners' code never leaves their server.
*Progress* is a problem passed for the first time; a learner with no first pass in the last
``WINDOW_HOURS`` (one class day; a window, not the calendar day, so a class past midnight is one
class) counts from their first check in it. Learners with no check in it are listed apart.

>>> from datetime import datetime, timezone
>>> now = datetime(2026, 12, 4, 11, 0, tzinfo=timezone.utc)
>>> entries = [{"module": "01-values", "problem": "fee", "kind": "correct", "at": "2026-12-04T10:00:00+0000"},
...            {"module": "01-values", "problem": "tax", "kind": "incorrect", "at": "2026-12-04T10:40:00+0000"},
...            {"module": "01-values", "problem": "fee", "kind": "correct", "at": "2026-12-04T10:45:00+0000"}]
>>> row = learner_row("alice", entries, now)
>>> row["problem"], row["kind"], row["since_progress"], row["recent"], row["correct_recent"]
('fee', 'correct', 3600, 3, 2)
"""

from __future__ import annotations

import grp
import importlib
import pwd
from datetime import datetime
from pathlib import Path
from typing import Any

from tornado import web

from academy.messages import say
from academy.together import record
from academy.together.pages import Page, Refused, is_instructor

REFRESH_SECONDS = 30
WINDOW_HOURS = 8


def parse_at(value: str) -> datetime | None:
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
    except (TypeError, ValueError):
        return None


def learner_row(name: str, entries: list[dict[str, Any]], now: datetime) -> dict[str, Any]:
    """One learner's figures from their check record (entries in the order written)."""
    dated = [(e, parse_at(e["at"])) for e in entries]
    dated = [(e, at) for e, at in dated if at is not None and at <= now]
    if not dated:
        return {"name": name, "recent": 0, "last_at": None}
    last, last_at = dated[-1]
    recent = [(e, at) for e, at in dated if (now - at).total_seconds() <= WINDOW_HOURS * 3600]
    seen: set[tuple[str, str]] = set()
    progress_at = None
    for entry, at in dated:
        key = (entry["module"], entry["problem"])
        if entry["kind"] == "correct" and key not in seen:
            seen.add(key)
            progress_at = at
    if recent and (progress_at is None or progress_at < recent[0][1]):
        progress_at = recent[0][1]  # nothing new passed in the window: counted from its first check
    return {"name": name, "module": last["module"], "problem": last["problem"], "kind": last["kind"],
            "last_at": last_at, "recent": len(recent), "correct_recent": sum(e["kind"] == "correct" for e, _ in recent),
            "since_progress": int((now - progress_at).total_seconds()) if progress_at else None}


def part_of(module: str, problem: str) -> str:
    """``수업 3/8번째 문제 ‘fee’`` from the module's declared sets (lesson / exercise)."""
    try:
        declared = importlib.import_module("academy.exercises.m" + module.replace("-", "_"))
    except (ImportError, ValueError):
        declared = None
    for part in ("lesson", "exercise"):
        names = [p.name for p in getattr(declared, part, ())] if declared else []
        if problem in names:
            return say("live.part", part=say(f"live.part_{part}"), index=names.index(problem) + 1, total=len(names),
                       problem=problem)
    return say("live.part_unknown", problem=problem)


def duration(seconds: int) -> str:
    """How long, in Korean.

    >>> duration(125), duration(3 * 3600 + 60), duration(2 * 86400)
    ('2분', '3시간 1분', '2일')
    """
    minutes = seconds // 60
    if minutes < 60:
        return say("live.since_minutes", minutes=minutes)
    if minutes < 24 * 60:
        return say("live.since_hours", hours=minutes // 60, minutes=minutes % 60)
    return say("live.since_days", days=minutes // (24 * 60))


def learners(settings: dict[str, Any]) -> dict[str, pwd.struct_passwd]:
    """The district's learner accounts (its Unix group's members, instructors left out)."""
    from academy.hub.unix_accounts import district_group

    prefix = settings["accounts"]["unix_prefix"]
    teachers = set(settings["people"]["instructors"]) | set(settings["people"].get("admins", []))
    try:
        members = grp.getgrnam(district_group(settings)).gr_mem
    except KeyError:
        return {}
    found = {}
    for account in members:
        name = account[len(prefix):]
        if account.startswith(prefix) and name not in teachers:
            try:
                found[name] = pwd.getpwnam(account)
            except KeyError:
                continue
    return found


def live_rows(settings: dict[str, Any], now: datetime) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``(active, idle)``: learners with a check in the window, stuck longest first; the others, by name."""
    active, idle = [], []
    for name, entry in sorted(learners(settings).items()):
        row = learner_row(name, record.parse(record.read_lines(Path(entry.pw_dir), entry.pw_uid)), now)
        if row["recent"]:
            row.update(part=part_of(row["module"], row["problem"]), outcome=say(f"live.outcome_{row['kind']}"),
                       since=duration(row["since_progress"]),
                       checks=say("live.checks_recent", count=row["recent"], correct=row["correct_recent"]))
            active.append(row)
        else:
            row["last"] = say("live.idle_last", when=row["last_at"].astimezone(now.tzinfo).strftime("%m-%d %H:%M")) \
                if row["last_at"] else say("live.idle_never")
            idle.append(row)
    active.sort(key=lambda r: (-r["since_progress"], r["name"]))
    return active, idle


class LivePage(Page):
    """``GET <prefix>live``: the course's instructors only."""

    @web.authenticated
    def get(self) -> None:
        if not is_instructor(self.current_user, self.course):
            raise Refused(403, say("together.error_403"))
        now = datetime.now().astimezone()
        active, idle = live_rows(self.district, now)
        self.page("live.html", active=active, idle=idle, refresh=REFRESH_SECONDS, hours=WINDOW_HOURS, instructor=True,
                  updated=say("live.updated", time=now.strftime("%H:%M:%S")))


def routes(prefix: str, settings: dict[str, Any]) -> list[tuple]:
    from jupyterhub.utils import url_path_join

    return [(url_path_join(prefix, r"live/?"), LivePage, {"settings": settings})]

