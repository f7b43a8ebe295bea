"""Warm kernel starts for learners: a kernel is a ``fork()`` of a process that has already
imported ipykernel, IPython, the Korean explainer, numpy and pandas.

A stock kernel start costs 1-2 CPU-seconds of imports. At 09:00 thirty learners open their
first notebook together, and on two cores those imports alone queue up for ~20 s; in module 00
everybody also practises "커널 다시 시작" at once. Here each learner's server keeps one *zygote*
(the same one grading uses, :mod:`academy.grading.zygote`, without the grading sandbox: it runs
as the learner, whose server it belongs to). The zygote starts with the server (this module is
also a Jupyter server extension), so on a pre-started server (academy/hub/scheduler.py) the
imports are paid before class; each kernel start is then a fork plus ipykernel's own set-up
(~0.1-0.2 s).

Wiring (written by ``academy hub setup``)::

    kernels/python3/kernel.json   "metadata": {"kernel_provisioner":
                                               {"provisioner_name": "academy-warm-provisioner"}}
    pyproject.toml                [project.entry-points."jupyter_client.kernel_provisioners"]
                                  academy-warm-provisioner = "academy.hub.warm:WarmProvisioner"
    jupyter_server_config.json    "jpserver_extensions": {"academy.hub.warm": true}

Every fork is a fresh copy of the untouched zygote (it never runs learner code), with the
kernel's own environment, folder and memory limit (:func:`academy.hub.kernel.become_learner_kernel`).
If the zygote cannot serve, the kernel starts the stock way: slower, never broken.
"""

from __future__ import annotations

import asyncio
import os

from jupyter_client.provisioning import LocalProvisioner

# What every learner kernel gets for free. Not matplotlib: its backend is chosen at import and
# must be the notebook's inline backend, which ipykernel sets only in the kernel itself.
LEARNER_PRELOAD = ("numpy", "pandas")
KERNEL_MODULE = "academy.hub.kernel"


def learner_zygote(*, wait: bool = False):
    """This server's zygote (started now if needed; ``wait=False`` returns at once)."""
    from academy.grading.sandbox import Zygote

    return Zygote.get(LEARNER_PRELOAD, wait=wait)


class WarmProvisioner(LocalProvisioner):
    """``LocalProvisioner`` whose kernels are forked by the learner's zygote."""

    async def launch_kernel(self, cmd: list[str], **kwargs):
        if KERNEL_MODULE not in cmd:  # some other kernel command: start it the stock way
            return await super().launch_kernel(cmd, **kwargs)
        try:
            zygote = learner_zygote()  # in the event-loop thread: the zygote lives as long as it
            reply = await asyncio.to_thread(zygote.request, {
                "op": "spawn",
                "learner": {"cwd": kwargs.get("cwd") or os.getcwd(), "env": dict(kwargs.get("env") or os.environ)},
                "argv": cmd[cmd.index(KERNEL_MODULE) + 1:],
            }, 60)
        except Exception as error:  # noqa: BLE001  (any zygote trouble: fall back, never fail)
            reply = {"error": repr(error)}
        if "pid" not in reply:
            self.log.warning("warm kernel start failed, starting the stock way: %s", str(reply.get("error"))[-500:])
            return await super().launch_kernel(cmd, **kwargs)
        from academy.grading.sandbox import ForkedKernelProcess

        self.process = ForkedKernelProcess(reply["pid"])
        self.pid = self.pgid = reply["pid"]
        return self.connection_info


def _jupyter_server_extension_points():
    return [{"module": "academy.hub.warm"}]


def _load_jupyter_server_extension(serverapp) -> None:
    """Start the zygote with the server (from its main thread), so it is warm before class."""
    try:
        learner_zygote(wait=False)
    except Exception as error:  # noqa: BLE001
        serverapp.log.warning("academy: no warm kernel zygote (%s); kernels start the stock way", error)
