"""A one-module curriculum for hub tests (generated, so the real curriculum can change freely).

The exercise has a visible and a hidden test; the hidden one carries the marker ``HIDDEN_MARK``
so isolation tests can look for it where learners must never see it.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import yaml

MODULE = "00-hubcheck"
HIDDEN_MARK = "SCA_HIDDEN_TEST_MARK"


def _cell(kind: str, source: str, **nbgrader) -> nbformat.NotebookNode:
    make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
    cell = make(source)
    if nbgrader:
        cell.metadata["nbgrader"] = {"schema_version": 3, "task": False, **nbgrader}
    return cell


def make_curriculum(root: Path) -> Path:
    """Write ``root/syllabus.yml`` and ``root/00-hubcheck/{lesson,exercise}.ipynb``; return ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "syllabus.yml").write_text(yaml.safe_dump({"modules": [{
        "id": MODULE, "title": "허브 점검", "summary": "두 배 만들기", "objectives": ["함수를 써요."],
        "minutes": 5, "exercise_minutes": 3, "points": 2, "datasets": []}]}, allow_unicode=True), encoding="utf-8")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [
        _cell("markdown", "# 허브 점검\n`double(x)`를 완성해 보세요."),
        _cell("code", "def double(x):\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION",
              grade=False, solution=True, locked=False, grade_id="answer"),
        _cell("code", f"assert double(2) == 4\n### BEGIN HIDDEN TESTS\nassert double(5) == 10  # {HIDDEN_MARK}\n"
                      "### END HIDDEN TESTS",
              grade=True, solution=False, locked=True, points=2, grade_id="test_double"),
    ]
    (root / MODULE).mkdir(exist_ok=True)
    nbformat.write(nb, root / MODULE / "exercise.ipynb")
    lesson = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 허브 점검 강의\n두 배를 만들어 봐요.")])
    lesson.metadata["kernelspec"] = nb.metadata["kernelspec"]
    nbformat.write(lesson, root / MODULE / "lesson.ipynb")  # course init copies every listed lesson
    return root
