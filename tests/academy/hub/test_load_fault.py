"""Issue 15, item 5 (small): learners keep working through a hub restart and a killed server.

The load-and-fault driver of ``benchmarks/bench_load_fault.py`` at small scale: two learners
execute, save and submit through a real district hub while the hub is restarted (SIGTERM +
start) and then one learner's server is killed (SIGKILL); they work on 6 s after that.
Nothing saved or submitted is lost, every kernel of a learner whose server was not killed is
the same kernel with its state, and every tab opened at the start (cookies + XSRF, one login)
still works. Submitting no longer needs the hub (academy/hub/exchange_auth.py answers nbgrader's
question about the learner's courses while it restarts; test_hub_outage.py proves it alone).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from academy.hub import launch

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from bench_load_fault import Faults, district_fully_up, run_load, table  # noqa: E402

pytestmark = pytest.mark.slow

NAMES = ["ann", "cho"]


def test_hub_restart_and_a_killed_server_lose_nothing():
    with district_fully_up(people=(("teach", "instructor"), *((n, "learner") for n in NAMES)),
                           log_name="hub-load-fault-jupyterhub.log") as hub:
        try:
            report = run_load(hub, NAMES, seconds=10, faults=Faults(hub_restart=2, server_kill=4),
                              submit_every=2, victim="cho", tail=6)
        finally:
            launch.stop_hub(hub.proc)  # the restarted hub (the district stops the first one)
    print("\n" + table(report))
    learners = {one.name: one for one in report["learners"]}
    assert report["lost"] == [], table(report)
    assert len(report["injected"]) == 2 and "hub restart" in report["injected"][0], report["injected"]
    ann = learners["ann"]
    assert ann.kernel_kept, "ann's kernel and its variable survive the hub restart"
    kernel_trouble = {kind: ann.failures[kind] for kind in ("kernel state lost", "kernel dead", "websocket drop")}
    assert not any(kernel_trouble.values()), f"ann's open kernel tab was never cut: {kernel_trouble}"
    assert all(report["tabs_ok"][name] for name in NAMES), report["tabs_ok"]
    cho = learners["cho"]
    assert cho.ops["relaunch"] >= 1 and cho.kernel_kept is False, "the killed server was started again"
    assert all(one.ops["execute"] and one.ops["save"] and one.submitted for one in learners.values()), table(report)
