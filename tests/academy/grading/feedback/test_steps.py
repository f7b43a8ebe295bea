"""Feedback never shows hidden tests -- not even when a hidden assert fails (real nbgrader)."""

from __future__ import annotations

import re

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from academy.admin.course import course_settings, nbgrader, write_nbgrader_config

pytestmark = pytest.mark.slow

HIDDEN_LINE = "assert fee * 7 == 105000, '다른 인원수에서도 맞는지 확인해 보세요.'"


def _cell(source, **meta):
    cell = new_code_cell(source)
    cell.metadata["nbgrader"] = {"schema_version": 3, "task": False, "locked": False, **meta}
    return cell


def test_failing_hidden_assert_leaves_only_its_message(tmp_path):
    root = tmp_path / "course"
    (root / "source" / "m1").mkdir(parents=True)
    write_nbgrader_config(root / "nbgrader_config.py", course_settings(root, "fb"), shared=True)
    nb = new_notebook(cells=[
        _cell("### BEGIN SOLUTION\nfee = 15000\n### END SOLUTION", grade=False, solution=True, grade_id="answer"),
        _cell(f"assert fee > 0, '수강료는 0보다 커야 해요.'\n### BEGIN HIDDEN TESTS\n{HIDDEN_LINE}\n### END HIDDEN TESTS",
              grade=True, solution=False, locked=True, grade_id="test", points=1),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, root / "source" / "m1" / "exercise.ipynb")
    nbgrader(root, "generate_assignment", "m1", "--force")
    nb.cells[0].source = "fee = 14000  # passes the visible test, fails the hidden one"
    (root / "submitted" / "ana" / "m1").mkdir(parents=True)
    nbformat.write(nb, root / "submitted" / "ana" / "m1" / "exercise.ipynb")
    nbgrader(root, "autograde", "m1", "--force")
    nbgrader(root, "generate_feedback", "m1", "--force")

    graded = nbformat.read(root / "autograded" / "ana" / "m1" / "exercise.ipynb", as_version=4)
    assert graded.cells[1].outputs[-1].output_type == "error"  # the hidden test did fail
    page = (root / "feedback" / "ana" / "m1" / "exercise.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", page)
    assert "다른 인원수에서도 맞는지 확인해 보세요." in text  # the teaching message stays
    assert "105000" not in text and "fee * 7" not in text.replace("&#42;", "*")


def test_a_failed_instant_check_shows_its_korean_message_without_the_class_name():
    from academy.checking import CheckFailed, Problem
    from academy.grading.feedback.steps import ShortTestErrors

    try:
        Problem("fee", expected=45000, graded=True).check(15000)
    except CheckFailed as error:
        failed = error
    cell = _cell("q.fee.check()", grade=True, solution=False, locked=True, grade_id="test_fee", points=1)
    cell.outputs = [nbformat.v4.new_output("error", ename="CheckFailed", evalue=str(failed),
                                           traceback=["\x1b[0;31m...\x1b[0m"])]
    ShortTestErrors().preprocess_cell(cell, {}, 0)
    shown = cell.outputs[0].traceback
    assert shown == [str(failed)] and shown[0].startswith("[다시 봐요] 아직 정답이 아니에요.")
    assert "CheckFailed" not in shown[0] and "`" not in shown[0]
