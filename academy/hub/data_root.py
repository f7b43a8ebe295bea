"""Bring a district's data root into shape before its hub starts (idempotent, run as root).

``prepare(settings)`` makes::

    <data_root>/               root:academy-<id> 0710  only the district's accounts pass through
    <data_root>/hub/           root 0700   hub database, cookie secret, admin token
    <data_root>/course/        root 0700   nbgrader course root (source with hidden tests, gradebook)
    <data_root>/exchange/      root 1777   nbgrader exchange (<course>/inbound is write-only for learners)
    <data_root>/jupyter/<role>/ root 0755  Jupyter config per role: Korean UI, nbgrader course,
                                           which nbgrader tools show (learner / instructor / grader)

and applies the whole deployment layout (academy/hub/permissions.py: learners' accounts reach the
package, the sample data and the venv of the checkout, nothing else of it).

The course side (formgrader, collect, autograde) runs as root: the grading sandbox
(academy/grading/) needs root to run each submission under a throwaway UID, and refuses otherwise.
"""

from __future__ import annotations

import json
import os
import pwd
import secrets
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterable

from academy.district import paths  # noqa: F401  (the district's folders, named once there)
from academy.messages import say


# JupyterLab opens in Korean for everyone (the language pack ships with the project).
LAB_OVERRIDES = {
    "@jupyterlab/translation-extension:plugin": {"locale": "ko_KR"},
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    # The welcome page (academy/hub/landing.py) and any README open rendered, not as source text.
    "@jupyterlab/docmanager-extension:plugin": {"defaultViewers": {"markdown": "Markdown Preview"}},
}


def lab_overrides(settings: dict[str, Any]) -> dict[str, Any]:
    """JupyterLab's defaults for a district's learners: ``LAB_OVERRIDES`` plus the district's font
    sizes (``[lab]``, academy/district.py) as theme CSS overrides. JupyterLab applies theme
    overrides from a person's *user* settings only, so academy/hub/lab_fonts.py copies them there
    at server start; a person who changes a size in Settings keeps their own choice."""
    lab = settings["lab"]
    return {**LAB_OVERRIDES,
            "@jupyterlab/apputils-extension:themes": {"overrides": {
                "code-font-size": f"{lab['font_size_code']}px",
                "content-font-size1": f"{lab['font_size_content']}px",
                "ui-font-size1": f"{lab['font_size_ui']}px"}}}

# nbgrader's tools by role: learners get Assignments; instructors also course list and the
# create-assignment toolbar. Formgrader itself runs once, as the course's hub service.
NBGRADER_LAB = ["assignment-list", "course-list", "create-assignment", "formgrader", "validate-assignment", "menu"]
NBGRADER_SERVER = ["assignment_list", "course_list", "formgrader", "validate_assignment"]
ROLE_TOOLS = {
    "learner": {"lab": {"assignment-list", "validate-assignment", "menu"},
                "server": {"assignment_list", "validate_assignment"}},
    "instructor": {"lab": {"assignment-list", "validate-assignment", "course-list", "create-assignment", "menu"},
                   "server": {"assignment_list", "validate_assignment", "course_list"}},
    "grader": {"lab": set(NBGRADER_LAB), "server": set(NBGRADER_SERVER)},
}


def db_url(settings: dict[str, Any]) -> str:
    """The hub database: SQLite ``paths()["db"]`` or the district's PostgreSQL (academy/database.py)."""
    from academy.database import hub_url

    return hub_url(settings)


class NotPrepared(RuntimeError):
    """Something ``academy hub setup`` makes is missing (the hub's config only reads it)."""


def _secret(settings: dict[str, Any], path: Path) -> str:
    try:
        token = path.read_text().strip()
    except FileNotFoundError:
        token = ""
    if not token:
        raise NotPrepared(f"{path} is missing: run `academy hub setup --district {settings['district']['id']}` "
                          "first (it makes the hub's tokens)")
    return token


def admin_token(settings: dict[str, Any]) -> str:
    """The token of the hub's ``academy-admin`` service (``make_secrets`` makes it, 0600 by root)."""
    return _secret(settings, paths(settings)["admin_token"])


