"""The district's late policy in nbgrader's own grading path (academy/grading/late.py): the plugin
alone and its wiring. Graded for real: through ``academy grade`` in tests/academy/grading/test_engine.py
(refuse / note, the feedback page), through formgrader's autograde button in
tests/academy/hub/test_formgrader_late.py (refuse / accept, feedback, report, dashboard).
"""

from __future__ import annotations

import pytest

from academy.grading.late import DistrictLatePolicy

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
    from academy.hub.data_root import nbgrader_settings
    from academy.layout import graders_dir

    shared = PyFileConfigLoader("nbgrader_config.py", path=str(graders_dir())).load_config()
    assert shared.AssignLatePenalties.plugin_class == "academy.grading.late.DistrictLatePolicy"
    settings = district.load("demo")
    settings["deadlines"]["late_policy"] = "refuse"
    for role in ("grader", "course"):  # formgrader's config, the course root's (academy grade)
        assert nbgrader_settings(settings, role)["DistrictLatePolicy"] == {"policy": "refuse"}
    assert "DistrictLatePolicy" not in nbgrader_settings(settings, "learner")


def test_the_engine_turns_the_plugins_log_line_into_the_learners_notice():
    """academy grade's notices come from nbgrader's log: the plugin's line (REFUSED_LOG) must stay
    one the engine recognises (academy/grading/engine.py _WARNINGS)."""
    from academy.grading.engine import notices_from_log
    from academy.grading.late import REFUSED_LOG
    from academy.messages import say

    line = "[WARNING] " + REFUSED_LOG.format(student="kim", seconds=2.5 * HOUR)
    assert notices_from_log([line]) == [("refused_late", {"late": "2시간 늦음"})]
    assert "점수에 들어가지 않아요" in say("grading.notice_refused_late", late="2시간 늦음")

