"""Hostile text, broken files and missing folders (issue 14, items 4 and 5).

A learner's answer that imitates nbgrader's markers breaks nobody's feedback and leaks no hidden
test; an empty, cut-off or non-notebook file, or a submission without notebooks, gets a Korean
reason while the rest of the class is graded; what stock ``nbgrader autograde`` warns about
(a changed test/locked cell, a missing notebook) -- and the deleted test cell we put back --
reaches the instructor per learner in Korean (report, grades CSV, reports, log); output folders
are created, or refused before grading.
"""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from academy.admin.course import nbgrader
from academy.grading.engine import broken_notebook, grade_module
from academy.grading.feedback.steps import ClearHiddenTestsInTests
from tests.support.sample_class import STOCK_AUTOGRADE, make_course, released_notebook, scores, submit
from academy.messages import say

from .conftest import FAST_LIMITS, needs_root

MODULE = "m1"
HIDDEN = "assert fee == 15000, '다른 인원수에서도 맞는지 확인해 보세요.'"
HIDDEN_EXTRA = "assert count * 2 == 14"
MARKERS = "\n".join(f"# ### {m}" for m in ("BEGIN HIDDEN TESTS", "BEGIN SOLUTION", "END SOLUTION",
                                             "BEGIN MARK SCHEME", "BEGIN HIDDEN TESTS"))
MARKDOWN_MARKERS = "### BEGIN HIDDEN TESTS\n제가 쓴 답이에요: 15000원이 알맞아요.\n### END HIDDEN TESTS\n### BEGIN MARK SCHEME"


def _cell(kind, source, **meta):
    make = new_markdown_cell if kind == "markdown" else new_code_cell
    cell = make(source)
    cell.metadata["nbgrader"] = {"schema_version": 3, "task": False, "solution": False, "grade": False,
                                 "locked": False, **meta}
    return cell


def _notebook(cells):
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def _source_module(folder: Path) -> Path:
    """Two notebooks: a locked intro, a code answer, a test with hidden tests, a written answer."""
    module = folder / MODULE
    module.mkdir(parents=True)
    nbformat.write(_notebook([
        _cell("markdown", "## 수강료 계산\n한 사람의 수강료를 `fee`에 넣어 보세요.", locked=True, grade_id="intro"),
        _cell("code", "### BEGIN SOLUTION\nfee = 15000\n### END SOLUTION", solution=True, grade_id="answer"),
        _cell("code", f"assert fee > 0, '수강료는 0보다 커야 해요.'\n### BEGIN HIDDEN TESTS\n{HIDDEN}\n### END HIDDEN TESTS",
              grade=True, locked=True, grade_id="test_fee", points=2),
        _cell("markdown", "수강료를 그렇게 정한 까닭을 써 보세요.", solution=True, grade=True, grade_id="why", points=1),
    ]), module / "exercise.ipynb")
    nbformat.write(_notebook([
        _cell("code", "### BEGIN SOLUTION\ncount = 7\n### END SOLUTION", solution=True, grade_id="count"),
        _cell("code", f"assert count > 0\n### BEGIN HIDDEN TESTS\n{HIDDEN_EXTRA}\n### END HIDDEN TESTS",
              grade=True, locked=True, grade_id="test_count", points=1),
    ]), module / "extra.ipynb")
    return module


def _answered(root: Path, name: str, answers: dict[str, str], *, drop: tuple[str, ...] = ()) -> nbformat.NotebookNode:
    nb = released_notebook(root, MODULE, name)
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") not in drop]
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    return nb


RIGHT = {"answer": "fee = 15000", "why": "강사료와 재료비를 나눴어요.", "count": "count = 7"}


