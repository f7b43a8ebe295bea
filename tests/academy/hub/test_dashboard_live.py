"""Issue 17.3 through the real hub: the class dashboard 수업 현황판, as the instructor in Chromium.

Five fresh learners of the session's hub hand in planted answers to the module (right, two kinds of
wrong, the untouched stub, right but late) and keep instant-check records (stuck on the module's
problem for days / hours, one unstuck; a declared likely mistake of a real lesson's problem). The
instructor opens the dashboard: the hand-ins wait for grading; "전체 채점" runs the engine of
``academy grade`` in the background with a progress bar that reaches 100 %; every figure on the
page is then compared with nbgrader's gradebook (scores, late marks, who got the part), and the CSV
one click away decodes as utf-8-sig with the same numbers. A learner and another course's
instructor are refused (403). Screenshot: test-artifacts/dashboard.png (look at it).
"""

from __future__ import annotations

import csv
import json
import re
import secrets
from datetime import datetime, timedelta, timezone

import pytest

from .conftest import ARTIFACTS, PASSWORD
from .helpers import MODULE, browser_session, release

pytestmark = pytest.mark.slow

PAGE = "services/academy-dashboard/"
ANSWERS = {  # learner -> (Korean name, the body of double(x) or None for the released stub)
    "dara": ("김다라", "    return 2 * x"),
    "hani": ("이하니", "    return x + 2"),   # passes the visible test, fails the hidden one
    "jiho": ("박지호", "    return x * 3"),
    "yuna": ("최유나", None),
    "sol": ("정솔", "    return 2 * x"),      # handed in after the due date
}


def checks_line(module: str, problem: str, kind: str, at: datetime, mistake: int | None = None) -> str:
    entry = {"module": module, "problem": problem, "kind": kind, "at": at.isoformat(timespec="seconds")}
    if mistake is not None:
        entry["mistake"] = mistake
    return json.dumps(entry)


@pytest.fixture(scope="module")
def planted(district_hub):
    """The five learners, their hand-ins in ``submitted/`` (as collected) and their check records;
    a due date between sol's and everyone else's. Gone again at the end (shared hub)."""
    from nbgrader.api import Gradebook

    from academy.database import course_gradebook_url
    from academy.hub import data_root
    from academy.hub.enrolment import Row, names_in_gradebook
    from academy.hub.people import add_user
    from tests.support.sample_class import submit

    hub = district_hub
    release(hub)
    root = data_root.paths(hub.settings)["course"]
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    due = now + timedelta(days=1)
    with Gradebook(course_gradebook_url(root), hub.course) as gb:
        before = gb.find_assignment(MODULE).duedate
        gb.update_or_create_assignment(MODULE, duedate=due)
    from academy.exercises.m01_values import lesson

    problem = next(p for p in lesson if len(p.mistakes) > 1)
    at = datetime.now(timezone.utc)
    records = {  # (module, problem, kind, when, mistake index)
        "hani": [(MODULE, "double", "incorrect", at - timedelta(days=3), None),
                 (MODULE, "double", "incorrect", at - timedelta(days=2), None),
                 ("01-values", problem.name, "incorrect", at - timedelta(hours=1), 1)],
        "jiho": [(MODULE, "double", "incorrect", at - timedelta(hours=5), None),
                 ("01-values", problem.name, "incorrect", at - timedelta(hours=2), 1)],
        "dara": [(MODULE, "double", "incorrect", at - timedelta(days=4), None),
                 (MODULE, "double", "correct", at - timedelta(days=4, minutes=-5), None),
                 ("01-values", problem.name, "incorrect", at - timedelta(hours=3), 0)],
    }
    for name, (full, body) in ANSWERS.items():
        add_user(hub.settings, name, role="learner", password=PASSWORD.format(name=name), full_name=full)
        stamp = due + timedelta(hours=3) if name == "sol" else now - timedelta(minutes=10)
        # as collected from the exchange: nbgrader submit's secret rides along (release_feedback needs it)
        submit(root, MODULE, name, {"answer": "def double(x):\n" + body} if body else None,
               timestamp=stamp.strftime("%Y-%m-%d %H:%M:%S.%f UTC"),
               files={"submission_secret.txt": secrets.token_hex(16)})
        lines = "".join(checks_line(*entry) + "\n" for entry in records.get(name, []))
        if lines:
            r = hub.as_unix(name, "/usr/bin/python3", "-c",
                            "import os; os.makedirs(os.path.expanduser('~/.academy'), mode=0o700, exist_ok=True); "
                            f"open(os.path.expanduser('~/.academy/checks.jsonl'), 'a').write({lines!r})")
            assert r.returncode == 0, r.stderr
    names_in_gradebook(hub.settings, [Row(0, name, full, "learner") for name, (full, _) in ANSWERS.items()])
    yield hub, root, problem
    with Gradebook(course_gradebook_url(root), hub.course) as gb:
        gb.update_or_create_assignment(MODULE, duedate=before)
    for name in ANSWERS:
        hub.remove(name)


