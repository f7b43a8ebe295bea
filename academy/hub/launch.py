"""Start and stop a district's hub as a child process (tests, benchmarks, ``scripts/run.sh``).

>>> hub = start_hub("demo")            # doctest: +SKIP
>>> stop_hub(hub)                      # doctest: +SKIP
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

from academy import district
from academy.hub import setup
from academy.hub.users import HubAPI
from academy.paths import REPO

CONFIG = REPO / "jupyterhub_config.py"


def free_port_block(count: int = 4) -> int:
    """A port p with p..p+count-1 all free on 127.0.0.1 (a district's public, hub, proxy API and
    formgrader ports), for throw-away districts in tests and benchmarks."""
    for _ in range(200):
        base = 20000 + secrets.randbelow(20000)
        socks = []
        try:
            for port in range(base, base + count):
                s = socket.socket()
                s.bind(("127.0.0.1", port))
                socks.append(s)
            return base
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise RuntimeError("no free block of ports on 127.0.0.1")


def start_hub(district_id: str, *, districts: Path | None = None, log: Path | None = None,
              extra_args: list[str] | None = None, timeout: float = 90,
              config: Path = CONFIG) -> subprocess.Popen:
    """Run ``jupyterhub -f jupyterhub_config.py`` for ``district_id``; wait until its API answers."""
    env = dict(os.environ, ACADEMY_DISTRICT=district_id)
    if districts is not None:
        env["ACADEMY_DISTRICTS"] = str(districts)
    settings = district.load(district_id, path=(districts / f"{district_id}.toml") if districts else None)
    p = setup.paths(settings)
    log = log or p["hub"] / "jupyterhub.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    out = open(log, "ab")
    proc = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(config), *(extra_args or [])],
                            cwd=p["hub"], env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    out.close()
    proc.log_path = log  # type: ignore[attr-defined]
    try:
        HubAPI(settings).wait_until_up(timeout)
    except TimeoutError:
        stop_hub(proc)
        raise TimeoutError(f"hub for {district_id} not up in {timeout:.0f} s; log tail:\n"
                           f"{Path(log).read_text(errors='replace')[-3000:]}") from None
    if proc.poll() is not None:
        raise RuntimeError(f"hub exited with {proc.returncode}; see {log}")
    return proc


def stop_hub(proc: subprocess.Popen, *, timeout: float = 60) -> None:
    """SIGTERM the hub (it stops servers, services and the proxy), SIGKILL its group if it lingers."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the proxy and anything else left in the hub's session
    except ProcessLookupError:
        pass
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        pass


def settings_for(district_id: str, districts: Path | None = None) -> dict[str, Any]:
    return district.load(district_id, path=(districts / f"{district_id}.toml") if districts else None)
