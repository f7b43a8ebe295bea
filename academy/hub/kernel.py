"""The learners' Python kernel: ipykernel with the district's memory limit, explained in Korean.

Started as ``python -m academy.hub.kernel -f {connection_file}`` (the kernelspec that
``academy hub setup`` writes). Before ipykernel starts, the kernel's private memory is capped at
``ACADEMY_KERNEL_MEMORY_MB`` (RLIMIT_DATA). A cell that allocates past it gets a Korean
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


def main() -> None:
    limit = _limit_bytes()
    if limit:
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    from ipykernel.kernelapp import IPKernelApp

    app = IPKernelApp.instance()
    app.initialize(sys.argv[1:])
    if limit:
        app.shell.set_custom_exc((MemoryError,), out_of_memory)
    app.start()


if __name__ == "__main__":
    main()
