"""Issue 5, test (a): the whole assignment round trip through the real hub and proxy.

The instructor releases from formgrader, a learner fetches, edits, submits from the
Assignments API of their own server; the instructor collects, autogrades, releases
feedback; the learner fetches the feedback, which shows the score and no hidden test.
"""

from __future__ import annotations

import pytest
from .helpers import HIDDEN_MARK, MODULE, fetch, formgrader, learner, release, solve, submit

pytestmark = pytest.mark.slow


def test_release_fetch_submit_collect_autograde_feedback(district_hub):
    hub = district_hub
    release(hub)

    hub.start_server("alice")
    listed = learner(hub, "alice", "GET", "assignments", params={"course_id": hub.course}).json()["value"]
    assert [a["assignment_id"] for a in listed if a["status"] == "released"] == [MODULE]
    fetched = fetch(hub, "alice")
    assert any(a["assignment_id"] == MODULE and a["status"] == "fetched" for a in fetched)
    solve(hub, "alice")
    submit(hub, "alice")

    r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/collect")
    assert r.status_code == 200 and r.json()["success"], r.text
    r = formgrader(hub, "teach", "POST", f"submission/{MODULE}/alice/autograde")
    assert r.status_code == 200 and r.json()["success"], r.text
    submission = formgrader(hub, "teach", "GET", f"submission/{MODULE}/alice").json()
    assert submission["score"] == submission["max_score"] == 2.0
    r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/generate_feedback")
    assert r.status_code == 200 and r.json()["success"], r.text
    r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/release_feedback")
    assert r.status_code == 200 and r.json()["success"], r.text

    r = learner(hub, "alice", "POST", "assignments/fetch_feedback",
                data={"course_id": hub.course, "assignment_id": MODULE})
    assert r.status_code == 200 and r.json()["success"], r.text
    feedback_root = f"api/contents/{hub.course}/{MODULE}/feedback"
    (stamp,) = [entry["name"] for entry in learner(hub, "alice", "GET", feedback_root).json()["content"]]
    html = learner(hub, "alice", "GET", f"{feedback_root}/{stamp}/exercise.html").json()["content"]
    assert "점수 2 / 2" in html and "double" in html
    assert HIDDEN_MARK not in html, "hidden tests must never reach learners through feedback"
