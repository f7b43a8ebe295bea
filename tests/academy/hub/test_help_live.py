"""Issue 13 item 1 through the real hub: 도움 요청, live help in the learner's own server.

hana (a learner) asks for help on her fetched exercise notebook in a real browser, after reading
what a helper can see; tutor (an instructor who is not a hub admin: admins reach every server
anyway) opens the queue in a second browser, joins -- a JupyterHub share of hana's server -- and
edits the answer cell in hana's notebook; hana's browser shows the edit. jin, another learner,
is refused at every step, and nobody but hana reads her private-data folder through the server.
hana closes the request: tutor's very next request (browser cookie and API token) is 403 and his
open kernel connection is closed. The share log has the grant and the revocation; Validate and
submit still work and no nbgrader cell metadata changed. Screenshots in test-artifacts/help-*.png.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import websocket

from .conftest import ARTIFACTS, PASSWORD
from .helpers import MODULE, fetch, learner, release, submit

pytestmark = pytest.mark.slow

HELP = "services/academy-together/help/"
SECRET = "내보내기"


@pytest.fixture
def people(district_hub):
    from academy.hub.people import add_user

    roles = {"tutor": "instructor", "hana": "learner", "jin": "learner"}
    for name, role in roles.items():
        add_user(district_hub.settings, name, role=role, password=PASSWORD.format(name=name), must_change=False)
    yield roles
    for name in roles:
        district_hub.remove(name)
        district_hub.sessions.pop(name, None)


def log_in(browser, hub, name: str):
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="ko-KR")
    page = context.new_page()
    page.set_default_timeout(90_000)
    page.goto(f"{hub.base_url}hub/login")
    page.fill("#username_input", name)
    page.fill("#password_input", PASSWORD.format(name=name))
    page.click("#login_submit")
    page.wait_for_load_state()
    return context, page


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"help-{name}.png"), full_page=True)


def nbgrader_metadata(hub, path: str) -> list:
    model = learner(hub, "hana", "GET", f"api/contents/{quote(path)}").json()
    return [cell["metadata"].get("nbgrader") for cell in model["content"]["cells"]]


def get_as(hub, name: str, url: str) -> int:
    """Status of ``url`` (under the hub) with ``name``'s API token."""
    return hub.login(name).get(hub.base_url + url, allow_redirects=False, timeout=60).status_code


def open_in_lab(page) -> None:
    """Pass JupyterHub's page asking the helper to confirm access to someone else's server, if shown."""
    page.wait_for_url(lambda url: "/oauth2/authorize" in url or "/lab" in url)
    if "/oauth2/authorize" in page.url:
        page.click("form [type=submit]")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=120_000)


