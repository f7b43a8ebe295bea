"""Backup's PostgreSQL hook (academy/hub/backup.py: dump_database / load_database, pg_dump and
pg_restore) against a real server (tests/postgres.py): a gradebook on PostgreSQL dumped and
restored into an empty database compares equal, table by table, row by row; also over rows that
were already there (``pg_restore --clean``)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from academy import database

pytestmark = pytest.mark.slow


def all_rows(postgres, name: str) -> dict[str, list[tuple]]:
    with postgres.connect(name) as connection:
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                for table in postgres.tables(name)}


def test_pg_dump_and_pg_restore_through_the_backup_hook(tmp_path, postgres):
    from nbgrader.api import Gradebook

    from academy.layout import ensure_tools_on_path
    from academy.hub import backup

    ensure_tools_on_path()  # nbgrader stamps a new gradebook with `alembic`
    source, target = postgres.create_database(), postgres.create_database()
    url = {name: database.with_password_file(postgres.url(name), str(postgres.passfile)) for name in (source, target)}
    when = datetime(2026, 11, 20, 10, 0, 0, 250000)
    with Gradebook(url[source], course_id="pg") as gb:
        gb.add_assignment("01-values", duedate=when)
        gb.add_notebook("exercise", "01-values")
        gb.add_grade_cell("test_a", "exercise", "01-values", max_score=2, cell_type="code")
        for i, name in enumerate(["kim", "lee"]):
            gb.add_student(name, first_name="수강", last_name="김")
            gb.add_submission("01-values", name, timestamp=when + timedelta(seconds=i))
    before = all_rows(postgres, source)
    assert len(before["submitted_assignment"]) == 2 and len(before["alembic_version"]) == 1

    entry = backup.dump_database(url[source], tmp_path, "gradebook")
    dump = tmp_path / entry["file"].removeprefix("parts/")
    assert entry["kind"] == "pg_dump" and dump.stat().st_size > 0
    backup.load_database(entry, dump, url[target], build=tmp_path / "build", data_root=tmp_path / "data")
    assert all_rows(postgres, target) == before

    # A restore over a database that changed since: back to the backup's rows exactly.
    with postgres.connect(target) as connection:
        connection.execute("INSERT INTO student (id) VALUES ('park')")
        connection.execute("UPDATE student SET first_name = '바뀜'")
    backup.load_database(entry, dump, url[target], build=tmp_path / "build", data_root=tmp_path / "data")
    assert all_rows(postgres, target) == before
