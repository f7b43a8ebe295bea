"""The sandboxed kernel: identity, network, files, limits, output, kernel death, freshness.

Each test runs real (forked, confined) kernels; together they take a few seconds.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from academy.messages import say

from .conftest import needs_root, run_cells, text_of

pytestmark = needs_root


def alive(pids: list[int], grace: float = 3.0) -> list[int]:
    """Those of ``pids`` still running (zombies count as gone), after a short grace period.

    Checks only the processes a test itself started, so parallel test runs cannot interfere."""
    deadline = time.monotonic() + grace
    while True:
        running = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if state not in ("Z", "X"):
                running.append(pid)
        if not running or time.monotonic() > deadline:
            return running
        time.sleep(0.1)


def test_identity_copy_and_hidden_course(workdir: Path):
    course = workdir.parents[2]
    out = run_cells([
        "import os; print(os.getuid(), os.getgid(), os.getgroups())",
        "print(sorted(n for n in os.listdir('.') if not n.startswith('.')))",
        f"print(os.path.exists({str(course / 'gradebook.db')!r}))\nprint(os.listdir({str(course)!r}))",
        f"open({str(course / 'gradebook.db')!r}).read()",
        "print(os.path.exists('/home'), os.path.exists('/root/.bashrc'))",
    ], workdir, course_root=course)
    uid, gid, groups = text_of(out[0]).split(" ", 2)
    assert 62000 <= int(uid) <= 62999 and uid == gid and groups.strip() == "[]"
    # the restored notebook (hidden tests) and symlinks never enter the sandbox
    assert text_of(out[1]).strip() == "['data.csv']"
    assert text_of(out[2]).startswith("False\n")
    assert text_of(out[2]).endswith("[]\n") or "FileNotFoundError" in text_of(out[2])
    assert "FileNotFoundError" in text_of(out[3])
    assert text_of(out[4]).strip() == "False False"


def test_only_its_own_processes_are_visible(workdir: Path):
    out = run_cells(["import os\n"
                     "pids = [p for p in os.listdir('/proc') if p.isdigit()]\n"
                     "print(all(os.stat(f'/proc/{p}').st_uid == os.getuid() for p in pids), '1' in pids, "
                     f"os.path.exists('/proc/{os.getpid()}'))"], workdir)
    # Nothing of the grader (this process), the zygote, init or other sandboxes shows in /proc.
    assert text_of(out[0]).strip() == "True False False", text_of(out[0])


def test_no_network(workdir: Path):
    out = run_cells([
        "import socket\ntry:\n    socket.create_connection(('1.1.1.1', 80), timeout=2)\n    print('CONNECTED')\n"
        "except OSError as e:\n    print('blocked', e.errno)",
        "print(sorted(n for _, n in socket.if_nameindex()))",
        "import urllib.request\nurllib.request.urlopen('http://example.com', timeout=3)",
    ], workdir)
    assert text_of(out[0]).startswith("blocked")
    assert text_of(out[1]).strip() == "['lo']"
    assert "URLError" in text_of(out[2])


def test_writes_nowhere_but_its_copy(workdir: Path, tmp_path: Path):
    course = workdir.parents[2]
    targets = [course / "pwned", workdir.parent / "pwned", Path("/etc/academy-pwned"),
               Path(__file__).parent / "pwned", tmp_path / "pwned"]
    cells = [f"open({str(t)!r}, 'w').write('x')" for t in targets]
    cells += ["open('../../../gradebook.db', 'w').write('x')",
              "open('/tmp/academy-sandbox-probe', 'w').write('x'); print('tmp ok')",
              "open('mine.txt', 'w').write('x'); print('own copy ok')"]
    out = run_cells(cells, workdir, course_root=course)
    for target, outputs in zip(targets, out):
        assert "Error" in text_of(outputs), target
        assert not target.exists(), target
    assert (course / "gradebook.db").read_text() == "SECRET-GRADEBOOK"
    assert "tmp ok" in text_of(out[-2]) and not Path("/tmp/academy-sandbox-probe").exists()
    # the private copy is the only writable place; the grader keeps what was written there
    assert "own copy ok" in text_of(out[-1]) and (workdir / "mine.txt").read_text() == "x"
    assert (workdir / "mine.txt").stat().st_uid == os.getuid()


def test_memory_fork_and_file_limits(workdir: Path):
    out = run_cells([
        "x = bytearray(6 * 1024 ** 3)",
        "import os, time\nkids = []\ntry:\n    while len(kids) < 10000:\n        pid = os.fork()\n"
        "        if pid == 0:\n            time.sleep(600)\n            os._exit(0)\n        kids.append(pid)\n"
        "except OSError as e:\n    print('fork refused after', len(kids))",
        "print(*kids)",
        "with open('big.bin', 'wb') as f:\n    for _ in range(100):\n        f.write(b'0' * 2 ** 20)",
        "print('still alive')",
    ], workdir, SandboxKernelManager__max_file_mb=4)
    assert "MemoryError" in text_of(out[0])
    assert "fork refused after" in text_of(out[1])
    assert int(text_of(out[1]).split()[-1]) < 64
    kids = [int(p) for p in text_of(out[2]).split()]
    assert "File too large" in text_of(out[3])
    assert "still alive" in text_of(out[4])
    assert kids and alive(kids) == []  # the sleeping children died with the throwaway UID


def test_infinite_loop_times_out_and_grading_goes_on(workdir: Path):
    out = run_cells(["while True:\n    pass", "print('next cell ran')"], workdir, timeout=2)
    assert "CellTimeoutError" in text_of(out[0]) or "KeyboardInterrupt" in text_of(out[0])
    assert "next cell ran" in text_of(out[1])


def test_cpu_limit_kills_a_spinning_kernel(workdir: Path):
    out = run_cells(["import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass",
                     "print('after')"], workdir, timeout=30, SandboxKernelManager__cpu_seconds=2)
    assert say("grading.kernel_died") in text_of(out[0])
    assert text_of(out[1]) == f"KernelNotRunning: {say('grading.cell_not_run')}"


def test_output_flood_is_capped(workdir: Path):
    out = run_cells(["while True:\n    print('x' * 1000)", "print('after flood')"], workdir, timeout=20,
                    SandboxedExecute__max_output_bytes=50_000)
    flood = text_of(out[0])
    assert say("grading.output_capped") in flood
    assert len(flood) < 60_000 + 2000
    assert "after flood" in text_of(out[1])


@pytest.mark.parametrize("suicide", ["import os; os._exit(0)", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)",
                                     "import os, signal; os.killpg(0, signal.SIGKILL)"])
def test_kernel_death_marks_the_rest_not_run(workdir: Path, suicide: str):
    out = run_cells(["a = 1", suicide, "assert a == 1"], workdir)
    assert out[0] == []
    assert say("grading.kernel_died") in text_of(out[1])
    assert "KernelNotRunning" in text_of(out[2])


def test_sys_exit_is_just_an_error(workdir: Path):
    out = run_cells(["import sys; sys.exit(0)", "print('kernel alive')"], workdir)
    assert "kernel alive" in text_of(out[1])


def test_kernels_share_no_state(workdir: Path):
    first = run_cells(["import pandas, builtins\npandas.secret = 'kim'\nbuiltins.leak = 'kim'\nprint(pandas.__file__)"], workdir)
    second = run_cells(["import pandas, builtins\nprint(hasattr(pandas, 'secret'), hasattr(builtins, 'leak'))"], workdir)
    assert "pandas" in text_of(first[0])
    assert text_of(second[0]).strip() == "False False"


def test_everything_cleaned_up(workdir: Path):
    out = run_cells(["import os, subprocess\nprint(subprocess.Popen(['sleep', '600']).pid, os.getcwd())"], workdir)
    pid, cwd = text_of(out[0]).split()
    assert alive([int(pid)]) == []
    assert cwd.startswith("/run/academy-grading/k-") and not Path(cwd).parent.exists()


def test_test_cells_run_on_a_restored_interpreter(workdir: Path):
    """Patched builtins, assert-stripping transformers and silenced tracebacks are undone
    before every test cell (nbgrader grade cells), so the tests run as written."""
    from nbformat.v4 import new_code_cell, new_notebook

    from academy.grading.execute import SandboxedExecute

    cells = ["import builtins\nbuiltins.sum = lambda *a: 360",
             "assert sum([1]) == 1, 'sum restored'",
             "get_ipython().input_transformers_post.append(lambda lines: [l for l in lines if 'assert' not in l])",
             "assert False, 'asserts kept'",
             "import IPython\nIPython.core.interactiveshell.InteractiveShell.showtraceback = lambda *a, **k: None",
             "assert False, 'errors shown'"]
    nb = new_notebook(cells=[new_code_cell(c) for c in cells])
    for index in (1, 3, 5):
        nb.cells[index].metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": f"t{index}", "points": 1}
    SandboxedExecute(timeout=5).preprocess(nb, {"metadata": {"path": str(workdir)}})
    assert text_of(nb.cells[1].outputs) == ""
    assert "AssertionError: asserts kept" in text_of(nb.cells[3].outputs)
    assert "AssertionError: errors shown" in text_of(nb.cells[5].outputs)


def test_refuses_to_run_learner_code_unconfined(monkeypatch, workdir: Path):
    """A grader without root (e.g. formgrader as a service account) gets a clear error."""
    from academy.grading.sandbox import SandboxUnavailable

    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    with pytest.raises(SandboxUnavailable, match="needs root"):
        run_cells(["print('never runs')"], workdir)


def test_curriculum_with_solutions_is_out_of_reach_but_datasets_are_not(workdir: Path):
    from academy.layout import curriculum_dir

    exercise = curriculum_dir().resolve() / "01-values" / "exercise.ipynb"
    assert exercise.exists()
    out = run_cells([
        f"import os; print(os.path.exists({str(exercise)!r}))",
        f"print(os.listdir({str(exercise.parents[1])!r}))",
        "from academy import data_path; print(data_path('bakery/sales_cp949.csv').stat().st_size > 0)",
    ], workdir)
    assert text_of(out[0]).strip() == "False"
    assert text_of(out[1]).strip() == "[]" or "FileNotFoundError" in text_of(out[1])
    assert text_of(out[2]).strip() == "True"


def test_files_the_notebook_writes_are_kept_within_limits(workdir: Path, tmp_path: Path):
    """As stock nbgrader (its test_side_effects): what a graded notebook writes lands in its
    autograded folder -- regular files only, size-capped, never outside that folder."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (workdir / "victim.csv").symlink_to(outside / "victim.csv")
    out = run_cells([
        "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.savefig('chart.png')",
        "import os\nos.makedirs('out', exist_ok=True)\nopen('out/result.csv', 'w').write('a,b\\n1,2\\n')",
        "open('big.bin', 'wb').write(b'0' * 3 * 2 ** 20)\nos.symlink('/etc/passwd', 'passwd.txt')\n"
        "os.mkfifo('pipe.csv')\nopen('victim.csv', 'w').write('pwned')\nprint('written')",
    ], workdir, SandboxKernelManager__keep_file_mb=1)
    assert "written" in text_of(out[2]), text_of(out[2])
    assert (workdir / "chart.png").read_bytes().startswith(b"\x89PNG")
    assert (workdir / "out" / "result.csv").read_text() == "a,b\n1,2\n"
    for absent in ("big.bin", "passwd.txt", "pipe.csv", ".kernel.json", ".ipython"):
        assert not os.path.lexists(workdir / absent), absent
    assert (workdir / "victim.csv").is_symlink() and list(outside.iterdir()) == []
    assert all(p.stat().st_uid == os.getuid() for p in workdir.rglob("*") if not p.is_symlink())
