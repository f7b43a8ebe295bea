"""Back up a district and restore it: grades, hub accounts, the exchange, the course, learners' homes.

``academy backup --district demo /srv/backups`` writes one folder (or, for a DEST ending in
``.tar.gz``, one archive) holding::

    manifest.json          what is inside: every part's size and sha256, schema versions, when
    요약.txt               the same for the district admin, in Korean (Korean time)
    parts/gradebook.sqlite nbgrader's gradebook   -- sqlite3's online backup API, never a file copy:
    parts/jupyterhub.sqlite the hub's database       one consistent snapshot while grading writes
    parts/hub.tar          hub folder: cookie secret, tokens, weekly-job state (no logs, no pid files)
    parts/course.tar       the course root: source, release, submitted, autograded, feedback
    parts/exchange.tar     nbgrader's exchange: inbound entries keep their timestamped names
    parts/home-<unix>.tar  each hub user's home, owners, modes and times kept

``academy restore --district demo SRC [--into DATA_ROOT] [--force]`` verifies the manifest and
every part's checksum first, builds the whole restore in a staging folder beside the target and
only then moves it into place: a truncated or corrupted backup is refused with a clear message
and nothing is half-restored. It refuses a running hub's data root, and a non-empty target (or
learner home) without ``--force``; with ``--force`` what was there is moved aside, not deleted.

Trees are read through directory file descriptors that never follow a link (a learner who
swaps a folder for a symlink mid-backup cannot make root read another file into the backup),
and an archive is extracted member by member with its names checked (no absolute paths, no
``..``, nothing through a symlink, no duplicates, no devices).

A database on PostgreSQL (a ``postgresql://`` URL) is dumped with ``pg_dump`` and restored with
``pg_restore`` (``dump_database`` / ``load_database``: the one hook that takes the URL).
"""

from __future__ import annotations

import errno
import grp
import hashlib
import json
import os
import pwd
import re
import shutil
import sqlite3
import stat
import subprocess
import tarfile
import tempfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import quote

from academy.hub import data_root
from academy.messages import say

FORMAT = "academy-backup"
VERSION = 1
MANIFEST = "manifest.json"
SUMMARY = "요약.txt"
CHUNK = 1 << 20
KOREA = "Asia/Seoul"  # the summary's time and the folder's name are in Korean time; the manifest's is UTC
# Left out of the hub folder: its database (a part of its own), logs and what a running hub made.
HUB_SKIP = ("jupyterhub.sqlite", "jupyterhub.sqlite-journal", "jupyterhub.sqlite-wal", "jupyterhub.sqlite-shm",
            "jupyterhub.pid", "jupyterhub-proxy.pid", "stopping", "jupyterhub.log")
COURSE_SKIP = ("gradebook.db", "gradebook.db-journal", "gradebook.db-wal", "gradebook.db-shm")
SKIP = {"hub": HUB_SKIP, "course": COURSE_SKIP}
# Made again by `academy hub setup` from the district file and the checkout: not backed up.
GENERATED = ("jupyter", "runtime")


class BackupError(Exception):
    """A backup or restore could not be done; the message (Korean) says why and what to do."""


# -- databases: the one hook that takes a URL ---------------------------------------------------

def database_urls(settings: dict[str, Any]) -> dict[str, str]:
    """The district's two databases (academy/database.py): ``{"gradebook": URL, "hub_db": URL}``;
    a PostgreSQL URL carries libpq's ``passfile`` (``pg_dump``/``pg_restore`` read it)."""
    from academy import database

    return {"gradebook": database.gradebook_url(settings), "hub_db": database.hub_url(settings)}


