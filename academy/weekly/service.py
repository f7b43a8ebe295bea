"""The hub service ``academy-weekly``: every learner's weekly report, with their server stopped.

Started by the hub like ``academy-scheduler`` (``python -m academy.weekly.service``, its own API
token, a role that may only read the course group). Every ``tick`` it

* lists the course's learners (hub group ``nbgrader-<course>``) and, for each, reads
  ``~/.academy/weekly.json`` as untrusted input (:mod:`academy.weekly.subscription`: no symlinks,
  regular file owned by the learner, at most 16 KiB, exact keys; a refusal is recorded in Korean);
* when ``[weekly] day``/``time`` (district time zone) has passed since the learner's last report
  (:mod:`academy.weekly.timing`), starts :mod:`academy.weekly.job` **as the learner's Unix user**
  (own uid/gid/groups, own home, the same memory limit as their server: the district's memory
  cgroup ``academy-<district>/<account>`` where the machine has one, else ``RLIMIT_DATA``),
  at most ``parallel`` jobs at once, never two of one learner (a ``flock`` on a per-learner lock
  file that the job holds until it ends, so not even a second service process could), each
  stopped after ``timeout_minutes`` (its whole process group) and recorded as failed;
* records every run (start, end, outcome, Korean error) in its state file
  ``<data_root>/hub/weekly/state.json`` (root only; also holds each learner's last report date,
  so a restart mid-week never runs a week twice) and in the learner-readable copy
  ``<data_root>/weekly/<account>.json`` (root-owned, 0640, the learner's own group).

Why not jupyter-scheduler: its jobs run inside the learner's Jupyter server, so they run only
while that server is up -- and the idle culler (``academy-scheduler``) stops idle servers, which
is exactly the state a learner's server is in at 07:00 on a Monday. Starting every server to run
a report would also defeat the culler and the ``max_learners`` limit. A hub service owns the
schedule instead and runs each report as a short batch process of the learner's own account.

Tests inject the clock: ``ACADEMY_WEEKLY_CLOCK`` names a file holding an ISO time used as "now"
(only a test's hub config sets it); ``ACADEMY_WEEKLY_TICK`` shortens the pause between rounds.
"""

from __future__ import annotations

import fcntl
import json
import os
import pwd
import resource
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo

from academy.messages import say
from academy.layout import CGROUP_V1_MEMORY
from academy.weekly import timing
from academy.weekly.subscription import Refused, Subscription, parse, read_file

RUNS_KEPT = 20                 # records per learner
OUTPUT_LIMIT = 64 * 1024 ** 2  # largest file a job may write (its log, the HTML report)
SERVER_OVERHEAD_MB = 512       # as the spawner: the learner's server = memory_mb + 512 MB


def folders(settings: dict[str, Any]) -> dict[str, Path]:
    """Where the service keeps things: ``state`` (root only) and ``runs`` (learner-readable copies)."""
    from academy.hub import data_root

    root = data_root.paths(settings)["root"]
    state = data_root.paths(settings)["hub"] / "weekly"
    return {"state": state, "locks": state / "locks", "logs": state / "logs", "runs": root / "weekly"}


def make_folders(settings: dict[str, Any]) -> dict[str, Path]:
    f = folders(settings)
    for name in ("state", "locks", "logs"):
        f[name].mkdir(parents=True, exist_ok=True)
        os.chmod(f[name], 0o700)
    f["runs"].mkdir(parents=True, exist_ok=True)
    os.chmod(f["runs"], 0o711)  # learners pass through to their own file; nobody lists
    return f


def write_json(path: Path, data: Any, *, mode: int = 0o600, gid: int = -1) -> None:
    """Atomically replace ``path`` (a sibling part file, then one rename)."""
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, mode)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            os.fchown(out.fileno(), -1, gid)
            os.fchmod(out.fileno(), mode)
            json.dump(data, out, ensure_ascii=False, indent=1)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, path)


class State:
    """``{"learners": {name: {"last": "YYYY-MM-DD", "runs": [...]}}}`` on disk, saved after each change."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            self.data = {"learners": {}}

    def learner(self, name: str) -> dict[str, Any]:
        return self.data["learners"].setdefault(name, {"last": None, "runs": []})

    def save(self) -> None:
        write_json(self.path, self.data)


def pace(due: list[str], running: set[str], parallel: int) -> list[str]:
    """Who starts now: due learners not already running, up to ``parallel`` jobs in all.

    >>> pace(["a", "b", "c", "d"], {"b"}, 3)
    ['a', 'c']
    """
    free = max(0, parallel - len(running))
    return [name for name in due if name not in running][:free]


def lock(path: Path) -> int | None:
    """An open, exclusively ``flock``-ed descriptor of ``path``, or None if someone holds it."""
    fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def memory_cgroup(settings: dict[str, Any], account: str, limit: int) -> Path | None:
    """The learner's memory cgroup (shared with their server, same limit), if the machine has one."""
    if not os.access(CGROUP_V1_MEMORY, os.W_OK):
        return None
    group = CGROUP_V1_MEMORY / f"academy-{settings['district']['id']}" / account
    try:
        group.mkdir(parents=True, exist_ok=True)
        (group / "memory.limit_in_bytes").write_text(str(limit))
    except OSError:
        return None
    return group


