"""Sandboxed Jupyter kernels: a kernel manager nbgrader's ``Execute`` step can use unchanged.

``SandboxKernelManager`` is an ``AsyncKernelManager`` whose kernels are forked by a
:mod:`~academy.kernels.zygote` running under bubblewrap and confined by :mod:`~academy.kernels.jail`:
throwaway UID from ``uid_range``, no network, rlimits, private tmpfs copy, and a root holding only
an allow-list (:meth:`SandboxKernelManager.readonly_paths`: the interpreter, the ``academy``
package, the sample data, a few files of ``/etc``). It talks to the kernel over ZeroMQ ``ipc`` sockets in a
per-kernel folder (TCP would not cross the kernel's empty network namespace). Before the kernel
stops, the files its notebook wrote are kept in the submission folder (within ``keep_file_mb``
per file and ``keep_total_mb`` in all), as stock nbgrader keeps them.

Settings are traitlets (``c.SandboxKernelManager.memory_mb = 1024`` in nbgrader_config.py).
"""

from __future__ import annotations

import asyncio
import dataclasses
import fcntl
import functools
import os
import shutil
import sys
import time
import uuid
from queue import Empty
from pathlib import Path

from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner
from traitlets import Int, List, Tuple, Unicode

# The zygote, its clients and the forked kernel process are the floor under grading and the hub
# (academy/kernels/); SharedZygote and SHARED_ZYGOTE_ENV are re-exported for the engine.
from academy.kernels.forked import (RUNTIME_ROOT, SHARED_ZYGOTE_ENV, ForkedKernelProcess,  # noqa: F401
                                    SandboxUnavailable, SharedZygote, Zygote)
from academy.kernels.jail import JailError, copy_submission, zygote_sandbox
from academy.kernels.limits import LIMITS, Limits
from academy.layout import tools_path

# Always allowed, read-only: the system's programs and libraries (Debian: /bin, /lib, /sbin are
# links into /usr) and the few files of /etc a Python kernel reads. Nothing else of the machine.
SYSTEM_READONLY = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
ETC_READONLY = ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "timezone", "fonts",
                "alternatives", "mime.types", "locale.alias", "os-release", "nsswitch.conf", "hosts",
                "host.conf", "ssl/certs", "ssl/openssl.cnf", "matplotlibrc")


class UidSlot:
    """An exclusive throwaway UID from ``range``, held by an ``flock`` across grader processes."""

    def __init__(self, first: int, last: int, runtime_root: str):
        lock_dir = Path(runtime_root) / "uids"
        lock_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        for uid in range(first, last + 1):
            fd = os.open(lock_dir / f"{uid}.lock", os.O_CREAT | os.O_RDWR, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            self.uid, self._fd = uid, fd
            return
        raise SandboxUnavailable(f"all sandbox UIDs {first}-{last} are in use")

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class SandboxProvisioner(LocalProvisioner):
    """Launch through the zygote instead of ``Popen``; clean the throwaway identity afterwards."""

    async def launch_kernel(self, cmd: list[str], **kwargs) -> dict:
        km: SandboxKernelManager = self.parent
        try:
            reply = km.zygote.request({
                "op": "spawn",
                "jail": km.jail_spec(kwargs.get("cwd")),
                "connection": {k: (v.decode() if isinstance(v, bytes) else v)
                               for k, v in self.connection_info.items()},
                "argv": list(km.kernel_argv),
            })
        except (SandboxUnavailable, OSError, ValueError) as error:
            reply = {"error": repr(error)}
        if "pid" not in reply:
            km.release_sandbox()  # free the UID and its folder now: nothing else will
            raise SandboxUnavailable(f"sandboxed kernel did not start: {reply.get('error')}")
        self.process = ForkedKernelProcess(reply["pid"])
        self.pid = self.pgid = reply["pid"]
        self.cwd = kwargs.get("cwd")
        return self.connection_info

    async def wait(self) -> int | None:
        """As stock, but polling the pidfd every 5 ms instead of every 100 ms."""
        ret = 0
        if self.process:
            for _ in range(12000):  # <= 60 s; callers bound it with their own timeout anyway
                if self.process.poll() is not None:
                    break
                await asyncio.sleep(0.005)
            ret = self.process.poll()
            self.process = None
        return ret

    async def cleanup(self, restart: bool = False) -> None:
        await super().cleanup(restart=restart)
        if not restart:
            self.parent.release_sandbox()


class SandboxKernelClient(AsyncKernelClient):
    """``wait_for_ready`` without stock's fixed 0.2 s "flush IOPub" pause on every kernel.

    Ready = the ``kernel_info`` reply arrived *and* IOPub carried that request's ``idle``
    status (so IOPub is connected too); nothing is left to flush.
    """

    async def wait_for_ready(self, timeout: float | None = None) -> None:
        deadline = time.monotonic() + (timeout or 60)
        while True:
            msg_id = self.kernel_info()
            try:
                reply = await self.shell_channel.get_msg(timeout=1)
            except Empty:
                reply = None
            if reply is not None and reply["msg_type"] == "kernel_info_reply":
                for _ in range(100):  # bounded drain; a lost status just means "ask again"
                    try:
                        msg = await self.iopub_channel.get_msg(timeout=0.25)
                    except Empty:
                        break
                    if (msg["msg_type"] == "status" and msg["parent_header"].get("msg_id") == msg_id
                            and msg["content"].get("execution_state") == "idle"):
                        self._handle_kernel_info_reply(reply)
                        return
            if not await self.parent.is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout} seconds")


