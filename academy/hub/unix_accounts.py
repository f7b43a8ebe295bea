"""Accounts: a Unix account (private home) and a hub login behind every learner and instructor.

Hub user ``kim`` runs as Unix user ``<unix_prefix>kim`` (``sca-kim``), like TLJH's ``jupyter-kim``:
distinct UIDs are what nbgrader's exchange and the learners' privacy rest on.

Every account of a district is also a member of the district's Unix group ``academy-<id>``
(:func:`district_group`): its data root is ``root:academy-<id> 0710``, so only that district's
accounts pass through to its exchange and Jupyter config (academy/hub/permissions.py).
``users.add_user`` and the spawner (an account made or started by the hub) join it;
``permissions.secure`` (``academy hub setup``) joins every hub user the district already has.

>>> unix_name({"accounts": {"unix_prefix": "sca-"}}, "kim")
'sca-kim'
>>> district_group({"district": {"id": "gangnam"}})
'academy-gangnam'
"""

from __future__ import annotations

import grp
import os
import pwd
import secrets
import subprocess
import time
from pathlib import Path
from typing import Any

# Readable on a printed slip: no 0/O, 1/l/I.
_LETTERS = "abcdefghjkmnpqrstuvwxyz"
_DIGITS = "23456789"


def unix_name(settings: dict[str, Any], hub_name: str) -> str:
    return settings["accounts"]["unix_prefix"] + hub_name


def unix_user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def ensure_unix_user(name: str, home_root: str | Path, *, comment: str = "") -> pwd.struct_passwd:
    """Create Unix user ``name`` (own group, locked password) with a private 0700 home; idempotent."""
    home = Path(home_root) / name
    if not unix_user_exists(name):
        Path(home_root).mkdir(parents=True, exist_ok=True)
        subprocess.run(["useradd", "--create-home", "--home-dir", str(home), "--shell", "/bin/bash",
                        "--user-group", "--comment", comment or name, name],
                       check=True, capture_output=True, text=True)
    entry = pwd.getpwnam(name)
    home = Path(entry.pw_dir)
    home.mkdir(parents=True, exist_ok=True)
    os.chown(home, entry.pw_uid, entry.pw_gid)
    os.chmod(home, 0o700)
    return entry


def set_unix_password(name: str, password: str) -> None:
    """Set Unix user ``name``'s password (``auth.mode = "pam"``: the password the hub checks)."""
    if ":" in password or "\n" in password:
        raise ValueError("a Unix password cannot hold ':' or a line break")
    subprocess.run(["chpasswd"], input=f"{name}:{password}\n", check=True, capture_output=True, text=True)


def has_unix_password(name: str) -> bool:
    """Whether Unix user ``name`` has a usable password (``passwd --status``: P)."""
    status = subprocess.run(["passwd", "--status", name], capture_output=True, text=True)
    return status.returncode == 0 and status.stdout.split()[1:2] == ["P"]


def stop_processes_of(name: str, *, timeout: float = 10, rounds: int = 3) -> int:
    """End every process running as Unix user ``name``; how many there were.

    Used when a learner's server ends (stopped, culled, crashed, or the academy stops): kernels
    forked from the warm zygote start their own session, so they outlive their server unless
    someone ends them. SIGTERM, then SIGKILL after ``timeout``; a few rounds, because a process
    may fork while the others end.
    """
    import psutil

    uid = pwd.getpwnam(name).pw_uid
    ended = 0
    for _ in range(rounds):
        procs = [p for p in psutil.process_iter(["uids"])
                 if p.info["uids"] and uid in (p.info["uids"].real, p.info["uids"].effective)]
        if not procs:
            break
        ended += len(procs)
        for p in procs:
            try:
                p.terminate()
            except psutil.Error:
                pass
        _, alive = psutil.wait_procs(procs, timeout=timeout)
        for p in alive:
            try:
                p.kill()
            except psutil.Error:
                pass
        psutil.wait_procs(alive, timeout=timeout)
    return ended


def remove_unix_user(name: str) -> None:
    """Stop its processes, delete Unix user ``name`` and its home (no error if already gone)."""
    if unix_user_exists(name):
        stop_processes_of(name)
        subprocess.run(["userdel", "--remove", "--force", name], capture_output=True, text=True)
        subprocess.run(["groupdel", name], capture_output=True, text=True)


def district_group(settings: dict[str, Any]) -> str:
    """The Unix group of a district's learner and instructor accounts (the one place it is named)."""
    return "academy-" + settings["district"]["id"]


def _shadow_tool(args: list[str], *, tries: int = 20) -> subprocess.CompletedProcess:
    """Run groupadd/usermod/groupdel; retried while another one holds the lock on /etc/group
    (exit 10: several hubs or tests side by side)."""
    for _ in range(tries):
        result = subprocess.run(args, capture_output=True, text=True)
        if result.returncode != 10:
            return result
        time.sleep(0.25)
    return result


def ensure_group(name: str) -> int:
    """Create Unix group ``name`` (a system group) if missing; its gid."""
    try:
        return grp.getgrnam(name).gr_gid
    except KeyError:
        pass
    made = _shadow_tool(["groupadd", "--system", name])
    try:
        return grp.getgrnam(name).gr_gid  # made now, or by a concurrent setup of the same district
    except KeyError:
        raise RuntimeError(f"could not create Unix group {name}: {made.stderr.strip()}") from None


def ensure_district_group(settings: dict[str, Any]) -> int:
    """Create the district's Unix group if missing; its gid."""
    return ensure_group(district_group(settings))


def join_group(group: str, unix: str) -> None:
    """Make Unix account ``unix`` a member of ``group`` (made if missing; idempotent). Processes
    started as the account afterwards get it (``os.getgrouplist`` + ``setgroups``: the spawner,
    the weekly job); a process already running keeps the groups it had."""
    ensure_group(group)
    if unix in grp.getgrnam(group).gr_mem:
        return
    joined = _shadow_tool(["usermod", "--append", "--groups", group, unix])
    if unix not in grp.getgrnam(group).gr_mem:
        raise RuntimeError(f"could not add {unix} to Unix group {group}: {joined.stderr.strip()}")


def join_district(settings: dict[str, Any], unix: str) -> None:
    """Make ``unix`` a member of the district's group (see :func:`join_group`)."""
    join_group(district_group(settings), unix)


def district_accounts(settings: dict[str, Any]) -> list[str]:
    """The Unix accounts of the district's hub users (from the hub's database) that exist."""
    from academy.hub import data_root

    url = data_root.db_url(settings)
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).is_file():
        return []  # no hub has run yet: nobody to join
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    try:
        with engine.connect() as db:
            if not inspect(db).has_table("users"):
                return []  # a new PostgreSQL database ([database] hub_url): no hub has run yet
            names = [row[0] for row in db.execute(text("SELECT name FROM users"))]
    finally:
        engine.dispose()
    return [unix for unix in (unix_name(settings, name) for name in sorted(names)) if unix_user_exists(unix)]


def remove_district_group(settings: dict[str, Any]) -> None:
    """Delete the district's Unix group (a district taken down; tests' throw-away districts)."""
    _shadow_tool(["groupdel", district_group(settings)])


def make_password() -> str:
    """An initial password that survives being read off paper: ``abcd-2345``."""
    return "".join(secrets.choice(_LETTERS) for _ in range(4)) + "-" + "".join(
        secrets.choice(_DIGITS) for _ in range(4))
