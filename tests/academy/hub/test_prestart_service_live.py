"""The ``academy-scheduler`` service's logic against a real hub (real servers, real accounts).

A district of its own whose ``[schedule]`` has a class starting a few minutes from now (local
time in the district's time zone), so "now" is in its pre-start window. The hub runs the
scheduler service with a known token and no process of its own (the test plays the service's
minute, ``prestart_service.tick``, with the service's own token and scopes — no second scheduler
racing it). Idleness is the hub's own ``last_activity`` of each server, compared with the
``now`` handed to ``tick``: 30 minutes later is inside the class, 4 hours later is after it.
"""

from __future__ import annotations

import secrets
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from .conftest import throwaway_district

from academy.hub import prestart_service
from academy.hub.config import SCHEDULER_SERVICE, ports
from academy.layout import REPO
from tests.support.waiting import wait_for

pytestmark = pytest.mark.slow

IDLE_MINUTES = 10
PRESTART_MINUTES = 30
TOKEN = secrets.token_hex(16)

# The project's jupyterhub_config.py, with the scheduler service made external (no process)
# and given a token this test knows; roles and everything else unchanged. A start request is
# answered at once (202) instead of after up to 10 s, so that pacing shows: otherwise a fast
# spawn is already ready when POST returns and any scheduler would look paced.
WRAPPER = """\
c = get_config()  # noqa: F821
load_subconfig({config!r})  # noqa: F821
c.JupyterHub.tornado_settings = {{"slow_spawn_timeout": 0}}
services = []
for service in c.JupyterHub.services:
    if service["name"] == {name!r}:
        service = {{"name": service["name"], "api_token": {token!r}}}
    services.append(service)
c.JupyterHub.services = services
"""


def class_now() -> dict:
    """A schedule whose class starts in 15 minutes and lasts an hour, in local time.

    The district's time zone is Seoul, unless Seoul is too close to midnight for the window to
    fit in one day; then UTC (13-16 h there).
    """
    zone = "Asia/Seoul"
    if not 1 <= datetime.now(ZoneInfo(zone)).hour < 22:
        zone = "UTC"
    local = datetime.now(ZoneInfo(zone)).replace(second=0, microsecond=0)
    start, end = local + timedelta(minutes=15), local + timedelta(minutes=75)
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[local.weekday()]
    return {"timezone": zone, "prestart_minutes": PRESTART_MINUTES, "idle_minutes": IDLE_MINUTES,
            "classes": [{"days": [day], "start": start.strftime("%H:%M"), "end": end.strftime("%H:%M")}]}


@pytest.fixture(scope="module")
def scheduled_hub(tmp_path_factory):
    config = tmp_path_factory.mktemp("scheduler") / "jupyterhub_config.py"
    config.write_text(WRAPPER.format(config=str(REPO / "jupyterhub_config.py"), name=SCHEDULER_SERVICE,
                                     token=TOKEN), encoding="utf-8")
    config.chmod(0o600)
    with throwaway_district({"schedule": class_now(), "limits": {"memory_mb": 512},
                             "storm": {"prestart_parallel": 1}},
                            log_name="hub-scheduler-jupyterhub.log", config=config) as hub:
        from academy.hub.people import HubAPI

        admin = HubAPI(hub.settings)
        admin.request("POST", "/users/eve", ok=(201, 409))  # a hub user outside the course
        yield hub


def service_client(hub):
    """What the service gets from the hub: JUPYTERHUB_API_URL (the hub's own port) + its token."""
    return prestart_service.api_client(f"http://127.0.0.1:{ports(hub.settings)['hub']}/hub/api", TOKEN)


def servers(hub) -> dict[str, dict]:
    from academy.hub.people import HubAPI

    return {u["name"]: u["servers"].get("", {}) for u in HubAPI(hub.settings).request("GET", "/users")}



def ensure_running(hub, names) -> None:
    from academy.hub.people import HubAPI

    admin = HubAPI(hub.settings)
    for name in names:
        admin.request("POST", f"/users/{name}/server", ok=(201, 202, 400))
    wait_for(lambda: all(servers(hub)[n].get("ready") for n in names), f"servers of {names}", 180)


def test_prestart_starts_the_course_servers_not_running_one_at_a_time(scheduled_hub):
    from academy.hub import class_times

    hub = scheduled_hub
    course = ["teach", "alice", "bob"]
    now = datetime.now(timezone.utc)
    assert class_times.prestart_due(hub.settings, now) and not class_times.may_cull(hub.settings, now)
    assert not any(s for s in servers(hub).values()), "no server runs before the scheduler"
    ensure_running(hub, ["bob"])  # already running: left as it is

    request, seen, log = service_client(hub), [], []

    def watched(method, path, body=None, timeout=30):
        if method == "POST" and path.endswith("/server"):  # who is still starting at this moment
            seen.append((path.split("/")[2], [n for n, s in servers(hub).items() if s.get("pending") == "spawn"]))
        return request(method, path, body, timeout)

    t0 = time.monotonic()
    result = prestart_service.tick(hub.settings, watched, now, parallel=hub.settings["storm"]["prestart_parallel"],
                            log=log.append)
    assert time.monotonic() - t0 < 300
    assert result == "prestart: 3 ready", (result, log)
    assert sorted(name for name, _ in seen) == sorted(course)  # the course group, not eve
    assert all(starting == [] for _, starting in seen), f"more than one server starting at once: {seen}"
    state = servers(hub)
    assert all(state[n].get("ready") for n in course), state
    assert not state["eve"], "a hub user outside the course is not started"


def test_idle_servers_are_kept_in_class_and_culled_after_it(scheduled_hub):
    from academy.hub import class_times

    hub = scheduled_hub
    course = ["teach", "alice", "bob"]
    ensure_running(hub, course)
    request = service_client(hub)
    now = datetime.now(timezone.utc)

    # Inside the class (30 min from now): idle 30 min > idle_minutes, yet nobody is stopped.
    in_class = now + timedelta(minutes=30)
    assert class_times.in_class(hub.settings, in_class)
    assert prestart_service.tick(hub.settings, request, in_class) == "class time: nothing culled"
    assert all(servers(hub)[n].get("ready") for n in course)

    # Not idle long enough: nobody is stopped, whatever the schedule.
    assert prestart_service.cull_idle(request, IDLE_MINUTES, now + timedelta(minutes=IDLE_MINUTES - 5)) == []
    assert all(servers(hub)[n].get("ready") for n in course)

    # Four hours from now the class is over and every server has been idle far longer.
    after = now + timedelta(hours=4)
    assert class_times.may_cull(hub.settings, after)
    assert prestart_service.tick(hub.settings, request, after) == "cull: 3 stopped"
    wait_for(lambda: not any(servers(hub)[n] for n in course), "culled servers stopped", 90)
