"""The district's late policy, applied by nbgrader itself: a ``LateSubmissionPlugin``.

nbgrader's ``AssignLatePenalties`` step (in ``Autograde.autograde_preprocessors``) asks
``AssignLatePenalties.plugin_class`` for a penalty for every notebook of a submission that came
after the module's due date (the gradebook's ``total_seconds_late``). graders/nbgrader_config.py
names :class:`DistrictLatePolicy` there, so every way of grading applies the policy the same way:
formgrader's "autograde" button, ``nbgrader autograde`` and ``academy grade`` (whose workers run
nbgrader's own autograde). ``academy hub setup`` writes the district's ``[deadlines] late_policy``
into the course's and the formgrader's nbgrader config (``c.DistrictLatePolicy.policy``).

* ``accept`` and ``note``: no penalty (nbgrader still records how late it came: the gradebook, the
  reports and the dashboard mark it; ``note`` differs for the learner before the deadline passes);
* ``refuse``: the penalty is the notebook's whole score, so the submission counts 0 points; the
  learner's feedback, the reports and the dashboard say why (:func:`academy.deadlines.refused`).

>>> DistrictLatePolicy(policy="refuse").late_submission_penalty("kim", 7.0, 3600)
7.0
>>> DistrictLatePolicy(policy="note").late_submission_penalty("kim", 7.0, 3600) is None
True
"""

from __future__ import annotations

from typing import Optional

from nbgrader.plugins import LateSubmissionPlugin
from traitlets import Enum

from academy.deadlines import POLICIES

# What the engine turns into the learner's Korean notice (academy/grading/engine.py, _WARNINGS).
REFUSED_LOG = "Late policy refuse: {student}'s submission is {seconds} seconds late and counts 0 points"


class DistrictLatePolicy(LateSubmissionPlugin):
    """The penalty for a late notebook under the district's ``[deadlines] late_policy``."""

    policy = Enum(POLICIES, default_value="accept",
                  help="The district's [deadlines] late_policy (academy/deadlines.py): accept, note (no penalty; "
                       "both leave the score as it is) or refuse (a late submission counts 0 points). "
                       "Written by `academy hub setup`; accept is stock nbgrader's behaviour.").tag(config=True)

    def late_submission_penalty(self, student_id: str, score: float, total_seconds_late: float) -> Optional[float]:
        if self.policy != "refuse" or total_seconds_late <= 0:
            return None
        self.log.warning(REFUSED_LOG.format(student=student_id, seconds=total_seconds_late))
        return score


__all__ = ["DistrictLatePolicy", "REFUSED_LOG"]
