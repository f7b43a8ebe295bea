"""``OverwriteCells`` without its false alarm on every learner's test cell with hidden tests.

Stock nbgrader's ``OverwriteCells`` puts the gradebook's source of each locked cell back before
grading (that is how hidden tests come back) and warns "Attribute 'checksum' for cell ... has
changed!" whenever the submitted cell's checksum differs from the *source* cell's. But a test
cell with hidden tests was handed out without them (``ClearHiddenTests`` at generate time), so
its checksum never matches the source's: stock nbgrader reports tampering for every learner who
left it alone, and an instructor cannot tell the one who did change it. This step compares the
submitted cell with the cell *as released* (the source with its hidden-test region removed, by
the same ``ClearHiddenTests`` settings) and warns only when they differ; the source is restored
either way, exactly as stock nbgrader does.
"""

from __future__ import annotations

import copy

from nbgrader.preprocessors import ClearHiddenTests
from nbgrader.preprocessors import OverwriteCells as StockOverwriteCells
from nbgrader.utils import compute_checksum


class OverwriteCells(StockOverwriteCells):
    """Stock ``OverwriteCells``; "checksum has changed" only for a cell unlike the released one."""

    def preprocess_cell(self, cell, resources, cell_index):
        self._submitted = cell
        return super().preprocess_cell(cell, resources, cell_index)

    def released_checksum(self, grade_id: str) -> str | None:
        """The checksum of cell ``grade_id`` as learners received it (hidden tests cleared)."""
        source = self.gradebook.find_source_cell(grade_id, self.notebook_id, self.assignment_id)
        released = copy.deepcopy(self._submitted)  # the submitted cell's kind and flags (checked apart)
        released.source = source.source
        try:
            ClearHiddenTests(parent=self)._remove_hidden_test_region(released)
        except RuntimeError:  # unbalanced markers in the source: nothing to compare with
            return None
        return compute_checksum(released)

    def report_change(self, name, attr, old, new):
        if attr == "checksum" and new == self.released_checksum(name):
            self.log.debug("Cell %s is as released; its hidden tests are put back", name)
            return
        super().report_change(name, attr, old, new)
