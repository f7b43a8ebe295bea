"""Issue 5, test (b): learners are isolated from each other and from the course side.

Learner A (alice) tries, as her own Unix account and through the hub with her own token, to
reach learner B's (bob's) home, B's submission in the exchange, the gradebook, the source
notebooks with hidden tests, formgrader and B's server. Every attempt must fail.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from .helpers import HIDDEN_MARK, MODULE, fetch, formgrader, learner, release, solve, submit

from academy.hub import data_root

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bob_submitted(district_hub):
    hub = district_hub
    release(hub)
    hub.start_server("bob")
    fetch(hub, "bob")
    solve(hub, "bob", body="    return x + x  # bob's own answer")
    submit(hub, "bob")
    return hub


def test_homes_are_private(bob_submitted):
    hub = bob_submitted
    import pwd

    bob_home = Path(pwd.getpwnam(hub.unix("bob")).pw_dir)
    assert stat.S_IMODE(os.stat(bob_home).st_mode) == 0o700
    assert (bob_home / hub.course / MODULE / "exercise.ipynb").exists()
    listing = hub.as_unix("alice", "ls", str(bob_home))
    assert listing.returncode != 0 and "Permission denied" in listing.stderr
    reading = hub.as_unix("alice", "cat", str(bob_home / hub.course / MODULE / "exercise.ipynb"))
    assert reading.returncode != 0


def test_submissions_in_the_exchange_are_out_of_reach(bob_submitted):
    hub = bob_submitted
    inbound = data_root.paths(hub.settings)["exchange"] / hub.course / "inbound"
    (submission,) = [p for p in inbound.iterdir() if p.name.startswith(f"bob+{MODULE}+")]
    listing = hub.as_unix("alice", "ls", str(inbound))
    assert listing.returncode != 0 and "Permission denied" in listing.stderr
    # Only a guessed name would do, and the name ends in a random string nobody else knows.
    assert len(submission.name.split("+")) == 4
    found = hub.as_unix("alice", "sh", "-c", f"ls -d {inbound}/bob+* 2>&1")
    assert submission.name not in found.stdout


def test_gradebook_and_hidden_tests_are_out_of_reach(bob_submitted):
    hub = bob_submitted
    course = data_root.paths(hub.settings)["course"]
    assert (course / "gradebook.db").exists()
    for target in (course / "gradebook.db", course / "source" / MODULE / "exercise.ipynb", course):
        attempt = hub.as_unix("alice", "cat" if target.is_file() else "ls", str(target))
        assert attempt.returncode != 0 and "Permission denied" in attempt.stderr, target
    released = data_root.paths(hub.settings)["exchange"] / hub.course / "outbound" / MODULE / "exercise.ipynb"
    assert released.exists() and HIDDEN_MARK not in released.read_text(encoding="utf-8")


def test_formgrader_and_other_servers_refuse_a_learner(bob_submitted):
    hub = bob_submitted
    hub.start_server("alice")
    assert formgrader(hub, "alice", "GET", "assignments").status_code == 403
    assert formgrader(hub, "teach", "GET", "assignments").status_code == 200
    alice = hub.login("alice")
    r = alice.get(f"{hub.base_url}user/bob/api/contents/{hub.course}/{MODULE}/exercise.ipynb",
                  allow_redirects=False, timeout=30)
    assert r.status_code in (403, 404) or (r.status_code == 302 and "/user/bob/" not in r.headers["location"])
    r = alice.get(f"{hub.base_url}hub/api/users/bob", timeout=30)
    assert r.status_code in (403, 404)
    # Her own server answers, so the refusals above are about bob, not a broken token.
    assert learner(hub, "alice", "GET", "api/status").status_code == 200


def test_formgrader_runs_no_root_kernels(bob_submitted):
    hub = bob_submitted
    s = hub.login("teach")
    url = f"{hub.base_url}services/{hub.course}/api/kernels"
    assert s.post(url, json={"name": "python3"}, timeout=30).status_code == 403
    assert s.get(f"{hub.base_url}services/{hub.course}/api/terminals", timeout=30).status_code in (403, 404)
