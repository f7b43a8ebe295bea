"""Proof fixtures for every module listed in syllabus.yml: real nbgrader, real kernels.

For one module, ``graded_module(module_id)`` builds a throw-away course, runs
``nbgrader generate_assignment``, submits three kinds of learner ('solution' = the source
version, 'blank' = the released version untouched, one 'planted-N' per typical mistake declared
in ``tests/curriculum/planted/<module>.yml``), runs one real ``nbgrader autograde`` and
``nbgrader generate_feedback``, and returns scores, test-cell outputs and feedback text.
Tests of one module share the result (xdist group per module).
"""

from __future__ import annotations

import copy
import html
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest
import yaml

from academy.admin import syllabus
from academy.admin.course import init_course, nbgrader
from academy.messages.notice import plain
from academy.partial import METADATA as PARTIAL

HERE = Path(__file__).resolve().parent
COURSE_ID = "proof"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
MODULES = syllabus.load()


def module_params():
    """One pytest param per syllabus module, kept on one xdist worker."""
    return [pytest.param(m, id=m.id, marks=pytest.mark.xdist_group(f"module-{m.id}")) for m in MODULES]


def planted_mistakes(module_id: str) -> list[dict]:
    path = HERE / "planted" / f"{module_id}.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []


def grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def output_text(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif out.get("output_type") == "error":
            parts.extend(out.get("traceback", []))
            parts.append(f"{out.get('ename')}: {out.get('evalue')}")
        elif "data" in out:
            parts.append(str(out["data"].get("text/plain", "")))
            # a Part's failed tests: the Korean reasons its box shows (academy/partial.py)
            parts.extend(plain(reason) for reason in out.get("metadata", {}).get(PARTIAL, {}).get("failed", []))
    return ANSI.sub("", "\n".join(parts))


def visible_text(html_text: str) -> str:
    """What a reader of an HTML page sees (tags dropped, entities decoded, spaces removed)."""
    text = re.sub(r"<style.*?</style>|<script.*?</script>", "", html_text, flags=re.S)
    return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", text)))


def hidden_test_lines(notebook) -> list[str]:
    lines, inside = [], False
    for cell in notebook.cells:
        for line in cell.source.splitlines():
            if "BEGIN HIDDEN TESTS" in line:
                inside = True
            elif "END HIDDEN TESTS" in line:
                inside = False
            elif inside and line.strip() and not line.strip().startswith("#"):
                lines.append(line.strip())
    return lines


@dataclass
class GradedModule:
    module: syllabus.Module
    root: Path
    planted: list[dict]
    students: list[str]
    scores: dict[str, dict[str, tuple[float | None, float]]] = field(default_factory=dict)
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)
    feedback: dict[str, str] = field(default_factory=dict)

    @property
    def source(self):
        return nbformat.read(self.root / "source" / self.module.id / "exercise.ipynb", as_version=4)

    @property
    def released(self):
        return nbformat.read(self.root / "release" / self.module.id / "exercise.ipynb", as_version=4)

    def autograded_total(self, student: str) -> float:
        return sum(score or 0 for score, _ in self.scores[student].values())


_CACHE: dict[str, GradedModule] = {}


def _submit(root: Path, student: str, module_id: str, notebook) -> None:
    folder = root / "submitted" / student / module_id
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, folder / "exercise.ipynb")


def build_graded_module(module: syllabus.Module, base: Path) -> GradedModule:
    root = init_course(base / module.id, course_id=COURSE_ID, modules=[module.id])
    nbgrader(root, "generate_assignment", module.id, "--force")
    source = nbformat.read(root / "source" / module.id / "exercise.ipynb", as_version=4)
    released = nbformat.read(root / "release" / module.id / "exercise.ipynb", as_version=4)
    planted = planted_mistakes(module.id)
    students = ["solution", "blank"]
    _submit(root, "solution", module.id, source)
    _submit(root, "blank", module.id, released)
    for number, mistake in enumerate(planted):
        notebook = copy.deepcopy(source)
        cells = [c for c in notebook.cells if grade_id(c) == mistake["part"]]
        assert len(cells) == 1, f"planted/{module.id}.yml: no single cell with grade_id {mistake['part']!r}"
        cells[0].source = mistake["code"].rstrip("\n")
        student = f"planted-{number}"
        students.append(student)
        _submit(root, student, module.id, notebook)
    nbgrader(root, "autograde", module.id, "--force")
    nbgrader(root, "generate_feedback", module.id, "--force")

    graded = GradedModule(module=module, root=root, planted=planted, students=students)
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", COURSE_ID) as gb:
        for student in students:
            nb = gb.find_submission_notebook("exercise", module.id, student)
            graded.scores[student] = {g.name: (g.score, g.max_score) for g in nb.grades}
    for student in students:
        autograded = nbformat.read(root / "autograded" / student / module.id / "exercise.ipynb", as_version=4)
        graded.outputs[student] = {grade_id(c): output_text(c) for c in autograded.cells if grade_id(c)}
        feedback = root / "feedback" / student / module.id / "exercise.html"
        graded.feedback[student] = feedback.read_text(encoding="utf-8") if feedback.exists() else ""
    return graded


@pytest.fixture
def graded_module(tmp_path_factory):
    def get(module: syllabus.Module) -> GradedModule:
        if module.id not in _CACHE:
            _CACHE[module.id] = build_graded_module(module, tmp_path_factory.mktemp("course"))
        return _CACHE[module.id]

    return get


@pytest.fixture
def module_copy(tmp_path):
    """A private copy of a module folder (lessons may write files next to themselves)."""
    def copy_of(module: syllabus.Module) -> Path:
        target = tmp_path / module.id
        shutil.copytree(module.folder(), target, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        return target

    return copy_of
