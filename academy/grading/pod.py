"""Grading on Kubernetes: the learner's kernel in a container of its own, nbgrader in another.

One grading Job pod (``academy k8s grading-job``, academy/deploy/manifests.py) has two containers
that share exactly one thing, a small emptyDir at :data:`POD_DIR`:

* **grader** (UID 1000): ``python -m academy.grading.pod <module> --student <s>`` runs
  ``nbgrader autograde`` with the course's settings. It alone mounts the course volume (the
  module's source with hidden tests, the submission, the gradebook). Its ``Execute`` step is
  :class:`PodExecute` -- :class:`~academy.grading.execute.SandboxedExecute` (output cap, notebook
  deadline, dead-kernel handling, test guard) whose kernel manager *connects to* a kernel instead of
  launching one (:class:`PodKernelManager`, :class:`PodProvisioner`, a jupyter_client kernel
  provisioner). No maintained package does this: jupyter_client's ``LocalProvisioner`` starts a
  process, and gateway_provisioners' Kubernetes provisioner creates kernel pods through the API
  server (a service account with pod rights and a network path between pods -- the opposite of a
  grading pod with no token and a deny-all NetworkPolicy).
* **kernel** (a different UID, :data:`~academy.grading.pod_kernel.KERNEL_UID`): ``python -m
  academy.grading.pod_kernel`` (:func:`~academy.grading.pod_kernel.serve_kernels`), the
  container's PID 1, starts an IPython kernel for each connection file the grader writes and
  kills it (and everything its UID runs) when the grader says so. It mounts the shared folder
  **read-only** and its own scratch folder; no course volume, no ConfigMap, no service-account
  token.

The protocol is files the grader writes into :data:`POD_DIR` (the kernel can write nothing there):
``kernel-<n>.json`` (start kernel n: TCP on 127.0.0.1, ports and HMAC key chosen by the grader),
``kernel-<n>.int-<k>`` (send it SIGINT), ``kernel-<n>.stop`` (kill it), ``done`` (exit). The ZeroMQ
traffic stays on the pod's loopback, which no NetworkPolicy governs; the deny-all policy still
keeps the pod from everything else; the grader listens on nothing. The kernel gets the
submission's files (regular files, never notebooks or links, bounded: what the one-machine sandbox
copies, :func:`~academy.kernels.jail.copy_submission`) as cell code over the kernel protocol,
written into its own scratch folder before the first cell. A kernel that dies (``os._exit``, its
memory limit) is noticed by its heartbeat no longer answering (:meth:`PodProvisioner.poll`).

What learner code in the kernel can still learn: the cells sent to it, hidden tests included
(nbgrader runs them in the same kernel -- so on one machine too), its own connection key, the
image (academy, the sample data; never the curriculum). It cannot open the gradebook, the source
notebook or the course folder: they are not in its container. Files a notebook writes while
graded stay in the kernel's scratch (one machine keeps them in ``autograded/``).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import zmq
import zmq.asyncio
from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import KernelProvisionerBase
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from traitlets import Type, Unicode

from academy.grading.execute import SandboxedExecute
from academy.grading.pod_kernel import DONE, KERNEL_UID, POD_DIR  # noqa: F401  (KERNEL_UID: the manifest's)
from academy.grading.sandbox import SandboxKernelClient
from nbgrader.preprocessors import Execute


def _free_ports(count: int) -> list[int]:
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _write_shared(path: Path, data: bytes) -> None:
    """Write a file the kernel may read (0644), atomically, never through a link."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def submission_files(folder: str | None) -> list[tuple[str, str]]:
    """``(relative path, base64)`` of what the kernel may see of the submission folder: the same
    files the one-machine sandbox copies (regular files only, never notebooks or links, bounded)."""
    import tempfile

    from academy.kernels.jail import copy_submission
    from academy.kernels.limits import LIMITS

    if not folder or not os.path.isdir(folder):
        return []
    with tempfile.TemporaryDirectory(prefix="academy-stage-") as stage:
        copy_submission(folder, stage, max_files=LIMITS.copy_max_files, max_bytes=LIMITS.copy_max_mb * 1024 * 1024)
        found = []
        for path in sorted(Path(stage).rglob("*")):
            if path.is_file() and not path.is_symlink():
                found.append((str(path.relative_to(stage)), base64.b64encode(path.read_bytes()).decode()))
        return found


