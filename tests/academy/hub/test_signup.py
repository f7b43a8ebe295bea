"""Self sign-up with instructor approval (district option ``auth.self_signup``)."""

from __future__ import annotations

import pwd
import time

import pytest
import requests

pytestmark = pytest.mark.slow


def form_login(hub, name: str, password: str) -> requests.Response:
    s = requests.Session()
    s.get(f"{hub.base_url}hub/login", timeout=30)
    return s.post(f"{hub.base_url}hub/login", allow_redirects=False, timeout=30,
                  data={"username": name, "password": password, "_xsrf": s.cookies.get("_xsrf")}), s


def test_signup_waits_for_approval_then_joins_the_course(district_hub):
    from academy.admin.course import course_group

    hub, name, password = district_hub, "dana", "dana-chooses-this-1"
    try:
        s = requests.Session()
        s.get(f"{hub.base_url}hub/signup", timeout=30)
        r = s.post(f"{hub.base_url}hub/signup", timeout=30,
                   data={"username": name, "signup_password": password, "signup_password_confirmation": password,
                         "_xsrf": s.cookies.get("_xsrf")})
        page = r.content.decode("utf-8")  # the page declares utf-8 in <meta>, not in its header
        assert r.status_code == 200 and "신청을 받았어요" in page
        r, _ = form_login(hub, name, password)
        assert r.status_code != 302, "an unapproved sign-up must not log in"

        # The instructor approves on /hub/authorize (teach is the test district's admin).
        approve = hub.login("teach").get(f"{hub.base_url}hub/authorize/{name}", timeout=30, allow_redirects=False)
        assert approve.status_code in (200, 302), approve.text[:300]
        r, session = form_login(hub, name, password)
        assert r.status_code == 302
        xsrf = {"X-XSRFToken": session.cookies.get("_xsrf", path="/hub/")}
        assert session.post(f"{hub.base_url}hub/api/users/{name}/server", headers=xsrf, timeout=60).status_code in (201, 202)
        for _ in range(240):
            model = session.get(f"{hub.base_url}hub/api/users/{name}", headers=xsrf, timeout=30).json()
            if model["servers"].get("", {}).get("ready"):
                break
            time.sleep(0.5)
        assert pwd.getpwnam(hub.unix(name))
        assert course_group(hub.course) in model["groups"]
    finally:
        hub.remove(name)
