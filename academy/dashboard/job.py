"""The dashboard's two buttons, run in the background: one job at a time, its progress in a file.

``python -m academy.dashboard.job grade|release`` (started by :class:`Jobs` in the service) runs,
for every module of the course, what ``academy grade <module> --collect`` runs
(:func:`academy.grading.engine.grade_module`: collect, sandboxed parallel autograde, feedback),
or releases every module's generated feedback (``nbgrader release_feedback``). It writes its
progress as JSON next to the report files (``status.json``: state, action, module, done, total,
percent, message), which the page polls.

>>> jobs = Jobs(settings, root, folder)  # doctest: +SKIP
>>> jobs.start("grade")                  # None, or why not (a job is already running)  # doctest: +SKIP
>>> jobs.status()["percent"]             # doctest: +SKIP
40
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from academy.messages import say

ACTIONS = ("grade", "release")
STATUS = "status.json"


def write_status(folder: Path, **status: Any) -> None:
    tmp = folder / (STATUS + ".tmp")
    tmp.write_text(json.dumps(status, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, folder / STATUS)


def read_status(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / STATUS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"state": "idle"}
    return data if isinstance(data, dict) else {"state": "idle"}


def course_modules(root: Path) -> list[str]:
    """Modules the course has released (``release/<id>``), in order."""
    release = Path(root) / "release"
    return sorted(p.name for p in release.iterdir() if p.is_dir()) if release.is_dir() else []


def run(action: str, root: Path, folder: Path) -> int:
    """The job itself (in its own process): every released module, progress after each learner.
    The district's late policy comes with the course's nbgrader config (academy/grading/late.py)."""
    from academy.admin.course import nbgrader
    from academy.grading.engine import grade_module

    modules = course_modules(root)
    state = {"state": "running", "action": action, "module": "", "done": 0, "total": len(modules), "percent": 0,
             "message": say(f"dashboard.job_{action}_running"), "started": time.time()}
    write_status(folder, **state)
    failed = []
    for index, module in enumerate(modules):
        state["module"] = module

        def progress(done: int, total: int, index: int = index) -> None:
            share = done / total if total else 1
            write_status(folder, **{**state, "done": index, "percent": round(100 * (index + share) / len(modules))})

        try:
            if action == "grade":
                report = grade_module(root, module, collect=True, progress=False, on_progress=progress)
                failed += [f"{module} {student}" for student in report.failed]
            else:
                nbgrader(root, "release_feedback", module)
        except Exception as error:  # noqa: BLE001 -- one module's trouble is reported, the rest still run
            print(f"{module}: {type(error).__name__}: {error}", flush=True)  # whole, into job.log
            lines = [line.strip() for line in str(error).splitlines() if line.strip()]
            failed.append(f"{module}: {lines[-1] if lines else type(error).__name__}"[:300])
        state.update(done=index + 1, percent=round(100 * (index + 1) / len(modules)))
        write_status(folder, **state)
    done = say(f"dashboard.job_{action}_done", modules=len(modules))
    write_status(folder, **{**state, "state": "failed" if failed else "done", "percent": 100, "module": "",
                            "message": done + (" " + say("dashboard.job_problems", problems=", ".join(failed[:10]))
                                               if failed else ""), "ended": time.time()})
    return 1 if failed else 0


class Jobs:
    """The service's side: at most one job process at a time (the engine uses every core)."""

    def __init__(self, settings: dict[str, Any], root: Path, folder: Path):
        self.settings, self.root, self.folder = settings, Path(root), Path(folder)
        self.proc: subprocess.Popen | None = None

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, action: str) -> str | None:
        """Start ``action``; returns None, or the Korean reason it cannot start now."""
        if action not in ACTIONS:
            return say("dashboard.job_unknown")
        if self.running() and read_status(self.folder).get("state") in ("done", "failed"):
            try:  # finished its work, still exiting (the grading pool, the zygote): a moment more
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                pass
        if self.running():
            return say("dashboard.job_busy")
        self.folder.mkdir(parents=True, exist_ok=True)
        write_status(self.folder, state="running", action=action, module="", done=0, total=0, percent=0,
                     message=say(f"dashboard.job_{action}_running"), started=time.time())
        log = open(self.folder / "job.log", "ab")
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "academy.dashboard.job", action, "--root", str(self.root),
                 "--folder", str(self.folder)],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        finally:
            log.close()
        return None

    def status(self) -> dict[str, Any]:
        status = read_status(self.folder)
        if status.get("state") == "running" and not self.running():
            # the job process ended without saying so (killed, crashed): never a bar stuck at 40 %
            status.update(state="failed", message=say("dashboard.job_lost"))
        return status

    def stop(self, timeout: float = 10) -> None:
        """End a running job and everything it started (its own process group)."""
        if not self.running():
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=timeout)
        except ProcessLookupError:
            pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m academy.dashboard.job")
    parser.add_argument("action", choices=ACTIONS)
    parser.add_argument("--root", required=True, type=Path)
    parser.add_argument("--folder", required=True, type=Path)
    args = parser.parse_args(argv)
    from academy.layout import ensure_tools_on_path

    ensure_tools_on_path()
    return run(args.action, args.root, args.folder)


if __name__ == "__main__":
    sys.exit(main())
