"""Partial credit per test (academy/partial.py), graded by nbgrader's own scoring on a real kernel's output."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient
from nbgrader.utils import determine_grade

from academy.grading.feedback.steps import ClearHiddenTestsInTests, ShortTestErrors

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
    from academy.reports.grades import failure_message

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


# -- the curriculum's shape: a Part opened in the hidden region captures the visible check --------

from academy.checking import CheckFailed, Problem, ProblemSet  # noqa: E402
from academy.partial import Part, open_part  # noqa: E402
from academy.admin.partial_cells import CannotConvert, convert  # noqa: E402

SECRET_INPUT, SECRET_RESULT = "숨은값없음", 424242


def _to_number_set():
    rate = Problem("to_number", inputs=[("1,234",), ("-",)], hints=["쉼표를 없애요."],
                   accept=lambda result, text: result == (0 if text == "-" else int(text.replace(",", ""))))
    return ProblemSet([rate], graded=True)


def _skips_words(text):  # right on the visible inputs, crashes on a hidden word
    return 0 if text == "-" else int(text.replace(",", ""))


def test_a_hidden_cases_verdict_names_neither_the_input_nor_the_expected_value():
    q = _to_number_set()
    shown = q.to_number.evaluate(_skips_words, [((SECRET_INPUT,), SECRET_RESULT)]).text
    assert SECRET_INPUT in shown  # the learner's own check names the call (what hidden=True must not)
    hidden = q.to_number.evaluate(_skips_words, [((SECRET_INPUT,), SECRET_RESULT)], hidden=True)
    assert hidden.kind == "incorrect" and "ValueError" in hidden.text and "q.to_number.hint()" in hidden.text
    assert SECRET_INPUT not in hidden.text and str(SECRET_RESULT) not in hidden.text and "invalid literal" not in hidden.text
    wrong = q.to_number.evaluate(lambda text: 1, [((SECRET_INPUT,), SECRET_RESULT)], hidden=True).text
    none = q.to_number.evaluate(lambda text: None, [((SECRET_INPUT,), SECRET_RESULT)], hidden=True).text
    for text in (wrong, none):
        assert SECRET_INPUT not in text and str(SECRET_RESULT) not in text and "to_number" in text


def test_an_open_part_counts_the_graded_check_of_its_own_cell_only(monkeypatch):
    import academy.partial as partial

    q = _to_number_set()
    monkeypatch.setattr(partial, "_cell_number", lambda: 7)
    part = Part(4)
    assert open_part() is part
    q.to_number.check(lambda text: 5)          # graded and wrong: a failed test of the part, no CheckFailed
    part.test(q.to_number, cases=[((SECRET_INPUT,), SECRET_RESULT)], answer_of=lambda: _skips_words)
    part.test(lambda: True, "통과")
    assert part.score == 1.33 and [ok for ok, _ in part.results] == [False, False, True]
    assert "q.to_number.hint()" in part.results[0][1] and SECRET_INPUT not in part.results[1][1]
    part._repr_mimebundle_()                   # shown: the cell is over
    with pytest.raises(CheckFailed):
        q.to_number.check(lambda text: 5)
    Part(1)
    monkeypatch.setattr(partial, "_cell_number", lambda: 8)  # the next cell: nothing captures its checks
    with pytest.raises(CheckFailed):
        q.to_number.check(lambda text: 5)
    monkeypatch.setattr(partial, "_cell_number", lambda: None)  # outside IPython: never
    Part(1)
    with pytest.raises(CheckFailed):
        q.to_number.check(lambda text: 5)


@pytest.mark.parametrize("hidden, says", [
    ("assert x > 0", "without its Korean reason"),
    ("for y in [1]:\n    assert y, '이유'", "inside a block"),
    ("pd.testing.assert_series_equal(a, b)", "no Korean reason"),
    ("q.x.check(1, 2)", "unexpected arguments"),
])
def test_the_converter_refuses_what_it_cannot_turn_into_a_test(hidden, says):
    with pytest.raises(CannotConvert, match=says):
        convert(f"q.x.check()\n### BEGIN HIDDEN TESTS\n{hidden}\n### END HIDDEN TESTS", 2)
    converted = convert("q.x.check()\n### BEGIN HIDDEN TESTS\nassert x, '이유'\n### END HIDDEN TESTS", 2)
    with pytest.raises(CannotConvert, match="worth 3 points"):
        convert(converted, 3)  # the metadata's points changed: Part(2) would be wrong


# -- through real nbgrader: one of three tests fails, the learner gets exactly its share -------------

PART_SOURCE = """# 확인 셀: 실행만 하세요. (고치지 마세요)
q.to_number.check()
### BEGIN HIDDEN TESTS
q.to_number.check(cases=[(("12,345",), 12345), (("숨은값없음",), 0)])
assert to_number("7") == 7, "한 자리 숫자도 정수로 바꿔야 해요."  # SECRET_TEST_CODE
### END HIDDEN TESTS"""


