"""Reports for instructors and the district office, from the gradebook and graded notebooks.

Three tables, each written as CSV that opens correctly in Korean Excel (``utf-8-sig``, Korean
headers) and drawn as a PNG:

* ``learner_progress``   -- 수강생 × 모듈: score (late penalties counted), max, percent, how late,
                            needs manual grading, counted 0 as late (``late_policy = "refuse"``);
* ``item_analysis``      -- per test cell: mean score, share with full marks, and the most common
                            failure message learners saw (which part fails most, and why);
* ``district_completion``-- per module: learners, submissions, completed (>= ``pass_ratio``).

Next to them (CSV only), ``grading_notices``: per learner and module, what grading noticed
(a changed test cell, a restored deleted cell, a missing or broken notebook), in Korean.

For the city hall (시청), ``city_completion`` puts the districts' completion tables side by side
(one course root and gradebook per district) and ``write_city_report`` writes it as CSV + PNG.

>>> write_reports("/srv/course/demo", Path("reports"))  # doctest: +SKIP
{'progress': PosixPath('reports/수강생별_진도.csv'), ...}
>>> write_city_report({"강남구": "/srv/gangnam/course", "데모구": "/srv/demo/course"}, Path("city"))  # doctest: +SKIP
{'city': PosixPath('city/시청_구별_수료_현황.csv'), 'city_plot': PosixPath('city/시청_구별_수료율.png')}
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import nbformat

from academy.deadlines import counted_score, lateness, refused
from academy.messages import has, say
from academy.partial import METADATA as PARTIAL

PROGRESS_HEADER = ["수강생", "모듈", "점수", "만점", "달성률(%)", "늦게 냄", "손채점 필요", "늦어서 0점"]
ITEM_HEADER = ["모듈", "문항", "배점", "채점 인원", "평균 점수", "만점 비율(%)", "가장 흔한 오류", "오류 횟수", "만점 인원"]
COMPLETION_HEADER = ["모듈", "수강생 수", "제출 수", "수료 수", "수료율(%)"]
CITY_HEADER = ["구", *COMPLETION_HEADER]
NOTICES_HEADER = ["수강생", "모듈", "채점 알림"]
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _gradebook(root: Path):
    from nbgrader.api import Gradebook

    from academy.database import course_gradebook_url

    return Gradebook(course_gradebook_url(root))


def korean_names(root: Path) -> dict[str, str]:
    """Learner id -> "김민지" (family name first, as enrolment wrote it into the gradebook)."""
    with _gradebook(root) as gb:
        return {s.id: f"{s.last_name or ''}{s.first_name or ''}".strip() for s in gb.students}


def learner_label(learner: str, names: dict[str, str]) -> str:
    """How a chart names a learner: "김민지 (minji)", or the id when the gradebook has no name."""
    name = names.get(learner, "")
    return f"{name} ({learner})" if name and name != learner else learner


def learner_progress(root: Path) -> list[list]:
    rows = []
    with _gradebook(root) as gb:
        for assignment in gb.assignments:
            for submission in gb.assignment_submissions(assignment.name):
                score = counted_score(submission)  # late penalties (late_policy "refuse") counted, as nbgrader export
                pct = 100 * score / submission.max_score if submission.max_score else 0.0
                rows.append([submission.student_id, assignment.name, round(score, 2),
                             round(submission.max_score, 2), round(pct, 1), lateness(submission.total_seconds_late),
                             say("reports.yes") if submission.needs_manual_grade else "",
                             say("reports.yes") if refused(submission) else ""])
    return sorted(rows, key=lambda r: (r[0], r[1]))


def failure_message(cell) -> str | None:
    """What the learner saw for a failed test cell: the error's message, never the test code; for a
    part with partial credit per test (academy/partial.py), the first failed test's Korean reason."""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "execute_result":
            failed = (output.get("metadata") or {}).get(PARTIAL, {}).get("failed")
            if isinstance(failed, list) and failed and isinstance(failed[0], str):
                return failed[0]
        if output.get("output_type") == "error":
            message, name = _ANSI.sub("", str(output.get("evalue", ""))).strip(), str(output.get("ename") or "")
            if message:
                return f"{name or '오류'}: {message}"
            return say(f"reports.bare_error.{name}") if name and has(f"reports.bare_error.{name}") else name or "오류"
    return None


