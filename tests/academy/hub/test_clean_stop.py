"""Issue 20, item 1: every process a learner's server started ends with that server -- when the
server is stopped from the hub, when it crashes, and when the academy stops. Checked by the
learner's UID, not by process names: kernels forked from the warm zygote start their own session
and used to be re-parented to PID 1 and keep running.
"""

from __future__ import annotations

import os
import pwd
import signal
import time

import psutil
import pytest

from academy.hub import launch
from tests.support.probe import Kernel

from .conftest import throwaway_district

pytestmark = pytest.mark.slow


def processes_of(hub, name: str) -> list[psutil.Process]:
    uid = pwd.getpwnam(hub.unix(name)).pw_uid
    return [p for p in psutil.process_iter(["uids", "cmdline"])
            if p.info["uids"] and uid in (p.info["uids"].real, p.info["uids"].effective)]


def describe(procs: list[psutil.Process]) -> list[str]:
    return [f"{p.pid} {' '.join(p.info['cmdline'] or [])[:120]}" for p in procs]


def wait_until_none(hub, name: str, timeout: float) -> list[str]:
    """Wait (bounded) until no process of ``name`` is left; what is left at the end."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        left = processes_of(hub, name)
        if not left:
            return []
        time.sleep(0.5)
    return describe(processes_of(hub, name))


def busy_kernels(hub, name: str, count: int = 2) -> list[Kernel]:
    """``count`` running kernels of ``name`` (forked warm), one of them restarted once."""
    s = hub.login(name)
    token = s.headers["Authorization"].split()[1]
    kernels = [Kernel.start(hub.base_url, name, token) for _ in range(count)]
    for kernel in kernels:
        assert kernel.execute("1 + 1")["result"] == "2"
    r = s.post(f"{hub.base_url}user/{name}/api/kernels/{kernels[0].kernel_id}/restart", timeout=120)
    assert r.status_code == 200, r.text
    assert kernels[0].execute("2 + 2", timeout=120)["result"] == "4"
    return kernels


def server_process(hub, name: str) -> psutil.Process:
    servers = [p for p in processes_of(hub, name) if "jupyterhub.singleuser" in " ".join(p.info["cmdline"] or [])]
    assert len(servers) == 1, describe(processes_of(hub, name))
    return servers[0]


def test_every_learner_process_ends_with_its_server():
    with throwaway_district(log_name="hub-clean-stop-jupyterhub.log") as hub:
        # Stopped from the hub (the learner's "Stop My Server", an admin, or the culler).
        hub.start_server("alice")
        busy_kernels(hub, "alice")
        assert len(processes_of(hub, "alice")) >= 3, describe(processes_of(hub, "alice"))
        r = hub.login("alice").delete(f"{hub.base_url}hub/api/users/alice/server", timeout=120)
        assert r.status_code in (202, 204), r.text
        assert wait_until_none(hub, "alice", 60) == []

        # Crashed: the server process is killed; the hub notices and nothing of bob remains.
        hub.start_server("bob")
        busy_kernels(hub, "bob")
        os.kill(server_process(hub, "bob").pid, signal.SIGKILL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # the next request through the hub makes it look
            model = hub.login("bob").get(f"{hub.base_url}hub/api/users/bob", timeout=30).json()
            if not model["servers"]:
                break
            hub.login("bob").get(f"{hub.base_url}user/bob/api/status", timeout=30)
            time.sleep(1)
        assert wait_until_none(hub, "bob", 60) == []

        # The academy stops (Ctrl-C / SIGTERM on the hub): every learner's processes end.
        hub.start_server("alice")
        hub.start_server("bob")
        busy_kernels(hub, "alice", count=1)
        busy_kernels(hub, "bob", count=1)
        launch.stop_hub(hub.proc)
        assert wait_until_none(hub, "alice", 30) == []
        assert wait_until_none(hub, "bob", 30) == []
