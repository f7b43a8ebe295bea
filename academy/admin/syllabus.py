"""``curriculum/syllabus.yml``: the one ordered manifest of modules, validated on load.

>>> [m.id for m in load()][:2]
['00-start', '01-values']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from academy.layout import curriculum_dir

MODULE_ID = re.compile(r"^(?P<number>\d\d)-(?P<slug>[a-z][a-z0-9-]*)$")
REQUIRED = {"id": str, "title": str, "summary": str, "objectives": list, "minutes": int,
            "exercise_minutes": int, "points": int}
OPTIONAL = {"datasets": list, "lessons": list, "introduces": dict, "due": str}
# What a module teaches, in the categories tests/curriculum/test_ledger.py extracts with ``ast``:
# ast node classes, bare builtins, ``x.NAME``, imported modules, keyword arguments ``f(NAME=...)``.
LEDGER_CATEGORIES = ("syntax", "names", "attributes", "modules", "keywords")
LESSON_NOTEBOOK = re.compile(r"^lesson(-\d+)?\.ipynb$")


@dataclass(frozen=True)
class Lesson:
    """One lesson notebook of a module and the minutes an older beginner needs for it."""

    notebook: str
    minutes: int


class SyllabusError(ValueError):
    """syllabus.yml is malformed; the message names the module, the key and the fix."""


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    summary: str
    objectives: list[str]
    minutes: int
    exercise_minutes: int
    points: int
    datasets: list[str] = field(default_factory=list)
    lessons: tuple[Lesson, ...] = ()
    introduces: dict[str, list[str]] = field(default_factory=dict)
    due: str = ""  # "2026-12-10 18:00", district time; a district's [deadlines] due wins (academy/deadlines.py)

    @property
    def lesson_minutes(self) -> int:
        """Minutes of all lesson notebooks; ``minutes`` = this + ``exercise_minutes``."""
        return sum(lesson.minutes for lesson in self.lessons)

    @property
    def number(self) -> int:
        return int(self.id[:2])

    @property
    def exercises_module(self) -> str:
        """The Python module declaring this module's checks, e.g. ``academy.exercises.m01_values``."""
        return "academy.exercises.m" + self.id.replace("-", "_")

    def folder(self, root: Path | None = None) -> Path:
        return (root or curriculum_dir()) / self.id


def _validate(entry: Any, position: int, where: Path) -> Module:
    label = f"{where}: module #{position + 1}"
    if not isinstance(entry, dict):
        raise SyllabusError(f"{label}: expected a mapping with keys {sorted(REQUIRED)}")
    label = f"{where}: module {entry.get('id', '#' + str(position + 1))!r}"
    for key, kind in REQUIRED.items():
        if key not in entry:
            raise SyllabusError(f"{label}: missing key {key!r} -- add it ({kind.__name__})")
        if not isinstance(entry[key], kind) or isinstance(entry[key], bool):
            raise SyllabusError(f"{label}: {key!r} must be {kind.__name__}, got {type(entry[key]).__name__}")
    if "due" in entry:
        from academy.deadlines import is_due

        if not is_due(entry["due"]):
            raise SyllabusError(f"{label}: 'due' must look like \"2026-12-10 18:00\" (quoted; district time), "
                                f"got {entry['due']!r}")
    for key, kind in OPTIONAL.items():
        if key in entry and not isinstance(entry[key], kind):
            raise SyllabusError(f"{label}: {key!r} must be {kind.__name__}")
    unknown = set(entry) - set(REQUIRED) - set(OPTIONAL)
    if unknown:
        raise SyllabusError(f"{label}: unknown key(s) {sorted(unknown)} -- allowed: {sorted({**REQUIRED, **OPTIONAL})}")
    if not MODULE_ID.match(entry["id"]):
        raise SyllabusError(f"{label}: id must look like '07-analysis' (two digits, dash, lowercase slug)")
    if int(entry["id"][:2]) != position:
        raise SyllabusError(f"{label}: modules must be numbered in order; position {position} needs an id starting {position:02d}-")
    if entry["points"] <= 0 or entry["minutes"] <= 0 or entry["exercise_minutes"] <= 0:
        raise SyllabusError(f"{label}: 'points', 'minutes' and 'exercise_minutes' must be positive")
    lessons = _lessons(entry, label)
    if "introduces" in entry:
        _validate_introduces(entry["introduces"], label)
    fields = {k: entry[k] for k in entry if k != "lessons"}
    return Module(**fields, lessons=lessons)