def item_analysis(root: Path) -> list[list]:
    root = Path(root)
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    max_scores: dict[tuple[str, str], float] = {}
    with _gradebook(root) as gb:
        for assignment in gb.assignments:
            for submission in gb.assignment_submissions(assignment.name):
                for notebook in submission.notebooks:
                    for grade in notebook.grades:
                        if grade.score is not None:
                            scores[(assignment.name, grade.name)].append(grade.score)
                            max_scores[(assignment.name, grade.name)] = grade.max_score
    messages: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for path in sorted(root.glob("autograded/*/*/*.ipynb")):
        module = path.parent.name
        try:
            nb = nbformat.read(path, as_version=4)
        except Exception:
            continue
        for cell in nb.cells:
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            message = failure_message(cell) if grade_id else None
            if message:
                messages[(module, grade_id)][message] += 1
    rows = []
    for key in sorted(scores):
        values, top = scores[key], max_scores[key]
        common = messages[key].most_common(1)
        full = sum(v >= top for v in values)
        rows.append([key[0], key[1], top, len(values), round(sum(values) / len(values), 2),
                     round(100 * full / len(values), 1),
                     common[0][0] if common else "", common[0][1] if common else 0, full])
    return rows


def district_completion(root: Path, pass_ratio: float = 0.6) -> list[list]:
    rows = []
    with _gradebook(root) as gb:
        learners = len(gb.students)
        for assignment in gb.assignments:
            submissions = gb.assignment_submissions(assignment.name)
            passed = sum(1 for s in submissions if s.max_score and counted_score(s) / s.max_score >= pass_ratio)
            rows.append([assignment.name, learners, len(submissions), passed,
                         round(100 * passed / learners, 1) if learners else 0.0])
    return rows


def grading_notices(root: Path) -> list[list]:
    """One row per notice ``academy grade`` kept for a learner (see :func:`engine.read_notes`)."""
    from academy.grading.engine import read_notes

    return [[student, module, notice] for (module, student), notices in
            sorted(read_notes(root).items(), key=lambda item: (item[0][1], item[0][0])) for notice in notices]


def city_completion(course_roots: dict[str, str | Path], pass_ratio: float = 0.6) -> list[list]:
    """Every district's :func:`district_completion`, each row led by the district's name.

    ``course_roots`` maps a district's name (as the city hall calls it) to its course root; a
    root without a gradebook is an error (never an empty gradebook created in its place).
    """
    rows = []
    for name, root in course_roots.items():
        from academy.database import course_gradebook_url

        if course_gradebook_url(root).startswith("sqlite") and not (Path(root) / "gradebook.db").is_file():
            raise FileNotFoundError(say("reports.no_gradebook", district=name, root=root))
        rows.extend([name, *row] for row in district_completion(Path(root), pass_ratio))
    return rows


def write_csv(path: Path, header: list[str], rows: list[list]) -> Path:
    """UTF-8 with BOM: Excel (Korean Windows) then reads 한글 instead of mojibake."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _pyplot():
    """matplotlib without a display, drawing Korean with the font from :mod:`academy.fonts`."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from academy.fonts import use_korean_font

    use_korean_font()
    return plt


def _save(fig, path: Path) -> Path:
    from matplotlib import pyplot

    fig.tight_layout()
    fig.savefig(path, dpi=110)
    pyplot.close(fig)
    return path


def _bar_chart(path: Path, labels: list[str], values: list[float], title: str, ylabel: str) -> Path:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(max(4, 0.9 * len(labels) + 2), 3.5))
    ax.bar(range(len(labels)), values, color="#3b7dd8")
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.set_ylim(0, 100)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    return _save(fig, path)


def _grouped_bar_chart(path: Path, rows: list[list], title: str, ylabel: str) -> Path:
    """``rows`` of (group, category, percent): categories along x, one bar per group, each group
    its own colour (a missing pair draws no bar; a few bars also get their value written on)."""
    groups = list(dict.fromkeys(r[0] for r in rows))
    categories = sorted({r[1] for r in rows})
    value = {(r[0], r[1]): r[2] for r in rows}
    plt = _pyplot()
    n = len(groups)
    colours = plt.get_cmap("tab10" if n <= 10 else "tab20" if n <= 20 else "turbo")
    colours = [colours(i if n <= 20 else i / (n - 1)) for i in range(n)]
    width = 0.8 / n
    fig, ax = plt.subplots(figsize=(min(16, max(5, len(categories) * (0.5 + 0.3 * n) + 2.5)), 4.5))
    for i, group in enumerate(groups):
        xs = [x + (i - (n - 1) / 2) * width for x in range(len(categories))]
        heights = [value.get((group, c), float("nan")) for c in categories]
        bars = ax.bar(xs, heights, width, label=group, color=colours[i])
        if n * len(categories) <= 40:
            ax.bar_label(bars, labels=["" if h != h else f"{h:.0f}" for h in heights], fontsize="x-small")
    ax.set_xticks(range(len(categories)), categories, rotation=30, ha="right")
    ax.set_ylim(0, 105)
    ax.set_title(title)
    ax.set_xlabel("모듈")
    ax.set_ylabel(ylabel)
    ax.legend(title="구", fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1), ncols=1 + (n > 15))
    return _save(fig, path)


