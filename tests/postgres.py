"""A real, throw-away PostgreSQL server for the tests (Debian's ``postgresql`` package).

``postgres_server()`` runs ``initdb`` in a fresh folder under /tmp as the ``postgres`` Unix
account (initdb refuses root), starts it with ``pg_ctl`` listening on a Unix socket in that
folder only (no TCP), with password (scram) authentication for every account, and makes the
role ``academy`` that the district settings name. The passwords are in a root-only libpq
password file (what a district's ``[database] password_file`` is). At the end the server
stops (``pg_ctl stop -m immediate``, bounded) and the folder is removed.

The session fixture ``postgres`` (tests/conftest.py) wraps it; ``create_database`` gives each
test its own empty database owned by ``academy``.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ACCOUNT = "postgres"  # Debian's postgresql package makes it
ROLE = "academy"


def binaries() -> Path | None:
    """Debian's newest ``/usr/lib/postgresql/<version>/bin`` holding initdb and pg_ctl, if any."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[4]))
    return Path(found[-1]).parent if found else None


@dataclass
class PostgresServer:
    base: Path
    bin: Path
    socket_dir: Path
    passfile: Path

    def url(self, database: str, user: str = ROLE) -> str:
        """A district-style URL: no password (it is in ``passfile``), the socket as host."""
        return f"postgresql://{user}@/{database}?host={self.socket_dir}"

    def connect(self, database: str = "postgres", user: str = ACCOUNT):
        import psycopg

        return psycopg.connect(host=str(self.socket_dir), dbname=database, user=user,
                               passfile=str(self.passfile), connect_timeout=5, autocommit=True)

    def create_database(self, name: str | None = None) -> str:
        """A new empty database owned by ``academy``; its name."""
        name = name or f"t_{secrets.token_hex(4)}"
        with self.connect() as connection:
            connection.execute(f'CREATE DATABASE "{name}" OWNER {ROLE}')
        return name

    def tables(self, database: str) -> list[str]:
        with self.connect(database) as connection:
            return [row[0] for row in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]

    def count(self, database: str, table: str) -> int:
        with self.connect(database) as connection:
            return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def _as_postgres(args: list[str], *, timeout: float = 60) -> subprocess.CompletedProcess:
    entry = pwd.getpwnam(ACCOUNT)

    def become():
        os.setgid(entry.pw_gid)
        os.setgroups([])
        os.setuid(entry.pw_uid)

    result = subprocess.run(args, preexec_fn=become, capture_output=True, text=True, timeout=timeout, cwd="/",
                            env={"PATH": "/usr/bin:/bin", "HOME": entry.pw_dir, "LANG": "C.UTF-8"})
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return result


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """Start a throw-away server (see the module docstring); stop and remove it at the end."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed: run scripts/bootstrap.sh (apt-get install postgresql)")
    entry = pwd.getpwnam(ACCOUNT)
    base = Path(tempfile.mkdtemp(prefix="sca-postgres-", dir="/tmp"))
    data, sockets = base / "data", base / "sock"
    superuser_password, role_password = secrets.token_hex(16), secrets.token_hex(16)
    sockets.mkdir()
    pwfile = base / "initdb-password"
    pwfile.write_text(superuser_password + "\n")
    for path in (base, sockets, pwfile):
        os.chown(path, entry.pw_uid, entry.pw_gid)
    os.chmod(base, 0o711)  # root (the tests, the hub) reaches the socket; nobody lists the folder
    os.chmod(pwfile, 0o600)
    # The libpq password file that district settings point at: root's, 0600.
    passfile = Path(tempfile.mkdtemp(prefix="sca-pgpass-", dir="/tmp")) / "pgpass"
    passfile.write_text(f"*:*:*:{ACCOUNT}:{superuser_password}\n*:*:*:{ROLE}:{role_password}\n")
    os.chmod(passfile, 0o600)
    server = PostgresServer(base=base, bin=bin_dir, socket_dir=sockets, passfile=passfile)
    started = False
    try:
        _as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-U", ACCOUNT, f"--pwfile={pwfile}",
                      "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], timeout=120)
        pwfile.unlink()
        options = (f"-c listen_addresses='' -c unix_socket_directories='{sockets}' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB")
        _as_postgres([str(bin_dir / "pg_ctl"), "start", "-D", str(data), "-l", str(base / "server.log"),
                      "-o", options, "-w", "-t", "60"], timeout=90)
        started = True
        with server.connect() as connection:
            connection.execute(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{role_password}'")
        yield server
    finally:
        if started:
            try:
                _as_postgres([str(bin_dir / "pg_ctl"), "stop", "-D", str(data), "-m", "immediate", "-w", "-t", "30"],
                             timeout=60)
            except (RuntimeError, subprocess.TimeoutExpired):
                pid_file = data / "postmaster.pid"
                if pid_file.exists():
                    os.kill(int(pid_file.read_text().split()[0]), 9)
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(passfile.parent, ignore_errors=True)
