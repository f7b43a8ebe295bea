"""``RestoreDeletedCells``: put back test and locked cells a learner deleted.

Stock nbgrader restores the *content* of locked and test cells that are still there
(``OverwriteCells``) but a deleted test cell simply has no output, so its grade stays at
"needs manual grading" forever. This step, run right after ``OverwriteCells`` in
``Autograde.sanitize_preprocessors``, re-inserts every missing grade (non-answer) or locked cell
from the source notebook, next to the cell that preceded it there, so it is executed and
scored like any other. Answer cells are never inserted (no solution can leak).

>>> # source: [intro(locked), answer, test]; submission: [intro, answer]
>>> # result: [intro, answer, test]   (test restored from source)
"""

from __future__ import annotations

import copy
import os

import nbformat
from traitlets import Unicode

from nbgrader.preprocessors import NbGraderPreprocessor


def _grade_id(cell) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def _restorable(cell) -> bool:
    meta = cell.metadata.get("nbgrader", {})
    return bool(meta.get("grade_id")) and not meta.get("solution") and bool(meta.get("grade") or meta.get("locked"))


def restore_cells(submission: nbformat.NotebookNode, source: nbformat.NotebookNode) -> list[str]:
    """Insert into ``submission`` the restorable source cells it lacks; return their ids."""
    present = {_grade_id(c) for c in submission.cells if _grade_id(c)}
    restored = []
    previous_id = None
    for cell in source.cells:
        grade_id = _grade_id(cell)
        if grade_id and grade_id not in present and _restorable(cell):
            position = 0
            if previous_id is not None:
                position = next(i + 1 for i, c in enumerate(submission.cells) if _grade_id(c) == previous_id)
            submission.cells.insert(position, copy.deepcopy(cell))
            present.add(grade_id)
            restored.append(grade_id)
        if grade_id and grade_id in present:
            previous_id = grade_id
    return restored


class RestoreDeletedCells(NbGraderPreprocessor):
    source_directory = Unicode("", help="Folder with the source assignments (default: "
                               "CourseDirectory.root/CourseDirectory.source_directory).").tag(config=True)

    def _source_notebook(self, resources) -> str:
        course = self.config.get("CourseDirectory", {})
        folder = self.source_directory or os.path.join(course.get("root", "."), course.get("source_directory", "source"))
        return os.path.join(folder, resources["nbgrader"]["assignment"], resources["nbgrader"]["notebook"] + ".ipynb")

    def preprocess(self, nb, resources):
        path = self._source_notebook(resources)
        if os.path.isfile(path):
            restored = restore_cells(nb, nbformat.read(path, as_version=nbformat.NO_CONVERT))
            for grade_id in restored:
                self.log.warning("Restored deleted cell %s from the source notebook", grade_id)
        return nb, resources


__all__ = ["RestoreDeletedCells", "restore_cells"]