def _sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def backup_sqlite(source: Path, target: Path, *, timeout: float = 60) -> None:
    """Copy the SQLite database ``source`` to ``target`` online (sqlite3's backup API, one step:
    the whole database is read under one read lock, so the copy is one consistent moment even
    while another process commits; a writer waits for it, within its busy timeout). The step
    copies into memory, so the lock is held for a memory copy, not for writing the file."""
    if not source.is_file():
        raise BackupError(say("backup.missing_db", path=source))
    src = sqlite3.connect(f"file:{quote(str(source))}?mode=ro", uri=True, timeout=timeout)
    snapshot = sqlite3.connect(":memory:")
    try:
        try:
            src.backup(snapshot)  # pages=-1: everything in one step
        finally:
            src.close()
        dst = sqlite3.connect(target)
        try:
            snapshot.backup(dst)
        finally:
            dst.close()
    finally:
        snapshot.close()
    check_sqlite(target)


def check_sqlite(path: Path) -> None:
    """Raise ``BackupError`` unless ``path`` is an intact SQLite database."""
    try:
        db = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            result = db.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(say("backup.bad_db", path=path, problem=error)) from None
    if result != "ok":
        raise BackupError(say("backup.bad_db", path=path, problem=result))


def sqlite_facts(path: Path) -> dict[str, Any]:
    """Schema version (alembic) and row counts per table, for the manifest."""
    db = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        rows = {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
        schema = db.execute("SELECT version_num FROM alembic_version").fetchone()[0] if "alembic_version" in tables else ""
    finally:
        db.close()
    return {"schema": schema, "rows": rows}


def dump_database(url: str, target_dir: Path, name: str) -> dict[str, Any]:
    """Write database ``url`` into ``target_dir``; returns its manifest entry (without checksum).

    SQLite: the online backup API. PostgreSQL: ``pg_dump --format=custom`` (the restore side is
    ``load_database``); the server's own tools, so the dump matches the server's version."""
    if url.startswith("sqlite:"):
        target = target_dir / f"{name}.sqlite"
        backup_sqlite(_sqlite_path(url), target)
        return {"kind": "sqlite", "file": f"parts/{target.name}", **sqlite_facts(target)}
    if url.startswith(("postgresql", "postgres:")):
        target = target_dir / f"{name}.pgdump"
        _run(["pg_dump", "--format=custom", "--no-owner", f"--file={target}", _libpq_url(url)])
        return {"kind": "pg_dump", "file": f"parts/{target.name}", "schema": "", "rows": {}}
    raise BackupError(say("backup.unknown_db", url=url.split("@")[-1]))


def load_database(entry: dict[str, Any], dump: Path, url: str, *, build: Path, data_root: Path) -> None:
    """Put a dumped database back: a SQLite file lands in the staged data root (``build``), at the
    place ``url`` names under ``data_root``; a PostgreSQL dump goes into the server with
    ``pg_restore --clean`` (the server is not staged: do it last, after every check passed)."""
    if entry["kind"] == "sqlite":
        path = _sqlite_path(url)
        try:
            relative = path.relative_to(data_root)
        except ValueError:
            raise BackupError(say("backup.db_outside", path=path, root=data_root)) from None
        target = build / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(dump, target)
        os.chmod(target, 0o600)
        check_sqlite(target)
    elif entry["kind"] == "pg_dump":
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", f"--dbname={_libpq_url(url)}", str(dump)])
    else:
        raise BackupError(say("backup.bad_manifest", problem=f"kind {entry['kind']!r}"))


def _libpq_url(url: str) -> str:
    """SQLAlchemy's ``postgresql+psycopg://`` as libpq's ``postgresql://`` (query, passfile kept)."""
    return "postgresql://" + url.partition("://")[2]


def _run(args: list[str]) -> None:
    try:
        result = subprocess.run(args, capture_output=True, text=True, timeout=3600)
    except FileNotFoundError:
        raise BackupError(say("backup.tool_missing", tool=args[0])) from None
    if result.returncode != 0:
        raise BackupError(say("backup.tool_failed", tool=args[0], output=result.stderr.strip()[-1500:]))


# -- trees: read without following links ----------------------------------------------------------

@dataclass
class TreeStats:
    files: int = 0
    bytes: int = 0
    skipped: list[str] = field(default_factory=list)  # sockets, fifos, devices; entries that vanished


_names: dict[tuple[str, int], str] = {}


def _name(kind: str, number: int) -> str:
    if (kind, number) not in _names:
        try:
            _names[kind, number] = pwd.getpwuid(number).pw_name if kind == "u" else grp.getgrgid(number).gr_name
        except KeyError:
            _names[kind, number] = ""
    return _names[kind, number]


def _info(arcname: str, st: os.stat_result, kind: bytes) -> tarfile.TarInfo:
    info = tarfile.TarInfo(arcname)
    info.type = kind
    info.mode = stat.S_IMODE(st.st_mode)
    info.uid, info.gid = st.st_uid, st.st_gid
    info.uname, info.gname = _name("u", st.st_uid), _name("g", st.st_gid)
    info.mtime = st.st_mtime
    return info


def add_tree(tar: tarfile.TarFile, top: Path, arcname: str, *, skip: tuple[str, ...] = ()) -> TreeStats:
    """Add the folder ``top`` to ``tar`` as ``arcname``: folders, regular files and symlinks (as
    links) with owners, modes and times. Every entry is opened relative to its parent's file
    descriptor with ``O_NOFOLLOW``, so a link swapped in while we read is never followed.
    ``skip``: names left out at the top level."""
    stats = TreeStats()
    flags_dir = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
    top_fd = os.open(top, flags_dir)
    stack: list[tuple[int, str, bool]] = [(top_fd, arcname, True)]
    while stack:
        dir_fd, arc, is_top = stack.pop()
        try:
            tar.addfile(_info(arc, os.fstat(dir_fd), tarfile.DIRTYPE))
            children = []
            for name in sorted(os.listdir(dir_fd)):
                if is_top and name in skip:
                    continue
                child = f"{arc}/{name}"
                try:
                    st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
                    if stat.S_ISDIR(st.st_mode):
                        children.append((os.open(name, flags_dir, dir_fd=dir_fd), child, False))
                    elif stat.S_ISLNK(st.st_mode):
                        info = _info(child, st, tarfile.SYMTYPE)
                        info.linkname = os.readlink(name, dir_fd=dir_fd)
                        tar.addfile(info)
                    elif stat.S_ISREG(st.st_mode):
                        _add_file(tar, dir_fd, name, child, stats)
                    else:
                        stats.skipped.append(child)
                except OSError as error:
                    if error.errno not in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP):
                        raise
                    stats.skipped.append(child)  # gone, or swapped for a link while we read
            stack.extend(reversed(children))
        finally:
            os.close(dir_fd)
    return stats


