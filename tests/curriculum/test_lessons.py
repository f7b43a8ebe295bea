"""Every lesson notebook of every module executes as shipped (nbval, lax mode), in a private copy of its module folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import module_params

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("module", module_params())
def test_lessons_execute(module, module_copy):
    folder = module_copy(module)
    lessons = [str(folder / lesson.notebook) for lesson in module.lessons]
    assert all(map(Path.exists, map(Path, lessons))), f"{module.id}: missing lesson notebook among {lessons}"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", "-p", "no:xdist",
         "-o", "addopts=", "-q", *lessons],
        cwd=folder, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, f"{module.id}: lesson failed under nbval:\n{result.stdout[-6000:]}"
