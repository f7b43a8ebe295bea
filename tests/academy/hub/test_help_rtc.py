"""Issue 13 item 1, live co-editing (RTC, academy/hub/rtc.py) and nbgrader, through the real hub.

hana's exercise is open in her JupyterLab and, through a 도움 요청 share, in tutor's: both edit one
shared document. Whatever a help session does to the answer, nbgrader's part of the notebook on
disk stays as it was fetched -- every cell's ``nbgrader`` metadata (grade_id, checksum, points,
locked...), the locked cells' source and the cell ids -- and Validate from
JupyterLab's own button on the shared document (nbgrader #1836: the path it sends) and submit work.
Each learner's document history and file ids stay in her own home. A fetch that writes the
notebook anew under an open shared document: the fetched file stays what nbgrader wrote, and the
open document shows it. Screenshots: test-artifacts/help-rtc-*.png.
"""

from __future__ import annotations

import json
import os
import pwd
import time
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

import pytest
import websocket

from .conftest import ARTIFACTS
from .helpers import MODULE, fetch, learner, release
from .test_help_live import HELP, ask_and_join, get_as, log_in, open_in_lab, people  # noqa: F401  (people: a fixture)

pytestmark = pytest.mark.slow


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"help-rtc-{name}.png"), full_page=True)


def on_disk(hub, name: str, path: str) -> dict:
    """The notebook as it is in ``name``'s home (read as root: no server in between)."""
    home = pwd.getpwnam(hub.unix(name)).pw_dir
    return json.loads((Path(home) / path).read_text(encoding="utf-8"))


def nbgrader_part(notebook: dict) -> dict:
    """What nbgrader relies on: per cell its id, type and metadata; the source of every cell but the
    answers (``solution``). (The notebook's own metadata is JupyterLab's: it writes the running
    kernel's name and language there, with or without RTC.)"""
    cells = []
    for cell in notebook["cells"]:
        grading = cell.get("metadata", {}).get("nbgrader", {})
        cells.append({"id": cell.get("id"), "type": cell["cell_type"], "metadata": cell.get("metadata"),
                      **({} if grading.get("solution") else {"source": cell["source"]})})
    return {"cells": cells}


def answer_source(notebook: dict) -> str:
    cell = next(c for c in notebook["cells"] if c["metadata"].get("nbgrader", {}).get("grade_id") == "answer")
    return "".join(cell["source"])


def wait_for_disk(hub, path: str, check, what: str, seconds: float = 60) -> dict:
    deadline = time.monotonic() + seconds
    while True:
        notebook = on_disk(hub, "hana", path)
        if check(notebook):
            return notebook
        assert time.monotonic() < deadline, what
        time.sleep(1)


