"""An nbgrader course directory for one district, built from the curriculum.

``init_course`` writes a course root whose ``nbgrader_config.py`` loads the shared settings in
``graders/nbgrader_config.py``; ``nbgrader`` runs the real command-line tool in that root.

>>> root = init_course(Path(tempfile.mkdtemp()) / "demo", course_id="demo")  # doctest: +SKIP
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Iterable

from academy import syllabus
from academy.paths import curriculum_dir, graders_dir

COURSE_CONFIG = """\
# Written by `academy course init`; shared settings live in {shared}.
c = get_config()  # noqa: F821
load_subconfig({shared!r})  # noqa: F821
c.CourseDirectory.root = {root!r}
c.CourseDirectory.course_id = {course_id!r}
{exchange}"""


def init_course(root: Path, *, course_id: str = "demo", exchange: Path | None = None,
                modules: Iterable[str] | None = None, link_source: bool = False) -> Path:
    """Create (or refresh) the course root with ``source/<module>/`` for each module.

    The whole module folder is copied: its lesson notebooks (``lesson.ipynb`` or
    ``lesson-1.ipynb``, ``lesson-2.ipynb``, ... as ``syllabus.yml`` lists them; nbgrader releases
    them unchanged, they carry no grade cells) and ``exercise.ipynb``. A listed notebook that is
    missing stops here with a ``SyllabusError``.

    ``link_source`` symlinks each module to the curriculum (instructors edit the real files);
    otherwise the module folders are copied (tests, isolated runs).
    """
    root = Path(root).resolve()
    source = root / "source"
    source.mkdir(parents=True, exist_ok=True)
    exchange_line = f"c.Exchange.root = {str(Path(exchange).resolve())!r}\n" if exchange else ""
    (root / "nbgrader_config.py").write_text(
        COURSE_CONFIG.format(shared=str(graders_dir() / "nbgrader_config.py"), root=str(root),
                             course_id=course_id, exchange=exchange_line),
        encoding="utf-8",
    )
    wanted = [syllabus.module(m) for m in modules] if modules is not None else syllabus.load()
    for module in wanted:
        module_id = module.id
        origin = curriculum_dir() / module_id
        missing = [name for name in [lesson.notebook for lesson in module.lessons] + ["exercise.ipynb"]
                   if not (origin / name).is_file()]
        if missing:
            raise syllabus.SyllabusError(f"{origin}: syllabus.yml lists {missing} for {module_id}, but the folder lacks them")
        target = source / module_id
        if target.is_symlink() or target.is_file():
            target.unlink()
        elif target.exists():
            shutil.rmtree(target)
        if link_source:
            target.symlink_to(origin, target_is_directory=True)
        else:
            shutil.copytree(origin, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    return root


def verify_submitters(root: Path, unix_prefix: str) -> None:
    """Make the course root's collect accept only submissions owned by ``<unix_prefix><student id>``.

    ``nbgrader collect`` in the course root (``academy grade --collect``) loads this root's config
    and no role config, so the prefix is kept here too (academy/grading/exchange.py).
    """
    config = Path(root) / "nbgrader_config.py"
    lines = [line for line in config.read_text(encoding="utf-8").splitlines()
             if not line.startswith("c.VerifiedCollect.unix_prefix")]
    config.write_text("\n".join([*lines, f"c.VerifiedCollect.unix_prefix = {unix_prefix!r}"]) + "\n",
                      encoding="utf-8")


def nbgrader(root: Path, *args: str, check: bool = True, timeout: float = 900) -> subprocess.CompletedProcess:
    """Run the real ``nbgrader`` CLI inside course ``root``; raise with its output on failure."""
    env = dict(os.environ)
    # nbgrader shells out to `alembic` (gradebook migrations): it must be this environment's.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    result = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=root, env=env,
                            capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise RuntimeError(f"nbgrader {' '.join(args)} failed in {root} (exit {result.returncode}):\n"
                           f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return result