def test_help_request_shares_the_learners_server_until_closed(district_hub, people, browser):
    hub = district_hub
    path = f"{hub.course}/{MODULE}/exercise.ipynb"
    contents = f"api/contents/{quote(path)}"
    server = f"user/hana/{contents}"
    release(hub)
    hub.start_server("hana")
    fetch(hub, "hana")
    before = nbgrader_metadata(hub, path)
    r = hub.as_unix("hana", "/bin/sh", "-c", f"mkdir -p ~/{SECRET} && echo '{{\"dm\": \"secret\"}}' > ~/{SECRET}/dm.json")
    assert r.returncode == 0, r.stderr

    # nobody but hana is in her server before she asks
    for name in ("tutor", "jin"):
        assert get_as(hub, name, server) == 403, name

    # hana asks, in her browser, after reading what a helper can see
    # hana presses 도움 요청 on her notebook's toolbar (labextension/src/help.ts): the page opens in a new tab
    hana_ctx, lab = log_in(browser, hub, "hana")
    lab.goto(f"{hub.base_url}user/hana/lab/tree/{quote(path)}")
    lab.wait_for_selector(".jp-Notebook .jp-Cell")
    shot(lab, "0-button")
    with hana_ctx.expect_page() as opened:
        lab.click(".academy-help-button")
    hana = opened.value
    hana.set_default_timeout(90_000)
    hana.wait_for_selector("#what-helpers-see")
    assert hana.inner_text("#path") == path
    see = hana.inner_text("#what-helpers-see")
    assert "코드" in see and SECRET in see and "30분" in see
    hana.fill("#question", "double 함수에서 NotImplementedError가 나요")
    shot(hana, "1-ask")
    hana.click("#ask-submit")
    hana.wait_for_selector("#asked")
    request_id = hana.get_attribute(".request[data-status=open]", "data-request")

    # jin: no queue, no join, no share of his own making, no server
    jin = hub.login("jin")
    assert jin.get(hub.base_url + HELP + "queue", timeout=60).status_code == 403
    r = jin.post(hub.base_url + HELP + f"{request_id}/join", allow_redirects=False, timeout=60)
    assert r.status_code == 404 and "/user/hana" not in r.headers.get("Location", ""), r.status_code
    assert jin.post(f"{hub.base_url}hub/api/shares/hana/", json={"user": "jin"}, timeout=60).status_code == 403
    assert get_as(hub, "jin", server) == 403

    # tutor joins from the queue and lands in hana's notebook, in hana's server
    tutor_ctx, tutor = log_in(browser, hub, "tutor")
    tutor.goto(f"{hub.base_url}{HELP}queue")
    row = f"#queue tr[data-request='{request_id}']"
    assert "NotImplementedError" in tutor.inner_text(row)
    shot(tutor, "2-queue")
    tutor.click(f"{row} button.join")
    open_in_lab(tutor)
    assert f"/user/hana/lab/tree/{hub.course}/" in tutor.url
    assert get_as(hub, "tutor", server) == 200

    # the helper edits the answer cell and saves (no RTC: the file on disk is what hana opens)
    cell = tutor.locator(".jp-Cell", has_text="NotImplementedError").first
    cell.locator(".cm-content").click()
    tutor.keyboard.press("Control+A")
    tutor.keyboard.insert_text("def double(x):\n    # 함께 고친 줄\n    return x * 2")
    tutor.keyboard.press("Control+S")
    deadline = time.monotonic() + 60
    while "함께 고친 줄" not in json.dumps(learner(hub, "hana", "GET", contents).json(), ensure_ascii=False):
        assert time.monotonic() < deadline, "the helper's save never reached hana's notebook"
        time.sleep(1)
    shot(tutor, "3-helper-edits")

    # hana's browser shows the edit, and who is in
    hana.goto(f"{hub.base_url}user/hana/lab/tree/{quote(path)}")
    hana.wait_for_selector(".jp-Cell:has-text('함께 고친 줄')", timeout=120_000)
    shot(hana, "4-learner-sees-edit")
    hana.goto(f"{hub.base_url}{HELP}mine")
    assert hana.locator(f".request[data-request='{request_id}'] .helper[data-helper=tutor]").count() == 1
    assert hana.get_attribute("#helped", "data-count") == "0"  # 도우미: nothing graded yet, nothing to offer
    shot(hana, "5-who-is-in")

    # the private-data folder: refused to the helper however he names it, open to hana
    secret = quote(f"{SECRET}/dm.json")
    for url in (f"user/hana/files/{secret}", f"user/hana/api/contents/{secret}",
                f"user/hana/nbconvert/html/{secret}", f"user/hana/api/contents/{quote(SECRET)}"):
        assert get_as(hub, "tutor", url) == 403, url
    copy = hub.login("tutor").post(f"{hub.base_url}user/hana/api/contents/{hub.course}",
                                   json={"copy_from": f"{SECRET}/dm.json"}, timeout=60)
    assert copy.status_code == 403, copy.text
    assert get_as(hub, "hana", f"user/hana/api/contents/{secret}") == 200

    # a kernel connection the helper holds open
    token = hub.login("tutor").headers["Authorization"].split()[1]
    kernel = hub.login("tutor").post(f"{hub.base_url}user/hana/api/kernels", json={"name": "python3"}, timeout=120)
    assert kernel.status_code == 201, kernel.text
    ws = websocket.create_connection(hub.base_url.replace("http", "ws", 1)
                                     + f"user/hana/api/kernels/{kernel.json()['id']}/channels",
                                     header=[f"Authorization: token {token}"], timeout=5)

    # hana closes: tutor is out at his next request, in the browser and through the API
    hana.click(f".request[data-request='{request_id}'] .close-request")
    hana.wait_for_selector(f".request[data-request='{request_id}'][data-status=closed]")
    shot(hana, "6-closed")
    assert get_as(hub, "tutor", server) == 403
    assert tutor_ctx.request.get(f"{hub.base_url}{server}", max_redirects=0).status == 403
    tutor.goto(f"{hub.base_url}{HELP}queue")
    assert tutor.locator(f"tr[data-request='{request_id}']").count() == 0
    tutor.goto(f"{hub.base_url}{HELP}mine")
    assert tutor.get_attribute("#helped", "data-count") == "1"  # help given, counted from the share log
    rejoin = hub.login("tutor").post(hub.base_url + HELP + f"{request_id}/join", allow_redirects=False, timeout=60)
    assert rejoin.status_code == 409 and "이미 닫혔어요" in rejoin.text
    assert get_as(hub, "tutor", server) == 403
    deadline = time.monotonic() + 30
    closed = False
    while time.monotonic() < deadline and not closed:
        try:
            ws.recv()
        except websocket.WebSocketTimeoutException:
            continue
        except (websocket.WebSocketConnectionClosedException, ConnectionError):
            closed = True
    ws.close()
    assert closed, "the helper's kernel connection stayed open after the request closed"
    assert get_as(hub, "jin", server) == 403

    # every share logged: who, whose server, from / to
    log = [json.loads(line) for line in
           (Path(hub.settings["hub"]["data_root"]) / "help" / "shares.jsonl").read_text(encoding="utf-8").splitlines()]
    mine = [e for e in log if e["request"] == request_id]
    assert [(e["event"], e["helper"], e["learner"]) for e in mine] == [("grant", "tutor", "hana"),
                                                                      ("revoke", "tutor", "hana")]
    assert mine[1]["why"] == "closed" and mine[1]["from"] and mine[1]["to"] >= mine[1]["from"]

    # nbgrader still works on the notebook: same cell metadata (checksums), Validate, submit
    assert nbgrader_metadata(hub, path) == before
    r = learner(hub, "hana", "POST", "assignments/validate", data={"path": path})
    assert r.status_code == 200 and r.json()["success"], r.text
    verdict = r.json()["value"]
    verdict = json.loads(verdict) if isinstance(verdict, str) else verdict
    assert not {"failed", "changed", "errored", "type_changed"} & set(verdict), verdict
    submit(hub, "hana")
    hana_ctx.close()
    tutor_ctx.close()
