"""nbgrader's internals, patched in the grading workers only (academy/grading/engine.py).

Three patches, each keeping nbgrader's results and saving time per submission; ``apply()``
installs all three (idempotent). Written against nbgrader ``PINNED``; another version stops the
import (academy/patches/__init__.py). tests/academy/patches/test_nbgrader.py shows each one acts.

* ``nbgrader.api.create_engine`` -> ``shared_engine``: one SQLAlchemy engine per database URL in
  the worker, instead of one per ``Gradebook()`` (nbgrader opens a dozen per submission, and each
  new engine recompiles every query: ~0.3 s per submission).
* ``nbgrader.api.Base.metadata.create_all`` -> once per engine: each ``Gradebook()`` re-runs
  CREATE TABLE IF NOT EXISTS for 13 tables; the tables cannot vanish while a class is graded.
* ``nbgrader.nbgraderformat.common.jsonschema`` -> ``CachedJsonschema``: nbgrader validates every
  cell's metadata with ``jsonschema.validate``, which re-checks the schema itself on each call
  (~15 ms/cell). Same schema, same errors: the schema is checked once.
"""

from __future__ import annotations

import json
from typing import Any

from academy.patches import require_version

PINNED = "0.9.6"
VERSION = require_version("nbgrader", PINNED, "academy/patches/nbgrader.py")

import jsonschema  # noqa: E402
import nbgrader.api  # noqa: E402
import nbgrader.nbgraderformat.common as common  # noqa: E402
from jsonschema.exceptions import best_match  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402

_engines: dict[tuple, Any] = {}
_checked: set[int] = set()
_original_create_all = nbgrader.api.Base.metadata.create_all


def shared_engine(url, **kwargs):
    """``create_engine`` that hands out one engine per (URL, options) in this process."""
    key = (str(url), tuple(sorted(kwargs.items())))
    if key not in _engines:
        _engines[key] = create_engine(url, **kwargs)
    return _engines[key]


def create_all_once(bind=None, **kwargs) -> None:
    """nbgrader's ``Base.metadata.create_all``, run once per engine."""
    if bind is None or id(bind) not in _checked:
        _original_create_all(bind=bind, **kwargs)
        if bind is not None:
            _checked.add(id(bind))


class CachedJsonschema:
    """``jsonschema`` as nbgrader's metadata validator sees it, with ``validate`` checking each
    schema once; every other name is jsonschema's own."""

    def __init__(self):
        self.validators: dict[str, Any] = {}

    def __getattr__(self, name):
        return getattr(jsonschema, name)

    def validate(self, instance, schema, *args, **kwargs):
        if args or kwargs:
            return jsonschema.validate(instance, schema, *args, **kwargs)
        key = json.dumps(schema, sort_keys=True)
        if key not in self.validators:
            cls = jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)
            self.validators[key] = cls(schema)
        error = best_match(self.validators[key].iter_errors(instance))
        if error is not None:
            raise error


def apply() -> None:
    """Install the three patches in this process (a grading worker)."""
    nbgrader.api.create_engine = shared_engine
    nbgrader.api.Base.metadata.create_all = create_all_once
    if not isinstance(common.jsonschema, CachedJsonschema):
        common.jsonschema = CachedJsonschema()


__all__ = ["PINNED", "CachedJsonschema", "apply", "create_all_once", "shared_engine"]