class SandboxKernelManager(AsyncKernelManager):
    """The kernel manager nbgrader's Execute uses when grading: every kernel sandboxed."""

    uid_range = Tuple(Int(), Int(), default_value=(62000, 62999),
                      help="Throwaway UIDs (and GIDs) for learner kernels; no real user may use them.").tag(config=True)
    runtime_root = Unicode(RUNTIME_ROOT, help="Root-only folder for per-kernel sockets and UID locks "
                           "(not under /tmp: the sandbox replaces /tmp).").tag(config=True)
    preload = List(Unicode(), default_value=["numpy", "pandas", "matplotlib", "matplotlib.pyplot"],
                   help="Modules imported once in the zygote, so no kernel pays for them.").tag(config=True)
    readonly_extra = List(Unicode(), help="Extra folders/files learner code may read (read-only). "
                          "Everything not on the allow-list (SandboxKernelManager.readonly_paths) is "
                          "absent inside the sandbox.").tag(config=True)
    hidden_paths = List(Unicode(), help="Folders/files inside an allowed folder that learner code must "
                        "still not see (the curriculum and every .git there are always hidden).").tag(config=True)
    keep_file_mb = Int(5, help="Largest file a notebook writes while graded that is kept in its "
                       "autograded folder, MB.").tag(config=True)
    keep_total_mb = Int(20, help="Total of the written files kept per notebook, MB.").tag(config=True)
    # The limits' defaults are declared once, in academy.kernels.limits.Limits.
    work_mb = Int(LIMITS.work_mb, help="Size of the private working copy (tmpfs), MB.").tag(config=True)
    tmp_mb = Int(LIMITS.tmp_mb, help="Size of the private /tmp, /var/tmp and /dev/shm (tmpfs each), "
                 "MB.").tag(config=True)
    cpu_seconds = Int(LIMITS.cpu_seconds, help="CPU seconds per kernel (RLIMIT_CPU).").tag(config=True)
    memory_mb = Int(LIMITS.memory_mb, help="Address space per kernel, MB (RLIMIT_AS).").tag(config=True)
    max_processes = Int(LIMITS.max_processes, help="Processes+threads of the throwaway UID "
                        "(RLIMIT_NPROC).").tag(config=True)
    max_open_files = Int(LIMITS.max_open_files, help="Open files per process (RLIMIT_NOFILE).").tag(config=True)
    max_file_mb = Int(LIMITS.max_file_mb, help="Largest file a kernel may write, MB (RLIMIT_FSIZE).").tag(config=True)
    kernel_argv = List(Unicode(), default_value=["--HistoryManager.hist_file=:memory:"],
                       help="Extra IPKernelApp arguments.").tag(config=True)

    def __init__(self, **kwargs):
        kwargs["kernel_name"] = "python3"  # never the submission's claim: always our sandboxed Python
        kwargs.setdefault("client_class", "academy.grading.sandbox.SandboxKernelClient")
        super().__init__(**kwargs)
        self._slot: UidSlot | None = None
        self._scratch: str | None = None
        self._source_dir: str | None = None
        self._wrapper: tuple[str, ...] | None = None

    @property
    def zygote(self) -> Zygote:
        return Zygote.get(tuple(self.preload), wrapper=self.zygote_wrapper())

    def zygote_wrapper(self) -> tuple[str, ...]:
        """The bubblewrap command line the grading zygote runs under (this allow-list)."""
        if self._wrapper is None:
            try:
                self._wrapper = tuple(zygote_sandbox(self.readonly_paths(), self.masked_paths(),
                                                     self.runtime_root, tuple(self.uid_range)))
            except (JailError, OSError) as error:
                raise SandboxUnavailable(str(error)) from error
        return self._wrapper

    def limits(self) -> Limits:
        return Limits(work_mb=self.work_mb, tmp_mb=self.tmp_mb, cpu_seconds=self.cpu_seconds,
                      memory_mb=self.memory_mb, max_processes=self.max_processes,
                      max_open_files=self.max_open_files, max_file_mb=self.max_file_mb)

    async def _async_pre_start_kernel(self, **kw):
        if os.geteuid() != 0:
            raise SandboxUnavailable("grading runs learner code only in the sandbox, which needs root; "
                                     "run the grader as root (see academy/grading/__init__.py)")
        root = Path(self.runtime_root)
        root.mkdir(parents=True, exist_ok=True)
        os.chmod(root, 0o711)
        self._slot = UidSlot(*self.uid_range, runtime_root=self.runtime_root)
        uid = self._slot.uid
        self.zygote.request({"op": "kill_uid", "uid": uid})  # leftovers of a crashed earlier run
        scratch = root / f"k-{uid}-{uuid.uuid4().hex[:8]}"
        (scratch / "sock").mkdir(parents=True, mode=0o700)
        for folder in ("work", "stage", "hold"):  # mount point, the submission's copy, a spare
            (scratch / folder).mkdir(mode=0o700)
        os.chmod(scratch, 0o711)
        os.chown(scratch / "sock", uid, uid)
        self._scratch = str(scratch)
        self.transport = "ipc"
        self.ip = str(scratch / "sock" / "k")
        self.connection_file = str(scratch / "kernel.json")  # root-only; the child copies it in
        self.provisioner = SandboxProvisioner(kernel_id=self.kernel_id or str(uuid.uuid4()),
                                              kernel_spec=self.kernel_spec, parent=self)
        return await super()._async_pre_start_kernel(**kw)

    def readonly_paths(self) -> list[str]:
        """The allow-list: everything learner code may read, all read-only. The submission's
        private copy, /tmp, /dev and /proc come on top (see :mod:`academy.kernels.jail`)."""
        return sorted({*SYSTEM_READONLY, *(f"/etc/{name}" for name in ETC_READONLY), *_python_paths(),
                       *map(str, _data_paths()), *self.readonly_extra})

    def masked_paths(self) -> list[str]:
        """Inside the allow-list, yet never visible: the curriculum (solutions, hidden tests) and
        any repository (``.git``), e.g. in a venv's ``src/`` or a dataset folder."""
        roots = (sys.prefix, sys.base_prefix, "/usr/local", "/usr/src", *map(str, _data_paths()))
        from academy.layout import curriculum_dir

        return sorted({*_secrets_inside(roots, str(curriculum_dir())), *self.hidden_paths})

    def jail_spec(self, cwd: str | None) -> dict:
        """The kernel's :class:`~academy.kernels.jail.JailSpec` (as JSON); copies the submission
        folder, bounded and without notebooks or links, into its root-only staging folder."""
        uid = self._slot.uid
        self._source_dir = str(cwd) if cwd else None
        limits = self.limits()
        if self._source_dir and os.path.isdir(self._source_dir):
            copy_submission(self._source_dir, os.path.join(self._scratch, "stage"),
                            max_files=limits.copy_max_files, max_bytes=limits.copy_max_mb * 1024 * 1024)
        wrapper = self.zygote_wrapper()
        in_tmp = [wrapper[i + 2] for i, arg in enumerate(wrapper[:-2])
                  if arg == "--ro-bind" and wrapper[i + 2].startswith("/tmp/")]
        return dict(
            uid=uid, gid=uid, scratch=self._scratch, limits=dataclasses.asdict(limits), keep_in_tmp=in_tmp,
            env={**{k: v for k, v in os.environ.items()  # where datasets/curriculum live
                    if k.startswith("ACADEMY_") and k != SHARED_ZYGOTE_ENV},
                 "PATH": tools_path(),
                 "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1",
                 "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MPLBACKEND": "agg",
                 "NBGRADER_EXECUTION": os.environ.get("NBGRADER_EXECUTION", "autograde")},
        )

    def keep_written_files(self) -> list[str]:
        """Copy what the notebook wrote (a chart, a CSV) from the kernel's private copy into its
        submission folder (``autograded/<learner>/<module>/``), read through the live kernel's
        root; a kernel already dead leaves nothing to keep."""
        process = getattr(self.provisioner, "process", None)
        if not (self._scratch and self._source_dir and process is not None and process.poll() is None):
            return []
        from academy.kernels.jail import keep_written_files

        mb = 1024 * 1024
        return keep_written_files(f"/proc/{process.pid}/root{self._scratch}/work", self._source_dir,
                                  max_file_bytes=self.keep_file_mb * mb, max_total_bytes=self.keep_total_mb * mb)

    async def _async_shutdown_kernel(self, now: bool = False, restart: bool = False) -> None:
        if not restart:
            try:
                self.keep_written_files()
            except OSError:
                pass  # keeping side files is a courtesy; never fail the grading over it
        await super()._async_shutdown_kernel(now=now, restart=restart)

    shutdown_kernel = _async_shutdown_kernel

    def release_sandbox(self) -> None:
        """Kill whatever the throwaway UID left running, delete its folder, free the UID."""
        if self._slot is None:
            return
        try:
            self.zygote.request({"op": "kill_uid", "uid": self._slot.uid})
        finally:
            if self._scratch:
                shutil.rmtree(self._scratch, ignore_errors=True)
            self._slot.release()
            self._slot = None
            self._scratch = None