def proxy_token(settings: dict[str, Any]) -> str:
    """The proxy's API token (``make_secrets`` makes it; a re-attached proxy keeps it)."""
    return _secret(settings, paths(settings)["hub"] / "proxy-token")


def make_secrets(settings: dict[str, Any]) -> None:
    """Make the hub folder (0700) and, once, the admin service's and the proxy's tokens (0600)."""
    from academy.hub import proxy

    hub = paths(settings)["hub"]
    hub.mkdir(parents=True, exist_ok=True)
    os.chmod(hub, 0o700)
    path = paths(settings)["admin_token"]
    if not path.exists():
        path.write_text(secrets.token_hex(32))
    os.chmod(path, 0o600)
    proxy.auth_token(hub / "proxy-token")


def _everyone_can_run(path: Path) -> bool:
    path = Path(os.path.realpath(path))
    return all(os.stat(parent).st_mode & 0o001 for parent in [*reversed(path.parents), path])


def runtime_python(settings: dict[str, Any]) -> Path:
    """The Python every learner's account may run, with this project's packages (a lookup:
    ``build_runtime`` makes it).

    Normally the hub's own interpreter. When that lives where other accounts cannot reach
    (pyenv under /root: 0700), a tiny venv of the system's python3.X under ``<data_root>/runtime``.
    """
    if _everyone_can_run(Path(sys.executable)):
        return Path(sys.executable)
    return paths(settings)["runtime"] / "bin" / "python"


def build_runtime(settings: dict[str, Any]) -> Path:
    """Make ``runtime_python(settings)`` where it is the tiny venv (idempotent; ``academy hub setup``).

    The venv shares the hub's site-packages (``.pth``) and its ``share``/``etc`` (Jupyter
    extensions, kernel config); rfc3987_syntax in it loads on first use (academy/patches/).
    """
    python = runtime_python(settings)
    if python == Path(sys.executable):
        return python
    runtime = paths(settings)["runtime"]
    if not python.exists():
        version = f"python{sys.version_info.major}.{sys.version_info.minor}"
        system = Path("/usr/bin") / version
        if not system.exists():
            raise RuntimeError(f"{sys.executable} is not reachable by learner accounts and there is no {system}: "
                               f"install {version} (Debian: apt-get install {version}) or make the venv readable")
        subprocess.run([str(system), "-m", "venv", "--without-pip", str(runtime)], check=True)
        site = runtime / "lib" / version / "site-packages"
        hub_site = [p for p in sys.path if p.endswith("site-packages") and p.startswith(sys.prefix)][0]
        (site / "academy-hub-packages.pth").write_text(f"import site; site.addsitedir({hub_site!r})\n")
        for script in Path(sys.prefix, "bin").iterdir():  # console scripts (alembic, jupyter-*, nbgrader)
            target = runtime / "bin" / script.name
            if script.is_file() and not target.exists():
                head = script.read_bytes()[:200]
                if head.startswith(b"#!") and b"python" in head.split(b"\n", 1)[0]:
                    body = script.read_text(errors="replace").split("\n", 1)[1]
                    target.write_text(f"#!{python}\n{body}")
        for shared in ("share", "etc"):
            if (Path(sys.prefix) / shared).exists() and not (runtime / shared).exists():
                (runtime / shared).symlink_to(Path(sys.prefix) / shared)
        for path in [runtime, *runtime.rglob("*")]:
            if not path.is_symlink():
                os.chmod(path, 0o755 if path.is_dir() or path.parent.name == "bin" else 0o644)
    site = next((runtime / "lib").glob("python3*/site-packages"))
    if not (site / "rfc3987_syntax").exists():
        hub_site = [p for p in sys.path if p.endswith("site-packages") and p.startswith(sys.prefix)][0]
        _lazy_rfc3987_syntax(site, hub_site)
    return python


def _lazy_rfc3987_syntax(site: Path, hub_site: str) -> None:
    """Shadow rfc3987_syntax in the runtime with a lazy stand-in (a faster server start)."""
    from academy.patches.rfc3987_syntax import write_rfc3987_stub

    write_rfc3987_stub(site / "rfc3987_syntax", Path(hub_site) / "rfc3987_syntax")