def test_a_live_help_session_keeps_nbgrader_whole_and_validate_works_from_the_button(district_hub, people, browser):
    hub = district_hub
    path = f"{hub.course}/{MODULE}/exercise.ipynb"
    release(hub)
    hub.start_server("hana")
    hana_ctx, lab = log_in(browser, hub, "hana")
    lab.goto(f"{hub.base_url}user/hana/lab")  # hana's JupyterLab is open (RTC on) while she fetches
    lab.wait_for_selector(".jp-LabShell", timeout=120_000)
    fetch(hub, "hana")
    fetched = on_disk(hub, "hana", path)
    assert "NotImplementedError" in answer_source(fetched)

    lab.goto(f"{hub.base_url}user/hana/lab/tree/{quote(path)}")
    lab.wait_for_selector(".jp-Notebook .jp-Cell")
    # jupyter-collaboration's "shared link" button is not in the top bar (academy/hub/rtc.py SHARE_DIALOG):
    # help comes in through 도움 요청 only -- the top bar holds the user menu alone
    assert lab.locator("#jp-top-bar .jp-Toolbar-item:not(.jp-Toolbar-spacer):not(#jp-UserMenu)").count() == 0
    request_id, where = ask_and_join(hub, path)

    tutor_ctx, tutor = log_in(browser, hub, "tutor")
    tutor.goto(where if where.startswith("http") else hub.base_url.rstrip("/") + where)
    open_in_lab(tutor)
    # the two are in one shared document: the collaborators' list names the other
    cell = tutor.locator(".jp-Cell", has_text="NotImplementedError").first
    cell.locator(".cm-content").click()
    tutor.keyboard.press("Control+A")
    tutor.keyboard.insert_text("def double(x):\n    # 같이 풀었어요\n    return 2 * x")
    lab.wait_for_selector(".jp-Cell:has-text('같이 풀었어요')", timeout=30_000)
    shot(tutor, "1-helper-types")
    shot(lab, "2-learner-sees-it")

    # Validate from JupyterLab's button on the shared document, right after the helper's typing (no save
    # by anyone): the button saves, then sends the document's path -- the plain one (nbgrader #1836)
    lab.bring_to_front()
    with lab.expect_request(lambda r: "assignments/validate" in r.url and r.method == "POST",
                            timeout=60_000) as sent:
        lab.click(".validate-button")
    body = sent.value.post_data or ""  # nbgrader sends it in the query, as form data or as JSON
    sent_path = (parse_qs(urlparse(sent.value.url).query).get("path") or parse_qs(body).get("path")
                 or [json.loads(body or "{}").get("path")])[0]
    assert sent_path == path, sent_path
    dialog = lab.wait_for_selector(".nbgrader-SuccessDialog, .nbgrader-ErrorDialog, .jp-Dialog", timeout=180_000)
    lab.wait_for_timeout(500)
    shot(lab, "3-validate")
    text = dialog.inner_text()
    assert "잘했어요" in text and "통과" in text, text  # nbgrader's success, in Korean (labextension)
    lab.keyboard.press("Escape")

    # the session ends; what is on disk is the co-edited answer and nbgrader's part as fetched
    assert hub.login("hana").post(hub.base_url + HELP + f"{request_id}/close", allow_redirects=False,
                                  timeout=60).status_code == 302
    assert get_as(hub, "tutor", f"user/hana/api/contents/{quote(path)}") == 403
    after = wait_for_disk(hub, path, lambda nb: "같이 풀었어요" in answer_source(nb),
                          "the shared edit never reached the disk")
    assert nbgrader_part(after) == nbgrader_part(fetched)
    assert [c["metadata"].get("nbgrader", {}).get("checksum") for c in after["cells"]] == \
        [c["metadata"].get("nbgrader", {}).get("checksum") for c in fetched["cells"]]

    # Validate through the API and submit: the submitted notebook is the co-edited one
    r = learner(hub, "hana", "POST", "assignments/validate", data={"path": path})
    assert r.status_code == 200 and r.json()["success"], r.text
    verdict = r.json()["value"]
    verdict = json.loads(verdict) if isinstance(verdict, str) else verdict
    assert not {"failed", "changed", "errored", "type_changed"} & set(verdict), verdict
    r = learner(hub, "hana", "POST", "assignments/submit", data={"course_id": hub.course, "assignment_id": MODULE})
    assert r.status_code == 200 and r.json()["success"], r.text
    inbound = Path(hub.settings["hub"]["data_root"]) / "exchange" / hub.course / "inbound"
    submitted = sorted(inbound.glob(f"hana+{MODULE}+*/exercise.ipynb"), key=os.path.getmtime)
    assert submitted, list(inbound.iterdir())
    mine = json.loads(submitted[-1].read_text(encoding="utf-8"))
    assert "같이 풀었어요" in answer_source(mine) and nbgrader_part(mine) == nbgrader_part(fetched)

    # the shared documents' history and file ids: in hana's own home, hers alone, out of the file browser --
    # in a server forked from the pre-imported parent (academy/kernels/server_fork.py), which computed
    # jupyter_server_fileid's default path in its own home; the exec'd start: the last test
    from academy.hub import data_root

    log = (data_root.paths(hub.settings)["hub"] / "jupyterhub.log").read_text(encoding="utf-8", errors="replace")
    assert "-m jupyterhub.singleuser for hana (pid" in log, "hana's server was not fork-started"
    account = pwd.getpwnam(hub.unix("hana"))
    data = Path(account.pw_dir) / ".local" / "share" / "jupyter"
    for name in ("academy_ystore.db", "file_id_manager.db"):
        assert (data / name).stat().st_uid == account.pw_uid, name
        assert hub.as_unix("jin", "/bin/cat", str(data / name)).returncode != 0, name  # another learner cannot read it
    assert not list(Path(account.pw_dir).glob(".jupyter_ystore.db"))
    hana_ctx.close()
    tutor_ctx.close()


