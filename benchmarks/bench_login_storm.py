"""The 09:00 storm: N learners log in at once through the real hub and proxy and run a cell.

For each scenario, every learner (one thread each, released together) logs in through the login
form, gets their server started, opens JupyterLab, starts a kernel and executes ``1 + 1``.
Printed per scenario: successes, p50 / p95 / max login-to-first-result, and the hub's CPU
(hub process + proxy) during the storm.

* ``stock``: the same accounts, JupyterHub's stock spawn settings (``http_timeout`` 30 s,
  ``start_timeout`` 60 s, ``concurrent_spawn_limit`` 100) and a stock single-user server
  (every extension, no district Jupyter config), nothing started ahead.
* ``cold``: the district's settings (lighter learner server, warm kernel starts, our timeouts)
  with every server exec'd (``[storm] fork_servers = false``), nothing started ahead -- the
  scheduler was off, or everybody came early.
* ``ours``: the district's settings plus the paced pre-start from the class schedule (played
  here as the scheduler does at 08:50, and timed separately): what a district runs.
* ``fork``: the district's default settings, ``[storm] fork_servers = true``: every server a fork
  of one pre-imported parent and its warm-kernel zygote a fork of another
  (academy/kernels/server_fork.py), nothing started ahead.

Also printed per scenario: each learner's server process's CPU-seconds and memory (RSS, and
USS: the pages only it holds -- a fork shares the parent's untouched pages) at the end of the
storm; for ``fork`` also the parent's own CPU-seconds (its imports, paid once). The machine's
load average is printed with each scenario: compare ratios within one run.

Run as root (it creates N throw-away Unix accounts ``sca-b<hex>-lNN`` and removes them):

    .venv/bin/python benchmarks/bench_login_storm.py --learners 30
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import requests

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from academy import district  # noqa: E402
from academy.hub import unix_accounts, launch, prestart_service, data_root, people  # noqa: E402
from tests.support.probe import Kernel  # noqa: E402

STOCK_OVERLAY = """\
# The stock-configuration baseline: the district's accounts, JupyterHub's stock spawn settings.
c = get_config()  # noqa: F821
load_subconfig({config!r})  # noqa: F821
c.JupyterHub.concurrent_spawn_limit = 100
c.Spawner.http_timeout = 30
c.Spawner.start_timeout = 60
c.AcademySpawner.config_path_by_group = {{}}
c.AcademySpawner.fork_servers = False
c.Spawner.environment = {{k: v for k, v in c.Spawner.environment.items()
                         if k not in ("JUPYTER_PATH", "ACADEMY_KERNEL_MEMORY_MB")}}
