"""Load and faults: N learners work through the real hub while it is restarted, a server is
killed and grading runs; afterwards every saved notebook and every submission is checked.

Each learner (one thread) logs in once through the login form and keeps one browser-like "tab"
(the hub's and the server's cookies, the XSRF header, one open kernel websocket) for the whole
run. Round after round it executes a cell that adds one to a counter in its kernel, saves a
notebook that grows by one cell per round through the contents API, and every few rounds edits
its exercise and submits it through nbgrader's Assignments API (the server runs as the learner's
Unix account, so the exchange sees that account). It fetched the module once at the start.
When something fails it does what a learner would: waits, presses "start my server" again
(through the hub API) if the server is gone, opens a new kernel if the old one died.

Faults, on a schedule over the run: the hub is restarted (SIGTERM, then started again as
``academy hub run`` / ``launch.start_hub`` does), one learner's server is killed (SIGKILL), and
the class is graded (``academy grade MODULE --collect``) while everybody keeps working.

Afterwards: each learner's notebook on disk and through the API holds what that learner last
saved successfully, every successful submission is in the exchange's inbound, the last one of
each learner is what grading collected, the kernels of learners whose server was not killed are
the same kernels with their state. Printed: a table of operations, failures a learner saw (by
kind), learner-visible downtime (longest and total per learner; "work" -- executing and saving --
apart from "submit", which used to need the hub itself and no longer does: academy/hub/exchange_auth.py),
and data lost (must be 0).

Run as root from the repository root (throw-away district ``t<hex>``, accounts ``sca-t<hex>-*``,
everything removed at the end)::

    .venv/bin/python benchmarks/bench_load_fault.py --learners 10 --minutes 3

``tests/academy/hub/test_load_fault.py`` runs the same driver (``run_load``) small.
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import re
import secrets
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import requests
import websocket

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO,):  # the hub tests' throw-away district and steps (tests.academy.hub)
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from academy.hub import launch, data_root  # noqa: E402
from tests.academy.hub.conftest import throwaway_district  # noqa: E402
from tests.academy.hub.helpers import MODULE, release  # noqa: E402
from tests.academy.hub.test_clean_stop import server_process  # noqa: E402
from tests.academy.hub.test_restart import browser  # noqa: E402

OP_TIMEOUT = 60  # seconds one learner operation may take before it counts as failed
RECOVER_TIMEOUT = 180  # seconds a learner keeps trying to get back to work after a failure


class Failure(Exception):
    """What the learner saw: ``kind`` is one of the table's failure kinds."""

    def __init__(self, kind: str, detail: str = ""):
        super().__init__(f"{kind}: {detail}"[:300])
        self.kind = kind