def stage_code(files: list[tuple[str, str]]) -> str:
    """Cell code that writes ``files`` into the kernel's working folder (run silently, first)."""
    return ("def _academy_stage(files):\n"
            "    import base64, os\n"
            "    for rel, data in files:\n"
            "        parts = [p for p in rel.split('/') if p not in ('', '.', '..')]\n"
            "        path = os.path.join(os.getcwd(), *parts)\n"
            "        os.makedirs(os.path.dirname(path), exist_ok=True)\n"
            "        with open(path, 'wb') as f:\n"
            "            f.write(base64.b64decode(data))\n"
            f"_academy_stage({json.dumps(files)})\n"
            "del _academy_stage\n")


class RemoteKernel:
    """What :class:`SandboxedExecute` signals (``provisioner.process``): SIGINT and SIGKILL become
    files the kernel container acts on."""

    def __init__(self, provisioner: PodProvisioner):
        self._p = provisioner

    def send_signal(self, signum: int) -> None:
        self._p.ask("int" if signum == signal.SIGINT else "stop")

    def poll(self) -> int | None:
        return self._p.exit_code


class PodProvisioner(KernelProvisionerBase):
    """A kernel in the pod's kernel container: the grader writes its connection file, the kernel
    container starts it. Alive = its heartbeat answers (once it has answered)."""

    process: RemoteKernel | None = None
    exit_code: int | None = None
    _number = 0
    _interrupts = 0
    _stopped = False
    answered = False  # set by PodKernelClient once the kernel replied

    @property
    def has_process(self) -> bool:
        return self.process is not None

    @property
    def _shared(self) -> Path:
        return Path(self.parent.pod_dir)

    async def pre_launch(self, **kwargs: Any) -> dict[str, Any]:
        km = self.parent
        # One more than any kernel before (their connection files are gone, their .stop files stay).
        numbers = [int(m.group(1)) for p in self._shared.iterdir() if (m := re.match(r"kernel-(\d+)\.", p.name))]
        self._number = max([0, *numbers]) + 1
        ports = _free_ports(5)
        info = {"transport": "tcp", "ip": "127.0.0.1", "shell_port": ports[0], "iopub_port": ports[1],
                "stdin_port": ports[2], "control_port": ports[3], "hb_port": ports[4],
                "key": secrets.token_hex(32), "signature_scheme": "hmac-sha256", "kernel_name": "python3"}
        path = self._shared / f"kernel-{self._number}.json"
        _write_shared(path, json.dumps(info, indent=1).encode())
        km.connection_file = str(path)
        km.load_connection_info({**info, "key": info["key"].encode()})
        kwargs.pop("cwd", None)
        return {**kwargs, "cmd": []}

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> dict[str, Any]:
        self.process = RemoteKernel(self)
        self.connection_info = self.parent.get_connection_info()
        return self.connection_info

    def ask(self, what: str) -> None:
        """``int``: SIGINT to the kernel; ``stop``: kill it and all its UID runs (also after it died)."""
        if not self._number or self._stopped:
            return
        if what == "int":
            if self.exit_code is None:
                self._interrupts += 1
                _write_shared(self._shared / f"kernel-{self._number}.int-{self._interrupts}", b"")
        else:
            _write_shared(self._shared / f"kernel-{self._number}.stop", b"")
            self._stopped = True
            if self.exit_code is None:
                self.exit_code = -signal.SIGKILL

    async def _heartbeat(self, timeout: float) -> bool:
        sock = zmq.asyncio.Context.instance().socket(zmq.REQ)
        try:
            sock.connect(f"tcp://127.0.0.1:{self.parent.hb_port}")
            await sock.send(b"ping")
            return bool(await sock.poll(timeout * 1000))
        finally:
            sock.close(linger=0)

    async def poll(self) -> int | None:
        if self.exit_code is not None:
            return self.exit_code
        if await self._heartbeat(3.0):
            self.answered = True
            return None
        if self.answered:  # it answered before and no longer does: dead (os._exit, a limit)
            self.exit_code = 1
            return 1
        return None  # still starting: the client's wait_for_ready bounds how long

    async def wait(self) -> int | None:
        for _ in range(100):
            if await self.poll() is not None:
                break
            await asyncio.sleep(0.05)
        return self.exit_code

    async def send_signal(self, signum: int) -> None:
        if self.process is not None:
            self.process.send_signal(signum)

    async def kill(self, restart: bool = False) -> None:
        self.ask("stop")

    async def terminate(self, restart: bool = False) -> None:
        self.ask("stop")

    async def cleanup(self, restart: bool = False) -> None:
        self.ask("stop")
        self.process = None

    async def get_provisioner_info(self) -> dict[str, Any]:
        return {**await super().get_provisioner_info(), "number": self._number}


