"""Issue 15.3: backup and restore of a district (academy/hub/backup.py, `academy backup/restore`).

The district is the session's real hub (``district_hub``): a gradebook with a graded submission,
the hub's database, an exchange holding two submissions of one learner, and learners' homes
owned by their real Unix accounts. Restored into a fresh folder, everything compares equal:
gradebook rows, hub users, file trees with owners, modes, times and contents.
"""

from __future__ import annotations

import hashlib
import os
import pwd
import shutil
import sqlite3
import stat
import tarfile
import threading
import time
from pathlib import Path

import pytest
from .helpers import MODULE, release

from academy.admin.cli import main
from academy.hub import backup, data_root


def tree(top: Path) -> dict[str, tuple]:
    """Every entry under ``top``: type, owner, group, mode, mtime and content digest (or link target)."""
    found = {}
    for path in [top, *top.rglob("*")]:
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode):
            what = ("link", os.readlink(path))
        elif stat.S_ISDIR(st.st_mode):
            what = ("dir", None)
        elif not stat.S_ISREG(st.st_mode):  # a socket or fifo (never read: it could block)
            what = ("other", None)
        else:
            what = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
        found[str(path.relative_to(top))] = (*what, st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode),
                                             int(st.st_mtime) if not stat.S_ISDIR(st.st_mode) else None)
    return found


def stable(before: dict, after: dict) -> dict:
    """Entries unchanged while the backup ran (a learner's running server may touch its own files)."""
    return {k: v for k, v in before.items() if after.get(k) == v}


def rows(db_path: Path) -> dict[str, list[tuple]]:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        db.close()


# -- fast: the online SQLite backup while grading writes ------------------------------------------

def test_online_backup_is_a_consistent_prefix_while_another_thread_writes(tmp_path):
    """nbgrader's gradebook schema and models, written one committed student at a time from
    another thread (its own connection, as a grading run would) while the backup runs."""
    from nbgrader.api import Base, Student
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    source, copy = tmp_path / "gradebook.db", tmp_path / "backup.sqlite"
    engine = create_engine(f"sqlite:///{source}", connect_args={"timeout": 30})
    Base.metadata.create_all(engine)  # nbgrader's tables (its alembic stamp is not what is tested)
    db = sqlite3.connect(source)  # some bulk, so the backup takes a moment of its own
    db.execute("CREATE TABLE bulk (data BLOB)")
    db.executemany("INSERT INTO bulk VALUES (?)", [(os.urandom(4096),) for _ in range(4000)])
    db.commit()
    db.close()
    written, stop, errors = [], threading.Event(), []

    def grade():  # one student per commit, in order
        try:
            with Session(engine) as session:
                for i in range(20000):
                    if stop.is_set():
                        return
                    session.add(Student(id=f"s{i:05d}"))
                    session.commit()
                    written.append(i)
        except Exception as error:  # surfaced below
            errors.append(error)

    writer = threading.Thread(target=grade)
    writer.start()
    try:
        deadline = time.monotonic() + 30
        while len(written) < 10 and time.monotonic() < deadline:
            time.sleep(0.01)
        backup.backup_sqlite(source, copy)
        at_backup = len(written)
        while len(written) < at_backup + 10 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        stop.set()
        writer.join(30)
        engine.dispose()
    assert not errors, errors
    db = sqlite3.connect(copy)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ids = [r[0] for r in db.execute("SELECT id FROM student ORDER BY id")]
    assert db.execute("SELECT COUNT(*) FROM bulk").fetchone()[0] == 4000
    db.close()
    assert 10 <= len(ids) < len(written), "the backup was taken while the writer was still writing"
    assert ids == [f"s{i:05d}" for i in range(len(ids))], "a prefix of the writes, nothing torn"


# -- end to end: a real district ------------------------------------------------------------------