c.JupyterHub.services = [s for s in c.JupyterHub.services if s["name"] != "academy-scheduler"]
c.JupyterHub.load_roles = [r for r in c.JupyterHub.load_roles if r["name"] != "academy-scheduler"]
"""


EXEC_OVERLAY = """\
# The district's settings with every server exec'd (no fork start).
c = get_config()  # noqa: F821
load_subconfig({config!r})  # noqa: F821
c.AcademySpawner.fork_servers = False
"""


FORK_OVERLAY = """\
# The district's settings with fork-started servers (academy/kernels/server_fork.py).
c = get_config()  # noqa: F821
load_subconfig({config!r})  # noqa: F821
c.AcademySpawner.fork_servers = True
"""


def server_footprint(settings, names) -> dict:
    """CPU-seconds and memory of each learner's server process (not its kernels), and of the
    fork parents that forked them (the server parent, and the kernel parent of their zygotes)."""
    import pwd

    uids = {}
    for name in names:
        try:
            uids[pwd.getpwnam(settings["accounts"]["unix_prefix"] + name).pw_uid] = name
        except KeyError:
            pass
    cpu, rss, uss, parents, zygotes = [], [], [], {}, []
    for proc in psutil.process_iter(["uids", "cmdline", "ppid"]):
        try:
            if not proc.info["uids"] or proc.info["uids"].real not in uids:
                continue
            if "academy.kernels.zygote" in " ".join(proc.info["cmdline"] or []):
                parent = psutil.Process(proc.info["ppid"])
                if "academy.kernels.zygote" in " ".join(parent.cmdline()):
                    continue  # a kernel the zygote forked (it shows the zygote's command line)
                times = proc.cpu_times()
                zygotes.append(times.user + times.system)  # the server's warm kernel zygote
                if "academy.kernels.server_fork" in " ".join(parent.cmdline()):  # the kernel parent
                    t = parent.cpu_times()
                    parents[parent.pid] = (t.user + t.system, parent.memory_info().rss / 2**20)
                continue
            if "jupyterhub.singleuser" not in " ".join(proc.info["cmdline"] or []):
                continue
            times, memory = proc.cpu_times(), proc.memory_full_info()
            cpu.append(times.user + times.system)
            rss.append(memory.rss / 2**20)
            uss.append(memory.uss / 2**20)
            parent = psutil.Process(proc.info["ppid"])
            if "academy.kernels.server_fork" in " ".join(parent.cmdline()):
                t = parent.cpu_times()
                parents[parent.pid] = (t.user + t.system, parent.memory_info().rss / 2**20)
        except psutil.Error:
            continue
    mean = (lambda xs: sum(xs) / len(xs) if xs else float("nan"))
    return {"servers": len(cpu), "cpu_s": mean(cpu), "rss_mb": mean(rss), "uss_mb": mean(uss),
            "zygote_cpu_s": mean(zygotes),
            "parent_cpu_s": sum(c for c, _ in parents.values()), "parent_rss_mb": sum(m for _, m in parents.values())}


PHASES = ("login", "server", "lab page", "kernel start", "first cell")


def one_learner(base_url: str, name: str, password: str, start: threading.Barrier, budget: float) -> dict:
    start.wait()
    t0 = time.monotonic()
    marks: dict[str, float] = {}

    def mark(phase: str) -> None:  # seconds since the previous mark
        marks[phase] = time.monotonic() - t0 - sum(marks.values())
    try:
        s = requests.Session()
        s.get(f"{base_url}hub/login", timeout=budget)
        r = s.post(f"{base_url}hub/login", data={"username": name, "password": password,
                                                  "_xsrf": s.cookies.get("_xsrf")},
                   allow_redirects=False, timeout=budget)
        if r.status_code != 302:
            return {"ok": False, "why": f"login {r.status_code}"}
        xsrf = {"X-XSRFToken": s.cookies.get("_xsrf", path="/hub/")}
        token = s.post(f"{base_url}hub/api/users/{name}/tokens", json={"expires_in": 3600}, headers=xsrf,
                       timeout=budget).json()["token"]
        mark("login")
        auth = {"Authorization": f"token {token}"}
        while time.monotonic() - t0 < budget:
            r = requests.post(f"{base_url}hub/api/users/{name}/server", headers=auth, timeout=budget)
            if r.status_code != 429:  # the hub's spawn limit says "later", as the spawn page retries
                break
            time.sleep(1 + secrets.randbelow(1000) / 1000)
        while time.monotonic() - t0 < budget:
            model = requests.get(f"{base_url}hub/api/users/{name}", headers=auth, timeout=budget).json()
            server = model["servers"].get("", {})
            if server.get("ready"):
                break
            if not server:
                return {"ok": False, "why": "server failed to start"}
            time.sleep(0.5)
        else:
            return {"ok": False, "why": "server not ready in budget"}
        mark("server")
        page = requests.get(f"{base_url}user/{name}/lab", headers=auth, timeout=budget)
        if page.status_code != 200:
            return {"ok": False, "why": f"lab page {page.status_code}"}
        mark("lab page")
        kernel = Kernel.start(base_url, name, token, timeout=budget)
        mark("kernel start")
        result = kernel.execute("1 + 1", timeout=budget)
        if result.get("result") != "2":
            return {"ok": False, "why": f"cell: {result}"}
        mark("first cell")
        return {"ok": True, "seconds": time.monotonic() - t0, "phases": marks}
    except Exception as error:  # one learner's failure is a data point, not the end of the run
        return {"ok": False, "why": repr(error)[:200]}


def hub_cpu_seconds(proc) -> float:
    total = 0.0
    try:
        hub = psutil.Process(proc.pid)
        for p in [hub, *[c for c in hub.children(recursive=True) if "configurable-http-proxy" in " ".join(
                c.cmdline()) or c.pid == hub.pid]]:
            t = p.cpu_times()
            total += t.user + t.system
    except psutil.Error:
        pass
    return total


def storm(base_url: str, passwords: dict[str, str], proc, budget: float) -> dict:
    barrier = threading.Barrier(len(passwords) + 1)
    results: dict[str, dict] = {}

    def run(name: str, password: str) -> None:
        results[name] = one_learner(base_url, name, password, barrier, budget)

    threads = [threading.Thread(target=run, args=item, daemon=True) for item in passwords.items()]
    for t in threads:
        t.start()
    cpu0, wall0 = hub_cpu_seconds(proc), time.monotonic()
    barrier.wait()
    for t in threads:
        t.join(budget + 60)
    wall, cpu = time.monotonic() - wall0, hub_cpu_seconds(proc) - cpu0
    times = sorted(r["seconds"] for r in results.values() if r.get("ok"))
    failures = [f"{n}: {r['why']}" for n, r in results.items() if not r.get("ok")]
    pct = (lambda q: times[min(len(times) - 1, int(round(q * (len(times) - 1))))] if times else float("nan"))
    phases = {}
    for phase in PHASES:  # where the time goes: each phase's median and p95 over the learners who got through
        values = sorted(r["phases"][phase] for r in results.values() if r.get("ok"))
        phases[phase] = (values[len(values) // 2], values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]) \
            if values else (float("nan"), float("nan"))
    return {"ok": len(times), "n": len(passwords), "p50": pct(0.5), "p95": pct(0.95), "phases": phases,
            "max": times[-1] if times else float("nan"), "hub_cpu_s": cpu, "wall_s": wall,
            "hub_cpu_pct": 100 * cpu / wall if wall else 0, "failures": failures}


def stop_all_servers(api: people.HubAPI, names) -> None:
    for name in names:
        api.request("DELETE", f"/users/{name}/server", ok=(202, 204, 400, 404))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--budget", type=float, default=180, help="seconds one learner may take at most")
    parser.add_argument("--scenario", default="all",
                        help="all, or a comma-separated list of: stock, cold, fork, ours")
    args = parser.parse_args(argv)
    if args.scenario != "all" and not set(args.scenario.split(",")) <= {"stock", "cold", "fork", "ours"}:
        parser.error(f"unknown scenario in {args.scenario!r}: choose from stock, cold, fork, ours")
    if os.geteuid() != 0:
        print("run as root: the benchmark creates throw-away Unix accounts", file=sys.stderr)
        return 2

    tag = secrets.token_hex(2)
    district_id = f"b{tag}"
    base = Path(tempfile.mkdtemp(prefix=f"sca-storm-{tag}-", dir="/tmp"))
    os.chmod(base, 0o755)
    (base / "home").mkdir(mode=0o755)
    (base / "districts").mkdir()
    port = launch.free_port_block()
    (base / "districts" / f"{district_id}.toml").write_text(f"""
