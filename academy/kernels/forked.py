"""Starting and talking to a kernel zygote, and watching the kernels it forks.

The floor under both sides: grading (:mod:`academy.grading.sandbox`, sandboxed kernels) and the
learners' servers (:mod:`academy.kernels.warm`, warm kernel starts) ask a zygote
(:mod:`academy.kernels.zygote`) for a kernel and watch it as a :class:`ForkedKernelProcess`.

>>> zygote = Zygote.get(("numpy",))              # doctest: +SKIP
>>> zygote.request({"op": "ping"})               # doctest: +SKIP
{'pong': True}
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import subprocess
import sys
import threading
import uuid
from pathlib import Path

RUNTIME_ROOT = "/run/academy-grading"


class SandboxUnavailable(RuntimeError):
    """Grading cannot be sandboxed here (not root, no namespaces): refuse, never run unconfined."""


class Zygote:
    """One zygote per process and command line, started on first use, stopped at exit.

    ``wrapper`` is what the zygote runs under: for grading, the bubblewrap command line of
    :func:`academy.kernels.jail.zygote_sandbox`; for a learner's own server, nothing.
    """

    _instances: dict[tuple[tuple[str, ...], tuple[str, ...]], "Zygote"] = {}
    _lock = threading.Lock()

    def __init__(self, preload: tuple[str, ...], *, wait: bool = True, wrapper: tuple[str, ...] = ()):
        self.preload = preload
        self.proc = _start_zygote(
            [*wrapper, sys.executable, "-m", "academy.kernels.zygote", *preload],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, bufsize=1, close_fds=True, env=_zygote_env(),
        )
        self.io_lock = threading.Lock()
        self._ready = False
        if wait:
            with self.io_lock:
                self._ensure_ready()

    def _ensure_ready(self) -> None:
        """Wait (once) for the zygote's hello; call with ``io_lock`` held."""
        if not self._ready:
            hello = self._readline(timeout=120)
            if not hello.get("ready"):
                raise SandboxUnavailable(f"kernel zygote did not start: {hello}")
            self._ready = True

    @classmethod
    def get(cls, preload: tuple[str, ...], *, wait: bool = True, wrapper: tuple[str, ...] = ()) -> "Zygote":
        """This process's zygote for ``preload`` under ``wrapper`` (started now if none runs).
        ``wait=False`` returns at once; the first :meth:`request` then waits until it is ready."""
        shared = os.environ.get(SHARED_ZYGOTE_ENV)
        if shared:
            return SharedZygote.connect(shared)
        key = (tuple(preload), tuple(wrapper))
        with cls._lock:
            zygote = cls._instances.get(key)
            if zygote is None or zygote.proc.poll() is not None:
                zygote = cls._instances[key] = cls(preload, wait=wait, wrapper=tuple(wrapper))
            return zygote

    @classmethod
    def adopt(cls, preload: tuple[str, ...], read_fd: int, write_fd: int, pid: int) -> "Zygote":
        """Make a zygote forked for this process elsewhere (the hub's kernel parent,
        academy/kernels/server_fork.py) this process's zygote for ``preload``: it answers on
        ``read_fd``, takes requests on ``write_fd`` and is watched through a pidfd."""
        zygote = cls.__new__(cls)
        zygote.preload = tuple(preload)
        zygote.proc = ForkedKernelProcess(pid)
        zygote.proc.stdout = os.fdopen(read_fd, "r", encoding="utf-8")
        zygote.proc.stdin = os.fdopen(write_fd, "w", encoding="utf-8", buffering=1)
        zygote.io_lock = threading.Lock()
        zygote._ready = False
        with cls._lock:
            cls._instances[(zygote.preload, ())] = zygote
        return zygote

    @classmethod
    def stop_all(cls) -> None:
        with cls._lock:
            for zygote in cls._instances.values():
                zygote.stop()
            cls._instances.clear()

    def _readline(self, timeout: float) -> dict:
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            self.stop()
            raise SandboxUnavailable(f"kernel zygote did not answer within {timeout:.0f} s")
        line = self.proc.stdout.readline()
        if not line:
            raise SandboxUnavailable("kernel zygote exited")
        return json.loads(line)

    def request(self, message: dict, timeout: float = 60) -> dict:
        with self.io_lock:
            self._ensure_ready()
            self.proc.stdin.write(json.dumps(message) + "\n")
            self.proc.stdin.flush()
            return self._readline(timeout)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


atexit.register(Zygote.stop_all)

SHARED_ZYGOTE_ENV = "ACADEMY_ZYGOTE_SOCKET"