def test_one_failed_hidden_test_costs_its_share_and_the_feedback_says_why(tmp_path):
    import re

    from academy.admin.course import course_settings, nbgrader, write_nbgrader_config

    root = tmp_path / "course"
    (root / "source" / "m4").mkdir(parents=True)
    write_nbgrader_config(root / "nbgrader_config.py", course_settings(root, "pc"), shared=True)

    def cell(source, **meta):
        made = nbformat.v4.new_code_cell(source)
        made.metadata["nbgrader"] = {"schema_version": 3, "task": False, "locked": False, **meta}
        return made

    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("from academy.exercises.m04_functions import exercise as q"),
        cell("### BEGIN SOLUTION\ndef to_number(text):\n    try:\n        return int(text.replace(',', ''))\n"
             "    except ValueError:\n        return 0\n### END SOLUTION", grade=False, solution=True, grade_id="answer"),
        cell(convert(PART_SOURCE, 3), grade=True, solution=False, locked=True, grade_id="test", points=3),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, root / "source" / "m4" / "exercise.ipynb")
    nbgrader(root, "generate_assignment", "m4", "--force")
    released = nbformat.read(root / "release" / "m4" / "exercise.ipynb", as_version=4)
    assert released.cells[2].source == "# 확인 셀: 실행만 하세요. (고치지 마세요)\nq.to_number.check()"  # as ever
    nb.cells[1].source = ("def to_number(text):\n    if text in ('-', ''):\n        return 0\n"
                          "    return int(text.replace(',', ''))  # right on every visible input")
    (root / "submitted" / "ana" / "m4").mkdir(parents=True)
    nbformat.write(nb, root / "submitted" / "ana" / "m4" / "exercise.ipynb")
    nbgrader(root, "autograde", "m4", "--force")
    nbgrader(root, "generate_feedback", "m4", "--force")

    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", "pc") as gb:
        grades = {g.name: (g.score, g.max_score) for g in gb.find_submission_notebook("exercise", "m4", "ana").grades}
    assert grades["test"] == (2.0, 3.0)  # the visible check and the assert pass, the hidden cases fail
    page = (root / "feedback" / "ana" / "m4" / "exercise.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", page)
    assert "테스트 3개 중 2개를 통과했어요" in text
    assert "숨은 테스트의 다른 입력에서" in text and "ValueError 오류가 났어요" in text  # the reason, and ...
    assert "q.to_number.hint()" in text                                                  # ... the way to the hint
    for secret in ("숨은값없음", "12,345", "12345", "SECRET_TEST_CODE", "invalid literal", "_credit"):
        assert secret not in text, secret


def test_an_unanswered_part_earns_nothing_from_hidden_tests_a_stub_passes_by_accident(monkeypatch):
    import academy.partial as partial
    from academy.checking import ____

    q = _to_number_set()
    monkeypatch.setattr(partial, "_cell_number", lambda: 3)
    part = Part(3)
    q.to_number.check(____)                    # the released stub: not attempted
    part.test(lambda: True, "원래 있던 값이 그대로예요.")
    assert part.score == 0.0 and "아직" in part.notice.text() and "0 / 3점" in part.notice.text()


def test_a_problem_with_its_own_evaluate_still_keeps_the_hidden_call_out_of_the_reason():
    class Own(Problem):
        def evaluate(self, answer, cases=None):  # like m09's notes problem: no hidden= keyword
            return Problem.evaluate(self, answer, cases)

    q = ProblemSet([Own("to_number", inputs=[("-",)], accept=lambda r, t: r == 0, hints=["h"])], graded=True)
    part = Part(2)
    part.test(q.to_number, cases=[((SECRET_INPUT,), SECRET_RESULT)], answer_of=lambda: _skips_words)
    assert part.results[0][0] is False and SECRET_INPUT not in part.results[0][1] and "to_number" in part.results[0][1]


def test_the_same_reason_from_several_tests_is_said_once_with_their_number():
    from academy.partial import Part

    part = Part(4)
    part.attempted = True
    for ok, reason in [(False, "곱셈을 다시 봐요."), (True, ""), (False, "곱셈을 다시 봐요."), (False, "음수예요.")]:
        part.results.append((ok, reason or "-"))
    lines = part.notice.lines
    assert sum("곱셈을 다시 봐요." in line for line in lines) == 1
    assert any("테스트 2개" in line and "곱셈을 다시 봐요." in line for line in lines)
    from academy.messages import say

    assert say("partial.failed", reason="음수예요.") in lines
    assert part.score == 1.0  # the count still comes from every test