def _submit_class(root: Path, learners: list[str]) -> None:
    """Every learner of the hostile class that is in ``learners``."""
    def both(student, exercise, extra=None, **kwargs):
        submit(root, MODULE, student, notebook=exercise, **kwargs)
        if extra is not None:
            nbformat.write(extra, root / "submitted" / student / MODULE / "extra.ipynb")

    good_extra = _answered(root, "extra.ipynb", RIGHT)
    good = _answered(root, "exercise.ipynb", RIGHT)
    tampered = _answered(root, "exercise.ipynb", {**RIGHT, "answer": "fee = 1", "test_fee": "assert True",
                                                  "intro": "## 답은 1이에요"})
    text = nbformat.writes(good)
    plan = {
        "ivy-right": lambda s: both(s, good, good_extra),
        "ana-markers": lambda s: both(s, _answered(root, "exercise.ipynb", {
            **RIGHT, "answer": f"fee = 15000\n{MARKERS}", "why": MARKDOWN_MARKERS}), good_extra),
        "ben-tampered": lambda s: both(s, tampered, good_extra),
        "cho-deleted": lambda s: both(s, good, _answered(root, "extra.ipynb", RIGHT, drop=("test_count",))),
        "dan-missing": lambda s: both(s, good),
        "eun-empty": lambda s: both(s, None, good_extra, raw=""),
        "fay-truncated": lambda s: both(s, None, good_extra, raw=text[: len(text) // 2]),
        "gil-png": lambda s: both(s, None, good_extra, raw=""),
        "hye-nothing": lambda s: (root / "submitted" / s / MODULE).mkdir(parents=True),
    }
    for student in learners:
        plan[student](student)
    if "gil-png" in learners:
        (root / "submitted" / "gil-png" / MODULE / "exercise.ipynb").write_bytes(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde")


CLASS = ["ivy-right", "ana-markers", "ben-tampered", "cho-deleted", "dan-missing",
         "eun-empty", "fay-truncated", "gil-png", "hye-nothing"]
BROKEN = {"eun-empty": "notebook_empty", "fay-truncated": "notebook_truncated", "gil-png": "notebook_not_notebook"}
STOCK_CLASS = ["ivy-right", "ben-tampered", "cho-deleted", "dan-missing"]


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """One engine course graded by ``grade_module`` and, side by side, stock ``nbgrader autograde``."""
    base = tmp_path_factory.mktemp("hostile")
    source = _source_module(base / "src")
    engine = make_course(base / "engine", source, extra_config=FAST_LIMITS)
    stock = shutil.copytree(engine, base / "stock")  # the same generated course, graded the stock way
    config = stock / "nbgrader_config.py"
    config.write_text(config.read_text(encoding="utf-8").replace(str(engine), str(stock)) + STOCK_AUTOGRADE
                      + "c.Execute.timeout = 10\n", encoding="utf-8")
    _submit_class(engine, CLASS)
    _submit_class(stock, STOCK_CLASS)
    stock_run = nbgrader(stock, "autograde", MODULE, check=False)
    export = base / "새 폴더" / "2026" / "grades.csv"  # folders that do not exist yet
    report = grade_module(engine, MODULE, workers=2, progress=False, export=export)
    rows = list(csv.DictReader(export.read_text(encoding="utf-8-sig").splitlines()))
    return {"engine": engine, "stock": stock, "stock_log": stock_run.stdout + stock_run.stderr,
            "report": report, "csv": {r["student_id"]: r for r in rows}, "base": base}


def _page_text(path: Path) -> str:
    page = path.read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<style.*?</style>", "", page, flags=re.S)))


# -- fast: the feedback step and the file diagnosis on their own ------------------------------------

def test_marker_text_in_answers_is_left_alone_and_test_cells_fail_closed():
    nb = _notebook([
        _cell("code", f"x = 1\n{MARKERS}", solution=True, grade_id="answer"),
        _cell("markdown", MARKDOWN_MARKERS, solution=True, grade=True, grade_id="why", points=1),
        new_markdown_cell("### BEGIN HIDDEN TESTS (an unmarked note)"),
        _cell("code", f"assert x\n### BEGIN HIDDEN TESTS\n{HIDDEN}\n### END HIDDEN TESTS", grade=True, grade_id="t1"),
        _cell("code", f"assert x\n### BEGIN HIDDEN TESTS\n{HIDDEN}", grade=True, grade_id="t2"),
    ])
    nb, _ = ClearHiddenTestsInTests().preprocess(nb, {})
    assert nb.cells[0].source == f"x = 1\n{MARKERS}" and nb.cells[1].source == MARKDOWN_MARKERS
    assert nb.cells[2].source == "### BEGIN HIDDEN TESTS (an unmarked note)"
    assert nb.cells[3].source == nb.cells[4].source == "assert x"  # an unmatched begin hides to the end


def test_broken_files_are_named_by_what_is_wrong(tmp_path: Path):
    real = nbformat.writes(_notebook([new_code_cell("x = 1")]))
    cases = {"empty": b"", "blank": b"\n  \n", "truncated": real[:40].encode(), "png": b"\x89PNG\r\n\x1a\n\x00",
             "text": "안녕하세요".encode(), "json": b'{"name": "kim"}', "bad": b'{"cells": 3, "nbformat": 4}',
             "v3": json.dumps({"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": [{"cells": []}]}).encode(),
             "fine": real.encode()}
    found = {}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        found[name] = broken_notebook(tmp_path / name)
    assert found == {"empty": "notebook_empty", "blank": "notebook_empty", "truncated": "notebook_truncated",
                     "png": "notebook_not_notebook", "text": "notebook_not_notebook", "json": "notebook_not_notebook",
                     "bad": "notebook_invalid", "v3": None, "fine": None}


def test_a_missing_lesson_costs_no_points_and_says_so(tmp_path: Path, monkeypatch):
    from types import SimpleNamespace

    from nbgrader.coursedir import CourseDirectory

    from academy.grading import engine

    source = tmp_path / "source" / MODULE
    source.mkdir(parents=True)
    nbformat.write(_notebook([new_markdown_cell("읽을거리")]), source / "lesson.ipynb")
    nbformat.write(_notebook([_cell("code", "assert True", grade=True, grade_id="t", points=1)]), source / "exercise.ipynb")
    for student, names in {"kim": ["exercise.ipynb"], "lee": ["lesson.ipynb"], "park": []}.items():
        folder = tmp_path / "submitted" / student / MODULE
        folder.mkdir(parents=True)
        for name in names:
            (folder / name).write_text((source / name).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(engine, "_api", SimpleNamespace(coursedir=CourseDirectory(root=str(tmp_path))), raising=False)
    assert engine._check_submission(MODULE, "kim") == ([], [("missing_notebook_no_points", {"notebook": "lesson.ipynb"})])
    assert engine._check_submission(MODULE, "lee") == ([], [("missing_notebook", {"notebook": "exercise.ipynb"})])
    assert engine._check_submission(MODULE, "park") == (
        [("no_notebooks", {"notebooks": "exercise.ipynb, lesson.ipynb"})], [])


# -- slow: real nbgrader, the sandbox, the whole class ----------------------------------------------

@needs_root
@pytest.mark.slow
def test_marker_text_breaks_no_feedback_and_leaks_no_hidden_test(graded):
    report, engine = graded["report"], graded["engine"]
    assert "ana-markers" not in report.failed
    assert scores(engine, MODULE)["ana-markers"] == scores(engine, MODULE)["ivy-right"]
    text = _page_text(engine / "feedback" / "ana-markers" / MODULE / "exercise.html")
    assert "BEGIN MARK SCHEME" in text and "제가 쓴 답이에요" in text  # her own words, as she wrote them
    pages = list((engine / "feedback").glob(f"*/{MODULE}/*.html"))
    assert len(pages) == 2 * 4 + 1  # ivy, ana, ben, cho: both notebooks; dan submitted one
    for page in pages:
        text = _page_text(page)
        assert "fee == 15000" not in text and "count * 2" not in text, page


@needs_root
@pytest.mark.slow
def test_broken_submissions_get_a_korean_reason_and_the_class_is_graded(graded):
    report, rows = graded["report"], graded["csv"]
    expected = {s: say("grading." + key, notebook="exercise.ipynb") for s, key in BROKEN.items()}
    expected["hye-nothing"] = say("grading.no_notebooks", notebooks="exercise.ipynb, extra.ipynb")
    assert report.failed == expected
    assert report.graded == len(CLASS) - len(expected)
    for student, reason in expected.items():
        assert rows[student]["채점 알림"] == say("grading.not_graded", reason=reason)
        assert "traceback" not in rows[student]["채점 알림"]


@needs_root
@pytest.mark.slow
def test_what_stock_nbgrader_warns_about_reaches_the_instructor_in_korean(graded):
    report, rows, stock_log = graded["report"], graded["csv"], graded["stock_log"]
    # stock nbgrader only prints these warnings in its log -- "checksum has changed" even for every
    # learner's test cell with hidden tests, tampered or not (its gradebook keeps the source's checksum)
    assert stock_log.count("Attribute 'checksum' for cell intro has changed!") == 1  # ben
    assert stock_log.count("Attribute 'checksum' for cell test_fee has changed!") == len(STOCK_CLASS)
    assert re.search(r"No submitted file: \S*dan-missing\S*extra\.ipynb", stock_log)
    # ... ours says them per learner, in Korean
    tampered = [say("grading.notice_checksum", cell="intro"), say("grading.notice_checksum", cell="test_fee")]
    restored = [say("grading.notice_restored", cell="test_count")]
    missing = [say("grading.notice_missing_notebook", notebook="extra.ipynb")]
    assert report.notices["ben-tampered"] == tampered
    assert report.notices["cho-deleted"] == restored
    assert report.notices["dan-missing"] == missing
    assert "ivy-right" not in report.notices and "ana-markers" not in report.notices
    assert rows["ben-tampered"]["채점 알림"] == " / ".join(tampered)
    assert rows["cho-deleted"]["채점 알림"] == " / ".join(restored)
    assert rows["ivy-right"]["채점 알림"] == ""
    log = (graded["engine"] / ".academy-grading" / f"{MODULE}.log").read_text(encoding="utf-8")
    assert "ben-tampered nbgrader [WARNING] Attribute 'checksum' for cell test_fee has changed!" in log
    # ... and only for ben: a test cell left as released is no tampering (academy/grading/overwrite.py)
    assert re.findall(r"(\S+) nbgrader \[WARNING\] Attribute 'checksum'", log) == ["ben-tampered"] * 2
    assert f"dan-missing {missing[0]}" in log
    # same scores as stock, except the deleted test cell we put back (stock: needs manual grading)
    ours, theirs = scores(graded["engine"], MODULE), scores(graded["stock"], MODULE)
    assert {s: ours[s] for s in STOCK_CLASS} == {**theirs, "cho-deleted": {**theirs["cho-deleted"], "test_count": 1.0}}
    assert theirs["cho-deleted"]["test_count"] is None and ours["ben-tampered"]["test_fee"] == 0


@needs_root
@pytest.mark.slow
def test_notices_in_the_reports_and_kept_for_unchanged_learners(graded, tmp_path: Path):
    from academy.reports.grades import write_reports

    again = grade_module(graded["engine"], MODULE, workers=1, progress=False, feedback=False,
                         students=["ben-tampered", "ivy-right"])
    assert again.skipped == 2 and again.notices == {"ben-tampered": graded["report"].notices["ben-tampered"]}
    out = write_reports(graded["engine"], tmp_path / "reports")
    rows = list(csv.DictReader(out["notices"].read_text(encoding="utf-8-sig").splitlines()))
    assert {(r["수강생"], r["채점 알림"]) for r in rows} >= {
        ("ben-tampered", say("grading.notice_checksum", cell="test_fee")),
        ("eun-empty", say("grading.not_graded", reason=say("grading.notebook_empty", notebook="exercise.ipynb")))}


@needs_root
@pytest.mark.slow
def test_export_creates_its_folder(graded):
    assert set(graded["csv"]) == set(CLASS)  # exported into 새 폴더/2026/, made by grade_module


@needs_root
@pytest.mark.slow
@pytest.mark.parametrize("option", ["--export", "--reports"])
def test_grade_refuses_an_output_folder_it_cannot_make_before_grading(graded, tmp_path: Path, capsys, option):
    from academy.admin.cli import main

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    gradebook = graded["engine"] / "gradebook.db"  # grading anyone (the broken ones are retried) writes it
    before = gradebook.read_bytes()
    code = main(["grade", MODULE, "--root", str(graded["engine"]), "--workers", "1",
                 option, str(blocker / "out" / "grades.csv")])
    error = capsys.readouterr().err
    assert code == 2 and "채점은 시작하지 않았어요" in error and "Traceback" not in error
    assert gradebook.read_bytes() == before


@needs_root
@pytest.mark.slow
def test_a_feedback_failure_does_not_undo_grading(graded, tmp_path: Path):
    """Whatever breaks feedback (here: nbgrader's own ClearHiddenTests, which the marker text
    breaks), the learner is graded, told apart from ungraded ones, and retried next run."""
    course = shutil.copytree(graded["engine"], tmp_path / "course", symlinks=True)
    config = course / "nbgrader_config.py"
    config.write_text(config.read_text(encoding="utf-8").replace(str(graded["engine"]), str(course))
                      + 'c.GenerateFeedback.preprocessors = ["nbgrader.preprocessors.GetGrades", '
                        '"nbgrader.preprocessors.ClearHiddenTests"]\n', encoding="utf-8")
    report = grade_module(course, MODULE, workers=1, progress=False, resume=False, students=["ana-markers"])
    assert report.graded == 1 and report.failed == {}
    assert report.notices["ana-markers"] == [say(
        "grading.notice_no_feedback", reason="RuntimeError: Encountered nested begin hidden tests statements")]
    assert scores(course, MODULE)["ana-markers"] == scores(graded["engine"], MODULE)["ana-markers"]
    again = grade_module(course, MODULE, workers=1, progress=False, feedback=False, students=["ana-markers"])
    assert again.graded == 1 and again.skipped == 0 and "ana-markers" not in again.notices
