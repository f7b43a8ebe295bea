"""The hub side of a circle's server (academy/together/circle_server.py), against a recorded hub API."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from academy.together import circle_server

SETTINGS = {"district": {"id": "demo", "course_id": "demo"}, "accounts": {"unix_prefix": "sca-demo-"}}


class RecordingHub:
    """Answers like the hub for the calls circle_server makes: users, groups, shares by (owner, person)."""

    def __init__(self, users=(), shares=()):
        self.calls = []
        self.users = set(users)
        self.groups = {}
        self.shares = {tuple(s): ["access:servers!server=x/"] for s in shares}

    def request(self, method, path, body=None, ok=(200, 201, 202, 204)):
        self.calls.append((method, path, body))
        parts = path.split("?")[0].strip("/").split("/")
        status, answer = 200, {}
        if parts[0] == "users" and len(parts) == 2:
            if method == "POST":
                status = 409 if parts[1] in self.users else 201
                self.users.add(parts[1])
            elif method == "DELETE":
                status = 204 if parts[1] in self.users else 404
                self.users.discard(parts[1])
                for members in self.groups.values():
                    members.discard(parts[1])
                self.shares = {k: v for k, v in self.shares.items() if k[0] != parts[1]}  # the hub's foreign key
        elif parts[0] == "groups" and len(parts) == 2 and method == "GET":
            status, answer = (200, {"users": sorted(self.groups[parts[1]])}) if parts[1] in self.groups else (404, {})
        elif parts[0] == "groups" and len(parts) == 2:
            status = 409 if parts[1] in self.groups else 201
            self.groups.setdefault(parts[1], set())
        elif parts[0] == "groups" and parts[2] == "users":
            self.groups[parts[1]] |= set(body["users"])
        elif parts[0] == "shares":
            owner = parts[1]
            if method == "GET":
                answer = {"items": [{"user": {"name": who}, "group": None, "scopes": scopes}
                                    for (o, who), scopes in self.shares.items() if o == owner], "_pagination": {}}
            elif method == "POST":
                assert owner in self.users, "a share of a server whose user does not exist"
                self.shares[(owner, body["user"])] = body["scopes"]
                answer = {"user": {"name": body["user"]}, "scopes": body["scopes"]}
            elif method == "PATCH":
                self.shares.pop((owner, body["user"]), None)
            elif method == "DELETE":
                mine = [k for k in self.shares if k[0] == owner]
                status = 204 if mine else 404
                for k in mine:
                    del self.shares[k]
        elif parts[0] == "users" and parts[2] == "server":
            status = 204
        if status not in ok:
            raise RuntimeError(f"{method} {path} -> {status}")
        return answer

    def shared(self, owner):
        return sorted(who for o, who in self.shares if o == owner)


def test_a_members_share_grants_that_one_server_to_use_start_and_stop():
    body = circle_server.share_request("morning-a", "ann")
    assert body == {"user": "ann",
                    "scopes": ["access:servers!server=circle-morning-a/", "servers!server=circle-morning-a/"]}


def test_the_open_link_starts_the_circles_server_then_opens_the_notebook():
    url = urlparse(circle_server.open_url("/academy/", "1"))
    assert url.path == "/academy/hub/spawn/circle-1"
    (after,) = parse_qs(url.query)["next"]
    assert after == "/academy/user/circle-1/lab/tree/%EB%AA%A8%EC%9E%84%EB%85%B8%ED%8A%B8.ipynb"  # 모임노트.ipynb


def test_open_shares_the_server_with_exactly_the_members_and_is_idempotent():
    hub = RecordingHub(users={"circle-1"}, shares=[("circle-1", "ben"), ("circle-1", "dan")])  # dan left since
    assert circle_server.open_circle(SETTINGS, "1", ["ann", "ben", "cho"], hub) == ["ann", "ben", "cho"]
    assert hub.shared("circle-1") == ["ann", "ben", "cho"] and hub.groups["circles-demo"] == {"circle-1"}
    assert ("PATCH", "/shares/circle-1/", {"user": "dan"}) in hub.calls  # dan's share revoked
    first_grant = next(i for i, c in enumerate(hub.calls) if c[0] == "POST" and c[1] == "/shares/circle-1/")
    assert hub.calls.index(("PATCH", "/shares/circle-1/", {"user": "dan"})) < first_grant  # before anyone is added
    hub.calls.clear()
    circle_server.open_circle(SETTINGS, "1", ["ann", "ben", "cho"], hub)  # again: nothing to grant or revoke
    assert not [c for c in hub.calls if c[0] in ("PATCH", "DELETE") or (c[0] == "POST" and "shares" in c[1])]


def test_the_user_exists_before_its_server_is_shared():
    hub = RecordingHub()
    circle_server.open_circle(SETTINGS, "1", ["ann", "ben", "cho"], hub)
    made = hub.calls.index(("POST", "/users/circle-1", None))
    assert all(i > made for i, c in enumerate(hub.calls) if c[1].startswith("/shares"))


def test_close_revokes_every_share_first_then_removes_the_rest():
    hub = RecordingHub()
    circle_server.open_circle(SETTINGS, "1", ["ann", "ben", "cho"], hub)
    hub.calls.clear()
    circle_server.close_circle(SETTINGS, "1", hub)
    assert hub.calls[0] == ("DELETE", "/shares/circle-1/", None)
    assert not hub.shares and "circle-1" not in hub.users
    circle_server.close_circle(SETTINGS, "1", hub)  # already gone: no error


def test_sync_opens_the_unix_circles_and_closes_the_others(monkeypatch):
    hub = RecordingHub()
    circle_server.open_circle(SETTINGS, "old", ["x", "y", "z"], hub)
    monkeypatch.setattr(circle_server, "circles", lambda settings: {"1": ["ann", "ben", "cho"]})
    assert circle_server.sync(SETTINGS, hub) == (["1"], ["old"])
    assert hub.shared("circle-1") == ["ann", "ben", "cho"] and not hub.shared("circle-old")
    assert "circle-old" not in hub.users


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


def test_a_circles_own_account_is_nobody_to_the_together_service(monkeypatch):
    """Its server's token reaches academy-together like any server's (the ``server`` role), but it has
    no progress page, asks no help and publishes nothing to the gallery in anyone's name."""
    from jupyterhub.services.auth import HubOAuthenticated

    from academy.together.pages import Page, Refused

    page = Page.__new__(Page)
    monkeypatch.setattr(HubOAuthenticated, "get_current_user", lambda self: {"name": "circle-a", "groups": []})
    with pytest.raises(Refused) as refused:
        page.get_current_user()
    assert refused.value.status_code == 403
    monkeypatch.setattr(HubOAuthenticated, "get_current_user", lambda self: {"name": "ann", "groups": []})
    assert page.get_current_user()["name"] == "ann"
