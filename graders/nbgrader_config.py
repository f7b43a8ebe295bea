"""nbgrader settings shared by every district course (the one home of grading configuration).

A course directory's own ``nbgrader_config.py`` (written by ``academy course init``) loads this
file and adds only what is local: the course id, the course root and the exchange.
"""

c = get_config()  # noqa: F821

# Korean stubs where solutions are cleared from the released notebook.
c.ClearSolutions.code_stub = {
    "python": "# 여기에 코드를 써 보세요. (다 쓰면 아래 줄은 지워 주세요)\nraise NotImplementedError()",
}
c.ClearSolutions.text_stub = "여기에 답을 써 주세요."

# A lesson that hangs must not hang the grader.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True

# Hidden tests are restored for grading but must never reach learners through feedback: not in
# the source (ClearHiddenTestsInTests: test cells only, so a learner's answer that imitates the
# markers cannot break feedback) and not in a failing assert's traceback (ShortTestErrors).
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "academy.grading.feedback.steps.ClearHiddenTestsInTests",
    "academy.grading.feedback.steps.ShortTestErrors",
    "academy.grading.feedback.page.FeedbackText",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# The feedback page in Korean and offline: templates/feedback/ shadows nbgrader's template of the
# same name (formgrader's "generate feedback" button forces template_name = "feedback", so the
# override must keep that name and come first); nbgrader's own folder stays for everything else.
# nbgrader's folder is found without importing nbgrader (formgrader's handlers import all of it and
# jupyter_server: seconds, paid by every reader of this file -- `academy grade` before its first kernel).
import os  # noqa: E402
from importlib.util import find_spec  # noqa: E402

c.HTMLExporter.extra_template_basedirs = [
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates"),
    os.path.join(find_spec("nbgrader").submodule_search_locations[0], "server_extensions", "formgrader", "templates"),
]

# One exchange can serve several courses (one per district); the learners' role configs say the same.
from academy.admin.course import SHARED_EXCHANGE  # noqa: E402

c.Exchange.path_includes_course = SHARED_EXCHANGE["path_includes_course"]

# Collect files an inbound entry under a learner only if that learner's Unix account
# (<VerifiedCollect.unix_prefix><id>, set by `academy hub setup`) owns it; see academy/grading/collect.py.
c.ExchangeFactory.collect = "academy.grading.collect.VerifiedCollect"

# Learner code runs only in the grading sandbox (academy/grading/): throwaway UID, no network,
# rlimits, private copy, only an allow-list visible (interpreter, package, sample data). Same
# list as stock, with Execute swapped, so the CLI, formgrader's button and `academy grade` all
# grade the same way.
c.Autograde.autograde_preprocessors = [
    "academy.grading.execute.SandboxedExecute",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]

# The district's late policy (accept / note / refuse), applied by nbgrader's own AssignLatePenalties
# step above, so formgrader's button, `nbgrader autograde` and `academy grade` agree: under refuse a
# late submission counts 0 points (academy/grading/late.py). `academy hub setup` writes the district's
# [deadlines] late_policy into the course's config as c.DistrictLatePolicy.policy.
c.AssignLatePenalties.plugin_class = "academy.grading.late.DistrictLatePolicy"

# Test and locked cells a learner deleted are put back from the source (else: stuck at
# "needs manual grading"); runs right after OverwriteCells restored the ones still present.
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.DeduplicateIds",
    "nbgrader.preprocessors.OverwriteKernelspec",
    "academy.grading.overwrite.OverwriteCells",  # stock, without "checksum has changed" for untouched cells
    "academy.grading.restore.RestoreDeletedCells",
    "nbgrader.preprocessors.CheckCellMetadata",
]
