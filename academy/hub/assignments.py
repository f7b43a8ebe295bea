"""nbgrader's Assignment List server extension, with submission times in Korean time.

nbgrader records a submission's time as ``2026-12-03 16:59:00.123456 UTC`` and its lab extension
shows that string as it is. The string is also the submission's name in the exchange and what
grading parses (``Exchange.timestamp_format`` must stay parseable by dateutil), so it is not
changed where it is recorded: only the list a learner's JupyterLab receives shows it as
``2026년 12월 4일 오전 1:59`` in the district's time zone (the server's ``TZ``). Everything else
is nbgrader's own handlers and manager.

nbgrader 0.9.6's lab extension (``@jupyter/nbgrader``) does not use JupyterLab's translator (no
``ITranslator``), so no language pack reaches its words; the academy's own lab extension
(labextension/, academy/hub/labext.py) makes its menu, panel, buttons, tooltips and dialogs Korean
from academy/messages/ko/lab.yml and shows each module's Korean title, nbgrader's commands in the
palette and menu included.

What nbgrader's *server* sends is made Korean here: when the exchange refuses (a module not
released or taken back, a folder already there, no access, no permission, a submission too big,
no feedback to fetch) nbgrader answers with its Python traceback, which its panel shows as it is
(in the lists, or in the "Invalid Submission" dialog); a failed fetch it does not answer at all
(its handler drops the result and sends the lists again, so the click seems to do nothing). Here a
failure's reason is read from nbgrader's own error text and said in Korean with the next step
(``lab.exchange`` in academy/messages/ko/lab.yml), fetch and fetch-feedback failures are answered,
and the English stays in the server log. What stays English: the course id, and the Python
traceback of a failing cell in the Validate dialog (academy/hub/validate.py adds the Korean
explainer under it).

>>> from datetime import datetime, timezone
>>> korean_time(datetime(2026, 12, 3, 16, 59, 30, tzinfo=timezone.utc), "Asia/Seoul")
'2026년 12월 4일 오전 1:59'
>>> korean_time(datetime(2026, 12, 4, 3, 5, tzinfo=timezone.utc), "Asia/Seoul")
'2026년 12월 4일 오후 12:05'
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from nbgrader.server_extensions.assignment_list import handlers
from nbgrader.server_extensions.assignment_list.handlers import AssignmentList
from nbgrader.utils import parse_utc
from tornado import web

from academy.deadlines import is_late, learner_due, learner_module, when
from academy.messages import has, say


def korean_time(moment: datetime, tz: str | None = None) -> str:
    """``moment`` (aware) as Korean clock time in ``tz`` (default: ``TZ``, else Asia/Seoul)."""
    local = moment.astimezone(ZoneInfo(tz or os.environ.get("TZ") or "Asia/Seoul"))
    hour = local.hour % 12 or 12
    return say("hub.korean_time", year=local.year, month=local.month, day=local.day,
               half=say("hub.am") if local.hour < 12 else say("hub.pm"), hour=hour, minute=f"{local.minute:02d}")


def korean_timestamp(stamp: str, tz: str | None = None) -> str:
    """An nbgrader timestamp string in Korean time; a string nbgrader cannot parse stays as it is.

    >>> korean_timestamp("2026-12-03 16:59:00.123456 UTC", "Asia/Seoul")
    '2026년 12월 4일 오전 1:59'
    """
    try:
        return korean_time(parse_utc(stamp).replace(tzinfo=timezone.utc), tz)  # parse_utc: naive UTC
    except (ValueError, OverflowError, TypeError):
        return stamp


def late_label(stamp: str, due: datetime | None) -> str:
    """A submission's time in Korean, marked when it came after the module's due date.

    >>> from datetime import timezone
    >>> late_label("2026-12-10 09:30:00 UTC", datetime(2026, 12, 10, 18, 0, tzinfo=ZoneInfo("Asia/Seoul")))
    '2026년 12월 10일 오후 6:30 (마감 뒤 제출)'
    """
    try:
        moment = parse_utc(stamp).replace(tzinfo=timezone.utc)
    except (ValueError, OverflowError, TypeError):
        return stamp
    shown = korean_time(moment, str(due.tzinfo) if due is not None else None)
    return say("deadlines.late_note", stamp=shown) if is_late(moment, due) else shown


# nbgrader's exchange errors (its own English, nbgrader 0.9.6 exchange/default/*.py) -> the reason a
# learner is told (lab.exchange.<action>_<reason> or lab.exchange.<reason>); first match wins.
REASONS = [
    ("not_found", ("Assignment not found",)),
    ("already", ("You already have a copy of the assignment",)),
    ("no_access", ("You do not have access to this course",)),
    ("too_big", ("Directory size is too big",)),
    ("no_exchange", ("The exchange directory does not exist", "Inbound directory doesn't exist", "Course not found")),
    ("permission", ("permission", "Permission", "Unwritable directory", "You don't own")),
]


def module_label(assignment_id: str) -> str:
    """A module as a learner reads it: its Korean title from syllabus.yml, then its id."""
    title = learner_module(assignment_id).get("title") if assignment_id else None
    return f"{title}({assignment_id})" if title else (assignment_id or "")


def exchange_failure(detail: str, action: str, assignment_id: str = "") -> str:
    """What a learner reads when nbgrader's ``action`` (fetch, submit, fetch_feedback, list) failed
    with ``detail`` (nbgrader's traceback or message): the reason when nbgrader's text names one,
    else the action's own message; always Korean, always with a next step.

    >>> exchange_failure("ExchangeError: Assignment not found at: /srv/x/c/outbound/09-x", "fetch", "09-x")
    '09-x 과제는 지금 받을 수 없어요. 선생님이 아직 열지 않았거나 거두어들였어요. 새로 고침(↻)을 누르면 지금 받을 수 있는 과제가 보여요.'
    >>> exchange_failure("KeyError: 'x'", "submit", "09-x").startswith("09-x 과제를 내지 못했어요.")
    True
    """
    reason = next((name for name, needles in REASONS if any(needle in detail for needle in needles)), None)
    keys = [f"lab.exchange.{action}_{reason}", f"lab.exchange.{reason}"] if reason else []
    key = next((k for k in keys if has(k)), f"lab.exchange.{action}")
    return say(key, module=module_label(assignment_id))


def _korean(result: dict, action: str, assignment_id: str = "") -> dict:
    """nbgrader's ``{"success": False, "value": <traceback>}`` with the Korean message instead
    (the traceback is in the server log already: nbgrader logs it where it catches it)."""
    if result.get("success"):
        return result
    return {"success": False, "value": exchange_failure(str(result.get("value", "")), action, assignment_id)}


class KoreanAssignmentList(AssignmentList):
    """nbgrader's manager; the submitted list's times (sorted by nbgrader first) shown in Korean,
    late ones marked; under the district's ``refuse`` policy a submit after the deadline is
    refused in Korean (nothing is copied, the notebook stays in the learner's home); every failure
    nbgrader reports is said in Korean (:func:`exchange_failure`)."""

    def list_released_assignments(self, course_id=None):
        return _korean(super().list_released_assignments(course_id=course_id), "list")

    def list_submitted_assignments(self, course_id=None):
        result = _korean(super().list_submitted_assignments(course_id=course_id), "list")
        if result.get("success"):
            for assignment in result["value"]:
                due, _ = learner_due(assignment.get("assignment_id", ""))
                for submission in assignment.get("submissions", []):
                    submission["timestamp"] = late_label(submission["timestamp"], due)
                if assignment.get("timestamp"):
                    assignment["timestamp"] = late_label(assignment["timestamp"], due)
        return result

    def submit_assignment(self, course_id, assignment_id):
        due, policy = learner_due(assignment_id)
        if policy == "refuse" and is_late(datetime.now(timezone.utc), due):
            self.log.warning("refused a submission of %s after its due date %s", assignment_id, due)
            return {"success": False, "value": say("deadlines.refused", module=module_label(assignment_id), when=when(due))}
        return _korean(super().submit_assignment(course_id, assignment_id), "submit", assignment_id)

    def fetch_assignment(self, course_id, assignment_id):
        return _korean(super().fetch_assignment(course_id, assignment_id), "fetch", assignment_id)

    def fetch_feedback(self, course_id, assignment_id):
        """nbgrader's fetch; when afterwards no submission of the module has feedback in the learner's
        home (none was returned yet: nbgrader only logs that, or fails on the course's feedback folder
        that no release has made yet), the learner is told so instead of a click that does nothing.
        (Decided after the fetch, from the learner's own files: under ngshare the list before a fetch
        did not report the feedback waiting in the exchange.)"""
        result = super().fetch_feedback(course_id, assignment_id)
        if not result.get("success") and "Assignment not found" not in str(result.get("value", "")):
            return _korean(result, "fetch_feedback", assignment_id)
        listed = super().list_submitted_assignments(course_id=course_id)
        if listed.get("success") and not any(s.get("has_local_feedback") for a in listed["value"]
                                             if a.get("assignment_id") == assignment_id for s in a.get("submissions", [])):
            return {"success": False, "value": say("lab.exchange.fetch_feedback_none", module=module_label(assignment_id))}
        return _korean(result, "fetch_feedback", assignment_id)


class AssignmentActionHandler(handlers.AssignmentActionHandler):
    """nbgrader's fetch / submit / fetch_feedback; a failed fetch or fetch-feedback is answered
    with its (Korean) reason, which nbgrader's panel shows in its lists, instead of the lists as if
    nothing had happened (nbgrader drops the result)."""

    @web.authenticated
    def post(self, action):
        if action not in ("fetch", "fetch_feedback"):
            return super().post(action)
        try:
            data = {"assignment_id": self.get_argument("assignment_id"), "course_id": self.get_argument("course_id")}
        except web.MissingArgumentError:
            data = self.get_json_body()
        run = self.manager.fetch_assignment if action == "fetch" else self.manager.fetch_feedback
        output = run(data["course_id"], data["assignment_id"])
        if output["success"]:
            output = self.manager.list_assignments(course_id=data["course_id"])
        self.finish(json.dumps(output))


def _load_jupyter_server_extension(serverapp) -> None:
    """nbgrader's assignment_list extension (its load function, with the action handler above)."""
    from jupyter_server.utils import url_path_join

    webapp = serverapp.web_app
    manager = KoreanAssignmentList(parent=serverapp)
    manager.root_dir = serverapp.root_dir
    webapp.settings["assignment_list_manager"] = manager
    routes = [(pattern, AssignmentActionHandler if handler is handlers.AssignmentActionHandler else handler)
              for pattern, handler in handlers.default_handlers]
    webapp.add_handlers(".*$", [(url_path_join(webapp.settings["base_url"], pattern), handler)
                                for pattern, handler in routes])
    serverapp.log.info("Loaded nbgrader's assignment_list with Korean times and messages (academy.hub.assignments)")


def _jupyter_server_extension_points():
    return [{"module": "academy.hub.assignments"}]
