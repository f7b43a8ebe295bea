"""Issue 13 item 1 through the real hub: 도움 요청, live help in the learner's own server.

hana (a learner) asks for help on her fetched exercise notebook in a real browser, after reading
what a helper can see; tutor (an instructor who is not a hub admin: admins reach every server
anyway) opens the queue in a second browser, joins -- a JupyterHub share of hana's server -- and
edits the answer cell in hana's notebook; hana's browser shows the edit. jin, another learner,
is refused at every step, and nobody but hana reads her private-data folder through the server.
The edit is live (RTC, academy/hub/rtc.py): tutor types without saving and hana's open notebook shows
each keystroke; the learner's server writes it to disk itself.
hana closes the request: tutor's very next request (browser cookie and API token) is 403 and his
open kernel connection is closed. The share log has the grant and the revocation; Validate and
submit still work and no nbgrader cell metadata changed. Screenshots in test-artifacts/help-*.png.
The same command from JupyterLab's command palette, and a share that ends when its time is up.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import websocket
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .conftest import ARTIFACTS, PASSWORD
from .helpers import MODULE, browser_login as log_in, fetch, learner, release, submit

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



def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"help-{name}.png"), full_page=True)


def ask_and_join(hub, path: str) -> tuple[str, str]:
    """hana asks for help on ``path``, tutor joins: (request id, where the join sends tutor)."""
    r = hub.login("hana").post(hub.base_url + HELP + "ask", data={"path": path}, allow_redirects=False, timeout=60)
    assert r.status_code == 302, r.text
    store = Path(hub.settings["hub"]["data_root"]) / "help" / "requests.json"
    request_id = next(r["id"] for r in json.loads(store.read_text(encoding="utf-8")).values()
                      if r["learner"] == "hana" and r["status"] == "open")
    r = hub.login("tutor").post(hub.base_url + HELP + f"{request_id}/join", allow_redirects=False, timeout=60)
    assert r.status_code == 302 and "/user/hana/lab/tree/" in r.headers["Location"], r.status_code
    return request_id, r.headers["Location"]


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
    # in hana's server the 도움 요청 button is hers alone (help is asked from one's own server)
    tutor.locator(".jp-NotebookPanel-toolbar [data-jp-item-name='kernelName']").first.wait_for()
    assert tutor.locator("[data-jp-item-name='academyHelp']").count() == 0

    # the helper types into the answer cell and does not save: hana's open notebook (the tab she asked
    # from, never reloaded) shows the edit live, with the helper's cursor; her server then writes it to disk
    cell = tutor.locator(".jp-Cell", has_text="NotImplementedError").first
    cell.locator(".cm-content").click()
    tutor.keyboard.press("Control+A")
    tutor.keyboard.insert_text("def double(x):\n    # 함께 고친 줄\n    return x * 2")
    shot(tutor, "3-helper-edits")
    lab.bring_to_front()
    lab.wait_for_selector(".jp-Cell:has-text('함께 고친 줄')", timeout=30_000)
    shot(lab, "4-learner-sees-edit-live")
    deadline = time.monotonic() + 60
    while "함께 고친 줄" not in json.dumps(learner(hub, "hana", "GET", contents).json(), ensure_ascii=False):
        assert time.monotonic() < deadline, "hana's server never wrote the shared edit to disk"
        time.sleep(1)

    # and who is in
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


def test_help_request_from_the_command_palette(district_hub, people, browser):
    """도움 요청 is a command in JupyterLab's command palette too (labextension/src/help.ts,
    ``academy:help-request``): hana opens the palette on her notebook and runs it from its item.
    Lumino's palette search cannot find it by typing: its fuzzy search starts a match only at an
    ASCII word character (``/\\b\\w/`` in @lumino/widgets' commandpalette.ts) and it searches only the
    category and the label, both Korean here; so the test picks the item from the full list, as a
    learner scrolling the palette would, and the ask page opens for that notebook in a new tab."""
    hub = district_hub
    path = "연습/도와주세요.ipynb"
    hub.start_server("hana")
    assert learner(hub, "hana", "PUT", f"api/contents/{quote('연습')}", json={"type": "directory"}).status_code in (200, 201)
    notebook = {"type": "notebook", "format": "json", "content": {
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}},
        "cells": [{"cell_type": "code", "source": "print('막혔어요')", "metadata": {}, "outputs": [],
                   "execution_count": None}], "nbformat": 4, "nbformat_minor": 5}}
    r = learner(hub, "hana", "PUT", f"api/contents/{quote(path)}", json=notebook)
    assert r.status_code in (200, 201), r.text

    context, lab = log_in(browser, hub, "hana")
    lab.goto(f"{hub.base_url}user/hana/lab/tree/{quote(path)}")
    lab.wait_for_selector(".jp-Notebook .jp-Cell")
    # the kernel settled: while it starts, every status change makes the palette draw its list anew,
    # scrolled back to the top, so no item holds still long enough to be clicked
    lab.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status=idle]", timeout=120_000)
    item = lab.locator(".lm-CommandPalette-item[data-command='academy:help-request']")
    for attempt in range(6):  # the modal palette closes when something else takes the focus: open it again
        lab.click(".jp-Notebook .jp-Cell .jp-InputPrompt")  # the notebook has the focus, as when one is stuck in it
        lab.keyboard.press("Control+Shift+C")  # JupyterLab's shortcut for the command palette
        try:
            item.wait_for(timeout=10_000)
            label, classes = item.inner_text(timeout=5_000), item.get_attribute("class", timeout=5_000) or ""
            shot(lab, "palette-0")
            with context.expect_page(timeout=20_000) as opened:
                item.click(timeout=10_000)
            break
        except PlaywrightTimeout:
            shot(lab, f"palette-retry-{attempt}")
            lab.keyboard.press("Escape")
    else:
        pytest.fail("the 도움 요청 item of the command palette could not be clicked (test-artifacts/help-palette-retry-*.png)")
    assert label.strip().startswith("도움 요청") and "lm-mod-disabled" not in classes  # enabled: a notebook is open
    ask = opened.value
    ask.set_default_timeout(90_000)
    ask.wait_for_selector("#what-helpers-see")
    assert "/services/academy-together/help/ask" in ask.url
    assert ask.inner_text("#path") == path  # the notebook hana was in
    shot(ask, "palette-1-ask")
    context.close()


def test_a_helpers_share_ends_when_its_time_is_up(district_hub, people):
    """The share's time limit, live: JupyterHub's direct shares cannot expire by themselves (6.x:
    ``ShareGrantRequest`` takes no ``expires_in``; only share codes do, from 60 s), so the service's
    sweep (every ``help_pages.SWEEP_SECONDS``) revokes a share past ``[help] share_minutes``, and the
    district accepts 5 minutes at least. Rather than wait 5 minutes, the test brings the share's
    deadline in the service's own store forward to now, as time passing would: within a sweep or
    two tutor is refused (403) on hana's server, the share log says ``expired``, and the request
    itself stays open for hana."""
    from academy.together.help_pages import SWEEP_SECONDS

    hub = district_hub
    server = "user/hana/api/status"
    hub.start_server("hana")
    request_id, _ = ask_and_join(hub, f"{hub.course}/{MODULE}/exercise.ipynb")
    store = Path(hub.settings["hub"]["data_root"]) / "help" / "requests.json"
    assert get_as(hub, "tutor", server) == 200

    saved = json.loads(store.read_text(encoding="utf-8"))
    share = saved[request_id]["helpers"]["tutor"]
    assert share["to"] is None and share["until"] - share["from"] == hub.settings["help"]["share_minutes"] * 60
    share["until"] = time.time() - 1  # the time is up
    tmp = store.with_suffix(".test")
    tmp.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    tmp.replace(store)  # atomically, as the service writes it

    t0 = time.monotonic()
    while get_as(hub, "tutor", server) != 403:
        assert time.monotonic() - t0 < 2 * SWEEP_SECONDS + 30, "the expired share was never revoked"
        time.sleep(1)
    assert get_as(hub, "tutor", f"user/hana/api/contents/{hub.course}") == 403
    log = [json.loads(line) for line in (store.parent / "shares.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["event"], e["helper"], e.get("why")) for e in log if e["request"] == request_id] == [
        ("grant", "tutor", None), ("revoke", "tutor", "expired")]
    request = json.loads(store.read_text(encoding="utf-8"))[request_id]
    assert request["status"] == "open" and request["helpers"]["tutor"]["to"] is not None
    assert hub.login("hana").post(hub.base_url + HELP + f"{request_id}/close", allow_redirects=False,
                                  timeout=60).status_code == 302
