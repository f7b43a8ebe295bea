"""Warm kernel starts for learners: a kernel is a ``fork()`` of a process that has already
imported ipykernel, IPython, the Korean explainer, numpy and pandas.

A stock kernel start costs 1-2 CPU-seconds of imports. At 09:00 thirty learners open their
first notebook together, and on two cores those imports alone queue up for ~20 s; in module 00
everybody also practises "커널 다시 시작" at once. Here each learner's server keeps one *zygote*
(the same one grading uses, :mod:`academy.kernels.zygote`, without the grading sandbox: it runs
as the learner, whose server it belongs to). The zygote starts with the server (this module is
also a Jupyter server extension), so on a pre-started server (academy/hub/prestart_service.py) the
imports are paid before class; each kernel start is then a fork plus ipykernel's own set-up
(~0.1-0.2 s).

Wiring (written by ``academy hub setup``)::

    kernels/python3/kernel.json   "metadata": {"kernel_provisioner":
                                               {"provisioner_name": "academy-warm-provisioner"}}
    pyproject.toml                [project.entry-points."jupyter_client.kernel_provisioners"]
                                  academy-warm-provisioner = "academy.kernels.warm:WarmProvisioner"
    jupyter_server_config.json    "jpserver_extensions": {"academy.kernels.warm": true}

Every fork is a fresh copy of the untouched zygote (it never runs learner code), with the
kernel's own environment, folder and memory limit (:func:`academy.kernels.learner.become_learner_kernel`).
If the zygote cannot serve, the kernel starts the stock way: slower, never broken.
"""

from __future__ import annotations

import asyncio
import os
import time
from queue import Empty

from jupyter_client.provisioning import LocalProvisioner
from jupyter_client.provisioning.local_provisioner import LocalPortCache
from traitlets import Float

# What every learner kernel gets for free. Not matplotlib: its backend is chosen at import and
# must be the notebook's inline backend, which ipykernel sets only in the kernel itself.
LEARNER_PRELOAD = ("numpy", "pandas")
KERNEL_MODULE = "academy.kernels.learner"


# A learner's zygote skips the traceback warm-up grading's zygotes do (academy/kernels/zygote.py,
# _warm_tracebacks): the parsed pandas sources it keeps cost every learner ~52 MB idle (118 MB
# zygote instead of 66) to save ~0.6 CPU-s on each kernel's first error; issue 15's goal is
# <= 120 MB per idle learner. The name is zygote.TRACEBACKS_ENV (that module is not imported here:
# importing it changes this process's environment).
COLD_TRACEBACKS = ("ACADEMY_ZYGOTE_TRACEBACKS", "cold")


# Set in a fork-started server (academy/kernels/server_fork.py, ZYGOTE_FDS_ENV) whose zygote the
# hub's kernel parent forked: "READ,WRITE,PID". Not imported from there (it imports the hub's side).
ZYGOTE_FDS_ENV = "ACADEMY_ZYGOTE_FDS"


def learner_zygote(*, wait: bool = False):
    """This server's zygote (started now if needed; ``wait=False`` returns at once).

    A fork-started server's zygote is a fork of the hub's kernel parent, already warm and sharing
    its imports' memory with every learner's (:func:`academy.kernels.server_fork.start_with_zygote`):
    adopted on first use. Should it die, the next kernel start makes one the usual way."""
    from academy.kernels.forked import Zygote

    handed = os.environ.pop(ZYGOTE_FDS_ENV, "")  # never passed on to kernels or terminals
    if handed:
        try:
            read_fd, write_fd, pid = (int(part) for part in handed.split(","))
            return Zygote.adopt(LEARNER_PRELOAD, read_fd, write_fd, pid)
        except (ValueError, OSError):
            pass  # not ours to use: start one below
    os.environ.setdefault(*COLD_TRACEBACKS)  # the zygote inherits this server's environment
    return Zygote.get(LEARNER_PRELOAD, wait=wait)