def _add_file(tar: tarfile.TarFile, dir_fd: int, name: str, arcname: str, stats: TreeStats) -> None:
    fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=dir_fd)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            stats.skipped.append(arcname)
            return
        # Read to the end first: a file being saved meanwhile may grow or shrink.
        with tempfile.SpooledTemporaryFile(max_size=16 * CHUNK) as buffer:
            size = 0
            while chunk := os.read(fd, CHUNK):
                buffer.write(chunk)
                size += len(chunk)
            buffer.seek(0)
            info = _info(arcname, st, tarfile.REGTYPE)
            info.size = size
            tar.addfile(info, buffer)
        stats.files += 1
        stats.bytes += size
    finally:
        os.close(fd)


def _safe_members(tar: tarfile.TarFile, top: str, links_seen: list[tarfile.TarInfo]) -> Iterator[tarfile.TarInfo]:
    """Members of a part, refused unless each stays under ``top``: no absolute names, no ``..``,
    no hard links or devices, nothing below a symlink, no name twice. Owners, modes (also the
    exchange's sticky bit) and times stay as recorded; set-id bits on files are dropped."""
    links: set[str] = set()
    seen: set[str] = set()
    for member in tar:
        name = member.name
        parts = name.split("/")
        if (name.startswith("/") or ".." in parts or "" in parts or parts[0] != top
                or not (member.isdir() or member.isreg() or member.issym()) or name in seen
                or any("/".join(parts[:i]) in links for i in range(1, len(parts)))):
            raise BackupError(say("backup.bad_member", name=name))
        seen.add(name)
        if member.issym():
            links.add(name)
            links_seen.append(member)
        if member.isreg():
            member.mode &= ~(stat.S_ISUID | stat.S_ISGID)
        yield member


