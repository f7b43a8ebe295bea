"""The class schedule: servers start before class, and nobody is culled mid-class."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from academy.hub import class_times, prestart_service

SEOUL = ZoneInfo("Asia/Seoul")
SETTINGS = {"district": {"course_id": "demo"},
            "schedule": {"timezone": "Asia/Seoul", "prestart_minutes": 10, "idle_minutes": 60,
                         "classes": [{"days": ["tue", "thu"], "start": "09:00", "end": "12:00"}]}}
TUESDAY = datetime(2026, 11, 24, tzinfo=SEOUL)  # a Tuesday


def at(hour: int, minute: int = 0, day: datetime = TUESDAY) -> datetime:
    return day.replace(hour=hour, minute=minute)


@pytest.mark.parametrize("when,prestart,cull", [
    (at(8, 49), False, True),
    (at(8, 50), True, False),
    (at(9, 0), False, False),
    (at(11, 59), False, False),
    (at(12, 0), False, True),
    (at(10, 0, TUESDAY + timedelta(days=1)), False, True),  # Wednesday: no class
])
def test_windows(when, prestart, cull):
    assert class_times.prestart_due(SETTINGS, when) is prestart
    assert class_times.may_cull(SETTINGS, when) is cull


def test_time_zone_is_the_districts():
    utc = at(9, 30).astimezone(timezone.utc)  # 00:30 UTC
    assert class_times.in_class(SETTINGS, utc)


class FakeHub:
    """Answers the few hub API calls the scheduler makes."""

    def __init__(self, users: dict[str, dict]):
        self.users, self.calls = users, []

    def __call__(self, method, path, body=None, timeout=30):
        self.calls.append((method, path))
        if path == "/groups/nbgrader-demo":
            return 200, {"users": list(self.users)}
        if path.startswith("/users?"):
            return 200, [{"name": n, "servers": {"": s} if s else {}} for n, s in self.users.items()]
        name = path.split("/")[2]
        if method == "POST":
            if self.users[name]:
                return 400, None
            self.users[name] = {"ready": True, "last_activity": datetime.now(timezone.utc).isoformat()}
            return 201, None
        if method == "DELETE":
            self.users[name] = {}
            return 204, None
        return 200, {"name": name, "servers": {"": self.users[name]} if self.users[name] else {}}


def test_prestart_before_class_starts_everyone_not_running():
    hub = FakeHub({"kim": {}, "lee": {}, "park": {"ready": True}})
    assert prestart_service.tick(SETTINGS, hub, at(8, 55).astimezone(timezone.utc), parallel=2) == "prestart: 3 ready"
    assert ("POST", "/users/kim/server") in hub.calls and ("POST", "/users/lee/server") in hub.calls


def test_idle_servers_are_culled_only_outside_class():
    for when, expected in [(at(10, 0), "class time: nothing culled"), (at(13, 0), "cull: 1 stopped")]:
        now = when.astimezone(timezone.utc)
        # idle for 3 hours at the moment the scheduler looks (never the wall clock: the test
        # must not depend on the day it runs)
        old = (now - timedelta(hours=3)).isoformat()
        hub = FakeHub({"kim": {"ready": True, "last_activity": old}})
        assert prestart_service.tick(SETTINGS, hub, now) == expected


@pytest.mark.parametrize("parallel", [1, 3])
def test_prestart_pace_is_the_districts_setting(parallel):
    """No environment variable, no default of its own: ``storm.prestart_parallel`` of the district."""
    hub = FakeHub({"kim": {}, "lee": {}, "park": {}})
    settings = {**SETTINGS, "storm": {"prestart_parallel": parallel}}
    assert prestart_service.tick(settings, hub, at(8, 55).astimezone(timezone.utc)) == "prestart: 3 ready"
    first_round = [method for method, _ in hub.calls[1:]][:parallel + 1]  # after the group lookup
    assert first_round == ["POST"] * parallel + ["GET"]
