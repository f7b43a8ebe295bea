"""Steps of the assignment round trip through the real hub + proxy (REST, as each person)."""

from __future__ import annotations

import json

from .curriculum_fixture import HIDDEN_MARK, MODULE  # noqa: F401  (re-exported for the tests)


def formgrader(hub, name: str, method: str, path: str, **kwargs):
    """Call the course's formgrader service API as ``name`` (through the proxy)."""
    s = hub.login(name)
    return s.request(method, f"{hub.base_url}services/{hub.course}/formgrader/api/{path}", timeout=300, **kwargs)


def release(hub) -> None:
    """The instructor generates and releases the module from formgrader (idempotent)."""
    assignments = {a["name"]: a for a in formgrader(hub, "teach", "GET", "assignments").json()}
    if assignments.get(MODULE, {}).get("status") == "released":
        return
    r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/assign")
    assert r.status_code == 200 and r.json()["success"], r.text
    r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/release")
    assert r.status_code == 200 and r.json()["success"], r.text


def learner(hub, name: str, method: str, path: str, **kwargs):
    """Call ``name``'s own Jupyter server (through the proxy) as ``name``."""
    s = hub.login(name)
    return s.request(method, f"{hub.base_url}user/{name}/{path}", timeout=300, **kwargs)


def fetch(hub, name: str) -> list[dict]:
    r = learner(hub, name, "POST", "assignments/fetch", data={"course_id": hub.course, "assignment_id": MODULE})
    assert r.status_code == 200 and r.json()["success"], r.text
    return r.json()["value"]


def solve(hub, name: str, body: str = "    return 2 * x") -> None:
    """Replace the stub in the answer cell through the contents API (as the browser would save)."""
    path = f"api/contents/{hub.course}/{MODULE}/exercise.ipynb"
    model = learner(hub, name, "GET", path).json()
    for cell in model["content"]["cells"]:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "answer":
            assert "NotImplementedError" in "".join(cell["source"]), "the released notebook should hold a stub"
            cell["source"] = "def double(x):\n" + body
    r = learner(hub, name, "PUT", path, data=json.dumps({"type": "notebook", "format": "json",
                                                           "content": model["content"]}))
    assert r.status_code == 200, r.text


def submit(hub, name: str) -> None:
    r = learner(hub, name, "POST", "assignments/submit", data={"course_id": hub.course, "assignment_id": MODULE})
    assert r.status_code == 200 and r.json()["success"], r.text


def first_login(page, base: str, name: str, new_password: str, *, on_login_page=None) -> None:
    """A learner's first login in the browser: the slip's password, then their own (the hub asks
    for it first). ``on_login_page(page)`` runs on the login page before anything is typed."""
    from .conftest import PASSWORD

    page.goto(f"{base}/hub/login")
    if on_login_page is not None:
        on_login_page(page)
    page.fill("#username_input", name)
    page.fill("#password_input", PASSWORD.format(name=name))
    page.click("#login_submit")
    page.wait_for_url("**/hub/change-password")
    page.fill("#old_password_input", PASSWORD.format(name=name))
    page.fill("#new_password_input", new_password)
    page.fill("#new_password_confirmation_input", new_password)
    page.click("#change_password_submit")
    page.wait_for_selector("#password-result.alert-success")


def browser_login(browser, hub, name: str, *, height: int = 860):
    """A Korean Chromium context logged in as ``name`` through the hub's login form: (context, page)."""
    from .conftest import PASSWORD

    context = browser.new_context(viewport={"width": 1280, "height": height}, locale="ko-KR")
    page = context.new_page()
    page.set_default_timeout(90_000)
    page.goto(f"{hub.base_url}hub/login")
    page.fill("#username_input", name)
    page.fill("#password_input", PASSWORD.format(name=name))
    page.click("#login_submit")
    page.wait_for_load_state()
    return context, page


def browser_session(hub, name: str):
    """A ``requests`` session logged in through the hub's login form only (cookies, as a browser):
    no API token, so a service sees what that person's browser would get."""
    import requests

    from .conftest import PASSWORD

    s = requests.Session()
    s.get(f"{hub.base_url}hub/login", timeout=30)
    r = s.post(f"{hub.base_url}hub/login", allow_redirects=False, timeout=30,
               data={"username": name, "password": PASSWORD.format(name=name), "_xsrf": s.cookies.get("_xsrf")})
    assert r.status_code == 302, r.text[:300]
    return s


def instructor_page(browser, hub, name: str = "teach"):
    """Chromium logged in as instructor ``name`` (the hub cookies of its API session): (context, page)."""
    session = hub.login(name)
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="ko-KR")
    context.add_cookies([{"name": c.name, "value": c.value, "url": hub.base_url.rstrip("/") + (c.path or "/")}
                         for c in session.cookies])
    page = context.new_page()
    page.set_default_timeout(60_000)
    return context, page
