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
from academy/messages/ko/lab.yml and shows each module's Korean title. What stays English there:
text nbgrader's *server* sends as it is (an exchange error in the list, a refused submission's
reason other than ours -- under ``late_policy = "refuse"`` the reason is ours, in Korean), the
Python traceback of a failing cell in the Validate dialog, the course id, and nbgrader's commands in
the command palette (their labels are fixed when nbgrader registers them; the panel's menu is Korean).

>>> from datetime import datetime, timezone
>>> korean_time(datetime(2026, 12, 3, 16, 59, 30, tzinfo=timezone.utc), "Asia/Seoul")
'2026년 12월 4일 오전 1:59'
>>> korean_time(datetime(2026, 12, 4, 3, 5, tzinfo=timezone.utc), "Asia/Seoul")
'2026년 12월 4일 오후 12:05'
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from nbgrader.server_extensions.assignment_list.handlers import AssignmentList
from nbgrader.utils import parse_utc

from academy.deadlines import is_late, learner_due, learner_module, when
from academy.messages import say


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


class KoreanAssignmentList(AssignmentList):
    """nbgrader's manager; the submitted list's times (sorted by nbgrader first) shown in Korean,
    late ones marked; under the district's ``refuse`` policy a submit after the deadline is
    refused in Korean (nothing is copied, the notebook stays in the learner's home)."""

    def list_submitted_assignments(self, course_id=None):
        result = super().list_submitted_assignments(course_id=course_id)
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
            title = learner_module(assignment_id).get("title")
            module = f"{title}({assignment_id})" if title else assignment_id
            return {"success": False, "value": say("deadlines.refused", module=module, when=when(due))}
        return super().submit_assignment(course_id, assignment_id)


def _load_jupyter_server_extension(serverapp) -> None:
    from nbgrader.server_extensions.assignment_list import handlers

    handlers.load_jupyter_server_extension(serverapp)
    manager = KoreanAssignmentList(parent=serverapp)
    manager.root_dir = serverapp.root_dir
    serverapp.web_app.settings["assignment_list_manager"] = manager


def _jupyter_server_extension_points():
    return [{"module": "academy.hub.assignments"}]
