"""Where a district keeps its two databases: the hub's (JupyterHub, logins) and nbgrader's gradebook.

SQLite under the data root by default (``<data_root>/hub/jupyterhub.sqlite``,
``<data_root>/course/gradebook.db``). A district with several graders may put either or both on
PostgreSQL (``[database]`` in its district file, defaults in academy/district.py)::

    [database]
    hub_url = "postgresql://academy@/academy_gangnam_hub?host=/run/postgresql"
    gradebook_url = "postgresql://academy@/academy_gangnam?host=/run/postgresql"
    password_file = "/etc/academy/gangnam.pgpass"   # root's, 0600: *:*:*:academy:PASSWORD

The password stays in ``password_file`` (libpq's password-file format): the URLs academy hands
to JupyterHub and nbgrader only name that file (libpq's ``passfile`` parameter), so no config
file, process list or log holds the password. ``check``
runs at hub start (jupyterhub_config.py) and says in Korean what is wrong with a URL, the
password file or the server. ``migrate`` copies an existing SQLite database into an empty
PostgreSQL one (``academy db migrate``), every table and row with their ids and timestamps, and
compares both sides row by row before it reports success.

>>> hub_url({"hub": {"data_root": "/srv/a"}, "database": {"hub_url": "", "gradebook_url": "", "password_file": ""}})
'sqlite:////srv/a/hub/jupyterhub.sqlite'
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from academy.messages import say

POSTGRES_DRIVERS = ("postgresql", "postgresql+psycopg")
CONNECT_TIMEOUT = 5  # seconds: an unreachable server is reported at hub start, not waited on


class DatabaseError(RuntimeError):
    """A database setting, the password file or the server is not usable; the message says why
    and what to do, in Korean (for the district admin)."""


def is_postgres_url(value: Any) -> bool:
    """A PostgreSQL URL academy accepts: driver postgresql(+psycopg), a database name, no password.

    >>> is_postgres_url("postgresql://academy@/academy_demo?host=/run/postgresql")
    True
    >>> is_postgres_url("postgresql://academy:secret@localhost/academy_demo"), is_postgres_url("mysql://x@/y")
    (False, False)
    """
    if not isinstance(value, str):
        return False
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(value)
    except (ArgumentError, ValueError):
        return False
    return url.drivername in POSTGRES_DRIVERS and bool(url.database) and url.password is None


def _sqlite(path: Path) -> str:
    return f"sqlite:///{path}"


def check_password_file(password_file: str) -> Path:
    """``password_file`` is usable by libpq: a regular file only its owner may read, with a line
    in libpq's password-file format (``host:port:database:user:password``, ``*`` for any).
    Otherwise a Korean :class:`DatabaseError` names the file and the fix."""
    path = Path(password_file)
    try:
        info = path.stat()
    except OSError:
        raise DatabaseError(say("database.password_missing", path=path)) from None
    if not stat.S_ISREG(info.st_mode) or info.st_mode & 0o077:
        raise DatabaseError(say("database.password_open", path=path, mode=f"{stat.S_IMODE(info.st_mode):04o}"))
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    if not any(len(line.replace("\\:", "").split(":")) >= 5 for line in lines):
        raise DatabaseError(say("database.password_format", path=path))
    return path


def with_password_file(url: str, password_file: str = "") -> str:
    """``url`` with libpq's ``passfile`` parameter naming ``password_file``: the password stays in
    that root-only file and never enters a URL, a config file or a log. SQLite URLs and an empty
    ``password_file`` come back unchanged.

    >>> with_password_file("postgresql://academy@/academy_demo?host=/run/postgresql", "/etc/academy/pgpass")
    'postgresql://academy@/academy_demo?host=%2Frun%2Fpostgresql&passfile=%2Fetc%2Facademy%2Fpgpass'
    """
    if not password_file or url.startswith("sqlite"):
        return url
    from sqlalchemy.engine import make_url

    return make_url(url).update_query_dict({"passfile": password_file}).render_as_string(hide_password=False)


def hub_url(settings: dict[str, Any]) -> str:
    """The hub database URL (no password in it: see :func:`with_password_file`)."""
    db = settings["database"]
    if not db["hub_url"]:
        return _sqlite(Path(settings["hub"]["data_root"]) / "hub" / "jupyterhub.sqlite")
    return with_password_file(db["hub_url"], db["password_file"])


def gradebook_url(settings: dict[str, Any]) -> str:
    """The gradebook URL (no password in it: see :func:`with_password_file`)."""
    db = settings["database"]
    if not db["gradebook_url"]:
        return _sqlite(Path(settings["hub"]["data_root"]) / "course" / "gradebook.db")
    return with_password_file(db["gradebook_url"], db["password_file"])


def nbgrader_settings(settings: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The gradebook for nbgrader's config (course root and grader role): ``CourseDirectory.db_url``
    on PostgreSQL; nothing for SQLite (nbgrader's default: ``gradebook.db`` in the course root)."""
    if not settings["database"]["gradebook_url"]:
        return {}
    return {"CourseDirectory": {"db_url": gradebook_url(settings)}}


