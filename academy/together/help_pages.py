"""The pages of 도움 요청 in the ``academy-together`` service (rules: :mod:`academy.together.help`).

* ``help/ask?path=<notebook>`` -- what a helper can see, then the request form (POST: opens it);
* ``help/mine`` -- the learner's own requests: who is in now, 요청 닫기 (POST ``help/<id>/close``);
* ``help/queue`` -- open requests the logged-in person may join (instructors: all; a study circle:
  its members' requests that were shared with it); 들어가기 (POST ``help/<id>/join``) shares the
  learner's server and opens the notebook there;
* 도우미 (peer helpers): ``help/mine`` lists the learner's graded modules to offer help with (POST
  ``help/volunteer``) and how often they helped; instructors approve offers on the queue page (POST
  ``help/approve``).

Every page acts for the logged-in person only (HubOAuth); POSTs need the page's ``_xsrf`` field
(HubOAuth refuses a cookie login on a POST without it).
"""

from __future__ import annotations

from typing import Any

from jupyterhub.utils import url_path_join
from markupsafe import Markup
from tornado import ioloop, web

from academy.messages import say
from academy.together.help import PRIVATE_FOLDER, Help, HelpError, clean_path, lab_url, view, where
from academy.together.pages import Page, Refused

SWEEP_SECONDS = 15


class HelpPage(Page):
    """Base of the help pages (the service's :class:`Page`), with the shared :class:`Help`."""

    help: Help

    def page(self, template: str, **context: Any) -> None:
        super().page(template, xsrf=Markup(self.xsrf_form_html()), minutes=self.district["help"]["share_minutes"],
                     folder=PRIVATE_FOLDER, **context)

    def refuse(self, error: HelpError) -> None:
        raise Refused(error.status, str(error))


class AskPage(HelpPage):
    @web.authenticated
    def get(self) -> None:
        name = self.get_current_user()["name"]
        path = self.get_argument("path", "")
        try:
            path = clean_path(path)
        except HelpError as error:
            return self.refuse(error)
        module, part = where(path, self.help.course, self.help.modules)
        circle = self.help.circle_of(name)
        self.page("help_ask.html", path=path, module=module, part=part, circle=circle[0] if circle else "")

    @web.authenticated
    def post(self) -> None:
        name = self.get_current_user()["name"]
        try:
            self.help.ask(name, self.get_argument("path", ""), self.get_argument("question", ""),
                          self.get_argument("circle", "") == "yes")
        except HelpError as error:
            return self.refuse(error)
        self.redirect(url_path_join(self.prefix, "help", "mine") + "?asked=1")


class MinePage(HelpPage):
    @web.authenticated
    def get(self) -> None:
        name = self.get_current_user()["name"]
        try:
            offers = self.help.peer_offers(name)
        except Exception:  # noqa: BLE001 -- the gradebook unreachable: the requests still show
            offers = None
        self.page("help_mine.html", requests=[view(r) for r in self.help.mine(name)],
                  asked=self.get_argument("asked", "") == "1", offers=offers, helped=self.help.helped(name))


class VolunteerAction(HelpPage):
    """POST help/volunteer (module): the learner offers to help with a module graded in the gradebook."""

    @web.authenticated
    def post(self) -> None:
        try:
            self.help.volunteer(self.get_current_user()["name"], self.get_argument("module", ""))
        except HelpError as error:
            return self.refuse(error)
        self.redirect(url_path_join(self.prefix, "help", "mine"))


class ApproveAction(HelpPage):
    """POST help/approve (name, module): an instructor approves a peer helper."""

    @web.authenticated
    def post(self) -> None:
        try:
            self.help.approve(self.get_current_user()["name"], self.get_argument("name", ""),
                              self.get_argument("module", ""))
        except HelpError as error:
            return self.refuse(error)
        self.redirect(url_path_join(self.prefix, "help", "queue"))


class QueuePage(HelpPage):
    @web.authenticated
    def get(self) -> None:
        name = self.get_current_user()["name"]
        allowed, found = self.help.queue(name)
        if not allowed:
            return self.refuse(HelpError(say("help.queue_not_allowed"), status=403))
        peers = self.help.pending_peers() if name in self.help.instructors() else []
        self.page("help_queue.html", requests=[view(r) for r in found], peers=peers)


class JoinAction(HelpPage):
    @web.authenticated
    def post(self, request_id: str) -> None:
        name = self.get_current_user()["name"]
        try:
            request = self.help.join(name, request_id)
        except HelpError as error:
            return self.refuse(error)
        self.redirect(lab_url(self.base, request["learner"], request["path"]))


class CloseAction(HelpPage):
    @web.authenticated
    def post(self, request_id: str) -> None:
        name = self.get_current_user()["name"]
        try:
            self.help.close(name, request_id)
        except HelpError as error:
            return self.refuse(error)
        self.redirect(url_path_join(self.prefix, "help", "mine"))


def routes(prefix: str, settings: dict[str, Any], modules: list[dict[str, Any]]) -> list[tuple]:
    """The help pages under ``prefix``, and the sweeper revoking what is due every ``SWEEP_SECONDS``."""
    from academy.hub.api import HubAPI

    help = Help(settings, modules, HubAPI.from_service_env())  # noqa: A001

    def sweep() -> None:
        try:
            help.sweep()
        except Exception as error:  # noqa: BLE001 -- the hub restarting: the next sweep tries again
            print(f"together: help sweep failed ({error})", flush=True)

    ioloop.PeriodicCallback(sweep, SWEEP_SECONDS * 1000).start()
    ioloop.IOLoop.current().add_callback(sweep)
    args = {"settings": settings, "help": help}
    rid = r"([0-9a-f]{12})"
    return [(url_path_join(prefix, "help", "ask"), AskPage, args),
            (url_path_join(prefix, "help", "mine"), MinePage, args),
            (url_path_join(prefix, "help", "queue"), QueuePage, args),
            (url_path_join(prefix, "help", "volunteer"), VolunteerAction, args),
            (url_path_join(prefix, "help", "approve"), ApproveAction, args),
            (url_path_join(prefix, "help", rid, "join"), JoinAction, args),
            (url_path_join(prefix, "help", rid, "close"), CloseAction, args)]
