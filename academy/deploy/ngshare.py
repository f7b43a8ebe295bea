"""nbgrader's exchange by hub identity: ngshare as a hub service (``[exchange] kind = "ngshare"``).

The default exchange (``kind = "unix"``) is a shared folder and knows who submitted by the Unix
account that wrote the file (academy/grading/collect.py). On Kubernetes every learner's pod runs
as the same UID, so there the exchange must know people by their hub login: ngshare (the service,
holding every file) with ngshare-exchange (nbgrader's exchange classes that talk to it). Chosen
and tried in deploy/z2jh/exchange-ngshare.md; the same setup runs on one machine, where the
tests prove it (tests/academy/deploy/test_ngshare.py).

* Who: ngshare asks the hub ``/hub/api/user`` with the caller's token; a learner's nbgrader sends
  the token of their own server (``JUPYTERHUB_API_TOKEN``). A learner posting under another
  name is recorded under their own (ngshare ignores the name they claim).
* Where it runs: ngshare 0.6.0 silently loses releases and submissions on SQLAlchemy 2, so it
  runs in its own small environment ``<venv>-ngshare`` (scripts/bootstrap.sh: ngshare, SQLAlchemy
  1.4 and alembic from deploy/ngshare/requirements.txt in front of the hub's packages), through
  deploy/ngshare/serve.py (loopback only, services apart from people, the roster from the hub's
  groups). Its database and files: ``<data_root>/ngshare/`` (root 0700; backups take it along).
* nbgrader: learners', instructors' and the grader's configs name ngshare-exchange's classes
  (``nbgrader_settings``; academy/hub/data_root.py writes them, the one writer); ngshare-exchange is
  installed ``--no-deps`` into the hub's venv (deploy/ngshare/exchange-requirements.txt).
* Grading as root (``academy grade``, ``release.release``) acts as the ``academy-admin`` service, an
  ngshare admin; the formgrader as its own service, an instructor of the course.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from academy.layout import REPO

SERVICE = "ngshare"
SERVE = REPO / "deploy" / "ngshare" / "serve.py"
SERVICE_PREFIX = "service:"  # deploy/ngshare/serve.py: how ngshare names a hub service
# nbgrader's exchange classes, by name (nbgrader loads them; academy never imports ngshare_exchange).
EXCHANGE_CLASSES = {
    "exchange": "ngshare_exchange.exchange.Exchange",
    "fetch_assignment": "ngshare_exchange.fetch_assignment.ExchangeFetchAssignment",
    "fetch_feedback": "ngshare_exchange.fetch_feedback.ExchangeFetchFeedback",
    "release_assignment": "ngshare_exchange.release_assignment.ExchangeReleaseAssignment",
    "release_feedback": "ngshare_exchange.release_feedback.ExchangeReleaseFeedback",
    "list": "ngshare_exchange.list.ExchangeList",
    "submit": "ngshare_exchange.submit.ExchangeSubmit",
    "collect": "ngshare_exchange.collect.ExchangeCollect",
}


def enabled(settings: dict[str, Any]) -> bool:
    return settings["exchange"]["kind"] == "ngshare"


def environment(prefix: str | None = None) -> Path:
    """ngshare's own environment beside the hub's venv: ``<venv>-ngshare`` (scripts/bootstrap.sh)."""
    return Path((prefix or sys.prefix).rstrip("/") + "-ngshare")


def data(settings: dict[str, Any]) -> Path:
    from academy.district import paths

    return paths(settings)["root"] / "ngshare"


def url(settings: dict[str, Any]) -> str:
    """Where nbgrader reaches ngshare: through the district's proxy, as learners' servers do."""
    from academy.hub.config import public_url

    return f"{public_url(settings)}services/{SERVICE}"


def k8s_url(settings: dict[str, Any]) -> str:
    """Where learners' pods reach ngshare on Kubernetes: the release's proxy Service ``proxy-public``."""
    return f"http://proxy-public{settings['hub']['base_url']}services/{SERVICE}"


def nbgrader_settings(settings: dict[str, Any], at: str | None = None) -> dict[str, dict[str, Any]]:
    """nbgrader settings for every role: ngshare-exchange's classes and ngshare's URL (``at``; by
    default this machine's, :func:`url`).

    ``Exchange._ngshare_url`` is ngshare-exchange's own setting (its ``Exchange`` subclass reads
    nbgrader's ``Exchange`` section too).
    """
    return {"ExchangeFactory": dict(EXCHANGE_CLASSES), "Exchange": {"_ngshare_url": at or url(settings)}}


def roster_environment(settings: dict[str, Any]) -> dict[str, str]:
    """What deploy/ngshare/serve.py reads to follow the hub's groups (one machine and Kubernetes)."""
    from academy.admin.course import course_group, instructor_group

    course = settings["district"]["course_id"]
    return {"ACADEMY_NGSHARE_COURSE": course, "ACADEMY_NGSHARE_COURSE_GROUP": course_group(course),
            "ACADEMY_NGSHARE_INSTRUCTOR_GROUP": instructor_group(course), "ACADEMY_NGSHARE_GRADER_SERVICE": course,
            "ACADEMY_NGSHARE_ROSTER_SECONDS": str(settings["exchange"]["roster_seconds"])}


def hub_role(settings: dict[str, Any]) -> dict[str, Any]:
    """ngshare's role: read the course's two groups (its roster), nothing more."""
    from academy.admin.course import course_group, instructor_group

    course = settings["district"]["course_id"]
    return {"name": SERVICE, "services": [SERVICE],
            "scopes": [f"read:groups!group={course_group(course)}", f"read:groups!group={instructor_group(course)}"]}


def admins() -> list[str]:
    """ngshare's admins: the hub services that manage the course (never a person)."""
    from academy.hub.config import ADMIN_SERVICE

    return [SERVICE_PREFIX + SERVICE, SERVICE_PREFIX + ADMIN_SERVICE]


def port(settings: dict[str, Any]) -> int:
    """ngshare's port: the seventh of the district's block (academy.hub.config.ports)."""
    from academy.hub.config import ports

    return ports(settings)["ngshare"]


def service(settings: dict[str, Any]) -> dict[str, Any]:
    """The managed hub service ``ngshare`` (deploy/ngshare/serve.py in ngshare's environment)."""
    folder = data(settings)
    return {
        "name": SERVICE, "url": f"http://127.0.0.1:{port(settings)}", "display": False,
        "command": [str(environment() / "bin" / "python"), str(SERVE),
                    "--database", f"sqlite:///{folder / 'ngshare.db'}", "--storage", f"{folder / 'files'}/",
                    "--admins", ",".join(admins())],
        "environment": roster_environment(settings),
    }


def update_hub(c, settings: dict[str, Any]) -> None:
    """``[exchange] kind = "ngshare"`` -> the ``ngshare`` service, which may read the course's two
    groups (its roster); nothing for ``kind = "unix"``."""
    if not enabled(settings):
        return
    python = environment() / "bin" / "python"
    if not python.exists():
        raise RuntimeError(f"{python} is missing: [exchange] kind = \"ngshare\" needs ngshare's environment; "
                           "run scripts/bootstrap.sh")
    c.JupyterHub.services.append(service(settings))
    c.JupyterHub.load_roles.append(hub_role(settings))


def prepare(settings: dict[str, Any]) -> None:
    """ngshare's folder under the data root, root-only (``academy hub setup``)."""
    import os

    if enabled(settings):
        data(settings).mkdir(mode=0o700, exist_ok=True)
        os.chmod(data(settings), 0o700)
