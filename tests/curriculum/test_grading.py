"""Every exercise grades both ways through real ``nbgrader`` (generate, validate, autograde, feedback)."""

from __future__ import annotations

import pytest

from academy.admin.course import nbgrader
from academy.messages.notice import plain

from .conftest import hidden_test_lines, module_params, nbgrader_meta, visible_text

pytestmark = pytest.mark.slow


def autograded_tests(notebook) -> dict[str, float]:
    return {nbgrader_meta(c)["grade_id"]: nbgrader_meta(c)["points"] for c in notebook.cells
            if nbgrader_meta(c).get("grade") and not nbgrader_meta(c).get("solution")}


@pytest.mark.parametrize("module", module_params())
def test_solution_scores_full_marks(module, graded_module):
    graded = graded_module(module)
    tests = autograded_tests(graded.source)
    scores = graded.scores["solution"]
    for test_id, points in tests.items():
        assert scores[test_id] == (points, points), f"{module.id}: solution loses points on {test_id}: {graded.outputs['solution'][test_id]}"


@pytest.mark.parametrize("module", module_params())
def test_untouched_release_scores_zero_without_crashing(module, graded_module):
    graded = graded_module(module)
    tests = autograded_tests(graded.source)
    for test_id in tests:
        assert graded.scores["blank"][test_id][0] == 0, f"{module.id}: blank notebook scores on {test_id}"
    assert graded.autograded_total("blank") == 0
    # The not-attempted message, in Korean, is what a learner who wrote nothing reads.
    assert all("아직" in graded.outputs["blank"][t] for t in tests)


@pytest.mark.parametrize("module", module_params())
def test_planted_mistakes_score_and_speak_as_intended(module, graded_module):
    graded = graded_module(module)
    tests = autograded_tests(graded.source)
    assert graded.planted, f"tests/curriculum/planted/{module.id}.yml declares no planted mistakes"
    for number, mistake in enumerate(graded.planted):
        student = f"planted-{number}"
        partial = mistake.get("partial", {})  # parts where the mistake fails some of several tests
        for test_id, points in tests.items():
            score = graded.scores[student][test_id][0]
            if test_id in mistake.get("zero", []) or test_id in partial:
                expected = partial.get(test_id, 0)
                assert score == expected, f"{module.id} {mistake['mistake']}: {test_id} should score {expected}, scored {score}"
                shown = graded.outputs[student][test_id]
                # the learner reads the check's plain text: code spans without their backticks
                assert plain(mistake["message"]) in shown, (
                    f"{module.id} {mistake['mistake']}: expected {mistake['message']!r} in {test_id} output:\n{shown}")
            else:
                assert score == points, f"{module.id} {mistake['mistake']}: {test_id} should keep full marks"


@pytest.mark.parametrize("module", module_params())
def test_source_validates_and_release_fails_its_tests(module, graded_module):
    graded = graded_module(module)
    ok = nbgrader(graded.root, "validate", f"source/{module.id}/exercise.ipynb")
    assert "Success! Your notebook passes all the tests." in ok.stdout, ok.stdout
    inverted = nbgrader(graded.root, "validate", "--invert", f"release/{module.id}/exercise.ipynb")
    assert "Success! The notebook does not pass any tests." in inverted.stdout, inverted.stdout


@pytest.mark.parametrize("module", module_params())
def test_hidden_tests_never_reach_learners(module, graded_module):
    graded = graded_module(module)
    hidden = hidden_test_lines(graded.source)
    assert hidden, f"{module.id}: the exercise has no hidden tests"
    released_text = "\n".join(c.source for c in graded.released.cells)
    assert "HIDDEN TESTS" not in released_text
    for student, page in graded.feedback.items():
        assert page, f"{module.id}: no feedback generated for {student}"
        seen = visible_text(page)
        for line in hidden:
            squeezed = "".join(line.split())
            assert squeezed not in "".join(released_text.split()), f"{module.id}: hidden test in release: {line}"
            assert squeezed not in seen, f"{module.id}: hidden test in {student}'s feedback: {line}"