def runtime_path(settings: dict[str, Any]) -> str:
    """PATH for learner and grader processes: the runtime's scripts first."""
    from academy.layout import tools_path

    return tools_path(runtime_python(settings).parent)


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def landing_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """What a learner's server needs for its first screen (academy/hub/landing.py): the modules'
    ids, Korean titles and first lessons (learners cannot read the curriculum itself)."""
    from academy.admin import syllabus

    from academy.deadlines import due_dates

    loaded = syllabus.load()
    due = due_dates(settings, loaded)  # learners' servers and kernels show them (academy/deadlines.py)
    modules = [{"id": m.id, "title": m.title, "lesson": m.lessons[0].notebook if m.lessons else "lesson.ipynb",
                "due": due[m.id].isoformat() if m.id in due else ""}
               for m in loaded]
    return {"modules": modules, "course_id": settings["district"]["course_id"],
            "district_name": settings["district"]["name"], "late_policy": settings["deadlines"]["late_policy"]}


def nbgrader_settings(settings: dict[str, Any], role: str) -> dict[str, dict[str, Any]]:
    """The district's nbgrader settings for ``role`` (learner, instructor, grader) or the course root
    (``course``): the one place they are read from the district file (academy/admin/course.py writes them).

    >>> nbgrader_settings(district.load("demo"), "grader")  # doctest: +SKIP
    {'Exchange': {'path_includes_course': True, 'root': '/var/lib/academy/demo/exchange'},
     'CourseDirectory': {'course_id': 'demo'}, 'VerifiedCollect': {'unix_prefix': 'sca-'}}
    """
    from academy.admin.course import SHARED_EXCHANGE

    values: dict[str, dict[str, Any]] = {
        "Exchange": {**SHARED_EXCHANGE, "root": str(paths(settings)["exchange"])},
        "CourseDirectory": {"course_id": settings["district"]["course_id"]}}
    if role in ("learner", "instructor"):
        # Fetch and submit keep working while the hub restarts (academy/hub/exchange_auth.py).
        values["DistrictAuthPlugin"] = {"offline_courses": [settings["district"]["course_id"]]}
    if role in ("grader", "course"):
        # Collect only what learner NAME's own Unix account submitted (academy/grading/collect.py);
        # `nbgrader collect` in the course root (`academy grade --collect`) loads no role config.
        values["VerifiedCollect"] = {"unix_prefix": settings["accounts"]["unix_prefix"]}
        # The grading sandbox's memory ([limits] grading_memory_mb; academy/kernels/limits.py's by default).
        values["SandboxKernelManager"] = {"memory_mb": settings["limits"]["grading_memory_mb"]}
        # [deadlines] late_policy, applied by nbgrader's AssignLatePenalties (academy/grading/late.py):
        # formgrader's autograde button and `academy grade` both read it here.
        values["DistrictLatePolicy"] = {"policy": settings["deadlines"]["late_policy"]}
        # The gradebook on PostgreSQL ([database]; the URL names the root-only password file only).
        from academy.database import nbgrader_settings as database_settings

        values["CourseDirectory"].update(database_settings(settings).get("CourseDirectory", {}))
    from academy.deploy import ngshare

    if ngshare.enabled(settings):
        # [exchange] kind = "ngshare": the exchange knows people by their hub login, not a folder
        # and Unix owners: ngshare-exchange's classes and ngshare's URL (academy/deploy/ngshare.py).
        values["Exchange"].pop("root")
        values.pop("VerifiedCollect", None)
        for section, traits in ngshare.nbgrader_settings(settings).items():
            values.setdefault(section, {}).update(traits)
    return values


# Server extensions of the one-machine config that pods do not get (academy/deploy/z2jh.py turns them
# off there): academy.kernels.warm forks kernels from a zygote started by a provisioner that only the
# kernelspec ``learner_kernel_spec`` names (written into the data root, not in deploy/image/Dockerfile,
# whose kernel is the stock ipykernel one, behind the pod's memory limit instead).
NOT_IN_PODS = ("academy.kernels.warm",)


