"""Memory per learner: an idle and a working learner on the district hub beside a stock server.

Through a real throw-away district (real hub, proxy, Unix accounts), for each setup:

* ``idle``: the learner's server just started (ours: with its warm-kernel zygote, waited for),
  no kernel;
* ``working``: the same learner after one kernel ran a pandas lesson's first cells (module 06:
  ``import pandas``, the academy helpers, ``read_csv`` of the bakery sample data, ``describe()``).

``ours`` is the district's learner server (lighter server config, warm kernels forked from a
zygote that preloaded numpy and pandas); ``stock`` is the same accounts on the same hub with
JupyterHub's stock single-user server (every installed extension, no district Jupyter config, no
zygote: ``bench_login_storm.STOCK_OVERLAY``), same run, same machine.

Memory of a learner = the sum over every process of that learner's Unix account (server, zygote,
kernels) of PSS (shared pages split between the processes sharing them, from
/proc/<pid>/smaps_rollup through psutil) and of USS (pages only that process has). PSS is what a
machine's RAM fills with; USS is what ending that learner would free. The hub's own share (hub,
proxy, services) is measured the same way and reserved once, with the operating system's.

Run as root from the repository root::

    .venv/bin/python benchmarks/bench_footprint.py [--learners 3] [--exec-servers]

``--learners N`` measures N learners per setup at once and divides: the pages they share (the
libraries' code) are split as on a full machine, where one learner alone carries all of them.
Ours runs the district's default, ``[storm] fork_servers = true`` (servers and their zygotes forked
from pre-imported parents, issue 18: the parents are counted with the hub); ``--exec-servers``
runs ours with ``fork_servers = false`` (each server exec'd, its zygote started by the server);
``--no-rtc`` runs ours with live co-editing off for learners (academy/hub/rtc.py: what RTC costs).
"""

from __future__ import annotations

import argparse
import os
import pwd
import shutil
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "benchmarks"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from academy.hub import launch, data_root  # noqa: E402
from tests.support.probe import Kernel  # noqa: E402
from bench_login_storm import STOCK_OVERLAY  # noqa: E402
from bench_load_fault import district_fully_up, fully_up  # noqa: E402

MB = 1024 * 1024
GOAL_IDLE_MB, GOAL_WORKING, MACHINE_GB = 120, 60, 24
OS_RESERVE_MB = 1024  # kernel, systemd, sshd, page cache floor on a headless Debian server (assumed)

# Module 06's first cells (curriculum/06-pandas/lesson.ipynb), what a learner runs first in class.
PANDAS_LESSON = """\
import pandas as pd
from academy import data_path
from academy.exercises.m06_pandas import lesson as q
sales = pd.read_csv(data_path("bakery/sales_cp949.csv"), encoding="cp949")
summary = sales.describe()
len(sales)"""


# Both setups wait longer for the hub's services than JupyterHub's 30 s: on a loaded machine the
# formgrader service is slower than that to answer and the hub exits (memory is not affected).
PATIENT_OVERLAY = """\
c = get_config()  # noqa: F821
load_subconfig({config!r})  # noqa: F821
for service in c.JupyterHub.services:
    service["timeout"] = 300
"""


def tree_memory(procs: list[psutil.Process]) -> dict:
    """PSS, USS and RSS summed over ``procs`` in MB, how many processes, and each one's share
    (``parts``: what it is, PSS, USS), largest first."""
    total = {"pss": 0.0, "uss": 0.0, "rss": 0.0, "processes": 0, "parts": []}
    for p in procs:
        try:
            info = p.memory_full_info()
            what = what_process(p.cmdline())
            parent = p.parent()
            if what == "zygote" and parent is not None and what_process(parent.cmdline()) == "zygote":
                what = "kernel (fork of the zygote)"
        except psutil.Error:
            continue
        total["pss"] += info.pss / MB
        total["uss"] += info.uss / MB
        total["rss"] += info.rss / MB
        total["processes"] += 1
        total["parts"].append((what, info.pss / MB, info.uss / MB))
    total["parts"].sort(key=lambda part: -part[1])
    return total


def what_process(cmdline: list[str]) -> str:
    """A short name for a learner's or the hub's process, from its command line."""
    text = " ".join(cmdline)
    for needle, name in (("--allow-root", "formgrader service"), ("jupyterhub.singleuser", "single-user server"),
                         ("--zygote", "kernel parent (forks zygotes)"), ("academy.kernels.server_fork", "server parent"),
                         ("academy.kernels.zygote", "zygote"),
                         ("ipykernel", "kernel"), ("academy.kernels.learner", "kernel"),
                         ("configurable-http-proxy", "proxy"), ("chp_academy", "proxy"),
                         ("jupyterhub -f", "hub"), ("academy.hub.prestart_service", "scheduler service"),
                         ("academy.weekly", "weekly service")):
        if needle in text:
            return name
    return (cmdline[-1] if cmdline else "?")[-40:]


