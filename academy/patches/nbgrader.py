"""nbgrader's internals, patched: three in the grading workers (academy/grading/engine.py), one in
learners' and instructors' servers (academy/hub/validate.py).

Each grading patch keeps nbgrader's results and saves time per submission; ``apply()`` installs
all three (idempotent); ``apply_server()`` the server's one. Written against nbgrader ``PINNED``;
another version stops the import (academy/patches/__init__.py). tests/academy/patches/test_nbgrader.py
shows each one acts.

* ``nbgrader.api.create_engine`` -> ``shared_engine``: one SQLAlchemy engine per database URL in
  the worker, instead of one per ``Gradebook()`` (nbgrader opens a dozen per submission, and each
  new engine recompiles every query: ~0.3 s per submission).
* ``nbgrader.api.Base.metadata.create_all`` -> once per engine: each ``Gradebook()`` re-runs
  CREATE TABLE IF NOT EXISTS for 13 tables; the tables cannot vanish while a class is graded.
* ``nbgrader.nbgraderformat.common.jsonschema`` -> ``CachedJsonschema``: nbgrader validates every
  cell's metadata with ``jsonschema.validate``, which re-checks the schema itself on each call
  (~15 ms/cell). Same schema, same errors: the schema is checked once.

In the servers (live co-editing, academy/hub/rtc.py):

* ``ValidateAssignmentHandler.post`` -> ``post_local_path``: nbgrader's Validate button sends the
  notebook's path as JupyterLab names it; with jupyter-collaboration's ``RTC:`` drive that is
  ``RTC:demo/01-values/exercise.ipynb``, and Validate fails with "No such file or directory:
  .../RTC:demo/01-values" (nbgrader #1836, open). The server takes the path without the drive
  (``local_path``), unless a file of that very name exists. jupyter-collaboration 5 opens shared
  documents through a content provider and sends plain paths; the patch keeps Validate working for
  any front end that still names the drive.
"""

from __future__ import annotations

import json
import os
from typing import Any

from academy.patches import require_version

PINNED = "0.9.6"
VERSION = require_version("nbgrader", PINNED, "academy/patches/nbgrader.py")

import jsonschema  # noqa: E402
import nbgrader.api  # noqa: E402
import nbgrader.nbgraderformat.common as common  # noqa: E402
from jsonschema.exceptions import best_match  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from tornado import web  # noqa: E402

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


DRIVES = ("RTC",)  # JupyterLab drives whose paths are the server's own files (jupyter-collaboration < 4)


def local_path(path: str, root: str) -> str:
    """``path`` without a JupyterLab drive prefix, unless ``root`` holds a file of that very name.

    >>> local_path("RTC:demo/01-values/exercise.ipynb", "/nonexistent")
    'demo/01-values/exercise.ipynb'
    >>> local_path("demo/01-values/exercise.ipynb", "/nonexistent")
    'demo/01-values/exercise.ipynb'
    """
    drive, colon, rest = path.partition(":")
    if colon and drive in DRIVES and rest and not os.path.lexists(os.path.join(root, path)):
        return rest
    return path


@web.authenticated
def post_local_path(self) -> None:
    """nbgrader's ``ValidateAssignmentHandler.post`` with the path taken by :func:`local_path`."""
    try:
        path = self.get_argument("path")
    except web.MissingArgumentError:
        path = self.get_json_body()["path"]
    self.finish(json.dumps(self.validate_notebook(local_path(path, self.root_dir))))


def apply_server() -> None:
    """Install the server's patch (Validate on a drive-prefixed path; idempotent)."""
    from nbgrader.server_extensions.validate_assignment import handlers

    handlers.ValidateAssignmentHandler.post = post_local_path


def apply() -> None:
    """Install the three patches in this process (a grading worker)."""
    nbgrader.api.create_engine = shared_engine
    nbgrader.api.Base.metadata.create_all = create_all_once
    if not isinstance(common.jsonschema, CachedJsonschema):
        common.jsonschema = CachedJsonschema()


__all__ = ["PINNED", "CachedJsonschema", "apply", "apply_server", "create_all_once", "local_path", "post_local_path",
           "shared_engine"]
