"""Issue 18, item 2: learners' servers forked from one pre-imported parent
(academy/kernels/server_fork.py, district ``[storm] fork_servers = true``) keep every isolation
guarantee of a stock start: the learner's UID, GIDs and groups; no descriptor, environment
variable or secret of the parent (a secret is planted in the hub's environment, and one
learner's token is looked for in the parent's and another learner's memory); the district's
limits; a fresh process per learner sharing no writable memory; every process ends with its
server; and a stock start when the parent is gone. The same for each learner's warm-kernel zygote,
forked by the hub's *kernel parent* (a second, separately exec'd parent: its string-hash seed, which
learner code in a kernel can read, is not the servers'), whose kernels are forked from it.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import signal
import time

import psutil
import pytest

from tests.support.probe import Kernel

from .conftest import throwaway_district
from .test_clean_stop import server_process, wait_until_none

pytestmark = pytest.mark.slow

SECRET_ENV = "ACADEMY_TEST_HUB_SECRET"


def status_of(pid: int) -> dict[str, str]:
    with open(f"/proc/{pid}/status", encoding="utf-8") as status:
        return dict(line.rstrip("\n").split(":\t", 1) for line in status if ":\t" in line)


def fd_targets(pid: int) -> dict[int, str]:
    folder = f"/proc/{pid}/fd"
    targets = {}
    for name in os.listdir(folder):
        try:
            targets[int(name)] = os.readlink(f"{folder}/{name}")
        except OSError:
            pass
    return targets


def memory_holds(pid: int, needle: bytes) -> bool:
    """Whether any readable mapping of ``pid`` contains ``needle`` (read as root via /proc/<pid>/mem)."""
    with open(f"/proc/{pid}/maps", encoding="utf-8", errors="replace") as maps, \
            open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            fields = line.split()
            if fields[1][0] != "r" or (len(fields) > 5 and fields[5] in ("[vvar]", "[vsyscall]", "[vvar_vclock]")):
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            try:
                mem.seek(start)
                if needle in mem.read(end - start):
                    return True
            except (OSError, ValueError, OverflowError):
                continue
    return False


def shared_writable(pid: int) -> set[tuple[str, str]]:
    """(device, inode) of the mappings of ``pid`` that are shared and writable (``rw-s``)."""
    found = set()
    with open(f"/proc/{pid}/maps", encoding="utf-8", errors="replace") as maps:
        for line in maps:
            fields = line.split()
            if fields[1][1] == "w" and fields[1][3] == "s":
                found.add((fields[3], fields[4]))
    return found


def is_parent(pid: int, kernels: bool = False) -> bool:
    command = psutil.Process(pid).cmdline()
    return "academy.kernels.server_fork" in " ".join(command) and ("--zygote" in command) == kernels


def zygotes_of(hub, name: str) -> list[psutil.Process]:
    """The learner's zygotes (not the kernels they forked: those show the same command line)."""
    uid = pwd.getpwnam(hub.unix(name)).pw_uid
    found = {p.pid: p for p in psutil.process_iter(["uids", "cmdline", "ppid"])
             if p.info["uids"] and p.info["uids"].real == uid and "academy.kernels.zygote" in " ".join(p.info["cmdline"] or [])}
    return [p for p in found.values() if p.info["ppid"] not in found]


@pytest.fixture()
def planted_secret():
    secret = "hub-secret-" + secrets.token_hex(12)
    os.environ[SECRET_ENV] = secret  # the hub (launch.start_hub) inherits this process's environment
    try:
        yield secret
    finally:
        os.environ.pop(SECRET_ENV, None)