def processes_of_uid(uid: int) -> list[psutil.Process]:
    return [p for p in psutil.process_iter(["uids"]) if p.info["uids"] and p.info["uids"].real == uid]


def settled(uid: int, *, timeout: float = 120, quiet: float = 3.0) -> dict[str, float]:
    """The account's memory once it stops changing (the zygote's imports done): same process
    count and PSS within 2 % over ``quiet`` seconds, bounded by ``timeout``."""
    deadline = time.monotonic() + timeout
    last = tree_memory(processes_of_uid(uid))
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = tree_memory(processes_of_uid(uid))
        if now["processes"] == last["processes"] and abs(now["pss"] - last["pss"]) <= 0.02 * max(last["pss"], 1):
            return now
        last = now
    return last


def hub_memory(hub) -> dict:
    """The hub and what runs in its session as the hub's user (services, proxy), learners' own
    processes (children of the hub too) left out; the proxy by its pid file if not among them."""
    prefix = hub.settings["accounts"]["unix_prefix"]
    procs: dict[int, psutil.Process] = {}
    try:
        root = psutil.Process(hub.proc.pid)
        for p in [root, *root.children(recursive=True)]:
            procs[p.pid] = p
    except psutil.Error:
        pass
    proxy_pid = data_root.paths(hub.settings)["hub"] / "jupyterhub-proxy.pid"
    try:
        proxy = psutil.Process(int(proxy_pid.read_text()))
        for p in [proxy, *proxy.children(recursive=True)]:
            procs[p.pid] = p
    except (OSError, ValueError, psutil.Error):
        pass
    mine = []
    for p in procs.values():
        try:
            if not p.username().startswith(prefix):
                mine.append(p)
        except psutil.Error:
            continue
    return tree_memory(mine)


def parts(memory: dict) -> str:
    return ", ".join(f"{what} {pss:.0f}/{uss:.0f}" for what, pss, uss in memory["parts"]) + " (PSS/USS MB)"


def measure(hub, names: list[str], label: str, log=print) -> dict[str, dict[str, float]]:
    """Idle and working memory of ``names`` (all started, then all working), per learner: the
    sums divided by how many. With several learners, pages they share (the libraries' code,
    kernels forked from one learner's zygote share that learner's pages only) are split between
    them as on a full machine; one learner alone carries every shared page it maps."""
    uids = [pwd.getpwnam(hub.unix(name)).pw_uid for name in names]
    for name in names:
        hub.start_server(name, timeout=300)
    idle = per_learner([settled(uid) for uid in uids])
    log(f"{label} idle: {idle['pss']:.0f} MB PSS, {idle['uss']:.0f} MB USS, {idle['rss']:.0f} MB RSS per learner "
        f"({len(names)} learners), {idle['processes']:.0f} processes each: " + parts(idle))
    for name in names:
        token = hub.login(name).headers["Authorization"].split()[1]
        kernel = Kernel.start(hub.base_url, name, token, timeout=300)
        result = kernel.execute(PANDAS_LESSON, timeout=300)
        if result["status"] != "ok":
            raise RuntimeError(f"{label}: the pandas lesson's cells failed: {result}")
        kernel.execute("len(sales)", timeout=60)
    working = per_learner([settled(uid) for uid in uids])
    log(f"{label} working: {working['pss']:.0f} MB PSS, {working['uss']:.0f} MB USS, {working['rss']:.0f} MB RSS "
        f"per learner, {working['processes']:.0f} processes each: " + parts(working))
    return {"idle": idle, "working": working}


def per_learner(memories: list[dict]) -> dict:
    """The mean of several learners' ``tree_memory`` (``parts``: the first learner's)."""
    n = len(memories)
    mean = {key: sum(m[key] for m in memories) / n for key in ("pss", "uss", "rss", "processes")}
    return {**mean, "parts": memories[0]["parts"]}


