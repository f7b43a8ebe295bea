"""Where things are: the one place that knows the repository layout and its overrides.

Environment variables let a hub, CI or a laptop point elsewhere without code changes:
``ACADEMY_CURRICULUM`` (folder holding ``syllabus.yml``) and ``ACADEMY_DATASETS``
(folders with sample data, separated by ``os.pathsep``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
REPO = PACKAGE.parent  # valid for a source checkout / editable install
DATA_FILES = Path(sys.prefix) / "share" / "social-city-academy"  # a regular (wheel) install


def curriculum_dir() -> Path:
    """The folder with ``syllabus.yml`` and one sub-folder per module."""
    override = os.environ.get("ACADEMY_CURRICULUM")
    if override:
        return Path(override)
    for candidate in (REPO / "curriculum", DATA_FILES / "curriculum"):
        if (candidate / "syllabus.yml").is_file():
            return candidate
    return REPO / "curriculum"


def dataset_roots() -> list[Path]:
    """Folders searched for sample data, in order."""
    roots = [Path(p) for p in os.environ.get("ACADEMY_DATASETS", "").split(os.pathsep) if p]
    roots += [REPO / "datasets", DATA_FILES / "datasets"]
    seen: list[Path] = []
    for root in roots:
        if root.is_dir() and root.resolve() not in [s.resolve() for s in seen]:
            seen.append(root)
    return seen


def graders_dir() -> Path:
    return REPO / "graders"
