"""The zygote under load (issue 18, item 1): sandboxed kernels forked concurrently on a loaded
machine all run their cell, and a zygote reply that comes too late is never taken as the answer
to the next request.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from academy.grading.sandbox import SandboxUnavailable, SharedZygote

from .conftest import needs_root, run_cells, text_of

pytestmark = needs_root

BURNER = "import time\nend = time.monotonic() + 120\nwhile time.monotonic() < end: pass"


def test_a_late_reply_is_not_the_answer_to_the_next_request(tmp_path: Path):
    import psutil

    proc, path = SharedZygote.serve((), wrapper=())  # the protocol, not the confinement
    try:
        SharedZygote.wait_ready(proc)
        client = SharedZygote(path)
        # A spawn takes a fork and a kernel set-up, far more than a millisecond: the caller
        # gives up first (the kernel starts anyway; it is killed below).
        slow = {"op": "spawn", "learner": {"cwd": str(tmp_path), "env": {"HOME": str(tmp_path)}},
                "argv": ["-f", str(tmp_path / "k.json"), "--HistoryManager.hist_file=:memory:"]}
        with pytest.raises(SandboxUnavailable):
            client.request(slow, timeout=0.001)
        # Before the fix, this read the spawn's late reply instead of its own.
        assert client.request({"op": "ping"}, timeout=60) == {"pong": True}
        assert client.request({"op": "ping"}, timeout=60) == {"pong": True}
    finally:
        for child in psutil.Process(proc.pid).children():
            child.kill()
        proc.kill()
        proc.wait()
        Path(path).unlink(missing_ok=True)


@pytest.mark.slow
def test_concurrent_sandboxed_kernels_under_cpu_load_all_answer(tmp_path: Path):
    folders = []
    for i in range(6):
        folder = tmp_path / f"course{i}" / "autograded" / f"learner{i}" / "m1"
        folder.mkdir(parents=True)
        folders.append(folder)
    results: dict[int, str] = {}

    def grade(i: int) -> None:
        try:
            out = run_cells(["print(6 * 7)", "import pandas as pd\nprint(len(pd.DataFrame({'a': [1, 2]})))"],
                            folders[i], timeout=120)
            results[i] = text_of(out[0]) + text_of(out[1])
        except Exception as error:  # noqa: BLE001  (a dead kernel is the finding)
            results[i] = repr(error)

    load = [subprocess.Popen([sys.executable, "-c", BURNER]) for _ in range(3)]
    try:
        workers = [threading.Thread(target=grade, args=(i,)) for i in range(len(folders))]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(300)
    finally:
        for burner in load:
            burner.kill()
            burner.wait()
    assert results == {i: "42\n2\n" for i in range(len(folders))}, results
