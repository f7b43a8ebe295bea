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


# Where learner, grader and service processes find programs after this environment's own scripts.
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"

# The cgroup v1 memory controller: learners' servers, the weekly job and the district's cgroup
# (academy/hub/spawner.py, academy/weekly/service.py, academy/hub/launch.py) live under it.
CGROUP_V1_MEMORY = Path("/sys/fs/cgroup/memory")


def venv_bin() -> Path:
    """This environment's scripts: nbgrader, alembic (nbgrader's migrations), jupyter-*, academy."""
    return Path(sys.executable).parent


def tools_path(bin_dir: Path | None = None, rest: str = SYSTEM_PATH) -> str:
    """PATH with ``bin_dir`` (default: ``venv_bin()``) first, then ``rest``.

    >>> tools_path(Path("/opt/venv/bin"))
    '/opt/venv/bin:/usr/local/bin:/usr/bin:/bin'
    """
    return os.pathsep.join([str(bin_dir or venv_bin()), *([rest] if rest else [])])


def ensure_tools_on_path() -> None:
    """Put ``venv_bin()`` first on this process's PATH unless it is there (nbgrader runs ``alembic``)."""
    if str(venv_bin()) not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = tools_path(rest=os.environ.get("PATH", ""))
