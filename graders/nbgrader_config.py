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

# Hidden tests are restored for grading but must never reach learners through feedback.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# One exchange can serve several courses (one per district).
c.Exchange.path_includes_course = True