@dataclass
class Learner:
    """One learner's tab and what they did; the driver's only per-learner state."""

    hub: object
    name: str
    tab: requests.Session | None = None
    token: str = ""
    kernel_id: str = ""
    first_kernel_id: str = ""
    ws: websocket.WebSocket | None = None
    counter: int = 0  # the kernel's counter as the learner expects it
    saved: int = 0  # cells of the last notebook saved successfully
    attempted: int = 0  # cells of the last save tried (a save cut off may or may not have landed)
    submitted: list[str] = field(default_factory=list)  # markers of the successful submissions
    ops: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)
    down_since: dict[str, float] = field(default_factory=dict)  # "work" (execute, save) / "submit"
    downtimes: dict[str, list[float]] = field(default_factory=lambda: {"work": [], "submit": []})
    kernel_kept: bool | None = None  # same kernel, state kept, at the end
    errors: Counter = field(default_factory=Counter)  # (operation, failure) -> times

    @property
    def server(self) -> str:
        return f"{self.hub.base_url}user/{self.name}/"

    def xsrf(self) -> dict[str, str]:
        value = self.tab.cookies.get("_xsrf", path=f"/user/{self.name}/") or self.tab.cookies.get("_xsrf") or ""
        return {"X-XSRFToken": value}

    def call(self, method: str, path: str, **kwargs) -> requests.Response:
        """The tab calls its server (cookie + XSRF, as JupyterLab does); an error status is a failure."""
        try:
            r = self.tab.request(method, self.server + path, headers=self.xsrf(), timeout=OP_TIMEOUT,
                                 allow_redirects=False, **kwargs)
        except requests.RequestException as error:
            raise Failure("connection", repr(error)) from None
        if r.status_code >= 300:
            raise Failure(f"HTTP {r.status_code}", f"{method} {path}: {page_text(r.content)}")
        return r

    # -- what a learner does --------------------------------------------------------------------

    def open_kernel(self) -> None:
        self.kernel_id = self.call("POST", "api/kernels", json={"name": "python3"}).json()["id"]
        self.first_kernel_id = self.first_kernel_id or self.kernel_id
        self.ops["kernel start"] += 1
        self.counter = 0
        self.connect()
        self.execute("counter = 0", expect=None)
        self.execute(f"before_faults = {self.name!r}", expect=None)

    def connect(self) -> None:
        if self.ws is not None:
            self.ws.close()
            self.ws = None
        url = self.server.replace("http", "ws", 1) + f"api/kernels/{self.kernel_id}/channels"
        cookies = "; ".join(f"{c.name}={c.value}" for c in self.tab.cookies
                            if f"/user/{self.name}/".startswith(c.path) or c.path == "/")
        try:
            self.ws = websocket.create_connection(url, cookie=cookies, timeout=OP_TIMEOUT,
                                                  header=["Sec-Fetch-Mode: websocket"])  # as a browser sends it
        except websocket.WebSocketBadStatusException as error:
            raise Failure(f"HTTP {error.status_code}", "kernel websocket") from None
        except (OSError, websocket.WebSocketException) as error:
            raise Failure("websocket drop", repr(error)) from None

    def execute(self, code: str, expect: str | None, expr: str = "") -> str | None:
        """Run ``code`` on the open websocket; the text/plain of ``expr`` (checked against ``expect``)."""
        msg_id = uuid.uuid4().hex
        try:
            self.ws.send(json.dumps({
                "header": {"msg_id": msg_id, "username": self.name, "session": uuid.uuid4().hex,
                           "msg_type": "execute_request", "version": "5.3"},
                "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                "content": {"code": code, "silent": False, "store_history": True,
                            "user_expressions": {"v": expr} if expr else {}, "allow_stdin": False,
                            "stop_on_error": True}}))
            deadline = time.monotonic() + OP_TIMEOUT
            while time.monotonic() < deadline:
                msg = json.loads(self.ws.recv())
                content = msg.get("content", {})
                if msg.get("msg_type") == "status" and content.get("execution_state") in ("dead", "restarting"):
                    raise Failure("kernel dead", content["execution_state"])
                if msg.get("parent_header", {}).get("msg_id") != msg_id or msg.get("msg_type") != "execute_reply":
                    continue
                if content.get("status") != "ok":
                    raise Failure("cell error", content.get("evalue", ""))
                value = content.get("user_expressions", {}).get("v", {}).get("data", {}).get("text/plain")
                if expect is not None and value != expect:
                    raise Failure("kernel state lost", f"expected {expect}, got {value}")
                return value
        except (OSError, websocket.WebSocketException, ValueError) as error:
            raise Failure("websocket drop", repr(error)) from None
        raise Failure("timeout", f"no reply in {OP_TIMEOUT} s")

    def step_execute(self) -> None:
        value = self.execute("counter += 1", expect=None, expr="counter")
        if value != str(self.counter + 1):
            expected, self.counter = self.counter + 1, int(value) if (value or "").isdigit() else 0
            raise Failure("kernel state lost", f"counter {value}, expected {expected}")  # goes on from the kernel's
        self.counter += 1

    def step_save(self) -> None:
        cells = self.attempted = self.saved + 1
        content = {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                   "cells": [{"cell_type": "code", "id": f"c{i}", "metadata": {}, "outputs": [],
                              "execution_count": None, "source": f"step = {i}"} for i in range(1, cells + 1)]}
        self.call("PUT", f"api/contents/{self.notebook}", data=json.dumps(
            {"type": "notebook", "format": "json", "content": content}))
        self.saved = cells

    @property
    def notebook(self) -> str:
        return f"load-{self.name}.ipynb"

    def step_fetch(self) -> None:
        r = self.call("POST", "assignments/fetch", data={"course_id": self.hub.course, "assignment_id": MODULE})
        if not r.json().get("success"):
            raise Failure("nbgrader error", last_line(r.json().get("value", "")))

    def step_submit(self) -> None:
        marker = f"SUBMITTED_{self.name}_{len(self.submitted) + 1}_{secrets.token_hex(3)}"
        path = f"api/contents/{self.hub.course}/{MODULE}/exercise.ipynb"
        model = self.call("GET", path).json()
        for cell in model["content"]["cells"]:
            if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "answer":
                cell["source"] = f"def double(x):\n    return 2 * x  # {marker}"
        self.call("PUT", path, data=json.dumps({"type": "notebook", "format": "json", "content": model["content"]}))
        self.ops["save"] += 1
        r = self.call("POST", "assignments/submit", data={"course_id": self.hub.course, "assignment_id": MODULE})
        if not r.json().get("success"):
            raise Failure("nbgrader error", last_line(r.json().get("value", "")))
        self.submitted.append(marker)

    # -- getting back to work --------------------------------------------------------------------

    def recover(self, timeout: float = RECOVER_TIMEOUT) -> None:
        """Back to a working tab: the server answering (started again if gone), a live kernel.

        The tab first tries its own server, through the proxy, as JupyterLab does: it needs no
        hub while the server runs. Only a server that does not answer sends the learner to the
        hub (down while it restarts): the hub page that notices a dead server, then "start".
        """
        deadline = time.monotonic() + timeout
        hub_api = f"{self.hub.base_url}hub/api/users/{self.name}"
        auth = {"Authorization": f"token {self.token}"}
        while time.monotonic() < deadline:
            try:
                self.call("GET", "api/status")
                alive = bool(self.kernel_id) and self.tab.get(
                    self.server + f"api/kernels/{self.kernel_id}", timeout=OP_TIMEOUT).status_code == 200
                if not alive:
                    self.open_kernel()
                elif self.ws is None or not self.ws.connected:
                    self.connect()
                return
            except (Failure, requests.RequestException):
                pass
            try:
                model = requests.get(hub_api, headers=auth, timeout=10)
                server = model.json()["servers"].get("", {}) if model.status_code == 200 else None
            except (requests.RequestException, ValueError, KeyError):
                server = None
            if server == {}:  # gone: the learner presses "start" again
                r = requests.post(f"{hub_api}/server", headers=auth, timeout=30)
                self.ops["relaunch"] += 1 if r.status_code in (201, 202) else 0
            elif server and server.get("ready"):
                try:  # the page a learner reloads: the hub looks at a server it still believes runs
                    self.tab.get(self.server + "lab", timeout=30)
                except requests.RequestException:
                    pass
            time.sleep(0.5)
        raise Failure("gave up", f"not back to work in {timeout:.0f} s")

    def attempt(self, kind: str, step) -> bool:
        """One operation; on failure the learner sees it, then gets back to work. True if it worked.

        Learner-visible downtime runs from the start of the first operation that failed to the end
        of the next one of the same sort that worked: "work" (execute, save) and "submit" apart
        (a learner who cannot submit for a while can still work)."""
        t0, sort = time.monotonic(), "submit" if kind == "submit" else "work"
        try:
            step()
        except Failure as failure:
            self.failures[failure.kind] += 1
            self.errors[(kind, str(failure))] += 1
            self.down_since.setdefault(sort, t0)
            if failure.kind != "nbgrader error":  # the server or kernel failed: no work either
                self.down_since.setdefault("work", t0)
            try:
                self.recover()
            except Failure as failure:
                self.failures[failure.kind] += 1
            return False
        self.ops[kind] += 1
        if sort in self.down_since:
            self.downtimes[sort].append(time.monotonic() - self.down_since.pop(sort))
        return True


