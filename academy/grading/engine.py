"""Grade a whole class: autograde every submission in parallel, then feedback and grades.

``grade_module`` is the one entry point (``academy grade`` calls it). Each worker process holds
nbgrader's own API (so scores come from nbgrader's ``SaveAutoGrades`` into the gradebook, the
system of record) and one kernel zygote (so kernel start-up is paid once per worker, not once
per learner). Progress is a tqdm bar; a journal in the course root makes an interrupted run
resumable: finished learners whose submission did not change are skipped next time.

>>> report = grade_module("/srv/course/demo", "01-values", workers=3)  # doctest: +SKIP
>>> report.graded, report.failed  # doctest: +SKIP
(41, {})
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from academy.lazy_imports import defer_rfc3987_syntax
from academy.messages import say

# Before anything imports nbgrader (and through it jsonschema): ~3 CPU-s saved per grading run.
defer_rfc3987_syntax()

JOURNAL_DIR = ".academy-grading"


@dataclass
class GradingReport:
    module: str
    total: int = 0
    graded: int = 0
    skipped: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self) -> str:
        return say("grading.summary", module=self.module, done=self.graded + self.skipped,
                   total=self.total, failed=len(self.failed), seconds=self.seconds)


# -- worker side (runs in each pool process) ---------------------------------------------------

_api = None


def _share_gradebook_engine() -> None:
    """One SQLAlchemy engine per database URL in this worker, instead of one per ``Gradebook()``.

    nbgrader opens a fresh ``Gradebook`` (and engine) a dozen times per submission, and each new
    engine recompiles every query (~0.3 s per submission). Same database, same statements, same
    results -- only the compiled-statement cache (and the knowledge that the tables exist) survives.
    """
    import nbgrader.api
    from sqlalchemy import create_engine

    engines: dict = {}

    def shared_engine(url, **kwargs):
        key = (str(url), tuple(sorted(kwargs.items())))
        if key not in engines:
            engines[key] = create_engine(url, **kwargs)
        return engines[key]

    nbgrader.api.create_engine = shared_engine

    # Each Gradebook() also re-runs CREATE TABLE IF NOT EXISTS checks (13 tables); once per
    # shared engine is enough: the tables cannot vanish while the class is graded.
    metadata = nbgrader.api.Base.metadata
    create_all, checked = metadata.create_all, set()

    def create_all_once(bind=None, **kwargs):
        if bind is None or id(bind) not in checked:
            create_all(bind=bind, **kwargs)
            if bind is not None:
                checked.add(id(bind))

    metadata.create_all = create_all_once


def _reuse_metadata_validator() -> None:
    """nbgrader validates every cell's metadata with ``jsonschema.validate``, which re-checks the
    schema itself each call (~15 ms/cell). Same schema, same errors: check the schema once."""
    import jsonschema
    from jsonschema.exceptions import best_match

    import nbgrader.nbgraderformat.common as common

    validators: dict[str, object] = {}

    class _Jsonschema:
        def __getattr__(self, name):
            return getattr(jsonschema, name)

        @staticmethod
        def validate(instance, schema, *args, **kwargs):
            if args or kwargs:
                return jsonschema.validate(instance, schema, *args, **kwargs)
            key = json.dumps(schema, sort_keys=True)
            if key not in validators:
                cls = jsonschema.validators.validator_for(schema)
                cls.check_schema(schema)
                validators[key] = cls(schema)
            error = best_match(validators[key].iter_errors(instance))
            if error is not None:
                raise error

    common.jsonschema = _Jsonschema()


def _init_worker(course_root: str, zygote_socket: str | None = None) -> None:
    global _api
    from traitlets.config.loader import PyFileConfigLoader

    from academy.grading.sample_class import ensure_tools_on_path
    from nbgrader.apps.api import NbGraderAPI

    ensure_tools_on_path()
    if zygote_socket:
        from academy.grading.sandbox import SHARED_ZYGOTE_ENV

        os.environ[SHARED_ZYGOTE_ENV] = zygote_socket
    _share_gradebook_engine()
    _reuse_metadata_validator()
    os.chdir(course_root)
    config = PyFileConfigLoader("nbgrader_config.py", path=course_root).load_config()
    _api = NbGraderAPI(config=config)
    _api.log.setLevel("ERROR")


def _warm_up() -> None:
    """Nothing: submitting it makes the pool start (and initialise) its workers now."""


def _grade_one(module: str, student: str, feedback: bool) -> tuple[str, bool, str]:
    """Autograde (and generate feedback for) one learner; never raises."""
    try:
        result = _api.autograde(module, student, force=True, create=True)
        if not result.get("success"):
            return student, False, _last_error(result)
        if feedback:
            result = _api.generate_feedback(module, student, force=True)
            if not result.get("success"):
                return student, False, _last_error(result)
        return student, True, ""
    except BaseException as error:  # one learner's failure never stops the class
        return student, False, f"{type(error).__name__}: {error}"


def _last_error(result: dict) -> str:
    text = (result.get("error") or result.get("log") or "unknown error").strip()
    return text.splitlines()[-1][:500] if text else "unknown error"


# -- main side ---------------------------------------------------------------------------------

def submission_fingerprint(folder: Path) -> str:
    """Changes whenever the learner resubmits (any file's name, size or content)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class Journal:
    """``<course>/.academy-grading/<module>.json``: learner -> fingerprint of what was graded."""

    def __init__(self, course_root: Path, module: str):
        self.path = course_root / JOURNAL_DIR / f"{module}.json"
        self.path.parent.mkdir(mode=0o700, exist_ok=True)
        try:
            self.done: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.done = {}

    def record(self, student: str, fingerprint: str) -> None:
        self.done[student] = fingerprint
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.done, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def forget(self, student: str) -> None:
        if self.done.pop(student, None) is not None:
            self.record_all()

    def record_all(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.done, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)


def _start_shared_zygote(root: Path):
    """One warm zygote for all workers (its start-up, ~2 CPU-s, is then paid once per run)."""
    from traitlets.config.loader import PyFileConfigLoader

    from academy.grading.sandbox import SandboxKernelManager, SharedZygote

    config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    settings = SandboxKernelManager(config=config)
    return SharedZygote.serve(tuple(settings.preload), settings.runtime_root)


def _worker_context():
    """Workers fork from a server that imported nbgrader once (~3.5 CPU-s saved per worker);
    the server is a clean process, so no threads or sockets of ours are inherited."""
    context = get_context("forkserver")
    context.set_forkserver_preload(["academy.grading.engine", "nbgrader.apps.api",
                                    "nbgrader.converters", "academy.grading.execute"])
    return context


def default_workers() -> int:
    """Kernels spend part of their time waiting on the grader and vice versa: cores + 1."""
    return (os.cpu_count() or 1) + 1


def grade_module(course_root: str | Path, module: str, *, workers: int | None = None,
                 students: list[str] | None = None, feedback: bool = True, resume: bool = True,
                 progress: bool = True, collect: bool = False, release_feedback: bool = False,
                 export: str | Path | None = None) -> GradingReport:
    """Autograde every submission of ``module`` in parallel (sandboxed), then feedback and grades.

    course_root       nbgrader course root (holds nbgrader_config.py and gradebook.db)
    workers           parallel graders (default: cores + 1)
    students          only these learners (default: everyone in ``submitted/``)
    resume            skip learners already graded with an unchanged submission
    collect           ``nbgrader collect`` from the exchange first
    release_feedback  ``nbgrader release_feedback`` afterwards (needs an exchange)
    export            write grades CSV here (utf-8-sig, opens in Korean Excel)
    """
    from tqdm import tqdm

    from academy.course import nbgrader
    from academy.grading.sample_class import ensure_tools_on_path
    from academy.grading.sandbox import SharedZygote

    ensure_tools_on_path()
    started = time.monotonic()
    root = Path(course_root).resolve()
    if collect:
        nbgrader(root, "collect", module, "--update")
    submitted = root / "submitted"
    everyone = sorted(p.name for p in submitted.iterdir()
                      if (p / module).is_dir()) if submitted.is_dir() else []
    wanted = [s for s in everyone if students is None or s in students]
    report = GradingReport(module=module, total=len(wanted))
    journal = Journal(root, module)
    fingerprints = {s: submission_fingerprint(submitted / s / module) for s in wanted}
    todo = [s for s in wanted if not (resume and journal.done.get(s) == fingerprints[s])]
    report.skipped = len(wanted) - len(todo)
    for student in todo:
        journal.forget(student)

    if todo:
        workers = max(1, min(workers or default_workers(), len(todo)))
        bar = tqdm(total=len(wanted), initial=report.skipped, desc=say("grading.progress") + f" {module}",
                   unit="명", disable=not progress, dynamic_ncols=True)
        zygote, zygote_socket = _start_shared_zygote(root)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=_worker_context(),
                                   initializer=_init_worker, initargs=(str(root), zygote_socket))
        try:
            # Workers import and initialise while the zygote preloads; both are ready together.
            warm = [pool.submit(_warm_up) for _ in range(workers)]
            SharedZygote.wait_ready(zygote)
            wait(warm, timeout=600)
            pending = {pool.submit(_grade_one, module, s, feedback) for s in todo}
            while pending:
                done, pending = wait(pending, timeout=3600, return_when=FIRST_COMPLETED)
                if not done:
                    raise TimeoutError("no submission finished within an hour")
                for future in done:
                    student, ok, error = future.result()
                    if ok:
                        report.graded += 1
                        journal.record(student, fingerprints[student])
                    else:
                        report.failed[student] = error
                        bar.write(say("grading.failed_submission", student=student, reason=error))
                    bar.update(1)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        else:
            pool.shutdown(wait=True)
        finally:
            bar.close()
            zygote.kill()
            zygote.wait(timeout=30)
            Path(zygote_socket).unlink(missing_ok=True)

    if release_feedback:
        nbgrader(root, "release_feedback", module)
    if export:
        export_grades(root, Path(export))
    report.seconds = time.monotonic() - started
    return report


def export_grades(root: Path, target: Path) -> Path:
    """``nbgrader export`` then re-save as utf-8-sig so Korean Excel opens it correctly."""
    from academy.course import nbgrader

    plain = target.with_suffix(".nbgrader.csv")
    nbgrader(root, "export", "--to", str(plain))
    target.write_text(plain.read_text(encoding="utf-8"), encoding="utf-8-sig")
    plain.unlink()
    return target


__all__ = ["grade_module", "GradingReport", "export_grades", "default_workers"]
