"""Issue 15: while the hub is down, a learner's running server still fetches and submits.

Through a real district hub: the instructor releases the module; learner alice has a running
server (her token checked once, as an open tab has). The hub is stopped (SIGTERM; the proxy and
her server keep running). Through her server's REST API, via the proxy, she fetches the module,
saves an answer and submits -- nbgrader's exchange does not need the hub for that
(academy/hub/exchange_auth.py). The hub comes back and the instructor collects her submission (`academy grade --collect`'s nbgrader).

While the hub is down her course membership is not widened: as her Unix account, with her
server's config and environment, a submit to another course in the same exchange (one she is not
in, whose inbound nbgrader's design leaves writable) is refused.

A longer outage: past HubAuth's token cache, tabs the hub vouched for keep working, and a
request the server cannot check gets a Korean page saying the academy is back shortly.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest
import requests

from academy.hub import data_root, launch, release
from academy.messages import say

from .conftest import ARTIFACTS, run_as, throwaway_district
from .helpers import MODULE, fetch, learner, solve, submit
from .test_clean_stop import server_process

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hub-hub_outage")]  # one module hub, one worker (its log file too)


@pytest.fixture(scope="module")
def hub():
    with throwaway_district(log_name="hub-outage-jupyterhub.log") as hub:
        try:
            yield hub
        finally:
            launch.stop_hub(hub.proc)  # the restarted hub, or the stopped one (stops learners by account)


def test_fetch_and_submit_while_the_hub_is_down(hub):
    release.release(hub.settings, [MODULE])  # as the instructor releases (nbgrader generate + release)
    hub.start_server("alice")
    assert learner(hub, "alice", "GET", "api/contents").status_code == 200  # token checked once
    exchange = data_root.paths(hub.settings)["exchange"]
    other = exchange / "other"  # a course alice is not in, as a second course would be made
    for folder, mode in ((other, 0o755), (other / "inbound", 0o733), (other / "outbound", 0o755)):
        folder.mkdir()
        os.chmod(folder, mode)

    server = server_process(hub, "alice")
    hub.proc.send_signal(signal.SIGTERM)
    hub.proc.wait(60)
    t0 = time.monotonic()
    fetch(hub, "alice")  # success, or the helper says what the learner saw
    solve(hub, "alice", "    return x + x  # while the hub was down")
    submit(hub, "alice")
    print(f"\nfetch + save + submit with the hub down: {time.monotonic() - t0:.1f} s")
    inbound = exchange / hub.course / "inbound"
    assert [e.name for e in inbound.iterdir() if e.name.startswith(f"alice+{MODULE}+")], "submitted"

    home = f"{hub.settings['accounts']['home_root']}/{hub.unix('alice')}"
    copied = hub.as_unix("alice", "cp", "-r", f"{home}/{hub.course}", f"{home}/other")
    assert copied.returncode == 0, copied.stderr
    server_env = server.environ()
    env = {"HOME": home, "LANG": "C.UTF-8", **{k: server_env[k] for k in (
        "PATH", "JUPYTER_CONFIG_PATH", "JUPYTERHUB_USER", "JUPYTERHUB_API_TOKEN", "JUPYTERHUB_API_URL")}}
    python = str(data_root.runtime_python(hub.settings))
    refused = run_as(hub.unix("alice"), python, "-m", "nbgrader", "submit", MODULE, "--course", "other",
                     cwd=home, env=env, timeout=120)
    assert refused.returncode != 0, refused.stdout + refused.stderr
    assert "You do not have access to this course" in refused.stdout + refused.stderr, refused.stderr
    assert list((other / "inbound").iterdir()) == [], "nothing reached the other course"
    # ... and the same command to her own course works, hub down (the check is not just "refuse").
    ok = run_as(hub.unix("alice"), python, "-m", "nbgrader", "submit", MODULE, "--course", hub.course,
                cwd=home, env=env, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr

    t0 = time.monotonic()
    hub.proc = launch.start_hub(hub.settings["district"]["id"], districts=hub.districts, timeout=120)
    release.grader_nbgrader(hub.settings, "collect", MODULE)  # as `academy grade --collect` does
    print(f"hub back and collected in {time.monotonic() - t0:.1f} s")
    collected = data_root.paths(hub.settings)["course"] / "submitted" / "alice" / MODULE / "exercise.ipynb"
    assert "while the hub was down" in collected.read_text(encoding="utf-8")


def test_a_long_outage_keeps_vouched_tabs_working_and_says_so_in_korean_otherwise(hub, browser):
    """Past HubAuth's cache (here 1 s, stock 300 s; bob's own server config), the hub down: a
    token the hub vouched for still works (academy/hub/hub_away.py); one it never saw gets the
    Korean 503 page (browser) or JSON (API) instead of an English 500 "Failed to connect"."""
    home = Path(hub.settings["accounts"]["home_root"]) / hub.unix("bob")
    user_config = home / ".jupyter" / "jupyter_server_config.json"
    user_config.parent.mkdir(exist_ok=True)
    user_config.write_text(json.dumps({"HubOAuth": {"cache_max_age": 1}}))
    for path in (user_config.parent, user_config):
        shutil.chown(path, hub.unix("bob"), hub.unix("bob"))
    hub.start_server("bob")
    s = hub.login("bob")
    assert learner(hub, "bob", "GET", "api/contents").status_code == 200  # the open tab's token, vouched
    r = s.post(f"{hub.base_url}hub/api/users/bob/tokens", json={"note": "a tab opened later", "expires_in": 3600},
               timeout=30)
    assert r.status_code == 201, r.text
    unseen = r.json()["token"]

    if hub.proc.poll() is None:
        hub.proc.send_signal(signal.SIGTERM)
        hub.proc.wait(60)
    time.sleep(2)  # past bob's cache_max_age: every token must be asked of the hub again
    for _ in range(2):
        r = learner(hub, "bob", "GET", "api/contents")
        assert r.status_code == 200, (r.status_code, r.text[:500])

    r = requests.get(f"{hub.base_url}user/bob/api/contents", headers={"Authorization": f"token {unseen}"}, timeout=60)
    assert r.status_code == 503, (r.status_code, r.text[:500])
    assert r.json()["message"] == say("hub.hub_away"), r.text
    r = requests.get(f"{hub.base_url}user/bob/lab", headers={"Authorization": f"token {unseen}"}, timeout=60)
    assert r.status_code == 503 and r.headers["Content-Type"].startswith("text/html"), (r.status_code, r.text[:500])
    assert say("hub.hub_away") in r.text and "Failed to connect" not in r.text, r.text[:500]
    context = browser.new_context(extra_http_headers={"Authorization": f"token {unseen}"}, locale="ko-KR")
    try:
        page = context.new_page()
        response = page.goto(f"{hub.base_url}user/bob/lab", timeout=60_000)
        assert response.status == 503, response.status
        assert "곧 돌아와요" in page.title() and say("hub.hub_away") in page.inner_text("main")
        assert "Failed to connect" not in page.content()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "hub-away-learner-server.png"))
    finally:
        context.close()
