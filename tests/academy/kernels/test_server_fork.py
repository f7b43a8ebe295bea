"""The server parent of fork-started learner servers (academy/kernels/server_fork.py), without a hub:
it imports and starts nothing (what it would share with every learner's server is checked, and the
check sees each unsafe thing), it never gets the hub's environment, and every way a fork can fail
ends in ForkUnavailable (the spawner's cue for a stock start) with nothing left running.
The end-to-end isolation of a forked server is tests/academy/hub/test_server_fork.py.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from academy.kernels import server_fork

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def run_python(code: str) -> dict:
    env = server_fork.parent_env({"PATH": os.environ.get("PATH", "/usr/bin:/bin")}, "/nonexistent")
    env["PYTHONPATH"] = REPO
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                            timeout=300, env=env, cwd="/")
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_the_parent_imports_the_server_and_starts_nothing():
    facts = run_python("""
        import json, sys
        from academy.kernels.server_fork import BASE_PRELOAD, preload, pristine_problems
        failed = preload([])
        print(json.dumps({"failed": failed, "problems": pristine_problems(),
                          "missing": [m for m in BASE_PRELOAD if m not in sys.modules]}))
    """)
    assert facts == {"failed": [], "problems": [], "missing": []}, facts


@pytest.mark.slow
def test_the_kernel_parent_imports_what_a_zygote_does_and_starts_nothing():
    """The kernel parent (``--zygote``) forks every learner's zygote: after a zygote's imports
    (ipykernel, IPython, numpy, pandas, and what a kernel's start imports) nothing may run in it."""
    facts = run_python("""
        import json, os, sys
        os.environ["ACADEMY_ZYGOTE_TRACEBACKS"] = "cold"
        from academy.kernels import zygote
        from academy.kernels.server_fork import kernel_parent_args, pristine_problems
        modules = [a for a in kernel_parent_args() if not a.startswith("--")]
        zygote.preload(modules)
        print(json.dumps({"problems": pristine_problems(), "modules": modules,
                          "missing": [m for m in [*modules, "ipykernel.kernelapp"] if m not in sys.modules]}))
    """)
    assert facts["problems"] == [] and facts["missing"] == [] and "pandas" in facts["modules"], facts


@pytest.mark.parametrize("unsafe, expected", [
    ("import threading, time; threading.Thread(target=time.sleep, args=(30,), daemon=True).start()", "threads"),
    ("import asyncio, warnings; warnings.simplefilter('ignore'); asyncio.get_event_loop()", "asyncio event loop"),
    ("import tornado.ioloop, warnings; warnings.simplefilter('ignore'); tornado.ioloop.IOLoop.current()",
     "tornado IOLoop"),
    ("import zmq; zmq.Context.instance()", "zmq context"),
    ("import mmap; keep = mmap.mmap(-1, 4096)", "shared writable mapping"),  # MAP_SHARED, writable
    ("from jupyter_server.serverapp import ServerApp; ServerApp.instance()", "traitlets singletons"),
    ("import logging; logging.getLogger('x').addHandler(logging.FileHandler('/dev/null'))", "logging handlers"),
    # A trait default computed from HOME at import (as JupyterLab's user settings folder is): the
    # parent's /nonexistent in every learner's server unless the children compute it again.
    ("import traitlets; Leaky = type('Leaky', (traitlets.HasTraits,), {'d': traitlets.Unicode('/nonexistent/.x')})",
     "parent's home"),
    ("import sys, types, os; sys.modules['leaky'] = m = types.ModuleType('leaky'); m.TRASH = os.path.expanduser('~/.Trash')",
     "parent's home"),
])
def test_the_pristine_check_sees_what_must_not_be_shared(unsafe, expected):
    facts = run_python(f"""
        import json
        from academy.kernels.server_fork import pristine_problems
        before = pristine_problems()
        {unsafe}
        print(json.dumps({{"before": before, "after": pristine_problems()}}))
    """)
    assert facts["before"] == [], facts
    assert any(expected in problem for problem in facts["after"]), facts


def test_a_child_takes_its_environment_whole():
    """Python's os.environ, the C library's environ (what an exec'd program inherits) and
    /proc/<pid>/environ all say exactly the learner's environment -- written over the parent's
    padded block, as a forked server does (server_fork.take_environment)."""
    facts = run_python("""
        import ctypes, json, os
        from academy.kernels.server_fork import take_environment
        env = {"HOME": "/home/kim", "JUPYTERHUB_USER": "kim", "PATH": "/usr/bin", "LANG": "ko_KR.UTF-8"}
        take_environment(env)
        environ = ctypes.POINTER(ctypes.c_char_p).in_dll(ctypes.CDLL(None), "environ")
        c_entries, i = [], 0
        while environ[i]:
            c_entries.append(environ[i].decode()); i += 1
        with open("/proc/self/environ", "rb") as proc:
            proc_entries = [e.decode() for e in proc.read().split(b"\\0") if e]
        print(json.dumps({"python": dict(os.environ), "c": sorted(c_entries), "proc": sorted(proc_entries)}))
    """)
    expected = ["HOME=/home/kim", "JUPYTERHUB_USER=kim", "LANG=ko_KR.UTF-8", "PATH=/usr/bin"]
    assert facts["python"] == {"HOME": "/home/kim", "JUPYTERHUB_USER": "kim", "PATH": "/usr/bin",
                               "LANG": "ko_KR.UTF-8"}
    assert facts["c"] == expected and facts["proc"] == expected, facts


def test_the_parent_gets_no_secret_of_the_hub():
    environment = {"PATH": "/opt/py/bin:/usr/bin", "LANG": "ko_KR.UTF-8", "TZ": "Asia/Seoul",
                   "JUPYTER_PATH": "/srv/jupyter/data", "ACADEMY_KERNEL_MEMORY_MB": "1024",
                   "JUPYTERHUB_API_TOKEN": "token", "DATABASE_PASSWORD": "secret", "callable": lambda spawner: "x"}
    env = server_fork.parent_env(environment, "/srv/jupyter/learner")
    assert env == {"PATH": "/opt/py/bin:/usr/bin", "LANG": "ko_KR.UTF-8", "TZ": "Asia/Seoul",
                   "JUPYTER_PATH": "/srv/jupyter/data", "JUPYTER_CONFIG_PATH": "/srv/jupyter/learner",
                   "HOME": "/nonexistent", "PYTHONDONTWRITEBYTECODE": "1",
                   server_fork.ENV_ROOM_KEY: "x" * server_fork.ENV_ROOM}


@pytest.mark.slow
def test_every_failed_fork_is_a_stock_start_cue_and_leaves_nothing(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("the server parent forks root children: run as root (CI does)")
    env = server_fork.parent_env({"PATH": os.environ.get("PATH", "/usr/bin:/bin")}, str(tmp_path))
    env["PYTHONPATH"] = REPO
    parent, state = server_fork.ServerParent.get(sys.executable, env)
    assert state == "new"
    assert server_fork.ServerParent.get(sys.executable, env) == (parent, "running")
    spec = {"uid": 65534, "gid": 65534, "groups": [65534], "home": "/", "env": {"PATH": "/usr/bin"},
            "argv": [], "title": "x", "umask": 0o022, "rlimits": {},
            "cgroup_procs": str(tmp_path / "no-such-cgroup" / "cgroup.procs"), "memory_limit": 0}

    # The child cannot take its limits (here: no such cgroup): it reports why, and is gone.
    with pytest.raises(server_fork.ForkUnavailable, match="no-such-cgroup") as failed:
        asyncio.run(parent.start(spec, ready_timeout=240, timeout=60))
    pid = int(str(failed.value).split("forked server ")[1].split(":")[0])
    assert server_fork.wait_gone(pid, 10)
    assert parent.ready and parent.proc.poll() is None

    # The parent gone: this start fails, the next finds it replaced (and the spawner goes stock).
    os.kill(parent.proc.pid, signal.SIGKILL)
    parent.proc.wait(10)
    with pytest.raises(server_fork.ForkUnavailable):
        asyncio.run(parent.start(dict(spec, cgroup_procs=None), timeout=30))
    replaced, state = server_fork.ServerParent.get(sys.executable, env)
    assert state == "replaced" and replaced is not parent
    replaced.close()
    deadline = time.monotonic() + 10
    while replaced.proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert replaced.proc.poll() is not None


def test_a_parent_that_cannot_start_is_not_restarted_for_every_learner(tmp_path):
    """In a storm, a parent that fails its start (here: its own module does not import) must not be
    started again -- imports and all -- for each of the next learners; they go the stock way."""
    broken = tmp_path / "academy"
    broken.mkdir()
    (broken / "__init__.py").write_text("raise ImportError('broken on purpose')\n", encoding="utf-8")
    env = server_fork.parent_env({"PATH": os.environ.get("PATH", "/usr/bin:/bin")}, str(tmp_path))
    env["PYTHONPATH"] = str(tmp_path)
    parent, state = server_fork.ServerParent.get(sys.executable, env)
    assert state == "new"
    with pytest.raises(server_fork.ForkUnavailable, match="went away"):
        asyncio.run(parent.start({}, ready_timeout=60, timeout=10))
    for _ in range(3):
        with pytest.raises(server_fork.ForkUnavailable, match="failed to start"):
            server_fork.ServerParent.get(sys.executable, env)
    assert parent.proc.poll() is not None
