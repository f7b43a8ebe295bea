"""Issue 20.2: nbgrader's Validate with the Korean error explainer under a failing cell's traceback
(academy/hub/validate.py). The browser proof (the dialog a learner reads) is in test_browser_korean.py."""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from academy.hub.validate import ExplainedValidator
from academy.messages import say
from academy.messages.notice import plain


def _cell(source: str, **nbgrader) -> nbformat.NotebookNode:
    cell = new_code_cell(source)
    cell.metadata["nbgrader"] = {"schema_version": 3, "locked": False, "solution": False, "grade": False,
                                 "task": False, **nbgrader}
    return cell


def test_a_failing_cell_is_explained_in_korean_under_its_traceback(tmp_path):
    """A real validation in a real kernel (the venv's, which loads the explainer as learners' kernels do):
    the stub left in place fails the test cell, and its text ends with the explainer's plain text."""
    nb = new_notebook(cells=[_cell("def double(x):\n    raise NotImplementedError()", grade_id="answer", solution=True),
                             _cell("assert double(2) == 4", grade_id="test", grade=True, locked=True, points=1)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, tmp_path / "exercise.ipynb")
    failed = ExplainedValidator().validate(str(tmp_path / "exercise.ipynb"))["failed"]
    (test,) = [cell for cell in failed if cell["source"] == "assert double(2) == 4"]
    assert "NotImplementedError" in test["raw_error"]  # Python's traceback stays
    assert test["raw_error"].rstrip().endswith("[오류 도우미] " + plain(say("explain.NotImplementedError")))
    assert "[오류 도우미]" in test["error"] and "<code" not in test["error"]  # the dialog's HTML: plain text in its <pre>
