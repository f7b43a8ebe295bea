"""The hub service ``academy-dashboard``: the class dashboard (수업 현황판) for the course's instructors.

Started by the hub (``python -m academy.dashboard.service``, academy/hub/config.py
``update_dashboard``) on the district's sixth port, behind the proxy at
``<base_url>services/academy-dashboard/``. People log in through the hub (HubOAuth); the role of the
course's instructor group ``formgrade-<course>`` grants ``access:services!service=academy-dashboard``
(hub admins have it too): a learner or another course's instructor gets 403.

Routes (under the prefix): ``/`` the page; ``csv/<name>.csv`` and ``chart/<name>.png`` the report
files the page was drawn from (academy/reports/grades.py); ``job`` GET the background job's
progress, POST ``action=grade|release`` to start one (academy/dashboard/job.py). Runs as root, like
formgrader (grading needs root for its sandbox) and the together service (learners' records).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from jinja2 import Environment, FileSystemLoader, select_autoescape
from jupyterhub.services.auth import HubOAuthCallbackHandler, HubOAuthenticated
from jupyterhub.utils import url_path_join
from tornado import ioloop, web

from academy.dashboard import figures
from academy.dashboard.job import Jobs
from academy.messages import say

SERVICE = "academy-dashboard"
TEMPLATES = Path(__file__).parent / "templates"
FOLDER = "dashboard"  # under <course>/.academy-grading/: the report files the page shows, the job's status


def render(template: str, **context: Any) -> str:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    env.globals["say"] = say
    return env.get_template(template).render(**context)


class Base(HubOAuthenticated, web.RequestHandler):
    def initialize(self, app: "Dashboard") -> None:
        self.app = app

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")  # learners' scores: never from a shared cache
        self.set_header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                        "script-src 'self' 'unsafe-inline'; frame-ancestors 'self'")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.finish(render("error.html", status=status_code,
                           message=say("dashboard.forbidden" if status_code == 403 else "dashboard.error")))


class PageHandler(Base):
    @web.authenticated
    def get(self) -> None:
        data = self.app.snapshot()
        token = self.xsrf_token
        self.write(render("dashboard.html", district=self.app.settings["district"]["name"], data=data,
                          who=self.get_current_user()["name"], job=self.app.jobs.status(),
                          xsrf=token.decode() if isinstance(token, bytes) else token,
                          prefix=os.environ["JUPYTERHUB_SERVICE_PREFIX"], base_url=os.environ.get("JUPYTERHUB_BASE_URL", "/")))


class FileHandler(Base):
    """A report file as last drawn for the page (drawn now if the page was never opened)."""

    KINDS = {"csv": ("text/csv; charset=utf-8", figures.CSV), "chart": ("image/png", figures.CHARTS)}

    @web.authenticated
    def get(self, kind: str, name: str) -> None:
        content_type, names = self.KINDS[kind]
        key = name if kind == "csv" else f"{name}_plot"
        if key not in names:
            raise web.HTTPError(404)
        files = self.app.files or self.app.snapshot()["files"]
        path = files.get(key)
        if path is None or not Path(path).is_file():
            raise web.HTTPError(404)
        self.set_header("Content-Type", content_type)
        if kind == "csv":
            self.set_header("Content-Disposition", f"attachment; filename*=UTF-8''{_quote(Path(path).name)}")
        self.write(Path(path).read_bytes())


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name)


class JobHandler(Base):
    @web.authenticated
    def get(self) -> None:
        self.write(self.app.jobs.status())

    @web.authenticated
    def post(self) -> None:
        action = self.get_argument("action", "")
        refused = self.app.jobs.start(action)
        if refused:
            self.set_status(409)
            self.write({"ok": False, "message": refused})
            return
        user = self.get_current_user()["name"]
        print(f"dashboard: {user} started {action}", flush=True)
        self.write({"ok": True, **self.app.jobs.status()})


class Dashboard:
    """The service's state: the district, its course root, the job runner, the last files drawn."""

    def __init__(self, settings: dict[str, Any], modules: list[dict[str, Any]], root: Path, learners):
        self.settings, self.modules, self.root, self.learners = settings, modules, Path(root), learners
        from academy.grading.engine import JOURNAL_DIR

        self.folder = self.root / JOURNAL_DIR / FOLDER
        self.jobs = Jobs(settings, self.root, self.folder)
        self.files: dict[str, Path] = {}

    def snapshot(self) -> dict[str, Any]:
        data = figures.snapshot(self.settings, self.root, self.folder, self.modules, self.learners())
        self.files = data["files"]
        return data


def course_learners(settings: dict[str, Any]):
    """The course group's members who are not instructors or admins (asked of the hub each time)."""
    from academy.admin.course import course_group
    from academy.hub.api import HubAPI

    api = HubAPI.from_service_env()
    staff = set(settings["people"]["instructors"]) | set(settings["people"]["admins"])
    group = course_group(settings["district"]["course_id"])

    def learners() -> list[str]:
        status, model = api.call("GET", f"/groups/{group}")
        return sorted(set(model.get("users", [])) - staff) if status == 200 and isinstance(model, dict) else []

    return learners


def make_app(dashboard: Dashboard) -> web.Application:
    prefix = os.environ["JUPYTERHUB_SERVICE_PREFIX"]
    args = {"app": dashboard}
    return web.Application([
        (url_path_join(prefix, "oauth_callback"), HubOAuthCallbackHandler),
        (url_path_join(prefix, r"(csv|chart)/([a-z]+)\.(?:csv|png)"), FileHandler, args),
        (url_path_join(prefix, "job"), JobHandler, args),
        (url_path_join(prefix, "/?"), PageHandler, args),
    ], cookie_secret=os.urandom(32))


def main() -> int:
    from academy import district
    from academy.hub import data_root

    settings = district.load()
    modules = [{"id": m["id"], "title": m["title"]} for m in data_root.landing_settings(settings)["modules"]]
    dashboard = Dashboard(settings, modules, data_root.paths(settings)["course"], course_learners(settings))
    url = urlparse(os.environ["JUPYTERHUB_SERVICE_URL"])
    make_app(dashboard).listen(url.port, address=url.hostname or "127.0.0.1")
    print(f"dashboard: up on {url.hostname}:{url.port}, {len(modules)} modules", flush=True)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        ioloop.IOLoop.current().start()
    except KeyboardInterrupt:  # the hub stops its services with SIGINT (or SIGTERM): a normal end
        dashboard.jobs.stop()
        print("dashboard: stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
