"""[database] settings and ``academy db migrate``: URLs and the password file checked in Korean,
and a SQLite gradebook + hub database copied into a real PostgreSQL server (tests/postgres.py)
with nothing lost -- every table, every row, ids and timestamps -- and a non-empty target refused."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from academy import database, district
from academy.database import DatabaseError

from tests.academy.hub.conftest import district_file


def settings_with(tmp_path: Path, **database_keys) -> dict:
    files = tmp_path / "districts"
    files.mkdir(exist_ok=True)
    (files / "pg.toml").write_text(district_file({
        "district": {"id": "pg", "name": "테스트구"}, "hub": {"data_root": str(tmp_path / "data")},
        "people": {"instructors": ["teach"]}, "database": database_keys}), encoding="utf-8")
    return district.load("pg", path=files / "pg.toml")


def passfile(tmp_path: Path, text: str = "*:*:*:academy:pw\n", mode: int = 0o600) -> str:
    path = tmp_path / "pgpass"
    path.write_text(text)
    os.chmod(path, mode)
    return str(path)


# -- settings (no server) -----------------------------------------------------------------------

def test_default_is_sqlite_under_the_data_root(tmp_path):
    settings = settings_with(tmp_path)
    assert database.hub_url(settings) == f"sqlite:///{tmp_path}/data/hub/jupyterhub.sqlite"
    assert database.gradebook_url(settings) == f"sqlite:///{tmp_path}/data/course/gradebook.db"
    assert database.nbgrader_settings(settings) == {}
    assert database.check(settings) is settings  # nothing to connect to


def test_urls_name_the_password_file_never_the_password(tmp_path):
    pw = passfile(tmp_path)
    settings = settings_with(tmp_path, gradebook_url="postgresql://academy@/academy_pg?host=/run/postgresql",
                             hub_url="postgresql://academy@/academy_pg_hub?host=/run/postgresql", password_file=pw)
    from sqlalchemy.engine import make_url

    for url in (database.hub_url(settings), database.gradebook_url(settings)):
        parsed = make_url(url)
        assert parsed.password is None and parsed.query["passfile"] == pw and parsed.query["host"] == "/run/postgresql"
    assert database.nbgrader_settings(settings) == {"CourseDirectory": {"db_url": database.gradebook_url(settings)}}


def test_course_root_and_grader_configs_get_the_gradebook(tmp_path):
    from academy.hub import data_root

    pw = passfile(tmp_path)
    settings = settings_with(tmp_path, gradebook_url="postgresql://academy@/academy_pg?host=/run/postgresql",
                             password_file=pw)
    for role in ("course", "grader"):
        assert data_root.nbgrader_settings(settings, role)["CourseDirectory"]["db_url"] == database.gradebook_url(settings)
    for role in ("learner", "instructor"):  # learners' servers never open the gradebook
        assert "db_url" not in data_root.nbgrader_settings(settings, role)["CourseDirectory"]
    assert "pw" not in data_root.nbgrader_settings(settings, "grader")["CourseDirectory"]["db_url"].replace("pgpass", "")


@pytest.mark.parametrize("value,why", [
    ("postgresql://academy:secret@/academy_pg", "비밀번호는 URL이 아니라"),  # never a password in the file
    ("mysql://academy@/academy_pg", "PostgreSQL 주소"),
    ("postgresql://academy@/?host=/run/postgresql", "PostgreSQL 주소"),  # no database name
])
def test_bad_url_refused_in_korean(tmp_path, value, why):
    with pytest.raises(district.DistrictError, match=why) as caught:
        settings_with(tmp_path, gradebook_url=value)
    assert "database.gradebook_url" in str(caught.value)


def test_hub_and_gradebook_must_be_two_databases(tmp_path):
    url = "postgresql://academy@/academy_pg?host=/run/postgresql"
    with pytest.raises(district.DistrictError, match="서로 다른 데이터베이스"):
        settings_with(tmp_path, hub_url=url, gradebook_url=url)


@pytest.mark.parametrize("text,mode,why", [
    (None, 0o600, "없어요"),
    ("*:*:*:academy:pw\n", 0o644, "chmod 600"),  # other accounts could read it
    ("just-the-password\n", 0o600, "pgpass"),
])
def test_password_file_checked_at_start(tmp_path, text, why, mode):
    pw = passfile(tmp_path, text or "", mode)
    if text is None:
        os.unlink(pw)
    settings = settings_with(tmp_path, gradebook_url="postgresql://academy@/academy_pg?host=/run/postgresql",
                             password_file=pw)
    with pytest.raises(DatabaseError, match=why):
        database.check(settings)


def test_unreachable_server_said_in_korean(tmp_path):
    pw = passfile(tmp_path)
    settings = settings_with(tmp_path, hub_url=f"postgresql://academy@/academy_pg?host={tmp_path}", password_file=pw)
    with pytest.raises(DatabaseError) as caught:
        database.check(settings)
    message = str(caught.value)
    assert message.startswith("허브 데이터베이스에 연결하지 못했어요") and "PostgreSQL 서버가 켜져 있는지" in message
    assert "pgpass" in message and ":pw" not in message


# -- a real server --------------------------------------------------------------------------------

NOW = datetime(2026, 11, 20, 10, 0, 0, 123456)


def sqlite_gradebook(path: Path) -> None:
    """A small gradebook through nbgrader's own API: students, an assignment, its notebook and
    cells, submissions with timestamps and scores."""
    from nbgrader.api import Gradebook

    from academy.layout import ensure_tools_on_path

    ensure_tools_on_path()  # nbgrader runs `alembic` for a new gradebook
    with Gradebook(f"sqlite:///{path}", course_id="pg") as gb:
        gb.add_assignment("01-values", duedate=NOW + timedelta(days=7))
        gb.add_notebook("exercise", "01-values")
        gb.add_grade_cell("test_a", "exercise", "01-values", max_score=2, cell_type="code")
        gb.add_grade_cell("test_b", "exercise", "01-values", max_score=3, cell_type="code")
        gb.add_solution_cell("answer_a", "exercise", "01-values")
        gb.add_source_cell("answer_a", "exercise", "01-values", cell_type="code", source="x = 1", checksum="c1")
        for i, name in enumerate(["kim", "lee", "park"]):
            gb.add_student(name, first_name="수강", last_name=name[0])
            submission = gb.add_submission("01-values", name, timestamp=NOW + timedelta(minutes=i))
            for grade in submission.notebooks[0].grades:
                grade.auto_score = float(i)
            gb.db.commit()


def sqlite_hub(url: str) -> None:
    """A hub database as JupyterHub makes it, with logins written by academy (set_login)."""
    from jupyterhub import orm

    from academy.hub.auth import set_login

    session = orm.new_session_factory(url)()
    for name in ("teach", "alice"):
        session.add(orm.User(name=name))
    session.commit()
    session.close()
    set_login(url, "alice", "alice-pw-123", full_name="김앨리스")


def sqlite_tables(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


@pytest.mark.slow
def test_academy_db_migrate_loses_nothing(tmp_path, postgres, capsys):
    from academy.admin.cli import main

    settings = settings_with(tmp_path, password_file=str(postgres.passfile))
    from academy.hub import data_root

    p = data_root.paths(settings)
    p["course"].mkdir(parents=True)
    p["hub"].mkdir(parents=True)
    sqlite_gradebook(p["course"] / "gradebook.db")
    sqlite_hub(database.hub_url(settings))
    gradebook_db, hub_db = postgres.create_database(), postgres.create_database()
    os.environ["ACADEMY_DISTRICTS"] = str(tmp_path / "districts")
    try:
        code = main(["db", "migrate", "--district", "pg", "--gradebook-to", postgres.url(gradebook_db),
                     "--hub-to", postgres.url(hub_db)])
        out = capsys.readouterr()
        assert code == 0, out.err
        assert out.out.count("모두 같아요") == 2 and "gradebook_url = " in out.out and "hub_url = " in out.out

        # Every table with as many rows as in SQLite (counted by each server itself).
        for path, db in ((p["course"] / "gradebook.db", gradebook_db), (p["db"], hub_db)):
            counts = sqlite_tables(path)
            assert set(postgres.tables(db)) == set(counts)
            assert {t: postgres.count(db, t) for t in counts} == counts
            assert counts["alembic_version"] == 1

        # Ids, timestamps and scores read back through nbgrader from both sides.
        from nbgrader.api import Gradebook

        def submissions(url):
            with Gradebook(url, course_id="pg") as gb:
                return sorted((s.id, s.student_id, s.timestamp, s.score, s.assignment.duedate)
                              for s in gb.assignment_submissions("01-values"))

        pg_url = database.with_password_file(postgres.url(gradebook_db), str(postgres.passfile))
        before = submissions(database.gradebook_url(settings))
        assert {student: stamp for _, student, stamp, _, _ in before} == {
            name: NOW + timedelta(minutes=i) for i, name in enumerate(["kim", "lee", "park"])}
        assert submissions(pg_url) == before

        # The hub database: academy reads alice's login from PostgreSQL, and new rows get new ids.
        from jupyterhub import orm
        from nativeauthenticator.orm import UserInfo

        hub_url = database.with_password_file(postgres.url(hub_db), str(postgres.passfile))
        session = orm.new_session_factory(hub_url)()
        assert sorted(u.name for u in session.query(orm.User)) == ["alice", "teach"]
        assert session.query(UserInfo).filter_by(username="alice").one().is_valid_password("alice-pw-123")
        top = max(u.id for u in session.query(orm.User))
        session.add(orm.User(name="bob"))
        session.commit()
        assert session.query(orm.User).filter_by(name="bob").one().id == top + 1  # sequence moved on
        session.close()

        # A second run finds the target in use: refused, nothing written.
        counts = {t: postgres.count(gradebook_db, t) for t in postgres.tables(gradebook_db)}
        code = main(["db", "migrate", "--district", "pg", "--gradebook-to", postgres.url(gradebook_db)])
        assert code == 2 and "이미 표가 있어요" in capsys.readouterr().err
        assert {t: postgres.count(gradebook_db, t) for t in postgres.tables(gradebook_db)} == counts
    finally:
        os.environ.pop("ACADEMY_DISTRICTS", None)