def setup_paths(hub):
    from academy.hub import data_root

    return data_root.paths(hub.settings)


def gradebook_figures(root):
    """What nbgrader's gradebook says: per learner (score, max, seconds late); per part (graded, full marks)."""
    from nbgrader.api import Gradebook

    from academy.database import course_gradebook_url

    learners, graded, full = {}, 0, 0
    with Gradebook(course_gradebook_url(root)) as gb:
        for sub in gb.assignment_submissions(MODULE):
            learners[sub.student_id] = (sub.score, sub.max_score, sub.total_seconds_late)
            for nb in sub.notebooks:
                for grade in nb.grades:
                    if grade.name == "test_double" and grade.score is not None:
                        graded += 1
                        full += grade.score >= grade.max_score
    return learners, graded, full


def test_dashboard_figures_match_the_gradebook_and_only_instructors_get_in(planted, browser):
    from academy.deadlines import lateness
    from academy.messages import say
    from academy.reports.grades import ITEM_HEADER, PROGRESS_HEADER

    hub, root, problem = planted
    url = hub.base_url + PAGE
    # a learner, and an instructor of another course (formgrade-<other>, not this course's group): 403
    learner = browser_session(hub, "dara").get(url, timeout=60)
    # (the hub refuses to hand them a token for the service: its own 403 page)
    assert learner.status_code == 403 and 'id="class"' not in learner.text
    from academy.hub.api import HubAPI
    from academy.hub.people import add_user

    api = HubAPI(hub.settings)
    add_user(hub.settings, "otherteach", role="learner", password=PASSWORD.format(name="otherteach"))
    try:
        api.request("DELETE", f"/groups/nbgrader-{hub.course}/users", {"users": ["otherteach"]})
        api.call("POST", "/groups/formgrade-elsewhere")
        api.request("POST", "/groups/formgrade-elsewhere/users", {"users": ["otherteach"]})
        other = browser_session(hub, "otherteach").get(url, timeout=60)
        assert other.status_code == 403 and 'id="class"' not in other.text
    finally:
        hub.remove("otherteach")
        api.call("DELETE", "/groups/formgrade-elsewhere")

    # the instructor, in Chromium
    session = hub.login("teach")
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, locale="ko-KR")
    context.add_cookies([{"name": c.name, "value": c.value, "url": hub.base_url.rstrip("/") + (c.path or "/")}
                         for c in session.cookies])
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(url)
    page.wait_for_selector("#class")
    for name in ANSWERS:  # handed in, not graded yet
        assert page.get_attribute(f'tr[data-learner="{name}"] td[data-module="{MODULE}"]', "data-state") == "waiting"
    assert "김다라" in page.inner_text("#class")

    page.click("#grade-all")
    page.wait_for_function("() => document.querySelector('#bar').dataset.state === 'running'"
                           " || document.querySelector('#bar').dataset.state === 'done'")
    page.wait_for_function("() => ['done', 'failed'].includes(document.querySelector('#bar').dataset.state)",
                           timeout=300_000)
    status = browser_session(hub, "teach").get(url + "job", timeout=60).json()  # what the bar polls
    assert status["state"] == "done" and status["percent"] == 100, status
    assert page.get_attribute("#bar", "aria-valuenow") == "100"

    # "피드백 모두 돌려주기": every graded learner's feedback lands in the exchange (nbgrader release_feedback)
    feedback = setup_paths(hub)["exchange"] / hub.course / "feedback"
    released = set(feedback.glob("*.html")) if feedback.is_dir() else set()
    page.click("#release-all")
    page.wait_for_function("() => document.querySelector('#job-message').innerText.includes('피드백을 돌려줬어요')",
                           timeout=300_000)
    log = setup_paths(hub)["course"] / ".academy-grading" / "dashboard" / "job.log"
    assert page.get_attribute("#bar", "data-state") == "done", (page.inner_text("#job-message"),
                                                                log.read_text(errors="replace")[-3000:])
    assert len(set(feedback.glob("*.html")) - released) >= len(ANSWERS)

    page.goto(url)
    page.wait_for_selector("#parts")
    page.wait_for_function("() => [...document.querySelectorAll('#charts img')].every(i => i.naturalWidth > 0)")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    learners, graded, full = gradebook_figures(root)
    for name in ANSWERS:
        cell = f'tr[data-learner="{name}"] td[data-module="{MODULE}"]'
        score, top, late = learners[name]
        assert page.get_attribute(cell, "data-state") == "graded", name
        assert float(page.get_attribute(cell, "data-score")) == round(score, 2), name
        assert float(page.get_attribute(cell, "data-max")) == round(top, 2), name
        assert page.get_attribute(cell, "data-late") == lateness(late), name
    assert [learners[n][0] for n in ANSWERS] == [2, 0, 0, 0, 2]  # the planted mistakes cost the part
    assert page.get_attribute(f'tr[data-learner="sol"] td[data-module="{MODULE}"]', "data-late") == "3시간 늦음"
    part = f'#parts tr[data-part="{MODULE}/test_double"]'
    assert int(page.get_attribute(part, "data-got")) == full and int(page.get_attribute(part, "data-graded")) == graded
    assert f"{full} / {graded}명" in page.inner_text(part)
    # hani's and jiho's hidden-test failure, a bare assert: said in Korean, the error's name kept
    assert say("reports.bare_error.AssertionError") in page.inner_text(f"{part} .grader-mistake")
    assert "assert double" not in page.content() and "return x" not in page.content()  # no test or learner code
    stuck = page.inner_text(f"{part} .stuck")
    assert re.search(r"이하니 \(3일째\), 박지호 \(5시간째\)", stuck) and "김다라" not in stuck, stuck
    row = page.inner_text(f'#stuck tr[data-problem="01-values/{problem.name}"]')
    assert problem.mistakes[1].say.replace("`", "") in row and "(2번)" in row, row

    # the CSV one click away: utf-8-sig, the page's numbers
    s = browser_session(hub, "teach")
    raw = s.get(url + "csv/progress.csv", timeout=60)
    assert raw.status_code == 200 and raw.content.startswith(b"\xef\xbb\xbf"), raw.text[:200]
    rows = {r["수강생"]: r for r in csv.DictReader(raw.content.decode("utf-8-sig").splitlines())
            if r["모듈"] == MODULE}
    assert list(csv.reader(raw.content.decode("utf-8-sig").splitlines()))[0] == PROGRESS_HEADER
    for name in ANSWERS:
        assert float(rows[name]["점수"]) == round(learners[name][0], 2) and rows[name]["늦게 냄"] == lateness(learners[name][2])
    items = s.get(url + "csv/items.csv", timeout=60).content.decode("utf-8-sig")
    (item,) = [dict(zip(ITEM_HEADER, r)) for r in csv.reader(items.splitlines()[1:]) if r[1] == "test_double"]
    assert int(item["만점 인원"]) == full and int(item["채점 인원"]) == graded
    context.close()


