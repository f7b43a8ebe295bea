"""RestoreDeletedCells: deleted test/locked cells come back, answers never do."""

from __future__ import annotations

from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from academy.grading.restore import restore_cells


def cell(kind: str, grade_id: str, source: str = ""):
    meta = {"grade_id": grade_id, "locked": kind != "answer", "solution": kind == "answer", "grade": kind == "test"}
    make = new_markdown_cell if kind == "text" else new_code_cell
    return make(source or grade_id, metadata={"nbgrader": meta})


def ids(nb) -> list[str]:
    return [c.metadata.get("nbgrader", {}).get("grade_id", "?") for c in nb.cells]


def test_deleted_tests_and_locked_cells_return_in_place():
    source = new_notebook(cells=[cell("text", "intro"), cell("answer", "a1", "SOLUTION"), cell("test", "t1"),
                                 cell("answer", "a2", "SOLUTION"), cell("test", "t2")])
    submission = new_notebook(cells=[cell("answer", "a1", "mine"), new_code_cell("scratch"), cell("answer", "a2", "mine2")])
    restored = restore_cells(submission, source)
    assert restored == ["intro", "t1", "t2"]
    assert ids(submission) == ["intro", "a1", "t1", "?", "a2", "t2"]


def test_answer_cells_are_never_restored():
    source = new_notebook(cells=[cell("answer", "a1", "SOLUTION"), cell("test", "t1")])
    submission = new_notebook(cells=[cell("test", "t1")])
    assert restore_cells(submission, source) == []
    assert "SOLUTION" not in str(submission)


def test_complete_submission_unchanged():
    source = new_notebook(cells=[cell("answer", "a1"), cell("test", "t1")])
    submission = new_notebook(cells=[cell("answer", "a1", "mine"), cell("test", "t1")])
    assert restore_cells(submission, source) == [] and ids(submission) == ["a1", "t1"]
