"""Turn the current (forked, still root) process into a sandboxed learner process.

Runs inside the zygote's fork child, before the kernel starts. What learner code sees is an
explicit allow-list, not "everything except a deny-list". In order:

1. new mount, network, IPC and UTS namespaces (network: loopback only, nothing else exists);
2. a private, size-limited tmpfs working copy of the submission folder (regular files only,
   never ``*.ipynb`` -- the restored notebook holds the hidden tests -- never symlinks);
3. a fresh, empty tmpfs root holding only:

   * ``spec.readonly`` bound read-only at the same paths (the interpreter and its venv, the
     ``academy`` package, the sample data, a few files of ``/etc``); symlinks among them (``/bin``
     -> ``usr/bin``) are recreated as symlinks and their targets bound;
   * ``spec.masked`` (e.g. a ``.git`` or a curriculum inside an allowed folder) covered again
     with empty read-only tmpfs;
   * the working copy (read-write) and the kernel's socket folder, at their host paths;
   * fresh small tmpfs on ``/tmp``, ``/var/tmp``, ``/dev/shm``; a minimal ``/dev`` (null, zero,
     full, random, urandom); a private ``/proc`` showing only the sandbox's own processes;
     an ``/etc/passwd`` and ``/etc/group`` naming only root and the throwaway UID;

   then ``pivot_root`` into it and detach the old root: no ``.git``, curriculum, course root,
   hub state, ``/work``, ``/root``, ``/home`` or ``/srv`` exists inside;
4. the throwaway UID/GID with no groups and no capabilities, ``no_new_privs``, rlimits.

The spec is plain data, one entry per ``bwrap`` option it corresponds to (``--ro-bind``,
``--tmpfs``, ``--bind``, ``--dev``, ``--proc``), so the allow-list can move to bubblewrap as is.

:func:`keep_written_files` copies what a notebook wrote during grading (a chart, a CSV) back
into the submission folder, as stock nbgrader keeps them in ``autograded/<learner>/<module>/``.

>>> spec = JailSpec(uid=62001, gid=62001, source_dir="/course/autograded/kim/m01",
...                 scratch="/run/academy-grading/k1", readonly=["/usr", "/opt/venv"])  # doctest: +SKIP
>>> enter_jail(spec)  # doctest: +SKIP

(``enter_jail`` is irreversible: the caller is now the learner.)
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import platform
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
MNT_DETACH = 2
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS, PR_SET_DUMPABLE = 1, 38, 4
SYS_PIVOT_ROOT = {"x86_64": 155, "aarch64": 41, "arm64": 41}.get(platform.machine())

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
_libc.umount2.argtypes = [ctypes.c_char_p, ctypes.c_int]

DEVICES = ("null", "zero", "full", "random", "urandom")


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
    source_dir: str | None      # the submission folder nbgrader prepared (read before pivoting)
    scratch: str                # host folder of this kernel: ``sock/`` (uid-owned) + ``work/`` + ``root/``
    readonly: list[str] = field(default_factory=list)  # the allow-list: bound read-only, same paths
    masked: list[str] = field(default_factory=list)    # inside an allowed folder, yet hidden
    work_mb: int = 64
    tmp_mb: int = 16
    cpu_seconds: int = 120
    memory_mb: int = 3072
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

    @property
    def root(self) -> str:
        return os.path.join(self.scratch, "root")


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


def keep_written_files(work: str, target: str, *, max_file_bytes: int, max_total_bytes: int,
                       max_files: int = 200, max_depth: int = 8) -> list[str]:
    """Copy what learner code wrote in ``work`` into ``target`` (the submission folder); return
    the relative paths kept.

    ``work`` is read as hostile: every step opens one name relative to its folder's descriptor
    with ``O_NOFOLLOW`` (no path is ever resolved through a learner's symlink), only regular
    files are read (links, FIFOs, sockets, devices are skipped; ``O_NONBLOCK`` so a FIFO swapped
    in cannot block), notebooks, dot-files and ``__pycache__`` are skipped, a file already in
    ``target`` with the same content is left alone, and a file over ``max_file_bytes`` or past
    ``max_total_bytes``/``max_files`` is not kept. Nothing is written outside ``target``: names
    are single path components and ``target``'s own entries are opened the same way (a symlink
    there is refused, not followed).
    """
    kept: list[str] = []
    budget = [max_total_bytes, max_files]
    try:
        src_fd = os.open(work, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return kept
    try:
        dst_fd = os.open(target, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        os.close(src_fd)
        return kept
    try:
        _keep_folder(src_fd, dst_fd, "", kept, budget, max_file_bytes, max_depth)
    finally:
        os.close(src_fd)
        os.close(dst_fd)
    return kept


def _keep_folder(src_fd: int, dst_fd: int, prefix: str, kept: list[str], budget: list[int],
                 max_file_bytes: int, depth: int) -> None:
    if depth <= 0:
        return
    try:
        names = sorted(os.listdir(src_fd))[:10_000]
    except OSError:
        return
    for name in names:
        if name.startswith(".") or name.endswith(".ipynb") or name == "__pycache__" or budget[1] <= 0:
            continue
        try:
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY, dir_fd=src_fd)
        except OSError:
            continue  # a symlink (ELOOP), a vanished file, a device on a nodev mount
        try:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                try:
                    os.mkdir(name, 0o755, dir_fd=dst_fd)
                except FileExistsError:
                    pass
                except OSError:
                    continue
                try:
                    sub_fd = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=dst_fd)
                except OSError:
                    continue
                try:
                    _keep_folder(fd, sub_fd, f"{prefix}{name}/", kept, budget, max_file_bytes, depth - 1)
                finally:
                    os.close(sub_fd)
            elif stat.S_ISREG(st.st_mode) and st.st_size <= max_file_bytes and st.st_size <= budget[0]:
                if _same_content(fd, dst_fd, name, st.st_size):
                    continue
                if _copy_into(fd, dst_fd, name, st.st_size):
                    budget[0] -= st.st_size
                    budget[1] -= 1
                    kept.append(prefix + name)
        finally:
            os.close(fd)


def _same_content(src: int, dst_fd: int, name: str, size: int) -> bool:
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=dst_fd)
    except OSError:
        return False
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size != size:
            return False
        for offset in range(0, size, 1 << 20):
            if os.pread(src, 1 << 20, offset) != os.pread(fd, 1 << 20, offset):
                return False
        return True
    finally:
        os.close(fd)


def _copy_into(src: int, dst_fd: int, name: str, size: int) -> bool:
    """Write ``size`` bytes of ``src`` to ``name`` in ``dst_fd`` (a temp name, then a rename,
    so a learner's name never replaces a folder or follows a link)."""
    tmp = f".academy-keep-{os.getpid()}.tmp"
    try:
        out = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644, dir_fd=dst_fd)
    except OSError:
        return False
    try:
        with os.fdopen(out, "wb") as handle:
            for offset in range(0, size, 1 << 20):
                chunk = os.pread(src, 1 << 20, offset)
                if not chunk:
                    break
                handle.write(chunk)
        try:
            existing = os.lstat(name, dir_fd=dst_fd)
            if not stat.S_ISREG(existing.st_mode):
                os.unlink(tmp, dir_fd=dst_fd)
                return False
        except FileNotFoundError:
            pass
        os.rename(tmp, name, src_dir_fd=dst_fd, dst_dir_fd=dst_fd)
        return True
    except OSError:
        try:
            os.unlink(tmp, dir_fd=dst_fd)
        except OSError:
            pass
        return False


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


