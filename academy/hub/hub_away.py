"""A learner's server while the hub is away: work goes on, and what cannot is said in Korean.

Every request to a learner's server is checked with the hub (``HubOAuth``: ``GET /hub/api/user``
with the request's token), and the answer is cached for ``cache_max_age`` (300 s). Past that,
while the hub is down (a restart, a crash the supervisor has not brought back yet), every request
-- saving a notebook, running a cell, the open tab's polling -- failed with an English
``500: Failed to connect to Hub API ... c.JupyterHub.hub_ip ...``.

This server extension (loaded in every learner's and instructor's server) changes two things:

* **stale if the hub is away**: a token the hub vouched for within ``stale_seconds`` keeps
  working while the hub cannot be reached (connection refused, timeout, the hub's 5xx). Nothing
  is longer than stock while the hub answers: the normal 300 s cache is kept and then asked
  again, so a token revoked, a share withdrawn or a learner removed stops working as soon as the
  hub can say so. What an outage can stretch: a revocation made in the last minutes before the
  hub went down holds only once it is back (or after ``stale_seconds``).
* **Korean when it cannot**: a token the hub has not vouched for (a new tab after the outage
  began, an expired one) gets 503 with a Korean "곧 돌아와요" -- a page (templates/learner/503.html)
  for the browser, JSON ``{"message": ...}`` for JupyterLab's API calls.

>>> away = HubAway(stale_seconds=60)
>>> away.remember("token:k", {"name": "kim"}, now=0.0); away.vouched("token:k", now=59.0)
{'name': 'kim'}
>>> away.vouched("token:k", now=61.0) is None
True
"""

from __future__ import annotations

import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

from tornado.web import HTTPError

from academy.messages import say

TEMPLATES = Path(__file__).parent / "templates" / "learner"

# How HubAuth says it could not ask the hub (jupyterhub/services/auth.py: _api_request).
UNREACHABLE = ((500, "Failed to connect to Hub API"), (502, "Failed to check authorization (upstream problem)"))


def hub_unreachable(error: BaseException) -> bool:
    """Whether ``error`` is HubAuth failing to reach the hub (not the hub refusing a token)."""
    return isinstance(error, HTTPError) and any(
        error.status_code == status and (error.log_message or "").startswith(words) for status, words in UNREACHABLE)


class HubAway:
    """The hub's recent answers per token (``cache_key``), for while it cannot be asked."""

    def __init__(self, stale_seconds: float = 3 * 3600, max_tokens: int = 256):
        self.stale_seconds, self.max_tokens = stale_seconds, max_tokens
        self._answers: OrderedDict[str, tuple[dict[str, Any], float]] = OrderedDict()

    def remember(self, key: str, model: dict[str, Any], now: float | None = None) -> None:
        self._answers[key] = (model, time.monotonic() if now is None else now)
        self._answers.move_to_end(key)
        while len(self._answers) > self.max_tokens:
            self._answers.popitem(last=False)

    def forget(self, key: str) -> None:
        self._answers.pop(key, None)

    def vouched(self, key: str, now: float | None = None) -> dict[str, Any] | None:
        """The hub's answer for ``key`` if it gave one within ``stale_seconds``."""
        found = self._answers.get(key)
        now = time.monotonic() if now is None else now
        if found is None or now - found[1] > self.stale_seconds:
            return None
        return found[0]

    def wrap(self, hub_auth) -> None:
        """Put this in front of ``hub_auth``'s check with the hub (one HubOAuth instance)."""
        ask_hub = hub_auth._check_hub_authorization

        async def check(url, api_token, cache_key=None, use_cache=True):
            try:
                model = await ask_hub(url, api_token, cache_key=cache_key, use_cache=use_cache)
            except HTTPError as error:
                if not hub_unreachable(error):
                    raise
                model = self.vouched(cache_key) if cache_key else None
                if model is None:
                    raise HubAwayError() from None
                hub_auth.log.warning("hub unreachable: a token it vouched for is served from memory (%s)", url)
                return model
            if cache_key:
                if model is None:
                    self.forget(cache_key)  # the hub said no: never served stale again
                else:
                    self.remember(cache_key, model)
            return model

        hub_auth._check_hub_authorization = check


class HubAwayError(HTTPError):
    """503: the hub cannot be reached and has not vouched for this request's token."""

    def __init__(self):
        super().__init__(503, say("hub.hub_away"))


def away_page() -> str:
    """The Korean page a browser gets (templates/learner/503.html with say("hub.hub_away"))."""
    from jinja2 import Environment, FileSystemLoader

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True)
    return env.get_template("503.html").render(message=say("hub.hub_away"))


def say_it_in_korean(identity_provider) -> None:
    """Pages answer a ``HubAwayError`` with the Korean page themselves: jupyter_server's own error
    page needs the very user check that failed (its template asks whether someone is logged in)
    and comes out empty. API calls and websockets keep the 503 (JSON ``{"message": ...}``)."""
    from tornado.web import Finish
    from tornado.websocket import WebSocketHandler

    from jupyter_server.base.handlers import APIHandler

    get_user = identity_provider.get_user

    async def get_user_or_say_so(handler):
        try:
            return await get_user(handler)
        except HubAwayError:
            if isinstance(handler, (APIHandler, WebSocketHandler)):
                raise
            handler.set_status(503)
            handler.set_header("Content-Type", "text/html; charset=UTF-8")
            handler.set_header("Retry-After", "10")
            handler.finish(away_page())
            raise Finish() from None

    identity_provider.get_user = get_user_or_say_so


def _jupyter_server_extension_points():
    return [{"module": "academy.hub.hub_away"}]


def _load_jupyter_server_extension(serverapp) -> None:
    hub_auth = getattr(serverapp.identity_provider, "hub_auth", None)
    if hub_auth is None:  # not a hub-spawned server
        return
    HubAway().wrap(hub_auth)
    say_it_in_korean(serverapp.identity_provider)
