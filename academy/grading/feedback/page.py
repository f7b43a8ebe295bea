"""The feedback page in Korean: labels, module title and nbgrader's own comments.

nbgrader renders feedback with the ``feedback`` nbconvert template; the course overrides it with
``graders/templates/feedback/`` (Korean, offline: no MathJax or other script from a CDN), which
reads its words from ``resources["academy"]`` filled here from ``academy/messages/ko/feedback.yml``.
nbgrader writes some comments itself, in English (``"No response."`` for an answer left empty);
they are replaced by their Korean text. A comment an instructor typed is left as written.
Under a failed test cell (``q.<part>.check()``) the page shows that part's first hint from
``academy/exercises/`` (hints never hold the answer), next to the cell's Korean likely-mistake message.

>>> from nbformat.v4 import new_code_cell, new_notebook
>>> cell = new_code_cell("raise NotImplementedError()")
>>> cell.metadata["nbgrader"] = {"solution": True, "grade": True, "grade_id": "a", "comment": "No response."}
>>> nb, res = FeedbackText().preprocess(new_notebook(cells=[cell]),
...                                     {"nbgrader": {"assignment": "00-start", "notebook": "exercise"}})
>>> nb.cells[0].metadata.nbgrader.comment
'아직 답을 쓰지 않았어요. 답 칸을 채운 뒤 다시 내 보세요.'
>>> res["academy"]["title"]
'주피터 첫걸음 — 연습 문제 피드백'
"""

from __future__ import annotations

import re

from nbgrader.preprocessors import NbGraderPreprocessor

from academy import messages
from academy.admin import syllabus
from academy.grading.feedback.steps import display_data_priority


def module_title(module_id: str) -> str:
    """The Korean title of a module from ``syllabus.yml`` (the id itself for an unknown module)."""
    try:
        return syllabus.module(module_id).title
    except (KeyError, LookupError, syllabus.SyllabusError):
        return module_id


class FeedbackText(NbGraderPreprocessor):
    """Put the page's Korean words into ``resources["academy"]``; translate nbgrader's comments."""

    display_data_priority = display_data_priority()  # see academy.grading.feedback.steps

    def preprocess(self, nb, resources):
        text = messages.catalogue()["feedback"]
        info = resources.get("nbgrader", {})
        notebook = info.get("notebook", "")
        resources["academy"] = {
            "text": text,
            "title": messages.say("feedback.page_title", module=module_title(info.get("assignment", "")),
                                  notebook=text["notebook_names"].get(notebook, notebook)),
            "refused": refused_reason(info),
        }
        if resources["academy"]["refused"]:
            info["score"] = 0  # (nbgrader's: score less penalty -- points given by hand later included)
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        comment = meta.get("comment")
        if isinstance(comment, str):
            meta["comment"] = messages.catalogue()["feedback"]["auto_comments"].get(comment.strip(), comment)
        if _failed_test_cell(cell):
            hint = first_hint(resources.get("nbgrader", {}).get("assignment", ""), cell.source)
            if hint:
                cell.metadata["academy"] = {"hint": hint}
        return cell, resources


def refused_reason(info: dict) -> str:
    """The Korean reason a submission counts 0 under ``late_policy = "refuse"`` (academy/grading/late.py),
    read from the gradebook ``resources["nbgrader"]`` names; "" for any other submission."""
    from nbgrader.api import Gradebook, MissingEntry

    from academy.deadlines import lateness, refused

    if not all(info.get(key) for key in ("db_url", "assignment", "student")):
        return ""
    with Gradebook(info["db_url"]) as gb:
        try:
            submission = gb.find_submission(info["assignment"], info["student"])
        except MissingEntry:
            return ""
        if not refused(submission):
            return ""
        return messages.say("feedback.refused_late", late=lateness(submission.total_seconds_late))


CHECK_CALL = re.compile(r"^\s*\w+\.(\w+)\.check\(\)", re.MULTILINE)


def _failed_test_cell(cell) -> bool:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return (cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")
            and meta.get("score") is not None and meta["score"] < meta.get("points", 0))


def first_hint(module_id: str, source: str) -> str:
    """The first hint of the part a test cell checks (``q.<part>.check()``), from the module's
    exercise declarations (academy/exercises/); "" when there is none. Hints are written for
    learners and never hold the answer (tests/academy/test_exercises.py)."""
    import importlib

    from academy.checking import ProblemSet

    match = CHECK_CALL.search(source)
    if not match:
        return ""
    try:
        declared = importlib.import_module(syllabus.module(module_id).exercises_module)
    except (ImportError, LookupError, syllabus.SyllabusError):
        return ""
    for value in vars(declared).values():
        if isinstance(value, ProblemSet) and match.group(1) in dir(value):
            hints = getattr(value, match.group(1)).hints
            return hints[0] if hints else ""
    return ""


__all__ = ["FeedbackText", "module_title"]
