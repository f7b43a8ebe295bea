"""The learners' Python kernel: ipykernel with the district's memory limit, explained in Korean.

Started as ``python -m academy.kernels.learner -f {connection_file}`` (the kernelspec that
``academy hub setup`` writes), or -- the usual way -- forked ready-made from the learner's
warm zygote by :mod:`academy.kernels.warm`, which runs the same steps below in the fork.
Before ipykernel starts, the kernel's private memory is capped at ``ACADEMY_KERNEL_MEMORY_MB``
(RLIMIT_DATA). A cell that allocates past it gets a Korean
message saying what happened and what to do, and then this kernel -- only this one -- stops;
Jupyter starts a fresh one. Other kernels and other learners are untouched.
"""

from __future__ import annotations

import os
import resource
import sys
import threading

EXIT_DELAY = 1.0  # seconds: time for the error message to reach the browser


def _limit_bytes() -> int:
    return int(os.environ.get("ACADEMY_KERNEL_MEMORY_MB", "0") or 0) * 1024 * 1024


def out_of_memory(shell, etype, value, tb, tb_offset=None):
    """IPython custom-exception handler for MemoryError: Korean message, then this kernel stops."""
    from academy.messages import say

    message = say("hub.memory_limit", limit_mb=_limit_bytes() // (1024 * 1024))
    stb = [f"MemoryError: {message}"]
    shell._showtraceback(etype, value, stb)  # IPython does not show a custom handler's result itself
    threading.Timer(EXIT_DELAY, os._exit, [137]).start()
    return stb


def limit_memory() -> None:
    """Cap this process's private memory at ``ACADEMY_KERNEL_MEMORY_MB`` (if set)."""
    limit = _limit_bytes()
    if limit:
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def install_memory_message(app) -> None:
    """After ``IPKernelApp.initialize``: a MemoryError gets the Korean message, then the kernel stops."""
    if _limit_bytes():
        app.shell.set_custom_exc((MemoryError,), out_of_memory)


def become_learner_kernel(spec: dict) -> None:
    """In a child forked by the learner's warm zygote (academy/kernels/warm.py): take the
    environment and folder the server chose for this kernel, and its memory limit."""
    os.environ.clear()
    os.environ.update(spec["env"])
    os.chdir(spec.get("cwd") or os.environ.get("HOME", "/"))
    limit_memory()


def main() -> None:
    limit_memory()
    from ipykernel.kernelapp import IPKernelApp

    app = IPKernelApp.instance()
    app.initialize(sys.argv[1:])
    install_memory_message(app)
    app.start()


if __name__ == "__main__":
    main()
