"""An nbgrader course directory for one district, built from the curriculum.

``init_course`` writes a course root whose ``nbgrader_config.py`` loads the shared settings in
``graders/nbgrader_config.py``; ``nbgrader`` runs the real command-line tool in that root.

>>> root = init_course(Path(tempfile.mkdtemp()) / "demo", course_id="demo")  # doctest: +SKIP
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterable

from academy.admin import syllabus
from academy.layout import curriculum_dir, graders_dir, tools_path

# nbgrader settings as ``{"Class": {"trait": value}}``: the one writer turns them into a config file.
NbgraderSettings = dict[str, dict[str, Any]]

# One exchange serves several courses (one per district): course roots get it from graders/,
# the role configs (learners cannot read graders/) from academy/hub/data_root.py; both read it here.
SHARED_EXCHANGE = {"path_includes_course": True}

# Learners' server: nbgrader's student id is the hub user name (what instructors see), not the
# Unix account sca-NAME; the only setting that depends on the process (its environment). Course
# membership comes from the hub's groups, remembered while the hub restarts (academy/hub/exchange_auth.py).
HUB_STUDENT = """\
import os
c.Authenticator.plugin_class = 'academy.hub.exchange_auth.DistrictAuthPlugin'
if os.environ.get('JUPYTERHUB_USER'):
    c.CourseDirectory.student_id = os.environ['JUPYTERHUB_USER']
"""


def course_group(course_id: str) -> str:
    """nbgrader's hub group of everyone in a course (learners and instructors): ``nbgrader-<course>``."""
    return f"nbgrader-{course_id}"


def instructor_group(course_id: str) -> str:
    """nbgrader's hub group of a course's instructors (formgrader access): ``formgrade-<course>``."""
    return f"formgrade-{course_id}"


def config_lines(values: NbgraderSettings) -> str:
    """``{"Exchange": {"root": "/x"}}`` -> ``c.Exchange.root = '/x'`` lines (values by ``repr``).

    >>> print(config_lines({"CourseDirectory": {"course_id": "demo"}, "Exchange": {"path_includes_course": True}}), end="")
    c.CourseDirectory.course_id = 'demo'
    c.Exchange.path_includes_course = True
    """
    for section, traits in values.items():
        for name, value in traits.items():
            if not (section.isidentifier() and name.isidentifier()):
                raise ValueError(f"not an nbgrader setting: {section}.{name}")
            try:
                ast.literal_eval(repr(value))  # what is written must read back as the same value
            except (ValueError, SyntaxError):
                raise ValueError(f"{section}.{name}: {value!r} is not a literal") from None
    return "".join(f"c.{section}.{name} = {value!r}\n"
                   for section, traits in values.items() for name, value in traits.items())


def write_nbgrader_config(path: Path, values: NbgraderSettings, *, shared: bool = False,
                          hub_student: bool = False, extra: str = "") -> Path:
    """Write ``nbgrader_config.py`` at ``path``: the one writer of nbgrader configuration.

    ``shared`` loads ``graders/nbgrader_config.py`` first (course roots: everything grading needs;
    learners cannot read it, so their role configs do without); ``values`` are set after it;
    ``hub_student`` adds HUB_STUDENT; ``extra`` is appended as is (tests' and benchmarks' overrides).
    """
    shared_file = graders_dir() / "nbgrader_config.py"
    text = ("# Written by academy (academy/admin/course.py: write_nbgrader_config); do not edit.\n"
            "c = get_config()  # noqa: F821\n"
            + (f"load_subconfig({str(shared_file)!r})  # noqa: F821\n" if shared else "")
            + config_lines(values) + (HUB_STUDENT if hub_student else "") + extra)
    path = Path(path)
    path.write_text(text, encoding="utf-8")
    return path


def course_settings(root: Path, course_id: str, *, exchange: Path | None = None,
                    more: NbgraderSettings | None = None) -> NbgraderSettings:
    """A course root's own nbgrader settings (the shared ones come from graders/)."""
    values: NbgraderSettings = {"CourseDirectory": {"root": str(Path(root).resolve()), "course_id": course_id}}
    if exchange:
        values["Exchange"] = {"root": str(Path(exchange).resolve())}
    for section, traits in (more or {}).items():
        values.setdefault(section, {}).update(traits)
    return values


def init_course(root: Path, *, course_id: str = "demo", exchange: Path | None = None,
                modules: Iterable[str] | None = None, link_source: bool = False,
                settings: NbgraderSettings | None = None) -> Path:
    """Create (or refresh) the course root with ``source/<module>/`` for each module.

    The whole module folder is copied: its lesson notebooks (``lesson.ipynb`` or
    ``lesson-1.ipynb``, ``lesson-2.ipynb``, ... as ``syllabus.yml`` lists them; nbgrader releases
    them unchanged, they carry no grade cells) and ``exercise.ipynb``. A listed notebook that is
    missing stops here with a ``SyllabusError``.

    ``link_source`` symlinks each module to the curriculum (instructors edit the real files);
    otherwise the module folders are copied (tests, isolated runs). ``settings`` are more nbgrader
    settings for the course root's config (the hub's: ``VerifiedCollect.unix_prefix``, ...).
    """
    root = Path(root).resolve()
    source = root / "source"
    source.mkdir(parents=True, exist_ok=True)
    write_nbgrader_config(root / "nbgrader_config.py",
                          course_settings(root, course_id, exchange=exchange, more=settings), shared=True)
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


def nbgrader(root: Path, *args: str, check: bool = True, timeout: float = 900) -> subprocess.CompletedProcess:
    """Run the real ``nbgrader`` CLI inside course ``root``; raise with its output on failure."""
    env = dict(os.environ)
    # nbgrader shells out to `alembic` (gradebook migrations): it must be this environment's.
    env["PATH"] = tools_path(rest=env.get("PATH", ""))
    result = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=root, env=env,
                            capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise RuntimeError(f"nbgrader {' '.join(args)} failed in {root} (exit {result.returncode}):\n"
                           f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return result