def test_forked_servers_keep_every_isolation_guarantee(planted_secret):
    with throwaway_district({"storm": {"fork_servers": True}, "limits": {"memory_mb": 512}},
                            log_name="hub-server-fork-jupyterhub.log") as hub:
        hub.start_server("alice")
        hub.start_server("bob")
        alice, bob = server_process(hub, "alice"), server_process(hub, "bob")
        assert alice.pid != bob.pid
        parent_pid = alice.ppid()
        assert is_parent(parent_pid) and bob.ppid() == parent_pid, "not forked from the server parent"
        assert psutil.Process(parent_pid).uids().real == 0

        # The server works, as the learner, and its kernel carries the learner's token.
        token = hub.login("alice").headers["Authorization"].split()[1]
        kernel = Kernel.start(hub.base_url, "alice", token)
        facts = kernel.execute("import os; (os.getuid(), os.getcwd(), os.environ['JUPYTERHUB_USER'], "
                               "os.environ['JUPYTERHUB_API_TOKEN'])")
        assert facts["result"], facts
        uid, cwd, user, alice_token = eval(facts["result"])  # noqa: S307  (a tuple literal from our own kernel)
        account = pwd.getpwnam(hub.unix("alice"))
        assert (uid, cwd, user) == (account.pw_uid, account.pw_dir, "alice"), facts

        # What JupyterLab computes from HOME when imported (in the parent: /nonexistent) is the
        # learner's: their own settings are served (the district's font sizes, academy/hub/lab_fonts.py).
        themes = hub.login("alice").get(
            f"{hub.base_url}user/alice/lab/api/settings/@jupyterlab/apputils-extension:themes", timeout=30)
        assert themes.status_code == 200 and "overrides" in themes.json()["raw"], themes.text[:300]
        # /proc/<pid>/environ says what a stock start's would (tools find a district's servers by it).
        assert alice.environ().get("JUPYTERHUB_USER") == "alice" and "JUPYTERHUB_API_URL" in alice.environ()

        for name, server in (("alice", alice), ("bob", bob)):
            entry = pwd.getpwnam(hub.unix(name))
            status = status_of(server.pid)
            # UID, GIDs (real, effective, saved, filesystem) and the learner's groups -- nothing of root's.
            assert status["Uid"].split() == [str(entry.pw_uid)] * 4, status["Uid"]
            assert status["Gid"].split() == [str(entry.pw_gid)] * 4, status["Gid"]
            assert set(map(int, status["Groups"].split())) == set(os.getgrouplist(entry.pw_name, entry.pw_gid))
            assert status["CapEff"] == status["CapPrm"] == "0000000000000000", status
            # Not dumpable: the learner cannot read its memory or environment (the hash seed every
            # fork shares lives there), nor ptrace it.
            refused = hub.as_unix(name, "cat", f"/proc/{server.pid}/environ")
            assert refused.returncode != 0 and "Permission denied" in refused.stderr, refused
            # The hub's umask, a session of its own.
            assert status["Umask"] == status_of(hub.proc.pid)["Umask"]
            assert os.getsid(server.pid) == server.pid

            # No descriptor of the parent's (its socket to the hub, the spec and status pipes) or the hub's.
            fds = fd_targets(server.pid)
            assert fds[0] == "/dev/null", fds
            inherited = (set(fd_targets(parent_pid).values()) | set(fd_targets(hub.proc.pid).values())) - {
                fds[0], fds[1], fds[2]}
            leaked = {fd: target for fd, target in fds.items() if fd > 2 and target in inherited
                      and target.startswith(("socket:", "pipe:", "/"))  # not anon_inode:[eventpoll] & co.
                      and not target.startswith("/dev/")}
            assert not leaked, leaked

            # No secret of the hub's environment: not in /proc/<pid>/environ, not in its memory.
            with open(f"/proc/{server.pid}/environ", "rb") as environ:
                assert planted_secret.encode() not in environ.read()
            assert not memory_holds(server.pid, planted_secret.encode()), "the hub's secret is in the server's memory"

            # The district's memory limit: the learner's cgroup, or a per-process limit.
            with open(f"/proc/{server.pid}/cgroup", encoding="utf-8") as cgroup:
                in_cgroup = f"/academy-{hub.settings['district']['id']}/{entry.pw_name}" in cgroup.read()
            with open(f"/proc/{server.pid}/limits", encoding="utf-8") as limits:
                data = re.search(r"Max data size\s+(\S+)", limits.read()).group(1)
            assert in_cgroup or data == str((512 + 512) * 1024 * 1024), (in_cgroup, data)

        # Each learner's kernel zygote is a fork of the kernel parent (not of the server parent, not
        # exec'd by the server), warm and adopted: the kernel above is its child.
        zygotes = {name: zygotes_of(hub, name) for name in ("alice", "bob")}
        assert [len(z) for z in zygotes.values()] == [1, 1], zygotes
        alice_zygote, bob_zygote = zygotes["alice"][0], zygotes["bob"][0]
        kernel_parent = alice_zygote.ppid()
        assert is_parent(kernel_parent, kernels=True) and bob_zygote.ppid() == kernel_parent, "not forked"
        assert kernel_parent != parent_pid and psutil.Process(kernel_parent).uids().real == 0
        kernel_pid = int(kernel.execute("import os; os.getpid()")["result"])
        assert psutil.Process(kernel_pid).ppid() == alice_zygote.pid, "the kernel is not the forked zygote's"
        for name, zygote in (("alice", alice_zygote), ("bob", bob_zygote)):
            entry = pwd.getpwnam(hub.unix(name))
            status = status_of(zygote.pid)
            assert status["Uid"].split() == [str(entry.pw_uid)] * 4, status["Uid"]
            assert status["Gid"].split() == [str(entry.pw_gid)] * 4, status["Gid"]
            assert set(map(int, status["Groups"].split())) == set(os.getgrouplist(entry.pw_name, entry.pw_gid))
            assert status["CapEff"] == status["CapPrm"] == "0000000000000000", status
            refused = hub.as_unix(name, "cat", f"/proc/{zygote.pid}/environ")
            assert refused.returncode != 0 and "Permission denied" in refused.stderr, refused
            with open(f"/proc/{zygote.pid}/environ", "rb") as environ:
                environ = environ.read()
            assert b"JUPYTERHUB_API_TOKEN" not in environ and planted_secret.encode() not in environ
            assert not memory_holds(zygote.pid, planted_secret.encode()), "the hub's secret is in a zygote"
            fds = fd_targets(zygote.pid)
            assert fds[0].startswith("pipe:") and fds[1].startswith("pipe:"), fds
            inherited = (set(fd_targets(kernel_parent).values()) | set(fd_targets(hub.proc.pid).values())
                         | set(fd_targets(parent_pid).values())) - {fds[0], fds[1], fds[2]}
            leaked = {fd: target for fd, target in fds.items() if fd > 2 and target in inherited
                      and target.startswith(("socket:", "pipe:", "/")) and not target.startswith("/dev/")}
            assert not leaked, leaked
            with open(f"/proc/{zygote.pid}/cgroup", encoding="utf-8") as cgroup:
                in_cgroup = f"/academy-{hub.settings['district']['id']}/{entry.pw_name}" in cgroup.read()
            with open(f"/proc/{zygote.pid}/limits", encoding="utf-8") as limits:
                data = re.search(r"Max data size\s+(\S+)", limits.read()).group(1)
            assert in_cgroup or data == str((512 + 512) * 1024 * 1024), (in_cgroup, data)
        assert not memory_holds(kernel_parent, alice_token.encode()), "the kernel parent holds a learner's token"
        assert not memory_holds(bob_zygote.pid, alice_token.encode()), "bob's zygote holds alice's token"
        assert not (shared_writable(alice_zygote.pid) & shared_writable(bob_zygote.pid)), "writable memory shared"

        # One learner's token is in nobody else's process: not the parent's, not the other learner's.
        assert not memory_holds(parent_pid, alice_token.encode()), "the server parent holds a learner's token"
        assert not memory_holds(bob.pid, alice_token.encode()), "bob's server holds alice's token"
        assert not memory_holds(parent_pid, planted_secret.encode()), "the server parent holds the hub's secret"
        # A fresh process each: no writable memory shared between the learners or with the parent.
        assert not (shared_writable(alice.pid) & shared_writable(bob.pid)), "writable memory shared"
        assert not (shared_writable(alice.pid) & shared_writable(parent_pid))

        # Stopped from the hub (or culled): every process of the learner ends with the server.
        kernel.execute("import subprocess; subprocess.Popen(['sleep', '300'], start_new_session=True)")
        r = hub.login("alice").delete(f"{hub.base_url}hub/api/users/alice/server", timeout=120)
        assert r.status_code in (202, 204), r.text
        assert wait_until_none(hub, "alice", 60) == []

        # The kernel parent gone: the next server is still forked and starts a zygote of its own.
        os.kill(kernel_parent, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while psutil.pid_exists(kernel_parent) and time.monotonic() < deadline:
            time.sleep(0.1)
        hub.start_server("alice")
        assert server_process(hub, "alice").ppid() == parent_pid
        assert Kernel.start(hub.base_url, "alice", token).execute("1 + 1")["result"] == "2"
        own = zygotes_of(hub, "alice")
        assert len(own) == 1 and own[0].ppid() == server_process(hub, "alice").pid, own
        assert bob_zygote.is_running(), "a learner's zygote died with the kernel parent"
        r = hub.login("alice").delete(f"{hub.base_url}hub/api/users/alice/server", timeout=120)
        assert r.status_code in (202, 204), r.text
        assert wait_until_none(hub, "alice", 60) == []

        # The parent gone: the next start is the stock one, and it works.
        os.kill(parent_pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while psutil.pid_exists(parent_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        hub.start_server("alice")
        stock = server_process(hub, "alice")
        assert stock.ppid() == hub.proc.pid, "not a stock start"
        assert Kernel.start(hub.base_url, "alice", token).execute("1 + 1")["result"] == "2"
        assert bob.is_running(), "a learner's server died with the parent"