def extract_part(archive: Path, destination: Path, top: str) -> None:
    """Extract the part ``archive`` (one tree named ``top``) into ``destination``."""
    links: list[tarfile.TarInfo] = []
    try:
        with tarfile.open(archive, "r:") as tar:
            tar.extractall(destination, members=_safe_members(tar, top, links), numeric_owner=False,
                           filter="fully_trusted")
        for link in links:  # tarfile leaves a link's own time at "now"
            os.utime(destination / link.name, (link.mtime, link.mtime), follow_symlinks=False)
    except (tarfile.TarError, EOFError) as error:
        raise BackupError(say("backup.corrupt", path=archive, problem=error)) from None


# -- backup -------------------------------------------------------------------------------------

def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def hub_users(url: str) -> list[str]:
    """User names in the hub database at ``url``."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as db:
            return sorted(r[0] for r in db.execute(text("SELECT name FROM users")))
    finally:
        engine.dispose()


def homes(settings: dict[str, Any], names: list[str]) -> list[dict[str, str]]:
    """``[{"user", "unix", "home"}]`` for each hub user with a Unix account on this machine."""
    found = []
    for name in names:
        unix = settings["accounts"]["unix_prefix"] + name
        try:
            home = pwd.getpwnam(unix).pw_dir
        except KeyError:
            continue
        if Path(home).is_dir():
            found.append({"user": name, "unix": unix, "home": home})
    return found


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {"sqlite": sqlite3.sqlite_version}
    for package in ("social-city-academy", "nbgrader", "jupyterhub"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = ""
    return found


def prune(destination: Path, district_id: str, keep: int) -> list[Path]:
    """Remove all but the ``keep`` newest backup folders of ``district_id`` in ``destination``
    (``<id>-YYYYMMDD-HHMMSS`` holding a manifest.json: nothing else is touched); the removed ones.

    >>> prune(Path("/var/backups/academy"), "demo", 14)   # doctest: +SKIP
    [PosixPath('/var/backups/academy/demo-20261101-023000')]
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    name = re.compile(rf"^{re.escape(district_id)}-\d{{8}}-\d{{6}}$")
    ours = sorted(path for path in Path(destination).iterdir()
                  if name.match(path.name) and path.is_dir() and not path.is_symlink()
                  and (path / "manifest.json").is_file())
    removed = ours[:-keep]
    for path in removed:
        shutil.rmtree(path)
    return removed


