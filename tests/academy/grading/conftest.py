"""Shared fixtures for the grading engine tests: sandboxed runs need root (CI runs as root)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from nbformat.v4 import new_code_cell, new_notebook
from traitlets.config import Config

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PANDAS_MODULE = FIXTURES / "source" / "pandas-basics"
MODULE = PANDAS_MODULE.name

# Short limits so hostile submissions finish quickly in tests (production values: nbgrader_config.py).
FAST_LIMITS = """
c.Execute.timeout = 5
c.SandboxedExecute.notebook_timeout = 20
c.SandboxedExecute.max_output_bytes = 200000
c.SandboxKernelManager.cpu_seconds = 20
"""

CORRECT = {
    "total_likes": "total_likes = int(posts[\"likes\"].sum())",
    "top_post": "def top_post(df):\n    return df.loc[df[\"likes\"].idxmax(), \"title\"]",
    "likes_by_platform": "def likes_by_platform(df):\n    return df.groupby(\"platform\")[\"likes\"].mean().round(1).to_dict()",
}
FULL_MARKS = {"test_total_likes": 2.0, "test_top_post": 3.0, "test_likes_by_platform": 3.0}

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="the grading sandbox needs root (CI runs as root)")


def run_cells(sources: list[str], cwd: Path, *, course_root: Path | None = None, timeout: int = 5,
              **settings) -> list[list[dict]]:
    """Execute ``sources`` in one sandboxed kernel; return each cell's outputs."""
    from academy.grading.execute import SandboxedExecute

    config = Config()
    if course_root is not None:
        config.CourseDirectory.root = str(course_root)
    for key, value in settings.items():
        cls, _, trait = key.partition("__")
        config[cls][trait] = value
    nb = new_notebook(cells=[new_code_cell(s) for s in sources])
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    SandboxedExecute(config=config, timeout=timeout).preprocess(nb, {"metadata": {"path": str(cwd)}})
    return [list(c.outputs) for c in nb.cells]


def text_of(outputs: list[dict]) -> str:
    parts = []
    for o in outputs:
        if o.get("output_type") == "stream":
            parts.append(o["text"])
        elif o.get("output_type") == "error":
            parts.append(f"{o['ename']}: {o['evalue']}")
        elif "data" in o:
            parts.append(o["data"].get("text/plain", ""))
    return "".join(parts)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A fake course root (0700) with a submission folder and a secret next to it."""
    course = tmp_path / "course"
    sub = course / "autograded" / "kim" / "m1"
    sub.mkdir(parents=True)
    os.chmod(course, 0o700)
    (course / "gradebook.db").write_text("SECRET-GRADEBOOK")
    (sub / "data.csv").write_text("a,b\n1,2\n")
    (sub / "exercise.ipynb").write_text("{\"hidden\": \"tests\"}")
    (sub / "leak.csv").symlink_to(course / "gradebook.db")
    return sub
