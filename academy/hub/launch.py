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
import time
from pathlib import Path
from typing import Any

from academy import district
from academy.hub import data_root
from academy.hub.api import HubAPI
from academy.layout import CGROUP_V1_MEMORY, REPO

CONFIG = REPO / "jupyterhub_config.py"


def free_port_block(count: int = 7) -> int:
    """A port p with p..p+count-1 all free on 127.0.0.1 (a district's public, hub, proxy API,
    formgrader, academy-together, academy-dashboard and ngshare ports: academy.hub.config.ports), for throw-away
    districts in tests and benchmarks.

    The block lies below the kernel's ephemeral range: every kernel and learner server binds
    port 0 and gets a port from that range, and one of them could take a hub's port between
    this check and the hub's bind (a hub that never comes up, seen once in CI).
    """
    low = ephemeral_low()
    for _ in range(200):
        base = 10000 + secrets.randbelow(max(1, low - 10000 - count))
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


def ephemeral_low() -> int:
    """The first port of the kernel's ephemeral range (what a bind to port 0 may get)."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def start_hub(district_id: str, *, districts: Path | None = None, log: Path | None = None,
              extra_args: list[str] | None = None, timeout: float = 90,
              config: Path = CONFIG) -> subprocess.Popen:
    """Run ``jupyterhub -f jupyterhub_config.py`` for ``district_id``; wait until its API answers."""
    env = dict(os.environ, ACADEMY_DISTRICT=district_id)
    if districts is not None:
        env["ACADEMY_DISTRICTS"] = str(districts)
    settings = district.load(district_id, path=(districts / f"{district_id}.toml") if districts else None)
    p = data_root.paths(settings)
    log = log or p["hub"] / "jupyterhub.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    out = open(log, "ab")
    stop_marker(settings).unlink(missing_ok=True)
    end_orphaned_services(settings)
    # stdin: not a terminal, so the formgrader service ends at once on the hub's SIGINT (a Jupyter
    # server with a terminal asks "Shut down?" and waits).
    proc = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(config), *(extra_args or [])],
                            cwd=p["hub"], env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                            start_new_session=True, preexec_fn=default_signals)
    out.close()
    proc.log_path = log  # type: ignore[attr-defined]
    proc.settings = settings  # type: ignore[attr-defined]
    api = HubAPI(settings)
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            stop_hub(proc)
            raise RuntimeError(f"hub for {district_id} exited with {proc.returncode}; its log:\n{hub_lines(log)}")
        try:
            api.wait_until_up(min(3.0, max(0.0, deadline - time.monotonic())))
            break
        except TimeoutError:
            if time.monotonic() >= deadline:
                stop_hub(proc)
                raise TimeoutError(f"hub for {district_id} not up in {timeout:.0f} s; its log:\n"
                                   f"{hub_lines(log)}") from None
    return proc


def hub_lines(log: Path, limit: int = 4000) -> str:
    """The end of a hub log without the proxy's lines (its 404 for every poll while the hub is
    not up would hide why)."""
    kept: list[str] = []
    in_proxy = False
    for line in Path(log).read_text(errors="replace").splitlines():
        if "[ConfigProxy]" in line:
            in_proxy = True
            continue
        if in_proxy and (line[:1].isspace() or line.startswith("}")):
            continue
        in_proxy = False
        kept.append(line)
    return "\n".join(kept)[-limit:]


def default_signals() -> None:
    """SIGINT and SIGQUIT back to their defaults for the hub about to be exec'd.

    A process started in the background by a shell script (run.sh's ``&``, CI) inherits them
    ignored; the hub's services then inherit that too, ignore the SIGINT the hub stops them with,
    and each one costs the full 30 s interrupt timeout (the issue's minute-long stop).
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGQUIT, signal.SIG_DFL)


def stop_hub(proc: subprocess.Popen, *, timeout: float = 60) -> dict[str, float]:
    """Stop the academy that ``start_hub`` started: every learner's server, the hub, the proxy.

    A hub restart alone keeps learners' servers and the proxy (config.py: cleanup_* off), so
    stopping the academy stops them explicitly (``stop_academy``). Seconds per step, for logs.
    """
    settings = getattr(proc, "settings", None)
    if settings is None:  # not from start_hub: only the hub's own process group
        _end_hub(proc, timeout)
        return {}
    return stop_academy(settings, hub=proc, timeout=timeout)


def hub_pid(settings: dict[str, Any]) -> int | None:
    """The pid in the district's JupyterHub pid file, if that process is a running jupyterhub."""
    import psutil

    try:
        proc = psutil.Process(int((data_root.paths(settings)["hub"] / "jupyterhub.pid").read_text().strip()))
        return proc.pid if "jupyterhub" in " ".join(proc.cmdline()) else None
    except (OSError, ValueError, psutil.Error):
        return None


def stop_marker(settings: dict[str, Any]) -> Path:
    """Present while the academy is being stopped on purpose: supervisors do not restart the hub."""
    return data_root.paths(settings)["hub"] / "stopping"


def stop_academy(settings: dict[str, Any], *, hub: subprocess.Popen | int | None = None,
                 timeout: float = 60) -> dict[str, float]:
    """Stop every learner server (through the hub API, all at once), then the hub (``hub``: its
    Popen or pid; default: the pid file), then the proxy; end whatever of a learner is left by
    UID (also when the hub was already down). Returns seconds per step."""
    from academy.hub import proxy as academy_proxy

    marker = stop_marker(settings)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()
    times: dict[str, float] = {}
    t0 = time.monotonic()
    if hub is None:
        hub = hub_pid(settings)
    running = hub is not None and (hub.poll() is None if isinstance(hub, subprocess.Popen) else _alive(hub))
    if running:
        try:
            stop_servers(settings, timeout=timeout)
        except (OSError, RuntimeError, TimeoutError) as error:
            print(f"academy: could not stop learners' servers through the hub ({error}); "
                  "ending them by account", file=sys.stderr)
    times["servers"] = time.monotonic() - t0
    t1 = time.monotonic()
    if isinstance(hub, subprocess.Popen):
        _end_hub(hub, timeout)
    elif hub is not None:
        _end_pid(hub, timeout)
    times["hub"] = time.monotonic() - t1
    t2 = time.monotonic()
    pid_file = data_root.paths(settings)["hub"] / "jupyterhub-proxy.pid"
    chp = academy_proxy.running_proxy(pid_file)
    if chp is not None:
        _end_pid(chp.pid, 10)
    pid_file.unlink(missing_ok=True)
    # A hub stopped before it finished starting dies at once (its SIGTERM handler comes last)
    # and leaves its services behind.
    end_orphaned_services(settings)
    ended = end_leftover_servers(settings)
    times["proxy_and_leftovers"] = time.monotonic() - t2
    times["total"] = time.monotonic() - t0
    times["leftover_accounts"] = ended
    marker.unlink(missing_ok=True)
    return times


def stop_servers(settings: dict[str, Any], *, timeout: float = 60) -> int:
    """Ask the hub to stop every running learner server, concurrently; wait (bounded) until none
    is left. How many there were."""
    from concurrent.futures import ThreadPoolExecutor

    api = HubAPI(settings)
    active = api.request("GET", "/users?state=active&limit=10000", timeout=10)
    users = active["items"] if isinstance(active, dict) else active
    stops = [(u["name"], name) for u in users for name in (u.get("servers") or {})]

    def stop(one: tuple[str, str]) -> None:
        user, name = one
        path = f"/users/{user}/server" if not name else f"/users/{user}/servers/{name}"
        api.request("DELETE", path, ok=(202, 204, 400, 404), timeout=timeout)

    with ThreadPoolExecutor(max_workers=min(16, len(stops) or 1)) as pool:
        list(pool.map(stop, stops))
    deadline = time.monotonic() + timeout
    while stops and time.monotonic() < deadline:
        active = api.request("GET", "/users?state=active&limit=10000", timeout=10)
        if not (active["items"] if isinstance(active, dict) else active):
            break
        time.sleep(0.3)
    return len(stops)


def end_leftover_servers(settings: dict[str, Any]) -> int:
    """End, by Unix account, every learner whose server still talks to this district's hub
    (its API port in JUPYTERHUB_API_URL): left by a hub that was already down. How many accounts."""
    import psutil

    from academy.hub.unix_accounts import stop_processes_of
    from academy.hub.config import ports

    prefix = settings["accounts"]["unix_prefix"]
    hub_api = f"127.0.0.1:{ports(settings)['hub']}/"
    names = set()
    for p in psutil.process_iter(["username", "cmdline"]):
        try:
            if not (p.info["username"] or "").startswith(prefix) or "jupyterhub" not in " ".join(
                    p.info["cmdline"] or []):
                continue
            if hub_api in p.environ().get("JUPYTERHUB_API_URL", ""):
                names.add(p.info["username"])
        except psutil.Error:
            continue
    for name in names:
        try:
            stop_processes_of(name, timeout=5)
        except KeyError:
            pass
    return len(names)


def end_orphaned_services(settings: dict[str, Any]) -> int:
    """Before a hub starts: end the services (formgrader, scheduler, weekly) a killed hub of this
    district left behind -- the new hub starts its own (same ports). Learners' servers are kept.
    Nothing is done while a hub of the district runs. How many processes were ended."""
    import psutil

    from academy.hub.config import ports

    if hub_pid(settings) is not None:
        return 0
    hub_api = f"127.0.0.1:{ports(settings)['hub']}/"
    orphans = []
    for p in psutil.process_iter(["pid"]):
        try:
            env = p.environ()
        except psutil.Error:
            continue
        if env.get("JUPYTERHUB_SERVICE_NAME") and hub_api in env.get("JUPYTERHUB_API_URL", ""):
            orphans.append(p)
    for p in orphans:
        _end_pid(p.pid, 10)
    return len(orphans)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def _end_pid(pid: int, timeout: float) -> None:
    """SIGTERM ``pid``, SIGKILL after ``timeout`` s (not our child: polled)."""
    import psutil

    try:
        proc = psutil.Process(pid)
        proc.terminate()
        proc.wait(timeout)
    except psutil.TimeoutExpired:
        try:
            proc.kill()
            proc.wait(5)
        except psutil.Error:
            pass
    except psutil.Error:
        pass


def _end_hub(proc: subprocess.Popen, timeout: float) -> None:
    """SIGTERM the hub (it stops its services), SIGKILL its process group if it lingers."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the services and anything else left in the hub's session
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        pass


def remove_district_cgroup(settings: dict[str, Any]) -> None:
    """Remove the district's memory cgroup and its (empty) per-learner groups, once nothing runs in them."""
    from academy.hub.config import cgroup_parent

    group = CGROUP_V1_MEMORY / cgroup_parent(settings)
    if group.exists():
        for child in group.iterdir():
            if child.is_dir():
                child.rmdir()
        group.rmdir()


def settings_for(district_id: str, districts: Path | None = None) -> dict[str, Any]:
    return district.load(district_id, path=(districts / f"{district_id}.toml") if districts else None)
