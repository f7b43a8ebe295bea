"""The checking logic, tested both ways on small problems declared here."""

from __future__ import annotations

import pytest

from academy.checking import ____, CheckFailed, Mistake, Problem, ProblemSet, same_value
from academy.messages import say


def fee_problem(**extra) -> Problem:
    return Problem(
        "fee", expected=45000, hints=["첫 번째 힌트", "두 번째 힌트"],
        mistakes=[Mistake(when=lambda v: v == 15000, say="한 명 수강료만 넣었어요.", example=15000)],
        **extra,
    )


def test_three_outcomes_for_a_value():
    problem = fee_problem()
    assert problem.evaluate(45000).kind == "correct"
    assert problem.evaluate(____).kind == "not_attempted"
    wrong = problem.evaluate(44000)
    assert wrong.kind == "incorrect"
    assert "45000" not in wrong.message and "45,000" not in wrong.message


def test_declared_mistake_is_named_and_type_mistake_explained():
    problem = fee_problem()
    assert "한 명 수강료만" in problem.evaluate(15000).message
    assert say("check.wrong_type", name="fee", expected_type="정수(int)", actual_type="문자열(str)") \
        in problem.evaluate("45000").message


def test_undefined_name_is_not_attempted(capsys):
    problem = fee_problem()
    problem.check()  # 'fee' is not defined in this test's namespace
    assert "아직 `fee`이(가) 없어요" in capsys.readouterr().out


def test_check_reads_the_callers_namespace(capsys):
    fee = 45000  # noqa: F841 -- read through the frame, as in a notebook cell
    fee_problem().check()
    assert say("check.correct") in capsys.readouterr().out


def test_graded_problem_raises_korean_assertion_and_passes_silently_when_right(capsys):
    problem = fee_problem(graded=True)
    with pytest.raises(CheckFailed) as caught:
        problem.check(15000)
    assert isinstance(caught.value, AssertionError)
    assert caught.value._render_traceback_()[0].endswith("아직 정답이 아니에요.\x1b[0m")
    problem.check(45000)
    assert say("check.correct") in capsys.readouterr().out


def test_rigged_eq_cannot_pass():
    class AlwaysEqual:
        def __eq__(self, other):
            return True

    assert not same_value(AlwaysEqual(), 45000)
    assert not same_value(AlwaysEqual(), "45,000원")
    assert fee_problem().evaluate(AlwaysEqual()).kind == "incorrect"


def test_numbers_compare_by_value_bools_do_not():
    assert same_value(45000.0, 45000)
    assert same_value(0.1 + 0.2, 0.3)
    assert not same_value(True, 1)
    assert same_value([1, "a"], [1, "a"]) and not same_value([1], (1,))


def test_function_problem_outcomes():
    problem = Problem("double", cases=[((2,), 4), ((0,), 0)])
    assert problem.evaluate(lambda x: x * 2).kind == "correct"
    assert "return" in problem.evaluate(lambda x: None).message
    assert "ZeroDivisionError" in problem.evaluate(lambda x: 1 / 0).message
    assert problem.evaluate(42).kind == "incorrect"

    def not_done(x):
        raise NotImplementedError()

    assert problem.evaluate(not_done).kind == "not_attempted"
    assert problem.evaluate(lambda x: x + 2).kind == "incorrect"  # right for 2, wrong for 0


def test_hidden_cases_override_declared_ones():
    problem = Problem("double", cases=[((2,), 4)])
    assert problem.evaluate(lambda x: 4, cases=[((5,), 10)]).kind == "incorrect"
    assert problem.evaluate(lambda x: x * 2, cases=[((5,), 10)]).kind == "correct"


def test_function_arguments_are_copied():
    problem = Problem("first", cases=[(([3, 1, 2],), 1)])

    def sorts_in_place(values):
        values.sort()
        return values[0]

    assert problem.evaluate(sorts_in_place).kind == "correct"
    assert problem.cases[0][0][0] == [3, 1, 2]


def test_hints_are_progressive_and_capped(capsys):
    problem = fee_problem()
    problem.hint()
    problem.hint()
    problem.hint()
    out = capsys.readouterr().out
    assert out.count("첫 번째 힌트") == 1 and out.count("두 번째 힌트") == 2
    assert "💡 힌트 2/2" in out


def test_problem_set_and_declaration_errors():
    problems = ProblemSet([fee_problem()], graded=True)
    assert problems.fee.graded and len(problems) == 1
    with pytest.raises(AttributeError):
        problems.missing
    with pytest.raises(ValueError):
        ProblemSet([fee_problem(), fee_problem()])
    with pytest.raises(ValueError):
        Problem("nothing")


def test_a_crashing_recogniser_never_breaks_the_check():
    problem = Problem("x", expected=1, mistakes=[Mistake(when=lambda v: 1 / 0, say="?", example=2)])
    assert problem.evaluate(2).kind == "incorrect"


def test_messages_name_tables_by_size_not_contents():
    import pandas as pd

    problem = Problem("total", cases=[((pd.DataFrame({"a": range(7), "b": range(7), "c": range(7)}),), 1)])
    message = problem.evaluate(lambda df: None).message
    assert "<표 7행 × 3열>" in message and "\n0 " not in message
