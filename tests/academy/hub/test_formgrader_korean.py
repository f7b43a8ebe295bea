"""Issue 17.1: formgrader in Korean, through nbgrader's own hooks, as the instructor in a real browser.

The instructor (``teach``) opens every formgrader page through the real hub and proxy after a
learner's late submission was collected and autograded: no English from the list below may be on the
page once nbgrader's scripts have filled it; module ids carry their Korean title from
syllabus.yml, learners their Korean name family name first ("김민지"), dates Korean time.
Screenshots go to test-artifacts/formgrader-*.png (git-ignored): look at them.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from .conftest import ARTIFACTS, PASSWORD
from .helpers import MODULE, fetch, formgrader, instructor_page, release, solve, submit

pytestmark = pytest.mark.slow

# nbgrader 0.9.6's formgrader words (templates and Backbone views); none may stay on a page we localised.
ENGLISH = ["Manage Assignments", "Manual Grading", "Manage Students", "Loading", "Due Date", "Status", "Edit",
           "Generate", "Preview", "Release", "Collect", "Submission", "Feedback", "Name", "Student", "Score",
           "Search", "None", "draft", "released", "graded", "needs", "Timestamp", "Autograde", "Instructions",
           "Add new", "Overall", "Assignment", "Notebook", "Flagged", "Tests failed", "Save", "Cancel", "Editing",
           "Show All", "Hide All", "Code Score", "Written", "Task", "Email", "Avg.", "exercise", "nbgrader", "UTC"]
TITLE = "허브 점검"  # the test curriculum's title of MODULE (tests/academy/hub/curriculum_fixture.py)


def english_on(text: str) -> list[str]:
    return [word for word in ENGLISH if word in text]


@pytest.fixture(scope="module")
def graded(district_hub):
    """minji (a learner of her own: the shared hub's alice must stay unfetched for other tests)
    submitted MODULE two hours after its due date; it is collected and autograded; her Korean name
    is in the gradebook. The due date is taken away again and minji removed at the end (shared hub)."""
    from nbgrader.api import Gradebook

    from academy.database import course_gradebook_url
    from academy.hub import data_root
    from academy.hub.enrolment import Row, names_in_gradebook
    from academy.hub.people import add_user

    hub = district_hub
    release(hub)
    gradebook = course_gradebook_url(data_root.paths(hub.settings)["course"])
    with Gradebook(gradebook, hub.course) as gb:
        gb.update_or_create_assignment(MODULE, duedate=datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(hours=2))
    add_user(hub.settings, "minji", role="learner", password=PASSWORD.format(name="minji"), full_name="김민지")
    hub.start_server("minji")
    fetch(hub, "minji")
    solve(hub, "minji")
    submit(hub, "minji")
    assert formgrader(hub, "teach", "POST", f"assignment/{MODULE}/collect").json()["success"]
    assert formgrader(hub, "teach", "POST", f"submission/{MODULE}/minji/autograde").json()["success"]
    names_in_gradebook(hub.settings, [Row(0, "minji", "김민지", "learner")])
    yield hub
    with Gradebook(gradebook, hub.course) as gb:
        gb.update_or_create_assignment(MODULE, duedate=None)
    hub.remove("minji")


def open_page(browser, hub):
    """A Chromium page logged in as teach (its context closes with the browser fixture)."""
    return instructor_page(browser, hub)[1]


def visit(page, hub, path: str, shot: str, wait_for: str = "") -> str:
    page.goto(f"{hub.base_url}services/{hub.course}/formgrader/{path}")
    page.wait_for_selector(wait_for or "#main-table")
    # nbgrader's scripts replace the loading row with the table rows (and DataTables its frame).
    page.wait_for_function("() => !document.querySelector('#main-table').innerText.includes('불러오는')"
                           " && document.querySelectorAll('#main-table tr').length > 0")
    page.wait_for_timeout(500)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"formgrader-{shot}.png"), full_page=True)
    # The names toggle keeps nbgrader's English label in the DOM (its script compares it) and
    # shows the Korean one (CSS ::after, data-ko): read what is shown.
    return page.evaluate("""() => {
        const toggle = document.querySelector('#toggle_names');
        if (!toggle) return document.body.innerText;
        const label = toggle.getAttribute('data-ko'), english = toggle.textContent;
        return document.body.innerText.replace(english, '') + '\\n' + label;
    }""")


def test_formgrader_pages_are_korean(graded, browser):
    hub = graded
    page = open_page(browser, hub)

    text = visit(page, hub, "manage_assignments", "1-assignments")
    assert english_on(text) == [], text
    assert "모듈 관리" in text and f"{TITLE} ({MODULE})" in text and "배포됨" in text and "수강생용 만들기" in text

    # A dialog nbgrader's script builds: the due-date editor.
    page.click("#main-table .glyphicon-pencil")
    page.wait_for_selector(".modal-dialog")
    page.wait_for_timeout(300)
    dialog = page.inner_text(".modal-dialog")
    page.screenshot(path=str(ARTIFACTS / "formgrader-2-edit-dialog.png"))
    assert english_on(dialog) == [], dialog
    assert f"{TITLE} ({MODULE}) 고치기" in dialog and "마감 (선택)" in dialog and "저장" in dialog
    page.click(".modal-footer button:has-text('취소')")
    page.wait_for_selector(".modal-dialog", state="detached")

    r = formgrader(hub, "teach", "GET", f"academy/late/{MODULE}")  # what the submissions page asks
    assert r.status_code == 200 and r.json()["minji"] == "2시간 늦음", r.text
    # the page asks the API above once its rows are in: wait for its label
    text = visit(page, hub, f"manage_submissions/{MODULE}", "3-submissions", wait_for="#main-table .academy-late")
    assert english_on(text) == [], text
    assert "김민지" in text and "김, 민지" not in text and "채점 끝" in text
    assert "년 " in text and "월 " in text  # the submission time, Korean style
    assert "마감 뒤 제출 · 2시간 늦음" in text  # from the gradebook

    # The instructor's report says the same (academy grade's CSV).
    from academy.reports.grades import PROGRESS_HEADER, learner_progress
    from academy.hub import data_root

    (row,) = [dict(zip(PROGRESS_HEADER, r)) for r in learner_progress(data_root.paths(hub.settings)["course"])
              if r[0] == "minji" and r[1] == MODULE]
    assert row["늦게 냄"] == "2시간 늦음"

    for path, shot, expected in [("gradebook", "4-gradebook", TITLE), (f"gradebook/{MODULE}", "5-notebooks", "연습 문제"),
                                 (f"gradebook/{MODULE}/exercise", "6-notebook-submissions", "이름 모두 보기"),
                                 ("manage_students", "7-students", "김민지"),
                                 ("manage_students/minji", "8-student", TITLE),
                                 (f"manage_students/minji/{MODULE}", "9-student-module", "연습 문제")]:
        text = visit(page, hub, path, shot)
        assert english_on(text) == [], (path, english_on(text))
        assert expected in text, (path, text)

    # The page that grades one submission (nbgrader's nbconvert template): its frame and labels.
    visit(page, hub, f"gradebook/{MODULE}/exercise", "6-notebook-submissions")
    page.click("#main-table a:has-text('제출물 1번')")
    page.wait_for_selector("nav .navbar-text, nav a:has-text('다음 →')")
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / "formgrader-12-grade-one.png"), full_page=True)
    frame = page.inner_text("nav") + "\n" + "\n".join(page.locator(".panel-heading").all_inner_texts())
    assert english_on(frame) == [], frame
    assert "← 이전" in frame and "다음 →" in frame and "직접 채점" in frame and "제출물 1번" in frame
    page.context.close()


def test_formgrader_submission_results_are_korean(graded, browser):
    """What a button's result dialog says (autograde one learner): Korean, the learner by name."""
    hub = graded
    page = open_page(browser, hub)
    visit(page, hub, f"manage_submissions/{MODULE}", "10-before-autograde")
    page.click("#main-table .glyphicon-flash")
    page.wait_for_selector(".modal-dialog", timeout=180_000)
    page.wait_for_timeout(300)
    dialog = page.inner_text(".modal-dialog")
    page.screenshot(path=str(ARTIFACTS / "formgrader-11-autograde-result.png"))
    assert "자동 채점을 마쳤어요" in dialog and english_on(dialog.split("작업 기록")[0]) == [], dialog
    page.context.close()
