"""The course's feedback page (graders/templates/feedback/) is Korean and renders offline (real nbgrader).

Each assertion failed with nbgrader's stock feedback template: English labels ("Test cell",
"Student's answer", "Comments: No response."), MathJax from cdnjs, and a warning about
`display_data_priority` for every feedback step.
"""

from __future__ import annotations

import re

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from academy.admin.course import course_settings, nbgrader, write_nbgrader_config

pytestmark = pytest.mark.slow

# What nbgrader's and nbconvert's stock page shows; none of it may reach a learner.
ENGLISH = ["Test cell", "Student's answer", "Student's task", "Comments", "No response", "Score", "(Top)",
           "Coding free-response", "Written response", "Grade cell", "Comment", "In\xa0[", "Out["]


def _cell(make, source, **meta):
    cell = make(source)
    cell.metadata["nbgrader"] = {"schema_version": 3, "task": False, "locked": False, **meta}
    return cell


@pytest.fixture(scope="module")
def feedback(tmp_path_factory):
    root = tmp_path_factory.mktemp("fb") / "course"
    (root / "source" / "00-start").mkdir(parents=True)
    write_nbgrader_config(root / "nbgrader_config.py", course_settings(root, "fb"), shared=True)
    nb = new_notebook(cells=[
        _cell(new_code_cell, "### BEGIN SOLUTION\nfee = 15000\n### END SOLUTION", grade=False, solution=True,
              grade_id="answer"),
        _cell(new_code_cell, "assert fee > 0, '수강료는 0보다 커야 해요.'", grade=True, solution=False, locked=True,
              grade_id="test", points=1),
        _cell(new_code_cell, "### BEGIN SOLUTION\nshare = 1\n### END SOLUTION", grade=True, solution=True,
              grade_id="free", points=1),
        _cell(new_markdown_cell, "여기에 답을 써 주세요.", grade=True, solution=True, grade_id="written", points=2),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, root / "source" / "00-start" / "exercise.ipynb")
    nbgrader(root, "generate_assignment", "00-start", "--force")
    submitted = root / "submitted" / "ana" / "00-start"
    submitted.mkdir(parents=True)
    released = nbformat.read(root / "release" / "00-start" / "exercise.ipynb", as_version=4)
    released.cells[0].source = "fee = 15000"  # answered; the free-response and written parts left empty
    nbformat.write(released, submitted / "exercise.ipynb")
    nbgrader(root, "autograde", "00-start", "--force")
    run = nbgrader(root, "generate_feedback", "00-start", "--force")
    page = (root / "feedback" / "ana" / "00-start" / "exercise.html").read_text(encoding="utf-8")
    return page, run.stdout + run.stderr


def _visible_text(page: str) -> str:
    page = re.sub(r"<(style|script)\b.*?</\1>", "", page, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def test_feedback_page_speaks_korean(feedback):
    text = _visible_text(feedback[0])
    assert [word for word in ENGLISH if word in text] == []
    assert "주피터 첫걸음 — 연습 문제 피드백" in text  # the module's title from syllabus.yml, not 00-start
    assert "점수 1 / 4" in text and "확인 셀" in text and "내가 쓴 답" in text
    assert "아직 답을 쓰지 않았어요." in text  # nbgrader's own "No response." comment, in Korean
    assert "점수가 낮은 셀부터 다시 열어 보고" in text  # not full marks: what to do next


def test_feedback_page_loads_nothing_from_the_internet(feedback):
    page = feedback[0]
    loads = re.findall(r"""<(?:script|link|img|iframe)\b[^>]*(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    imports = re.findall(r"""@import\s+(?:url\()?["']?(?:https?:)?//""", page, re.I)
    assert loads == [] and imports == []


def test_generate_feedback_warns_about_no_unknown_option(feedback):
    assert "display_data_priority" not in feedback[1]
    assert "not recognized" not in feedback[1]
