"""Syllabus <-> folders <-> points <-> lesson frame <-> check declarations agree, for every module."""

from __future__ import annotations

import importlib
import math
import re

import nbformat
import pytest

from academy.admin import syllabus
from academy.checking import ProblemSet
from academy.layout import curriculum_dir

from .conftest import MODULES, grade_id, nbgrader_meta, planted_mistakes

NOTEBOOK_NAME = re.compile(r"^(lesson(-\d+)?|exercise)\.ipynb$")
HANGUL = re.compile(r"[가-힣]")
CHECK_CALL = re.compile(r"\bq\.(\w+)\.(?:check|hint)\(")
STATED_MINUTES = re.compile(r"예상 시간: (\d+)분")

# How long an older beginner needs (the method and its reasons: curriculum/README.md).
READ_CHARS_PER_MINUTE = 150       # Korean prose, non-space characters, read next to the code
MINUTES_PER_EXAMPLE = 1           # run an example cell and read its output
MINUTES_PER_TRY_IT = 5            # ✏️ 직접 해 보기: type, run, check, a hint, a second try
MINUTES_PER_PART = 4              # each autograded exercise part, plus ...
MINUTES_PER_SOLUTION_LINE = 2     # ... per line of its reference solution
MINUTES_PER_WRITTEN_PART = 10     # a manually graded written answer
PACE = 1.15                       # restarts, scrolling back, a short pause; then round up to 5 minutes


def params():
    return [pytest.param(m, id=m.id) for m in MODULES]


def read(module, name):
    return nbformat.read(module.folder() / name, as_version=4)


def lessons(module):
    return [lesson.notebook for lesson in module.lessons]


def _solution_lines(source: str) -> int:
    body = source.split("### BEGIN SOLUTION", 1)[-1].split("### END SOLUTION", 1)[0]
    return sum(1 for line in body.splitlines() if line.strip() and not line.strip().startswith("#"))


def estimated_minutes(notebook) -> int:
    """The floor for a lesson's or an exercise's minutes, from what the notebook asks of a learner."""
    markdown = [c.source for c in notebook.cells if c.cell_type == "markdown"]
    chars = sum(len(re.sub(r"\s+", "", s)) for s in markdown)
    try_its = sum(len(re.findall(r"^#+ .*직접 해 보기", s, re.M)) for s in markdown)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    examples = [c for c in code if not nbgrader_meta(c) and "____" not in c.source and not CHECK_CALL.search(c.source)]
    answers = [c for c in code if nbgrader_meta(c).get("solution") and not nbgrader_meta(c).get("grade")]
    written = [c for c in notebook.cells if nbgrader_meta(c).get("solution") and nbgrader_meta(c).get("grade")]
    raw = (chars / READ_CHARS_PER_MINUTE + len(examples) * MINUTES_PER_EXAMPLE + try_its * MINUTES_PER_TRY_IT
           + sum(MINUTES_PER_PART + MINUTES_PER_SOLUTION_LINE * _solution_lines(c.source) for c in answers)
           + len(written) * MINUTES_PER_WRITTEN_PART)
    return math.ceil(raw * PACE / 5) * 5


def test_folders_match_syllabus():
    on_disk = sorted(p.name for p in curriculum_dir().iterdir() if p.is_dir() and syllabus.MODULE_ID.match(p.name))
    assert on_disk == [m.id for m in MODULES], "every module folder is listed in syllabus.yml and vice versa"


@pytest.mark.parametrize("module", params())
def test_notebook_names(module):
    names = sorted(p.name for p in module.folder().glob("*.ipynb"))
    assert all(NOTEBOOK_NAME.match(n) for n in names), f"{module.id}: unexpected notebook names {names}"
    assert "exercise.ipynb" in names, f"{module.id}: needs exercise.ipynb"
    on_disk = sorted(n for n in names if n.startswith("lesson"))
    assert on_disk == sorted(lessons(module)), \
        f"{module.id}: lesson notebooks {on_disk} != syllabus.yml {lessons(module)} (one lesson.ipynb, or list them under 'lessons:')"