def _python_paths() -> list[str]:
    """The interpreter's prefixes and the ``academy`` package (not the checkout around it)."""
    package = Path(__file__).resolve().parents[1]
    return [sys.prefix, sys.base_prefix, str(package)]


def _data_paths() -> list[Path]:
    from academy.layout import dataset_roots

    return [root.resolve() for root in dataset_roots()]


@functools.lru_cache(maxsize=8)
def _secrets_inside(roots: tuple[str, ...], curriculum: str) -> tuple[str, ...]:
    """Every place a curriculum may be (the configured one, a checkout's, a wheel's data files)
    and each ``.git`` within three levels of an allowed folder (a venv's ``src/<package>/.git``),
    each as named and as resolved; cached per process."""
    from academy.layout import DATA_FILES, REPO

    found = {str(Path(p).absolute()) for p in (curriculum, REPO / "curriculum", DATA_FILES / "curriculum")}
    for root in roots:
        level = [root]
        for _ in range(4):  # root, then three levels down
            below = []
            for folder in level:
                try:
                    entries = list(os.scandir(folder))
                except OSError:
                    continue
                for entry in entries[:5000]:
                    if entry.name == ".git":
                        found.add(entry.path)
                    elif entry.is_dir(follow_symlinks=False):
                        below.append(entry.path)
            level = below
    return tuple(sorted(found | {os.path.realpath(p) for p in found}))


__all__ = ["SandboxKernelManager", "SandboxUnavailable", "Zygote"]