def course_gradebook_url(course_root: str | Path) -> str:
    """The gradebook a course root's ``nbgrader_config.py`` names (nbgrader's default: its
    ``gradebook.db``). For code that opens the gradebook knowing only the course root."""
    from traitlets.config.loader import PyFileConfigLoader

    root = Path(course_root)
    default = _sqlite(root.resolve() / "gradebook.db")
    if not (root / "nbgrader_config.py").is_file():
        return default
    config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    url = config.CourseDirectory.get("db_url")
    return str(url) if url else default


def _engine(url: str):
    from sqlalchemy import create_engine

    if url.startswith("sqlite"):
        return create_engine(url, connect_args={"timeout": 30})
    return create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT}, pool_pre_ping=True)


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def connect_check(url: str, what: str) -> None:
    """Open ``url`` once (``SELECT 1``); a Korean :class:`DatabaseError` names the database,
    the URL (password hidden) and the likely fix."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    engine = _engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        detail = str(getattr(error, "orig", error)).strip().splitlines()
        raise DatabaseError(say("database.unreachable", what=what, url=_shown(url),
                                detail=detail[0] if detail else type(error).__name__)) from None
    finally:
        engine.dispose()


def check(settings: dict[str, Any]) -> dict[str, Any]:
    """At hub start: every PostgreSQL database of the district answers (the password file is
    readable by root only). Returns ``settings``; raises a Korean :class:`DatabaseError`."""
    db = settings["database"]
    if db["password_file"] and (db["hub_url"] or db["gradebook_url"]):
        check_password_file(db["password_file"])
    for key, url_of, what in (("hub_url", hub_url, say("database.hub")),
                              ("gradebook_url", gradebook_url, say("database.gradebook"))):
        if db[key]:
            connect_check(url_of(settings), what)
    return settings


# -- migration SQLite -> PostgreSQL -----------------------------------------------------------

@dataclass
class Migration:
    """What ``migrate`` copied: rows per table, in the target; every row was compared."""

    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        total = sum(self.rows.values())
        return say("database.migrated", source=_shown(self.source), target=_shown(self.target),
                   tables=len(self.rows), rows=total)


def _model_metadata(kind: str):
    """The application's own tables (types, enums, keys as the application creates them)."""
    if kind == "gradebook":
        from nbgrader.api import Base
    else:
        import nativeauthenticator.orm  # noqa: F401  (its users_info table joins the hub's metadata)
        import academy.hub.auth  # noqa: F401  (academy's accounts table too)
        from jupyterhub.orm import Base
    return Base.metadata


def _rows(connection, table) -> list[tuple]:
    from sqlalchemy import select

    key = list(table.primary_key.columns) or list(table.columns)
    return [tuple(row) for row in connection.execute(select(*table.columns).order_by(*key))]


