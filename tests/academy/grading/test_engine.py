"""Class grading end to end: same scores as stock nbgrader, resumable, CSV for Korean Excel,
and the sandbox also applies when grading starts from nbgrader's own CLI."""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pytest

from academy.admin.course import nbgrader
from academy.grading.engine import grade_module
from tests.support.sample_class import make_course, scores, submit

from .conftest import CORRECT, FAST_LIMITS, FULL_MARKS, MODULE, PANDAS_MODULE, needs_root

pytestmark = [needs_root, pytest.mark.slow]

CLASS = {
    "kim-correct": CORRECT,
    "lee-partial": {**CORRECT, "likes_by_platform": "def likes_by_platform(df):\n    return df.groupby('platform')['likes'].sum().to_dict()"},
    "park-wrong": {"total_likes": "total_likes = 5", "top_post": "def top_post(df):\n    return 'x'"},
    "choi-erroring": {**CORRECT, "top_post": "def top_post(df):\n    return df['nope']"},
    "jung-blank": {},
    "kang-rigged-eq": {**CORRECT, "total_likes": "class Always:\n    def __eq__(self, other):\n        return True\ntotal_likes = Always()"},
}


@pytest.fixture(scope="module")
def graded_pair(tmp_path_factory):
    base = tmp_path_factory.mktemp("pair")
    stock = make_course(base / "stock", PANDAS_MODULE, stock=True, extra_config="c.Execute.timeout = 10\n")
    engine = make_course(base / "engine", PANDAS_MODULE, extra_config=FAST_LIMITS)
    for course in (stock, engine):
        for student, answers in CLASS.items():
            submit(course, MODULE, student, answers)
    nbgrader(stock, "autograde", MODULE)
    report = grade_module(engine, MODULE, workers=2, export=base / "grades.csv")
    return stock, engine, report, base


def test_scores_identical_to_stock_nbgrader(graded_pair):
    stock, engine, report, _ = graded_pair
    assert report.failed == {} and report.graded == len(CLASS)
    assert scores(engine, MODULE) == scores(stock, MODULE)
    assert scores(engine, MODULE)["kim-correct"] == FULL_MARKS
    assert scores(engine, MODULE)["kang-rigged-eq"]["test_total_likes"] == 0  # hidden type check


def test_feedback_generated_without_hidden_tests(graded_pair):
    _, engine, _, _ = graded_pair
    page = (engine / "feedback" / "kim-correct" / MODULE / "exercise.html").read_text(encoding="utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<style.*?</style>", "", page, flags=re.S))).split())
    assert "점수 8 / 8" in text and "assert total_likes == 360" in text
    assert "type(total_likes) is int" not in text and "HIDDEN" not in text


