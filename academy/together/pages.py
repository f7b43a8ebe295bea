"""What every page of the ``academy-together`` service shares: templates, headers, who is an
instructor, and the Korean error page (messages as data, academy/messages/ko/together.yml).

>>> is_instructor({"groups": ["nbgrader-demo", "formgrade-demo"]}, "demo"), is_instructor({"groups": []}, "demo")
(True, False)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from jupyterhub.services.auth import HubOAuthenticated
from jupyterhub.utils import url_path_join
from tornado import web

from academy.district import CIRCLE_ACCOUNT_PREFIX
from academy.messages import say

TEMPLATES = Path(__file__).parent / "templates"
PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'"

_ENV = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
_ENV.globals["say"] = say


def render(template: str, **context: Any) -> str:
    return _ENV.get_template(template).render(**context)


def is_instructor(user: dict[str, Any], course: str) -> bool:
    """Whether the hub user (HubOAuth model: its groups come with the identity) teaches ``course``."""
    from academy.admin.course import instructor_group

    return instructor_group(course) in (user.get("groups") or ())


class Refused(web.HTTPError):
    """A request refused with a Korean sentence that says why (and what to do)."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(status, "refused")
        self.text = text


class Page(HubOAuthenticated, web.RequestHandler):
    """A page of the service for a logged-in course member (the hub grants the course group only)."""

    def initialize(self, settings: dict[str, Any], **extra: Any) -> None:
        self.district = settings
        for key, value in extra.items():
            setattr(self, key, value)

    def get_current_user(self) -> Any:
        """The hub's user, never a study circle's own account (academy/together/circle_server.py):
        its server's token reaches this service like any server's, but it is nobody -- it has no
        progress, asks no help and publishes nothing in anyone's name."""
        user = super().get_current_user()
        if isinstance(user, dict) and str(user.get("name", "")).startswith(CIRCLE_ACCOUNT_PREFIX):
            raise Refused(403, say("together.error_403"))
        return user

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")  # one person's data: never from a shared cache
        self.set_header("Content-Security-Policy", PAGE_CSP)
        self.set_header("X-Content-Type-Options", "nosniff")

    @property
    def base(self) -> str:
        return os.environ.get("JUPYTERHUB_BASE_URL", "/")

    @property
    def course(self) -> str:
        return self.district["district"]["course_id"]

    @property
    def prefix(self) -> str:
        return os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/services/academy-together/")

    def page(self, template: str, **context: Any) -> None:
        user = self.current_user or {}
        self.write(render(template, name=user.get("name", ""), district=self.district["district"]["name"],
                          base_url=self.base, prefix=self.prefix,
                          lab_url=url_path_join(self.base, "hub", "user-redirect", "lab"), **context))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """Every error a person can meet here is a Korean page (or a Korean JSON message for the
        kernel's publish call), never tornado's English one."""
        refused = (kwargs.get("exc_info") or (None, None, None))[1]
        if isinstance(refused, Refused):
            text = refused.text
        else:
            key = {403: "error_403", 404: "error_404", 413: "error_too_big", 503: "error_database"}.get(
                status_code, "error_400" if 400 <= status_code < 500 else "error_500")
            text = say(f"together.{key}")
        if self.request.path.rstrip("/").endswith("/api/items") or "application/json" in \
                self.request.headers.get("Accept", ""):
            self.set_header("Content-Type", "application/json; charset=utf-8")
            self.finish({"error": text})
            return
        self.finish(render("error.html", district=self.district["district"]["name"], base_url=self.base,
                           lab_url=url_path_join(self.base, "hub", "user-redirect", "lab"), message=text,
                           status=status_code))
