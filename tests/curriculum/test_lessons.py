"""Every lesson executes as shipped (nbval, lax mode), in a private copy of its module folder."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import module_params

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("module", module_params())
def test_lessons_execute(module, module_copy):
    folder = module_copy(module)
    lessons = sorted(str(p) for p in folder.glob("lesson*.ipynb"))
    assert lessons, f"{module.id}: no lesson notebook"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", "-p", "no:xdist",
         "-o", "addopts=", "-q", *lessons],
        cwd=folder, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, f"{module.id}: lesson failed under nbval:\n{result.stdout[-6000:]}"
