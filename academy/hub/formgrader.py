"""The course's formgrader service: no root shell for instructors, and its pages in Korean.

``GraderAuthorizer`` keeps JupyterHub's access check and refuses the parts of a Jupyter server
that would hand an instructor a root process: kernels, sessions and terminals. Formgrader's own
pages and API, and the course files, stay available to ``formgrade-<course>`` members.

Korean pages, through nbgrader's own hooks (nothing of nbgrader is patched): this module is a
Jupyter server extension that loads nbgrader's formgrader extension and then gives it another
Jinja environment (``settings["nbgrader_jinja2_env"]``, which every formgrader page renders
with). Its loader looks in ``formgrader_templates/`` first; each page there extends nbgrader's
own page (reachable as ``nbgrader/<page>.tpl``) and replaces only the blocks that hold words:
title, menu, breadcrumbs, instructions, table headers. ``base.tpl`` is ours whole (Korean frame,
``lang="ko"``) and carries one small script, ``academy_ko.js``, that translates the words
nbgrader's Backbone views write into the page (status labels, dialogs, buttons, tooltips) from
the table in ``academy/messages/ko/formgrader.yml``, shows module ids with their Korean titles
(``syllabus.yml``) and learner names family name first with no comma ("이수강"). Dates come in
the district's time zone as ``2026년 12월 10일 18:00`` (``NbGraderAPI.timezone`` and
``timestamp_format``, written into the grader's nbgrader config by ``academy hub setup``).

What stays English, and why: nbgrader's log and traceback text inside result dialogs (the tool's
own output, kept as written so it can be searched and reported); the keyboard-shortcut names
(``Shift-Enter``...) in the grading page's help; nbgrader's "Current configuration" panel is left
out (an instructor has no use for it); anything nbgrader adds in a later version until it is added
to ``academy/messages/ko/formgrader.yml`` (tests/academy/hub/test_formgrader_korean.py lists the words).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jupyterhub.singleuser.extension import JupyterHubAuthorizer

NO_ROOT_PROCESSES = {"kernels", "sessions", "terminals"}
TEMPLATES = Path(__file__).with_name("formgrader_templates")


class GraderAuthorizer(JupyterHubAuthorizer):
    def is_authorized(self, handler, user, action, resource):
        if resource in NO_ROOT_PROCESSES:
            self.log.warning("refused %s on %s for %s: formgrader runs no kernels", action, resource, user.username)
            return False
        return super().is_authorized(handler, user, action, resource)


def module_titles() -> dict[str, str]:
    """Module id -> Korean title from ``syllabus.yml`` ({} when the curriculum cannot be read).

    >>> module_titles()["01-values"]
    '값과 변수'
    """
    from academy.admin import syllabus

    try:
        return {m.id: m.title for m in syllabus.load()}
    except syllabus.SyllabusError:
        return {}


def translations() -> dict:
    """What ``academy_ko.js`` needs: exact strings, patterns, DataTables' words, module titles.

    >>> t = translations()
    >>> t["exact"]["released"], t["modules"]["00-start"]
    ('배포됨', '주피터 첫걸음')
    """
    from academy.messages import catalogue

    words = catalogue()["formgrader"]
    return {"exact": words["exact"], "patterns": words["patterns"], "datatables": words["datatables"],
            "icons": words["icons"], "modules": module_titles()}


def korean_environment():
    """Formgrader's Jinja environment with our Korean pages in front of nbgrader's own."""
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader
    from nbgrader.server_extensions.formgrader import handlers

    stock = FileSystemLoader([handlers.template_path])
    env = Environment(loader=ChoiceLoader([FileSystemLoader([str(TEMPLATES)]),
                                           PrefixLoader({"nbgrader": stock}), stock]))
    titles = module_titles()
    env.globals["academy_translations"] = json.dumps(translations(), ensure_ascii=False).replace("</", "<\\/")
    env.filters["module_title"] = lambda module_id: (f"{titles[module_id]} ({module_id})" if module_id in titles
                                                     else module_id)
    return env


# Formgrader's dates (due dates, submission times): 2026년 12월 10일 18:00, in the district's zone.
TIMESTAMP_FORMAT = "%Y년 %-m월 %-d일 %H:%M"


def korean_dates(timezone: str | None = None):
    """nbgrader config for formgrader's dates; a course's own nbgrader_config.py still wins.

    >>> korean_dates("Asia/Seoul").NbGraderAPI.timezone
    'Asia/Seoul'
    """
    from traitlets.config import Config

    config = Config()
    config.NbGraderAPI.timezone = timezone or os.environ.get("TZ") or "Asia/Seoul"
    config.NbGraderAPI.timestamp_format = TIMESTAMP_FORMAT
    return config


LATE_API = "/formgrader/api/academy/late/([^/]+)"
SUBMISSION = r"/formgrader/submissions/([^/]+)/?"  # nbgrader's own route for its SubmissionHandler


def late_handler():
    """``GET LATE_API``: {learner id: "3시간 늦음"} for the module's late submissions, from the
    gradebook (nbgrader's ``total_seconds_late`` against the registered due date), with the reason
    it counts 0 points when the district's ``late_policy = "refuse"`` took them
    (academy/grading/late.py); the submissions page marks those rows (manage_submissions.tpl)."""
    from nbgrader.server_extensions.formgrader.base import BaseApiHandler, check_notebook_dir, check_xsrf
    from tornado import web

    from academy.deadlines import lateness, refused
    from academy.messages import say

    def label(submission) -> str:
        late = lateness(submission.total_seconds_late)
        return f"{late} · {say('deadlines.refused_short')}" if late and refused(submission) else late

    class LateSubmissions(BaseApiHandler):
        @web.authenticated
        @check_xsrf
        @check_notebook_dir
        def get(self, assignment_id):
            late = {s.student_id: label(s) for s in self.gradebook.assignment_submissions(assignment_id)}
            self.write(json.dumps({student: label for student, label in late.items() if label}, ensure_ascii=False))

    return LateSubmissions


def submission_handler():
    """nbgrader's page that grades one submission, with ``translator.tpl`` in its head: the page
    is an nbconvert template rendered by nbgrader's exporter, so its words (and those its
    scripts write) are translated in the browser like the other pages'."""
    from nbgrader.server_extensions.formgrader.handlers import SubmissionHandler

    class KoreanSubmission(SubmissionHandler):
        def write(self, chunk):
            if isinstance(chunk, str) and "</head>" in chunk:
                script = self.settings["nbgrader_jinja2_env"].get_template("translator.tpl").render()
                chunk = chunk.replace("<html>", '<html lang="ko">', 1).replace("</head>", script + "</head>", 1)
            super().write(chunk)

    return KoreanSubmission


def _load_jupyter_server_extension(serverapp) -> None:
    from jupyter_server.utils import url_path_join
    from nbgrader.server_extensions.formgrader import formgrader

    # Before nbgrader's own routes: they end with a catch-all /formgrader/.* (its 404 page).
    base_url = serverapp.web_app.settings["base_url"]
    serverapp.web_app.add_handlers(".*$", [(url_path_join(base_url, LATE_API), late_handler()),
                                           (url_path_join(base_url, SUBMISSION), submission_handler())])
    formgrader.load_jupyter_server_extension(serverapp)
    settings = serverapp.web_app.settings
    settings["nbgrader_jinja2_env"] = korean_environment()
    extension = settings["nbgrader_formgrader"]  # its API objects take their config from it
    dates = korean_dates()
    dates.merge(extension.config)
    extension.update_config(dates)


def _jupyter_server_extension_points():
    return [{"module": "academy.hub.formgrader"}]
