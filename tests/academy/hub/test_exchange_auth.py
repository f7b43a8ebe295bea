"""academy/hub/exchange_auth.py: a learner's courses for nbgrader, also while the hub is down.

Against a small real HTTP server on loopback standing in for the hub's ``GET /users/NAME`` (the
end-to-end proof through a real hub is test_hub_outage.py): what the hub says is used and
remembered; when the hub cannot be reached, the remembered answer -- also an empty one --, else
the courses the server was spawned for; a refusal from the hub stays a refusal.
"""

from __future__ import annotations

import json
import socket
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from nbgrader.auth import Authenticator
from nbgrader.auth.jupyterhub import JupyterhubApiError
from traitlets.config import Config

from academy.hub import exchange_auth
from academy.hub.exchange_auth import DistrictAuthPlugin


@contextmanager
def fake_hub(status: int, groups: list[str]):
    """An HTTP server answering every GET with ``status`` and a user model holding ``groups``."""
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            seen.append((self.path, self.headers.get("Authorization")))
            body = json.dumps({"name": "kim", "groups": groups}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hub/api", seen
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/hub/api"  # nobody listens once closed


@pytest.fixture(autouse=True)
def learner_server(monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_USER", "kim")
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "server-token")
    exchange_auth._ANSWERS.clear()
    yield
    exchange_auth._ANSWERS.clear()


def authenticator(offline=("demo",), timeout=5.0) -> Authenticator:
    """nbgrader's Authenticator as the learner role config sets it up (academy/admin/course.py, setup.py)."""
    c = Config()
    c.Authenticator.plugin_class = "academy.hub.exchange_auth.DistrictAuthPlugin"
    c.DistrictAuthPlugin.offline_courses = list(offline)
    c.DistrictAuthPlugin.hub_timeout = timeout
    return Authenticator(config=c)


def test_the_hub_answers_from_the_learners_groups(monkeypatch):
    with fake_hub(200, ["nbgrader-demo", "formgrade-demo", "circle-3"]) as (url, seen):
        monkeypatch.setenv("JUPYTERHUB_API_URL", url)
        auth = authenticator(offline=())
        assert isinstance(auth.plugin, DistrictAuthPlugin)
        assert auth.get_student_courses("*") == ["demo"]
        assert auth.has_access("kim", "demo") and not auth.has_access("kim", "other")
    assert set(seen) == {("/hub/api/users/kim", "token server-token")}  # asked each time, with the server token


def test_hub_down_before_it_ever_answered_gives_the_spawned_course(monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_API_URL", closed_port())
    auth = authenticator(offline=("demo",))
    assert auth.has_access("kim", "demo")
    assert not auth.has_access("kim", "other"), "the course a call names is never granted offline"


def test_hub_down_after_it_answered_keeps_its_answer_also_an_empty_one(monkeypatch):
    with fake_hub(200, []) as (url, _):  # kim was dropped from the course
        monkeypatch.setenv("JUPYTERHUB_API_URL", url)
        assert authenticator().get_student_courses("kim") == []
    # same URL, nobody listening any more: the hub is down
    assert authenticator(offline=("demo",)).has_access("kim", "demo") is False


@pytest.mark.parametrize("status", [502, 503])
def test_a_proxy_error_from_the_hub_counts_as_down(monkeypatch, status):
    with fake_hub(status, ["nbgrader-other"]) as (url, _):
        monkeypatch.setenv("JUPYTERHUB_API_URL", url)
        assert authenticator(offline=("demo",)).get_student_courses("kim") == ["demo"]


@pytest.mark.parametrize("status", [403, 404])
def test_a_refusal_from_the_hub_stays_a_refusal(monkeypatch, status):
    with fake_hub(status, ["nbgrader-demo"]) as (url, _):
        monkeypatch.setenv("JUPYTERHUB_API_URL", url)
        with pytest.raises(JupyterhubApiError):
            authenticator(offline=("demo",)).get_student_courses("kim")


def test_a_hub_that_does_not_answer_is_given_up_on_after_the_timeout(monkeypatch):
    with socket.socket() as hung:  # accepts connections (backlog), never answers
        hung.bind(("127.0.0.1", 0))
        hung.listen(8)
        monkeypatch.setenv("JUPYTERHUB_API_URL", f"http://127.0.0.1:{hung.getsockname()[1]}/hub/api")
        assert authenticator(offline=("demo",), timeout=0.5).get_student_courses("kim") == ["demo"]
