"""Grade a whole class: autograde every submission in parallel, then feedback and grades.

``grade_module`` is the one entry point (``academy grade`` calls it). Each worker process holds
nbgrader's own API (so scores come from nbgrader's ``SaveAutoGrades`` into the gradebook, the
system of record) and one kernel zygote (so kernel start-up is paid once per worker, not once
per learner). Progress is a tqdm bar; a journal in the course root makes an interrupted run
resumable: finished learners whose submission did not change are skipped next time.

What grading noticed reaches the instructor, in Korean, per learner: the warnings stock
nbgrader only prints (a changed test or locked cell, a deleted test cell put back, a missing
notebook, ...) and a Korean reason for a submission that cannot be graded (an empty, cut-off or
non-notebook file) instead of nbgrader's English traceback. They are in the report, in the
journal folder (``<module>.notes.json``, read by the grades CSV and ``academy grade --reports``)
and in the log ``<course>/.academy-grading/<module>.log`` next to nbgrader's own English lines.

>>> report = grade_module("/srv/course/demo", "01-values", workers=3)  # doctest: +SKIP
>>> report.graded, report.failed  # doctest: +SKIP
(41, {})
>>> report.notices  # doctest: +SKIP
{'kim': ['⚠️ test_fee: 고치면 안 되는 셀(테스트·잠긴 셀)의 내용이 바뀌어 있었어요. 원래 내용으로 되돌려 채점했어요.']}
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from academy.patches.rfc3987_syntax import defer_rfc3987_syntax
from academy.messages import say

# Before anything imports nbgrader (and through it jsonschema): ~3 CPU-s saved per grading run.
defer_rfc3987_syntax()

JOURNAL_DIR = ".academy-grading"
NOTES_COLUMN = "채점 알림"


class OutputNotWritable(ValueError):
    """An output folder (``--export``, ``--reports``) cannot be created or written: said before
    grading starts, in Korean."""


@dataclass
class GradingReport:
    module: str
    total: int = 0
    graded: int = 0
    skipped: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)  # late under late_policy "refuse": graded, counting 0 (late.py)
    notices: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self) -> str:
        text = say("grading.summary", module=self.module, done=self.graded + self.skipped,
                   total=self.total, failed=len(self.failed), seconds=self.seconds)
        return text + (say("grading.summary_refused", count=len(self.refused)) if self.refused else "")


# -- worker side (runs in each pool process) ---------------------------------------------------

_api = None


def _init_worker(course_root: str, zygote_socket: str | None = None) -> None:
    global _api
    from traitlets.config.loader import PyFileConfigLoader

    from academy.layout import ensure_tools_on_path
    from nbgrader.apps.api import NbGraderAPI

    ensure_tools_on_path()
    if zygote_socket:
        from academy.grading.sandbox import SHARED_ZYGOTE_ENV

        os.environ[SHARED_ZYGOTE_ENV] = zygote_socket
    # One gradebook engine per worker, metadata schemas checked once (academy/patches/nbgrader.py).
    from academy.patches import nbgrader as nbgrader_patches

    nbgrader_patches.apply()
    os.chdir(course_root)
    config = PyFileConfigLoader("nbgrader_config.py", path=course_root).load_config()
    _api = NbGraderAPI(config=config)
    _api.log.setLevel("WARNING")  # nbgrader's warnings become notices (_WARNINGS); no info chatter


def _warm_up() -> None:
    """Nothing: submitting it makes the pool start (and initialise) its workers now."""


# What stock nbgrader (and our RestoreDeletedCells) warns about while autograding, as it prints
# it, and the notice (grading.notice_<key> in academy/messages/ko/grading.yml) it becomes.
_WARNINGS = [
    (re.compile(r"Attribute 'checksum' for cell (?P<cell>.+?) has changed!.*got: (?P<got>\w+)"), "checksum"),
    (re.compile(r"Attribute 'cell_type' for cell (?P<cell>.+?) has changed!"), "cell_type"),
    (re.compile(r"Attribute 'locked' for cell (?P<cell>.+?) has changed!"), "locked"),
    (re.compile(r"Attribute 'points' for cell (?P<cell>.+?) has changed!"), "points"),
    (re.compile(r"Restored deleted cell (?P<cell>.+) from the source notebook"), "restored"),
    (re.compile(r"No submitted file: (?P<path>.+)"), "missing_notebook"),
    (re.compile(r"Cell '(?P<cell>.+)' does not exist in the database"), "unknown_cell"),
    (re.compile(r"Cell with id '(?P<cell>.+)' exists multiple times!"), "duplicate_cell"),
    (re.compile(r"Skipping unknown notebook: (?P<path>.+)"), "unknown_notebook"),
    (re.compile(r" is (?P<seconds>[0-9.]+) seconds late$"), "late"),
    # academy/grading/late.py (REFUSED_LOG): the district's late policy took the submission's points
    (re.compile(r"^\[WARNING\] Late policy refuse: .* is (?P<seconds>[0-9.]+) seconds late and counts 0 points$"),
     "refused_late"),
]


class _Warnings(logging.Handler):
    """Keeps every warning nbgrader logs while one learner is graded."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(f"[{record.levelname}] {record.getMessage()}")


