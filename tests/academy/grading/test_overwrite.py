"""Issue 20.6: autograde's log warns "checksum has changed" only for a locked cell a learner changed,
not for every learner's test cell with hidden tests (academy/grading/overwrite.py)."""

from __future__ import annotations

import logging

import nbformat
import pytest
from nbgrader.api import Gradebook
from nbgrader.preprocessors import ClearHiddenTests, ComputeChecksums
from nbgrader.preprocessors import OverwriteCells as StockOverwriteCells
from nbgrader.utils import compute_checksum

from academy.grading.overwrite import OverwriteCells
from academy.layout import ensure_tools_on_path

SOURCE = "assert double(2) == 4\n### BEGIN HIDDEN TESTS\nassert double(5) == 10\n### END HIDDEN TESTS"


def _test_cell(source: str) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata.nbgrader = {"grade": True, "grade_id": "test_double", "locked": True, "points": 1,
                              "solution": False, "schema_version": 3}
    return cell


@pytest.fixture(scope="module")
def gradebook(tmp_path_factory):
    ensure_tools_on_path()  # nbgrader runs `alembic` for a new gradebook
    url = f"sqlite:///{tmp_path_factory.mktemp('overwrite') / 'gradebook.db'}"
    with Gradebook(url, course_id="c") as gb:
        gb.add_assignment("m1")
        gb.add_notebook("exercise", "m1")
        gb.add_grade_cell("test_double", "exercise", "m1", max_score=1, cell_type="code")
        gb.add_source_cell("test_double", "exercise", "m1", cell_type="code", source=SOURCE, locked=True,
                           checksum=compute_checksum(_test_cell(SOURCE)))
    return url


def _released() -> nbformat.NotebookNode:
    """The test cell as generate_assignment hands it out (hidden tests cleared, checksum recorded)."""
    nb = nbformat.v4.new_notebook(cells=[_test_cell(SOURCE)])
    nb, _ = ClearHiddenTests().preprocess(nb, {})
    nb, _ = ComputeChecksums().preprocess(nb, {})
    return nb


def _overwrite(step, nb, url, caplog) -> list[str]:
    caplog.clear()
    step.log = logging.getLogger("test-overwrite")
    with caplog.at_level(logging.WARNING, logger="test-overwrite"):
        out, _ = step.preprocess(nb, {"nbgrader": {"notebook": "exercise", "assignment": "m1", "db_url": url}})
    assert out.cells[0].source == SOURCE  # the hidden tests are back either way
    return [r.getMessage() for r in caplog.records if "checksum" in r.getMessage()]


def test_an_untouched_test_cell_is_not_reported_as_changed(gradebook, caplog):
    assert "BEGIN HIDDEN" not in _released().cells[0].source
    # stock nbgrader: a false alarm for a cell exactly as released
    assert len(_overwrite(StockOverwriteCells(), _released(), gradebook, caplog)) == 1
    assert _overwrite(OverwriteCells(), _released(), gradebook, caplog) == []


def test_a_changed_test_cell_is_still_reported(gradebook, caplog):
    nb = _released()
    nb.cells[0].source = "assert True  # 바꿨어요"
    (warning,) = _overwrite(OverwriteCells(), nb, gradebook, caplog)
    assert "Attribute 'checksum' for cell test_double has changed!" in warning
