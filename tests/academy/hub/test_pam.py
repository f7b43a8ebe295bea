"""``auth.mode = "pam"`` on a real hub: the login form checks the learner's Unix password.

A district of its own (not the shared native-auth ``district_hub``): accounts made as the
district admin makes them (``users.add_user``: Unix account, Unix password via chpasswd, hub
groups), then logins through the hub's real login form.
"""

from __future__ import annotations

import pytest
import requests

from academy.admin.course import course_group
from .conftest import PASSWORD, throwaway_district

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hub-pam")]  # one module hub, one worker (its log file too)


@pytest.fixture(scope="module")
def pam_hub():
    with throwaway_district({"auth": {"mode": "pam"}, "limits": {"memory_mb": 512}},
                            people=(("teach", "instructor"), ("alice", "learner")),
                            log_name="hub-pam-jupyterhub.log") as hub:
        yield hub


def form_login(hub, name: str, password: str) -> tuple[requests.Response, requests.Session]:
    s = requests.Session()
    s.get(f"{hub.base_url}hub/login", timeout=30)
    r = s.post(f"{hub.base_url}hub/login", allow_redirects=False, timeout=30,
               data={"username": name, "password": password, "_xsrf": s.cookies.get("_xsrf")})
    return r, s


def logged_in(hub, s: requests.Session) -> bool:
    r = s.get(f"{hub.base_url}hub/home", allow_redirects=False, timeout=30)
    return r.status_code == 200


def test_learner_logs_in_with_the_unix_password(pam_hub):
    from academy.hub import unix_accounts

    hub = pam_hub
    unix = hub.unix("alice")
    assert unix_accounts.has_unix_password(unix), "add_user in pam mode sets the Unix password"
    r, s = form_login(hub, "alice", PASSWORD.format(name="alice"))
    assert r.status_code == 302, r.text[:500]
    assert r.headers["Location"].endswith(("/hub/spawn", "/user/alice/")), r.headers["Location"]
    assert logged_in(hub, s)
    # The hub user is the slip's name, and its server runs as the Unix account behind it.
    assert hub.start_server("alice", timeout=120) >= 0
    r = hub.login("alice").get(f"{hub.base_url}user/alice/api/contents", timeout=30)
    assert r.status_code == 200, r.text[:300]
    assert r.json()["type"] == "directory"


def test_wrong_password_is_refused(pam_hub):
    hub = pam_hub
    for name, password in [("alice", "not-the-password-1"), ("alice", ""), ("teach", PASSWORD.format(name="alice"))]:
        r, s = form_login(hub, name, password)
        assert r.status_code == 403, (name, r.status_code, r.headers.get("Location"))
        assert "아이디 또는 비밀번호가 맞지 않아요" in r.content.decode()  # the Korean login page
        assert not logged_in(hub, s)


def test_instructor_logs_in(pam_hub):
    r, s = form_login(pam_hub, "teach", PASSWORD.format(name="teach"))
    assert r.status_code == 302, r.text[:500]
    assert logged_in(pam_hub, s)


def test_typing_the_unix_name_is_not_a_second_login(pam_hub):
    hub = pam_hub
    r, _ = form_login(hub, hub.unix("alice"), PASSWORD.format(name="alice"))
    assert r.status_code == 403


def test_account_outside_the_course_group_is_refused(pam_hub):
    from academy.hub import unix_accounts
    from academy.hub.people import HubAPI

    hub, name = pam_hub, "eve"
    unix, password = hub.unix(name), PASSWORD.format(name=name)
    hub.unix_accounts.append(unix)
    unix_accounts.ensure_unix_user(unix, hub.settings["accounts"]["home_root"])
    unix_accounts.set_unix_password(unix, password)
    # A Unix account with the right password, unknown to the hub ...
    r, s = form_login(hub, name, password)
    assert r.status_code == 403 and not logged_in(hub, s)
    # ... and a hub user too, but not in nbgrader-<course> (an admin made it on the admin page).
    api = HubAPI(hub.settings)
    api.request("POST", f"/users/{name}", ok=(201, 409))
    assert name not in api.request("GET", f"/groups/{course_group(hub.course)}")["users"]
    r, s = form_login(hub, name, password)
    assert r.status_code == 403 and not logged_in(hub, s)
    # Put in the course group, the same account may log in; taken out again, it may not.
    api.request("POST", f"/groups/{course_group(hub.course)}/users", {"users": [name]})
    r, s = form_login(hub, name, password)
    assert r.status_code == 302 and logged_in(hub, s)
    api.request("DELETE", f"/groups/{course_group(hub.course)}/users", {"users": [name]})
    r, s = form_login(hub, name, password)
    assert r.status_code == 403
