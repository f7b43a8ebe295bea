"""The district's late policy in nbgrader's own grading path (academy/grading/late.py).

The plugin alone (no grading), then a class graded by nbgrader's own ``autograde`` command --
the converter formgrader's "autograde" button runs -- under ``refuse`` (the late submission counts
0 points; its feedback, the report's row and formgrader's late mark say why) and under ``accept``
(the same submission keeps its points).
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from pathlib import Path

import pytest

from academy.grading.late import DistrictLatePolicy

from .conftest import CORRECT, FAST_LIMITS, MODULE, PANDAS_MODULE, needs_root

HOUR = 3600.0


@pytest.mark.parametrize("policy, seconds, penalty", [
    ("refuse", 2.5 * HOUR, 7.0), ("refuse", 0, None), ("note", 2.5 * HOUR, None), ("accept", 2.5 * HOUR, None)])
def test_only_refuse_takes_the_points_of_a_late_notebook(policy, seconds, penalty):
    assert DistrictLatePolicy(policy=policy).late_submission_penalty("kim", 7.0, seconds) == penalty


def test_an_unknown_policy_is_refused_and_stock_behaviour_is_the_default():
    from traitlets import TraitError

    with pytest.raises(TraitError):
        DistrictLatePolicy(policy="maybe")
    assert DistrictLatePolicy().late_submission_penalty("kim", 7.0, HOUR) is None  # = nbgrader's "none"


def test_the_course_config_names_the_plugin_and_setup_writes_the_district_policy():
    from traitlets.config.loader import PyFileConfigLoader

    from academy import district
    from academy.hub.setup import nbgrader_settings
    from academy.paths import graders_dir

    shared = PyFileConfigLoader("nbgrader_config.py", path=str(graders_dir())).load_config()
    assert shared.AssignLatePenalties.plugin_class == "academy.grading.late.DistrictLatePolicy"
    settings = district.load("demo")
    settings["deadlines"]["late_policy"] = "refuse"
    for role in ("grader", "course"):  # formgrader's config, the course root's (academy grade)
        assert nbgrader_settings(settings, role)["DistrictLatePolicy"] == {"policy": "refuse"}
    assert "DistrictLatePolicy" not in nbgrader_settings(settings, "learner")


def _text(page: Path) -> str:
    raw = page.read_text(encoding="utf-8")
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style.*?</style>", "", raw, flags=re.S))).split())


@needs_root
@pytest.mark.slow
def test_nbgrader_autograde_applies_the_district_policy(tmp_path: Path):
    from nbgrader.api import Gradebook

    from academy.course import nbgrader
    from academy.database import course_gradebook_url
    from academy.deadlines import counted_score, refused
    from academy.grading.reports import PROGRESS_HEADER, learner_progress
    from tests.support.sample_class import make_course, submit

    course = make_course(tmp_path / "late", PANDAS_MODULE, extra_config=FAST_LIMITS + "c.DistrictLatePolicy.policy = 'refuse'\n")
    with Gradebook(course_gradebook_url(course)) as gb:
        gb.update_or_create_assignment(MODULE, duedate=datetime(2026, 11, 20, 12, 0))
    submit(course, MODULE, "on-time", CORRECT, timestamp="2026-11-20 11:59:00.000000 UTC")
    submit(course, MODULE, "too-late", CORRECT, timestamp="2026-11-20 14:30:00.000000 UTC")

    def grade() -> dict[str, dict]:
        nbgrader(course, "autograde", MODULE, "--force")
        nbgrader(course, "generate_feedback", MODULE, "--force")
        with Gradebook(course_gradebook_url(course)) as gb:
            return {s.student_id: {"raw": s.score, "counted": counted_score(s), "refused": refused(s)}
                    for s in gb.assignment_submissions(MODULE)}

    refusing = grade()
    assert refusing["on-time"] == {"raw": 8.0, "counted": 8.0, "refused": False}
    assert refusing["too-late"] == {"raw": 8.0, "counted": 0.0, "refused": True}  # graded, counts 0
    page = _text(course / "feedback" / "too-late" / MODULE / "exercise.html")
    assert "마감이 지난 뒤 제출해서(2시간 늦음) 점수에 들어가지 않아요" in page and "점수 0 / 8" in page
    assert "마감이 지난 뒤" not in _text(course / "feedback" / "on-time" / MODULE / "exercise.html")
    rows = {r[0]: dict(zip(PROGRESS_HEADER, r)) for r in learner_progress(course)}
    assert (rows["too-late"]["점수"], rows["too-late"]["늦게 냄"], rows["too-late"]["늦어서 0점"]) == (0.0, "2시간 늦음", "예")
    assert (rows["on-time"]["점수"], rows["on-time"]["늦어서 0점"]) == (8.0, "")

    # the district accepts late work again: graded anew, the same submission keeps its points
    with open(course / "nbgrader_config.py", "a", encoding="utf-8") as config:
        config.write("c.DistrictLatePolicy.policy = 'accept'\n")
    accepting = grade()
    assert accepting["too-late"] == {"raw": 8.0, "counted": 8.0, "refused": False}
    page = _text(course / "feedback" / "too-late" / MODULE / "exercise.html")
    assert "마감이 지난 뒤" not in page and "점수 8 / 8" in page
    rows = {r[0]: dict(zip(PROGRESS_HEADER, r)) for r in learner_progress(course)}
    assert (rows["too-late"]["점수"], rows["too-late"]["늦게 냄"], rows["too-late"]["늦어서 0점"]) == (8.0, "2시간 늦음", "")
