"""A class graded by academy's engine with its gradebook on a real PostgreSQL server
(tests/postgres.py): first on SQLite, then migrated (``academy.database.migrate``) and graded
again on PostgreSQL, scores identical and nothing written to a SQLite file any more."""

from __future__ import annotations

import pytest

from academy import database
from academy.admin.course import config_lines
from academy.grading.engine import grade_module
from tests.support.sample_class import make_course, scores, submit

from .conftest import CORRECT, FAST_LIMITS, FULL_MARKS, MODULE, PANDAS_MODULE, needs_root

pytestmark = [needs_root, pytest.mark.slow]

CLASS = {
    "kim-correct": CORRECT,
    "park-wrong": {"total_likes": "total_likes = 5", "top_post": "def top_post(df):\n    return 'x'"},
}
LATE = ("lee-partial", {**CORRECT, "likes_by_platform":
                        "def likes_by_platform(df):\n    return df.groupby('platform')['likes'].sum().to_dict()"})


def test_class_graded_on_postgresql_after_migration(tmp_path, postgres):
    course = make_course(tmp_path / "course", PANDAS_MODULE, extra_config=FAST_LIMITS)
    for student, answers in CLASS.items():
        submit(course, MODULE, student, answers)
    report = grade_module(course, MODULE, workers=2, progress=False)
    assert report.failed == {} and report.graded == 2
    on_sqlite = scores(course, MODULE)
    assert on_sqlite["kim-correct"] == FULL_MARKS

    # The district moves its gradebook: migrate, then the course config names PostgreSQL (as
    # academy hub setup writes it from [database]) and the SQLite file is put aside.
    name = postgres.create_database()
    settings = {"hub": {"data_root": str(tmp_path)},
                "database": {"hub_url": "", "gradebook_url": postgres.url(name), "password_file": str(postgres.passfile)}}
    moved = database.migrate(f"sqlite:///{course / 'gradebook.db'}", database.gradebook_url(settings), "gradebook")
    assert moved.rows["submitted_assignment"] == 2 and moved.rows["grade"] == 2 * len(FULL_MARKS)
    with open(course / "nbgrader_config.py", "a", encoding="utf-8") as config:
        config.write(config_lines(database.nbgrader_settings(settings)))
    (course / "gradebook.db").rename(tmp_path / "gradebook.sqlite.bak")
    assert database.course_gradebook_url(course) == database.gradebook_url(settings)
    assert scores(course, MODULE) == on_sqlite  # read from PostgreSQL

    # A late submission, and the whole class graded again, on PostgreSQL.
    submit(course, MODULE, *LATE, timestamp="2026-11-21 09:00:00.000000 UTC")
    report = grade_module(course, MODULE, workers=2, progress=False, resume=False)
    assert report.failed == {} and report.graded == 3
    graded = scores(course, MODULE)
    assert {s: graded[s] for s in CLASS} == on_sqlite
    assert graded["lee-partial"] == {**FULL_MARKS, "test_likes_by_platform": 0.0}
    assert postgres.count(name, "submitted_assignment") == 3
    assert not (course / "gradebook.db").exists()  # nothing fell back to SQLite
    assert (course / "feedback" / "lee-partial" / MODULE / "exercise.html").is_file()
