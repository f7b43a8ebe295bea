"""Issue 17.2: the district's late policy holds when the instructor grades with formgrader's own
"autograde" button (nbgrader's AssignLatePenalties step with academy/grading/late.py), not only
through ``academy grade``.

A learner of the shared hub fetches, solves and submits the module after its due date from their
own server; formgrader collects it. With ``[deadlines] late_policy = "refuse"`` written into the
course's and formgrader's config as ``academy hub setup`` writes it, formgrader's autograde API
makes the submission count 0 points: the learner's feedback says "마감이 지난 뒤 제출해서 점수에 들어가지
않아요"; formgrader's submissions page, the report and the class dashboard mark it (screenshots:
test-artifacts/formgrader-late-refused.png, dashboard-late-refused.png). Under ``accept`` the same
submission, graded again by the same button, keeps its points.
"""

from __future__ import annotations

import copy
import html
import re
from datetime import datetime, timedelta, timezone

import pytest

from .conftest import ARTIFACTS, PASSWORD
from .helpers import MODULE, fetch, formgrader, instructor_page, release, solve, submit

pytestmark = pytest.mark.slow

NAME = "hyeon"
REASON = "마감이 지난 뒤 제출해서 점수에 들어가지 않아요"
SHORT = "점수에 안 들어감(0점)"  # the instructors' mark (formgrader, dashboard); REASON on hover


def write_policy(hub, policy: str) -> None:
    """The course root's and formgrader's nbgrader config as ``academy hub setup`` writes them for a
    district with ``[deadlines] late_policy = policy`` (formgrader reads both on every API call)."""
    from academy.admin.course import course_settings, write_nbgrader_config
    from academy.hub import data_root

    settings = copy.deepcopy(hub.settings)
    settings["deadlines"]["late_policy"] = policy
    course = data_root.paths(settings)["course"]
    write_nbgrader_config(course / "nbgrader_config.py",
                          course_settings(course, hub.course, more=data_root.nbgrader_settings(settings, "course")),
                          shared=True)
    data_root.write_jupyter_config(settings)


@pytest.fixture(scope="module")
def late_submission(district_hub):
    """NAME's own submission, two hours after the due date, collected by formgrader; the due date,
    the policy and NAME are put back / removed at the end (shared hub)."""
    from nbgrader.api import Gradebook

    from academy.database import course_gradebook_url
    from academy.hub import data_root
    from academy.hub.people import add_user

    hub = district_hub
    release(hub)
    gradebook = course_gradebook_url(data_root.paths(hub.settings)["course"])
    with Gradebook(gradebook, hub.course) as gb:
        before = gb.find_assignment(MODULE).duedate
        gb.update_or_create_assignment(MODULE, duedate=datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(hours=2))
    try:
        add_user(hub.settings, NAME, role="learner", password=PASSWORD.format(name=NAME))
        hub.start_server(NAME)
        fetch(hub, NAME)
        solve(hub, NAME)
        submit(hub, NAME)
        r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/collect")
        assert r.status_code == 200 and r.json()["success"], r.text
        yield hub, gradebook
    finally:
        write_policy(hub, hub.settings["deadlines"]["late_policy"])
        with Gradebook(gradebook, hub.course) as gb:
            gb.update_or_create_assignment(MODULE, duedate=before)
        hub.remove(NAME)


def grade_with_formgrader(hub, gradebook: str) -> dict:
    """formgrader's autograde and feedback buttons (their API) for NAME; what the gradebook then says."""
    from nbgrader.api import Gradebook

    from academy.deadlines import counted_score, refused

    r = formgrader(hub, "teach", "POST", f"submission/{MODULE}/{NAME}/autograde")
    assert r.status_code == 200 and r.json()["success"], r.text
    r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/{NAME}/generate_feedback")
    assert r.status_code == 200 and r.json()["success"], r.text
    with Gradebook(gradebook, hub.course) as gb:
        s = gb.find_submission(MODULE, NAME)
        return {"late": s.total_seconds_late > 0, "raw": s.score, "counted": counted_score(s), "refused": refused(s)}


def feedback_text(hub) -> str:
    from academy.hub import data_root

    page = (data_root.paths(hub.settings)["course"] / "feedback" / NAME / MODULE / "exercise.html").read_text(encoding="utf-8")
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style.*?</style>", "", page, flags=re.S))).split())


def progress_row(hub) -> dict:
    from academy.reports.grades import PROGRESS_HEADER, learner_progress
    from academy.hub import data_root

    (row,) = [dict(zip(PROGRESS_HEADER, r)) for r in learner_progress(data_root.paths(hub.settings)["course"])
              if r[0] == NAME and r[1] == MODULE]
    return row


def test_formgrader_autograde_counts_a_late_submission_0_under_refuse_and_keeps_it_under_accept(late_submission, browser):
    hub, gradebook = late_submission

    write_policy(hub, "refuse")
    graded = grade_with_formgrader(hub, gradebook)
    assert graded == {"late": True, "raw": 2.0, "counted": 0.0, "refused": True}, graded  # graded, counts 0
    text = feedback_text(hub)
    assert "마감이 지난 뒤 제출해서(2시간 늦음) 점수에 들어가지 않아요" in text, text
    assert "점수 0 / 2" in text, text
    r = formgrader(hub, "teach", "GET", f"academy/late/{MODULE}")  # formgrader's late mark on its submissions page
    assert r.status_code == 200 and r.json()[NAME] == f"2시간 늦음 · {SHORT}", r.text
    row = progress_row(hub)
    assert (row["점수"], row["늦게 냄"], row["늦어서 0점"]) == (0.0, "2시간 늦음", "예"), row
    # what the instructor sees: formgrader's submissions page and the class dashboard, in Chromium
    context, page = instructor_page(browser, hub)
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{hub.base_url}services/{hub.course}/formgrader/manage_submissions/{MODULE}")
    page.wait_for_selector("#main-table .academy-late")
    page.screenshot(path=str(ARTIFACTS / "formgrader-late-refused.png"), full_page=True)
    assert f"마감 뒤 제출 · 2시간 늦음 · {SHORT}" in page.inner_text("#main-table")
    page.goto(hub.base_url + "services/academy-dashboard/")
    cell = page.wait_for_selector(f'tr[data-learner="{NAME}"] td[data-module="{MODULE}"]')
    cell.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "dashboard-late-refused.png"), full_page=True)
    assert (cell.get_attribute("data-state"), cell.get_attribute("data-score"), cell.get_attribute("data-refused")) == (
        "graded", "0.0", "yes")
    assert SHORT in cell.inner_text() and cell.query_selector(".tag-refused").get_attribute("title") == REASON
    context.close()

    # the district accepts late work: the same button grades the same submission anew, and it counts
    write_policy(hub, "accept")
    graded = grade_with_formgrader(hub, gradebook)
    assert graded == {"late": True, "raw": 2.0, "counted": 2.0, "refused": False}, graded
    text = feedback_text(hub)
    assert REASON not in text and "점수 2 / 2" in text, text
    assert formgrader(hub, "teach", "GET", f"academy/late/{MODULE}").json()[NAME] == "2시간 늦음"
    row = progress_row(hub)
    assert (row["점수"], row["늦게 냄"], row["늦어서 0점"]) == (2.0, "2시간 늦음", ""), row
