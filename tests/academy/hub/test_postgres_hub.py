"""A district hub on PostgreSQL ([database], a real server from tests/postgres.py): accounts are
created in it and log in, formgrader's gradebook is there too, no SQLite file appears; a hub
whose password file other accounts could read refuses to start, saying so in Korean."""

from __future__ import annotations

import os

import pytest

from .conftest import throwaway_district
from .helpers import formgrader

pytestmark = pytest.mark.slow


def test_hub_and_gradebook_on_postgresql(postgres):
    from academy import database
    from academy.hub import enrolment, launch, data_root

    hub_db, gradebook_db = postgres.create_database(), postgres.create_database()
    settings_db = {"hub_url": postgres.url(hub_db), "gradebook_url": postgres.url(gradebook_db),
                   "password_file": str(postgres.passfile)}
    with throwaway_district({"database": settings_db}, people=(("teach", "instructor"), ("alice", "learner")),
                            log_name="hub-postgres-jupyterhub.log") as hub:
        # Logins live in PostgreSQL: created by `academy hub add-user`, checked by the running hub.
        s = hub.login("alice")
        assert s.get(f"{hub.base_url}hub/api/user", timeout=30).json()["name"] == "alice"
        with postgres.connect(hub_db) as connection:
            assert {r[0] for r in connection.execute("SELECT name FROM users")} >= {"alice", "teach"}
            assert connection.execute("SELECT is_authorized FROM users_info WHERE username = 'alice'").fetchone()[0]
        p = data_root.paths(hub.settings)
        assert database.hub_url(hub.settings).startswith("postgresql") and not p["db"].exists()

        # The gradebook: the enrolment sheet's Korean name goes to PostgreSQL, and formgrader (a hub
        # service, its own process and config) reads it back from there.
        enrolment.names_in_gradebook(hub.settings, [enrolment.Row(0, "alice", "김앨리스")])
        with postgres.connect(gradebook_db) as connection:
            assert connection.execute("SELECT last_name, first_name FROM student WHERE id = 'alice'").fetchone() == (
                "김", "앨리스")
        student = formgrader(hub, "teach", "GET", "student/alice").json()
        assert (student["last_name"], student["first_name"]) == ("김", "앨리스")
        assert not (p["course"] / "gradebook.db").exists()

        # A password file other accounts may read: the hub refuses to start and says why.
        launch.stop_hub(hub.proc)
        loose = postgres.passfile.parent / "loose-pgpass"
        loose.write_text(postgres.passfile.read_text())
        os.chmod(loose, 0o644)
        file = hub.districts / f"{hub.settings['district']['id']}.toml"
        good = file.read_text(encoding="utf-8")
        assert str(postgres.passfile) in good
        file.write_text(good.replace(str(postgres.passfile), str(loose)), encoding="utf-8")
        try:
            # (the hub exits while loading its config; the generous timeout only covers a loaded machine)
            with pytest.raises(RuntimeError) as caught:
                launch.start_hub(hub.settings["district"]["id"], districts=hub.districts, timeout=180)
            assert "다른 계정도 읽을 수 있어요" in str(caught.value) and "chmod 600" in str(caught.value)
        finally:
            file.write_text(good, encoding="utf-8")
            loose.unlink()
