"""Tests that act as real Unix accounts: a root check, a throw-away folder, and running as an account.

>>> tag, base = throwaway_folder("circles")       # doctest: +SKIP
>>> run_as("sca-c1a2-ann", "id", "-Gn").stdout     # doctest: +SKIP
'sca-c1a2-ann academy-c1a2 ...'
"""

from __future__ import annotations

import os
import pwd
import secrets
import subprocess
import tempfile
from pathlib import Path

import pytest


def need_root() -> None:
    """Skip unless root: these tests create Unix accounts and groups (CI runs as root)."""
    if os.geteuid() != 0:
        pytest.skip("creates Unix accounts: run as root (CI does)")


def throwaway_folder(kind: str) -> tuple[str, Path]:
    """``(tag, folder)``: a fresh ``/tmp/sca-<kind>-<tag>-*`` (0755, so accounts made below it can
    reach their homes) and the 4-hex tag that keeps this test's account names apart from another
    run's. The caller removes the folder (``shutil.rmtree``) with everything else it made."""
    tag = secrets.token_hex(2)
    folder = Path(tempfile.mkdtemp(prefix=f"sca-{kind}-{tag}-", dir="/tmp"))
    os.chmod(folder, 0o755)
    return tag, folder


def run_as(account: str, *args: str, cwd: str | Path = "/", timeout: float = 60,
           env: dict[str, str] | None = None, umask: int | None = None) -> subprocess.CompletedProcess:
    """Run a command as the Unix ``account`` with its supplementary groups from /etc/group (the
    district's group among them), as its server and the weekly job run it; output captured, no
    check. ``umask``: Jupyter's 0o022 where a test needs what a learner's server would write."""
    entry = pwd.getpwnam(account)
    groups = os.getgrouplist(entry.pw_name, entry.pw_gid)

    def become():
        os.setgid(entry.pw_gid)
        os.setgroups(groups)
        os.setuid(entry.pw_uid)
        if umask is not None:
            os.umask(umask)

    return subprocess.run(list(args), preexec_fn=become, capture_output=True, text=True, timeout=timeout, cwd=cwd,
                          env=env or {"PATH": "/usr/bin:/bin", "HOME": entry.pw_dir, "LANG": "C.UTF-8"})
