"""Issue 13 item 3 through the real hub: a study circle edits its circle notebook live together.

``academy circles form`` makes circle ``a`` of ann, ben and cho: besides the shared folder, the
circle's own account ``circle-a`` whose server (rooted in the folder) the hub shares with each
member. ann opens it from 내 학습 현황 in Chromium (the hub starts the circle's server
for her: the share lets members start it), ben opens the same notebook in a second browser; ann
types into a cell without saving and ben's page shows it without a reload (RTC inside the one
circle server), then the circle's server writes it into the circle folder as the circle's account.
gil, a learner in no circle, gets 403 at every door (API, spawn page, browser). ``academy circles
dissolve`` revokes the share: ann's very next request is refused. Screenshots in
test-artifacts/circle-*.png.
"""

from __future__ import annotations

import json
import pwd
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from .conftest import ARTIFACTS, PASSWORD
from .helpers import browser_login as log_in, learner, release

pytestmark = pytest.mark.slow

MEMBERS = ("ann", "ben", "cho")
NOTEBOOK = "모임노트.ipynb"
SERVER = "user/circle-a/"


@pytest.fixture
def circle(district_hub, monkeypatch):
    from academy.admin import cli
    from academy.hub.people import add_user
    from academy.together import circles
    from academy.together import cli as circles_cli

    hub = district_hub
    for name in (*MEMBERS, "gil"):
        add_user(hub.settings, name, role="learner", password=PASSWORD.format(name=name), must_change=False)
    hub.unix_accounts.append(circles.account_unix(hub.settings, "a"))  # removed at the end, whatever happens
    monkeypatch.setattr(circles_cli, "_district", lambda args: hub.settings)
    assert cli.main(["circles", "form", "a", *MEMBERS]) == 0
    yield hub
    if "a" in circles.circles(hub.settings):
        cli.main(["circles", "dissolve", "a"])
    for name in (*MEMBERS, "gil"):
        hub.remove(name)


def status(hub, name: str, method: str, url: str) -> int:
    """Status of ``url`` (under the hub) with ``name``'s API token."""
    r = hub.login(name).request(method, hub.base_url + url, allow_redirects=False, timeout=60)
    return r.status_code



def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"circle-{name}.png"), full_page=True)


def into_notebook(page, confirm_shot: str = "") -> None:
    """Through the hub's spawn page and the page asking once to confirm access to someone else's
    server (the circle's, in Korean: academy/hub/templates/oauth.html), into the circle notebook.
    ``confirm_shot``: that page must come (a first visit), and is kept as a screenshot."""
    page.wait_for_url(lambda url: "/oauth2/authorize" in url or "/lab" in url, timeout=180_000)
    if "/oauth2/authorize" in page.url:
        assert page.inner_text("#oauth-title").strip() == "스터디 모임 노트북에 들어가요"
        if confirm_shot:
            shot(page, confirm_shot)
        page.click("form [type=submit]")
    elif confirm_shot:
        pytest.fail(f"no confirmation before a first visit to someone else's server: {page.url}")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=120_000)


