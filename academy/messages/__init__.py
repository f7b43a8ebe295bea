"""Learner-facing messages: loaded once from ``ko/*.yml`` and rendered in one place.

Each file is one section named after it: ``ko/check.yml`` holds ``say("check.<key>")``.
A field may carry a particle pair as its format spec: ``{name:을/를}`` renders only the particle
that follows ``name``'s text (:mod:`academy.messages.particles`), so a message writes
``"`{name}`{name:을/를}"`` and reads ``coffee_price를`` or ``my_name을``.

>>> say("explain.NameError_suggest", suggestion="price")
'혹시 `price`를 쓰려던 건가요?'
"""

from __future__ import annotations

import string
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from academy.messages.particles import particle


class _Formatter(string.Formatter):
    """``str.format`` plus particle specs: ``{name:이/가}`` is the particle after ``name``."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        if "/" in format_spec and all("가" <= ch <= "힣" for ch in format_spec.replace("/", "")):
            return particle(value, format_spec)
        return super().format_field(value, format_spec)


_FORMATTER = _Formatter()


@lru_cache(maxsize=None)
def catalogue(language: str = "ko") -> dict[str, Any]:
    """The whole message catalogue for ``language`` as a nested dict, one key per file."""
    folder = resources.files(__package__).joinpath(language)
    sections: dict[str, Any] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yml"):
            sections[entry.name[:-4]] = yaml.safe_load(entry.read_text(encoding="utf-8")) or {}
    return sections


def say(key: str, /, **fields: Any) -> str:
    """Render the message at dotted ``key`` (e.g. ``"check.correct"``) with ``fields``.

    A missing key is a programming error and raises ``KeyError`` naming the key.
    """
    node: Any = catalogue()
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"no learner message {key!r} in academy/messages/ko/")
        node = node[part]
    return _FORMATTER.vformat(str(node), (), fields)


def has(key: str, /) -> bool:
    """Whether the catalogue has a message at dotted ``key``."""
    node: Any = catalogue()
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def type_name(value: Any) -> str:
    """A learner-friendly Korean name for the type of ``value``."""
    name = "function" if callable(value) and not isinstance(value, type) else type(value).__name__
    return catalogue()["type_names"].get(name, name)