[district]
id = "{district_id}"
name = "폭주 시험구"
[hub]
port = {port}
data_root = "{base / 'data'}"
[people]
instructors = ["teach"]
[accounts]
unix_prefix = "sca-{district_id}-"
home_root = "{base / 'home'}"
[limits]
max_learners = {args.learners + 5}
""", encoding="utf-8")
    os.environ["ACADEMY_DISTRICTS"] = str(base / "districts")
    settings = district.load(district_id)
    names = [f"l{i:02d}" for i in range(args.learners)]
    passwords = {n: f"storm-{tag}-{n}-pw" for n in names}
    overlay = base / "stock_config.py"
    overlay.write_text(STOCK_OVERLAY.format(config=str(launch.CONFIG)), encoding="utf-8")
    fork_overlay = base / "fork_config.py"
    fork_overlay.write_text(FORK_OVERLAY.format(config=str(launch.CONFIG)), encoding="utf-8")
    exec_overlay = base / "exec_config.py"
    exec_overlay.write_text(EXEC_OVERLAY.format(config=str(launch.CONFIG)), encoding="utf-8")
    report = {}
    proc = None
    try:
        data_root.prepare(settings, modules=[])
        print(f"district {district_id}: {args.learners} learners on port {port}; machine: {os.cpu_count()} cores",
              flush=True)
        proc = launch.start_hub(district_id, districts=base / "districts", timeout=180)
        api = people.HubAPI(settings)
        for name, password in passwords.items():
            people.add_user(settings, name, password=password, must_change=False, api=api)
        launch.stop_hub(proc)
        proc = None
        scenarios = ["stock", "cold", "fork", "ours"] if args.scenario == "all" else args.scenario.split(",")
        configs = {"stock": overlay, "cold": exec_overlay, "fork": fork_overlay}
        for scenario in scenarios:
            proc = launch.start_hub(district_id, districts=base / "districts", timeout=180,
                                    config=configs.get(scenario, launch.CONFIG))
            if scenario == "ours":
                request = api.call
                t0 = time.monotonic()
                ready = prestart_service.prestart(request, names, parallel=settings["storm"]["prestart_parallel"],
                                           timeout=900, log=lambda m: print(m, flush=True))
                print(f"ours: pre-start (08:50, paced {settings['storm']['prestart_parallel']} at a time): "
                      f"{len(ready)}/{len(names)} servers in {time.monotonic() - t0:.0f} s", flush=True)
            load = os.getloadavg()
            report[scenario] = storm(api.base.removesuffix("hub/api"), passwords, proc, args.budget)
            r = report[scenario]
            r.update(server_footprint(settings, names), load=load)
            print(f"{scenario}: {r['ok']}/{r['n']} succeeded, p50 {r['p50']:.1f} s, p95 {r['p95']:.1f} s, "
                  f"max {r['max']:.1f} s, hub CPU {r['hub_cpu_s']:.1f} s ({r['hub_cpu_pct']:.0f}% of one core "
                  f"over {r['wall_s']:.0f} s)", flush=True)
            print(f"  per server: {r['cpu_s']:.2f} CPU-s, RSS {r['rss_mb']:.0f} MB, USS {r['uss_mb']:.0f} MB "
                  f"({r['servers']} servers); its kernel zygote {r['zygote_cpu_s']:.2f} CPU-s; "
                  f"fork parents {r['parent_cpu_s']:.1f} CPU-s, {r['parent_rss_mb']:.0f} MB; "
                  f"load average at start {load[0]:.1f}", flush=True)
            print("  phases (p50 / p95 s): " + ", ".join(f"{k} {a:.1f} / {b:.1f}" for k, (a, b) in r["phases"].items()),
                  flush=True)
            for failure in r["failures"][:5]:
                print(f"  failed {failure}", flush=True)
            stop_all_servers(api, names)
            launch.stop_hub(proc)
            proc = None
    finally:
        if proc is not None:
            launch.stop_hub(proc)
        for name in [*names, "teach"]:
            unix_accounts.remove_unix_user(settings["accounts"]["unix_prefix"] + name)
        launch.remove_district_cgroup(settings)
        shutil.rmtree(base, ignore_errors=True)
    print("\nscenario  ok     p50     p95     max   hub CPU  server CPU-s  RSS MB  USS MB  load")
    for scenario, r in report.items():
        print(f"{scenario:8s} {r['ok']:2d}/{r['n']:<2d} {r['p50']:6.1f}s {r['p95']:6.1f}s {r['max']:6.1f}s "
              f"{r['hub_cpu_s']:6.1f}s {r['cpu_s']:12.2f} {r['rss_mb']:7.0f} {r['uss_mb']:7.0f} {r['load'][0]:5.1f}")
    if "stock" in report and "fork" in report:
        stock, fork = report["stock"], report["fork"]
        print(f"fork / stock: p95 {fork['p95'] / stock['p95']:.2f}, per-server CPU-s {fork['cpu_s'] / stock['cpu_s']:.2f} "
              f"(+ the parent's {fork['parent_cpu_s']:.1f} CPU-s once), USS {fork['uss_mb'] / stock['uss_mb']:.2f}")
    for scenario, limit, what in (("fork", 15, "cold, forked"), ("ours", 5, "pre-started")):
        r = report.get(scenario)
        if r:  # issue 18's goals
            met = r["ok"] == r["n"] and r["p95"] <= limit
            print(f"goal {what} ({scenario}): all succeed, p95 <= {limit} s: {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
