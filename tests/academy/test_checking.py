"""The checking logic, tested both ways on small problems declared here."""

from __future__ import annotations

import pytest

from academy.checking import ____, CheckFailed, Mistake, Problem, ProblemSet, Seal, canonical, digest, same_value
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
    assert "[아직 답이 없어요] 아직 fee가 없어요." in capsys.readouterr().out


def test_check_reads_the_callers_namespace(capsys):
    fee = 45000  # noqa: F841 -- read through the frame, as in a notebook cell
    fee_problem().check()
    assert say("check.correct") in capsys.readouterr().out


def test_graded_problem_raises_korean_assertion_and_passes_silently_when_right(capsys):
    problem = fee_problem(graded=True)
    with pytest.raises(CheckFailed) as caught:
        problem.check(15000)
    assert isinstance(caught.value, AssertionError)
    assert caught.value._render_traceback_()[0].endswith("[다시 봐요] 아직 정답이 아니에요.\x1b[0m")
    assert str(caught.value).startswith("[다시 봐요] 아직 정답이 아니에요.")
    assert "`" not in str(caught.value) and "q.fee.hint()로 힌트를" in str(caught.value)
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
    assert "[힌트 1/2] 첫 번째 힌트\n다음 힌트를 보려면 q.fee.hint()를 한 번 더" in out
    assert "[힌트 2/2] 두 번째 힌트" in out and "`" not in out


def test_problem_set_and_declaration_errors():
    problems = ProblemSet([fee_problem()], graded=True)
    assert problems.fee.graded and len(problems) == 1
    with pytest.raises(AttributeError):
        problems.missing
    with pytest.raises(ValueError):
        ProblemSet([fee_problem(), fee_problem()])
    with pytest.raises(ValueError):
        ProblemSet([Problem("nothing")])  # no reference, no seal, no property
    with pytest.raises(ValueError):
        Problem("both", expected=1, inputs=[(1,)])


def test_a_crashing_recogniser_never_breaks_the_check():
    problem = Problem("x", expected=1, mistakes=[Mistake(when=lambda v: 1 / 0, say="?", example=2)])
    assert problem.evaluate(2).kind == "incorrect"


def test_messages_name_tables_by_size_not_contents():
    import pandas as pd

    problem = Problem("total", cases=[((pd.DataFrame({"a": range(7), "b": range(7), "c": range(7)}),), 1)])
    message = problem.evaluate(lambda df: None).message
    assert "<표 7행 × 3열>" in message and "\n0 " not in message


# -- sealed graded sets ----------------------------------------------------------------------------

def sealed_set(**seal_options):
    """A graded set with no answer in it; the digests come from a reference given only to Seal.build."""
    problems = [
        Problem("rate", inputs=[(45, 5, 1000), (10, 2, 0)], hints=["h"], mistakes=[
            Mistake(when=lambda f: f(10, 2, 0) is None, say="0명일 때 None이에요."),
            Mistake(gives=((45, 5, 1000), "no_percent"), say="100을 곱하지 않았어요."),
        ]),
        Problem("total", hints=["h"], mistakes=[Mistake(gives="plus", say="더하기를 했어요.")]),
        Problem("label", hints=["h"], compare_as=str.strip),
        Problem("my_name", accept=lambda v: isinstance(v, str) and v.strip() != "", hints=["h"]),
    ]
    reference = {"rate": lambda lk, c, f: round((lk + c) / f * 100, 1) if f else 0.0,
                 "total": 35000 * 8, "label": "NameError"}
    wrong = {"rate": [None, lambda lk, c, f: round((lk + c) / f, 1)], "total": [35000 + 8]}
    seal = Seal.build("demo", problems, reference, wrong, **seal_options)
    return ProblemSet(problems, graded=True, sealed=seal), seal


def test_sealed_set_judges_without_any_reference():
    q, _ = sealed_set()
    assert q.rate.evaluate(lambda lk, c, f: round((lk + c) / f * 100, 1) if f else 0).kind == "correct"
    assert q.total.evaluate(280000.0).kind == "correct" and q.total.evaluate(279999).kind == "incorrect"
    assert "100을 곱하지" in q.rate.evaluate(lambda lk, c, f: round((lk + c) / f, 1) if f else 0.0).message
    assert "0명일 때" in q.rate.evaluate(lambda lk, c, f: 5.0 if f else None).message
    assert "더하기를" in q.total.evaluate(35008).message
    assert q.label.evaluate(" NameError\n").kind == "correct" and q.label.evaluate(7).kind == "incorrect"
    assert q.my_name.evaluate("한결").kind == "correct" and q.my_name.evaluate("  ").kind == "incorrect"
    assert q.rate.evaluate(____).kind == "not_attempted"


def test_sealed_messages_keep_the_expected_type_and_none_cause():
    q, _ = sealed_set()
    assert say("check.wrong_type", name="total", expected_type="정수(int)", actual_type="문자열(str)") \
        in q.total.evaluate("280000").message
    assert say("check.returned_none", call="rate(45, 5, 1000)") in q.rate.evaluate(
        lambda lk, c, f: None if f else 0.0).message