def test_the_service_itself_refuses_a_token_without_the_instructors_role(district_hub):
    """The browser refusals above are the hub's (it hands no OAuth token for the service to a person
    without its access role), so they hold even if the service checked nothing. An API token a
    learner makes for themself (/hub/token) goes straight to the service: the service's own check
    (HubOAuthenticated's access scope, granted to formgrade-<course> only) must answer 403 for the
    page, the CSV and the job; the course's instructor's token gets in."""
    import requests

    from academy.hub.api import HubAPI
    from academy.hub.people import add_user

    hub = district_hub
    url = hub.base_url + PAGE
    api = HubAPI(hub.settings)
    add_user(hub.settings, "tokenkim", role="learner", password=PASSWORD.format(name="tokenkim"))
    add_user(hub.settings, "tokenteach", role="learner", password=PASSWORD.format(name="tokenteach"))
    try:  # tokenteach: another course's instructor (formgrade-<other>), not in this course
        api.request("DELETE", f"/groups/nbgrader-{hub.course}/users", {"users": ["tokenteach"]})
        api.call("POST", "/groups/formgrade-elsewhere2")
        api.request("POST", "/groups/formgrade-elsewhere2/users", {"users": ["tokenteach"]})
        for name in ("tokenkim", "tokenteach"):
            token = {"Authorization": hub.login(name).headers["Authorization"]}
            for path in ("", "job", "csv/progress.csv", "chart/progress.png"):
                r = requests.get(url + path, headers=token, allow_redirects=False, timeout=120)
                assert r.status_code == 403 and 'id="class"' not in r.text, (name, path, r.status_code, r.text[:300])
        token = {"Authorization": hub.login("teach").headers["Authorization"]}
        r = requests.get(url + "job", headers=token, allow_redirects=False, timeout=120)
        assert r.status_code == 200 and "state" in r.json(), r.text[:300]  # the same kind of token, let in
    finally:
        hub.remove("tokenkim")
        hub.remove("tokenteach")
        api.call("DELETE", "/groups/formgrade-elsewhere2")

