"""Which courses a learner is in, for nbgrader's exchange, also while the hub is down.

nbgrader's ``JupyterHubAuthPlugin`` asks the hub for the learner's groups on every list, fetch
and submit (``GET /users/NAME``, no timeout). While the hub restarts (seconds, a minute under a
supervisor) that fails, and a learner pressing Fetch or Submit gets an error, or waits, although
their server, the proxy and the exchange are all there.

``DistrictAuthPlugin`` asks the hub the same question, with a short timeout, and remembers the
answer in the server process. When the hub cannot be reached (connection refused, timeout, 5xx)
it answers from memory: the last answer the hub gave, or -- when the hub was never asked since
the server started -- ``offline_courses``, the district's course, which the learner's role
config names (academy/hub/data_root.py: every learner server of a district is spawned for its one
course). An answer from the hub that refuses (403, 404) still refuses, and a course the hub
never named for the learner is never granted offline.

This is nbgrader's convenience check, as stock: what keeps a learner out of another district's
course is the file system (the data root is ``root:academy-<id> 0710``, academy/hub/permissions.py).

>>> DistrictAuthPlugin(offline_courses=["demo"]).get_student_courses("kim")  # hub down  # doctest: +SKIP
['demo']
"""

from __future__ import annotations

import os
import threading
import time

from nbgrader.auth.jupyterhub import JupyterhubApiError, JupyterHubAuthPlugin, get_jupyterhub_user
from traitlets import Float, List, Unicode

from academy.hub.api import HubAPI

# (hub API URL, student id) -> (courses, when the hub said so): one server process, one learner.
_ANSWERS: dict[tuple[str, str], tuple[list[str], float]] = {}
_LOCK = threading.Lock()


def courses_of(groups: list[str]) -> list[str]:
    """nbgrader's reading of hub groups: ``nbgrader-<course>`` and ``formgrade-<course>``.

    >>> courses_of(["nbgrader-demo", "formgrade-demo", "circle-3", "nbgrader-"])
    ['demo']
    """
    return sorted({group.split("-", 1)[1] for group in groups
                   if group.startswith(("nbgrader-", "formgrade-")) and group.split("-", 1)[1]})


class HubUnreachable(OSError):
    """The hub did not answer (down, restarting, or too slow)."""


class DistrictAuthPlugin(JupyterHubAuthPlugin):
    offline_courses = List(Unicode(), [], help="Courses the learner's server was spawned for: the answer while "
                                               "the hub cannot be reached and has not answered yet").tag(config=True)
    hub_timeout = Float(5.0, help="Seconds to wait for the hub's answer before answering from memory"
                        ).tag(config=True)

    def get_student_courses(self, student_id: str) -> list[str]:
        if student_id == "*":
            student_id = get_jupyterhub_user()
        base = os.environ.get("JUPYTERHUB_API_URL") or "http://127.0.0.1:8081/hub/api"
        key = (base, student_id)
        try:
            courses = self._ask_hub(base, student_id)
        except HubUnreachable as error:
            with _LOCK:
                remembered = _ANSWERS.get(key)
            if remembered is not None:
                courses, when = remembered
                self.log.warning("hub unreachable (%s): %s's courses as the hub said %.0f s ago: %s",
                                 error, student_id, time.time() - when, courses)
                return list(courses)
            self.log.warning("hub unreachable (%s): %s's courses as the server was spawned: %s",
                             error, student_id, self.offline_courses)
            return list(self.offline_courses)
        with _LOCK:
            _ANSWERS[key] = (courses, time.time())
        return courses

    def _ask_hub(self, base: str, student_id: str) -> list[str]:
        token = os.environ.get("JUPYTERHUB_API_TOKEN")
        if not token:
            raise JupyterhubApiError("JUPYTERHUB_API_TOKEN is not set: not a hub-spawned server")
        try:
            status, model = HubAPI(base=base, token=token).call("GET", f"/users/{student_id}",
                                                                timeout=self.hub_timeout)
        except OSError as error:  # refused, reset, timed out (socket.timeout is an OSError)
            raise HubUnreachable(str(error)) from None
        if status >= 500:
            raise HubUnreachable(f"hub answered {status}")
        if status != 200 or not isinstance(model, dict):
            raise JupyterhubApiError(f"hub API GET /users/{student_id} -> {status}")
        return courses_of(model.get("groups", []))
