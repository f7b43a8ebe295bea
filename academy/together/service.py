"""The hub service ``academy-together``: the learner's own progress page (내 학습 현황).

Started by the hub (``python -m academy.together.service``, academy/hub/config.py
``update_together``) on the district's fifth port, behind the proxy at
``<base_url>services/academy-together/``. People log in through the hub (HubOAuth); the course
group's role grants ``access:services!service=academy-together``, nobody else gets in (403).
The page shows only the logged-in person's own data: the handler takes no name from the request.
Runs as root (like the other managed services) because it reads learners' private homes, with the
no-symlink, own-files-only rules of :mod:`academy.together.progress`.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from jinja2 import Environment, FileSystemLoader, select_autoescape
from jupyterhub.services.auth import HubOAuthCallbackHandler
from jupyterhub.utils import url_path_join
from sqlalchemy.exc import SQLAlchemyError
from tornado import ioloop, web

from academy.messages import say
from academy.together.pages import Page, Refused
from academy.together.progress import learner_progress

SERVICE = "academy-together"
TEMPLATES = Path(__file__).parent / "templates"


def render(template: str, **context: Any) -> str:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    env.globals["say"] = say
    return env.get_template(template).render(**context)


class ProgressHandler(Page):
    """GET <prefix>/ and <prefix>/progress: the logged-in person's own progress."""

    def initialize(self, settings: dict[str, Any], modules: list[dict[str, Any]]) -> None:
        self.district, self.modules = settings, modules

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")  # one person's data: never from a shared cache
        self.set_header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                        "frame-ancestors 'self'")

    @web.authenticated
    def get(self, *_: str) -> None:
        user = self.get_current_user()
        name = user["name"]
        try:
            data = learner_progress(self.district, name, self.modules)
        except SQLAlchemyError:  # the gradebook unreachable or broken: a Korean page, not tornado's
            raise Refused(503, say("together.error_database")) from None
        base = os.environ.get("JUPYTERHUB_BASE_URL", "/")
        course = self.district["district"]["course_id"]
        for row in data["rows"]:
            row["feedback_url"] = url_path_join(base, "hub", "user-redirect", "lab", "tree", course, row["id"],
                                                "feedback") if row["feedback"] else ""
        self.write(render("progress.html", name=name, district=self.district["district"]["name"], base_url=base,
                          lab_url=url_path_join(base, "hub", "user-redirect", "lab"),
                          circle=circle_link(self.district, name, base), **data))


def circle_link(settings: dict[str, Any], name: str, base: str) -> dict[str, Any] | None:
    """The person's study circle (academy/together/circles.py) and where they open its notebook
    together (academy/together/circle_server.py); None outside a circle."""
    from academy.together.circle_server import open_url
    from academy.together.circles import circles

    for circle, members in sorted(circles(settings).items()):
        if name in members:
            return {"id": circle, "members": members, "url": open_url(base, circle)}
    return None


def make_app(settings: dict[str, Any], modules: list[dict[str, Any]]) -> web.Application:
    from academy.together import gallery, help_pages, live

    prefix = os.environ["JUPYTERHUB_SERVICE_PREFIX"]
    return web.Application([
        (url_path_join(prefix, "oauth_callback"), HubOAuthCallbackHandler),
        (url_path_join(prefix, r"(progress)?/?"), ProgressHandler, {"settings": settings, "modules": modules}),
        *help_pages.routes(prefix, settings, modules),  # 도움 요청 (academy/together/help_pages.py)
        *gallery.routes(prefix, settings), *live.routes(prefix, settings),  # 작품 전시, 실시간 수업 현황
    ], cookie_secret=os.urandom(32), xsrf_cookies=False)


def main() -> int:
    from academy import district
    from academy.hub import data_root

    settings = district.load()
    modules = data_root.landing_settings(settings)["modules"]
    url = urlparse(os.environ["JUPYTERHUB_SERVICE_URL"])
    app = make_app(settings, modules)
    app.listen(url.port, address=url.hostname or "127.0.0.1", max_body_size=16 * 1024 * 1024)
    print(f"together: up on {url.hostname}:{url.port}, {len(modules)} modules", flush=True)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        ioloop.IOLoop.current().start()
    except KeyboardInterrupt:  # the hub stops its services with SIGINT (or SIGTERM): a normal end
        print("together: stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
