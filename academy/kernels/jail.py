"""Confinement of grading kernels: bubblewrap builds the allow-list root, each forked kernel
takes its own namespaces, folders and UID inside it.

Two layers, each doing what it is good at:

1. **The grading zygote runs under bubblewrap** (``bwrap``, Debian's ``bubblewrap``, the sandbox
   under Flatpak; installed by ``scripts/bootstrap.sh``). :func:`zygote_sandbox` turns the
   allow-list -- plain data -- into its command line, one ``bwrap`` option per entry:

   * ``--ro-bind`` at the same paths: the interpreter and its venv, the ``academy`` package, the
     sample data, a few files of ``/etc``; symlinks among them (``/bin`` -> ``usr/bin``) become
     ``--symlink`` and their targets are bound; folders leading to them are ``--dir`` 0711
     (traverse-only: nobody lists ``/work`` or ``/root``);
   * masked paths inside an allowed folder (a ``.git``, a curriculum) covered again: an empty
     read-only ``--tmpfs`` (a folder) or ``/dev/null`` (a file);
   * ``--dev``, ``--proc``, ``--tmpfs /tmp``, an ``/etc/passwd`` and ``/etc/group`` naming only
     root and the throwaway UIDs, and the root-only runtime folder (per-kernel scratch);
   * ``--unshare-net --unshare-ipc --unshare-uts --die-with-parent --new-session``, and
     ``--cap-drop ALL`` but the few capabilities the zygote needs to confine each kernel (2.).

   No ``.git``, curriculum, course root, hub state, ``/work``, ``/root``, ``/home`` or ``/srv``
   exists inside; the zygote itself (root, never running learner code) sees no more than that.

2. **Each kernel confines itself further** (:func:`enter_jail`, in the zygote's fork child
   before any learner code exists). bwrap wraps a *command* (it execs), while a zygote's kernel
   is a fork of a warm process, so this is the one piece kept from the former home-made jail
   (a few ``unshare``/``mount`` calls through ctypes: Python 3.11 has no ``os.unshare``). It
   keeps what bwrap cannot give per submission inside one zygote -- a fresh view for each
   learner, nothing shared with the kernel beside it or the one before:

   * its own mount, network (loopback only), IPC and UTS namespaces;
   * a private, size-limited tmpfs working copy of its submission (regular files only, never
     ``*.ipynb`` -- the restored notebook holds the hidden tests -- never symlinks), copied from
     the root-only staging copy the grader made (:func:`copy_submission`);
   * a fresh ``/tmp``, ``/var/tmp``, ``/dev/shm`` and a private ``/proc`` showing only its own
     processes (``hidepid=invisible``); ``/`` read-only;
   * its own throwaway UID/GID, no groups, no capabilities, ``no_new_privs``, and the limits
     (:class:`~academy.kernels.limits.Limits`) as rlimits.

Not taken from bwrap: ``--unshare-pid``. The grader watches each kernel through a pidfd of its
pid and reads what it wrote through ``/proc/<pid>/root``, so kernels keep the machine's pids;
each kernel's private ``/proc`` hides every other process all the same.

Limits are rlimits (memory: ``RLIMIT_AS``; processes: ``RLIMIT_NPROC`` per throwaway UID). A
cgroup v2 memory/pids limit would be stricter, but these machines have cgroup v1 (``memory`` and
``pids`` under ``/sys/fs/cgroup/<controller>``; the cgroup2 at ``/sys/fs/cgroup/unified`` offers
only ``hugetlb``), so there is none to use: rlimits it is.

:func:`keep_written_files` copies what a notebook wrote during grading (a chart, a CSV) back
into the submission folder, as stock nbgrader keeps them in ``autograded/<learner>/<module>/``.

>>> argv = zygote_sandbox(["/usr", "/opt/venv"], [], "/run/academy-grading", (62000, 62001))  # doctest: +SKIP
>>> enter_jail(JailSpec(uid=62001, gid=62001, scratch="/run/academy-grading/k1"))  # doctest: +SKIP

(``enter_jail`` is irreversible: the caller is now the learner.)
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import os
import resource
import shutil
import socket
import stat
import struct
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from academy.kernels.limits import LIMITS, Limits

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWNET = 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_MOVE, MS_REC, MS_PRIVATE = 32, 4096, 8192, 16384, 1 << 18
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS = 1, 38

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]

# Inside the zygote's bubblewrap: enter_jail refuses to confine a kernel anywhere else.
SANDBOX_MARK = "/.academy-sandbox"
# What the zygote keeps of root's capabilities: exactly what enter_jail needs (namespaces and
# mounts, the throwaway identity, the working copy's owner, the kernel's loopback).
ZYGOTE_CAPS = ("CAP_SYS_ADMIN", "CAP_SETUID", "CAP_SETGID", "CAP_CHOWN", "CAP_NET_ADMIN")


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
    """What the fork child needs; plain data so the zygote can receive it as JSON."""

    uid: int
    gid: int
    scratch: str    # host folder of this kernel: sock/ (uid-owned), work/, stage/ and hold/ (root-only)
    limits: dict = field(default_factory=lambda: asdict(LIMITS))
    keep_in_tmp: list[str] = field(default_factory=list)  # allowed paths under /tmp (a checkout in /tmp)
    env: dict[str, str] = field(default_factory=dict)

    # <scratch>/work, sock, stage, hold (read-only properties, not fields)
    work, sock, stage, hold = (property(lambda self, name=name: os.path.join(self.scratch, name),
                                        doc=f"``<scratch>/{name}``") for name in ("work", "sock", "stage", "hold"))


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
    """Give ``root`` and everything in it to ``uid``, deepest first (the zygote has no
    CAP_DAC_OVERRIDE: once a folder is the learner's, root cannot enter it any more)."""
    for folder, dirs, names in os.walk(root, topdown=False):
        for name in names:
            os.lchown(os.path.join(folder, name), uid, gid)
        os.lchown(folder, uid, gid)


def _is_under(path: str, folder: str) -> bool:
    path, folder = os.path.normpath(path), os.path.normpath(folder)
    return path == folder or path.startswith(folder.rstrip("/") + "/")


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


def _through_link(path: str, links: dict[str, str]) -> bool:
    """``path`` lies below a symlink the sandbox recreates: never bind or create through one."""
    return any(_is_under(path, link) and path != link for link in links)


def _identity_files(runtime_root: str, uid_range: tuple[int, int]) -> tuple[str, str]:
    """Root-owned ``passwd`` and ``group`` naming root and every throwaway UID (``learner``)."""
    first, last = uid_range
    passwd = "root:x:0:0:root:/:/usr/sbin/nologin\n" + "".join(
        f"learner:x:{uid}:{uid}:learner:/tmp:/usr/sbin/nologin\n" for uid in range(first, last + 1))
    group = "root:x:0:\n" + "".join(f"learner:x:{uid}:\n" for uid in range(first, last + 1))
    written = []
    for name, text in (("passwd", passwd), ("group", group)):
        path = os.path.join(runtime_root, f"{name}-{hashlib.sha256(text.encode()).hexdigest()[:12]}")
        if not os.path.exists(path):
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        written.append(path)
    return written[0], written[1]


def bwrap_path() -> str:
    path = shutil.which("bwrap")
    if path is None:
        raise JailError("bubblewrap (bwrap) is not installed: run scripts/bootstrap.sh "
                        "(or, as root: apt-get install bubblewrap)")
    return path


def zygote_sandbox(readonly: list[str], masked: list[str], runtime_root: str,
                   uid_range: tuple[int, int]) -> list[str]:
    """The ``bwrap`` command line (up to ``--``) the grading zygote runs under: only the
    allow-list, read-only; ``masked`` covered; ``runtime_root`` (root-only scratch) read-write."""
    bwrap = bwrap_path()
    os.makedirs(runtime_root, mode=0o711, exist_ok=True)
    os.chmod(runtime_root, 0o711)
    binds, links = _plan_readonly(readonly)
    targets = [target for _, target in binds]
    passwd, group = _identity_files(runtime_root, uid_range)
    fonts = os.path.join(runtime_root, "matplotlib")  # matplotlib's font cache: built once per boot
    os.makedirs(fonts, mode=0o700, exist_ok=True)     # (no /root inside), root-only
    args = [bwrap, "--die-with-parent", "--new-session", "--unshare-net", "--unshare-ipc",
            "--unshare-uts", "--hostname", "grading", "--cap-drop", "ALL"]
    for cap in ZYGOTE_CAPS:
        args += ["--cap-add", cap]
    args += ["--perms", "1777", "--tmpfs", "/tmp", "--dev", "/dev", "--proc", "/proc",
             "--perms", "1777", "--dir", "/var/tmp", "--perms", "0755", "--dir", "/etc",
             "--perms", "0755", "--dir", SANDBOX_MARK]
    wanted = [t for t in targets if not _through_link(t, links)] + [runtime_root]
    folders = sorted({os.path.dirname(p) for t in wanted for p in _ancestors(t)} - {"/", "/tmp", "/etc", "/var"},
                     key=lambda p: (p.count("/"), p))
    for folder in folders:
        if not any(_is_under(folder, t) for t in targets) and not _through_link(folder, links) \
                and folder not in links:
            args += ["--perms", "0711", "--dir", folder]
    for link, target in sorted(links.items()):
        if not any(_is_under(link, t) for t in targets) and not _through_link(link, links):
            args += ["--symlink", target, link]
    for source, target in binds:
        if not _through_link(target, links):
            args += ["--ro-bind", source, target]
    for path in sorted(set(masked), key=len):
        if (not any(_is_under(path, t) for t in targets) or _through_link(path, links)
                or not os.path.lexists(path)):
            continue
        if os.path.isdir(path) and not os.path.islink(path):
            args += ["--perms", "0755", "--tmpfs", path, "--remount-ro", path]
        else:
            args += ["--ro-bind", "/dev/null", path]
    args += ["--ro-bind", passwd, "/etc/passwd", "--ro-bind", group, "/etc/group",
             "--bind", runtime_root, runtime_root, "--setenv", "MPLCONFIGDIR", fonts, "--chdir", "/", "--"]
    return args


def _ancestors(path: str) -> list[str]:
    """``path`` and every folder above it, nearest first (``/a/b`` -> ``/a/b``, ``/a``)."""
    found = []
    for _ in range(256):
        if path in ("/", ""):
            break
        found.append(path)
        path = os.path.dirname(path)
    return found


def _fresh_tmpfs(where: str, size_mb: int, *, keep: list[str], hold: str) -> None:
    """A new, empty tmpfs on ``where``; allowed paths below it (``keep``: a checkout in /tmp)
    are bound again, read-only, into the new one before it replaces the old."""
    options = f"size={size_mb}m,mode=1777"
    keep = [p for p in keep if _is_under(p, where) and p != where]
    if not keep:
        _mount("tmpfs", where, "tmpfs", MS_NOSUID | MS_NODEV, options)
        return
    _mount("tmpfs", hold, "tmpfs", MS_NOSUID | MS_NODEV, options)
    for path in sorted(keep, key=lambda p: (p.count("/"), p)):
        inside = os.path.join(hold, os.path.relpath(path, where))
        parent = os.path.dirname(inside)
        for folder in reversed(_ancestors(parent)):
            if _is_under(folder, hold) and folder != hold and not os.path.lexists(folder):
                os.mkdir(folder, 0o711)
        if os.path.isdir(path):
            os.makedirs(inside, exist_ok=True)
        elif not os.path.lexists(inside):
            os.close(os.open(inside, os.O_CREAT | os.O_WRONLY | os.O_NOFOLLOW, 0o644))
        _mount(path, inside, None, MS_BIND | MS_REC)
        _mount(None, inside, None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)
    _mount(hold, where, None, MS_MOVE)


def enter_jail(spec: JailSpec) -> None:
    """Irreversibly confine the calling process (root inside the zygote's bubblewrap, single-threaded)."""
    if os.geteuid() != 0:
        raise JailError("the grading sandbox needs root (to switch to a throwaway UID and make namespaces)")
    if not os.path.isdir(SANDBOX_MARK):
        raise JailError("this zygote does not run under bubblewrap (academy.kernels.jail.zygote_sandbox): "
                        "refusing to confine a kernel on the machine's own root")
    limits = Limits(**spec.limits)
    unshare(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS)
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    try:
        _loopback_up()
    except OSError:
        pass  # no loopback is still no network

    # The private working copy, from the grader's root-only staging copy of the submission.
    work = spec.work
    _mount("tmpfs", work, "tmpfs", MS_NOSUID | MS_NODEV, f"size={limits.work_mb}m,mode=0700")
    if os.path.isdir(spec.stage):
        copy_submission(spec.stage, work, max_files=limits.copy_max_files,
                        max_bytes=limits.copy_max_mb * 1024 * 1024)
    _chown_tree(work, spec.uid, spec.gid)

    # Fresh per kernel: nothing left by the kernel before, nothing shared with the one beside.
    _fresh_tmpfs("/tmp", limits.tmp_mb, keep=spec.keep_in_tmp, hold=spec.hold)
    for tmp in ("/var/tmp", "/dev/shm"):
        _mount("tmpfs", tmp, "tmpfs", MS_NOSUID | MS_NODEV, f"size={limits.tmp_mb}m,mode=1777")
    try:  # only the throwaway UID's own processes: the grader's, the zygote's, others' stay hidden
        _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=invisible")
    except JailError:  # an old kernel without per-mount proc options: the rest still holds
        _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    _mount(None, "/", None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)

    # The throwaway identity and its limits.
    os.setgroups([])
    os.setresgid(spec.gid, spec.gid, spec.gid)
    os.setresuid(spec.uid, spec.uid, spec.uid)
    os.chdir(work)  # the learner's folder: root (without CAP_DAC_OVERRIDE) may not enter it
    prctl(PR_SET_NO_NEW_PRIVS, 1)
    prctl(PR_SET_PDEATHSIG, 9)  # credentials changed: set again, the zygote's death kills us
    mb = 1024 * 1024
    rlimits = {
        resource.RLIMIT_CPU: (limits.cpu_seconds, limits.cpu_seconds + 5),
        resource.RLIMIT_AS: (limits.memory_mb * mb, limits.memory_mb * mb),
        resource.RLIMIT_NPROC: (limits.max_processes, limits.max_processes),
        resource.RLIMIT_NOFILE: (limits.max_open_files, limits.max_open_files),
        resource.RLIMIT_FSIZE: (limits.max_file_mb * mb, limits.max_file_mb * mb),
        resource.RLIMIT_CORE: (0, 0),
    }
    for which, value in rlimits.items():
        resource.setrlimit(which, value)
    os.umask(0o077)
    os.environ.clear()
    os.environ.update(spec.env)
    os.environ.update(HOME=work, IPYTHONDIR=os.path.join(work, ".ipython"),
                      MPLCONFIGDIR=os.path.join(work, ".matplotlib"), TMPDIR="/tmp",
                      JUPYTER_RUNTIME_DIR=os.path.join(work, ".runtime"))
    if os.getuid() == 0 or os.geteuid() == 0:
        raise JailError("still root after dropping privileges")


__all__ = ["JailSpec", "JailError", "Limits", "LIMITS", "enter_jail", "zygote_sandbox", "copy_submission",
           "keep_written_files"]

if __name__ == "__main__":  # pragma: no cover - manual smoke test
    sys.exit("use academy.kernels.zygote")
