"""``SandboxedExecute``: nbgrader's ``Execute`` step, with every kernel in the sandbox.

A drop-in replacement in ``Autograde.autograde_preprocessors`` (see graders/nbgrader_config.py),
so the CLI (``nbgrader autograde``), formgrader's button and ``academy grade`` all run learner
code the same way, and scores still come from nbgrader's own ``SaveAutoGrades``.

On top of stock ``Execute``:

* the kernel runs under :class:`~academy.grading.sandbox.SandboxKernelManager`;
* output is capped (``max_output_bytes`` per cell): past the cap nothing more is kept and the
  kernel is interrupted; if it keeps printing it is killed -- a flood cannot exhaust the grader;
* a whole-notebook deadline (``notebook_timeout``) kills a kernel that outlives it;
* a kernel that dies (``os._exit``, a kill, an rlimit) does not fail the whole submission: the
  cell gets a Korean error and every later cell is marked "not run", so tests after the death
  score 0 and the rest is graded honestly.
"""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.notebooknode import NotebookNode
from traitlets import Bool, Int, Type

from academy.grading.sandbox import SandboxKernelManager
from academy.messages import say
from nbgrader.preprocessors import Execute


# Runs silently in the kernel before the first cell: remember the pristine interpreter.
_GUARD_INSTALL = (Path(__file__).with_name("restore_interpreter.py").read_text(encoding="utf-8")
                  + "\n_academy_guard_install()\ndel _academy_guard_install\n")

# Runs silently before every test cell: undo what learner code did to the interpreter.
_GUARD_RESTORE = "__import__('sys').modules['academy.grading._guard'].restore()"


def _error_output(ename: str, message: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=ename, evalue=message,
                        traceback=[f"\x1b[0;31m{ename}\x1b[0m: {message}"])


class SandboxedExecute(Execute):
    kernel_manager_class = Type(SandboxKernelManager, klass=SandboxKernelManager,
                                help="Kernel manager: sandboxed kernels only.").tag(config=True)
    max_output_bytes = Int(1_000_000, help="Output kept per cell, bytes; past it the kernel is "
                           "interrupted, and killed if it keeps printing for 10 s.").tag(config=True)
    guard_tests = Bool(True, help="Before each test cell, restore builtins, IPython's transformers, "
                       "hooks and methods as they were before any learner code ran.").tag(config=True)
    notebook_timeout = Int(600, help="Wall-clock seconds for a whole notebook; then the kernel is "
                           "killed and the remaining cells count as not run.").tag(config=True)

    def __init__(self, *args, **kwargs):
        kwargs["kernel_manager_class"] = SandboxKernelManager
        kwargs.setdefault("shutdown_kernel", "immediate")  # its UID is killed and wiped anyway
        super().__init__(*args, **kwargs)

    def preprocess(self, nb, resources=None, km=None):
        self._output_bytes = 0
        self._flooded = 0.0
        self._dead = False
        self._deadline_hit = False
        self._guard_installed = False
        done = threading.Event()
        watchdog = threading.Thread(target=self._watch, args=(done, time.monotonic() + self.notebook_timeout),
                                    daemon=True)
        watchdog.start()
        try:
            return super().preprocess(nb, resources, km)
        finally:
            done.set()
            watchdog.join(timeout=5)

    def _watch(self, done: threading.Event, deadline: float) -> None:
        while not done.wait(timeout=0.5):
            if time.monotonic() > deadline:
                self._deadline_hit = True
                self._kill_kernel()
                return

    def _kill_kernel(self) -> None:
        process = getattr(getattr(getattr(self, "km", None), "provisioner", None), "process", None)
        if process is not None:
            process.send_signal(signal.SIGKILL)

    def _preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code":
            return cell, resources
        if self._dead:
            cell.outputs = [_error_output("KernelNotRunning", say("grading.cell_not_run"))]
            return cell, resources
        try:
            if self.guard_tests:
                self._guard(cell)
            return super().preprocess_cell(cell, resources, index)
        except (DeadKernelError, CellTimeoutError):
            # CellTimeoutError escapes only when the kernel stopped answering altogether
            # (no IOPub at all): treat it like a death, so one learner never fails the run.
            self._dead = True
            self._kill_kernel()
            key = "grading.notebook_timeout" if self._deadline_hit else "grading.kernel_died"
            cell.outputs.append(_error_output("KernelDied", say(key)))
            return cell, resources

    def _guard(self, cell) -> None:
        if not self._guard_installed:
            self._run_silently(_GUARD_INSTALL)
            self._guard_installed = True
        elif cell.metadata.get("nbgrader", {}).get("grade") and not cell.metadata["nbgrader"].get("solution"):
            self._run_silently(_GUARD_RESTORE)

    def _run_silently(self, code: str) -> None:
        msg_id = self.kc.execute(code, silent=True, store_history=False, allow_stdin=False)
        self.wait_for_reply(msg_id)

    def output(self, outs, msg, display_id, cell_index):
        size = sum(len(str(v)) for v in msg.get("content", {}).values())
        self._output_bytes += size
        if self._output_bytes <= self.max_output_bytes:
            return super().output(outs, msg, display_id, cell_index)
        if not self._flooded:
            self._flooded = time.monotonic()
            outs.append(NotebookNode(output_type="stream", name="stderr",
                                     text=say("grading.output_capped") + "\n"))
            process = getattr(self.km.provisioner, "process", None)
            if process is not None:
                process.send_signal(signal.SIGINT)
        elif time.monotonic() - self._flooded > 10:
            self._kill_kernel()  # it ignored the interrupt: stop it for good
        return None

    def preprocess_cell(self, cell, resources, index):  # noqa: F811  (reset the flood per cell)
        self._output_bytes = 0
        self._flooded = 0.0
        return self._preprocess_cell(cell, resources, index)


__all__ = ["SandboxedExecute"]
