"""Each patch module names the version it patches, and that is the pin in pyproject.toml."""

from __future__ import annotations

import re

import pytest

from academy.layout import REPO
from academy.patches import UnpatchedVersion, require_version


@pytest.mark.parametrize("module,distribution", [("nbgrader", "nbgrader"), ("rfc3987_syntax", "rfc3987-syntax"),
                                                    ("jupyter_server_ydoc", "jupyter-server-ydoc"),
                                                    ("jupyterlab_server", "jupyterlab-server")])
def test_pinned_here_is_pinned_in_pyproject(module, distribution):
    import importlib

    patches = importlib.import_module(f"academy.patches.{module}")
    pins = re.findall(rf'"{re.escape(distribution)}==([^"]+)"', (REPO / "pyproject.toml").read_text())
    assert pins == [patches.PINNED]


def test_another_version_stops_the_import_naming_the_pin():
    with pytest.raises(UnpatchedVersion, match=r"patches nbgrader 0\.1\.0 \(pinned in pyproject.toml\), "
                                               r"but nbgrader 0\.9\.6 is installed"):
        require_version("nbgrader", "0.1.0", "academy/patches/nbgrader.py")