def _is_under(path: str, folder: str) -> bool:
    path, folder = os.path.normpath(path), os.path.normpath(folder)
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _inside(root: str, path: str) -> str:
    return os.path.join(root, os.path.normpath(path).lstrip("/"))


def _real_inside(root: str, where: str) -> bool:
    """No symlink on the way to ``where`` inside the new root (``where`` itself included): its
    nearest existing ancestor is its own real path."""
    path = where
    for _ in range(256):
        if os.path.lexists(path):
            return os.path.realpath(path) == path and _is_under(path, root)
        path = os.path.dirname(path)
    return False


def _makedirs(folder: str) -> None:
    """Create ``folder`` and its missing parents as traverse-only (0711) folders: a path on the
    allow-list stays reachable, but nobody can list what leads to it (``/work``, ``/root``)."""
    missing = []
    for _ in range(256):
        if os.path.lexists(folder):
            break
        missing.append(folder)
        folder = os.path.dirname(folder)
    for path in reversed(missing):
        os.mkdir(path)
        os.chmod(path, 0o711)


def _make_mountpoint(target: str, directory: bool) -> None:
    """Create ``target`` (inside the new root, whose components are all real folders we made)."""
    if directory:
        _makedirs(target)
    else:
        _makedirs(os.path.dirname(target))
        if not os.path.lexists(target):
            os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_NOFOLLOW, 0o644))