def server_extensions(role: str) -> dict[str, bool]:
    """``ServerApp.jpserver_extensions`` for ``role``: nbgrader's tools by role (academy's Korean
    versions where there is one), the academy's own extensions, RTC (academy/hub/rtc.py)."""
    from academy.hub import rtc

    tools = ROLE_TOOLS[role]
    extensions = {f"nbgrader.server_extensions.{name}": name in tools["server"] for name in NBGRADER_SERVER}
    if role != "grader" and "assignment_list" in tools["server"]:
        # nbgrader's Assignment List, with submission times in Korean time (academy/hub/assignments.py).
        extensions["nbgrader.server_extensions.assignment_list"] = False
        extensions["academy.hub.assignments"] = True
    if role != "grader" and "validate_assignment" in tools["server"]:
        # nbgrader's Validate, with the Korean error explainer in its dialog (academy/hub/validate.py).
        extensions["nbgrader.server_extensions.validate_assignment"] = False
        extensions["academy.hub.validate"] = True
    if role == "grader":
        # nbgrader's formgrader with Korean pages and dates (academy/hub/formgrader.py loads it).
        extensions["nbgrader.server_extensions.formgrader"] = False
        extensions["academy.hub.formgrader"] = True
    if role != "grader":
        extensions["academy.kernels.warm"] = True  # warm kernel starts (academy/kernels/warm.py)
        extensions["academy.hub.landing"] = True  # the Korean first screen (academy/hub/landing.py)
        extensions["academy.hub.lab_fonts"] = True  # [lab] font sizes as the person's theme setting
        extensions["academy.hub.labext"] = True  # the Korean language pack's particles corrected (lab.yml)
        extensions["academy.hub.hub_away"] = True  # work goes on while the hub restarts; Korean if it cannot
        extensions["academy.together.guard"] = True  # helpers of 도움 요청 held to the share (academy/together/guard.py)
    # Live co-editing (jupyter-collaboration) where 도움 요청 happens, not in formgrader (academy/hub/rtc.py).
    extensions.update(rtc.settings(role)["ServerApp"]["jpserver_extensions"])
    if role == "learner":
        # A lighter server for the 09:00 rush (and a simpler one for beginners):
        # no language server, no terminal.
        extensions.update({"jupyter_lsp": False, "jupyter_server_terminals": False})
    return extensions


def jupyter_config(settings: dict[str, Any], role: str, root: Path | str) -> dict[str, dict[str, Any]]:
    """The Jupyter config folder of ``role`` (learner, instructor, grader) as ``{relative path: JSON
    content}``, for a folder that will live at ``root`` (paths inside it, e.g. LabApp.app_settings_dir,
    point there). Pure: ``write_jupyter_config`` writes it on one machine, academy/deploy/z2jh.py
    mounts the learner's into the pods. Its nbgrader_config.py is not here: the exchange differs
    (a folder of this machine; in pods the mounted volume or ngshare), see ``nbgrader_settings``."""
    from academy.hub import rtc
    from academy.hub.labext import district_page_config

    root = Path(root)
    rtc_config = rtc.settings(role)
    rtc_config.pop("ServerApp")  # its jpserver_extensions are in server_extensions(role)
    tools = ROLE_TOOLS[role]
    return {
        "jupyter_server_config.json": {
            "ServerApp": {"jpserver_extensions": server_extensions(role)},
            "LabApp": {"app_settings_dir": str(root / "lab-settings")},
            **({"AcademyLanding": landing_settings(settings)} if role != "grader" else {}),
            **rtc_config,
        },
        "labconfig/page_config.json": {
            "disabledExtensions": {**{f"@jupyter/nbgrader:{name}": True for name in NBGRADER_LAB
                                      if name not in tools["lab"]}, **rtc.disabled_lab_packages(role)},
            # nbgrader's panel and dialogs in Korean: the academy's lab extension reads this (academy/hub/labext.py).
            **({"academyLab": district_page_config()} if role != "grader" else {}),
        },
        "lab-settings/overrides.json": lab_overrides(settings),
    }


