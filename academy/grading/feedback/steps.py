"""Feedback steps: what a learner may see of a graded test cell.

``ClearHiddenTestsInTests`` removes hidden tests from the *source* of test cells, and only of
test cells. nbgrader's own ``ClearHiddenTests`` scans every cell, learners' answers included: a
learner who writes ``### BEGIN HIDDEN TESTS`` in an answer makes it raise ("No end hidden tests
statement found", or "Hidden test region detected in a non-grade cell" when they also write the
end marker), and ``generate_feedback`` fails for that learner although grading succeeded.
Hidden tests can only ever be in test cells (grade, not answer): ``generate_assignment`` refuses
them anywhere else, and autograding restores every test cell's source from the gradebook
(``OverwriteCells``) or the source notebook (``RestoreDeletedCells``). Answer and unmarked cells
hold the learner's own text and are left exactly as written. In a test cell an unbalanced
region never raises: everything from the unmatched begin marker on is removed (fail closed).

``ShortTestErrors``: a failing hidden ``assert`` still prints its own source line in the
traceback *output*, so every error shown under a test cell is cut down to its last line
(``AssertionError: <Korean message>``): the teaching message and nothing of the test code.

>>> from nbformat.v4 import new_code_cell, new_notebook, new_output
>>> cell = new_code_cell("### BEGIN HIDDEN TESTS\\nassert x == 3, '다시 해 보세요'\\n### END HIDDEN TESTS")
>>> cell.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "t", "points": 1}
>>> cell.outputs = [new_output("error", ename="AssertionError", evalue="다시 해 보세요",
...                            traceback=["----> 2 assert x == 3, '다시 해 보세요'", "AssertionError: 다시 해 보세요"])]
>>> answer = new_code_cell("x = 3  ### BEGIN HIDDEN TESTS (my own note)")
>>> answer.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "a"}
>>> nb, _ = ClearHiddenTestsInTests().preprocess(new_notebook(cells=[answer, cell]), {})
>>> nb.cells[0].source, nb.cells[1].source
('x = 3  ### BEGIN HIDDEN TESTS (my own note)', '')
>>> nb, _ = ShortTestErrors().preprocess(nb, {})
>>> nb.cells[1].outputs[0].traceback
['AssertionError: 다시 해 보세요']
"""

from __future__ import annotations

from nbgrader.preprocessors import ClearHiddenTests
from nbconvert.utils.base import NbConvertBase
from nbgrader.preprocessors import NbGraderPreprocessor  # enabled by default, unlike nbconvert's
from traitlets import List


def display_data_priority():
    """nbconvert's ``display_data_priority``, configurable again on a feedback step.

    nbgrader's preprocessor base class redeclares it without ``config=True``, while the HTML
    exporter sets it for every step: each step then warned "Config option `display_data_priority`
    not recognized" on every ``generate_feedback``.
    """
    return List(NbConvertBase.class_traits()["display_data_priority"].default()).tag(config=True)


def _is_test_cell(cell) -> bool:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return bool(meta.get("grade")) and not meta.get("solution")


class ClearHiddenTestsInTests(ClearHiddenTests):
    """nbgrader's ``ClearHiddenTests`` (same delimiter settings), applied to test cells only."""

    display_data_priority = display_data_priority()

    def preprocess_cell(self, cell, resources, index):
        if _is_test_cell(cell):
            cell.source = self._without_hidden_regions(cell.source)
        return cell, resources

    def _without_hidden_regions(self, source: str) -> str:
        kept, hidden = [], False
        for line in source.split("\n"):
            if self.begin_test_delimeter in line:
                hidden = True  # a nested begin keeps hiding; an unmatched one hides to the end
            elif self.end_test_delimeter in line:
                hidden = False
            elif not hidden:
                kept.append(line)
        return "\n".join(kept)


class ShortTestErrors(NbGraderPreprocessor):
    """Replace tracebacks under test cells by ``ename: evalue`` (the learner-facing message); an
    instant check's ``CheckFailed`` shows its Korean message alone (it starts with its own text
    label, ``[다시 봐요]``), without the class name."""

    display_data_priority = display_data_priority()

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code" and _is_test_cell(cell):
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    shown = output.get("evalue") if output.get("ename") == "CheckFailed" \
                        else f"{output.get('ename')}: {output.get('evalue')}"
                    output["traceback"] = [shown]
        return cell, resources


__all__ = ["ClearHiddenTestsInTests", "ShortTestErrors"]