@pytest.mark.parametrize("module", params())
def test_minutes_are_stated_and_honest(module):
    """Each lesson states its syllabus minutes; no notebook asks more than its minutes (curriculum/README.md)."""
    for lesson in module.lessons:
        nb = read(module, lesson.notebook)
        stated = STATED_MINUTES.findall(nb.cells[0].source)
        assert stated == [str(lesson.minutes)], \
            f"{module.id}/{lesson.notebook}: first cell says 예상 시간 {stated}, syllabus.yml says {lesson.minutes}분"
        floor = estimated_minutes(nb)
        assert lesson.minutes >= floor, \
            f"{module.id}/{lesson.notebook}: {lesson.minutes} minutes, but the lesson asks about {floor} -- raise its minutes"
    floor = estimated_minutes(read(module, "exercise.ipynb"))
    assert module.exercise_minutes >= floor, \
        f"{module.id}: exercise_minutes {module.exercise_minutes}, but exercise.ipynb asks about {floor} -- raise it"


@pytest.mark.parametrize("module", params())
def test_lesson_frame(module):
    names = lessons(module)
    for name, following in zip(names, [*names[1:], "exercise.ipynb"]):
        nb = read(module, name)
        first = nb.cells[0]
        assert first.cell_type == "markdown" and "학습 목표" in first.source and "예상 시간" in first.source, \
            f"{module.id}/{name}: first cell must state 학습 목표 and 예상 시간"
        markdown = [c.source for c in nb.cells if c.cell_type == "markdown"]
        assert any("핵심 정리" in s for s in markdown[-3:]), f"{module.id}/{name}: end with 핵심 정리"
        assert following in "\n".join(markdown[-3:]), f"{module.id}/{name}: point to {following} at the end"
        korean = sum(bool(HANGUL.search(s)) for s in markdown)
        assert korean >= 0.9 * len(markdown), f"{module.id}/{name}: lesson prose is Korean"
        assert not any(nbgrader_meta(c).get("grade") for c in nb.cells), f"{module.id}/{name}: lessons are not graded"
        assert any("직접 해 보기" in s for s in markdown), f"{module.id}/{name}: has 직접 해 보기 cells"


# A tilde right between two code spans ("`start`~`end`") is read by JupyterLab's Markdown renderer
# (marked, GFM strikethrough) so that the backticks after it show as raw characters: write 부터/까지.
def tilde_between_code(line: str) -> bool:
    """``True`` for "`start`~`end`" (text that is only "~" between two code spans); "`~`" is a code span."""
    parts = line.split("`")  # odd parts are code spans
    return any(parts[i] == "~" for i in range(2, len(parts) - 1, 2))


def stray_bold(line: str) -> bool:
    """``True`` where a ``**`` cannot open or close (CommonMark's flanking rules, which JupyterLab's
    renderer follows) and shows as two asterisks: "**빈 값(NaN)**이" -- a closing ``**`` after
    punctuation with a letter right after it (Korean particles always are); write "**빈 값**(NaN)이"."""
    import unicodedata

    def punct(ch: str) -> bool:
        return unicodedata.category(ch)[0] in "PS"

    text = re.sub(r"`[^`]*`", "x", line)  # code spans hold no emphasis
    marks = [m.start() for m in re.finditer(r"\*\*", text)]
    for k, at in enumerate(marks):
        before, after = (text[at - 1] if at else " "), (text[at + 2] if at + 2 < len(text) else " ")
        closing = k % 2 == 1
        if closing and punct(before) and not after.isspace() and not punct(after):
            return True
        if not closing and punct(after) and not (before.isspace() or punct(before)):
            return True
    return False


@pytest.mark.parametrize("module", params())
def test_markdown_renders_without_raw_markup(module):
    for name in [*lessons(module), "exercise.ipynb"]:
        for cell in read(module, name).cells:
            if cell.cell_type == "markdown":
                line = next((x for x in cell.source.splitlines() if tilde_between_code(x)), None)
                assert line is None, f"{module.id}/{name}: '`~`' shows raw backticks in JupyterLab: {line}"
                line = next((x for x in cell.source.splitlines() if stray_bold(x)), None)
                assert line is None, f"{module.id}/{name}: a '**' shows as asterisks in JupyterLab: {line}"


