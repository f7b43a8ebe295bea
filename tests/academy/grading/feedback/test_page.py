"""Issue 17.4: a failed part's feedback shows the part's first hint (declared in
academy/exercises/, never the answer) under its Korean likely-mistake message; a passed part none."""

from __future__ import annotations

import os

from nbformat.v4 import new_code_cell, new_notebook, new_output

from academy import layout
from academy.exercises.m01_values import exercise
from academy.grading.feedback.page import FeedbackText, first_hint

REPO = str(layout.REPO)


def check_cell(grade_id: str, part: str, score: float, points: float = 3):
    cell = new_code_cell(f"# 확인 셀: 실행만 하세요. (고치지 마세요)\nq.{part}.check()")
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "locked": True, "grade_id": grade_id,
                                 "points": points, "score": score, "schema_version": 3}
    if score < points:
        cell.outputs = [new_output("error", ename="CheckFailed", evalue="[다시 봐요] 곱하기를 했는지 확인해 보세요.",
                                   traceback=["[다시 봐요] 곱하기를 했는지 확인해 보세요."])]
    return cell


def feedback(cells):
    resources = {"nbgrader": {"assignment": "01-values", "notebook": "exercise", "score": 3, "max_score": 6, "late_penalty": 0}}
    return FeedbackText().preprocess(new_notebook(cells=cells), resources)


def test_a_failed_part_gets_its_first_hint_and_a_passed_part_none():
    nb, _ = feedback([check_cell("t1", "total_class_fee", 0), check_cell("t2", "cost_per_person", 3)])
    assert nb.cells[0].metadata["academy"]["hint"] == exercise.total_class_fee.hints[0]
    assert "academy" not in nb.cells[1].metadata
    assert first_hint("01-values", "q.no_such_part.check()") == "" and first_hint("99-none", "q.x.check()") == ""


def test_the_feedback_page_shows_the_hint_under_the_message():
    from nbconvert import HTMLExporter
    from nbgrader.server_extensions.formgrader import handlers

    nb, resources = feedback([check_cell("t1", "total_class_fee", 0)])
    # the exporter as nbgrader's GenerateFeedback sets it up, with the course's template first
    bootstrap = os.path.join(os.path.dirname(handlers.__file__), "static", "node_modules", "bootstrap", "dist", "css")
    exporter = HTMLExporter(template_name="feedback", extra_template_paths=[bootstrap],
                            extra_template_basedirs=[os.path.join(REPO, "graders", "templates"), handlers.template_path])
    html, _ = exporter.from_notebook_node(nb, resources=resources)
    hint = exercise.total_class_fee.hints[0].replace("`", "")
    assert "힌트:" in html and "academy-hint" in html
    text = html.replace("<code>", "").replace("</code>", "").replace("&#96;", "").replace("`", "")
    assert hint in text