def test_grades_csv_opens_in_korean_excel(graded_pair):
    _, _, _, base = graded_pair
    raw = (base / "grades.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert {r["student_id"] for r in rows} == set(CLASS)


def test_resume_skips_unchanged_and_regrades_changed(graded_pair):
    _, engine, _, _ = graded_pair
    again = grade_module(engine, MODULE, workers=2, feedback=False, progress=False)
    assert again.skipped == len(CLASS) and again.graded == 0
    submit(engine, MODULE, "jung-blank", CORRECT, timestamp="2026-11-21 09:00:00.000000 UTC")
    third = grade_module(engine, MODULE, workers=2, feedback=False, progress=False)
    assert third.graded == 1 and third.skipped == len(CLASS) - 1
    assert scores(engine, MODULE)["jung-blank"] == FULL_MARKS


def test_nbgrader_cli_grades_in_the_sandbox_too(tmp_path: Path):
    course = make_course(tmp_path / "cli", PANDAS_MODULE, extra_config=FAST_LIMITS)
    escape = "open('../../../gradebook.db', 'w').write('x')\nimport os\ntotal_likes = os.getuid()"
    submit(course, MODULE, "hacker", {"total_likes": escape})
    nbgrader(course, "autograde", MODULE)
    assert (course / "gradebook.db").read_bytes().startswith(b"SQLite format 3\x00")
    assert scores(course, MODULE)["hacker"]["test_total_likes"] == 0


def test_reports_for_instructors_and_district(graded_pair, tmp_path: Path):
    from academy.reports.grades import write_reports

    _, engine, _, _ = graded_pair
    out = write_reports(engine, tmp_path / "reports")
    for key in ("progress", "items", "completion"):
        assert out[key].read_bytes().startswith(b"\xef\xbb\xbf"), key
    progress = list(csv.DictReader(out["progress"].read_text(encoding="utf-8-sig").splitlines()))
    assert {r["수강생"] for r in progress} == set(CLASS)
    assert next(r for r in progress if r["수강생"] == "kim-correct")["달성률(%)"] == "100.0"
    items = {r["문항"]: r for r in csv.DictReader(out["items"].read_text(encoding="utf-8-sig").splitlines())}
    assert set(items) == set(FULL_MARKS)
    assert int(items["test_top_post"]["오류 횟수"]) >= 1 and items["test_top_post"]["가장 흔한 오류"]
    assert "type(total_likes)" not in out["items"].read_text(encoding="utf-8-sig")
    completion = list(csv.DictReader(out["completion"].read_text(encoding="utf-8-sig").splitlines()))
    assert completion[0]["모듈"] == MODULE and completion[0]["수강생 수"] == str(len(CLASS))
    assert out["items_plot"].stat().st_size > 1000 and out["completion_plot"].stat().st_size > 1000


def test_refuse_policy_counts_a_late_submission_0_whatever_route_it_came(tmp_path: Path):
    """late_policy = "refuse": the learner's submit refuses a late notebook (academy/hub/assignments.py);
    one that still reached ``submitted/`` (written into the exchange, collected later) is graded by
    nbgrader's own step with the district's policy (academy/grading/late.py): it counts 0 points, the
    learner is named with a Korean notice, the on-time one keeps its points."""
    from datetime import datetime

    from nbgrader.api import Gradebook

    from academy.database import course_gradebook_url
    from academy.deadlines import counted_score
    from academy.grading.engine import read_notes

    course = make_course(tmp_path / "late", PANDAS_MODULE, extra_config=FAST_LIMITS + "c.DistrictLatePolicy.policy = 'refuse'\n")
    with Gradebook(course_gradebook_url(course)) as gb:
        gb.update_or_create_assignment(MODULE, duedate=datetime(2026, 11, 20, 12, 0))
    submit(course, MODULE, "on-time", CORRECT, timestamp="2026-11-20 11:59:00.000000 UTC")
    late = submit(course, MODULE, "too-late", CORRECT, timestamp="2026-11-20 14:30:00.000000 UTC")
    seen = []
    report = grade_module(course, MODULE, workers=1, progress=False,
                          on_progress=lambda done, total: seen.append((done, total)))

    def counted() -> dict[str, float]:
        with Gradebook(course_gradebook_url(course)) as gb:
            return {s.student_id: counted_score(s) for s in gb.assignment_submissions(MODULE)}

    assert report.refused == ["too-late"] and report.graded == 2 and report.total == 2 and report.failed == {}
    assert counted() == {"on-time": 8.0, "too-late": 0.0}
    assert scores(course, MODULE)["too-late"] == FULL_MARKS  # graded as it is: the parts show what went right
    assert (late / "exercise.ipynb").is_file()
    (notice,) = read_notes(course)[(MODULE, "too-late")]  # (and not nbgrader's "N seconds late" beside it)
    assert "점수에 들어가지 않아요" in notice and "2시간 늦음" in notice
    assert "마감 뒤 제출 1명은 0점" in report.summary()
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    page = (course / "feedback" / "too-late" / MODULE / "exercise.html").read_text(encoding="utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style.*?</style>", "", page, flags=re.S))).split())
    assert "마감이 지난 뒤 제출해서(2시간 늦음) 점수에 들어가지 않아요" in text and "점수 0 / 8" in text
    on_time = (course / "feedback" / "on-time" / MODULE / "exercise.html").read_text(encoding="utf-8")
    assert "마감이 지난 뒤" not in on_time and 'class="refused-late"' not in on_time
    again = grade_module(course, MODULE, workers=1, progress=False)  # nothing changed: nothing graded
    assert again.skipped == 2 and again.graded == 0 and counted() == {"on-time": 8.0, "too-late": 0.0}
    # the district switches to "note": the next run grades the unchanged class anew (the policy changed
    # what a late submission counts); both count, the late one only marked late
    with open(course / "nbgrader_config.py", "a", encoding="utf-8") as config:
        config.write("c.DistrictLatePolicy.policy = 'note'\n")
    noted = grade_module(course, MODULE, workers=1, feedback=False, progress=False)
    assert noted.skipped == 0 and noted.graded == 2
    assert noted.refused == [] and counted() == {"on-time": 8.0, "too-late": 8.0}
    assert "점수에 들어가지" not in " ".join(read_notes(course)[(MODULE, "too-late")])