def test_a_circle_edits_its_notebook_live_and_nobody_else_gets_in(circle, browser):
    from academy.together import circles

    hub = circle
    shared = circles.folder(hub.settings, "a")
    own = pwd.getpwnam(circles.account_unix(hub.settings, "a"))

    # gil (in no circle) cannot start the circle's server; the hub does not even say it exists (404, its
    # answer to a user one may not read); members may (the share grants ``servers`` on that server)
    assert status(hub, "gil", "POST", "hub/api/users/circle-a/server") == 404
    assert status(hub, "gil", "GET", "hub/spawn/circle-a") == 404

    # ann opens the circle notebook from her progress page: the hub starts the circle's server for her
    ann_ctx, ann_home = log_in(browser, hub, "ann")
    ann_home.goto(f"{hub.base_url}services/academy-together/")
    assert "ann, ben, cho" in ann_home.inner_text("#circle")
    shot(ann_home, "0-progress")
    with ann_ctx.expect_page() as opened:
        ann_home.click("#circle-open")
    ann = opened.value
    ann.set_default_timeout(90_000)
    into_notebook(ann, "1a-ann-confirms-once")
    assert f"/{SERVER}lab/tree/" in ann.url and ann.url.endswith(quote(NOTEBOOK))
    shot(ann, "1-ann-opens")
    # no 도움 요청 button here: a request is asked from one's own server (academy/hub/labext.py)
    ann.locator(".jp-NotebookPanel-toolbar [data-jp-item-name='kernelName']").first.wait_for()
    assert ann.locator("[data-jp-item-name='academyHelp']").count() == 0

    # the server is the circle's: its own account, rooted in the circle folder
    model = hub.login("ann").get(f"{hub.base_url}{SERVER}api/contents/", timeout=60).json()
    assert {c["name"] for c in model["content"]} == {NOTEBOOK}, model["content"]  # no home, no welcome page
    assert status(hub, "ann", "GET", f"{SERVER}api/contents/{quote(NOTEBOOK)}") == 200
    assert status(hub, "gil", "GET", f"{SERVER}api/contents/{quote(NOTEBOOK)}") == 403
    assert status(hub, "gil", "GET", f"{SERVER}api/status") == 403

    # graded work stays individual: the circle's server is in no course (nbgrader lists none there, so
    # nothing to fetch or submit), while a learner's own server lists the course (a module is released)
    release(hub)
    courses = hub.login("ann").get(f"{hub.base_url}{SERVER}courses", timeout=120).json()
    assert courses["success"] and courses["value"] == [], courses
    hub.start_server("gil")
    assert learner(hub, "gil", "GET", "courses").json()["value"] == [hub.course]

    # ben opens the same notebook in his own browser
    ben_ctx, ben = log_in(browser, hub, "ben")
    from academy.together.circle_server import open_url

    ben.goto(hub.base_url.rstrip("/") + open_url("/", "a"))
    into_notebook(ben)
    shot(ben, "2-ben-opens")

    # ann types into the code cell and does not save; ben's page shows it without a reload
    line = "print('우리 모임이 함께 쓴 줄')"
    cell = ann.locator(".jp-Notebook .jp-CodeCell").first
    cell.locator(".cm-content").click()
    ann.keyboard.insert_text(line)
    shot(ann, "3-ann-types")
    ben.locator(".jp-CodeCell .cm-content", has_text="우리 모임이 함께 쓴 줄").first.wait_for(timeout=30_000)
    shot(ben, "4-ben-sees-it-live")
    # the circle's server writes it into the circle folder, as the circle's account
    deadline = time.monotonic() + 60
    while "우리 모임이 함께 쓴 줄" not in (shared / NOTEBOOK).read_text(encoding="utf-8"):
        assert time.monotonic() < deadline, "the shared edit never reached the circle folder"
        time.sleep(1)
    assert (shared / NOTEBOOK).stat().st_uid == own.pw_uid
    json.loads((shared / NOTEBOOK).read_text(encoding="utf-8"))  # a whole notebook

    # what runs in the circle's kernel runs as the circle's account: it cannot read a member's home,
    # nor her private-data folder (ann has her own SNS export there)
    r = hub.as_unix("ann", "/bin/sh", "-c", "mkdir -p ~/내보내기 && echo 비밀 > ~/내보내기/dm.json")
    assert r.returncode == 0, r.stderr
    home = pwd.getpwnam(hub.unix("ann")).pw_dir
    cell.locator(".cm-content").click()
    ann.keyboard.press("Control+End")
    ann.keyboard.insert_text(f"\nimport os, pwd\nprint(pwd.getpwuid(os.getuid()).pw_name)\n"
                             f"for path in ('{home}/내보내기/dm.json', '{home}'):\n"
                             f"    try:\n        os.listdir(path) if path == '{home}' else open(path).read()\n"
                             f"    except PermissionError:\n        print('막힘', path)")
    ann.keyboard.press("Shift+Enter")
    output = cell.locator(".jp-OutputArea-output")
    output.filter(has_text="막힘").first.wait_for(timeout=120_000)
    ann.wait_for_function("document.querySelector('.jp-CodeCell .jp-OutputArea-output') && "
                          "document.querySelector('.jp-CodeCell .jp-OutputArea-output').innerText.split('막힘').length === 3",
                          timeout=60_000)
    printed = output.first.inner_text()
    assert own.pw_name in printed and printed.count("막힘") == 2, printed
    shot(ann, "3b-kernel-is-the-circles")

    # gil in a browser: refused
    gil_ctx, gil = log_in(browser, hub, "gil")
    answer = gil.goto(f"{hub.base_url}{SERVER}lab/tree/{quote(NOTEBOOK)}")
    gil.wait_for_load_state()
    assert answer.status == 403 and "들어갈 수 없는 곳이에요" in gil.inner_text("#error-title"), (answer.status, gil.url)
    assert gil_ctx.request.get(f"{hub.base_url}{SERVER}api/contents/{quote(NOTEBOOK)}", max_redirects=0).status == 403
    shot(gil, "5-outsider-refused")
    gil.goto(f"{hub.base_url}services/academy-together/")
    assert gil.locator("#circle").count() == 0

    # a member who leaves: their share is revoked while the server runs, their next request refused
    from academy.hub.api import HubAPI
    from academy.together.circle_server import open_circle, shared_with

    api = HubAPI(hub.settings)
    open_circle(hub.settings, "a", ["ann", "cho"], api)
    assert shared_with(api, "a") == ["ann", "cho"]
    assert status(hub, "ben", "GET", f"{SERVER}api/contents/{quote(NOTEBOOK)}") == 403
    assert ben_ctx.request.get(f"{hub.base_url}{SERVER}api/contents/{quote(NOTEBOOK)}", max_redirects=0).status == 403
    assert status(hub, "ann", "GET", f"{SERVER}api/contents/{quote(NOTEBOOK)}") == 200
    # ben is still in the circle's Unix group: academy circles sync makes the hub match it again
    from academy.admin import cli

    assert cli.main(["circles", "sync"]) == 0
    assert shared_with(api, "a") == ["ann", "ben", "cho"]
    assert status(hub, "ben", "GET", f"{SERVER}api/contents/{quote(NOTEBOOK)}") == 200

    # the circle dissolved: every share revoked, the server and the circle's hub user gone
    assert cli.main(["circles", "dissolve", "a"]) == 0
    r = hub.login("ann").get(f"{hub.base_url}{SERVER}api/contents/{quote(NOTEBOOK)}", timeout=60)
    assert r.status_code == 404 and f"/hub/{SERVER}" in r.url, (r.status_code, r.url)  # the hub: no such server
    assert ann_ctx.request.get(f"{hub.base_url}{SERVER}api/contents/{quote(NOTEBOOK)}").status in (403, 404)
    assert api.call("GET", "/users/circle-a")[0] == 404
    assert shared.stat().st_uid == 0 and shared.stat().st_mode & 0o077 == 0  # kept for the instructor, root-only
    for context in (ann_ctx, ben_ctx, gil_ctx):
        context.close()
