"""Feedback steps: what a learner may see of a graded test cell.

``ClearHiddenTests`` (nbgrader) removes hidden tests from a test cell's *source*, but a failing
hidden ``assert`` still prints its own source line in the traceback *output*. ``ShortTestErrors``
cuts every error shown under a test cell down to its last line (``AssertionError: <Korean
message>``), so feedback carries the teaching message and nothing of the test code.

>>> from nbformat.v4 import new_code_cell, new_notebook, new_output
>>> cell = new_code_cell("### BEGIN HIDDEN TESTS\\nassert x == 3, '다시 해 보세요'\\n### END HIDDEN TESTS")
>>> cell.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "t", "points": 1}
>>> cell.outputs = [new_output("error", ename="AssertionError", evalue="다시 해 보세요",
...                            traceback=["----> 2 assert x == 3, '다시 해 보세요'", "AssertionError: 다시 해 보세요"])]
>>> nb, _ = ShortTestErrors().preprocess(new_notebook(cells=[cell]), {})
>>> nb.cells[0].outputs[0].traceback
['AssertionError: 다시 해 보세요']
"""

from __future__ import annotations

from nbgrader.preprocessors import NbGraderPreprocessor  # enabled by default, unlike nbconvert's


class ShortTestErrors(NbGraderPreprocessor):
    """Replace tracebacks under test cells by ``ename: evalue`` (the learner-facing message)."""

    def preprocess_cell(self, cell, resources, index):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = [f"{output.get('ename')}: {output.get('evalue')}"]
        return cell, resources
