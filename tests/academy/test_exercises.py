"""Every declared check of every module, tested both ways.

For each Problem: its ``solution`` is judged correct; each declared Mistake's ``example`` is
judged incorrect *with that mistake's message*; no hint or message reveals the expected value.
"""

from __future__ import annotations

import importlib

import pytest

from academy import syllabus


def _problems():
    for module in syllabus.load():
        declarations = importlib.import_module(module.exercises_module)
        for set_name in ("lesson", "exercise"):
            for problem in getattr(declarations, set_name):
                yield pytest.param(problem, id=f"{module.id}.{set_name}.{problem.name}")


ALL_PROBLEMS = list(_problems())


@pytest.mark.parametrize("problem", ALL_PROBLEMS)
def test_solution_passes(problem):
    outcome = problem.evaluate(problem.solution)
    assert outcome.kind == "correct", outcome.message


@pytest.mark.parametrize("problem", ALL_PROBLEMS)
def test_each_mistake_fails_with_its_own_message(problem):
    assert problem.hints, f"{problem.name}: declare at least one hint"
    for mistake in problem.mistakes:
        outcome = problem.evaluate(mistake.example)
        assert outcome.kind == "incorrect", f"{problem.name}: example {mistake.example!r} was not rejected"
        assert mistake.say in outcome.message, f"{problem.name}: {mistake.example!r} got another message: {outcome.message}"


def _revealing_forms(value) -> set[str]:
    if isinstance(value, bool) or value is None:
        return set()
    if isinstance(value, int) and abs(value) >= 100:
        return {str(value), f"{value:,}"}
    if isinstance(value, str) and len(value) >= 4:
        return {value}
    return set()


@pytest.mark.parametrize("problem", ALL_PROBLEMS)
def test_messages_never_reveal_the_answer(problem):
    expected = [problem.expected] if not problem.is_function else [e for _, e in problem.cases]
    forms = set().union(*(_revealing_forms(v) for v in expected)) if expected else set()
    texts = list(problem.hints) + [m.say for m in problem.mistakes]
    for form in forms:
        for text in texts:
            assert form not in text, f"{problem.name}: {text!r} reveals the answer"