def page_text(body: bytes) -> str:
    """What an error response says, short: an HTML page's title, else the start of the body."""
    text = body.decode("utf-8", errors="replace")
    title = re.search(r"<title>(.*?)</title>", text, re.S | re.I)
    return " ".join((title.group(1) if title else text).split())[:200]


def last_line(text) -> str:
    """The last non-empty line of a traceback nbgrader's Assignments API hands back."""
    lines = [line for line in str(text).splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


def start_learner(hub, name: str, results: dict) -> None:
    """Log in (once, through the form), start the server, open the tab, fetch, open a kernel."""
    try:
        hub.start_server(name, timeout=300)
        learner = Learner(hub, name, tab=browser(hub, name), token=hub.login(name).headers["Authorization"].split()[1])
        learner.open_kernel()
        learner.step_fetch()
        learner.ops["fetch"] += 1
    except Exception as error:  # noqa: BLE001 -- said in run_load's error, not lost in a thread
        results.setdefault("_errors", {})[name] = f"{type(error).__name__}: {error}"[:500]
        return
    results[name] = learner


def work(learner: Learner, submit_every: int, stop: threading.Event, limit: float) -> None:
    round_ = 0
    while time.monotonic() < limit and not stop.is_set():
        round_ += 1
        learner.attempt("execute", learner.step_execute)
        learner.attempt("save", learner.step_save)
        if round_ % submit_every == 0:
            learner.attempt("submit", learner.step_submit)
        time.sleep(0.2)


@dataclass
class Faults:
    """When (seconds into the run) each fault is injected; None: not at all."""

    hub_restart: float | None = None
    server_kill: float | None = None
    grading: float | None = None


def restart_hub(hub, *, attempts: int = 5) -> tuple[float, list[str]]:
    """SIGTERM the hub, start it again as ``academy hub run`` does, and, as the supervisor
    (scripts/supervise-hub.sh, systemd) does, again if it dies before it is fully up (services
    included). Seconds until the hub was fully up again, and why any start died."""
    t0 = time.monotonic()
    hub.proc.send_signal(signal.SIGTERM)
    hub.proc.wait(120)
    curriculum = os.environ.get("ACADEMY_CURRICULUM")
    os.environ["ACADEMY_CURRICULUM"] = str(hub.districts.parent / "curriculum")  # the district's, as at start
    deaths: list[str] = []
    try:
        for _ in range(attempts):
            log = data_root.paths(hub.settings)["hub"] / "jupyterhub.log"
            offset = log.stat().st_size if log.exists() else 0
            try:
                hub.proc = launch.start_hub(hub.settings["district"]["id"], districts=hub.districts, timeout=180)
            except (RuntimeError, TimeoutError) as error:
                deaths.append(str(error).splitlines()[0])
                continue
            why = fully_up(hub.proc, log, offset)
            if why is None:
                return time.monotonic() - t0, deaths
            deaths.append(why)
            if hub.proc.poll() is None:  # stuck, not dead: the hub alone, never the learners' servers
                hub.proc.terminate()
                hub.proc.wait(120)
    finally:
        if curriculum is None:
            os.environ.pop("ACADEMY_CURRICULUM", None)
        else:
            os.environ["ACADEMY_CURRICULUM"] = curriculum
    raise RuntimeError(f"the hub did not come back in {attempts} starts: {deaths}")


def fully_up(proc: subprocess.Popen, log: Path, offset: int, timeout: float = 300) -> str | None:
    """Wait until this start of the hub logs "is now running" (its services answered); None,
    or the hub's last critical line if it exited first (e.g. a service too slow to answer)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with open(log, "rb") as f:
            f.seek(offset)
            text = f.read().decode(errors="replace")
        if "JupyterHub is now running" in text:
            return None
        if proc.poll() is not None:
            critical = [line for line in text.splitlines() if line.startswith("[C ")]
            return f"hub exited {proc.returncode} while starting: {critical[-1] if critical else '?'}"
        time.sleep(0.5)
    return f"hub not fully up in {timeout:.0f} s"


@contextmanager
def district_fully_up(*args, tries: int = 3, **kwargs) -> Iterator:
    """``throwaway_district`` whose hub is fully up (services answered), tried ``tries`` times:
    on a loaded machine a service can be too slow for the hub, which then exits."""
    for attempt in range(1, tries + 1):
        context = throwaway_district(*args, **kwargs)
        try:
            hub = context.__enter__()
        except RuntimeError as error:
            context.__exit__(None, None, None)
            print(f"district start {attempt} failed: {str(error).splitlines()[0]}", flush=True)
            continue
        why = fully_up(hub.proc, data_root.paths(hub.settings)["hub"] / "jupyterhub.log", 0)
        if why is not None:
            context.__exit__(None, None, None)
            print(f"district start {attempt} failed: {why}", flush=True)
            continue
        try:
            yield hub
        except BaseException:
            if not context.__exit__(*sys.exc_info()):
                raise
        else:
            context.__exit__(None, None, None)
        return
    raise RuntimeError(f"no district hub came fully up in {tries} tries")


def grade(hub) -> subprocess.CompletedProcess:
    """``academy grade MODULE --collect`` on the district's course, as an instructor runs it."""
    env = dict(os.environ, ACADEMY_CURRICULUM=str(hub.districts.parent / "curriculum"))
    return subprocess.run([sys.executable, "-m", "academy.admin.cli", "grade", MODULE, "--root",
                           str(data_root.paths(hub.settings)["course"]), "--collect", "--workers", "2"],
                          capture_output=True, text=True, timeout=900, env=env, cwd=REPO)


def run_load(hub, names: list[str], *, seconds: float, faults: Faults, submit_every: int = 3,
             victim: str | None = None, tail: float = 10, log=print) -> dict:
    """Drive ``names`` on ``hub`` for ``seconds`` with ``faults``; check everything; the figures.

    Faults are injected one after the other (a hub restart takes what it takes); the learners
    work on for at least ``tail`` seconds after the last one. ``victim`` is the learner whose
    server is killed (default: the last one).
    """
    release(hub)
    t0 = time.monotonic()
    started: dict[str, Learner] = {}
    openers = [threading.Thread(target=start_learner, args=(hub, name, started), daemon=True) for name in names]
    for opener in openers:  # everybody logs in at the start of class
        opener.start()
    for opener in openers:
        opener.join(600)
    errors = started.pop("_errors", {})
    if len(started) != len(names):
        raise RuntimeError(f"only {sorted(started)} of {names} got a server, a kernel and the module: {errors}")
    learners = [started[name] for name in names]
    log(f"{len(names)} learners logged in with a server, a kernel and the module in {time.monotonic() - t0:.0f} s")
    victim = victim or names[-1]
    injected: list[str] = []
    stop = threading.Event()
    limit = time.monotonic() + seconds + 1800  # a hard bound whatever the faults take
    threads = [threading.Thread(target=work, args=(one, submit_every, stop, limit), daemon=True) for one in learners]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    grader: dict = {}
    grading_thread = None
    schedule = sorted((at, kind) for kind, at in vars(faults).items() if at is not None)
    try:
        for at, kind in schedule:
            time.sleep(max(0.0, start + at - time.monotonic()))
            at = time.monotonic() - start  # later than planned when a fault before it took long
            if kind == "hub_restart":
                down, deaths = restart_hub(hub)
                injected.append(f"hub restart at {at:.0f} s (hub back, services up, after {down:.1f} s"
                                + (f"; {len(deaths)} start(s) died, restarted as the supervisor does: "
                                   f"{deaths[0]}" if deaths else "") + ")")
            elif kind == "server_kill":
                pid = server_process(hub, victim).pid
                os.kill(pid, signal.SIGKILL)
                injected.append(f"server of {victim} killed at {at:.0f} s")
            elif kind == "grading":
                def run_grading() -> None:
                    g0 = time.monotonic()
                    grader["result"] = grade(hub)
                    grader["seconds"] = time.monotonic() - g0
                grading_thread = threading.Thread(target=run_grading, daemon=True)
                grading_thread.start()
                injected.append(f"academy grade --collect started at {at:.0f} s")
            log(f"fault: {injected[-1]}")
        time.sleep(max(start + seconds - time.monotonic(), tail))
    finally:
        stop.set()
        for thread in threads:
            thread.join(RECOVER_TIMEOUT + 3 * OP_TIMEOUT)
        if grading_thread is not None:
            grading_thread.join(900)
    if grader:
        result = grader["result"]
        log(f"grading during the load: exit {result.returncode} in {grader['seconds']:.0f} s")
        if result.returncode != 0:
            log(result.stdout[-2000:] + result.stderr[-2000:])
    return check(hub, learners, injected, victim, grading=faults.grading is not None, log=log)


def check(hub, learners: list[Learner], injected: list[str], victim: str, *, grading: bool, log=print) -> dict:
    """Everything saved and submitted is there; kernels and tabs kept. The figures."""
    lost: list[str] = []
    tabs_ok = {}
    for one in learners:
        try:
            one.recover(120)  # a learner still getting back (e.g. the victim) finishes that first
        except Failure as failure:
            lost.append(f"{one.name}: could not check ({failure})")
            continue
        for sort, since in one.down_since.items():  # down when the class ended: until back now
            one.downtimes[sort].append(time.monotonic() - since)
        one.down_since.clear()
        home = Path(pwd.getpwnam(hub.unix(one.name)).pw_dir)
        on_disk = json.loads((home / one.notebook).read_text(encoding="utf-8")) if one.saved else {"cells": []}
        through_api = one.call("GET", f"api/contents/{one.notebook}").json()["content"] if one.saved else {"cells": []}
        for where, notebook in (("disk", on_disk), ("API", through_api)):
            cells = ["".join(c["source"]) for c in notebook["cells"]]  # a list of lines on disk
            expected = [f"step = {i}" for i in range(1, len(cells) + 1)]
            if cells != expected or len(cells) not in (one.saved, one.attempted):
                lost.append(f"{one.name}: notebook on {where} has {len(cells)} cells, last saved {one.saved}")
        if one.first_kernel_id == one.kernel_id and one.ws is not None:
            try:
                one.kernel_kept = one.execute("pass", expect=repr(one.name), expr="before_faults") is not None
            except Failure:
                one.kernel_kept = False
        else:
            one.kernel_kept = False
        hub_cookie = one.tab.get(f"{hub.base_url}hub/api/user", timeout=30,
                                 headers={"X-XSRFToken": one.tab.cookies.get("_xsrf", path="/hub/") or ""})
        try:
            tabs_ok[one.name] = (one.call("GET", "api/contents").status_code == 200 and hub_cookie.status_code == 200
                                 and hub_cookie.json().get("name") == one.name)
        except Failure:
            tabs_ok[one.name] = False
        if one.ws is not None:
            one.ws.close()

    inbound = data_root.paths(hub.settings)["exchange"] / hub.course / "inbound"
    texts = [(entry.name, (entry / "exercise.ipynb").read_text(encoding="utf-8"))
             for entry in inbound.iterdir() if (entry / "exercise.ipynb").exists()]
    for one in learners:
        for marker in one.submitted:
            if not any(entry.startswith(f"{one.name}+") and marker in text for entry, text in texts):
                lost.append(f"{one.name}: submission {marker} not in the exchange")
    collected_checked = 0
    if grading:  # the last word of every learner is what grading collects (after the load, as class ends)
        result = grade(hub)
        if result.returncode != 0:
            lost.append(f"final academy grade failed: {result.stdout[-500:]} {result.stderr[-500:]}")
        course = data_root.paths(hub.settings)["course"]
        for one in learners:
            if not one.submitted:
                continue
            collected = course / "submitted" / one.name / MODULE / "exercise.ipynb"
            if not collected.exists() or one.submitted[-1] not in collected.read_text(encoding="utf-8"):
                lost.append(f"{one.name}: last submission {one.submitted[-1]} not collected")
            collected_checked += 1
    return {"learners": learners, "injected": injected, "lost": lost, "tabs_ok": tabs_ok, "victim": victim,
            "submissions": sum(len(one.submitted) for one in learners), "collected_checked": collected_checked}


def table(report: dict) -> str:
    learners = report["learners"]
    ops, failures, errors = Counter(), Counter(), Counter()
    for one in learners:
        ops.update(one.ops)
        failures.update(one.failures)
        errors.update({(kind, re.sub(r"\d+\.\d+\.\d+\.\d+|\d{4,}", "N", text.replace(one.name, "<learner>"))): n
                       for (kind, text), n in one.errors.items()})
    lines = [f"learners: {len(learners)}",
             "operations: " + ", ".join(f"{k} {v}" for k, v in sorted(ops.items())),
             "faults injected: " + ("; ".join(report["injected"]) or "none"),
             "failures a learner saw: " + (", ".join(f"{k} {v}" for k, v in sorted(failures.items())) or "none"),
             "",
             f"{'learner':8s} {'ops':>5s} {'failed':>6s} {'work down':>17s} {'submit down':>17s} {'kernel':>6s} "
             f"{'tab':>5s}",
             f"{'':8s} {'':5s} {'':6s} {'longest':>8s} {'total':>8s} {'longest':>8s} {'total':>8s} {'kept':>6s} "
             f"{'ok':>5s}"]
    for one in learners:
        work, submit = one.downtimes["work"] or [0.0], one.downtimes["submit"] or [0.0]
        lines.append(f"{one.name:8s} {sum(one.ops.values()):5d} {sum(one.failures.values()):6d} "
                     f"{max(work):7.1f}s {sum(work):7.1f}s {max(submit):7.1f}s {sum(submit):7.1f}s "
                     f"{str(one.kernel_kept):>6s} {str(report['tabs_ok'].get(one.name)):>5s}"
                     + ("  (server killed)" if one.name == report["victim"] else ""))
    lines += ["", f"submissions checked in the exchange: {report['submissions']}, last ones collected: "
                  f"{report['collected_checked']}",
              f"data lost: {len(report['lost'])}"]
    lines += [f"  {item}" for item in report["lost"]]
    if errors:
        lines.append("what learners saw (most frequent first):")
        lines += [f"  {n:4d} x {kind}: {text[:160]}" for (kind, text), n in errors.most_common(8)]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=10)
    parser.add_argument("--minutes", type=float, default=3)
    parser.add_argument("--submit-every", type=int, default=3, help="rounds between two submissions")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        print("run as root: the benchmark creates throw-away Unix accounts", file=sys.stderr)
        return 2
    if not 1 <= args.learners <= 60 or not 0.25 <= args.minutes <= 30:
        print("--learners 1..60 and --minutes 0.25..30", file=sys.stderr)
        return 2
    names = [f"l{i:02d}" for i in range(args.learners)]
    seconds = args.minutes * 60
    faults = Faults(hub_restart=0.25 * seconds, server_kill=0.5 * seconds, grading=0.6 * seconds)
    print(f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {args.learners} learners for "
          f"{args.minutes:g} min", flush=True)
    with district_fully_up({"limits": {"max_learners": args.learners + 5}},
                           people=(("teach", "instructor"), *((n, "learner") for n in names)),
                           log_name="bench-load-fault-jupyterhub.log") as hub:
        try:
            report = run_load(hub, names, seconds=seconds, faults=faults, submit_every=args.submit_every,
                              log=lambda m: print(m, flush=True))
        finally:
            launch.stop_hub(hub.proc)  # the restarted hub (the district stops the first one)
    print()
    print(table(report))
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 1 if report["lost"] else 0


if __name__ == "__main__":
    sys.exit(main())
