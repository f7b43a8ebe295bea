"""Turn the current (forked, still root) process into a sandboxed learner process.

Runs inside the zygote's fork child, before the kernel starts. In order:

1. new mount, network, IPC and UTS namespaces (network: loopback only, nothing else exists);
2. a private, size-limited tmpfs working copy of the submission folder (regular files only,
   never ``*.ipynb`` -- the restored notebook holds the hidden tests -- never symlinks);
3. the course root, exchange, grader's home and ``/home`` hidden under empty read-only tmpfs,
   with the Python installation re-exposed read-only when it lives under a hidden folder;
4. every other mount read-only; fresh small tmpfs on ``/tmp``, ``/var/tmp``, ``/dev/shm``;
   a private ``/proc`` showing only the sandbox's own processes;
5. a throwaway UID/GID with no groups and no capabilities, ``no_new_privs``, rlimits.

>>> spec = JailSpec(uid=62001, gid=62001, source_dir="/course/autograded/kim/m01",
...                 scratch="/run/academy-grading/k1", hidden=["/course"])  # doctest: +SKIP
>>> enter_jail(spec)  # doctest: +SKIP

(``enter_jail`` is irreversible: the caller is now the learner.)
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import resource
import shutil
import socket
import stat
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWNET = 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS, PR_SET_DUMPABLE = 1, 38, 4

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]


class JailError(RuntimeError):
    """The sandbox could not be set up; the learner's code must not run."""


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise JailError(f"{what}: {os.strerror(err)} (errno {err})")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    enc = lambda s: None if s is None else s.encode()  # noqa: E731
    _check(_libc.mount(enc(source), enc(target), enc(fstype), flags, enc(data)), f"mount {target}")


def unshare(flags: int) -> None:
    _check(_libc.unshare(flags), "unshare")


def prctl(option: int, value: int) -> None:
    _check(_libc.prctl(option, ctypes.c_ulong(value), 0, 0, 0), f"prctl {option}")


@dataclass
class JailSpec:
    """Everything the fork child needs; plain data so the zygote can receive it as JSON."""

    uid: int
    gid: int
    source_dir: str | None      # the submission folder nbgrader prepared (read before hiding)
    scratch: str                # host folder of this kernel: ``sock/`` (uid-owned) + ``work/`` mountpoint
    hidden: list[str] = field(default_factory=list)
    exposed: list[str] = field(default_factory=list)  # must stay readable (the Python installation)
    work_mb: int = 64
    tmp_mb: int = 16
    cpu_seconds: int = 120
    memory_mb: int = 2048
    max_processes: int = 64
    max_open_files: int = 256
    max_file_mb: int = 16
    copy_max_files: int = 500
    copy_max_mb: int = 50
    env: dict[str, str] = field(default_factory=dict)

    @property
    def work(self) -> str:
        return os.path.join(self.scratch, "work")

    @property
    def sock(self) -> str:
        return os.path.join(self.scratch, "sock")


def copy_submission(source: str, target: str, *, max_files: int, max_bytes: int) -> None:
    """Copy regular files and folders only: no symlinks, devices or notebooks; bounded."""
    files = 0
    total = 0
    src_root = Path(source)
    for folder, dirs, names in os.walk(source, followlinks=False):
        rel = Path(folder).relative_to(src_root)
        dirs[:] = [d for d in dirs if not d.startswith(".ipynb_checkpoints") and d != "__pycache__"
                   and not os.path.islink(os.path.join(folder, d))]
        (Path(target) / rel).mkdir(parents=True, exist_ok=True)
        for name in names:
            path = os.path.join(folder, name)
            if name.endswith(".ipynb"):
                continue
            st = os.lstat(path)
            if not stat.S_ISREG(st.st_mode):
                continue
            files += 1
            total += st.st_size
            if files > max_files or total > max_bytes:
                return
            # O_NOFOLLOW: a symlink swapped in after the lstat is refused, not followed.
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
            with os.fdopen(fd, "rb") as src, open(Path(target) / rel / name, "wb") as dst:
                shutil.copyfileobj(src, dst)


def _mountpoints() -> list[tuple[str, str]]:
    """(mount point, options) of every mount in this namespace, parents first."""
    points = []
    with open("/proc/self/mountinfo", encoding="utf-8") as info:
        for line in info:
            parts = line.split()
            points.append((parts[4].encode().decode("unicode_escape"), parts[5]))
    return points