def _heatmap(path: Path, rows: list[list], title: str, names: dict[str, str] | None = None) -> Path:
    """``rows`` of (learner, module, percent): learners down (by their Korean names, ``names``),
    modules across, one coloured box each with its percent written in (a module not submitted
    stays blank)."""
    learners = sorted({r[0] for r in rows})
    modules = sorted({r[1] for r in rows})
    value = {(r[0], r[1]): r[2] for r in rows}
    plt = _pyplot()
    grid = [[value.get((s, m), float("nan")) for m in modules] for s in learners]
    fig, ax = plt.subplots(figsize=(min(16, 2.5 + 1.1 * len(modules)), min(30, 1.5 + 0.4 * len(learners))))
    image = ax.imshow(grid, cmap="RdYlGn", vmin=0, vmax=100, aspect="auto")
    if len(learners) * len(modules) <= 400:
        for i, line in enumerate(grid):
            for j, v in enumerate(line):
                if v == v:
                    ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize="small")
    ax.set_xticks(range(len(modules)), modules, rotation=30, ha="right")
    ax.set_yticks(range(len(learners)), [learner_label(s, names or {}) for s in learners])
    ax.set_title(title)
    fig.colorbar(image, ax=ax, label="달성률(%)")
    return _save(fig, path)


def report_tables(root: str | Path, pass_ratio: float = 0.6) -> dict[str, Any]:
    """The rows of every report, read once from the gradebook: what :func:`write_reports` writes and
    the class dashboard (academy/dashboard/) shows, so both say the same numbers."""
    root = Path(root)
    return {"progress": learner_progress(root), "items": item_analysis(root),
            "completion": district_completion(root, pass_ratio), "notices": grading_notices(root),
            "names": korean_names(root)}


def write_reports(root: str | Path, target: Path, *, pass_ratio: float = 0.6,
                  tables: dict[str, list[list]] | None = None) -> dict[str, Path]:
    """All three reports as CSV + PNG under ``target``, and the grading notices as CSV; returns
    their paths. ``tables`` (from :func:`report_tables`) saves reading the gradebook again."""
    root, target = Path(root), Path(target)
    target.mkdir(parents=True, exist_ok=True)
    tables = tables if tables is not None else report_tables(root, pass_ratio)
    progress, items, completion = tables["progress"], tables["items"], tables["completion"]
    out = {
        "progress": write_csv(target / "수강생별_진도.csv", PROGRESS_HEADER, progress),
        "items": write_csv(target / "문항별_분석.csv", ITEM_HEADER, items),
        "completion": write_csv(target / "구청_수료_현황.csv", COMPLETION_HEADER, completion),
        "notices": write_csv(target / "채점_알림.csv", NOTICES_HEADER, tables["notices"]),
    }
    if progress:
        out["progress_plot"] = _heatmap(target / "수강생별_진도.png", [[r[0], r[1], r[4]] for r in progress],
                                        "수강생별 모듈 달성률(%)", tables.get("names"))
    if items:
        out["items_plot"] = _bar_chart(target / "문항별_만점비율.png", [f"{r[0]}\n{r[1]}" for r in items],
                                       [r[5] for r in items], "문항별 만점 비율", "만점 비율(%)")
    if completion:
        out["completion_plot"] = _bar_chart(target / "구청_수료율.png", [r[0] for r in completion],
                                            [r[4] for r in completion], "모듈별 수료율", "수료율(%)")
    return out


def write_city_report(course_roots: dict[str, str | Path], target: Path, *, pass_ratio: float = 0.6) -> dict[str, Path]:
    """The city hall's report under ``target``: every district's completion per module, as one
    CSV (구, 모듈, 수강생 수, 제출 수, 수료 수, 수료율) and one bar chart comparing the districts."""
    target = Path(target)
    rows = city_completion(course_roots, pass_ratio)
    target.mkdir(parents=True, exist_ok=True)
    out = {"city": write_csv(target / "시청_구별_수료_현황.csv", CITY_HEADER, rows)}
    if rows:
        out["city_plot"] = _grouped_bar_chart(target / "시청_구별_수료율.png", [[r[0], r[1], r[5]] for r in rows],
                                              "구별 모듈 수료율", "수료율(%)")
    return out


__all__ = ["report_tables", "korean_names", "learner_progress", "item_analysis", "district_completion", "grading_notices", "city_completion", "write_reports",
           "write_city_report", "write_csv"]
