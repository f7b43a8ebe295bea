"""Build a throwaway nbgrader course with submissions: for tests, benchmarks and demos.

>>> root = make_course(Path("/var/tmp/c1"), SOURCE / "pandas-basics")  # doctest: +SKIP
>>> submit(root, "pandas-basics", "kim", {"total_likes": "total_likes = 360"})  # doctest: +SKIP
"""

from __future__ import annotations

import copy
import os
import shutil
from pathlib import Path

import nbformat

from academy.admin.course import config_lines, course_settings, nbgrader, write_nbgrader_config
from academy.layout import ensure_tools_on_path

# Stock nbgrader autograde (learner code runs unconfined, as this user): for comparisons only.
STOCK_AUTOGRADE = "\n# Stock nbgrader autograde: learner code runs unconfined, as this user.\n" + config_lines({"Autograde": {
    "autograde_preprocessors": [
        "nbgrader.preprocessors.Execute", "nbgrader.preprocessors.IgnorePattern",
        "nbconvert.preprocessors.ClearMetadataPreprocessor", "nbgrader.preprocessors.LimitOutput",
        "nbgrader.preprocessors.SaveAutoGrades", "nbgrader.preprocessors.AssignLatePenalties",
        "nbgrader.preprocessors.CheckCellMetadata"],
    "sanitize_preprocessors": [
        "nbgrader.preprocessors.ClearOutput", "nbgrader.preprocessors.DeduplicateIds",
        "nbgrader.preprocessors.OverwriteKernelspec", "nbgrader.preprocessors.OverwriteCells",
        "nbgrader.preprocessors.CheckCellMetadata"],
}})


def make_course(root: Path, module_source: Path, *, course_id: str = "demo", stock: bool = False,
                extra_config: str = "") -> Path:
    """A course root (0700, root-only) with ``module_source`` generated into the gradebook."""
    ensure_tools_on_path()
    root = Path(root).resolve()
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o700)
    module = Path(module_source).name
    shutil.copytree(module_source, root / "source" / module, dirs_exist_ok=True)
    write_nbgrader_config(root / "nbgrader_config.py", course_settings(root, course_id), shared=True,
                          extra=(STOCK_AUTOGRADE if stock else "") + extra_config)
    nbgrader(root, "generate_assignment", module, "--force")
    return root


def released_notebook(root: Path, module: str, name: str = "exercise.ipynb") -> nbformat.NotebookNode:
    return nbformat.read(Path(root) / "release" / module / name, as_version=4)


def submit(root: Path, module: str, student: str, answers: dict[str, str] | None = None, *,
           name: str = "exercise.ipynb", notebook: nbformat.NotebookNode | None = None,
           raw: str | None = None, files: dict[str, str] | None = None,
           timestamp: str = "2026-11-20 10:00:00.000000 UTC") -> Path:
    """Write ``submitted/<student>/<module>/``: the released notebook with ``answers`` (grade_id ->
    code) filled in, or a given ``notebook``, or ``raw`` text (broken submissions)."""
    folder = Path(root) / "submitted" / student / module
    folder.mkdir(parents=True, exist_ok=True)
    if raw is not None:
        (folder / name).write_text(raw, encoding="utf-8")
    else:
        nb = copy.deepcopy(notebook) if notebook is not None else released_notebook(root, module, name)
        for cell in nb.cells:
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            if answers and grade_id in answers:
                cell.source = answers[grade_id]
        nbformat.write(nb, folder / name)
    for relative, text in (files or {}).items():
        (folder / relative).write_text(text, encoding="utf-8")
    (folder / "timestamp.txt").write_text(timestamp, encoding="utf-8")
    return folder


def scores(root: Path, module: str) -> dict[str, dict[str, float]]:
    """``{student: {grade_id: auto_score}}`` from the gradebook (what both graders must agree on)."""
    from nbgrader.api import Gradebook

    result: dict[str, dict[str, float]] = {}
    from academy.database import course_gradebook_url

    with Gradebook(course_gradebook_url(root)) as gb:
        for submission in gb.assignment_submissions(module):
            result[submission.student_id] = {
                grade.name: grade.auto_score for notebook in submission.notebooks for grade in notebook.grades
            }
    return result


__all__ = ["make_course", "submit", "released_notebook", "scores", "STOCK_AUTOGRADE"]
