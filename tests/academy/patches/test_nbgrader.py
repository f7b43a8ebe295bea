"""academy/patches/nbgrader.py: each patch still reaches the nbgrader code it exists for.

Each test undoes the patches afterwards (monkeypatch), so other tests in this process see stock
nbgrader; each fails if nbgrader stops calling what we replace.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import nbformat
import pytest

import nbgrader.api
import nbgrader.nbgraderformat.common as common
from academy.layout import tools_path
from academy.patches import nbgrader as patches


@pytest.fixture(scope="module")
def made_gradebook(tmp_path_factory):
    """One gradebook database made by stock nbgrader (a new one runs alembic: seconds); tests copy it."""
    db = tmp_path_factory.mktemp("gradebook") / "gradebook.db"
    old = os.environ.get("PATH", "")
    os.environ["PATH"] = tools_path(rest=old)
    try:
        with nbgrader.api.Gradebook(f"sqlite:///{db}"):
            pass
    finally:
        os.environ["PATH"] = old
    return db


def _copy(made: Path, folder: Path, name: str = "gradebook.db") -> str:
    shutil.copy(made, folder / name)
    return f"sqlite:///{folder / name}"


@pytest.fixture
def patched(monkeypatch):
    for owner, name in [(nbgrader.api, "create_engine"), (nbgrader.api.Base.metadata, "create_all"),
                        (common, "jsonschema")]:
        monkeypatch.setattr(owner, name, getattr(owner, name))  # restored after the test
    monkeypatch.setattr(patches, "_engines", {})
    monkeypatch.setattr(patches, "_checked", set())
    patches.apply()
    patches.apply()  # idempotent
    return patches


def test_every_gradebook_of_one_database_shares_one_engine(patched, made_gradebook, tmp_path):
    url = _copy(made_gradebook, tmp_path)
    with nbgrader.api.Gradebook(url) as first, nbgrader.api.Gradebook(url) as second:
        assert first.engine is second.engine
    with nbgrader.api.Gradebook(_copy(made_gradebook, tmp_path, "other.db")) as other:
        assert other.engine is not first.engine


def test_tables_are_checked_once_per_engine(patched, made_gradebook, tmp_path):
    url = _copy(made_gradebook, tmp_path)
    db = tmp_path / "gradebook.db"
    with nbgrader.api.Gradebook(url):
        pass
    with sqlite3.connect(db) as connection:  # behind nbgrader's back: a table it would re-create
        connection.execute("DROP TABLE comment")
    with nbgrader.api.Gradebook(url) as again:
        names = nbgrader.api.inspect(again.engine).get_table_names()
    assert "comment" not in names and "student" in names


def test_cell_metadata_schema_is_checked_once_and_errors_stay(patched):
    from nbgrader.nbgraderformat import MetadataValidator, ValidationError

    cell = nbformat.v4.new_code_cell("x = 1", metadata={"nbgrader": {
        "grade": True, "solution": False, "locked": True, "grade_id": "t", "points": 1, "schema_version": 3}})
    validator = MetadataValidator()
    validator.validate_cell(cell)
    validator.validate_cell(cell)
    assert isinstance(common.jsonschema, patches.CachedJsonschema)
    assert len(common.jsonschema.validators) == 1  # nbgrader's validate went through the cache
    cell.metadata.nbgrader["points"] = "many"
    with pytest.raises(ValidationError):
        validator.validate_cell(cell)


def test_validate_takes_a_shared_documents_path_without_its_drive(monkeypatch, tmp_path):
    """nbgrader #1836: Validate on ``RTC:<path>`` (jupyter-collaboration's drive) validates ``<path>``;
    a file really named ``RTC:...`` is still validated as named."""
    from nbgrader.server_extensions.validate_assignment import handlers

    monkeypatch.setattr(handlers.ValidateAssignmentHandler, "post", handlers.ValidateAssignmentHandler.post)
    patches.apply_server()
    patches.apply_server()  # idempotent

    class Probe(handlers.ValidateAssignmentHandler):
        current_user = "hana"  # (tornado's web.authenticated asks for one)
        root_dir = str(tmp_path)

        def __init__(self, path: str):  # no tornado request: only what nbgrader's post uses
            self.path, self.validated, self.answer = path, [], []

        def get_argument(self, name):
            assert name == "path"
            return self.path

        def validate_notebook(self, path):
            self.validated.append(path)
            return {"success": True, "value": {}}

        def finish(self, body):
            self.answer.append(body)

    probe = Probe("RTC:demo/01-values/exercise.ipynb")
    probe.post()
    assert probe.validated == ["demo/01-values/exercise.ipynb"] and probe.answer == ['{"success": true, "value": {}}']
    (tmp_path / "RTC:mine.ipynb").write_text("{}", encoding="utf-8")
    probe = Probe("RTC:mine.ipynb")
    probe.post()
    assert probe.validated == ["RTC:mine.ipynb"]