@pytest.mark.parametrize("module", params())
def test_exercise_parts_and_points(module):
    nb = read(module, "exercise.ipynb")
    ids = [grade_id(c) for c in nb.cells if grade_id(c)]
    assert len(ids) == len(set(ids)), f"{module.id}: duplicate grade_id"
    tests = [c for c in nb.cells if nbgrader_meta(c).get("grade") and not nbgrader_meta(c).get("solution")]
    manual = [c for c in nb.cells if nbgrader_meta(c).get("grade") and nbgrader_meta(c).get("solution")]
    answers = [c for c in nb.cells if c.cell_type == "code" and nbgrader_meta(c).get("solution")
               and not nbgrader_meta(c).get("grade")]
    assert 4 <= len(tests) <= 8, f"{module.id}: 4-8 autograded parts, found {len(tests)}"
    assert manual, f"{module.id}: needs at least one manually graded written part"
    total = sum(nbgrader_meta(c)["points"] for c in tests + manual)
    assert total == module.points, f"{module.id}: exercise points {total} != syllabus.yml points {module.points}"
    for cell in tests:
        assert cell.cell_type == "code" and nbgrader_meta(cell).get("locked"), f"{grade_id(cell)}: tests are locked code"
        visible = _without_hidden(cell.source)
        assert CHECK_CALL.search(visible) and "### BEGIN HIDDEN TESTS" in cell.source, \
            f"{module.id} {grade_id(cell)}: needs a visible instant check and a hidden block"
    for cell in answers:
        assert "### BEGIN SOLUTION" in cell.source and "### END SOLUTION" in cell.source, grade_id(cell)


def _without_hidden(source: str) -> str:
    """A test cell as the learner's release has it (what nbgrader's ClearHiddenTests leaves)."""
    return re.sub(r"### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS\n?", "", source, flags=re.S)


@pytest.mark.parametrize("module", params())
def test_graded_parts_give_partial_credit_per_test(module):
    """Each graded test cell is converted (python -m academy.admin.partial_cells): a Part worth the cell's
    nbgrader points, so one failed test of several costs its share (issue 17 item 4)."""
    from academy.admin.partial_cells import convert_notebook

    assert convert_notebook(module.folder() / "exercise.ipynb", check=True) == []


@pytest.mark.parametrize("module", params())
def test_every_autograded_answer_has_a_planted_mistake(module):
    nb = read(module, "exercise.ipynb")
    answers = {grade_id(c) for c in nb.cells if c.cell_type == "code" and nbgrader_meta(c).get("solution")
               and not nbgrader_meta(c).get("grade")}
    tests = {grade_id(c) for c in nb.cells if nbgrader_meta(c).get("grade") and not nbgrader_meta(c).get("solution")}
    planted = planted_mistakes(module.id)
    assert answers <= {p["part"] for p in planted}, f"{module.id}: parts without a planted mistake"
    for mistake in planted:
        partial = mistake.get("partial", {})
        lost = set(mistake.get("zero", [])) | set(partial)
        assert mistake["part"] in answers and lost <= tests and lost, mistake
        points = {grade_id(c): nbgrader_meta(c)["points"] for c in nb.cells if grade_id(c) in tests}
        assert all(0 < score < points[test] for test, score in partial.items()), f"{module.id}: partial: {partial}"
        assert HANGUL.search(mistake["message"]), f"{module.id}: planted message should be the Korean text"


@pytest.mark.parametrize("module", params())
def test_checks_declared_and_used_consistently(module):
    declarations = importlib.import_module(module.exercises_module)
    assert isinstance(declarations.lesson, ProblemSet) and isinstance(declarations.exercise, ProblemSet)
    assert all(p.graded for p in declarations.exercise) and not any(p.graded for p in declarations.lesson)
    for name, problems in [(n, declarations.lesson) for n in lessons(module)] + [("exercise.ipynb", declarations.exercise)]:
        code = "\n".join(c.source for c in read(module, name).cells if c.cell_type == "code")
        used = set(CHECK_CALL.findall(code))
        assert used <= set(dir(problems)), f"{module.id}/{name}: unknown checks {used - set(dir(problems))}"
        assert module.exercises_module in code, f"{module.id}/{name}: imports its checks from {module.exercises_module}"