def _loopback_up() -> None:
    """Bring up ``lo`` in the fresh network namespace (SIOCSIFFLAGS, IFF_UP|IFF_LOOPBACK|IFF_RUNNING)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        ifreq = struct.pack("16sH14s", b"lo", 0x1 | 0x8 | 0x40, b"\0" * 14)
        fcntl.ioctl(sock.fileno(), 0x8914, ifreq)


def _chown_tree(root: str, uid: int, gid: int) -> None:
    for folder, dirs, names in os.walk(root):
        os.lchown(folder, uid, gid)
        for name in names:
            os.lchown(os.path.join(folder, name), uid, gid)


def enter_jail(spec: JailSpec) -> None:
    """Irreversibly confine the calling process (must be root, single-threaded)."""
    if os.geteuid() != 0:
        raise JailError("the grading sandbox needs root (to switch to a throwaway UID and make namespaces)")
    unshare(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS)
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    try:
        _loopback_up()
    except OSError:
        pass  # no loopback is still no network

    # 2. the private working copy, filled while the course folder is still visible
    work = spec.work
    _mount("tmpfs", work, "tmpfs", MS_NOSUID | MS_NODEV,
           f"size={spec.work_mb}m,mode=0700,uid={spec.uid},gid={spec.gid}")
    if spec.source_dir and os.path.isdir(spec.source_dir):
        copy_submission(spec.source_dir, work, max_files=spec.copy_max_files,
                        max_bytes=spec.copy_max_mb * 1024 * 1024)
    _chown_tree(work, spec.uid, spec.gid)

    # 3. hide, then re-expose the interpreter where it sits under a hidden folder (or under
    #    /tmp & co., which get a fresh tmpfs below -- e.g. a CI checkout in /tmp)
    fresh_tmp = [t for t in ("/tmp", "/var/tmp", "/dev/shm") if os.path.isdir(t)]
    exposed_fds = {}
    for path in spec.exposed:
        if os.path.isdir(path) and any(_is_under(path, h) for h in [*spec.hidden, *fresh_tmp]):
            exposed_fds[path] = os.open(path, os.O_PATH | os.O_DIRECTORY)
    def hide(path: str) -> None:
        if os.path.isdir(path):
            _mount("tmpfs", path, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755")
        else:
            _mount("/dev/null", path, None, MS_BIND)

    for hidden in sorted(set(spec.hidden), key=len):
        if not os.path.lexists(hidden) or any(_is_under(hidden, h) and h != hidden for h in spec.hidden):
            continue
        hide(hidden)

    def expose(under: list[str]) -> None:
        # Called twice (after hiding, and after /tmp & co. are replaced): an interpreter in a
        # checkout under /tmp that is also the grader's cwd needs both. Whatever is hidden
        # inside a re-exposed folder (e.g. the curriculum in a checkout) is hidden again.
        for path in sorted(exposed_fds, key=len):
            if any(_is_under(path, u) for u in under):
                os.makedirs(path, mode=0o755, exist_ok=True)
                _mount(f"/proc/self/fd/{exposed_fds[path]}", path, None, MS_BIND | MS_REC)
                for inner in spec.hidden:
                    if inner != path and _is_under(inner, path) and os.path.lexists(inner):
                        hide(inner)

    expose(spec.hidden)

    # 4. everything read-only, then the few writable places
    skip = (work, "/proc", "/dev")
    for point, options in _mountpoints():
        if point == work or any(point == s or point.startswith(s + "/") for s in skip[1:]):
            continue
        flags = MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV
        if "noexec" in options.split(","):
            flags |= MS_NOEXEC
        try:
            _mount(None, point, None, flags)
        except JailError:
            pass  # e.g. a mount shadowed by a later one; its replacement is remounted too
    # A private /proc that shows only the throwaway UID's own processes (hidepid): the grader's,
    # the zygote's and other learners' command lines and file names stay out of sight.
    try:
        _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=invisible")
    except JailError:
        pass  # an old kernel without per-mount proc options: the rest of the jail still holds
    _mount(spec.sock, spec.sock, None, MS_BIND)
    _mount(None, spec.sock, None, MS_REMOUNT | MS_BIND | MS_NOSUID | MS_NODEV)
    for tmp in fresh_tmp:
        _mount("tmpfs", tmp, "tmpfs", MS_NOSUID | MS_NODEV, f"size={spec.tmp_mb}m,mode=1777")
    expose(fresh_tmp)  # read-only: a bind of a mount remounted read-only above stays read-only
    for fd in exposed_fds.values():
        os.close(fd)

    # 5. the throwaway identity and its limits
    os.chdir(work)
    os.setgroups([])
    os.setresgid(spec.gid, spec.gid, spec.gid)
    os.setresuid(spec.uid, spec.uid, spec.uid)
    prctl(PR_SET_NO_NEW_PRIVS, 1)
    prctl(PR_SET_PDEATHSIG, 9)  # credentials changed: set again, the zygote's death kills us
    mb = 1024 * 1024
    limits = {
        resource.RLIMIT_CPU: (spec.cpu_seconds, spec.cpu_seconds + 5),
        resource.RLIMIT_AS: (spec.memory_mb * mb, spec.memory_mb * mb),
        resource.RLIMIT_NPROC: (spec.max_processes, spec.max_processes),
        resource.RLIMIT_NOFILE: (spec.max_open_files, spec.max_open_files),
        resource.RLIMIT_FSIZE: (spec.max_file_mb * mb, spec.max_file_mb * mb),
        resource.RLIMIT_CORE: (0, 0),
    }
    for which, value in limits.items():
        resource.setrlimit(which, value)
    os.umask(0o077)
    os.environ.clear()
    os.environ.update(spec.env)
    os.environ.update(HOME=work, IPYTHONDIR=os.path.join(work, ".ipython"),
                      MPLCONFIGDIR=os.path.join(work, ".matplotlib"), TMPDIR="/tmp",
                      JUPYTER_RUNTIME_DIR=os.path.join(work, ".runtime"))
    if os.getuid() == 0 or os.geteuid() == 0:
        raise JailError("still root after dropping privileges")


def _is_under(path: str, folder: str) -> bool:
    path, folder = os.path.normpath(path), os.path.normpath(folder)
    return path == folder or path.startswith(folder.rstrip("/") + "/")


__all__ = ["JailSpec", "JailError", "enter_jail", "copy_submission"]

if __name__ == "__main__":  # pragma: no cover - manual smoke test
    sys.exit("use academy.grading.zygote")
