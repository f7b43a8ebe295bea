"""ngshare as a district's hub service on one machine: ``<venv>-ngshare/bin/python deploy/ngshare/serve.py``.

Runs in ngshare's own environment (deploy/ngshare/requirements.txt: SQLAlchemy 1.4 in front of the
hub's packages), so it imports nothing of academy; academy/deploy/ngshare.py starts it as the
managed hub service ``ngshare`` ([exchange] kind = "ngshare") with ngshare's own arguments and
``ACADEMY_NGSHARE_*`` in its environment. Three things differ from ``python -m ngshare``:

* it listens on 127.0.0.1 only (ngshare binds every address; its Kubernetes pod sets
  ``ACADEMY_NGSHARE_LISTEN=0.0.0.0``, academy/deploy/manifests.py);
* a hub *service* is known to ngshare as ``service:<name>``: ngshare trusts the ``name`` that
  ``/hub/api/user`` returns for a token, and a learner whose login is the name of a service must
  not get that service's rights (``--admins`` names services, never people);
* the course and its people follow the hub's groups (one roster: ``academy hub add-user``): every
  ``ACADEMY_NGSHARE_ROSTER_SECONDS`` it makes the course if missing, with the members of
  ``formgrade-<course>`` and the formgrader service as instructors and the other members of
  ``nbgrader-<course>`` as students (through ngshare's own API, with this service's token).
  Nobody is removed: a learner who leaves keeps their submissions (ngshare drops them on removal).

SIGINT/SIGTERM end it at once with exit 0 (the hub stops its services that way).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading


def _stop(*_):
    sys.exit(0)


# First of all, so the hub's SIGINT/SIGTERM end it quietly while ngshare is still importing too.
for _signal in (signal.SIGINT, signal.SIGTERM):
    signal.signal(_signal, _stop)

import requests  # noqa: E402
from tornado.httpserver import HTTPServer  # noqa: E402

import ngshare.ngshare as ng  # noqa: E402
from ngshare.version import __version__  # noqa: E402

PINNED = "0.6.0"  # deploy/ngshare/requirements.txt; the two changes below rely on this version's code
SERVICE_PREFIX = "service:"


def refuse_other_versions() -> None:
    if __version__ != PINNED:
        sys.exit(f"deploy/ngshare/serve.py is written for ngshare {PINNED}, found {__version__}: "
                 "re-run scripts/bootstrap.sh (it installs deploy/ngshare/requirements.txt)")


class LoopbackHTTPServer(HTTPServer):
    """ngshare's ``main`` calls ``listen(port, '0.0.0.0')``; on one machine the proxy is local
    (``ACADEMY_NGSHARE_LISTEN``: 127.0.0.1 unless set; its pod on Kubernetes sets 0.0.0.0)."""

    def listen(self, port, address="", **kwargs):  # noqa: ARG002 (address: ngshare's 0.0.0.0)
        return super().listen(port, os.environ.get("ACADEMY_NGSHARE_LISTEN", "127.0.0.1"), **kwargs)


def services_apart() -> None:
    """A token of hub service X names ``service:X`` in ngshare (a login can hold no colon)."""
    original = ng.MyRequestHandler.get_current_user

    def get_current_user(self):
        model = original(self)
        if isinstance(model, dict) and model.get("kind") == "service" and "name" in model:
            model = {**model, "name": SERVICE_PREFIX + model["name"]}
        return model

    ng.MyRequestHandler.get_current_user = get_current_user


def roster(hub: requests.Session, api: str, course: str, instructor_group: str, course_group: str,
           grader_service: str) -> tuple[list[str], list[str]]:
    """(instructors, students) from the hub's groups."""
    def members(group: str) -> list[str]:
        r = hub.get(f"{api}/groups/{group}", timeout=30)
        r.raise_for_status()
        return list(r.json().get("users", []))

    instructors = sorted(set(members(instructor_group))) + [SERVICE_PREFIX + grader_service]
    students = sorted(set(members(course_group)) - set(instructors))
    return instructors, students


def sync(env: dict[str, str]) -> str:
    """One round: the course, its instructors and students in ngshare as in the hub's groups."""
    token = env["JUPYTERHUB_API_TOKEN"]
    hub = requests.Session()
    hub.headers["Authorization"] = f"token {token}"
    course = env["ACADEMY_NGSHARE_COURSE"]
    instructors, students = roster(hub, env["JUPYTERHUB_API_URL"].rstrip("/"), course,
                                   env["ACADEMY_NGSHARE_INSTRUCTOR_GROUP"], env["ACADEMY_NGSHARE_COURSE_GROUP"],
                                   env["ACADEMY_NGSHARE_GRADER_SERVICE"])
    own = env["JUPYTERHUB_SERVICE_URL"].rstrip("/") + env["JUPYTERHUB_SERVICE_PREFIX"]

    def call(method: str, path: str, ok: tuple[int, ...] = (200,), **data) -> dict:
        r = hub.request(method, own + path, data=data, timeout=30)
        if r.status_code not in ok:
            raise RuntimeError(f"ngshare: {method} {path}: {r.status_code} {r.text[:200]}")
        return r.json()

    call("POST", f"course/{course}", ok=(200, 409), instructors=json.dumps(instructors))  # 409: made already
    have = {i["username"] for i in call("GET", f"instructors/{course}")["instructors"]}
    for name in instructors:
        if name not in have:
            call("POST", f"instructor/{course}/{name}", first_name=name, last_name="", email="")
    enrolled = {s["username"] for s in call("GET", f"students/{course}")["students"]}
    new = [s for s in students if s not in enrolled]
    if new:
        call("POST", f"students/{course}", students=json.dumps(
            [{"username": s, "first_name": s, "last_name": "", "email": ""} for s in new]))
    return f"roster: {len(instructors)} instructors, {len(students)} students ({len(new)} new)"


def keep_roster(env: dict[str, str], every: float, stop: threading.Event) -> None:
    """``sync`` now and every ``every`` seconds (a thread: it calls this process's own server)."""
    wait = 1.0  # until the first round succeeds (ngshare is still starting), then ``every``
    while not stop.is_set():
        try:
            print(sync(env), flush=True)
            wait = every
        except Exception as error:  # a bad round must not end the service; the next one retries
            print(f"ngshare roster: {error!r}", file=sys.stderr, flush=True)
            wait = min(every, wait * 2)
        stop.wait(wait)


def main(argv: list[str]) -> int:
    refuse_other_versions()
    ng.HTTPServer = LoopbackHTTPServer
    services_apart()
    stop = threading.Event()
    every = float(os.environ.get("ACADEMY_NGSHARE_ROSTER_SECONDS", "60"))
    threading.Thread(target=keep_roster, args=(dict(os.environ), every, stop), daemon=True,
                     name="ngshare-roster").start()
    try:
        ng.main(argv)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
