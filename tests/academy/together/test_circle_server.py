"""The hub side of a circle's server (academy/together/circle_server.py), against a recorded hub API."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from academy.together import circle_server

SETTINGS = {"district": {"id": "demo", "course_id": "demo"}, "accounts": {"unix_prefix": "sca-demo-"}}


class RecordingHub:
    """Answers like the hub for the calls circle_server makes; ``state`` holds users, groups, shares."""

    def __init__(self, users=(), groups=None):
        self.calls = []
        self.users = set(users)
        self.groups = {k: set(v) for k, v in (groups or {}).items()}
        self.shares = {}

    def request(self, method, path, body=None, ok=(200, 201, 202, 204)):
        self.calls.append((method, path))
        parts = path.strip("/").split("/")
        status, answer = 200, {}
        if parts[0] == "users" and len(parts) == 2:
            if method == "POST":
                status = 409 if parts[1] in self.users else 201
                self.users.add(parts[1])
            elif method == "DELETE":
                status = 204 if parts[1] in self.users else 404
                self.users.discard(parts[1])
                self.shares.pop(parts[1], None)  # the hub's foreign key: a user's shares go with it
        elif parts[0] == "groups" and len(parts) == 2:
            if method == "POST":
                status = 409 if parts[1] in self.groups else 201
                self.groups.setdefault(parts[1], set())
            elif method == "GET":
                status, answer = (200, {"users": sorted(self.groups[parts[1]])}) if parts[1] in self.groups else (404, {})
            elif method == "DELETE":
                status = 204 if self.groups.pop(parts[1], None) is not None else 404
        elif parts[0] == "groups" and parts[2] == "users":
            change = set(body["users"])
            self.groups[parts[1]] = self.groups[parts[1]] | change if method == "POST" else self.groups[parts[1]] - change
        elif parts[0] == "shares":
            if method == "POST":
                assert parts[1] in self.users, "a share of a server whose user does not exist"
                self.shares[parts[1]] = body
                answer = {"group": {"name": body["group"]}, "scopes": body["scopes"]}
            elif method == "DELETE":
                status = 204 if self.shares.pop(parts[1], None) is not None else 404
        elif parts[0] == "users" and parts[2] == "server":
            status = 204
        if status not in ok:
            raise RuntimeError(f"{method} {path} -> {status}")
        return answer


def test_the_share_grants_the_members_group_one_server_to_use_start_and_stop():
    body = circle_server.share_request(SETTINGS, "morning-a")
    assert body == {"group": "academy-demo-c-morning-a",
                    "scopes": ["access:servers!server=circle-morning-a/", "servers!server=circle-morning-a/"]}
    assert all(scope.endswith("!server=circle-morning-a/") for scope in body["scopes"])  # that server only


def test_the_open_link_starts_the_circles_server_then_opens_the_notebook():
    url = urlparse(circle_server.open_url("/academy/", "1"))
    assert url.path == "/academy/hub/spawn/circle-1"
    (after,) = parse_qs(url.query)["next"]
    assert after == "/academy/user/circle-1/lab/tree/%EB%AA%A8%EC%9E%84%EB%85%B8%ED%8A%B8.ipynb"  # 모임노트.ipynb


def test_open_makes_user_group_and_share_and_is_idempotent():
    hub = RecordingHub(groups={"academy-demo-c-1": {"dan"}})  # dan left the circle since
    share = circle_server.open_circle(SETTINGS, "1", ["ann", "ben", "cho"], hub)
    assert share["group"] == {"name": "academy-demo-c-1"}
    assert hub.users == {"circle-1"} and hub.groups["circles-demo"] == {"circle-1"}
    assert hub.groups["academy-demo-c-1"] == {"ann", "ben", "cho"}
    assert hub.shares["circle-1"] == circle_server.share_request(SETTINGS, "1")
    assert [c for c in hub.calls if c[1].startswith("/shares")] == [("POST", "/shares/circle-1/")]
    # the user exists before its share (the hub has no share of a missing server)
    assert hub.calls.index(("POST", "/users/circle-1")) < hub.calls.index(("POST", "/shares/circle-1/"))
    circle_server.open_circle(SETTINGS, "1", ["ann", "ben", "cho"], hub)  # again: same state, no error
    assert hub.groups["academy-demo-c-1"] == {"ann", "ben", "cho"} and len(hub.shares) == 1


def test_close_revokes_the_share_first_then_removes_the_rest():
    hub = RecordingHub()
    circle_server.open_circle(SETTINGS, "1", ["ann", "ben", "cho"], hub)
    hub.calls.clear()
    circle_server.close_circle(SETTINGS, "1", hub)
    assert hub.calls[0] == ("DELETE", "/shares/circle-1/")
    assert not hub.shares and "circle-1" not in hub.users and "academy-demo-c-1" not in hub.groups
    circle_server.close_circle(SETTINGS, "1", hub)  # already gone: no error


def test_sync_opens_the_unix_circles_and_closes_the_others(monkeypatch):
    hub = RecordingHub()
    circle_server.open_circle(SETTINGS, "old", ["x", "y", "z"], hub)
    monkeypatch.setattr(circle_server, "circles", lambda settings: {"1": ["ann", "ben", "cho"]})
    assert circle_server.sync(SETTINGS, hub) == (["1"], ["old"])
    assert set(hub.shares) == {"circle-1"} and "circle-old" not in hub.users


def test_a_hub_that_refuses_is_an_error_not_a_silent_skip():
    class Refusing(RecordingHub):
        def request(self, method, path, body=None, ok=(200, 201, 202, 204)):
            if path.startswith("/shares"):
                raise RuntimeError("hub API POST /shares/circle-1/ -> 403")
            return super().request(method, path, body, ok)

    with pytest.raises(RuntimeError, match="403"):
        circle_server.open_circle(SETTINGS, "1", ["ann", "ben", "cho"], Refusing())


def test_a_members_progress_page_links_to_the_circle_notebook_others_see_no_circle(monkeypatch):
    from academy.together import service

    monkeypatch.setattr("academy.together.circles.circles", lambda settings: {"1": ["ann", "ben", "cho"]})
    assert service.circle_link(SETTINGS, "gil", "/") is None
    link = service.circle_link(SETTINGS, "ben", "/")
    assert link == {"id": "1", "members": ["ann", "ben", "cho"], "url": circle_server.open_url("/", "1")}

    def page(circle):
        return service.render("progress.html", name="ben", district="테스트구", base_url="/", lab_url="/lab",
                              known=True, next="", rows=[], helped=0, circle=circle)

    html = page(link)
    assert 'id="circle-open"' in html and 'href="/hub/spawn/circle-1?next=' in html and "ann, ben, cho" in html
    assert 'id="circle"' not in page(None)