@pytest.mark.slow
def test_backup_restore_into_a_fresh_folder_keeps_everything(district_hub, tmp_path, monkeypatch):
    from .test_exchange_identity import submit_as

    from academy.grading.engine import grade_module

    hub = district_hub
    monkeypatch.setenv("ACADEMY_DISTRICTS", str(hub.districts))
    district_id = hub.settings["district"]["id"]
    p = data_root.paths(hub.settings)
    alice = pwd.getpwnam(hub.unix("alice"))
    home = Path(alice.pw_dir)
    secret = tmp_path / "root-only.txt"
    secret.write_text("ROOT_ONLY_SECRET")
    os.chmod(secret, 0o600)
    release(hub)
    made: list[Path] = []
    try:
        first = submit_as(hub, "alice", claim="alice", mark="ALICE_FIRST", made=made)
        second = submit_as(hub, "alice", claim="alice", mark="ALICE_SECOND", made=made)
        monkeypatch.setenv("JUPYTER_CONFIG_PATH", str(p["jupyter"] / "grader"))
        report = grade_module(p["course"], MODULE, students=["alice"], workers=1, progress=False, collect=True,
                              feedback=False)
        assert report.failed == {} and report.graded == 1, report
        # A file of alice's own with its own mode and time, and a link to what only root may read.
        mine = hub.as_unix("alice", "sh", "-c", "cd \"$HOME\" && mkdir -p 내파일 && printf '메모' > 내파일/메모.txt && "
                                             "chmod 640 내파일/메모.txt && touch -d '2026-11-01 09:00' 내파일/메모.txt && "
                                             f"ln -sfn {secret} 내파일/link")
        assert mine.returncode == 0, mine.stderr

        watched = {"course": p["course"], "exchange": p["exchange"], "home": home}
        before = {name: tree(top) for name, top in watched.items()}
        archive = tmp_path / "backups" / "demo.tar.gz"
        assert main(["backup", "--district", district_id, str(archive)]) == 0
        after = {name: tree(top) for name, top in watched.items()}
        # The daily timer's form (deploy/systemd/academy-backup.service): a folder, then only the newest kept
        daily = tmp_path / "daily"
        older = daily / f"{district_id}-20200101-023000"
        older.mkdir(parents=True)
        (older / "manifest.json").write_text("{}")
        assert main(["backup", "--district", district_id, str(daily), "--keep", "1"]) == 0
        kept = list(daily.iterdir())
        assert len(kept) == 1 and kept[0] != older and (kept[0] / "manifest.json").is_file(), kept
        gradebook_rows = rows(p["course"] / "gradebook.db")
        users = sorted(r[0] for r in sqlite3.connect(f"file:{p['db']}?mode=ro", uri=True).execute("SELECT name FROM users"))

        # The running hub's own data root is never overwritten, --force or not.
        assert main(["restore", "--district", district_id, "--force", str(archive)]) == 1

        fresh = tmp_path / "restored"
        assert main(["restore", "--district", district_id, str(archive), "--into", str(fresh)]) == 0
        assert rows(fresh / "course" / "gradebook.db") == gradebook_rows
        assert gradebook_rows["grade"], "the gradebook held grades"
        restored_users = sqlite3.connect(fresh / "hub" / "jupyterhub.sqlite").execute("SELECT name FROM users")
        assert sorted(r[0] for r in restored_users) == users and "alice" in users
        for name, top in {"course": fresh / "course", "exchange": fresh / "exchange",
                          "home": fresh / "homes" / hub.unix("alice")}.items():
            expected = stable(before[name], after[name])
            got = tree(top)
            if name == "course":
                expected = {k: v for k, v in expected.items() if not k.startswith("gradebook.db")}
                got = {k: v for k, v in got.items() if not k.startswith("gradebook.db")}
            assert {k: got.get(k) for k in expected} == expected, name
        inbound = fresh / "exchange" / hub.course / "inbound"
        assert {first.name, second.name} <= {e.name for e in inbound.iterdir()}, "both submissions keep history"
        assert stat.S_IMODE((fresh / "exchange").stat().st_mode) == 0o1777
        note = fresh / "homes" / hub.unix("alice") / "내파일" / "메모.txt"
        assert (note.stat().st_uid, stat.S_IMODE(note.stat().st_mode)) == (alice.pw_uid, 0o640)
        link = note.parent / "link"
        assert link.is_symlink() and os.readlink(link) == str(secret)

        # A second restore into the same (now non-empty) folder is refused without --force.
        assert main(["restore", "--district", district_id, str(archive), "--into", str(fresh)]) == 1

        # In place, alice's non-empty home is refused without --force (also with the hub down).
        other = dict(hub.settings, hub=dict(hub.settings["hub"], data_root=str(tmp_path / "elsewhere")))
        with pytest.raises(backup.BackupError, match="비어 있지 않아요|실행 중이라"):
            backup.restore(other, archive, log=lambda _: None)
        assert not (tmp_path / "elsewhere").exists()

        # A truncated archive: refused with a clear message, the target untouched, no staging left.
        cut = tmp_path / "cut.tar.gz"
        cut.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
        target = tmp_path / "target"
        target.mkdir()
        (target / "keep.txt").write_text("그대로")
        with pytest.raises(backup.BackupError, match="잘렸거나 손상되어"):
            backup.restore(hub.settings, cut, into=target, force=True, log=lambda _: None)
        assert [e.name for e in target.iterdir()] == ["keep.txt"]
        assert not [e for e in tmp_path.iterdir() if ".restoring-" in e.name]

        # A backup folder whose part was altered afterwards: refused before anything is written.
        folder = backup.backup(hub.settings, tmp_path / "folders", log=lambda _: None)
        assert b"ROOT_ONLY_SECRET" not in (folder / "parts" / f"home-{hub.unix('alice')}.tar").read_bytes(), \
            "a link is kept as a link, never read through"
        course_tar = folder / "parts" / "course.tar"
        data = bytearray(course_tar.read_bytes())
        data[len(data) // 2] ^= 0xFF
        course_tar.write_bytes(bytes(data))
        with pytest.raises(backup.BackupError, match="manifest 와 달라요"):
            backup.restore(hub.settings, folder, into=tmp_path / "never", log=lambda _: None)
        assert not (tmp_path / "never").exists()
        assert "한국 시각" in (folder / "요약.txt").read_text(encoding="utf-8")
    finally:
        for path in made:
            shutil.rmtree(path, ignore_errors=True)
        shutil.rmtree(home / "내파일", ignore_errors=True)


def test_a_crafted_part_cannot_write_through_a_link(tmp_path):
    """A part whose member lies below a symlink it also holds is refused (defence in depth)."""
    part = tmp_path / "course.tar"
    outside = tmp_path / "outside"
    outside.mkdir()
    with tarfile.open(part, "w") as tar:
        folder = tarfile.TarInfo("course")
        folder.type = tarfile.DIRTYPE
        tar.addfile(folder)
        link = tarfile.TarInfo("course/x")
        link.type, link.linkname = tarfile.SYMTYPE, str(outside)
        tar.addfile(link)
        evil = tarfile.TarInfo("course/x/planted.txt")
        evil.size = 4
        import io

        tar.addfile(evil, io.BytesIO(b"evil"))
    with pytest.raises(backup.BackupError, match="허용되지 않는 항목"):
        backup.extract_part(part, tmp_path / "build", "course")
    assert not (outside / "planted.txt").exists()


def test_a_folder_or_file_swapped_for_a_link_mid_backup_is_never_read_through(tmp_path, monkeypatch):
    """What a learner could do while root backs up their home: after the walker saw a folder
    (or a file), swap it for a link to what only root may read. The walker opens each entry
    relative to its parent with O_NOFOLLOW, so it skips the swapped entry instead of reading it."""
    secret = tmp_path / "root-only"
    secret.mkdir(mode=0o700)
    (secret / "shadow").write_text("ROOT_ONLY_SECRET")
    home = tmp_path / "home"
    (home / "sub").mkdir(parents=True)
    (home / "sub" / "mine.txt").write_text("mine")
    (home / "note.txt").write_text("note")
    real_stat, swaps = os.stat, {"sub": secret, "note.txt": secret / "shadow"}

    def stat_then_swap(name, *args, **kwargs):
        result = real_stat(name, *args, **kwargs)
        if kwargs.get("dir_fd") is not None and name in swaps:  # the walker just looked at it
            target = swaps.pop(name)
            victim = home / name
            shutil.rmtree(victim) if victim.is_dir() else victim.unlink()
            victim.symlink_to(target)
        return result

    monkeypatch.setattr(os, "stat", stat_then_swap)
    with tarfile.open(tmp_path / "home.tar", "w") as tar:
        stats = backup.add_tree(tar, home, "home")
    monkeypatch.undo()
    assert not swaps, "both swaps happened"
    assert sorted(stats.skipped) == ["home/note.txt", "home/sub"]
    assert b"ROOT_ONLY_SECRET" not in (tmp_path / "home.tar").read_bytes()


def test_a_postgresql_database_goes_through_pg_dump_and_pg_restore(postgres, tmp_path):
    """The hook for a district on PostgreSQL (``[database]``): a real server, the district-style
    URL (no password: libpq's passfile), dumped and restored into another database, row for row."""
    from tests.postgres import ROLE

    from academy.database import with_password_file

    source, target = postgres.create_database(), postgres.create_database()
    with postgres.connect(source, user=ROLE) as db:
        db.execute("CREATE TABLE grade (id serial PRIMARY KEY, student text, score real)")
        db.execute("INSERT INTO grade (student, score) VALUES ('김민지', 8), ('park', 2.5)")
    url = with_password_file(postgres.url(source), str(postgres.passfile))
    entry = backup.dump_database(url, tmp_path, "gradebook")
    assert entry["kind"] == "pg_dump" and (tmp_path / "gradebook.pgdump").stat().st_size > 0
    target_url = with_password_file(postgres.url(target), str(postgres.passfile))
    backup.load_database(entry, tmp_path / "gradebook.pgdump", target_url, build=tmp_path, data_root=tmp_path)
    with postgres.connect(target, user=ROLE) as db:
        assert db.execute("SELECT student, score FROM grade ORDER BY id").fetchall() == [("김민지", 8.0), ("park", 2.5)]


def test_restore_in_place_moves_what_was_there_aside_and_gives_homes_back_to_their_owners(tmp_path):
    """A district without a running hub, restored over itself with --force: the backup's state
    comes back (gradebook, hub users, a learner's file with its owner and mode), and what was
    there before is kept beside it, not deleted."""
    import secrets

    from .conftest import district_file, need_root

    from academy import district
    from academy.hub import unix_accounts

    need_root()
    tag = secrets.token_hex(2)
    districts, root, homes = tmp_path / "districts", tmp_path / "data", tmp_path / "home"
    districts.mkdir()
    homes.mkdir(mode=0o755)
    (districts / f"b{tag}.toml").write_text(district_file({
        "district": {"id": f"b{tag}", "name": "백업구"}, "hub": {"data_root": str(root)},
        "people": {"instructors": ["teach"]},
        "accounts": {"unix_prefix": f"sca-b{tag}-", "home_root": str(homes)}}), encoding="utf-8")
    settings = district.load(f"b{tag}", path=districts / f"b{tag}.toml")
    p = data_root.paths(settings)
    for folder, mode in ((root, 0o711), (p["hub"], 0o700), (p["course"], 0o700), (p["exchange"], 0o1777),
                         (root / "weekly", 0o711), (p["jupyter"], 0o755)):
        folder.mkdir(exist_ok=True)
        os.chmod(folder, mode)
    (root / "weekly" / "runs.json").write_text("{}")  # any folder of the data root comes back ...
    (p["jupyter"] / "generated.json").write_text("{}")  # ... but what `academy hub setup` writes
    with sqlite3.connect(p["db"]) as db:
        db.execute("CREATE TABLE users (name TEXT)")
        db.execute("INSERT INTO users VALUES ('kim')")
    with sqlite3.connect(p["course"] / "gradebook.db") as db:
        db.execute("CREATE TABLE grade (student TEXT, score REAL)")
        db.execute("INSERT INTO grade VALUES ('kim', 8)")
    unix = f"sca-b{tag}-kim"
    try:
        kim = unix_accounts.ensure_unix_user(unix, homes)
        note = Path(kim.pw_dir) / "노트.txt"
        note.write_text("백업 때 내용")
        os.chown(note, kim.pw_uid, kim.pw_gid)
        os.chmod(note, 0o600)
        folder = backup.backup(settings, tmp_path / "backups", log=lambda _: None)

        note.write_text("나중에 바뀐 내용")
        with sqlite3.connect(p["course"] / "gradebook.db") as db:
            db.execute("UPDATE grade SET score = 0")
        with pytest.raises(backup.BackupError, match="비어 있지 않아요"):
            backup.restore(settings, folder, log=lambda _: None)
        report = backup.restore(settings, folder, force=True, log=lambda _: None)

        assert note.read_text() == "백업 때 내용"
        assert (note.stat().st_uid, stat.S_IMODE(note.stat().st_mode)) == (kim.pw_uid, 0o600)
        assert stat.S_IMODE(Path(kim.pw_dir).stat().st_mode) == 0o700 and Path(kim.pw_dir).stat().st_uid == kim.pw_uid
        with sqlite3.connect(p["course"] / "gradebook.db") as db:
            assert db.execute("SELECT score FROM grade").fetchall() == [(8.0,)]
        assert stat.S_IMODE(root.stat().st_mode) == 0o711 and stat.S_IMODE(p["exchange"].stat().st_mode) == 0o1777
        assert (root / "weekly" / "runs.json").exists() and not p["jupyter"].exists()
        aside = sorted(str(path) for path in report.moved_aside)
        assert len(aside) == 2 and all(".before-restore-" in path for path in aside)
        old_home = next(Path(path) for path in aside if unix in path)
        assert (old_home / "노트.txt").read_text() == "나중에 바뀐 내용", "what was there is kept, not deleted"
        assert not [e for e in [*tmp_path.iterdir(), *homes.iterdir()] if ".restoring-" in e.name]
    finally:
        unix_accounts.remove_unix_user(unix)