def _lessons(entry: dict, label: str) -> tuple[Lesson, ...]:
    """``lessons:`` (several notebooks, each with its minutes) or the one ``lesson.ipynb``.

    ``minutes`` is the whole module: every lesson's minutes plus ``exercise_minutes``.
    """
    if "lessons" not in entry:
        rest = entry["minutes"] - entry["exercise_minutes"]
        if rest <= 0:
            raise SyllabusError(f"{label}: 'minutes' ({entry['minutes']}) is lesson + exercise time, so it must be "
                                f"larger than 'exercise_minutes' ({entry['exercise_minutes']})")
        return (Lesson("lesson.ipynb", rest),)
    lessons = []
    for item in entry["lessons"]:
        if (not isinstance(item, dict) or set(item) != {"notebook", "minutes"}
                or not isinstance(item["notebook"], str) or not isinstance(item["minutes"], int)
                or isinstance(item["minutes"], bool) or item["minutes"] <= 0):
            raise SyllabusError(f"{label}: each 'lessons' entry is {{notebook: lesson-1.ipynb, minutes: 60}}, got {item!r}")
        if not LESSON_NOTEBOOK.match(item["notebook"]):
            raise SyllabusError(f"{label}: lesson notebook {item['notebook']!r} must be named lesson.ipynb or lesson-N.ipynb")
        lessons.append(Lesson(item["notebook"], item["minutes"]))
    names = [lesson.notebook for lesson in lessons]
    if len(lessons) < 2 or len(set(names)) != len(names) or names != sorted(names, key=_lesson_order):
        raise SyllabusError(f"{label}: 'lessons' lists two or more different notebooks in order "
                            f"(lesson-1.ipynb, lesson-2.ipynb, ...), got {names}; one lesson needs no 'lessons' key")
    total = sum(lesson.minutes for lesson in lessons) + entry["exercise_minutes"]
    if total != entry["minutes"]:
        raise SyllabusError(f"{label}: 'minutes' ({entry['minutes']}) must equal the lessons' minutes plus "
                            f"'exercise_minutes' ({total})")
    return tuple(lessons)


def _validate_introduces(introduces: dict, label: str) -> None:
    unknown = set(introduces) - set(LEDGER_CATEGORIES)
    if unknown:
        raise SyllabusError(f"{label}: 'introduces' has unknown categories {sorted(unknown)} -- "
                            f"allowed: {list(LEDGER_CATEGORIES)}")
    for category, names in introduces.items():
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise SyllabusError(f"{label}: introduces.{category} must be a list of names, e.g. [len, sorted]")
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise SyllabusError(f"{label}: introduces.{category} lists {repeated} twice")


def _check_introduced_once(modules: list[Module], path: Path) -> None:
    first: dict[tuple[str, str], str] = {}
    for m in modules:
        for category, names in m.introduces.items():
            for name in names:
                earlier = first.setdefault((category, name), m.id)
                if earlier != m.id:
                    raise SyllabusError(f"{path}: module {m.id!r} introduces {category}:{name}, "
                                        f"already introduced by {earlier!r} -- each construct is taught once")


def _lesson_order(name: str) -> int:
    digits = re.sub(r"\D", "", name)
    return int(digits) if digits else 0


def load(path: Path | None = None) -> list[Module]:
    """All modules in order. Raises ``SyllabusError`` with the fix on any problem."""
    path = path or curriculum_dir() / "syllabus.yml"
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SyllabusError(f"{path}: not found -- set ACADEMY_CURRICULUM to the folder holding syllabus.yml") from None
    except yaml.YAMLError as error:
        raise SyllabusError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(document, dict) or not isinstance(document.get("modules"), list):
        raise SyllabusError(f"{path}: expected a top-level 'modules:' list")
    modules = [_validate(entry, i, path) for i, entry in enumerate(document["modules"])]
    ids = [m.id for m in modules]
    if len(set(ids)) != len(ids):
        raise SyllabusError(f"{path}: duplicate module ids")
    _check_introduced_once(modules, path)
    return modules


def module(module_id: str) -> Module:
    for m in load():
        if m.id == module_id:
            return m
    raise SyllabusError(f"unknown module {module_id!r}; known: {[m.id for m in load()]}")
