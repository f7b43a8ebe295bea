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

from academy.paths import curriculum_dir

MODULE_ID = re.compile(r"^(?P<number>\d\d)-(?P<slug>[a-z][a-z0-9-]*)$")
REQUIRED = {"id": str, "title": str, "summary": str, "objectives": list, "minutes": int, "points": int}
OPTIONAL = {"datasets": list}


class SyllabusError(ValueError):
    """syllabus.yml is malformed; the message names the module, the key and the fix."""


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    summary: str
    objectives: list[str]
    minutes: int
    points: int
    datasets: list[str] = field(default_factory=list)

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
    if entry["points"] <= 0 or entry["minutes"] <= 0:
        raise SyllabusError(f"{label}: 'points' and 'minutes' must be positive")
    return Module(**{k: entry[k] for k in entry})


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
    return modules


def module(module_id: str) -> Module:
    for m in load():
        if m.id == module_id:
            return m
    raise SyllabusError(f"unknown module {module_id!r}; known: {[m.id for m in load()]}")
