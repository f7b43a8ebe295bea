"""Issue 15: while the hub is down, a learner's running server still fetches and submits.

Through a real district hub: the instructor releases the module; learner alice has a running
server (her token checked once, as an open tab has). The hub is stopped (SIGTERM; the proxy and
her server keep running). Through her server's REST API, via the proxy, she fetches the module,
saves an answer and submits -- nbgrader's exchange does not need the hub for that
(academy/hub/exchange_auth.py). The hub comes back and the instructor collects her submission (`academy grade --collect`'s nbgrader).

While the hub is down her course membership is not widened: as her Unix account, with her
server's config and environment, a submit to another course in the same exchange (one she is not
in, whose inbound nbgrader's design leaves writable) is refused.
"""

from __future__ import annotations

import os
import signal
import time

import pytest

from academy.hub import launch, setup

from .conftest import run_as, throwaway_district
from .helpers import MODULE, fetch, learner, release, solve, submit
from .test_clean_stop import server_process

pytestmark = pytest.mark.slow


def test_fetch_and_submit_while_the_hub_is_down():
    with throwaway_district(log_name="hub-outage-jupyterhub.log") as hub:
        try:
            release(hub)
            hub.start_server("alice")
            assert learner(hub, "alice", "GET", "api/contents").status_code == 200  # token checked once
            exchange = setup.paths(hub.settings)["exchange"]
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
            python = str(setup.runtime_python(hub.settings))
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
            setup.grader_nbgrader(hub.settings, "collect", MODULE)  # as `academy grade --collect` does
            print(f"hub back and collected in {time.monotonic() - t0:.1f} s")
            collected = setup.paths(hub.settings)["course"] / "submitted" / "alice" / MODULE / "exercise.ipynb"
            assert "while the hub was down" in collected.read_text(encoding="utf-8")
        finally:
            if hub.proc.poll() is None:
                launch.stop_hub(hub.proc)
