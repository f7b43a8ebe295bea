"""Accounts: a Unix account (private home) and a hub login behind every learner and instructor.

Hub user ``kim`` runs as Unix user ``<unix_prefix>kim`` (``sca-kim``), like TLJH's ``jupyter-kim``:
distinct UIDs are what nbgrader's exchange and the learners' privacy rest on.

>>> unix_name({"accounts": {"unix_prefix": "sca-"}}, "kim")
'sca-kim'
"""

from __future__ import annotations

import os
import pwd
import secrets
import subprocess
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


def make_password() -> str:
    """An initial password that survives being read off paper: ``abcd-2345``."""
    return "".join(secrets.choice(_LETTERS) for _ in range(4)) + "-" + "".join(
        secrets.choice(_DIGITS) for _ in range(4))