def notices_from_log(lines: list[str]) -> list[tuple[str, dict]]:
    """nbgrader's log lines -> ``(notice key, fields)`` in order, each at most once.

    >>> notices_from_log(["[WARNING] Attribute 'checksum' for cell test_a has changed! (should be: 1f, got: 2e)",
    ...                   "[WARNING] No submitted file: /c/submitted/kim/m1/extra.ipynb"])
    [('checksum', {'cell': 'test_a', 'got': '2e'}), ('missing_notebook', {'notebook': 'extra.ipynb'})]
    >>> late = "[WARNING] m1 for kim is 9000.0 seconds late"
    >>> refused = "[WARNING] Late policy refuse: kim's submission is 9000.0 seconds late and counts 0 points"
    >>> notices_from_log([late]), notices_from_log([late, refused])
    ([('late', {'late': '2시간 늦음'})], [('refused_late', {'late': '2시간 늦음'})])
    """
    found: list[tuple[str, dict]] = []
    for line in lines:
        for pattern, key in _WARNINGS:
            match = pattern.search(line)
            if match:
                fields = match.groupdict()
                if "path" in fields:
                    fields = {"notebook": os.path.basename(fields.pop("path").strip())}
                if key in ("late", "refused_late"):  # "2시간 늦음", not nbgrader's seconds
                    from academy.deadlines import lateness

                    fields = {"late": lateness(float(fields["seconds"]))}
                if (key, fields) not in found:
                    found.append((key, fields))
                break
    if any(key == "refused_late" for key, _ in found):  # says how late itself
        found = [(key, fields) for key, fields in found if key != "late"]
    return found


def _released_checksums(module: str) -> dict[str, set[str]]:
    """grade_id -> checksums of that cell as learners received it (``release/<module>/``).

    nbgrader's gradebook keeps the checksum of the *source* cell, hidden tests included, so
    stock ``OverwriteCells`` reports "checksum has changed" for every test cell with hidden tests
    of every learner. A cell exactly as released is not tampering: only other changes are shown."""
    import nbformat
    from nbgrader.utils import compute_checksum

    coursedir = _api.coursedir
    released: dict[str, set[str]] = {}
    for path in Path(coursedir.format_path(coursedir.release_directory, ".", module)).glob("*.ipynb"):
        try:
            nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)
        except Exception:  # an instructor-side file nbgrader wrote; unreadable means: keep warning
            continue
        for cell in nb.cells:
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if meta.get("grade_id"):
                sums = released.setdefault(meta["grade_id"], set())
                sums.add(compute_checksum(cell))
                if meta.get("checksum"):
                    sums.add(meta["checksum"])
    return released


