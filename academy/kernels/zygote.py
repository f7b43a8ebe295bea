"""The kernel zygote: pay the kernel's start-up cost once, fork a pristine kernel per submission.

Run as ``python -m academy.kernels.zygote [module ...]`` (started by
:class:`academy.kernels.forked.Zygote`: for grading as root inside bubblewrap, see
:func:`academy.kernels.jail.zygote_sandbox`; for a learner's server as the learner). It imports
ipykernel, IPython and the listed modules (e.g. ``pandas``) once, then serves one JSON request
per line on stdin:

    {"op": "spawn", "jail": {...JailSpec...}, "connection": {...}, "argv": [...]}
        -> {"pid": 1234}  or  {"error": "..."}              (grading: a sandboxed kernel)
    {"op": "spawn", "learner": {"cwd": ..., "env": {...}}, "argv": ["-f", conn]}
        -> {"pid": 1234}  or  {"error": "..."}              (a learner's own warm kernel,
                                                              academy/kernels/warm.py)
    {"op": "kill_uid", "uid": 62001}   -> {"killed": true}
    {"op": "ping"}                     -> {"pong": true}

With ``--socket PATH`` it serves the same requests on a root-only Unix socket instead, so all
worker processes of a class run share one warm zygote (``ACADEMY_ZYGOTE_SOCKET``).

Every kernel is a fresh ``fork()`` of this untouched process, so learners share nothing: each
child gets its own copy-on-write memory, then confines itself (:func:`academy.kernels.jail.enter_jail`)
before any learner code exists in it. The zygote never runs learner code itself.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import sys
import traceback

# One BLAS thread per kernel: several kernels share two cores, and fewer threads = less memory.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from academy.kernels.jail import PR_SET_PDEATHSIG, JailSpec, enter_jail, prctl  # noqa: E402


# "cold": no traceback warm-up in this zygote (a learner's: ~52 MB of parsed sources per learner).
TRACEBACKS_ENV = "ACADEMY_ZYGOTE_TRACEBACKS"


def preload(modules: list[str]) -> None:
    import ipykernel.kernelapp  # noqa: F401  (the expensive part of every kernel start)
    import ipykernel.ipkernel  # noqa: F401
    import IPython.core.interactiveshell  # noqa: F401

    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as error:  # a missing optional module must not stop grading
            print(f"zygote: could not preload {name}: {error}", file=sys.stderr)
    try:  # the explainer every kernel loads (academy/_config/ipython_kernel_config.py)
        importlib.import_module("academy.explain")
    except Exception:
        pass
    for name in _modules_a_kernel_imports():
        try:
            importlib.import_module(name)
        except BaseException:
            pass
    if os.environ.get(TRACEBACKS_ENV, "warm") == "warm":  # learners' zygotes skip it (academy/kernels/warm.py)
        _warm_tracebacks()


def _sample_errors():
    """The errors a beginner's notebook raises most, raised here (never learner code): inside
    pandas (a missing column, by ``[]`` and by ``.loc``), a name, an index, a conversion, an
    unfinished answer and a failed test."""
    def _missing():
        raise NotImplementedError()

    try:
        import pandas

        frame = pandas.DataFrame({"name": ["a"], "value": [1]})
    except Exception:
        frame = None
    attempts = [lambda: frame["valeu"], lambda: frame.loc[frame["valeu"].idxmax(), "name"],
                lambda: frame.groupby("group")] if frame is not None else []
    attempts += [lambda: undefined_name,  # noqa: F821
                 lambda: [][1], lambda: {}["key"], lambda: int("x"), _missing,
                 lambda: exec("assert 1 == 2, 'test'")]
    for attempt in attempts:
        try:
            attempt()
        except Exception as error:
            yield error


def _warm_tracebacks() -> None:
    """Show the sample errors once, the way a kernel shows them, so every forked kernel inherits
    what that costs the first time: IPython's traceback formatter parses the source file of each
    frame (``executing``/``stack_data``: all of ``pandas/core/frame.py`` for a missing column),
    maps every loaded module to its file (``inspect.getmodule``) and compiles its colours; the
    explainer reads the message catalogue. Without it every kernel pays that again for its first
    error (measured: a pandas missing column plus a failed assert cost a forked kernel ~770 CPU-ms
    cold, ~135 warm). Only caches are filled; the errors and their tracebacks are thrown away."""
    try:
        from IPython.core import ultratb
        from IPython.core.interactiveshell import InteractiveShell

        formatter = ultratb.AutoFormattedTB(mode=InteractiveShell.xmode.default_value,
                                            theme_name=InteractiveShell.colors.default_value, tb_offset=1)
        from academy.explain import explain

        for error in _sample_errors():
            formatter.structured_traceback(type(error), error, error.__traceback__)
            explain(error, namespace={}, tb=error.__traceback__)
    except Exception as error:  # only a warm-up: kernels still work (slower) without it
        print(f"zygote: traceback warm-up failed: {error!r}", file=sys.stderr)


def _modules_a_kernel_imports() -> list[str]:
    """Start one throwaway kernel in a fork (no sockets kept) and list what it imported.

    ``IPKernelApp.initialize`` imports much lazily (debugpy alone is ~0.2 s); importing the same
    modules here once makes every forked kernel ready in a fraction of that.
    """
    import tempfile

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            before = set(sys.modules)
            from ipykernel.kernelapp import IPKernelApp
            from jupyter_client.connect import write_connection_file

            folder = tempfile.mkdtemp(prefix="academy-zygote-")
            os.environ["HOME"] = os.environ["IPYTHONDIR"] = folder
            devnull = os.open(os.devnull, os.O_RDWR)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            fname, _ = write_connection_file(fname=os.path.join(folder, "k.json"), transport="ipc",
                                             ip=os.path.join(folder, "s"))
            IPKernelApp.instance().initialize(["-f", fname, "--HistoryManager.hist_file=:memory:"])
            names = sorted(set(sys.modules) - before)
            os.write(write_end, json.dumps(names).encode())
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
        finally:
            os._exit(0)
    os.close(write_end)
    chunks = []
    while True:
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    try:
        names = json.loads(b"".join(chunks) or b"[]")
    except ValueError:
        return []
    # Never the test machinery or anything under __main__.
    return [n for n in names if not n.startswith(("__main__", "_pytest", "pytest"))]


def _child(request: dict, status_w: int, zygote_pid: int) -> None:
    """In the fork child: confine, report, become the kernel. Never returns.

    Until it has reported, the child dies with the zygote: a zygote killed because it did not
    answer in time (:meth:`academy.kernels.forked.Zygote.request`) leaves no half-started kernel
    holding the ports its caller then gives to a stock start.

    ``jail`` requests (grading) enter the sandbox first; ``learner`` requests (a learner's own
    server, already running as the learner) only take the kernel's cwd, environment and memory
    limit (:func:`academy.kernels.learner.become_learner_kernel`).
    """
    code = 0
    try:
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != zygote_pid:  # the zygote died before the line above
            raise RuntimeError("the zygote went away")
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.setsid()
        learner = request.get("learner")
        if learner is not None:
            from academy.kernels.learner import become_learner_kernel

            become_learner_kernel(learner)
            argv = list(request.get("argv", []))
        else:
            spec = JailSpec(**request["jail"])
            enter_jail(spec)
            connection_file = os.path.join(spec.work, ".kernel.json")
            with open(connection_file, "w", encoding="utf-8") as handle:
                json.dump(request["connection"], handle)
            argv = ["-f", connection_file, *request.get("argv", [])]
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        os.closerange(3, status_w)
        os.closerange(status_w + 1, 65536)
        try:
            import numpy

            numpy.random.seed()  # forks must not share the zygote's random state
        except Exception:
            pass
        import random

        random.seed()
        from ipykernel.kernelapp import IPKernelApp

        app = IPKernelApp.instance()
        app.initialize(argv)
        if learner is not None:
            from academy.kernels.learner import install_memory_message

            install_memory_message(app)
        # Report only once the sockets are bound: the grader then connects at once (no retries).
        os.write(status_w, b"ok")
        os.close(status_w)
        if learner is not None:  # a learner's kernel outlives a zygote restart (grading's do not)
            prctl(PR_SET_PDEATHSIG, 0)
        app.start()
    except BaseException:
        code = 70
        try:
            os.write(status_w, ("error: " + traceback.format_exc()[-2000:]).encode())
        except OSError:
            pass
    finally:
        os._exit(code)


def spawn(request: dict) -> dict:
    status_r, status_w = os.pipe()
    zygote_pid = os.getpid()
    pid = os.fork()
    if pid == 0:
        os.close(status_r)
        _child(request, status_w, zygote_pid)
    os.close(status_w)
    chunks = []
    while True:  # bounded: the child writes once then closes (or dies, closing it)
        chunk = os.read(status_r, 4096)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(status_r)
    status = b"".join(chunks).decode(errors="replace")
    if status != "ok":
        return {"error": status or "sandbox child died during setup"}
    return {"pid": pid}


def kill_uid(uid: int) -> dict:
    """SIGKILL every process of ``uid`` (a forked helper becomes ``uid`` and kills ``-1``)."""
    pid = os.fork()
    if pid == 0:
        try:
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
            for _ in range(50):  # a fork bomb may refill between rounds; NPROC bounds it
                try:
                    os.kill(-1, signal.SIGKILL)
                except ProcessLookupError:
                    break
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    return {"killed": True}


def handle(request: dict) -> dict:
    try:
        op = request.get("op")
        if op == "spawn":
            return spawn(request)
        if op == "kill_uid":
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            try:
                return kill_uid(int(request["uid"]))
            finally:
                signal.signal(signal.SIGCHLD, signal.SIG_IGN)
        if op == "ping":
            return {"pong": True}
        return {"error": f"unknown op {op!r}"}
    except Exception:
        return {"error": traceback.format_exc()[-2000:]}


def serve_socket(path: str) -> None:
    """Serve several grader processes (one line-delimited JSON connection each), one request
    at a time: every worker of a class run shares this one warm zygote."""
    import selectors
    import socket

    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_umask = os.umask(0o077)  # root-only socket
    server.bind(path)
    os.umask(old_umask)
    server.listen(64)
    selector = selectors.DefaultSelector()
    selector.register(server, selectors.EVENT_READ)
    buffers: dict = {}
    sys.stdout.write(json.dumps({"ready": True}) + "\n")
    sys.stdout.flush()
    while True:
        for key, _ in selector.select():
            if key.fileobj is server:
                conn, _ = server.accept()
                buffers[conn] = b""
                selector.register(conn, selectors.EVENT_READ)
                continue
            conn = key.fileobj
            try:
                chunk = conn.recv(65536)
            except OSError:
                chunk = b""
            if not chunk:
                _forget(selector, buffers, conn)
                continue
            buffers[conn] += chunk
            while b"\n" in buffers.get(conn, b""):
                line, buffers[conn] = buffers[conn].split(b"\n", 1)
                try:
                    reply = handle(json.loads(line))
                except ValueError:
                    reply = {"error": "bad request"}
                try:
                    conn.sendall((json.dumps(reply) + "\n").encode())
                except OSError:  # the worker gave up waiting and left: the zygote (and every
                    _forget(selector, buffers, conn)  # kernel it forked) must not die of it
                    break


def _forget(selector, buffers: dict, conn) -> None:
    selector.unregister(conn)
    conn.close()
    buffers.pop(conn, None)


def main(argv: list[str]) -> int:
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # the grader dies -> the zygote dies -> its kernels die
    socket_path = None
    if argv[:1] == ["--socket"]:
        socket_path, argv = argv[1], argv[2:]
    preload(argv)
    # Kernels are reaped by the kernel itself (no zombies); the grader watches them via pidfd.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    if socket_path:
        serve_socket(socket_path)
        return 0
    return serve_stdio()


def serve_stdio() -> int:
    """Say ready, then answer one request per line of stdin until it closes (its server went)."""
    out = sys.stdout
    out.write(json.dumps({"ready": True}) + "\n")
    out.flush()
    for line in sys.stdin:
        try:
            reply = handle(json.loads(line))
        except ValueError:
            reply = {"error": "bad request"}
        out.write(json.dumps(reply) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