def test_a_helper_cannot_open_the_private_folder_as_a_shared_document(district_hub, people):
    """RTC names files by id (``/api/fileid``, a shared document's room): the help guard refuses a
    helper any of them that is a file of the private-data folder, however he names it
    (academy/together/guard.py); the exercise itself he opens."""
    from .test_help_live import SECRET

    hub = district_hub
    hub.start_server("hana")
    r = hub.as_unix("hana", "/bin/sh", "-c", f"mkdir -p ~/{SECRET} && echo '{{\"dm\": \"secret\"}}' > ~/{SECRET}/dm.json")
    assert r.returncode == 0, r.stderr
    secret = f"{SECRET}/dm.json"
    exercise = f"{hub.course}/{MODULE}/exercise.ipynb"
    release(hub)
    fetch(hub, "hana")
    ids = {}
    for path, kind in ((secret, {"format": "text", "type": "file"}), (exercise, {"format": "json", "type": "notebook"})):
        r = learner(hub, "hana", "PUT", f"api/collaboration/session/{quote(path)}", json=kind)
        assert r.status_code in (200, 201), r.text  # hana opens both as shared documents
        ids[path] = f"{kind['format']}:{kind['type']}:{r.json()['fileId']}"
    request_id, _ = ask_and_join(hub, exercise)
    tutor = hub.login("tutor")
    server = f"{hub.base_url}user/hana/"
    refused = {
        "session": tutor.put(server + f"api/collaboration/session/{quote(secret)}", json={"format": "text", "type": "file"},
                             timeout=60),
        "id of a path": tutor.get(server + "api/fileid/id", params={"path": secret}, timeout=60),
        "path of an id": tutor.get(server + "api/fileid/path", params={"id": ids[secret].rsplit(":", 1)[1]}, timeout=60),
        "fork": tutor.get(server + f"api/collaboration/fork/{ids[secret]}", timeout=60),
    }
    assert {what: r.status_code for what, r in refused.items()} == {what: 403 for what in refused}
    token = tutor.headers["Authorization"].split()[1]
    ws_url = server.replace("http", "ws", 1) + "api/collaboration/room/"
    with pytest.raises(websocket.WebSocketBadStatusException) as refused_room:
        websocket.create_connection(ws_url + ids[secret], header=[f"Authorization: token {token}"], timeout=30)
    assert refused_room.value.status_code == 403
    # nor who looks at which document (paths: hana has the private file open), while hana has it
    with pytest.raises(websocket.WebSocketBadStatusException) as refused_awareness:
        websocket.create_connection(ws_url + "JupyterLab:globalAwareness", header=[f"Authorization: token {token}"],
                                    timeout=30)
    assert refused_awareness.value.status_code == 403
    own = hub.login("hana").headers["Authorization"].split()[1]
    websocket.create_connection(ws_url + "JupyterLab:globalAwareness", header=[f"Authorization: token {own}"],
                                timeout=30).close()
    # the exercise: his to open, as a shared document
    r = tutor.put(server + f"api/collaboration/session/{quote(exercise)}", json={"format": "json", "type": "notebook"},
                  timeout=60)
    assert r.status_code in (200, 201), r.text
    room = websocket.create_connection(ws_url + ids[exercise], header=[f"Authorization: token {token}"], timeout=30)
    room.close()
    assert hub.login("hana").post(hub.base_url + HELP + f"{request_id}/close", allow_redirects=False,
                                  timeout=60).status_code == 302


