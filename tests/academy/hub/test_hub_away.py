"""academy/hub/hub_away.py: which answers a learner's server gives while the hub is away.

``HubAway.wrap`` in front of a stand-in for HubOAuth's one call to the hub (the end-to-end proof
through a real hub, a real server and Chromium is test_hub_outage.py).
"""

from __future__ import annotations

import asyncio
import logging

import pytest
from tornado.web import HTTPError

from academy.hub.hub_away import HubAway, HubAwayError, away_page, hub_unreachable
from academy.messages import say


class StandIn:
    """HubOAuth's ``_check_hub_authorization``: the hub's answer, or HubAuth's error when it cannot ask."""

    log = logging.getLogger("test")

    def __init__(self):
        self.answer: dict | None | HTTPError = None

    async def _check_hub_authorization(self, url, api_token, cache_key=None, use_cache=True):
        if isinstance(self.answer, HTTPError):
            raise self.answer
        return self.answer


DOWN = HTTPError(500, "Failed to connect to Hub API at 'http://127.0.0.1:8081/hub/api/'.  Is the Hub accessible?")


def check(auth: StandIn, key: str):
    return asyncio.run(auth._check_hub_authorization("http://hub/api/user", "t", cache_key=key))


@pytest.fixture
def auth():
    auth = StandIn()
    HubAway(stale_seconds=3600).wrap(auth)
    return auth


def test_a_token_the_hub_vouched_for_works_while_it_is_down(auth):
    auth.answer = {"name": "kim", "scopes": ["access:servers!user=kim"]}
    assert check(auth, "token:a")["name"] == "kim"
    auth.answer = DOWN
    assert check(auth, "token:a")["name"] == "kim"
    auth.answer = HTTPError(502, "Failed to check authorization (upstream problem)")
    assert check(auth, "token:a")["name"] == "kim"


def test_a_token_it_never_saw_gets_the_korean_503(auth):
    auth.answer = {"name": "kim"}
    check(auth, "token:a")
    auth.answer = DOWN
    with pytest.raises(HubAwayError) as raised:
        check(auth, "token:b")
    assert raised.value.status_code == 503 and raised.value.log_message == say("hub.hub_away")


def test_a_token_the_hub_refused_is_never_served_from_memory(auth):
    auth.answer = {"name": "kim"}
    check(auth, "token:a")
    auth.answer = None  # revoked: the hub says nobody
    assert check(auth, "token:a") is None
    auth.answer = DOWN
    with pytest.raises(HubAwayError):
        check(auth, "token:a")


def test_other_errors_from_the_hub_pass_unchanged(auth):
    auth.answer = {"name": "kim"}
    check(auth, "token:a")
    auth.answer = HTTPError(500, "Permission failure checking authorization, I may need a new token")
    assert not hub_unreachable(auth.answer)
    with pytest.raises(HTTPError) as raised:
        check(auth, "token:a")
    assert raised.value is auth.answer


def test_the_page_is_korean():
    page = away_page()
    assert '<html lang="ko">' in page and say("hub.hub_away") in page and "곧 돌아와요" in page
