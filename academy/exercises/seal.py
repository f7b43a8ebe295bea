"""``academy exercises seal``: digests of the graded answers, from the one copy of the reference.

The reference is the source exercise notebook ``curriculum/<id>/exercise.ipynb``:
:func:`run_reference` executes its setup and solution cells (every code cell that is not an
nbgrader test cell), in order, in a fresh namespace, with the module folder as the working
directory. For each graded problem of the module's ``exercise`` set, :meth:`Seal.build` digests
the variable's value, or the function's result on each declared input. Mistakes recognised by a
sealed near-answer (``Mistake(gives=...)``) are digested from the wrong examples kept with the
tests, ``tests/academy/graded_examples/mNN_slug.py`` (``WRONG = {name: [example per mistake]}``).

Authoring tool: it reads the curriculum and the tests, which learners cannot read. It writes
``academy/exercises/sealed/<id>.json``; an existing file's salt is kept, so a re-seal with
unchanged answers changes nothing and ``--check`` can compare byte for byte.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import importlib.util
import io
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from academy.admin import syllabus
from academy.checking import Seal
from academy.layout import REPO, curriculum_dir

GRADED_EXAMPLES = REPO / "tests" / "academy" / "graded_examples"


def is_test_cell(cell: dict) -> bool:
    """An nbgrader autograder test cell (graded, not a solution): never part of the reference."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return bool(meta.get("grade")) and not meta.get("solution")


def run_reference(module_id: str) -> dict[str, Any]:
    """The namespace after running the source exercise notebook's non-test code cells.

    Output is swallowed; charts use the non-interactive backend; the working directory is a
    private copy of the module folder (as nbgrader runs a notebook in its folder; files the
    cells write never land in the curriculum) and is restored afterwards.
    """
    folder = curriculum_dir() / module_id
    notebook = json.loads((folder / "exercise.ipynb").read_text(encoding="utf-8"))
    import matplotlib

    # Charts on the non-interactive backend, in this process only: MPLBACKEND in os.environ would
    # reach every kernel this process starts later (and keep the kernel config's Korean font,
    # applied with the inline backend, out of them).
    matplotlib.use("Agg")
    namespace: dict[str, Any] = {"__name__": "__main__"}
    workdir = Path(tempfile.mkdtemp(prefix=f"academy-seal-{module_id}-")) / module_id
    atexit.register(shutil.rmtree, workdir.parent, True)
    shutil.copytree(folder, workdir)
    previous = Path.cwd()
    import sys

    sys.path.insert(0, str(workdir))  # the notebook imports modules it writes (`import my_sns`), as in a kernel
    before = set(sys.modules)
    try:
        os.chdir(workdir)
        with contextlib.redirect_stdout(io.StringIO()):
            for number, cell in enumerate(notebook["cells"]):
                if cell.get("cell_type") != "code" or is_test_cell(cell):
                    continue
                source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
                if source.startswith("%%writefile "):  # the one cell magic a reference may use
                    first, _, body = source.partition("\n")
                    (workdir / first.split(maxsplit=1)[1].strip()).write_text(body, encoding="utf-8")
                    continue
                exec(compile(source, f"<{module_id}/exercise.ipynb cell {number}>", "exec"), namespace)
    finally:
        os.chdir(previous)
        sys.path.remove(str(workdir))
        for name in set(sys.modules) - before:  # modules the notebook wrote stay in its namespace only
            if str(getattr(sys.modules[name], "__file__", "") or "").startswith(str(workdir)):
                del sys.modules[name]
        _close_charts()
    return namespace


def _close_charts() -> None:
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


def graded_examples(slug: str, attribute: str = "WRONG") -> dict[str, Any]:
    """``WRONG`` (or another table, e.g. ``LESSON``) from ``tests/academy/graded_examples/<slug>.py``
    ({} if there is none)."""
    path = GRADED_EXAMPLES / f"{slug}.py"
    if not path.is_file():
        return {}
    spec = importlib.util.spec_from_file_location(f"academy_graded_examples_{slug}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(getattr(module, attribute, {}))


def declarations(module_id: str) -> ModuleType:
    module = next((m for m in syllabus.load() if m.id == module_id), None)
    if module is None:
        raise KeyError(f"no module {module_id!r} in syllabus.yml")
    return importlib.import_module(module.exercises_module)


@dataclass
class Result:
    module_id: str
    status: str  # "written" | "current" | "stale" | "unsealed"
    path: Path | None = None


def seal_module(module_id: str, *, check: bool = False) -> Result:
    """Seal (or, with ``check``, verify) one module's graded answers."""
    exercise = declarations(module_id).exercise
    if exercise.seal is None:
        return Result(module_id, "unsealed")
    path = exercise.seal.path
    old = path.read_text(encoding="utf-8") if path.is_file() else None
    previous = json.loads(old) if old else {}
    slug = declarations(module_id).__name__.rsplit(".", 1)[-1]
    built = Seal.build(module_id, list(exercise), run_reference(module_id), graded_examples(slug),
                       salt=previous.get("salt"), **({"iterations": previous["iterations"]}
                                                      if "iterations" in previous else {}))
    text = built.to_json()
    if text == old:
        return Result(module_id, "current", path)
    if check:
        return Result(module_id, "stale", path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return Result(module_id, "written", path)


def seal(module_ids: list[str] | None = None, *, check: bool = False) -> list[Result]:
    ids = module_ids or [m.id for m in syllabus.load()]
    return [seal_module(module_id, check=check) for module_id in ids]