def as_learner(entry: pwd.struct_passwd, *, cgroup: Path | None, limit: int) -> Callable[[], None]:
    """preexec_fn: the memory limit of the learner's server, an output cap, then the learner's ids."""
    gids = os.getgrouplist(entry.pw_name, entry.pw_gid)

    def become() -> None:
        if cgroup is not None:
            (cgroup / "cgroup.procs").write_text(str(os.getpid()))
        else:
            resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
        resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_LIMIT, OUTPUT_LIMIT))
        os.setgid(entry.pw_gid)
        os.setgroups(gids)
        os.setuid(entry.pw_uid)

    return become


@dataclass
class Job:
    name: str
    account: str
    date: str
    proc: subprocess.Popen
    lock_fd: int
    log: Path
    deadline: float
    started: str
    timed_out: bool = False


@dataclass
class Service:
    """One district's weekly jobs. ``learners()`` lists hub user names; ``clock()`` is "now"."""

    settings: dict[str, Any]
    learners: Callable[[], list[str]]
    clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
    log: Callable[[str], None] = print
    running: dict[str, Job] = field(default_factory=dict)

    def __post_init__(self):
        self.dirs = make_folders(self.settings)
        self.state = State(self.dirs["state"] / "state.json")
        self.weekly = self.settings["weekly"]

    # -- what is due -------------------------------------------------------------------------
    def account(self, name: str) -> str:
        from academy.hub.unix_accounts import unix_name

        return unix_name(self.settings, name)

    def subscription(self, name: str) -> Subscription | Refused | None:
        try:
            entry = pwd.getpwnam(self.account(name))
        except KeyError:
            return None
        try:
            raw = read_file(entry.pw_dir, entry.pw_uid)
            return None if raw is None else parse(raw)
        except Refused as error:
            return error

    def due(self, now: datetime) -> list[tuple[str, Subscription | Refused]]:
        date = timing.report_date(timing.last_due(self.settings, now))
        found = []
        for name in sorted(self.learners()):
            if name in self.running or self.state.learner(name)["last"] == date:
                continue
            sub = self.subscription(name)
            if sub is None:
                continue
            since = sub.since if isinstance(sub, Subscription) else datetime.min.replace(tzinfo=timezone.utc)
            if timing.is_due(self.settings, now, since=since, last_done=self.state.learner(name)["last"]):
                found.append((name, sub))
        return found

    # -- one round ---------------------------------------------------------------------------
    def tick(self) -> list[str]:
        """Reap finished jobs, then start due ones (paced). Returns what happened, for logs/tests."""
        events = self.reap()
        now = self.clock()
        due = timing.last_due(self.settings, now)
        candidates = dict(self.due(now))
        for name in pace(list(candidates), set(self.running), self.weekly["parallel"]):
            sub = candidates[name]
            if isinstance(sub, Refused):
                self.record(name, timing.report_date(due), self.local_now(), "error",
                            say("weekly.bad_subscription", why=str(sub)))
                events.append(f"{name}: refused")
            elif self.start(name, sub, due):
                events.append(f"{name}: started")
        return events

    def local_now(self) -> str:
        return datetime.now(ZoneInfo(self.settings["schedule"]["timezone"])).strftime("%Y-%m-%d %H:%M:%S")

    def start(self, name: str, sub: Subscription, due: datetime) -> bool:
        account = self.account(name)
        fd = lock(self.dirs["locks"] / f"{account}.lock")
        if fd is None:  # a job of this learner is still running (e.g. left by an earlier service)
            return False
        entry = pwd.getpwnam(account)
        memory = (self.settings["limits"]["memory_mb"] + SERVER_OVERHEAD_MB) * 1024 ** 2
        start, end = timing.report_range(due)
        from academy.hub import data_root

        args = [str(data_root.runtime_python(self.settings)), "-I", "-m", "academy.weekly.job",
                "--notebook", sub.notebook, "--export", sub.export, "--date", timing.report_date(due),
                "--start", start, "--end", end, "--keep", str(sub.keep or self.weekly["keep"])]
        if sub.platform:
            args += ["--platform", sub.platform]
        env = {"HOME": entry.pw_dir, "USER": account, "LOGNAME": account, "SHELL": entry.pw_shell or "/bin/bash",
               "LANG": "ko_KR.UTF-8", "LC_ALL": "C.UTF-8", "TZ": self.settings["schedule"]["timezone"],
               "PATH": data_root.runtime_path(self.settings),
               "ACADEMY_KERNEL_MEMORY_MB": str(self.settings["limits"]["memory_mb"])}
        log = self.dirs["logs"] / f"{account}.log"
        with open(log, "wb") as out:
            os.chmod(log, 0o600)
            proc = subprocess.Popen(args, cwd=entry.pw_dir, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True, pass_fds=(fd,),
                                    preexec_fn=as_learner(entry, cgroup=memory_cgroup(self.settings, account, memory),
                                                          limit=memory))
        self.running[name] = Job(name, account, timing.report_date(due), proc, fd, log,
                                 time.monotonic() + 60 * self.weekly["timeout_minutes"], self.local_now())
        self.log(f"weekly: started the report of {name} for {timing.report_date(due)} (pid {proc.pid})")
        return True

    def reap(self) -> list[str]:
        events = []
        for name, job in list(self.running.items()):
            if job.proc.poll() is None and time.monotonic() > job.deadline:
                job.timed_out = True
                kill_group(job.proc)
            if job.proc.poll() is None:
                continue
            del self.running[name]
            os.close(job.lock_fd)
            outcome, error = self.result(job)
            self.record(name, job.date, job.started, outcome, error)
            events.append(f"{name}: {outcome}")
        return events

    def result(self, job: Job) -> tuple[str, str | None]:
        """The job's outcome; its stdout is the learner's (untrusted): only a known shape counts."""
        if job.timed_out:
            return "error", say("weekly.timeout", minutes=self.weekly["timeout_minutes"])
        code = job.proc.returncode
        if code == -signal.SIGKILL:  # the memory cgroup's OOM killer
            return "error", say("weekly.memory")
        try:
            with open(job.log, "rb") as f:
                f.seek(max(0, os.fstat(f.fileno()).st_size - 8192))
                last = f.read().decode("utf-8", errors="replace").strip().splitlines()[-1]
            result = json.loads(last)
            if code == 0 and result.get("outcome") == "ok":
                return "ok", None
            if code == 0 and result.get("outcome") == "error" and isinstance(result.get("error"), str):
                return "error", result["error"][:1000]
        except (OSError, IndexError, ValueError, AttributeError):
            pass
        if code and code < 0 and -code == signal.SIGSEGV:
            return "error", say("weekly.memory")
        return "error", say("weekly.crashed", code=code)

    def record(self, name: str, date: str, started: str, outcome: str, error: str | None) -> None:
        learner = self.state.learner(name)
        learner["last"] = date
        learner["runs"] = (learner["runs"] + [{"date": date, "start": started, "end": self.local_now(),
                                                "outcome": outcome, "error": error}])[-RUNS_KEPT:]
        self.state.save()
        try:
            gid = pwd.getpwnam(self.account(name)).pw_gid
        except KeyError:
            return
        write_json(self.dirs["runs"] / f"{self.account(name)}.json", {"runs": learner["runs"]}, mode=0o640, gid=gid)
        self.log(f"weekly: {name} {date}: {outcome}")

    def stop(self) -> None:
        """End every running job (the hub is stopping); their week stays due for the next start."""
        for job in self.running.values():
            kill_group(job.proc)
            os.close(job.lock_fd)
        self.running.clear()