def backup(settings: dict[str, Any], destination: Path, *, now: datetime | None = None,
           log: Callable[[str], None] = print) -> Path:
    """Back up the district into a new folder under ``destination`` (or the archive
    ``destination`` if it ends in ``.tar.gz``); returns the folder or archive written."""
    _need_root()
    now = now or datetime.now(timezone.utc)
    district_id = settings["district"]["id"]
    p = data_root.paths(settings)
    stamp = now.astimezone(_zone(KOREA)).strftime("%Y%m%d-%H%M%S")
    destination = Path(destination)
    archive = destination if destination.name.endswith((".tar.gz", ".tgz")) else None
    if archive is not None:
        if archive.exists():
            raise BackupError(say("backup.exists", path=archive))
        archive.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{archive.name}.", dir=archive.parent))
    else:
        destination.mkdir(parents=True, exist_ok=True)
        work = destination / f"{district_id}-{stamp}"
        if work.exists():
            raise BackupError(say("backup.exists", path=work))
        work.mkdir(mode=0o700)
    os.chmod(work, 0o700)  # learners' homes and the gradebook are inside
    try:
        parts_dir = work / "parts"
        parts_dir.mkdir(mode=0o700)
        parts: list[dict[str, Any]] = []
        for name, url in database_urls(settings).items():
            entry = dump_database(url, parts_dir, "jupyterhub" if name == "hub_db" else name)
            parts.append({"name": name, **entry})
            log(say("backup.part_done", part=_part_name(name), size=_size(parts_dir / Path(entry["file"]).name)))
        for required in ("hub", "course", "exchange"):
            if not p[required].is_dir():
                raise BackupError(say("backup.missing_tree", path=p[required]))
        # Every folder of the data root (hub, course, exchange, weekly, ...) but what setup generates.
        for top in sorted(p["root"].iterdir()):
            name = top.name
            if name in GENERATED or top.is_symlink() or not top.is_dir() or not name.isidentifier():
                continue
            stats = _write_tree(parts_dir / f"{name}.tar", top, name, SKIP.get(name, ()))
            parts.append({"name": name, "kind": "tree", "file": f"parts/{name}.tar", "top": name,
                          "files": stats.files, "bytes": stats.bytes, "skipped": stats.skipped})
            log(say("backup.part_done", part=_part_name(name), size=_size(parts_dir / f"{name}.tar")))
        hub_db = parts_dir / "jupyterhub.sqlite"  # the snapshot, or (PostgreSQL) the live database
        people = homes(settings, hub_users(f"sqlite:///{hub_db}" if hub_db.exists() else database_urls(settings)["hub_db"]))
        for person in people:
            file = f"home-{person['unix']}.tar"
            stats = _write_tree(parts_dir / file, Path(person["home"]), person["unix"], ())
            parts.append({"name": f"home:{person['user']}", "kind": "home", "file": f"parts/{file}",
                          "top": person["unix"], "user": person["user"], "unix": person["unix"],
                          "home": person["home"], "files": stats.files, "bytes": stats.bytes,
                          "skipped": stats.skipped})
        if people:
            log(say("backup.homes_done", count=len(people)))
        for part in parts:
            path = work / part["file"]
            part["size"] = path.stat().st_size
            part["sha256"] = sha256(path)
        manifest = {"format": FORMAT, "version": VERSION, "district": district_id,
                    "district_name": settings["district"]["name"], "course_id": settings["district"]["course_id"],
                    "created": now.isoformat(timespec="seconds"),
                    "data_root": str(p["root"]), "root": _owner(p["root"]),
                    "home_root": settings["accounts"]["home_root"],
                    "unix_prefix": settings["accounts"]["unix_prefix"], "software": _versions(), "parts": parts}
        (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (work / SUMMARY).write_text(summary(manifest), encoding="utf-8")
        if archive is None:
            return work
        partial = archive.with_name(archive.name + ".partial")
        partial.unlink(missing_ok=True)  # left by a backup that was killed
        with open(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out, \
                tarfile.open(fileobj=out, mode="w:gz", compresslevel=6) as tar:  # 0600 from the first byte
            for path in [work / MANIFEST, work / SUMMARY, *sorted(parts_dir.iterdir())]:
                tar.add(path, arcname=str(path.relative_to(work)), recursive=False)
        os.replace(partial, archive)  # never a half-written archive under the final name
        return archive
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        if archive is not None:
            archive.with_name(archive.name + ".partial").unlink(missing_ok=True)
        raise
    finally:
        if archive is not None:
            shutil.rmtree(work, ignore_errors=True)


def _owner(path: Path) -> dict[str, Any]:
    st = path.stat()
    return {"mode": stat.S_IMODE(st.st_mode), "uid": st.st_uid, "gid": st.st_gid,
            "user": _name("u", st.st_uid), "group": _name("g", st.st_gid)}


def _set_owner(path: Path, owner: dict[str, Any]) -> None:
    """Owner and group by name (falling back to the recorded numbers), then the mode."""
    try:
        uid = pwd.getpwnam(owner["user"]).pw_uid
    except KeyError:
        uid = owner["uid"]
    try:
        gid = grp.getgrnam(owner["group"]).gr_gid
    except KeyError:
        gid = owner["gid"]
    os.chown(path, uid, gid)
    os.chmod(path, owner["mode"])


def _part_name(name: str) -> str:
    """A part's Korean name for the admin (a data-root folder without one: its own name)."""
    from academy.messages import has

    return say(f"backup.part_{name}") if has(f"backup.part_{name}") else say("backup.part_folder", name=name)


def _need_root() -> None:
    """Learners' homes are private and their owners must be set back: only root can."""
    if os.geteuid() != 0:
        raise BackupError(say("backup.need_root"))


def _write_tree(path: Path, top: Path, arcname: str, skip: tuple[str, ...]) -> TreeStats:
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        return add_tree(tar, top, arcname, skip=skip)


def _zone(tz: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(tz)


def _size(path: Path | int) -> str:
    size = path if isinstance(path, int) else path.stat().st_size
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return ""


def summary(manifest: dict[str, Any]) -> str:
    """The manifest for the district admin, in Korean (times in the district's time zone)."""
    from academy.hub.assignments import korean_time

    when = korean_time(datetime.fromisoformat(manifest["created"]), KOREA)
    lines = [say("backup.summary_title", name=manifest["district_name"], id=manifest["district"]),
             say("backup.summary_when", when=when)]
    for part in manifest["parts"]:
        size = _size(part["size"])
        if part["kind"] in ("sqlite", "pg_dump"):
            rows = part.get("rows", {})
            extra = (say("backup.summary_gradebook_rows", students=rows.get("student", 0),
                         submissions=rows.get("submitted_assignment", 0)) if part["name"] == "gradebook"
                     else say("backup.summary_hub_rows", users=rows.get("users", 0)))
            lines.append(say("backup.summary_db", part=_part_name(part["name"]), size=size,
                             schema=part.get("schema") or "-", extra=extra))
        elif part["kind"] == "tree":
            lines.append(say("backup.summary_tree", part=_part_name(part["name"]), size=size,
                             files=part["files"], bytes=_size(part["bytes"])))
        else:
            lines.append(say("backup.summary_home", user=part["user"], unix=part["unix"], size=size,
                             files=part["files"], bytes=_size(part["bytes"])))
    lines.append(say("backup.summary_restore", id=manifest["district"]))
    return "\n".join(lines) + "\n"


# -- restore ------------------------------------------------------------------------------------

def read_manifest(folder: Path) -> dict[str, Any]:
    """The manifest of the backup in ``folder``, every part's size and sha256 checked."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(say("backup.no_manifest", path=folder)) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise BackupError(say("backup.bad_manifest", problem=error)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(say("backup.bad_manifest", problem="format"))
    if manifest.get("version") != VERSION:
        raise BackupError(say("backup.bad_version", version=manifest.get("version"), known=VERSION))
    missing = [key for key in ("district", "created", "root", "parts") if key not in manifest]
    missing += [f"parts[{i}].{key}" for i, part in enumerate(manifest.get("parts") or [])
                for key in ("name", "kind", "file", "size", "sha256") if not isinstance(part, dict) or key not in part]
    if missing or not isinstance(manifest["parts"], list):
        raise BackupError(say("backup.bad_manifest", problem=", ".join(missing) or "parts"))
    for part in manifest["parts"]:
        top = part.get("top", "-")
        if not isinstance(top, str) or top in (".", "..") or not top.replace("-", "_").replace(".", "_").isidentifier():
            raise BackupError(say("backup.bad_manifest", problem=f"top {top!r}"))
        file = str(part["file"])
        if not file.startswith("parts/") or "/" in file[6:] or file in ("parts/", "parts/..", "parts/."):
            raise BackupError(say("backup.bad_manifest", problem=file))
        path = folder / file
        if not path.is_file():
            raise BackupError(say("backup.part_missing", part=file))
        if path.stat().st_size != part["size"] or sha256(path) != part["sha256"]:
            raise BackupError(say("backup.part_changed", part=file))
    return manifest


def unpack(archive: Path, folder: Path) -> None:
    """Unpack a backup archive (manifest, summary, parts/*: plain files only) into ``folder``."""
    allowed = {MANIFEST, SUMMARY}
    try:
        with tarfile.open(archive, "r:*") as tar:
            for member in tar:
                name = member.name
                if not member.isreg() or not (name in allowed or (name.startswith("parts/") and "/" not in name[6:]
                                                                   and name not in ("parts/.", "parts/.."))):
                    raise BackupError(say("backup.bad_member", name=name))
                target = folder / name
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                with open(target, "xb") as out:
                    shutil.copyfileobj(source, out, CHUNK)
    except (tarfile.TarError, EOFError, OSError, ValueError, zlib.error) as error:
        if isinstance(error, FileExistsError):
            raise BackupError(say("backup.bad_member", name=error.filename)) from None
        raise BackupError(say("backup.corrupt", path=archive, problem=error)) from None


def _has_entries(path: Path) -> bool:
    return path.is_dir() and any(path.iterdir())


def _same(a: Path, b: Path) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


@dataclass
class RestoreReport:
    data_root: Path
    homes: list[Path]
    moved_aside: list[Path]
    manifest: dict[str, Any]


def restore(settings: dict[str, Any], source: Path, *, into: Path | None = None, force: bool = False,
            log: Callable[[str], None] = print) -> RestoreReport:
    """Restore the backup ``source`` (folder or archive) of this district.

    Into the district's own data root and learners' homes, or, with ``into``, into the fresh
    folder ``into`` (homes then land in ``into/homes/<unix account>``)."""
    _need_root()
    source = Path(source)
    own_root = data_root.paths(settings)["root"]
    target = Path(into) if into else own_root
    if not source.exists():
        raise BackupError(say("backup.no_source", path=source))
    # Refusals first: nothing is read or written before them.
    if _same(target, own_root):
        from academy.hub.launch import hub_pid

        if hub_pid(settings):
            raise BackupError(say("backup.hub_running", path=own_root, id=settings["district"]["id"]))
    if _has_entries(target) and not force:
        raise BackupError(say("backup.target_not_empty", path=target))
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.restoring-", dir=target.parent))
    os.chmod(staging, 0o700)
    moved: list[Path] = []
    home_staging: dict[Path, Path] = {}  # a home's parent folder -> staging folder in it
    try:
        folder = source
        if source.is_file():
            folder = staging / "backup"
            folder.mkdir()
            unpack(source, folder)
        manifest = read_manifest(folder)
        if manifest["district"] != settings["district"]["id"] and not force:
            raise BackupError(say("backup.other_district", backup=manifest["district"], id=settings["district"]["id"]))
        homes_plan = _plan_homes(settings, manifest, into=target if into else None, force=force)
        log(say("backup.verified", parts=len(manifest["parts"])))

        build = staging / "data"
        build.mkdir()
        urls = database_urls(settings) if into is None else _urls_under(settings, target)
        late: list[tuple[dict, Path, str]] = []  # PostgreSQL loads: after every check
        trees_first = sorted(manifest["parts"], key=lambda part: part["kind"] != "tree")
        for part in trees_first:
            part_file = folder / part["file"]
            if part["kind"] == "tree":
                extract_part(part_file, build, part["top"])
            elif part["kind"] == "sqlite":
                load_database(part, part_file, urls[part["name"]], build=build, data_root=target)
            elif part["kind"] == "pg_dump":
                late.append((part, part_file, urls[part["name"]]))
        _set_owner(build, manifest["root"])  # the data root's group and mode (academy/hub/permissions.py)
        if into:
            (build / "homes").mkdir()
            os.chmod(build / "homes", 0o755)
        for part, home in homes_plan:
            if into:
                extract_part(folder / part["file"], build / "homes", part["top"])
                continue
            # Beside the home (root-only until moved): into place by a rename on one file system.
            home.parent.mkdir(parents=True, exist_ok=True)
            if home.parent not in home_staging:
                home_staging[home.parent] = Path(tempfile.mkdtemp(prefix=".academy-restoring-", dir=home.parent))
            extract_part(folder / part["file"], home_staging[home.parent], part["top"])
        for part, file, url in late:
            if into:  # a fresh folder takes the dump as a file; the live server is left alone
                shutil.copyfile(file, build / file.name)
                log(say("backup.pg_dump_kept", file=target / file.name))
            else:
                load_database(part, file, url, build=build, data_root=target)

        # Everything is verified and staged: move it into place.
        if target.exists():
            aside = _aside(target)
            os.rename(target, aside)
            moved.append(aside)
        os.rename(build, target)
        restored_homes = []
        if into:
            restored_homes = [target / "homes" / part["top"] for part, _ in homes_plan]
        else:
            for part, home in homes_plan:
                if home.exists() or home.is_symlink():
                    aside = _aside(home)
                    os.rename(home, aside)
                    moved.append(aside)
                os.rename(home_staging[home.parent] / part["top"], home)
                restored_homes.append(home)
        return RestoreReport(target, restored_homes, moved, manifest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        for folder_in_home in home_staging.values():
            shutil.rmtree(folder_in_home, ignore_errors=True)


def _urls_under(settings: dict[str, Any], root: Path) -> dict[str, str]:
    """The district's database URLs with its data root replaced by ``root`` (restore --into);
    a PostgreSQL URL stays as it is (no staging: --into restores its SQLite databases only)."""
    old = data_root.paths(settings)["root"]
    urls = {}
    for name, url in database_urls(settings).items():
        path = _sqlite_path(url)
        urls[name] = f"sqlite:///{root / path.relative_to(old)}" if url.startswith("sqlite:") and path.is_relative_to(old) else url
    return urls


def _aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.before-restore-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.before-restore-{stamp}-{n}")
    return candidate


def _plan_homes(settings: dict[str, Any], manifest: dict[str, Any], *, into: Path | None,
                force: bool) -> list[tuple[dict[str, Any], Path]]:
    """Where each backed-up home goes; refuses a home in use or, without ``force``, a non-empty one."""
    plan = []
    for part in manifest["parts"]:
        if part["kind"] != "home":
            continue
        if into is not None:
            plan.append((part, into / "homes" / part["top"]))
            continue
        unix = settings["accounts"]["unix_prefix"] + part["user"]
        try:
            entry = pwd.getpwnam(unix)
        except KeyError:
            raise BackupError(say("backup.no_account", user=part["user"], unix=unix)) from None
        home = Path(entry.pw_dir)
        if part["top"] != unix:
            raise BackupError(say("backup.bad_manifest", problem=part["top"]))
        if _user_running(entry.pw_uid):
            raise BackupError(say("backup.home_in_use", user=part["user"], unix=unix))
        if _has_entries(home) and not force:
            raise BackupError(say("backup.target_not_empty", path=home))
        plan.append((part, home))
    return plan


def _user_running(uid: int) -> bool:
    import psutil

    for proc in psutil.process_iter(["uids"]):
        uids = proc.info["uids"]
        if uids and uid in (uids.real, uids.effective):
            return True
    return False