class PodKernelClient(SandboxKernelClient):
    """Ready = the kernel answered (SandboxKernelClient's check); from then on its provisioner
    reads a silent heartbeat as death."""

    async def wait_for_ready(self, timeout: float | None = None) -> None:
        await super().wait_for_ready(timeout)
        self.parent.provisioner.answered = True


class PodKernelManager(AsyncKernelManager):
    """Kernels of the pod's kernel container, never a local process."""

    pod_dir = Unicode(POD_DIR, help="The folder shared with the kernel container (the grader writes, "
                      "the kernel container reads).").tag(config=True)

    def __init__(self, **kwargs):
        kwargs["kernel_name"] = "python3"  # never the submission's claim
        kwargs.setdefault("client_class", "academy.grading.pod.PodKernelClient")
        super().__init__(**kwargs)

    async def _async_pre_start_kernel(self, **kw):
        self.transport, self.ip = "tcp", "127.0.0.1"
        self.provisioner = PodProvisioner(kernel_id=self.kernel_id or secrets.token_hex(16),
                                          kernel_spec=self.kernel_spec, parent=self)
        return await super()._async_pre_start_kernel(**kw)

    async def _async_interrupt_kernel(self) -> None:
        await self.provisioner.send_signal(signal.SIGINT)

    interrupt_kernel = _async_interrupt_kernel


class PodExecute(SandboxedExecute):
    """nbgrader's Execute with SandboxedExecute's guards, on the pod's kernel container."""

    kernel_manager_class = Type(PodKernelManager, klass=PodKernelManager,
                                help="Kernel manager: the pod's kernel container only.").tag(config=True)

    def __init__(self, *args, **kwargs):
        kwargs["kernel_manager_class"] = PodKernelManager
        kwargs.setdefault("shutdown_kernel", "immediate")
        Execute.__init__(self, *args, **kwargs)  # not SandboxedExecute's: it names its own manager

    def preprocess(self, nb, resources=None, km=None):
        self._folder = ((resources or {}).get("metadata") or {}).get("path")
        self._staged = False
        return super().preprocess(nb, resources, km)

    def _preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code" and not self._staged and not getattr(self, "_dead", False):
            self._staged = True
            try:
                self._run_silently(stage_code(submission_files(self._folder)))
            except (DeadKernelError, CellTimeoutError):
                self._dead = True
                self._kill_kernel()
        return super()._preprocess_cell(cell, resources, index)


def grade(module: str, student: str, pod_dir: str = POD_DIR) -> int:
    """The grader container: ``nbgrader autograde`` of one submission, then ``done`` for the kernel
    container whatever happened (so the pod ends)."""
    try:
        return subprocess.run([sys.executable, "-m", "nbgrader", "autograde", module, "--student", student,
                               "--force"], check=False).returncode
    finally:
        try:
            _write_shared(Path(pod_dir) / DONE, b"")
        except OSError as error:
            print(f"academy.grading.pod: could not end the kernel container: {error}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m academy.grading.pod",
                                     description="A grading Job pod's grader container (see the module docstring).")
    parser.add_argument("module")
    parser.add_argument("--student", required=True)
    parser.add_argument("--pod-dir", default=POD_DIR)
    args = parser.parse_args(argv)
    return grade(args.module, args.student, args.pod_dir)


__all__ = ["PodExecute", "PodKernelClient", "PodKernelManager", "PodProvisioner", "grade"]

if __name__ == "__main__":
    sys.exit(main())