def test_a_fetch_under_an_open_shared_document_keeps_what_nbgrader_wrote(district_hub, people, browser):
    """nbgrader never writes into a learner's fetched notebook (fetch refuses a module folder that is
    there), so a notebook changes on disk under an open shared document only when the learner starts
    over: her module folder deleted (here from her kernel, behind the server's back) and fetched
    again while the old notebook is still open. The shared document takes the new file from disk
    -- it never writes its old content over what nbgrader wrote -- and her open tab shows it."""
    hub = district_hub
    path = f"{hub.course}/{MODULE}/exercise.ipynb"
    release(hub)
    hub.start_server("hana")
    fetch(hub, "hana")
    fetched = on_disk(hub, "hana", path)
    hana_ctx, lab = log_in(browser, hub, "hana")
    lab.goto(f"{hub.base_url}user/hana/lab/tree/{quote(path)}")
    lab.wait_for_selector(".jp-Notebook .jp-Cell:has-text('NotImplementedError')")
    cell = lab.locator(".jp-Cell", has_text="NotImplementedError").first
    cell.locator(".cm-content").click()
    lab.keyboard.press("Control+A")
    lab.keyboard.insert_text("def double(x):\n    # 처음부터 다시\n    return x + x")
    wait_for_disk(hub, path, lambda nb: "처음부터 다시" in answer_source(nb), "hana's typing never reached the disk")

    r = hub.as_unix("hana", "/bin/rm", "-rf", str(Path(pwd.getpwnam(hub.unix("hana")).pw_dir) / hub.course / MODULE))
    assert r.returncode == 0, r.stderr
    fetch(hub, "hana")
    again = on_disk(hub, "hana", path)
    assert "NotImplementedError" in answer_source(again) and nbgrader_part(again) == nbgrader_part(fetched)
    lab.wait_for_selector(".jp-Cell:has-text('NotImplementedError')", timeout=30_000)  # the open tab took it
    time.sleep(5)  # several of the document's save delays and file polls (1 s each)
    shot(lab, "4-fetched-again")
    now = on_disk(hub, "hana", path)
    assert "처음부터 다시" not in answer_source(now) and nbgrader_part(now) == nbgrader_part(fetched)
    r = learner(hub, "hana", "POST", "assignments/validate", data={"path": path})
    assert r.status_code == 200 and r.json()["success"], r.text
    hana_ctx.close()


def test_an_exec_started_server_has_live_co_editing_in_its_own_home_too():
    """The stock start (a server exec'd, ``[storm] fork_servers = false``, also what a failed fork
    falls back to) loads the same RTC extensions, its document history and file ids in the
    learner's home as in a fork-started one (test above)."""
    from academy.hub import data_root

    from .conftest import throwaway_district

    with throwaway_district({"storm": {"fork_servers": False}}, people=(("teach", "instructor"), ("alice", "learner")),
                            log_name="hub-rtc-exec-jupyterhub.log") as hub:
        hub.start_server("alice")
        log = (data_root.paths(hub.settings)["hub"] / "jupyterhub.log").read_text(encoding="utf-8", errors="replace")
        assert " for alice (pid" not in log and "Forked" not in log  # exec'd, the stock way
        notebook = {"type": "notebook", "format": "json", "content": {
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
            "cells": [{"cell_type": "code", "id": "a1", "source": "1 + 1", "metadata": {}, "outputs": [],
                       "execution_count": None}]}}
        assert learner(hub, "alice", "PUT", "api/contents/together.ipynb", json=notebook).status_code in (200, 201)
        r = learner(hub, "alice", "PUT", "api/collaboration/session/together.ipynb",
                    json={"format": "json", "type": "notebook"})
        assert r.status_code in (200, 201), r.text
        token = hub.login("alice").headers["Authorization"].split()[1]
        room = websocket.create_connection(hub.base_url.replace("http", "ws", 1)
                                           + f"user/alice/api/collaboration/room/json:notebook:{r.json()['fileId']}",
                                           header=[f"Authorization: token {token}"], timeout=30)
        account = pwd.getpwnam(hub.unix("alice"))
        data = Path(account.pw_dir) / ".local" / "share" / "jupyter"
        deadline = time.monotonic() + 60
        while not (data / "academy_ystore.db").exists():
            assert time.monotonic() < deadline, "no document history in alice's home"
            time.sleep(1)
        room.close()
        for name in ("academy_ystore.db", "file_id_manager.db"):
            assert (data / name).stat().st_uid == account.pw_uid, name
        assert not list(Path(account.pw_dir).glob(".jupyter_ystore.db"))