def test_hidden_cases_on_a_sealed_problem():
    q, _ = sealed_set()
    right = lambda lk, c, f: round((lk + c) / f * 100, 1) if f else 0.0  # noqa: E731
    assert q.rate.evaluate(right, cases=[((120, 30, 2500), 6.0)]).kind == "correct"
    assert q.rate.evaluate(lambda lk, c, f: 5.0, cases=[((120, 30, 2500), 6.0)]).kind == "incorrect"


def test_the_seal_holds_no_answer_and_no_near_answer():
    _, seal = sealed_set(salt="fixed")
    text = seal.to_json()
    for answer in ("280000", "280,000", "35008", "NameError", "5.0", "0.5"):
        assert answer not in text
    assert seal.data["problems"]["total"]["results"][0]["type"] == "int"
    assert "my_name" not in seal.data["problems"]  # a property check needs no digest


def test_a_sealed_set_may_not_carry_a_reference():
    with pytest.raises(ValueError):
        ProblemSet([Problem("total", expected=1)], graded=True, sealed=Seal("demo", {}))
    with pytest.raises(ValueError):
        ProblemSet([Problem("total", mistakes=[Mistake(when=bool, say="s", example=0)])], graded=True,
                   sealed=Seal("demo", {}))
    with pytest.raises(ValueError):
        Mistake(say="both", when=bool, gives="key")


def test_stale_or_missing_seal_is_a_clear_error(tmp_path):
    q, seal = sealed_set()
    changed = Problem("rate", inputs=[(1, 1, 1)], hints=["h"])
    changed.seal = seal
    with pytest.raises(RuntimeError, match="stale"):
        changed.evaluate(lambda lk, c, f: 0.0)
    missing = ProblemSet([Problem("total", hints=["h"])], graded=True,
                         sealed=Seal("nowhere", path=tmp_path / "nowhere.json"))
    with pytest.raises(RuntimeError, match="academy exercises seal nowhere"):
        missing.total.evaluate(1)


def test_canonical_form_matches_same_value():
    import pandas as pd

    assert canonical(45000) == canonical(45000.0) == canonical(44999.99999999999)
    assert canonical(0.1 + 0.2) == canonical(0.3) and canonical(-0.0) == canonical(0)
    assert canonical(True) != canonical(1) and canonical([1]) != canonical((1,))
    assert canonical({"a": 1, "b": [2]}) == canonical({"b": [2], "a": 1})
    frame = pd.DataFrame({"품목": ["소금빵", "단팥빵"], "금액": [3500, 2800]})
    assert canonical(frame) == canonical(frame.astype({"금액": "float64"}))
    assert canonical(frame) != canonical(frame.iloc[::-1])
    assert canonical(pd.Series([1.0, None])) == canonical(pd.Series([1, float("nan")]))


def test_digest_is_keyed():
    assert digest(280000, "a|x") == digest(280000.0, "a|x") != digest(280000, "b|x")


# -- what the learner sees: a labelled, coloured box; plain text without markup -------------------

def test_verdicts_are_rich_boxes_with_text_labels_and_a_plain_fallback():
    problem = fee_problem()
    shown = {kind: outcome.notice for kind, outcome in (
        ("correct", problem.evaluate(45000)), ("incorrect", problem.evaluate(15000)),
        ("not_attempted", problem.evaluate(____)))}
    labels = {"correct": "정답이에요", "incorrect": "다시 봐요", "not_attempted": "아직 답이 없어요"}
    colours = set()
    for kind, notice in shown.items():
        assert notice.kind == kind and notice.label == labels[kind]
        html = notice._repr_html_()
        assert f">{labels[kind]}</div>" in html and "`" not in html
        colours.add(html.split("border-left:0.35em solid ")[1][:7])
        text = notice.text()
        assert text.startswith(f"[{labels[kind]}] ") and "`" not in text
        assert not any(ch in text + html for ch in "✅❌💡🧭✏️")  # the meaning never rides on an emoji
    assert len(colours) == 3  # coloured by outcome
    assert "<code" in shown["incorrect"]._repr_html_() and "q.fee.hint()" in shown["incorrect"].text()


def test_in_a_notebook_the_check_displays_html_and_plain_text(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "from academy.checking import Problem\n"
        "p = Problem('coffee_price', expected=4500, hints=['한 잔 값'])\n"
        "coffee_price = 4000\np.check()\np.hint()")]
    NotebookClient(nb, timeout=60, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = nb.cells[0].outputs
    assert [o.output_type for o in outputs] == ["display_data", "display_data"], outputs
    verdict, hint = (o.data for o in outputs)
    assert "다시 봐요" in verdict["text/html"] and "<code" in verdict["text/html"]
    assert verdict["text/plain"].startswith("[다시 봐요] 아직 정답이 아니에요.")
    assert "p.coffee_price.hint()" not in verdict["text/plain"]  # alias q by default
    assert hint["text/plain"].startswith("[힌트 1/1] 한 잔 값")
