"""The kernel container of a grading Job pod: IPython kernels for the grader next door.

``python -m academy.grading.pod_kernel`` is that container's PID 1 (academy/deploy/manifests.py
``grading_job``; the design is in academy/grading/pod.py). It runs as a UID of its own, sees the
folder it shares with the grader (:data:`POD_DIR`) read-only and its own scratch folder, never
the course volume. For each ``kernel-<n>.json`` the grader writes there it starts an IPython
kernel on that connection file (TCP on the pod's loopback), sends it SIGINT for each
``kernel-<n>.int-<k>``, kills it and everything its UID runs for ``kernel-<n>.stop``, and exits
at ``done`` or its timeout. Standard library only: no jupyter_client, no nbgrader, no course.
Refuses to run as root (``kill(-1)`` would then reach every process of the machine).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

POD_DIR = "/run/academy-kernel"  # the shared emptyDir: grader read-write, kernel read-only
KERNEL_SCRATCH = "/tmp"  # the kernel container's own emptyDir (its HOME and working folders)
KERNEL_UID = 62000  # like the one-machine sandbox's throwaway UIDs (academy/grading/sandbox.py)
DONE = "done"
POLL_S = 0.05
# Passed from the kernel container's environment to each kernel; nothing else is.
KERNEL_ENV_KEEP = ("PATH", "LANG", "LC_ALL", "TZ", "ACADEMY_DATASETS")

def _kill_everything_else(proc: subprocess.Popen) -> None:
    """Kill the kernel and whatever it left running: every process this UID may signal (in the
    container: all of it; the caller itself is spared by kill(-1)), then reap the zombies."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:
        pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
    for _ in range(10000):  # PID 1 reaps the orphans it inherited
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break


def _kernel_env(scratch: Path) -> dict[str, str]:
    env = {k: os.environ[k] for k in KERNEL_ENV_KEEP if k in os.environ}
    env.setdefault("PATH", "/usr/bin:/bin")
    env.update({"HOME": str(scratch), "USER": "learner", "MPLBACKEND": "agg", "MPLCONFIGDIR": str(scratch / "mpl"),
                "IPYTHONDIR": str(scratch / "ipython"), "JUPYTER_RUNTIME_DIR": str(scratch / "runtime"),
                "JUPYTER_DATA_DIR": str(scratch / "data"), "PYTHONDONTWRITEBYTECODE": "1",
                "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "NBGRADER_EXECUTION": "autograde"})
    env.setdefault("LANG", "C.UTF-8")
    return env


def serve_kernels(pod_dir: str = POD_DIR, scratch: str = KERNEL_SCRATCH, timeout: float = 600,
                  argv: tuple[str, ...] = ("--HistoryManager.hist_file=:memory:",)) -> int:
    """The kernel container: kernel 1, 2, ... as the grader asks, until ``done`` or ``timeout``."""
    if os.geteuid() == 0:  # kill(-1) below would reach every process; and learner code is never root
        print("academy.grading.pod kernel: refusing to run as root", file=sys.stderr)
        return 2
    shared, scratch_dir = Path(pod_dir), Path(scratch)
    deadline = time.monotonic() + timeout
    number = 1
    while time.monotonic() < deadline:
        if (shared / DONE).exists():
            return 0
        connection = shared / f"kernel-{number}.json"
        if not connection.exists():
            time.sleep(POLL_S)
            continue
        work = scratch_dir / f"work-{number}"
        work.mkdir(mode=0o700, parents=True, exist_ok=True)
        proc = subprocess.Popen([sys.executable, "-m", "ipykernel_launcher", "-f", str(connection), *argv],
                                cwd=work, env=_kernel_env(scratch_dir), start_new_session=True,
                                stdin=subprocess.DEVNULL)
        interrupts = 0
        while proc.poll() is None and time.monotonic() < deadline:
            if (shared / f"kernel-{number}.stop").exists() or (shared / DONE).exists():
                break
            asked = sum(1 for _ in shared.glob(f"kernel-{number}.int-*"))
            while interrupts < asked:
                interrupts += 1
                try:
                    proc.send_signal(signal.SIGINT)
                except OSError:
                    pass
            time.sleep(POLL_S)
        _kill_everything_else(proc)
        number += 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m academy.grading.pod_kernel",
                                     description="A grading pod's kernel container (academy/grading/pod.py).")
    parser.add_argument("--pod-dir", default=POD_DIR)
    parser.add_argument("--scratch", default=KERNEL_SCRATCH)
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args(argv)
    return serve_kernels(args.pod_dir, args.scratch, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
