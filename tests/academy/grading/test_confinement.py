"""Confinement on bubblewrap (issue 22): the grading zygote itself runs inside ``bwrap``, and
each kernel it forks still gets a view of its own, sharing nothing with the kernel before it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import psutil
import pytest

from .conftest import needs_root, run_cells, text_of

pytestmark = needs_root

REPO = Path(__file__).resolve().parents[3]
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_SYS_PTRACE = 1, 2, 19


def grading_zygotes() -> list[psutil.Process]:
    """This process's grading zygotes (root; the kernels they fork run as throwaway UIDs)."""
    from academy.kernels.forked import Zygote

    found = []
    for zygote in list(Zygote._instances.values()):
        if zygote.proc.poll() is not None:
            continue
        top = psutil.Process(zygote.proc.pid)
        for proc in [top, *top.children(recursive=True)]:
            if (proc.name() != "bwrap" and "academy.kernels.zygote" in " ".join(proc.cmdline())
                    and proc.uids().real == 0):
                found.append(proc)
    return found


def test_the_grading_zygote_runs_under_bubblewrap(workdir: Path):
    out = run_cells(["print(6 * 7)"], workdir)
    assert text_of(out[0]).strip() == "42"
    zygotes = grading_zygotes()
    assert zygotes
    for zygote in zygotes:
        assert any(p.name() == "bwrap" for p in zygote.parents())
        root = f"/proc/{zygote.pid}/root"
        # the zygote (root, never running learner code) itself sees only the allow-list
        assert os.path.isdir(f"{root}/usr") and os.path.isdir(f"{root}{REPO / 'academy'}")
        # the machine's other top folders (not the way to the checkout; not /srv, where another test
        # of this process allows a district's data folder to a zygote of its own)
        away = [top for top in ("/home", "/mnt", "/opt") if os.path.isdir(top) and top != f"/{REPO.parts[1]}"]
        for absent in (*away, "/root/.bashrc", str(REPO / "curriculum"), str(REPO / ".git"), str(workdir)):
            assert not os.path.exists(root + absent), absent
        assert os.readlink(f"/proc/{zygote.pid}/ns/net") != os.readlink("/proc/self/ns/net")
        status = Path(f"/proc/{zygote.pid}/status").read_text()
        effective = int(re.search(r"CapEff:\s*([0-9a-f]+)", status).group(1), 16)
        for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_SYS_PTRACE):
            assert not effective & (1 << cap), (cap, status)


def test_nothing_of_the_kernel_before_is_left(workdir: Path):
    """One zygote forks every kernel: /tmp, /var/tmp, /dev/shm and the loopback are each kernel's own."""
    first = run_cells(["import socket\nfor p in ('/tmp/kim', '/var/tmp/kim', '/dev/shm/kim'):\n"
                       "    open(p, 'w').write('kim')\n"
                       "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)\n"
                       "print(s.getsockname()[1], sorted(__import__('os').listdir('/tmp')))"], workdir)
    port, listing = text_of(first[0]).split(" ", 1)
    assert "'kim'" in listing, text_of(first[0])
    second = run_cells(["import os\nprint([os.path.exists(p) for p in ('/tmp/kim', '/var/tmp/kim', '/dev/shm/kim')])",
                        f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2)\n"
                        "    print('CONNECTED')\nexcept OSError as e:\n    print('refused')"], workdir)
    assert text_of(second[0]).strip() == "[False, False, False]"
    assert text_of(second[1]).strip() == "refused"


def test_a_zygote_outside_bubblewrap_confines_nothing():
    """enter_jail refuses to turn the machine's own root into a kernel's (fail closed)."""
    from academy.kernels.forked import Zygote

    zygote = Zygote((), wrapper=())
    try:
        reply = zygote.request({"op": "spawn", "jail": {"uid": 62999, "gid": 62999, "scratch": "/nonexistent"},
                                "connection": {}, "argv": []}, timeout=120)
    finally:
        zygote.stop()
    assert "pid" not in reply and "does not run under bubblewrap" in reply["error"], reply


@pytest.mark.parametrize("setting", ["memory_mb", "max_processes"])
def test_the_limits_have_one_home(setting: str):
    from academy.grading.sandbox import SandboxKernelManager
    from academy.kernels.limits import LIMITS

    assert SandboxKernelManager.class_traits()[setting].default_value == getattr(LIMITS, setting)
