"""The district's configurable-http-proxy, kept running across hub restarts.

JupyterHub's ``ConfigurableHTTPProxy`` stops any proxy it finds through its pid file when the hub
starts, and makes a new auth token each time. ``AcademyProxy`` instead re-attaches to a proxy that
is still running (the pid in the pid file is a configurable-http-proxy that answers our token), so
learners' routes -- and their open JupyterLab tabs -- survive a hub restart. The token lives in a
0600 file under the hub folder so the restarted hub speaks to the same proxy.

The proxy runs through ``chp_academy.mjs``: when the hub itself is down, a learner who navigates
gets the Korean "곧 돌아와요" page (templates/proxy-error.html) instead of a bare
"Service Unavailable".
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

import psutil
from jupyterhub.proxy import ConfigurableHTTPProxy
from tornado.ioloop import PeriodicCallback

WRAPPER = Path(__file__).with_name("chp_academy.mjs")
ERROR_PAGE = Path(__file__).parent / "templates" / "proxy-error.html"
PROXY_MARKS = ("configurable-http-proxy", WRAPPER.name)


def auth_token(path: Path) -> str:
    """The proxy's API token, made once and kept 0600 (root) at ``path``."""
    if path.exists():
        token = path.read_text().strip()
        if token:
            return token
    token = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(token)
    os.chmod(path, 0o600)
    return token


def command(chp: str) -> list[str]:
    """``node chp_academy.mjs <chp> --academy-error-page <page>`` (JupyterHub appends its options)."""
    return [shutil.which("node") or "node", str(WRAPPER), "--academy-chp", chp,
            "--academy-error-page", str(ERROR_PAGE)]


def running_proxy(pid_file: str | Path) -> psutil.Process | None:
    """The configurable-http-proxy named by ``pid_file`` if it still runs, else None."""
    try:
        pid = int(Path(pid_file).read_text().strip())
        proc = psutil.Process(pid)
        cmdline = " ".join(proc.cmdline())
        if proc.status() == psutil.STATUS_ZOMBIE:
            return None
    except (OSError, ValueError, psutil.Error):
        return None
    return proc if any(mark in cmdline for mark in PROXY_MARKS) else None


class RunningProxy:
    """What JupyterHub expects of ``proxy_process`` (pid, poll, terminate) for a proxy an
    earlier hub started."""

    def __init__(self, proc: psutil.Process):
        self._proc, self.pid, self.returncode = proc, proc.pid, None

    def poll(self) -> int | None:
        try:
            if self._proc.is_running() and self._proc.status() != psutil.STATUS_ZOMBIE:
                return None
        except psutil.Error:
            pass
        self.returncode = -1  # not our child: its real exit status is unknown
        return self.returncode

    def terminate(self) -> None:
        try:
            self._proc.terminate()
        except psutil.Error:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None


class AcademyProxy(ConfigurableHTTPProxy):
    """configurable-http-proxy that outlives the hub: re-attached when the hub starts again."""

    async def start(self):
        proc = running_proxy(self.pid_file) if self.pid_file else None
        if proc is not None:
            try:
                await self.get_all_routes()
            except Exception as error:  # noqa: BLE001  (wrong token, not answering: start afresh)
                self.log.warning("Proxy at pid=%s does not answer (%s); replacing it", proc.pid, error)
            else:
                self.log.info("Re-attaching to the running proxy at pid=%s (routes kept)", proc.pid)
                self.proxy_process = RunningProxy(proc)
                pc = PeriodicCallback(self.check_running, 1e3 * self.check_running_interval)
                self._check_running_callback = pc
                pc.start()
                return
        await super().start()
