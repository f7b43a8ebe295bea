"""District settings -> JupyterHub traitlets, one small function per section (TLJH style).

``apply(c, settings)`` is all ``jupyterhub_config.py`` calls. Each ``update_*`` maps one part of
the district file onto ``c`` and shows the mapping in its docstring. They are pure: they read what
``academy hub setup`` made (tokens, the learners' Python) and create nothing (tests/academy/hub/test_config.py).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from academy.hub import data_root
from academy.admin.course import course_group, instructor_group
from academy.layout import REPO, curriculum_dir, tools_path

ADMIN_SERVICE = "academy-admin"
SCHEDULER_SERVICE = "academy-scheduler"
SCHEDULER_SCOPES = ["list:users", "read:users", "read:users:activity", "servers"]  # + the course group (below)
WEEKLY_SERVICE = "academy-weekly"
TOGETHER_SERVICE = "academy-together"
DASHBOARD_SERVICE = "academy-dashboard"


def ports(settings: dict[str, Any]) -> dict[str, int]:
    """The district's block of seven ports: public, hub API, proxy API, formgrader, together
    (the ``academy-together`` service, academy/together/service.py), dashboard (academy/dashboard/),
    ngshare (``[exchange] kind = "ngshare"``, academy/deploy/ngshare.py)."""
    port = settings["hub"]["port"]
    return {"public": port, "hub": port + 1, "proxy_api": port + 2, "formgrader": port + 3, "together": port + 4,
            "dashboard": port + 5, "ngshare": port + 6}


def public_url(settings: dict[str, Any]) -> str:
    """Where learners open the hub (loopback when it listens on every address).

    >>> public_url({"hub": {"ip": "0.0.0.0", "port": 8000, "base_url": "/"}})
    'http://127.0.0.1:8000/'
    """
    hub = settings["hub"]
    host = "127.0.0.1" if hub["ip"] in ("0.0.0.0", "") else hub["ip"]
    return f"http://{host}:{ports(settings)['public']}{hub['base_url']}"


def cgroup_parent(settings: dict[str, Any]) -> str:
    """The district's memory cgroup under which each learner's server gets its own (academy/hub/spawner.py)."""
    return f"academy-{settings['district']['id']}"


def update_hub(c, settings: dict[str, Any]) -> None:
    """``[hub] ip, port, base_url, data_root`` ->

    c.JupyterHub.bind_url = "http://127.0.0.1:8000/"; hub_port = 8001; proxy API on 8002;
    db_url / cookie_secret_file under <data_root>/hub/; configurable-http-proxy from node_modules.
    """
    hub, p, port = settings["hub"], data_root.paths(settings), ports(settings)
    c.JupyterHub.bind_url = f"http://{hub['ip']}:{port['public']}{hub['base_url']}"
    c.JupyterHub.hub_ip = "127.0.0.1"
    c.JupyterHub.hub_port = port["hub"]
    c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{port['proxy_api']}"
    proxy = REPO / "node_modules" / ".bin" / "configurable-http-proxy"
    chp = str(proxy) if proxy.exists() else (shutil.which("configurable-http-proxy") or "configurable-http-proxy")
    # The proxy outlives a hub restart (academy/hub/proxy.py) and shows the Korean "곧 돌아와요"
    # page while the hub is down.
    from academy.hub import proxy as academy_proxy

    c.JupyterHub.proxy_class = academy_proxy.AcademyProxy
    c.ConfigurableHTTPProxy.command = academy_proxy.command(chp)
    c.JupyterHub.db_url = data_root.db_url(settings)
    c.JupyterHub.cookie_secret_file = str(p["cookie_secret"])
    c.JupyterHub.pid_file = str(p["hub"] / "jupyterhub.pid")
    # A proxy left running by an earlier hub is found through this file and re-attached at start
    # (same token), so a hub restart keeps every learner's route.
    c.ConfigurableHTTPProxy.pid_file = str(p["hub"] / "jupyterhub-proxy.pid")
    c.ConfigurableHTTPProxy.auth_token = data_root.proxy_token(settings)
    # A hub restart (crash, upgrade, supervisor) leaves learners' servers, kernels and the proxy
    # running; stopping the academy stops them explicitly (academy.hub.launch.stop_hub).
    c.JupyterHub.cleanup_servers = False
    c.JupyterHub.cleanup_proxy = False


def update_auth(c, settings: dict[str, Any]) -> None:
    """``[auth] mode, self_signup, min_password_length`` + ``[people] admins`` ->

    native: c.JupyterHub.authenticator_class = AcademyAuthenticator (hub-kept passwords, slips,
    first-login password change, sign-up awaiting approval); pam: AcademyPAMAuthenticator (the
    Unix password of <unix_prefix>NAME; instructors, admins and the hub group nbgrader-<course>).
    Both: the Korean login page.
    """
    auth = settings["auth"]
    c.Authenticator.admin_users = set(settings["people"]["admins"])
    # Korean pages for login, sign-up, approval and password change (academy/hub/templates/).
    c.JupyterHub.template_paths = [str(Path(__file__).parent / "templates")]
    c.JupyterHub.template_vars = {"min_password_length": auth["min_password_length"],
                                  "district_name": settings["district"]["name"]}
    if auth["mode"] == "native":
        from academy.hub.auth import AcademyAuthenticator, default_url, login_settings

        c.JupyterHub.authenticator_class = AcademyAuthenticator
        for key, value in login_settings(settings).items():
            setattr(c.NativeAuthenticator, key, value)

        # Only authorized native accounts can authenticate at all, so every one of them may log in.
        c.Authenticator.allow_all = True
        c.JupyterHub.default_url = default_url
    else:
        from academy.hub.pam import AcademyPAMAuthenticator

        c.JupyterHub.authenticator_class = AcademyPAMAuthenticator
        c.AcademyPAMAuthenticator.unix_prefix = settings["accounts"]["unix_prefix"]
        c.Authenticator.allow_all = False
        c.Authenticator.allow_existing_users = False  # a hub user outside the course may not log in
        c.Authenticator.allowed_users = set(settings["people"]["instructors"])  # learners: via the nbgrader group
        c.Authenticator.allowed_groups = {course_group(settings["district"]["course_id"])}  # hub group
        c.PAMAuthenticator.open_sessions = False


def update_spawner(c, settings: dict[str, Any]) -> None:
    """``[accounts]`` + ``[limits] memory_mb`` ->

    c.JupyterHub.spawner_class = AcademySpawner (Unix user <unix_prefix>NAME, private home);
    c.Spawner.mem_limit = "1024M"; JUPYTER_CONFIG_PATH by role; c.Spawner.default_url = "/academy/start"
    (JupyterLab on the Korean welcome page or the lesson in progress, academy/hub/landing.py).
    """
    from academy.hub.spawner import AcademySpawner

    course = settings["district"]["course_id"]
    jupyter = data_root.paths(settings)["jupyter"]
    c.JupyterHub.spawner_class = AcademySpawner
    c.AcademySpawner.unix_prefix = settings["accounts"]["unix_prefix"]
    c.AcademySpawner.cgroup_parent = cgroup_parent(settings)
    # Only the district's accounts pass through its data root (academy/hub/permissions.py).
    from academy.hub.unix_accounts import district_group

    c.AcademySpawner.district_group = district_group(settings)
    # Learners who signed up themselves get their Unix account and the course on their first start.
    c.AcademySpawner.create_accounts_in = settings["accounts"]["home_root"] if settings["auth"]["self_signup"] else ""
    c.AcademySpawner.course_group = course_group(course)
    c.AcademySpawner.config_path_by_group = {instructor_group(course): str(jupyter / "instructor"),
                                             "*": str(jupyter / "learner")}
    # Each kernel: memory_mb (academy/kernels/learner.py); the learner's whole server (a cgroup where
    # the machine allows it): memory_mb + 512 MB for JupyterLab itself.
    c.Spawner.mem_limit = f"{settings['limits']['memory_mb'] + 512}M"
    c.Spawner.cmd = [str(data_root.runtime_python(settings)), "-m", "jupyterhub.singleuser"]
    # The Korean first screen: the welcome page or the lesson the learner is on (academy/hub/landing.py).
    from academy.hub.landing import START_PATH

    c.Spawner.default_url = START_PATH
    c.Spawner.notebook_dir = "~"
    c.Spawner.environment = {"LANG": "ko_KR.UTF-8", "LC_ALL": "C.UTF-8", "TZ": settings["schedule"]["timezone"],
                             "PATH": data_root.runtime_path(settings),
                             "JUPYTER_PATH": str(jupyter / "data"),
                             "ACADEMY_KERNEL_MEMORY_MB": str(settings["limits"]["memory_mb"])}


def update_course(c, settings: dict[str, Any]) -> None:
    """``[district] course_id`` + ``[people] instructors`` -> nbgrader's multi-class pattern:

    groups formgrade-<course> (instructors) and nbgrader-<course> (instructors + learners),
    roles granting access to the formgrader service only to formgrade-<course>, and the
    formgrader service <course> (jupyterhub-singleuser in the course root).
    """
    course = settings["district"]["course_id"]
    p, port = data_root.paths(settings), ports(settings)
    instructors = list(settings["people"]["instructors"])
    everyone, graders = course_group(course), instructor_group(course)
    c.JupyterHub.load_groups = {graders: {"users": instructors}, everyone: {"users": instructors}}
    c.JupyterHub.load_roles = [
        {"name": "user", "scopes": ["self"]},
        # A learner's server may read its owner's groups (nbgrader's course list) and find services.
        {"name": "server", "scopes": ["users:activity!user", "access:servers!server", "read:users:groups!user",
                                      "read:users:name!user", "list:services", "read:services"]},
        {"name": graders, "groups": [graders],
         "scopes": [f"access:services!service={course}", "list:services", f"read:services!service={course}",
                    f"read:users!group={everyone}", f"read:groups!group={everyone}"]},
        {"name": everyone, "groups": [everyone],
         "scopes": ["list:services", f"read:services!service={course}"]},
        {"name": f"{course}-grader", "services": [course],
         "scopes": [f"read:users!group={everyone}", f"read:groups!group={everyone}",
                    f"groups!group={everyone}", "list:users", "list:groups"]},
        {"name": ADMIN_SERVICE, "services": [ADMIN_SERVICE],
         "scopes": ["admin:users", "admin:servers", "admin:groups", "list:services", "read:services"]},
    ]
    c.JupyterHub.services = [
        # Formgrader runs as root because the grading sandbox must (see setup.py); its Jupyter
        # server therefore offers no kernels, terminals or sessions (GraderAuthorizer).
        {"name": course, "url": f"http://127.0.0.1:{port['formgrader']}",
         "cwd": str(p["course"]), "display": True, "oauth_no_confirm": True,
         # importing nbgrader's server extensions alone takes 5-15 s on a busy 2-core machine
         # (JupyterHub waits 30 s by default, then gives up the whole hub)
         "timeout": 120,
         "command": [sys.executable, "-m", "jupyterhub.singleuser", "--allow-root",
                     "--ServerApp.root_dir=" + str(p["course"]),
                     "--ServerApp.authorizer_class=academy.hub.formgrader.GraderAuthorizer",
                     "--ServerApp.terminals_enabled=False"],
         "environment": {"JUPYTERHUB_DEFAULT_URL": "/formgrader", "JUPYTER_CONFIG_PATH": str(p["jupyter"] / "grader"),
                         "LANG": "ko_KR.UTF-8", "LC_ALL": "C.UTF-8", "TZ": settings["schedule"]["timezone"],
                         "PATH": tools_path(),
                         # the curriculum the course was built from (feedback shows its module titles)
                         "ACADEMY_CURRICULUM": str(curriculum_dir())}},
        {"name": ADMIN_SERVICE, "api_token": data_root.admin_token(settings)},
    ]
    # [exchange] kind = "ngshare": the course's exchange as the hub service ngshare (academy/deploy/ngshare.py).
    from academy.deploy import ngshare

    ngshare.update_hub(c, settings)


def update_limits(c, settings: dict[str, Any]) -> None:
    """``[limits] max_learners`` + ``[storm]`` -> how many servers run / start at once, timeouts.

    c.JupyterHub.active_server_limit = max_learners + instructors + the most study circles they can
    form (a circle's own server, academy/together/circle_server.py, never takes a learner's place);
    concurrent_spawn_limit; c.Spawner.start_timeout / http_timeout.
    """
    from academy.together.circles import MIN_MEMBERS

    storm = settings["storm"]
    learners = settings["limits"]["max_learners"]
    c.JupyterHub.active_server_limit = learners + len(settings["people"]["instructors"]) + learners // MIN_MEMBERS
    c.JupyterHub.concurrent_spawn_limit = storm["concurrent_spawn_limit"]
    c.Spawner.start_timeout = storm["start_timeout"]
    c.Spawner.http_timeout = storm["http_timeout"]
    # Cold starts as forks of one pre-imported server parent (academy/kernels/server_fork.py).
    c.AcademySpawner.fork_servers = storm["fork_servers"]


def _managed_service(c, settings: dict[str, Any], name: str, module: str, scopes: list[str]) -> None:
    """A hub-managed ``python -m <module>`` service of this district, which may read the course
    group and whatever ``scopes`` add (its token: JUPYTERHUB_API_TOKEN, academy/hub/api.py)."""
    import os

    c.JupyterHub.services.append({
        "name": name,
        "command": [sys.executable, "-m", module],
        "environment": {"ACADEMY_DISTRICT": settings["district"]["id"],
                        "ACADEMY_DISTRICTS": os.environ.get("ACADEMY_DISTRICTS", str(REPO / "districts"))},
    })
    c.JupyterHub.load_roles.append({
        "name": name, "services": [name],
        "scopes": [*scopes, f"read:groups!group={course_group(settings['district']['course_id'])}"],
    })


def update_schedule(c, settings: dict[str, Any]) -> None:
    """``[schedule]`` -> the ``academy-scheduler`` service (academy/hub/prestart_service.py):

    servers started ``prestart_minutes`` before each class, ``prestart_parallel`` at a time;
    servers idle ``idle_minutes`` stopped, but never inside a class window.
    """
    _managed_service(c, settings, SCHEDULER_SERVICE, "academy.hub.prestart_service", SCHEDULER_SCOPES)


def update_weekly(c, settings: dict[str, Any]) -> None:
    """``[weekly] day, time, keep, parallel, timeout_minutes`` -> the ``academy-weekly`` service
    (academy/weekly/service.py): subscribed learners' report notebooks run every week as their own
    Unix user, also with their server stopped; learners' servers learn when, and where their run
    records are (ACADEMY_WEEKLY_WHEN, ACADEMY_WEEKLY_KEEP, ACADEMY_WEEKLY_RUNS).
    """
    from academy.weekly.service import folders

    weekly = settings["weekly"]
    _managed_service(c, settings, WEEKLY_SERVICE, "academy.weekly.service", [])
    c.Spawner.environment.update({"ACADEMY_WEEKLY_WHEN": f"{weekly['day']} {weekly['time']}",
                                  "ACADEMY_WEEKLY_KEEP": str(weekly["keep"]),
                                  "ACADEMY_WEEKLY_RUNS": str(folders(settings)["runs"])})


def update_together(c, settings: dict[str, Any]) -> None:
    """-> the ``academy-together`` service (academy/together/service.py) on the fifth port: each
    course member's own progress page 내 학습 현황 at ``<base_url>services/academy-together/``
    (HubOAuth; the course group may open it, nobody else). Learners' kernels record their instant
    checks for it (ACADEMY_RECORD_CHECKS=1, academy/together/record.py).
    """
    import os

    everyone = course_group(settings["district"]["course_id"])
    c.JupyterHub.services.append({
        "name": TOGETHER_SERVICE, "url": f"http://127.0.0.1:{ports(settings)['together']}",
        "oauth_no_confirm": True, "display": False,
        "command": [sys.executable, "-m", "academy.together.service"],
        "environment": {"ACADEMY_DISTRICT": settings["district"]["id"],
                        "ACADEMY_DISTRICTS": os.environ.get("ACADEMY_DISTRICTS", str(REPO / "districts")),
                        "ACADEMY_CURRICULUM": str(curriculum_dir()), "LANG": "ko_KR.UTF-8", "LC_ALL": "C.UTF-8",
                        "TZ": settings["schedule"]["timezone"]}})
    c.JupyterHub.load_roles.append({"name": TOGETHER_SERVICE, "groups": [everyone],
                                    "scopes": [f"access:services!service={TOGETHER_SERVICE}",
                                               f"read:services!service={TOGETHER_SERVICE}"]})
    # 도움 요청 (academy/together/help.py): the service itself shares a course member's server with a
    # helper and revokes it (``shares`` includes ``access:servers``), reads whether it runs and who teaches.
    c.JupyterHub.load_roles.append({"name": f"{TOGETHER_SERVICE}-help", "services": [TOGETHER_SERVICE],
                                    "scopes": [f"shares!group={everyone}", f"read:users:name!group={everyone}",
                                               f"read:servers!group={everyone}",
                                               f"read:groups!group={instructor_group(settings['district']['course_id'])}"]})
    # 작품 전시 (academy/together/publish.py): the learner's kernel posts a rendered notebook to the
    # service with its server's token (the owner's own access, and where the service listens).
    next(r for r in c.JupyterHub.load_roles if r["name"] == "server")["scopes"].append(
        f"access:services!service={TOGETHER_SERVICE}")
    c.Spawner.environment["ACADEMY_RECORD_CHECKS"] = "1"


def update_circles(c, settings: dict[str, Any]) -> None:
    """-> study circles' servers (academy/together/circle_server.py): hub user ``circle-<id>``
    serves ``<data_root>/circles/<id>``; the ``academy-admin`` service (``academy circles``) may
    share exactly the servers of hub group ``circles-<course>`` with a circle's members.

    c.AcademySpawner.circles_root = "<data_root>/circles"; load_groups["circles-<course>"];
    role academy-admin-circles: shares!group=circles-<course>
    """
    from academy.together.circle_server import circles_group

    c.AcademySpawner.circles_root = str(data_root.paths(settings)["root"] / "circles")
    c.JupyterHub.load_groups.setdefault(circles_group(settings), {"users": []})
    c.JupyterHub.load_roles.append({"name": f"{ADMIN_SERVICE}-circles", "services": [ADMIN_SERVICE],
                                    "scopes": [f"shares!group={circles_group(settings)}"]})


def update_dashboard(c, settings: dict[str, Any]) -> None:
    """-> the ``academy-dashboard`` service (academy/dashboard/service.py) on the sixth port: the class
    dashboard 수업 현황판 at ``<base_url>services/academy-dashboard/`` (HubOAuth; the course's
    instructor group may open it, nobody else). It reads the course group (who the learners are).
    """
    import os

    course = settings["district"]["course_id"]
    c.JupyterHub.services.append({
        "name": DASHBOARD_SERVICE, "url": f"http://127.0.0.1:{ports(settings)['dashboard']}",
        "oauth_no_confirm": True, "display": True,
        "command": [sys.executable, "-m", "academy.dashboard.service"],
        "environment": {"ACADEMY_DISTRICT": settings["district"]["id"],
                        "ACADEMY_DISTRICTS": os.environ.get("ACADEMY_DISTRICTS", str(REPO / "districts")),
                        "ACADEMY_CURRICULUM": str(curriculum_dir()), "LANG": "ko_KR.UTF-8", "LC_ALL": "C.UTF-8",
                        "TZ": settings["schedule"]["timezone"], "PATH": tools_path()}})
    c.JupyterHub.load_roles.append({"name": DASHBOARD_SERVICE, "groups": [instructor_group(course)],
                                    "scopes": [f"access:services!service={DASHBOARD_SERVICE}"]})
    c.JupyterHub.load_roles.append({"name": f"{DASHBOARD_SERVICE}-service", "services": [DASHBOARD_SERVICE],
                                    "scopes": [f"read:groups!group={course_group(course)}"]})


def use_district_clock(settings: dict[str, Any]) -> dict[str, Any]:
    """Put the hub process's own log lines in the district's time zone, the one every learner's
    server and service it starts runs in (their ``TZ``, :func:`update_spawner`): one clock in one
    log. The one side effect of loading the config, on the hub process only; returns ``settings``."""
    import os
    import time

    os.environ["TZ"] = settings["schedule"]["timezone"]
    time.tzset()
    return settings


def apply(c, settings: dict[str, Any]) -> None:
    """Apply every section of a loaded district to JupyterHub's config object ``c``."""
    for update in (update_hub, update_auth, update_spawner, update_course, update_limits, update_schedule,
                   update_weekly, update_together, update_circles, update_dashboard):
        update(c, settings)