def migrate(source_url: str, target_url: str, kind: str) -> Migration:
    """Copy the ``kind`` database ("gradebook" or "hub") at ``source_url`` into the empty
    PostgreSQL database at ``target_url``: the application's schema, then every table's rows
    (ids, timestamps, alembic version), sequences moved past the copied ids; then every table
    is read back from both sides and compared row by row. A target with any table in it is
    refused (nothing is overwritten); a failed comparison raises."""
    from sqlalchemy import MetaData, func, inspect, select, text

    if kind not in ("gradebook", "hub"):
        raise ValueError(f"kind must be 'gradebook' or 'hub', not {kind!r}")
    source, target = _engine(source_url), _engine(target_url)
    try:
        connect_check(source_url, say(f"database.{kind}"))
        connect_check(target_url, say(f"database.{kind}"))
        existing = inspect(target).get_table_names()
        if existing:
            raise DatabaseError(say("database.target_not_empty", url=_shown(target_url),
                                    tables=", ".join(sorted(existing)[:8])))
        found = MetaData()
        found.reflect(bind=source)
        if not found.tables:
            raise DatabaseError(say("database.source_empty", url=_shown(source_url)))
        model = _model_metadata(kind)
        # The application's tables as it defines them; anything else (alembic_version, a plugin's
        # table) as found in the source.
        tables = [model.tables[name] for name in found.tables if name in model.tables]
        extra = MetaData()
        for name, table in found.tables.items():
            if name not in model.tables:
                table.to_metadata(extra)
        model.create_all(bind=target, tables=tables)
        extra.create_all(bind=target)
        order = [t for t in model.sorted_tables if t.name in found.tables] + list(extra.sorted_tables)
        result = Migration(source_url, target_url)
        with source.connect() as src, target.begin() as dst:
            for table in order:
                rows = [dict(row._mapping) for row in src.execute(select(*table.columns))]
                for start in range(0, len(rows), 1000):
                    dst.execute(table.insert(), rows[start:start + 1000])
                result.rows[table.name] = len(rows)
            # Integer ids continue after the copied ones (PostgreSQL sequences start at 1).
            for table in order:
                for column in table.primary_key.columns:
                    if column.autoincrement is True or (column.autoincrement == "auto"
                                                        and column.type.python_type is int
                                                        and len(table.primary_key.columns) == 1):
                        sequence = dst.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                               {"t": table.name, "c": column.name}).scalar()
                        if sequence:
                            top = dst.execute(select(func.max(column))).scalar()
                            if top is not None:
                                dst.execute(text("SELECT setval(:s, :v)"), {"s": sequence, "v": top})
        with source.connect() as src, target.connect() as dst:
            for table in order:
                a, b = _rows(src, table), _rows(dst, table)
                if a != b:
                    differ = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
                    raise DatabaseError(say("database.compare_failed", table=table.name,
                                            source_rows=len(a), target_rows=len(b), row=differ + 1))
        return result
    finally:
        source.dispose()
        target.dispose()


# -- `academy db ...` --------------------------------------------------------------------------

def cmd_check(args) -> int:
    from academy import district

    settings = district.load(args.district)
    check(settings)
    for key, url_of in (("hub_url", hub_url), ("gradebook_url", gradebook_url)):
        print(f"{key}: {_shown(url_of(settings))}" + (" (SQLite)" if not settings["database"][key] else " ok"))
    return 0


def cmd_migrate(args) -> int:
    """Copy the district's SQLite databases into empty PostgreSQL ones (the hub must be stopped)."""
    from academy import district

    settings = district.load(args.district)
    password_file = args.password_file if args.password_file is not None else settings["database"]["password_file"]
    if password_file:
        check_password_file(password_file)
    jobs = [(kind, to) for kind, to in (("gradebook", args.gradebook_to), ("hub", args.hub_to)) if to]
    if not jobs:
        raise DatabaseError(say("database.nothing_to_migrate"))
    for kind, to in jobs:
        if not is_postgres_url(to):
            raise DatabaseError(say("database.bad_target", url=to))
    # Nothing may change the source while it is copied: the hub (and its formgrader) stopped.
    from academy.hub.launch import hub_pid

    if hub_pid(settings):
            raise DatabaseError(say("database.hub_running", district=settings["district"]["id"]))
    for kind, to in jobs:
        source = (gradebook_url if kind == "gradebook" else hub_url)(settings)
        target = with_password_file(to, password_file)
        if _shown(source) == _shown(target):
            raise DatabaseError(say("database.same_database", url=_shown(target)))
        print(migrate(source, target, kind).summary())
        print(say("database.next_step", district=settings["district"]["id"],
                  key=f"{kind}_url", url=to))
    return 0


def add_parser(sub) -> None:
    """Register ``academy db ...`` on the main CLI's subparsers."""

    db = sub.add_parser("db", help="the district's databases (SQLite or PostgreSQL)").add_subparsers(
        dest="action", required=True)

    from academy import district

    def guarded(command):
        return district.guard(command, DatabaseError)

    with_district = district.with_district_option

    p = with_district(db.add_parser("check", help="connect to the district's databases, as the hub does at start"))
    p.set_defaults(func=guarded(cmd_check))
    p = with_district(db.add_parser(
        "migrate", help="copy the district's SQLite gradebook and/or hub database into empty PostgreSQL databases, "
                        "compare every row, then print what to write into [database] (the hub must be stopped)"))
    p.add_argument("--gradebook-to", metavar="URL", help="target for the gradebook, e.g. "
                   "postgresql://academy@/academy_demo?host=/run/postgresql (no password: see --password-file)")
    p.add_argument("--hub-to", metavar="URL", help="target for the hub database")
    p.add_argument("--password-file", help="libpq password file for the targets (default: [database] password_file)")
    p.set_defaults(func=guarded(cmd_migrate))


__all__ = ["DatabaseError", "Migration", "check", "check_password_file", "connect_check", "course_gradebook_url",
           "gradebook_url", "hub_url", "is_postgres_url", "migrate", "nbgrader_settings", "with_password_file", "add_parser"]