def learner_kernel_spec(settings: dict[str, Any]) -> dict[str, Any]:
    """The learners' kernel.json: ipykernel behind the district's memory limit (academy/kernels/learner.py),
    forked warm from the server's zygote (academy/kernels/warm.py)."""
    return {"argv": [str(runtime_python(settings)), "-m", "academy.kernels.learner", "-f", "{connection_file}"],
            # The name learners read in the notebook's toolbar and status bar, and on the launcher.
            "display_name": say("hub.kernel_display_name"), "language": "python",
            "metadata": {"debugger": True, "kernel_provisioner": {"provisioner_name": "academy-warm-provisioner"}},
            "kernel_protocol_version": "5.5"}


def write_jupyter_config(settings: dict[str, Any]) -> dict[str, Path]:
    """One Jupyter config folder per role (``jupyter_config`` plus nbgrader_config.py); the spawner
    points JUPYTER_CONFIG_PATH at it."""
    from academy.admin.course import write_nbgrader_config

    p = paths(settings)
    folders = {}
    for role in ROLE_TOOLS:
        folder = p["jupyter"] / role
        for relative, content in jupyter_config(settings, role, folder).items():
            _write_json(folder / relative, content)
        # Learners' and instructors' servers: student id = hub user name (HUB_STUDENT).
        write_nbgrader_config(folder / "nbgrader_config.py", nbgrader_settings(settings, role),
                              # (ngshare refuses a student id set in config: it takes the hub login itself)
                              hub_student=role != "grader" and settings["exchange"]["kind"] == "unix")
        for path in [folder, *folder.rglob("*")]:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        folders[role] = folder
    kernel = p["jupyter"] / "data" / "kernels" / "python3"
    _write_json(kernel / "kernel.json", learner_kernel_spec(settings))
    for path in [p["jupyter"] / "data", *(p["jupyter"] / "data").rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    return folders


def as_user(name: str, args: list[str], *, cwd: Path | str = "/", env: dict[str, str] | None = None,
            timeout: float = 600) -> subprocess.CompletedProcess:
    """Run ``args`` as Unix user ``name`` (from root); raise with the output on failure."""
    entry = pwd.getpwnam(name)
    full_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": entry.pw_dir, "USER": name,
                "LANG": "C.UTF-8", **(env or {})}
    gids = os.getgrouplist(name, entry.pw_gid)

    def become():
        os.setgid(entry.pw_gid)
        os.setgroups(gids)
        os.setuid(entry.pw_uid)

    result = subprocess.run(args, cwd=cwd, env=full_env, preexec_fn=become, capture_output=True, text=True,
                            timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} (as {name}, in {cwd}) failed with exit {result.returncode}:\n"
                           f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def prepare(settings: dict[str, Any], *, modules: Iterable[str] | None = None) -> dict[str, Path]:
    """Make the data root, the grader account, the course and the per-role Jupyter config."""
    from academy.admin.course import init_course

    p = paths(settings)
    p["root"].mkdir(mode=0o700, parents=True, exist_ok=True)
    from academy.hub.permissions import close_data_root

    close_data_root(settings)  # root:academy-<id> 0710 before anything goes in (never 0711, not even briefly)
    make_secrets(settings)
    build_runtime(settings)
    init_course(p["course"], course_id=settings["district"]["course_id"], modules=modules,
                settings=nbgrader_settings(settings, "course"))
    os.chmod(p["course"], 0o700)
    p["exchange"].mkdir(exist_ok=True)
    # nbgrader checks that every user may write the exchange root (it refuses to list courses
    # otherwise); the sticky bit keeps each course folder its owner's. Course folders are root's.
    os.chmod(p["exchange"], 0o1777)
    from academy.deploy import ngshare

    ngshare.prepare(settings)  # [exchange] kind = "ngshare": its database and files, root-only
    write_jupyter_config(settings)
    # Due dates into the gradebook: nbgrader marks late submissions itself (academy/deadlines.py).
    from academy.deadlines import register

    from academy.hub.release import grader_nbgrader

    register(settings, p["course"], lambda *args: grader_nbgrader(settings, *args))
    from academy.hub.permissions import secure

    secure(settings)  # the checkout, the curriculum in use, this data root (re-checked at hub start)
    return p