def kill_group(proc: subprocess.Popen) -> None:
    """End a job: its process group and every descendant (the kernel has a session of its own)."""
    import psutil

    try:
        descendants = psutil.Process(proc.pid).children(recursive=True)
    except psutil.Error:
        descendants = []
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    for child in descendants:
        try:
            child.kill()
        except psutil.Error:
            pass
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        pass


def clock_from_env() -> Callable[[], datetime]:
    path = os.environ.get("ACADEMY_WEEKLY_CLOCK")
    if not path:
        return lambda: datetime.now(timezone.utc)
    return lambda: datetime.fromisoformat(Path(path).read_text(encoding="utf-8").strip())


def main() -> int:
    from academy import district
    from academy.hub import prestart_service
    from academy.hub.api import HubAPI

    settings = district.load()
    request = HubAPI.from_service_env().call
    course = settings["district"]["course_id"]
    service = Service(settings, learners=lambda: prestart_service.learners(request, course), clock=clock_from_env(),
                      log=lambda line: print(line, flush=True))
    pause = float(os.environ.get("ACADEMY_WEEKLY_TICK", "30"))
    print(f"weekly: up; reports due {settings['weekly']['day']} {settings['weekly']['time']} "
          f"({settings['schedule']['timezone']}), next {timing.next_due(settings, service.clock()):%Y-%m-%d %H:%M}",
          flush=True)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        while True:
            try:
                service.tick()
            except Exception as error:  # a bad round must not end the service
                print(f"weekly: {error!r}", file=sys.stderr, flush=True)
            time.sleep(pause)
    finally:
        service.stop()


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # the hub stops its services with a signal: a normal end
        sys.exit(0)