class SharedZygote:
    """A client of a zygote serving a Unix socket (``python -m academy.kernels.zygote --socket``)."""

    _connections: dict[str, "SharedZygote"] = {}

    def __init__(self, path: str):
        self.path = path
        self.sock = self.file = None
        self.io_lock = threading.Lock()
        self._connect()

    def _connect(self) -> None:
        import socket

        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.path)
        self.file = self.sock.makefile("rwb")

    def _drop(self) -> None:
        """Forget a connection whose reply is late or lost: read later, that reply would be
        taken as the answer to the *next* request (another kernel's pid, a spawn's error)."""
        for part in (self.file, self.sock):
            try:
                part.close()
            except (OSError, AttributeError):
                pass
        self.sock = self.file = None

    @classmethod
    def connect(cls, path: str) -> "SharedZygote":
        with Zygote._lock:
            if path not in cls._connections:
                cls._connections[path] = cls(path)
            return cls._connections[path]

    def request(self, message: dict, timeout: float = 60) -> dict:
        with self.io_lock:
            try:
                if self.sock is None:
                    self._connect()
                self.sock.settimeout(timeout)
                self.file.write((json.dumps(message) + "\n").encode())
                self.file.flush()
                line = self.file.readline()
            except OSError as error:  # a timeout included
                self._drop()
                raise SandboxUnavailable(f"the shared kernel zygote did not answer: {error!r}") from error
            if not line:
                self._drop()
                raise SandboxUnavailable("the shared kernel zygote went away")
        return json.loads(line)

    @staticmethod
    def serve(preload: tuple[str, ...], runtime_root: str = RUNTIME_ROOT, *,
              wrapper: tuple[str, ...]) -> tuple[subprocess.Popen, str]:
        """Start a socket-serving zygote under ``wrapper`` (see :class:`Zygote`); returns
        (process, socket path). Kill the process to stop."""
        root = Path(runtime_root)
        root.mkdir(parents=True, exist_ok=True)
        os.chmod(root, 0o711)
        path = str(root / f"zygote-{os.getpid()}-{uuid.uuid4().hex[:8]}.sock")
        proc = _start_zygote([*wrapper, sys.executable, "-m", "academy.kernels.zygote", "--socket", path, *preload],
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             close_fds=True, env=_zygote_env())
        return proc, path

    @staticmethod
    def wait_ready(proc: subprocess.Popen, timeout: float = 180) -> None:
        """Block until a zygote from :meth:`serve` listens (start workers meanwhile: it overlaps)."""
        ready, _, _ = select.select([proc.stdout], [], [], timeout)
        if not ready or not json.loads(proc.stdout.readline() or b"{}").get("ready"):
            proc.kill()
            raise SandboxUnavailable("shared kernel zygote did not start")


def _start_zygote(args: list[str], **popen) -> subprocess.Popen:
    """Start a zygote from a thread of its own that lives exactly as long as the zygote.

    The zygote dies with the *thread* that started it (``PR_SET_PDEATHSIG`` is per thread), and
    its grading kernels die with it. Started from a caller's short-lived thread (a grading
    thread, a thread pool's worker), it was killed -- with every other caller's kernel, a
    "KernelDied" -- when that thread ended (issue 18).
    """
    started: dict = {}
    ready = threading.Event()

    def keeper() -> None:
        try:
            started["proc"] = subprocess.Popen(args, **popen)
        except BaseException as error:  # noqa: BLE001  (handed to the caller below)
            started["error"] = error
        finally:
            ready.set()
        if "proc" in started:
            started["proc"].wait()

    threading.Thread(target=keeper, name="academy-zygote-keeper", daemon=True).start()
    ready.wait()
    if "error" in started:
        raise started["error"]
    return started["proc"]


def _zygote_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    return env


class ForkedKernelProcess:
    """A ``Popen`` look-alike for a kernel forked by a zygote, watched through a pidfd
    (grading kernels here, learners' warm kernels in :mod:`academy.kernels.warm`)."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None
        try:
            self._pidfd: int | None = os.pidfd_open(pid)
        except ProcessLookupError:
            self._pidfd, self.returncode = None, -signal.SIGKILL

    def poll(self) -> int | None:
        if self.returncode is None and self._pidfd is not None:
            ready, _, _ = select.select([self._pidfd], [], [], 0)
            if ready:
                self.returncode = -signal.SIGKILL  # not our child: the real status is the zygote's
                os.close(self._pidfd)
                self._pidfd = None
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None and self._pidfd is not None:
            select.select([self._pidfd], [], [], timeout)
        result = self.poll()
        if result is None:
            raise subprocess.TimeoutExpired(str(self.pid), timeout)
        return result

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            try:
                os.killpg(self.pid, signum)  # the kernel called setsid(): its group is its pid
            except ProcessLookupError:
                pass

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


__all__ = ["Zygote", "SharedZygote", "ForkedKernelProcess", "SandboxUnavailable", "SHARED_ZYGOTE_ENV",
           "RUNTIME_ROOT"]
