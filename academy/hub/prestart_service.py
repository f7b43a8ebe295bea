"""The hub service that follows the class schedule: start servers early, cull idle ones after class.

Runs as the managed hub service ``academy-scheduler`` (``python -m academy.hub.prestart_service``)
with its own API token; every minute it

* before and during a class (``class_times.prestart_due``) starts the servers of learners in
  ``nbgrader-<course>`` that are not running, at most ``parallel`` starting at once (pacing);
* outside the protected windows (``class_times.may_cull``) stops servers idle for ``idle_minutes``.

``prestart`` is also what the storm benchmark calls to play 08:50.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Iterable

from academy.admin.course import course_group
from academy.hub import class_times
from academy.hub.api import HubAPI

Request = Callable[..., Any]


def api_client(base: str, token: str) -> Request:
    """``request(method, path, body=None)`` against the hub API; returns (status, json)."""
    return HubAPI(base=base, token=token).call


def prestart(request: Request, names: Iterable[str], *, parallel: int = 4, timeout: float = 300,
             log: Callable[[str], None] = print) -> dict[str, float]:
    """Start the servers of ``names`` that are not running, ``parallel`` at a time.

    Returns seconds-until-ready per started user.
    """
    pending = [n for n in names]
    starting: dict[str, float] = {}
    ready: dict[str, float] = {}
    deadline = time.monotonic() + timeout
    while (pending or starting) and time.monotonic() < deadline:
        while pending and len(starting) < parallel:
            name = pending.pop(0)
            status, _ = request("POST", f"/users/{name}/server")
            if status in (201, 202):
                starting[name] = time.monotonic()
            elif status == 400:  # already running
                ready[name] = 0.0
            elif status == 429:  # the hub's own spawn limit: try again shortly
                pending.insert(0, name)
                break
            else:
                log(f"prestart {name}: hub answered {status}")
        time.sleep(0.5)
        for name in list(starting):
            status, model = request("GET", f"/users/{name}")
            server = (model or {}).get("servers", {}).get("", {})
            if server.get("ready"):
                ready[name] = time.monotonic() - starting.pop(name)
            elif status == 200 and not server.get("pending") and not server:
                log(f"prestart {name}: server failed to start")
                starting.pop(name)
    return ready


def learners(request: Request, course: str) -> list[str]:
    status, group = request("GET", f"/groups/{course_group(course)}")
    return list(group["users"]) if status == 200 else []


def cull_idle(request: Request, idle_minutes: int, now: datetime) -> list[str]:
    """Stop servers with no activity for ``idle_minutes``; returns who was stopped."""
    status, users = request("GET", "/users?state=active")
    stopped = []
    for user in users or []:
        server = user.get("servers", {}).get("")
        if not server or not server.get("ready"):
            continue
        last = server.get("last_activity") or user.get("last_activity")
        if last and now - datetime.fromisoformat(last.replace("Z", "+00:00")) > timedelta(minutes=idle_minutes):
            if request("DELETE", f"/users/{user['name']}/server")[0] in (202, 204):
                stopped.append(user["name"])
    return stopped


def tick(settings: dict[str, Any], request: Request, now: datetime | None = None, *, parallel: int | None = None,
         log: Callable[[str], None] = print) -> str:
    """One round of the service; returns what it did (for the log and the tests).

    ``parallel``: servers starting at once; by default the district's ``storm.prestart_parallel``.
    """
    now = now or datetime.now(timezone.utc)
    if class_times.prestart_due(settings, now):
        parallel = parallel or settings["storm"]["prestart_parallel"]
        ready = prestart(request, learners(request, settings["district"]["course_id"]), parallel=parallel, log=log)
        return f"prestart: {len(ready)} ready"
    if class_times.may_cull(settings, now):
        stopped = cull_idle(request, settings["schedule"]["idle_minutes"], now)
        return f"cull: {len(stopped)} stopped"
    return "class time: nothing culled"


def main() -> int:
    from academy import district

    settings = district.load()
    request = HubAPI.from_service_env().call
    while True:
        try:
            print(tick(settings, request), flush=True)
        except Exception as error:  # a bad minute must not end the service
            print(f"scheduler: {error!r}", file=sys.stderr, flush=True)
        time.sleep(60)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # the hub stops its services with SIGINT: a normal end, no traceback
        sys.exit(0)