def _bind(source: str, target: str, *, readonly: bool) -> None:
    """Bind ``source`` (not its sub-mounts) at ``target``, then make the bind nosuid, nodev and,
    if asked, read-only (keeping ``noexec`` where the source has it)."""
    _mount(source, target, None, MS_BIND)
    flags = MS_REMOUNT | MS_BIND | MS_NOSUID | MS_NODEV | (MS_RDONLY if readonly else 0)
    if os.statvfs(source).f_flag & os.ST_NOEXEC:
        flags |= MS_NOEXEC
    _mount(None, target, None, flags)


def _plan_readonly(paths: list[str]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """((source, target) binds, symlinks to recreate) for the allow-list. A symlink stays a
    symlink and its target is allowed too; a path reached through a linked parent folder is bound
    at both its real place and the path as named; a path inside an allowed folder is covered."""
    binds: dict[str, str] = {}
    links: dict[str, str] = {}
    queue = [os.path.normpath(os.path.abspath(p)) for p in paths]
    for _ in range(10_000):  # bounded: each path is visited once
        if not queue:
            break
        path = queue.pop(0)
        if path == "/" or not os.path.lexists(path) or path in links or path in binds:
            continue
        if os.path.islink(path):
            links[path] = os.readlink(path)
            queue.append(os.path.realpath(path))
            continue
        real = os.path.realpath(path)
        binds[path] = real
        if real != path:
            queue.append(real)
    kept: list[tuple[str, str]] = []
    for target in sorted(binds, key=lambda p: (p.count("/"), p)):
        if not any(_is_under(target, k) for _, k in kept):
            kept.append((binds[target], target))
    return kept, links


def _write(path: str, text: str) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def _build_root(spec: JailSpec) -> None:
    """The new root: an empty tmpfs, then only what the allow-list names."""
    root = spec.root
    os.makedirs(root, mode=0o700, exist_ok=True)
    _mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755")

    for tmp in ("/tmp", "/var/tmp"):
        _makedirs(_inside(root, tmp))
        _mount("tmpfs", _inside(root, tmp), "tmpfs", MS_NOSUID | MS_NODEV, f"size={spec.tmp_mb}m,mode=1777")

    dev = _inside(root, "/dev")
    os.makedirs(dev, mode=0o755)
    _mount("tmpfs", dev, "tmpfs", MS_NOSUID | MS_NOEXEC, "size=64k,mode=0755")
    for name in DEVICES:
        if os.path.exists(f"/dev/{name}"):
            _make_mountpoint(os.path.join(dev, name), directory=False)
            _mount(f"/dev/{name}", os.path.join(dev, name), None, MS_BIND)
            _mount(None, os.path.join(dev, name), None, MS_REMOUNT | MS_BIND | MS_NOSUID | MS_NOEXEC)
    for name, target in (("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"),
                         ("stdout", "/proc/self/fd/1"), ("stderr", "/proc/self/fd/2")):
        os.symlink(target, os.path.join(dev, name))
    os.makedirs(os.path.join(dev, "shm"), mode=0o755)
    _mount("tmpfs", os.path.join(dev, "shm"), "tmpfs", MS_NOSUID | MS_NODEV, f"size={spec.tmp_mb}m,mode=1777")
    _mount(None, dev, None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NOEXEC)

    # A private /proc that shows only the throwaway UID's own processes (hidepid): the grader's,
    # the zygote's and other learners' command lines and file names stay out of sight.
    proc = _inside(root, "/proc")
    os.makedirs(proc, mode=0o555)
    try:
        _mount("proc", proc, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=invisible")
    except JailError:  # an old kernel without per-mount proc options: the rest still holds
        _mount("proc", proc, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)

    etc = _inside(root, "/etc")
    os.makedirs(etc, mode=0o755, exist_ok=True)
    home = spec.work
    _write(os.path.join(etc, "passwd"), f"root:x:0:0:root:/:/usr/sbin/nologin\n"
                                        f"learner:x:{spec.uid}:{spec.gid}:learner:{home}:/usr/sbin/nologin\n")
    _write(os.path.join(etc, "group"), f"root:x:0:\nlearner:x:{spec.gid}:\n")

    binds, links = _plan_readonly(spec.readonly)
    targets = [target for _, target in binds]
    for link, target in sorted(links.items()):
        where = _inside(root, link)
        if os.path.lexists(where) or any(_is_under(link, t) for t in targets) or not _real_inside(root, where):
            continue
        _makedirs(os.path.dirname(where))
        os.symlink(target, where)
    for source, target in binds:
        where = _inside(root, target)
        if not _real_inside(root, where):
            continue  # would pass through a symlink made above: never follow one while root
        _make_mountpoint(where, directory=os.path.isdir(source))
        _bind(source, where, readonly=True)
    for path in sorted(set(spec.masked), key=len):
        where = _inside(root, path)
        if (not any(_is_under(path, t) for t in targets) or not _real_inside(root, where)
                or not os.path.lexists(where)):
            continue
        if os.path.isdir(where):
            _mount("tmpfs", where, "tmpfs", MS_NOSUID | MS_NODEV | MS_RDONLY, "size=4k,mode=0755")
        else:
            _mount("/dev/null", where, None, MS_BIND)

    for folder in (spec.work, spec.sock):
        where = _inside(root, folder)
        _make_mountpoint(where, directory=True)
        _bind(folder, where, readonly=False)


def _pivot_into(root: str) -> None:
    """Make ``root`` the root of this mount namespace and drop every trace of the old one."""
    if SYS_PIVOT_ROOT is None:
        raise JailError(f"pivot_root: unknown system call number on {platform.machine()}")
    os.chdir(root)
    _check(_libc.syscall(SYS_PIVOT_ROOT, b".", b"."), "pivot_root")
    _check(_libc.umount2(b".", MNT_DETACH), "umount old root")
    os.chdir("/")
    _mount(None, "/", None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)


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

    # 2. the private working copy, filled while the submission folder is still visible
    work = spec.work
    _mount("tmpfs", work, "tmpfs", MS_NOSUID | MS_NODEV,
           f"size={spec.work_mb}m,mode=0700,uid={spec.uid},gid={spec.gid}")
    if spec.source_dir and os.path.isdir(spec.source_dir):
        copy_submission(spec.source_dir, work, max_files=spec.copy_max_files,
                        max_bytes=spec.copy_max_mb * 1024 * 1024)
    _chown_tree(work, spec.uid, spec.gid)

    # 3. a root that holds only the allow-list
    _build_root(spec)
    _pivot_into(spec.root)

    # 4. the throwaway identity and its limits
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


__all__ = ["JailSpec", "JailError", "enter_jail", "copy_submission", "keep_written_files"]

if __name__ == "__main__":  # pragma: no cover - manual smoke test
    sys.exit("use academy.kernels.zygote")