def stock_hub(hub, overlay: Path, tries: int = 3):
    """The district's hub started again with the stock overlay, fully up (tried ``tries`` times)."""
    log = data_root.paths(hub.settings)["hub"] / "jupyterhub.log"
    for _ in range(tries):
        offset = log.stat().st_size
        try:
            proc = launch.start_hub(hub.settings["district"]["id"], districts=hub.districts, timeout=180,
                                    config=overlay)
        except (RuntimeError, TimeoutError) as error:
            print(f"stock hub start failed: {str(error).splitlines()[0]}", flush=True)
            continue
        why = fully_up(proc, log, offset)
        if why is None:
            return proc
        print(f"stock hub start failed: {why}", flush=True)
        launch.stop_hub(proc)
    raise RuntimeError(f"the stock hub did not come up in {tries} tries")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--machine-gb", type=float, default=MACHINE_GB)
    parser.add_argument("--os-reserve-mb", type=float, default=OS_RESERVE_MB)
    parser.add_argument("--learners", type=int, default=1,
                        help="learners measured together per setup (shared pages split between them)")
    parser.add_argument("--exec-servers", action="store_true",
                        help="ours with [storm] fork_servers = false (every server exec'd, as stock JupyterHub does)")
    parser.add_argument("--no-rtc", action="store_true",
                        help="ours with live co-editing (academy/hub/rtc.py) off for learners: what it costs")
    args = parser.parse_args(argv)
    if args.no_rtc:  # before the district's Jupyter config is written (data_root.prepare, in this process)
        from academy.hub import rtc

        rtc.RTC_ROLES = ("instructor",)
    if os.geteuid() != 0:
        print("run as root: the benchmark creates throw-away Unix accounts", file=sys.stderr)
        return 2
    print(f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    figures: dict[str, dict] = {}
    configs = Path(tempfile.mkdtemp(prefix="sca-footprint-", dir="/tmp"))
    os.chmod(configs, 0o755)
    ours, stock = configs / "ours_config.py", configs / "stock_config.py"
    ours.write_text(PATIENT_OVERLAY.format(config=str(launch.CONFIG)), encoding="utf-8")
    (configs / "stock_base.py").write_text(STOCK_OVERLAY.format(config=str(launch.CONFIG)), encoding="utf-8")
    stock.write_text(PATIENT_OVERLAY.format(config=str(configs / "stock_base.py")), encoding="utf-8")
    try:
        ours_names = [f"ours{i}" for i in range(args.learners)]
        stock_names = [f"stock{i}" for i in range(args.learners)]
        with district_fully_up({"storm": {"fork_servers": False}} if args.exec_servers else None,
                               people=(("teach", "instructor"), *((n, "learner") for n in ours_names + stock_names)),
                               log_name="bench-footprint-jupyterhub.log", config=ours) as hub:
            try:
                figures["ours"] = measure(hub, ours_names, "ours" + (" (exec'd servers)" if args.exec_servers else "")
                                          + (" (no RTC)" if args.no_rtc else ""))
                figures["hub"] = hub_memory(hub)
                launch.stop_hub(hub.proc)
                hub.proc = stock_hub(hub, stock)
                figures["stock"] = measure(hub, stock_names, "stock")
            finally:
                launch.stop_hub(hub.proc)  # the stock hub (the district stops the first one)
    finally:
        shutil.rmtree(configs, ignore_errors=True)

    print(f"\nper learner (MB), {args.learners} learner(s) each"
          + (", ours with exec'd servers" if args.exec_servers else ""))
    print(f"                     {'PSS':>7s} {'USS':>7s} {'RSS':>7s} {'procs':>5s}")
    for setup_name in ("stock", "ours"):
        for state in ("idle", "working"):
            m = figures[setup_name][state]
            print(f"{setup_name:6s} {state:8s}     {m['pss']:7.0f} {m['uss']:7.0f} {m['rss']:7.0f} {m['processes']:5.0f}")
    for state in ("idle", "working"):
        ratio = figures["ours"][state]["pss"] / figures["stock"][state]["pss"]
        print(f"ours / stock, {state}: {ratio:.2f} (PSS)")
    hub_mb = figures["hub"]["pss"]
    budget = args.machine_gb * 1024 - args.os_reserve_mb - hub_mb
    print(f"\nhub + proxy + services: {hub_mb:.0f} MB PSS over {figures['hub']['processes']} processes: "
          + parts(figures["hub"]))
    print(f"{args.machine_gb:g} GB machine: {args.machine_gb * 1024:.0f} MB - OS {args.os_reserve_mb:.0f} MB "
          f"- hub {hub_mb:.0f} MB = {budget:.0f} MB for learners")
    for setup_name in ("stock", "ours"):
        working = figures[setup_name]["working"]["pss"]
        print(f"{setup_name}: {budget:.0f} MB / {working:.0f} MB per working learner = "
              f"{int(budget // working)} working learners")
    idle = figures["ours"]["idle"]["pss"]
    fits = int(budget // figures["ours"]["working"]["pss"])
    print(f"goal: idle <= {GOAL_IDLE_MB} MB ({idle:.0f}: {'met' if idle <= GOAL_IDLE_MB else 'NOT met'}), "
          f">= {GOAL_WORKING} working learners ({fits}: {'met' if fits >= GOAL_WORKING else 'NOT met'})")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
