"""Issue 5, isolation: a learner's kernel that allocates past the district's memory limit stops,
the learner reads why in Korean, and nothing else is touched (her server, another learner's kernel).
"""

from __future__ import annotations

import time

import pytest

from tests.support.probe import Kernel

pytestmark = pytest.mark.slow


def token_of(hub, name: str) -> str:
    return hub.login(name).headers["Authorization"].split()[1]


def test_allocation_past_the_limit_stops_only_that_kernel(district_hub):
    hub = district_hub
    limit_mb = hub.settings["limits"]["memory_mb"]
    for name in ("alice", "bob"):
        hub.start_server(name)
    greedy = Kernel.start(hub.base_url, "alice", token_of(hub, "alice"))
    other = Kernel.start(hub.base_url, "bob", token_of(hub, "bob"))
    assert greedy.execute("small = bytearray(50 * 1024 * 1024); len(small)")["result"] == str(50 * 1024 * 1024)
    assert other.execute("x = 41")["status"] == "ok"

    outcome = greedy.execute(f"big = bytearray({limit_mb + 200} * 1024 * 1024)")
    assert outcome["status"] in ("error", "dead"), outcome
    assert "메모리 한도" in outcome["error"] and f"{limit_mb}MB" in outcome["error"], outcome

    # That kernel stops (Jupyter then starts a fresh one): the variable from before is gone.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        after = greedy.execute("'small' in dir()", timeout=60)
        if after["result"] == "False":
            break
        time.sleep(1)
    assert after["result"] == "False", after

    # Bob's kernel kept its state; alice's server still answers.
    assert other.execute("x + 1")["result"] == "42"
    assert hub.login("alice").get(f"{hub.base_url}user/alice/api/status", timeout=30).status_code == 200