def _real_changes(module: str, notices: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """Drop checksum notices for cells a learner left exactly as released (see above)."""
    released = _released_checksums(module) if any(k == "checksum" for k, _ in notices) else {}
    kept = []
    for key, fields in notices:
        if key == "checksum":
            if fields.get("got") in released.get(fields["cell"], ()):
                continue
            fields = {"cell": fields["cell"]}
        kept.append((key, fields))
    return kept


def broken_notebook(path: Path) -> str | None:
    """Why ``path`` cannot be graded as a notebook (a ``grading.`` message key), or None.

    >>> broken_notebook(Path("/dev/null"))
    'notebook_empty'
    """
    import nbformat

    try:
        raw = path.read_bytes()
    except OSError:
        return "notebook_unreadable"
    if not raw.strip():
        return "notebook_empty"
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return "notebook_not_notebook"
    try:
        data = json.loads(text)
    except ValueError:
        return "notebook_truncated" if text.lstrip().startswith("{") else "notebook_not_notebook"
    if not isinstance(data, dict) or not {"cells", "worksheets", "nbformat"} & set(data):
        return "notebook_not_notebook"
    try:
        nbformat.reads(text, as_version=4)  # as nbgrader reads it (an old v3 notebook is converted)
    except Exception:  # nbformat raises many kinds for a notebook it cannot read
        return "notebook_invalid"
    return None


def _has_points(path: Path) -> bool:
    """Does this (instructor's) notebook have graded cells? A lesson without any does not."""
    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        return any(c.get("metadata", {}).get("nbgrader", {}).get("grade") for c in cells)
    except (OSError, ValueError, AttributeError):
        return True


def _check_submission(module: str, student: str) -> tuple[list[tuple[str, dict]], list[tuple[str, dict]]]:
    """Before grading: ``(problems, notices)`` -- files that make grading impossible, and
    notebooks of the module that the submission lacks (stock nbgrader warns, then scores 0;
    a missing notebook without graded cells, such as a lesson, costs no points)."""
    coursedir = _api.coursedir
    source = Path(coursedir.format_path(coursedir.source_directory, ".", module))
    folder = Path(coursedir.format_path(coursedir.submitted_directory, student, module))
    expected = sorted(p.name for p in source.glob("*.ipynb"))
    problems, notices = [], []
    for name in expected:
        path = folder / name
        if not path.exists():
            graded = _has_points(source / name)
            notices.append(("missing_notebook" if graded else "missing_notebook_no_points", {"notebook": name}))
        else:
            reason = broken_notebook(path)
            if reason:
                problems.append((reason, {"notebook": name}))
    if expected and len(notices) == len(expected):
        return [("no_notebooks", {"notebooks": ", ".join(expected)})], []
    return problems, notices


def _grade_one(module: str, student: str, feedback: bool) -> dict:
    """Autograde (and generate feedback for) one learner; never raises.

    Returns ``student``, ``ok`` (graded), ``error`` (English, nbgrader's cause), ``problems`` and
    ``notices`` (``(key, fields)`` pairs, rendered in Korean by the main process), ``log`` (the
    warnings nbgrader printed, as stock nbgrader prints them). A learner whose feedback cannot be
    made is still graded: ``ok`` with a ``no_feedback`` notice (their scores are in the gradebook)."""
    out = {"student": student, "ok": False, "error": "", "problems": [], "notices": [], "log": [],
           "feedback_made": not feedback}
    warnings = _Warnings()
    try:
        out["problems"], out["notices"] = _check_submission(module, student)
        if out["problems"]:
            return out
        _api.log.addHandler(warnings)
        try:
            result = _api.autograde(module, student, force=True, create=True)
        finally:
            _api.log.removeHandler(warnings)
            out["log"] = warnings.lines
            missing = {fields.get("notebook") for _, fields in out["notices"]}
            for notice in _real_changes(module, notices_from_log(warnings.lines)):
                if notice[0] == "missing_notebook" and notice[1]["notebook"] in missing:
                    continue  # already said, with whether it costs points
                if notice not in out["notices"]:
                    out["notices"].append(notice)
        if not result.get("success"):
            out["error"] = _last_error(result)
            return out
        out["ok"] = True
        if feedback:
            result = _api.generate_feedback(module, student, force=True)
            out["feedback_made"] = bool(result.get("success"))
            if not out["feedback_made"]:
                out["notices"].append(("no_feedback", {"reason": _last_error(result)}))
    except BaseException as error:  # one learner's failure never stops the class
        out["error"] = f"{type(error).__name__}: {error}"
        if out["ok"]:  # graded; only the feedback failed
            out["feedback_made"] = False
            out["notices"].append(("no_feedback", {"reason": out["error"]}))
    return out


_EXCEPTION_LINE = re.compile(r"^[\w.]*(Error|Exception|Exit|Interrupt)\b.*:")


def _last_error(result: dict) -> str:
    """The error that stopped nbgrader: the last exception line of its log (its traceback of the
    learner's failure), not the wrapper's "Please see the above traceback"."""
    lines = [line.strip() for line in (result.get("log") or "").splitlines()]
    causes = [line for line in lines if _EXCEPTION_LINE.match(line) and "see the" not in line]
    if causes:
        return causes[-1][:500]
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


class Notes:
    """``<course>/.academy-grading/<module>.notes.json``: learner -> what grading noticed (Korean).

    Kept across runs like the journal, so a learner skipped as unchanged keeps their notices in
    the grades CSV and the reports; a regraded learner's notices are replaced."""

    def __init__(self, course_root: Path, module: str):
        self.path = course_root / JOURNAL_DIR / f"{module}.notes.json"
        self.path.parent.mkdir(mode=0o700, exist_ok=True)
        self.notes: dict[str, list[str]] = _read_json(self.path)

    def set(self, student: str, notes: list[str]) -> None:
        if notes:
            self.notes[student] = notes
        elif self.notes.pop(student, None) is None:
            return
        tmp = self.path.with_suffix(".notes.tmp")
        tmp.write_text(json.dumps(self.notes, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_notes(course_root: str | Path) -> dict[tuple[str, str], list[str]]:
    """Every module's notes: ``{(module, learner): [Korean notice, ...]}``."""
    folder = Path(course_root) / JOURNAL_DIR
    notes = {}
    for path in sorted(folder.glob("*.notes.json")):
        module = path.name[: -len(".notes.json")]
        for student, lines in _read_json(path).items():
            notes[(module, student)] = list(lines)
    return notes


def _say_all(prefix: str, pairs) -> list[str]:
    return [say(f"{prefix}{key}", **fields) for key, fields in pairs]


def writable_folder(folder: str | Path) -> Path:
    """Create ``folder`` (and its parents) or raise :class:`OutputNotWritable` in Korean."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputNotWritable(say("grading.output_folder", folder=folder, reason=_why(error))) from error
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputNotWritable(say("grading.output_folder", folder=folder, reason=say("grading.output_no_permission")))
    return folder


def _why(error: OSError) -> str:
    import errno

    if error.errno in (errno.EEXIST, errno.ENOTDIR):
        return say("grading.output_file_in_the_way")
    if error.errno in (errno.EACCES, errno.EPERM):
        return say("grading.output_no_permission")
    if error.errno == errno.EROFS:
        return say("grading.output_read_only")
    return error.strerror or str(error)


def writable_file(target: str | Path) -> Path:
    """``target``'s folder exists (created if needed) and ``target`` is not a folder."""
    target = Path(target)
    if target.is_dir():
        raise OutputNotWritable(say("grading.output_is_folder", path=target))
    writable_folder(target.parent)
    return target


def _start_shared_zygote(root: Path):
    """One warm zygote for all workers (its start-up, ~2 CPU-s, is then paid once per run)."""
    from traitlets.config.loader import PyFileConfigLoader

    from academy.grading.sandbox import SandboxKernelManager, SharedZygote

    config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    settings = SandboxKernelManager(config=config)
    return SharedZygote.serve(tuple(settings.preload), settings.runtime_root, wrapper=settings.zygote_wrapper())


def _worker_context():
    """Workers fork from a server that imported nbgrader once (~3.5 CPU-s saved per worker);
    the server is a clean process, so no threads or sockets of ours are inherited."""
    context = get_context("forkserver")
    context.set_forkserver_preload(["academy.grading.engine", "nbgrader.apps.api",
                                    "nbgrader.converters", "academy.grading.execute"])
    return context


def course_late_policy(root: Path) -> str:
    """The district's late policy as the course's nbgrader config holds it (``academy hub setup``
    writes it; nbgrader's default plugin behaviour, ``accept``, when it is not there)."""
    from traitlets.config.loader import ConfigFileNotFound, PyFileConfigLoader

    try:
        config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    except ConfigFileNotFound:  # (nbgrader itself then grades with its defaults)
        return "accept"
    return config.DistrictLatePolicy.get("policy", "accept")


def default_workers() -> int:
    """Kernels spend part of their time waiting on the grader and vice versa: cores + 1."""
    return (os.cpu_count() or 1) + 1


def grade_module(course_root: str | Path, module: str, *, workers: int | None = None,
                 students: list[str] | None = None, feedback: bool = True, resume: bool = True,
                 progress: bool = True, collect: bool = False, release_feedback: bool = False,
                 export: str | Path | None = None,
                 on_progress: Callable[[int, int], None] | None = None) -> GradingReport:
    """Autograde every submission of ``module`` in parallel (sandboxed), then feedback and grades.

    course_root       nbgrader course root (holds nbgrader_config.py and gradebook.db)
    workers           parallel graders (default: cores + 1)
    students          only these learners (default: everyone in ``submitted/``)
    resume            skip learners already graded with an unchanged submission
    collect           ``nbgrader collect`` from the exchange first
    release_feedback  ``nbgrader release_feedback`` afterwards (needs an exchange)
    export            write grades CSV here (utf-8-sig, opens in Korean Excel); its folder is
                      created, or :class:`OutputNotWritable` is raised before anything is graded
    on_progress       called with (learners done, learners in all) as grading goes (the
                      dashboard's progress bar); the tqdm bar is the terminal's
    """
    from tqdm import tqdm

    from academy.admin.course import nbgrader
    from academy.layout import ensure_tools_on_path
    from academy.grading.sandbox import SharedZygote

    ensure_tools_on_path()
    started = time.monotonic()
    root = Path(course_root).resolve()
    if export:
        export = writable_file(export)
    if collect:
        nbgrader(root, "collect", module, "--update")
    submitted = root / "submitted"
    everyone = sorted(p.name for p in submitted.iterdir()
                      if (p / module).is_dir()) if submitted.is_dir() else []
    wanted = [s for s in everyone if students is None or s in students]
    report = GradingReport(module=module, total=len(wanted))
    journal = Journal(root, module)
    notes = Notes(root, module)
    log = _GradingLog(root, module)
    # Under late_policy "refuse" a late submission counts 0 (academy/grading/late.py): a switch to or
    # from it grades everyone anew, as if they had resubmitted (accept and note grade alike).
    policy = "|late_policy=refuse" if course_late_policy(root) == "refuse" else ""
    fingerprints = {s: submission_fingerprint(submitted / s / module) + policy for s in wanted}
    todo = [s for s in wanted if not (resume and journal.done.get(s) == fingerprints[s])]
    report.skipped = len(wanted) - len(todo)
    if on_progress is not None:
        on_progress(report.skipped, report.total)
    for student in todo:
        journal.forget(student)

    if todo:
        workers = max(1, min(workers or default_workers(), len(todo)))
        bar = tqdm(total=report.total, initial=report.skipped, desc=say("grading.progress") + f" {module}",
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
                    outcome = future.result()
                    student = outcome["student"]
                    noticed = _say_all("grading.notice_", outcome["notices"])
                    if outcome["ok"]:
                        report.graded += 1
                        if any(key == "refused_late" for key, _ in outcome["notices"]):
                            report.refused.append(student)
                        if outcome["feedback_made"]:  # else: tried again next run
                            journal.record(student, fingerprints[student])
                        else:
                            bar.write(f"{student}: {noticed[-1]}")
                    else:
                        reason = " ".join(_say_all("grading.", outcome["problems"])) or outcome["error"]
                        report.failed[student] = reason
                        noticed.insert(0, say("grading.not_graded", reason=reason))
                        bar.write(say("grading.failed_submission", student=student, reason=reason))
                    if noticed:
                        report.notices[student] = noticed
                    notes.set(student, noticed)
                    log.write(student, outcome["log"], noticed)
                    bar.update(1)
                    if on_progress is not None:  # (bar.n stays 0 while the bar is disabled)
                        on_progress(report.skipped + report.graded + len(report.failed), report.total)
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

    for student in wanted:
        if student not in todo and notes.notes.get(student):
            report.notices[student] = list(notes.notes[student])
    if release_feedback:
        nbgrader(root, "release_feedback", module)
    if export:
        export_grades(root, Path(export))
    report.seconds = time.monotonic() - started
    return report


class _GradingLog:
    """``<course>/.academy-grading/<module>.log``: per learner, nbgrader's warnings as stock
    prints them and the Korean notices made of them (appended, one run after another)."""

    def __init__(self, course_root: Path, module: str):
        self.path = course_root / JOURNAL_DIR / f"{module}.log"

    def write(self, student: str, nbgrader_lines: list[str], notices: list[str]) -> None:
        if not (nbgrader_lines or notices):
            return
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        lines = [f"{stamp} {student} nbgrader {line}" for line in nbgrader_lines]
        lines += [f"{stamp} {student} {notice}" for notice in notices]
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")


def export_grades(root: Path, target: Path) -> Path:
    """``nbgrader export`` plus a ``채점 알림`` column (what grading noticed, per learner and
    module; a learner nbgrader has no row for gets one), re-saved as utf-8-sig so Korean Excel
    opens it correctly. ``target``'s folder is created if needed."""
    import csv

    from academy.admin.course import nbgrader

    target = writable_file(target)
    plain = target.with_suffix(".nbgrader.csv")
    nbgrader(root, "export", "--to", str(plain))
    with open(plain, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header, rows = list(reader.fieldnames or []), list(reader)
    plain.unlink()
    notes = read_notes(root)
    seen = set()
    for row in rows:
        key = (row.get("assignment", ""), row.get("student_id", ""))
        seen.add(key)
        row[NOTES_COLUMN] = " / ".join(notes.get(key, []))
    for (module, student), lines in sorted(notes.items()):
        if (module, student) not in seen:
            rows.append({"assignment": module, "student_id": student, NOTES_COLUMN: " / ".join(lines)})
    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*header, NOTES_COLUMN], restval="")
        writer.writeheader()
        writer.writerows(rows)
    return target


__all__ = ["grade_module", "GradingReport", "export_grades", "default_workers", "read_notes",
           "writable_folder", "writable_file", "OutputNotWritable", "broken_notebook", "notices_from_log"]
