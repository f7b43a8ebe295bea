"""Partial credit per test (academy/partial.py), graded by nbgrader's own scoring on a real kernel's output."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient
from nbgrader.utils import determine_grade

from academy.grading.feedback import ClearHiddenTestsInTests, ShortTestErrors

SETUP = "from academy.partial import Part\nfrom academy.exercises.m01_values import exercise as q\n"
TEST = """part = Part(3)
part.test(q.total_class_fee)
### BEGIN HIDDEN TESTS
part.test(lambda: total_class_fee > 0, "수강료 합계가 0보다 커야 해요.")
part.test(lambda: total_class_fee % 1000 == 0, "천 원 단위로 떨어지지 않아요: 곱셈을 다시 봐요.")  # SECRET_TEST_CODE
### END HIDDEN TESTS
part"""


def graded(answer: str) -> tuple[float, nbformat.NotebookNode]:
    """Run setup + answer + the test cell in a real kernel; nbgrader's score of the test cell."""
    cells = [nbformat.v4.new_code_cell(SETUP), nbformat.v4.new_code_cell(answer), nbformat.v4.new_code_cell(TEST)]
    cells[2].metadata["nbgrader"] = {"grade": True, "solution": False, "locked": True, "points": 3,
                                     "grade_id": "test-total-class-fee", "schema_version": 3}
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(nb, timeout=60, kernel_name="python3").execute()
    score, points = determine_grade(nb.cells[2])
    assert points == 3
    return score, nb


@pytest.mark.parametrize("answer, expected, reasons", [
    ("class_fee, students = 35000, 8\ntotal_class_fee = class_fee * students", 3.0, 0),
    ("total_class_fee = 35000 * 8 + 1", 1.0, 2),   # the check and the 1000s test fail: 1 of 3 tests
    ("total_class_fee = -1", 0.0, 3),
])
def test_each_test_is_a_share_of_the_points_with_its_korean_reason(answer, expected, reasons):
    score, nb = graded(answer)
    assert score == expected
    html = next(o for o in nb.cells[2].outputs if o["output_type"] == "execute_result")["data"]["text/html"]
    assert html.count("✘") == reasons and "부분 점수" in html
    if expected == 1.0:
        assert "천 원 단위로 떨어지지 않아요" in html and "280001" not in html and "280000" not in html
    # the instructors' item analysis reads the first failed test's reason like an error message
    from academy.grading.reports import failure_message

    message = failure_message(nb.cells[2])
    assert (message is None) if expected == 3.0 else (message and "280000" not in message), message


def test_the_feedback_shows_the_reasons_never_the_hidden_tests():
    _, nb = graded("total_class_fee = 'x'")   # a string: a crash inside a test fails that test only
    assert determine_grade(nb.cells[2])[0] == 0.0
    nb, _ = ClearHiddenTestsInTests().preprocess(nb, {})
    nb, _ = ShortTestErrors().preprocess(nb, {})
    cell = nb.cells[2]
    assert "SECRET_TEST_CODE" not in cell.source and "% 1000" not in cell.source
    shown = nbformat.writes(nb)
    assert "SECRET_TEST_CODE" not in shown and "lambda" not in shown
    assert "천 원 단위로 떨어지지 않아요" in shown and "수강료 합계가 0보다 커야 해요" in shown