class WarmProvisioner(LocalProvisioner):
    """``LocalProvisioner`` whose kernels are forked by the learner's zygote.

    A start returns only a kernel that answered ``kernel_info``, or it fails over to the stock
    start with *fresh* ports -- never a dead kernel (issue 18): a fork that reports an error
    (e.g. another learner's kernel took one of the ports this server picked: ports are chosen by
    each server on its own, and 30 servers pick theirs in the same second at 09:00), or that is
    gone or silent after ``ready_timeout`` seconds, is killed and replaced. Reusing the failed
    ports for the stock start (as before) made it die the same way.
    """

    ready_timeout = Float(30.0, config=True, help="Seconds a forked kernel may take to answer "
                          "kernel_info before it is killed and the kernel starts the stock way.")
    spawn_timeout = Float(60.0, config=True, help="Seconds the zygote may take to fork a kernel "
                          "(its start-up included, if it was not ready yet).")

    async def launch_kernel(self, cmd: list[str], **kwargs):
        if KERNEL_MODULE not in cmd:  # some other kernel command: start it the stock way
            return await super().launch_kernel(cmd, **kwargs)
        from academy.kernels.forked import ForkedKernelProcess

        try:
            zygote = learner_zygote()  # in the event-loop thread: the zygote lives as long as it
            reply = await asyncio.to_thread(zygote.request, {
                "op": "spawn",
                "learner": {"cwd": kwargs.get("cwd") or os.getcwd(), "env": dict(kwargs.get("env") or os.environ)},
                "argv": cmd[cmd.index(KERNEL_MODULE) + 1:],
            }, self.spawn_timeout)
        except Exception as error:  # noqa: BLE001  (any zygote trouble: fall back, never fail)
            reply = {"error": repr(error)}
        if "pid" in reply:
            process = ForkedKernelProcess(reply["pid"])
            why = await self._answers(process)
            if why is None:
                self.process = process
                self.pid = self.pgid = reply["pid"]
                return self.connection_info
            process.kill()
            await asyncio.to_thread(_wait_quietly, process, 10)
            reply = {"error": f"forked kernel {reply['pid']} {why}"}
        self.log.warning("warm kernel start failed, starting the stock way on fresh ports: %s",
                         str(reply.get("error"))[-500:])
        self._fresh_ports()
        return await super().launch_kernel(cmd, **kwargs)

    async def _answers(self, process) -> str | None:
        """None once the kernel answered ``kernel_info`` on its shell socket, else why not."""
        from jupyter_client.asynchronous import AsyncKernelClient

        client = AsyncKernelClient()
        client.load_connection_info(self.connection_info)
        client.start_channels(shell=True, iopub=False, stdin=False, hb=False, control=False)
        deadline = time.monotonic() + self.ready_timeout
        try:
            for _ in range(int(self.ready_timeout * 2) + 2):  # bounded: one try per ~0.5 s
                if process.poll() is not None:
                    return "exited before answering kernel_info"
                client.kernel_info()
                try:  # a reply to any of our requests (a slow kernel answers the first one late)
                    reply = await client.shell_channel.get_msg(timeout=0.5)
                    if reply["msg_type"] == "kernel_info_reply":
                        return None
                except Empty:
                    pass
                if time.monotonic() > deadline:
                    break
            return f"did not answer kernel_info within {self.ready_timeout:.0f} s"
        finally:
            client.stop_channels()
            client.context.destroy(linger=0)  # its own: one per start, not left to the GC

    def _fresh_ports(self) -> None:
        """New ports (TCP) and connection file for the stock start after a failed fork."""
        km = self.parent
        if km is None or km.transport != "tcp":
            return
        km.cleanup_connection_file()
        cache = LocalPortCache.instance()
        for name in ("shell_port", "iopub_port", "stdin_port", "hb_port", "control_port"):
            setattr(km, name, cache.find_available_port(km.ip))
        km.write_connection_file()
        self.connection_info = km.get_connection_info()


def _wait_quietly(process, timeout: float) -> None:
    try:
        process.wait(timeout)
    except Exception:  # noqa: BLE001  (killed with SIGKILL: it goes; the zygote reaps it)
        pass


def _jupyter_server_extension_points():
    return [{"module": "academy.kernels.warm"}]


def _load_jupyter_server_extension(serverapp) -> None:
    """Start the zygote with the server (from its main thread), so it is warm before class."""
    try:
        learner_zygote(wait=False)
    except Exception as error:  # noqa: BLE001
        serverapp.log.warning("academy: no warm kernel zygote (%s); kernels start the stock way", error)
