"""Fork-started learner servers: a cold start costs a fork, not an import of JupyterLab (issue 18.2).

Every learner's server pays the import of jupyter_server, JupyterLab, nbgrader's and the academy's
server extensions (several CPU-seconds each); 30 cold starts on 2 cores queue up for a minute.
Here one *server parent* per district hub imports all that once, as root, and forks a child per
learner start. The child turns itself into exactly what the stock start
(:meth:`jupyterhub.spawner.LocalProcessSpawner.start`) would have exec'd, then runs the same
``python -m jupyterhub.singleuser`` main.

Two processes, one protocol (a ``SOCK_SEQPACKET`` socket pair; the hub holds one end):

* the parent (``python -m academy.kernels.server_fork FD [module ...]``, :func:`main`) is started
  by the hub with a *scrubbed* environment (:func:`parent_env`: no token, no hub secret), imports
  and never starts anything (no event loop, no thread, no zmq context, no shared writable mapping:
  :func:`pristine_problems`, checked before it says ready), then forks one child per request.
  It never reads a request: the hub writes the learner's spec (environment with the
  ``JUPYTERHUB_API_TOKEN`` included) into a pipe and passes the pipe's read end with the request,
  so only the child reads it. The parent never holds a token.
* the child (:func:`_child`), still root: reads its spec, closes every inherited descriptor but
  0-2 (stdin becomes /dev/null, stdout/stderr are the hub's log, as in a stock start), starts a
  new session, resets the signal dispositions the parent changed, takes the hub's rlimits and
  umask, joins the learner's memory cgroup (or gets RLIMIT_DATA), becomes the learner
  (gid, ``initgroups`` list, uid -- all three ids, checked, no capability left), moves to the
  learner's home, takes the learner's environment, re-seeds ``random``, shows the stock command
  line in ``ps``, reports "ok" on a status pipe and runs the server. Unlike an exec'd server it
  stays non-dumpable (the kernel's rule after a uid change): the learner cannot ptrace it or read
  its /proc/<pid>/mem and environ -- where the hash seed all forks share lives (below).

A second parent, the *kernel parent* (the same program with ``--zygote``, exec'd on its own), has
imported what a learner's warm-kernel zygote imports (ipykernel, IPython, numpy, pandas:
:mod:`academy.kernels.zygote`) and forks each learner's zygote the same way (same spec, same
:func:`become`, stdin and stdout its request and reply pipes), just before the server; the server
gets the other ends (``ACADEMY_ZYGOTE_FDS``) and adopts it (:mod:`academy.kernels.warm`). So a
cold start pays neither the server's nor the zygote's imports, and the zygotes' pandas pages are
shared by every learner until written. It is exec'd apart from the server parent on purpose:
learner code in a kernel can read its own process's string-hash seed, which every fork of one
parent shares -- the kernels' seed is never the servers'. No zygote from it (a failure, a parent
that died): the server starts its own zygote, as a stock-started server does.

The hub side (:class:`ServerParent`, used by ``AcademySpawner`` when the district sets
``[storm] fork_servers = true``) watches the child through a pidfd
(:class:`ForkedServerProcess`), so JupyterHub's own poll and stop work unchanged, and a hub
restart finds the server by its pid as for a stock start. The learner's every process ends with
its server as before (``AcademySpawner.run_post_stop_hook``). Any failure -- no parent, a parent
that died, did not answer or whose child reported an error -- is a stock start instead: slower,
never broken.

Shared between learners, by design: the parent's pages until written (copy-on-write) and
Python's string-hash seed (chosen once per interpreter; a fork keeps it). A learner who knew it
could craft colliding keys for another learner's server; it stays unreadable to them (above).
Never shared: an event loop, a thread, a zmq context, a traitlets singleton (a ServerApp), a
logging handler, a shared writable mapping -- the parent imports only (:func:`pristine_problems`).
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback

from academy.kernels.forked import ForkedKernelProcess, _start_zygote
from academy.kernels.jail import PR_SET_PDEATHSIG, prctl
from academy.kernels.warm import COLD_TRACEBACKS, LEARNER_PRELOAD, ZYGOTE_FDS_ENV
from academy.layout import SYSTEM_PATH

PR_GET_DUMPABLE = 3
MODULE = "jupyterhub.singleuser"
# What every server imports; the enabled server extensions of the learners' Jupyter config are added.
BASE_PRELOAD = ("jupyter_server.serverapp", "jupyterhub.singleuser", "jupyterhub.singleuser.extension",
                "jupyterhub.singleuser.mixins", "jupyterlab", "jupyterlab.labapp", "notebook_shim",
                "jupyter_server.services.kernels.kernelmanager", "jupyter_server.services.contents.largefilemanager",
                "jupyter_server.services.sessions.sessionmanager", "jupyter_client.provisioning",
                "jupyter_client.asynchronous", "jupyter_server.gateway.managers", "jupyter_server.auth.identity")
# The parent's own environment: only what imports may look at, never a secret (see parent_env).
PARENT_ENV_KEYS = ("PATH", "LANG", "LC_ALL", "TZ", "JUPYTER_PATH", "JUPYTER_CONFIG_PATH")
TITLE_ROOM = 1024  # bytes of the parent's argv the child overwrites with the stock command line
# The parent's environment carries this much padding (ENV_ROOM_KEY), which each child overwrites with
# its own environment so that /proc/<pid>/environ says what a stock start's would (psutil, `ps e`,
# launch.stop_orphaned_servers find a district's servers by their JUPYTERHUB_API_URL there).
ENV_ROOM, ENV_ROOM_KEY = 16384, "ACADEMY_ENV_ROOM"
SPEC_MAX = 60_000  # a spec must fit a pipe's buffer (64 KiB): the hub writes it before the fork
RETRY_AFTER = 300.0  # seconds before a parent that failed to start is tried again (stock meanwhile)


class ForkUnavailable(RuntimeError):
    """The fork start did not work this time; the caller starts the server the stock way."""


# ---------------------------------------------------------------------------------------------
# The parent process
# ---------------------------------------------------------------------------------------------

def extension_modules() -> list[str]:
    """The server extensions enabled in the Jupyter config this parent sees (the learners')."""
    from pathlib import Path

    from jupyter_core.paths import jupyter_config_path

    enabled: dict[str, bool] = {}
    for folder in reversed(jupyter_config_path()):  # later folders win, as in jupyter_server
        files = [Path(folder) / "jupyter_server_config.json",
                 *sorted((Path(folder) / "jupyter_server_config.d").glob("*.json"))]
        for file in files:
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            enabled.update(data.get("ServerApp", {}).get("jpserver_extensions", {}))
    return [name for name, on in enabled.items() if on]


def preload(modules: list[str]) -> list[str]:
    """Import (never start) the server and its extensions; the names that failed to import."""
    import importlib

    failed = []
    for name in [*BASE_PRELOAD, *extension_modules(), *modules]:
        try:
            module = importlib.import_module(name)
            points = getattr(module, "_jupyter_server_extension_points", None)
            for point in (points() if points else []):
                if point.get("module"):
                    importlib.import_module(point["module"])
        except Exception:  # noqa: BLE001  (a missing extension is imported -- and fails -- in the child)
            failed.append(name)
    return failed


def pristine_problems() -> list[str]:
    """What would be unsafe to share with every learner's server forked from this process.

    An event loop (asyncio's or tornado's) or a zmq context would be one object shared by the
    forks' copies; a thread does not survive a fork (its locks may stay held); a writable shared
    mapping would be *the same memory* in every learner's server.
    """
    problems = []
    if threading.active_count() != 1:
        problems.append(f"threads: {[t.name for t in threading.enumerate()]}")
    try:
        asyncio.get_running_loop()
        problems.append("a running asyncio loop")
    except RuntimeError:
        pass
    policy_local = getattr(asyncio.get_event_loop_policy(), "_local", None)
    if getattr(policy_local, "_loop", None) is not None:
        problems.append("an asyncio event loop was created")
    # Not IOLoop.current(instance=False): it asks asyncio.get_event_loop(), which *makes* a loop
    # (an epoll descriptor the children close, behind a loop object they would then use).
    tornado_ioloop = sys.modules.get("tornado.ioloop")
    if tornado_ioloop is not None and getattr(tornado_ioloop.IOLoop, "_ioloop_for_asyncio", None):
        problems.append("a tornado IOLoop was created")
    zmq = sys.modules.get("zmq")
    if zmq is not None and getattr(zmq.Context, "_instance", None) is not None:
        problems.append("a zmq context was created")
    traitlets_config = sys.modules.get("traitlets.config.configurable")
    if traitlets_config is not None:
        made = [cls.__name__ for cls in _subclasses(traitlets_config.SingletonConfigurable) if cls.initialized()]
        if made:
            problems.append(f"traitlets singletons were created: {made}")
    import logging

    loggers = [logging.root, *logging.root.manager.loggerDict.values()]
    held = [h for logger in loggers for h in getattr(logger, "handlers", []) if _holds_a_descriptor(h)]
    if held:  # the children close its descriptor; a NullHandler or one on stderr (fd 2) is fine
        problems.append(f"logging handlers on files or sockets: {held}")
    problems += [f"shared writable mapping {line}" for line in shared_writable_mappings(os.getpid())]
    problems += [f"computed from the parent's home at import: {d}" for d in parent_home_state()]
    return problems


def _holds_a_descriptor(handler) -> bool:
    stream = getattr(handler, "stream", None)
    if stream is not None:
        try:
            return stream.fileno() > 2
        except (AttributeError, OSError, ValueError):
            return False
    return getattr(handler, "sock", None) is not None or getattr(handler, "socket", None) is not None


def _subclasses(cls) -> list:
    found, todo = [], [cls]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found:
                found.append(sub)
                todo.append(sub)
    return found


def shared_writable_mappings(pid: int) -> list[str]:
    """Lines of /proc/<pid>/maps mapped shared and writable (``rw-s``)."""
    with open(f"/proc/{pid}/maps", encoding="utf-8", errors="replace") as maps:
        return [line.strip() for line in maps if line.split()[1:2] and line.split()[1][1] == "w"
                and line.split()[1][3] == "s"]


def main(argv: list[str]) -> int:
    """The parent: ``FD [--title-room=...] [--zygote] [module ...]``; serves fork requests on socket FD.

    With ``--zygote`` it is the *kernel parent*: it imports what a learner's warm-kernel zygote
    imports (ipykernel, IPython, ``module ...``: :func:`academy.kernels.zygote.preload`) and each
    child becomes a learner's zygote instead of a server (:func:`_child`)."""
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # dies with the hub; the servers it forked do not
    sys.dont_write_bytecode = True  # root must not write .pyc files learners then load
    sock = socket.socket(fileno=int(argv[0]))
    zygote_mode = "--zygote" in argv[1:]
    modules = [a for a in argv[1:] if not a.startswith("--")]
    if zygote_mode:
        os.environ[COLD_TRACEBACKS[0]] = COLD_TRACEBACKS[1]  # a learner's zygote: no traceback warm-up
        from academy.kernels import zygote

        zygote.preload(modules)
        failed = [m for m in modules if m not in sys.modules]
    else:
        failed = preload(modules)
    problems = pristine_problems()
    if problems:
        sock.send(json.dumps({"error": "not safe to fork from: " + "; ".join(problems)}).encode())
        return 3
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the children are reaped by the kernel
    sock.send(json.dumps({"ready": True, "not_preloaded": failed}).encode())
    try:
        while True:
            try:
                message, fds, _flags, _addr = socket.recv_fds(sock, 4096, 4)
            except InterruptedError:
                continue
            if not message:
                return 0  # the hub closed its end
            if len(fds) not in ((4,) if zygote_mode else (2, 4)):
                for fd in fds:
                    os.close(fd)
                sock.send(b'{"error": "a spawn request carries a spec, a status pipe and the zygote\'s pipes"}')
                continue
            pid = os.fork()
            if pid == 0:
                _child(fds, zygote_mode)  # never returns
            for fd in fds:
                os.close(fd)
            sock.send(json.dumps({"pid": pid}).encode())
    except (KeyboardInterrupt, BrokenPipeError, ConnectionResetError):
        return 0


def _child(fds: list[int], zygote_mode: bool = False) -> None:
    """In the fork: become the learner's stock-started server (see the module docstring), or in a
    kernel parent (``zygote_mode``) the learner's warm-kernel zygote.

    ``fds``: the spec pipe, the status pipe and, for a zygote, its request and reply pipes (they
    become its stdin and stdout); for a server that has a zygote, the server's ends of those pipes
    (kept open, named in ``ACADEMY_ZYGOTE_FDS`` for :mod:`academy.kernels.warm`)."""
    code, reported = 70, False
    spec_fd, status_fd, extra = fds[0], fds[1], list(fds[2:])
    try:
        spec = json.loads(_read_all(spec_fd))
        os.close(spec_fd)
        if zygote_mode:  # the zygote's protocol is its stdin and stdout (academy/kernels/zygote.py)
            requests_r, replies_w = extra
            os.dup2(requests_r, 0)
            os.dup2(replies_w, 1)
            for fd in extra:
                if fd > 2:
                    os.close(fd)
            extra = []
            # Fresh file objects: whatever the parent's sys.stdout holds in its buffer stays there.
            sys.stdin = open(0, "r", encoding="utf-8", closefd=False)
            sys.stdout = open(1, "w", encoding="utf-8", buffering=1, closefd=False)
        _close_all_but({0, 1, 2, status_fd, *extra})  # the parent's socket, whatever an import left open
        for signum in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.setsid()
        if not zygote_mode:
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            os.close(devnull)
        env = dict(spec["env"])
        if len(extra) == 2:  # this server's zygote: its request and reply pipes
            env[ZYGOTE_FDS_ENV] = f"{extra[0]},{extra[1]},{spec['zygote_pid']}"  # read, write, pid
        # As root: a non-dumpable process may not open its own /proc/<pid>/mem.
        set_title(spec["title"])
        take_environment(env)
        become(spec)
        refresh_import_time_defaults()
        sys.dont_write_bytecode = bool(spec["env"].get("PYTHONDONTWRITEBYTECODE"))
        _python_paths(os.getcwd())
        import random

        random.seed()
        os.write(status_fd, b"ok")
        os.close(status_fd)
        reported = True
        code = run_zygote() if zygote_mode else run_server(spec["argv"])
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except BaseException:  # noqa: BLE001  (anything: report it, or it ends up in the hub's log)
        if not reported:
            try:
                os.write(status_fd, ("error: " + traceback.format_exc()[-2000:]).encode())
            except OSError:
                pass
        else:
            traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001
                pass
        os._exit(code)


def become(spec: dict) -> None:
    """Still root: the hub's rlimits and umask, the learner's memory limit, then the learner."""
    for name, (soft, hard) in spec.get("rlimits", {}).items():
        resource.setrlimit(getattr(resource, name), (soft, hard))
    os.umask(spec["umask"])
    if spec.get("cgroup_procs"):
        with open(spec["cgroup_procs"], "w", encoding="ascii") as procs:
            procs.write(str(os.getpid()))
    elif spec.get("memory_limit"):
        limit = int(spec["memory_limit"])
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    uid, gid, groups = spec["uid"], spec["gid"], list(spec["groups"])
    os.setgroups(groups)
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
    if os.getresuid() != (uid, uid, uid) or os.getresgid() != (gid, gid, gid) \
            or set(os.getgroups()) != set(groups):
        raise PermissionError("could not become the learner")
    if _dumpable():  # see the module docstring
        raise PermissionError("the server would be dumpable")
    try:
        os.chdir(spec["home"])
    except OSError:
        os.chdir("/")


def _dumpable() -> bool:
    import ctypes

    return ctypes.CDLL(None, use_errno=True).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0


def _python_paths(cwd: str) -> None:
    """sys.path as ``python -m`` started in ``cwd`` by this user would have it: the folder first,
    and the user's own site-packages (the parent's were computed for root)."""
    import site

    if sys.path and not sys.flags.safe_path:
        sys.path[0] = cwd
    site.USER_BASE = site.USER_SITE = None
    site.ENABLE_USER_SITE = site.check_enableusersite()
    if site.ENABLE_USER_SITE:
        user_site = site.getusersitepackages()
        if os.path.isdir(user_site) and user_site not in sys.path:
            site.addsitedir(user_site)


def run_zygote() -> int:
    """Serve the learner's server as its warm-kernel zygote (stdin/stdout), until it goes."""
    from academy.kernels import zygote

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # kernels are reaped by the kernel, as in zygote.main
    return zygote.serve_stdio()


def _close_all_but(keep: set[int]) -> None:
    """Close every descriptor not in ``keep``. Never an empty range: Python 3.11's
    ``os.closerange(n, n)`` becomes ``close_range(n, n - 1)``, and for n = 0 that closes them all."""
    low = 0
    for fd in sorted(keep):
        if fd > low:
            os.closerange(low, fd)
        low = max(low, fd + 1)
    os.closerange(low, _max_fd())


def run_server(argv: list[str]) -> int:
    """``python -m jupyterhub.singleuser ARGV`` in this process; its exit code."""
    import atexit
    import runpy

    sys.argv = [MODULE, *argv]
    try:
        runpy.run_module(MODULE, run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    atexit._run_exitfuncs()  # the server's own clean-ups (its kernel zygote among them)
    return code


def take_environment(env: dict[str, str]) -> None:
    """Make ``env`` this process's whole environment: Python's, the C library's (what an exec'd
    program inherits) and /proc/<pid>/environ's. In that order: clear() and update() leave the C
    library's ``environ`` with fresh copies only, so nothing points into the block set_environ()
    then writes over (the other way round, glibc's unsetenv no longer finds the old entries and
    the C environment keeps fragments of the new block: "R=alice", no HOME, no PATH)."""
    os.environ.clear()
    os.environ.update(env)
    set_environ(env)


def set_environ(env: dict[str, str]) -> None:
    """Show ``env`` as this process's /proc/<pid>/environ, written over the parent's padded
    environment block (``ENV_ROOM``); what does not fit is left out, the JUPYTERHUB_ entries first in.
    Call it only once ``os.environ`` was cleared and refilled: the C library's ``environ`` pointed
    into this block at start, and glibc's unsetenv must still find those entries to drop them."""
    with open(f"/proc/{os.getpid()}/stat", "rb") as stat:
        fields = stat.read().rsplit(b")", 1)[1].split()
    start, end = int(fields[47]), int(fields[48])  # env_start, env_end (fields 50 and 51)
    room = end - start
    entries = sorted((f"{k}={v}".encode() + b"\0" for k, v in env.items()),
                     key=lambda e: not e.startswith(b"JUPYTERHUB_"))
    block = b""
    for entry in entries:
        if len(block) + len(entry) < room:
            block += entry
    with open(f"/proc/{os.getpid()}/mem", "r+b", buffering=0) as mem:
        mem.seek(start)
        mem.write(block.ljust(room, b"\0"))


# What some packages compute from the environment when they are *imported*: in the parent that was
# the parent's (HOME=/nonexistent, root's uid), so each child computes it again as the learner.
# Trait defaults: (module, class, trait, "module:function", args) -- the learner's JupyterLab
# settings and workspaces, nbconvert's user templates. Modules run again: send2trash's trash folder
# and uid (else a deleted file skips the learner's trash). Module globals: distutils' user folders.
# pristine_problems() reports anything else
# imported that still names the parent's home.
IMPORT_TIME_DEFAULTS = (
    ("jupyterlab.labapp", "LabApp", "user_settings_dir", "jupyterlab.commands:get_user_settings_dir", ()),
    ("jupyterlab.labapp", "LabApp", "workspaces_dir", "jupyterlab.commands:get_workspaces_dir", ()),
    ("nbconvert.exporters.templateexporter", "TemplateExporter", "template_data_paths",
     "jupyter_core.paths:jupyter_path", ("nbconvert", "templates")),
    # jupyter-collaboration's file ids (academy/hub/rtc.py): each learner's own database, in their home
    ("jupyter_server_fileid.manager", "BaseFileIdManager", "db_path", f"{__name__}:fileid_db_path", ()),
)
RELOADED_MODULES = ("send2trash.plat_other",)
# Module globals: (module, name, "module:function") -- distutils' copies of site's user folders.
IMPORT_TIME_GLOBALS = (
    ("distutils.command.install", "USER_BASE", "site:getuserbase"),
    ("distutils.command.install", "USER_SITE", "site:getusersitepackages"),
    ("jupyter_server_fileid.manager", "default_db_path", f"{__name__}:fileid_db_path"),
)
PARENT_HOME = "/nonexistent"


def fileid_db_path() -> str:
    """jupyter_server_fileid's default database, for the user this process now is (its module
    computes ``jupyter_data_dir()/file_id_manager.db`` once, at import)."""
    from jupyter_core.paths import jupyter_data_dir

    return os.path.join(jupyter_data_dir(), "file_id_manager.db")


def refresh_import_time_defaults() -> None:
    import importlib

    for module_name, class_name, trait, source, args in IMPORT_TIME_DEFAULTS:
        module = sys.modules.get(module_name)
        if module is None:
            continue  # not imported in the parent: its import in this child computes them itself
        source_module, function = source.split(":")
        value = getattr(importlib.import_module(source_module), function)(*args)
        cls = getattr(module, class_name)
        cls.class_traits()[trait].default_value = value
        for each in (cls, *_subclasses(cls)):  # traitlets copies static defaults per class, at class set-up
            cached = each.__dict__.get("_static_immutable_initial_values")
            if cached is not None and trait in cached:
                cached[trait] = value
    for module_name in RELOADED_MODULES:
        if module_name in sys.modules:
            importlib.reload(sys.modules[module_name])
    for module_name, name, source in IMPORT_TIME_GLOBALS:
        if module_name in sys.modules:
            source_module, function = source.split(":")
            setattr(sys.modules[module_name], name, getattr(importlib.import_module(source_module), function)())


def _names_parent_home(value) -> bool:
    home = PARENT_HOME.encode()
    if isinstance(value, str):
        return value.startswith(PARENT_HOME)
    if isinstance(value, bytes):
        return value.startswith(home)
    if isinstance(value, (list, tuple)):
        return any(isinstance(v, (str, bytes)) and _names_parent_home(v) for v in value)
    return False


def parent_home_state() -> list[str]:
    """Module globals and trait defaults that name the parent's home, but for those the children
    compute again (IMPORT_TIME_DEFAULTS, RELOADED_MODULES; site's user folders, _python_paths):
    each would be the parent's in every learner's server."""
    skip_modules = {*RELOADED_MODULES, "site", __name__, "__main__"}
    refreshed_globals = {(m, n) for m, n, _ in IMPORT_TIME_GLOBALS}
    found = []
    for name, module in list(sys.modules.items()):
        if name in skip_modules or not isinstance(getattr(module, "__dict__", None), dict) \
                or module.__dict__ is globals():  # this module, also as __main__ / __mp_main__
            continue
        found += [f"{name}.{key}" for key, value in list(module.__dict__.items()) if _names_parent_home(value)
                  and (getattr(module, "__name__", name), key) not in refreshed_globals]
    traitlets = sys.modules.get("traitlets")
    refreshed = {(c, t) for _, c, t, _, _ in IMPORT_TIME_DEFAULTS}
    for cls in (_subclasses(traitlets.HasTraits) if traitlets is not None else []):
        for trait_name, trait in cls.class_traits().items():
            values = (getattr(trait, "default_value", None),
                      cls.__dict__.get("_static_immutable_initial_values", {}).get(trait_name))
            if any(_names_parent_home(v) for v in values) \
                    and not any((base.__name__, trait_name) in refreshed for base in cls.__mro__):  # (its subclasses too)
                found.append(f"{cls.__module__}.{cls.__name__}.{trait_name} (default)")
    return sorted(set(found))


def set_title(title: str) -> None:
    """Show ``title`` (the stock command line) as this process's /proc/<pid>/cmdline: ``ps``,
    the admins and the clean-stop tests see a learner's server, not the parent's command."""
    with open(f"/proc/{os.getpid()}/stat", "rb") as stat:
        fields = stat.read().rsplit(b")", 1)[1].split()
    start, end = int(fields[45]), int(fields[46])  # arg_start, arg_end (fields 48 and 49)
    room = end - start
    data = title.encode()[:room - 1] + b"\0"
    with open(f"/proc/{os.getpid()}/mem", "r+b", buffering=0) as mem:
        mem.seek(start)
        mem.write(data.ljust(room, b"\0"))


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _max_fd() -> int:
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return soft if 0 < soft < 1 << 20 else 65536


# ---------------------------------------------------------------------------------------------
# The hub's side
# ---------------------------------------------------------------------------------------------

def parent_env(environment: dict[str, str], config_path: str) -> dict[str, str]:
    """The parent's whole environment: the district's plain learner settings that imports may read
    and nothing else -- not the hub's environment (which may hold secrets) and no token."""
    env = {k: v for k, v in environment.items() if k in PARENT_ENV_KEYS and isinstance(v, str)}
    env.setdefault("PATH", SYSTEM_PATH)  # the spawner's environment normally brings the tools path
    env.update({"HOME": PARENT_HOME, "JUPYTER_CONFIG_PATH": config_path, "PYTHONDONTWRITEBYTECODE": "1",
                ENV_ROOM_KEY: "x" * ENV_ROOM})
    return env


def current_umask() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def hub_rlimits() -> dict[str, tuple[int, int]]:
    """The limits a stock start's child inherits from the hub (RLIMIT_DATA is the spawner's own)."""
    names = ("RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_STACK", "RLIMIT_CORE", "RLIMIT_NOFILE", "RLIMIT_NPROC",
             "RLIMIT_AS", "RLIMIT_MEMLOCK", "RLIMIT_DATA")
    return {name: resource.getrlimit(getattr(resource, name)) for name in names if hasattr(resource, name)}


class ForkedServerProcess(ForkedKernelProcess, subprocess.Popen):
    """A forked server as JupyterHub's LocalProcessSpawner uses its ``Popen`` (its ``proc`` trait
    wants one): watched through a pidfd (it is the parent's child, not the hub's)."""

    _child_created = False  # Popen.__del__: nothing of Popen's own to clean up
    args = ("jupyterhub.singleuser (forked)",)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self._pidfd is not None:
            os.close(self._pidfd)
            self._pidfd = None


class ServerParent:
    """The hub's handle on one server parent (one per hub process, Python and config path)."""

    _instances: dict[tuple, "ServerParent"] = {}
    _lock = threading.Lock()

    def __init__(self, python: str, env: dict[str, str], args: tuple[str, ...] = ()):
        self.python = python
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self.proc = _start_zygote(
                [python, "-m", "academy.kernels.server_fork", str(theirs.fileno()), "--title-room=" + "x" * TITLE_ROOM,
                 *args],
                pass_fds=(theirs.fileno(),), env=env, cwd="/", stdin=subprocess.DEVNULL, start_new_session=True)
        finally:
            theirs.close()
        ours.setblocking(False)
        self.sock = ours
        self.ready = False
        self.failed_at, self.failure = 0.0, ""
        self.not_preloaded: list[str] = []
        self._alock: asyncio.Lock | None = None
        self._alock_loop = None

    @classmethod
    def get(cls, python: str, env: dict[str, str], args: tuple[str, ...] = ()) -> tuple["ServerParent", str]:
        """(this hub's parent for ``python``, ``env`` and ``args``, "running" | "new" | "replaced").
        A parent found dead is replaced; the spawner starts the server that found it so the stock
        way. ``args``: :data:`KERNEL_PARENT_ARGS` for the kernel parent."""
        key = (python, tuple(sorted(env.items())), tuple(args))
        with cls._lock:
            parent = cls._instances.get(key)
            if parent is not None and parent.proc.poll() is None and parent.sock.fileno() >= 0:
                return parent, "running"
            if parent is not None and parent.failed_at and time.monotonic() - parent.failed_at < RETRY_AFTER:
                # not a new parent (and its imports) per start while a storm goes on
                raise ForkUnavailable(f"the server parent failed to start: {parent.failure}")
            state = "new" if parent is None else "replaced"
            if parent is not None:
                parent.close()
            parent = cls._instances[key] = cls(python, env, tuple(args))
            return parent, state

    @classmethod
    def warm(cls, python: str, env: dict[str, str], args: tuple[str, ...] = ()) -> None:
        """Start the parent's imports ahead of the first start -- only if none was ever started:
        one found dead is replaced by a start (which itself goes the stock way), not here."""
        key = (python, tuple(sorted(env.items())), tuple(args))
        with cls._lock:
            if key not in cls._instances:
                cls._instances[key] = cls(python, env, tuple(args))

    @classmethod
    def stop_all(cls) -> None:
        with cls._lock:
            for parent in cls._instances.values():
                parent.close()
            cls._instances.clear()

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def _lock_for_loop(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._alock is None or self._alock_loop is not loop:
            self._alock, self._alock_loop = asyncio.Lock(), loop
        return self._alock

    async def _receive(self, timeout: float) -> dict:
        loop = asyncio.get_running_loop()
        try:
            data = await asyncio.wait_for(loop.sock_recv(self.sock, 65536), timeout)
        except (asyncio.TimeoutError, OSError) as error:
            self.close()
            raise ForkUnavailable(f"the server parent did not answer: {error!r}") from None
        if not data:
            self.close()
            raise ForkUnavailable("the server parent went away")
        return json.loads(data)

    async def start(self, spec: dict, *, ready_timeout: float = 120, timeout: float = 30,
                    pipes: tuple[int, int] | None = None) -> int:
        """Fork a server (or, from the kernel parent, a zygote) for ``spec`` (see :func:`_child`);
        its pid once it became the learner. ``pipes``: two descriptors the child keeps (a zygote's
        requests and replies; a server's replies and requests); the caller still owns and closes them."""
        payload = json.dumps(spec).encode()
        if len(payload) > SPEC_MAX:
            raise ForkUnavailable("spec too large for a pipe")
        async with self._lock_for_loop():
            if not self.ready:
                try:
                    hello = await self._receive(ready_timeout)
                    if not hello.get("ready"):
                        self.close()
                        raise ForkUnavailable(f"server parent did not start: {hello.get('error')}")
                except ForkUnavailable as error:
                    self.failed_at, self.failure = time.monotonic(), str(error)
                    raise
                self.ready, self.not_preloaded = True, hello.get("not_preloaded", [])
            spec_r, spec_w = os.pipe()
            status_r, status_w = os.pipe()
            try:
                os.write(spec_w, payload)  # fits the pipe's buffer: never blocks
                os.close(spec_w)
                spec_w = -1
                try:
                    socket.send_fds(self.sock, [b"spawn"], [spec_r, status_w, *(pipes or ())])
                except OSError as error:
                    self.close()
                    raise ForkUnavailable(f"the server parent went away: {error!r}") from None
            finally:
                for fd in (spec_r, status_w, spec_w):
                    if fd >= 0:
                        os.close(fd)
            try:
                reply = await self._receive(timeout)
            except ForkUnavailable:
                os.close(status_r)
                raise
        if "pid" not in reply:
            os.close(status_r)
            raise ForkUnavailable(reply.get("error", "no pid"))
        pid = reply["pid"]
        status = await _read_status(status_r, timeout)
        if status != b"ok":
            _kill_quietly(pid)
            raise ForkUnavailable(f"forked server {pid}: {status.decode(errors='replace')[-1500:] or 'died'}")
        return pid


async def _read_status(fd: int, timeout: float) -> bytes:
    """Everything the child writes on its status pipe until it closes it (bounded by ``timeout``)."""
    loop = asyncio.get_running_loop()
    os.set_blocking(fd, False)
    chunks: list[bytes] = []
    done = loop.create_future()

    def readable() -> None:
        try:
            chunk = os.read(fd, 4096)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if chunk:
            chunks.append(chunk)
        elif not done.done():
            done.set_result(None)

    loop.add_reader(fd, readable)
    try:
        await asyncio.wait_for(done, timeout)
    except asyncio.TimeoutError:
        chunks = [b"did not report within the timeout"]
    finally:
        loop.remove_reader(fd)
        os.close(fd)
    return b"".join(chunks)


def _kill_quietly(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def spawn_spec(*, account, groups: list[int], env: dict[str, str], argv: list[str], title: str,
               cgroup_procs: str | None, memory_limit: int) -> dict:
    """What the child needs to become ``account``'s server as the stock start would make it."""
    return {"uid": account.pw_uid, "gid": account.pw_gid, "groups": groups, "home": account.pw_dir,
            "env": env, "argv": argv, "title": title, "umask": current_umask(), "rlimits": hub_rlimits(),
            "cgroup_procs": cgroup_procs, "memory_limit": memory_limit}


def zygote_spec(server_spec: dict, python: str) -> dict:
    """The learner's zygote, from the server's spec: the same account, groups, limits and folder;
    the environment without the hub's token and OAuth settings (a kernel gets its own environment
    from the server with each spawn request, academy/kernels/learner.py); ``ps`` shows it as the
    exec'd zygote it replaces."""
    env = {k: v for k, v in server_spec["env"].items() if not k.startswith(("JUPYTERHUB_", "JPY_"))}
    return dict(server_spec, env=env, argv=[],
                title=" ".join([python, "-m", "academy.kernels.zygote", *LEARNER_PRELOAD]))


def kernel_parent_args() -> tuple[str, ...]:
    """The kernel parent's arguments: zygote mode, and what a learner's zygote preloads."""
    return ("--zygote", *LEARNER_PRELOAD)


async def start_with_zygote(server_parent: "ServerParent", kernel_parent: "ServerParent | None", spec: dict,
                            *, ready_timeout: float, timeout: float, log=None) -> tuple[int, int | None]:
    """Fork the learner's zygote from the kernel parent, then the server from the server parent,
    the two joined by a pair of pipes: (server pid, zygote pid or None). A zygote that could not
    be forked is only logged: the server then starts its own (academy/kernels/warm.py)."""
    zygote_pid, server_pipes, zygote_pipes = None, None, None
    if kernel_parent is not None:
        requests_r, requests_w = os.pipe()
        replies_r, replies_w = os.pipe()
        zygote_pipes, server_pipes = (requests_r, replies_w), (replies_r, requests_w)
        try:
            zygote_pid = await kernel_parent.start(zygote_spec(spec, kernel_parent.python),
                                                   ready_timeout=ready_timeout, timeout=timeout, pipes=zygote_pipes)
        except ForkUnavailable as error:
            if log is not None:
                log.warning("no forked kernel zygote for uid %s (the server starts its own): %s",
                            spec["uid"], str(error)[-500:])
            for fd in (*zygote_pipes, *server_pipes):
                os.close(fd)
            zygote_pipes = server_pipes = None
    try:
        pid = await server_parent.start(dict(spec, zygote_pid=zygote_pid) if zygote_pid else spec,
                                        ready_timeout=ready_timeout, timeout=timeout, pipes=server_pipes)
    except ForkUnavailable:
        if zygote_pid is not None:
            _kill_quietly(zygote_pid)
        raise
    finally:
        for fd in (*(zygote_pipes or ()), *(server_pipes or ())):
            os.close(fd)
    return pid, zygote_pid


def wait_gone(pid: int, timeout: float) -> bool:
    """Whether process ``pid`` ended within ``timeout`` seconds (tests, benchmarks)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


import atexit  # noqa: E402

atexit.register(ServerParent.stop_all)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
