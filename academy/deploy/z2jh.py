"""Zero to JupyterHub (Helm chart ``jupyterhub``) values for one district, from its settings file.

One Helm release per district: ``academy k8s values --district gangnam > gangnam.yaml`` renders
``districts/gangnam.toml`` (through academy/district.py, the one home of settings), merges it
onto the chart's defaults as helm does and validates the result against the chart's JSON
Schema (vendored in ``deploy/z2jh/chart/``) before printing anything::

    helm upgrade --install academy-gangnam jupyterhub/jupyterhub --namespace academy-gangnam \\
        --values gangnam.yaml --set hub.db.password=...   # PostgreSQL only: never in the file

What comes from where:

=============================  ==================================================================
values                         district setting
=============================  ==================================================================
hub.baseUrl, activeServerLimit  hub.base_url, limits.max_learners
hub.concurrentSpawnLimit        storm.concurrent_spawn_limit; singleuser.startTimeout: storm.start_timeout
hub.db                          database.hub_url (PostgreSQL over the network) or a SQLite volume
hub.config (NativeAuthenticator) auth.*, people.admins (auth.mode "pam" has no Unix accounts here)
hub.extraFiles + templatePaths  the Korean hub pages (academy/hub/templates/*.html)
singleuser.image                kubernetes.singleuser_image (deploy/image/Dockerfile)
singleuser.extraFiles           the per-role Jupyter config of one machine (academy/hub/data_root.py:
 + hub.extraConfig              jupyter_config, the same code) for learner and instructor under
                                /etc/jupyter/academy/<role>; JUPYTER_CONFIG_PATH by people.instructors
                                (as AcademySpawner.config_path_by_group); minus data_root.NOT_IN_PODS
singleuser.memory / cpu         limits.memory_mb + 512 (as one machine's server cgroup), kubernetes.*
singleuser.storage              kubernetes.home_gb; the course's exchange volume at /srv/nbgrader/exchange
                                (exchange.kind "unix"); with "ngshare": hub.services.ngshare instead, and
                                the learners' nbgrader config names ngshare-exchange's classes
cull, hub.services              schedule.* with the project's hub image (kubernetes.hub_image, deploy/image/
                                hub.Dockerfile): academy-scheduler in the hub pod, as on one machine -- servers
                                started before class, idle ones (schedule.idle_minutes) culled only outside
                                class windows; the chart's culler is off. With the chart's own hub image:
                                the chart's culler (schedule.idle_minutes), which knows no class windows
scheduling.userPlaceholder      pre-scaling for class start: ``custom.academy.prescale`` lists, per
                                class, when (schedule.classes - prestart_minutes, district time
                                zone) to scale the placeholders to limits.max_learners and when back
                                to 0; the chart itself has no clock, so a CronJob applies it
=============================  ==================================================================

The chart's own hub image runs JupyterHub 5.5.0 (its appVersion) while the learners' image has
6.1.1 from pyproject.toml: the default ``kubernetes.hub_image`` is the project's, built from
deploy/image/hub.Dockerfile (the chart's image with JupyterHub 6.1.1, NativeAuthenticator and academy).
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

from academy.admin.course import course_group
from academy.district import WEEKDAYS, DistrictError
from academy.hub.config import SCHEDULER_SCOPES, SCHEDULER_SERVICE
from academy.layout import REPO

CHART = REPO / "deploy" / "z2jh" / "chart"
SERVER_OVERHEAD_MB = 512  # JupyterLab itself, on top of the kernel's memory_mb (academy/hub/config.py: mem_limit)
TEMPLATES = Path(__file__).resolve().parents[1] / "hub" / "templates"
TEMPLATES_MOUNT = "/usr/local/share/jupyterhub/custom_templates/academy"
EXCHANGE_MOUNT = "/srv/nbgrader/exchange"
DISTRICTS_MOUNT = "/usr/local/etc/academy/districts"  # the district file academy-scheduler reads in the hub pod
HUB_IMAGE = "ghcr.io/social-city-academy/hub"  # deploy/image/hub.Dockerfile
POD_JUPYTER = "/etc/jupyter/academy"  # <role>/: the one-machine role folder (JUPYTER_CONFIG_PATH points there)
POD_ROLES = ("learner", "instructor")  # formgrader (the grader role) is not a single-user pod
CONFIG_PATH_HOOK = "academy-jupyter-config-path.py"  # hub.extraConfig: JUPYTER_CONFIG_PATH by role
NGSHARE_PORT = 8080  # ngshare's Service and pod (academy/deploy/manifests.py)
DELETE = None  # a null in values deletes the chart's default (helm semantics)


class ChartError(ValueError):
    """Generated values the chart would refuse; the message lists every schema error."""


def exchange_claim(settings: dict[str, Any]) -> str:
    """The ReadWriteMany volume claim holding the course's nbgrader exchange (made by the cluster admin)."""
    return f"academy-{settings['district']['id']}-exchange"


def ours(hub_image: str) -> bool:
    """A hub image built from deploy/image/hub.Dockerfile (it carries academy, hence academy-scheduler)."""
    return hub_image.startswith(HUB_IMAGE + ":")


def _toml(value: Any) -> str:
    """A TOML value for what district sections hold (str, int, bool, lists and tables of them)."""
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"


def scheduler_district(settings: dict[str, Any]) -> str:
    """The district file academy-scheduler reads in the hub pod: the sections it uses, as loaded
    (the machine's paths and database stay out)."""
    return "".join(f"[{section}]\n" + "".join(f"{key} = {_toml(value)}\n" for key, value in settings[section].items())
                   for section in ("district", "people", "schedule", "storm"))


def _image(ref: str) -> dict[str, str]:
    name, tag = ref.rsplit(":", 1)
    return {"name": name, "tag": tag}


def _hub_db(settings: dict[str, Any], source: str) -> dict[str, Any]:
    url = settings["database"]["hub_url"]
    if not url:
        return {"type": "sqlite-pvc"}
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if not parsed.host or str(parsed.query.get("host", "")).startswith("/"):
        raise DistrictError(f"{source}: database.hub_url = {url!r} 은(는) 이 컴퓨터의 소켓이라 쿠버네티스의 허브 "
                            "파드에서는 닿지 않아요 — postgresql://academy@db.example.kr/academy_gangnam_hub 처럼 "
                            "네트워크 주소를 써 주세요 (비밀번호는 helm --set hub.db.password 로).")
    return {"type": "postgres", "url": url}


def _authenticator(settings: dict[str, Any], source: str) -> dict[str, Any]:
    auth = settings["auth"]
    if auth["mode"] != "native":
        raise DistrictError(f"{source}: auth.mode = {auth['mode']!r} — 쿠버네티스의 파드에는 이 컴퓨터의 Unix 계정이 "
                            '없어서 pam 로그인을 쓸 수 없어요. mode = "native" 로 바꿔 주세요.')
    return {
        "JupyterHub": {"authenticator_class": "nativeauthenticator.NativeAuthenticator"},
        "Authenticator": {"admin_users": list(settings["people"]["admins"])},
        "NativeAuthenticator": {"enable_signup": auth["self_signup"], "open_signup": False,
                                "minimum_password_length": auth["min_password_length"]},
    }


def _nbgrader_config(settings: dict[str, Any]) -> str:
    """The learners' nbgrader config: the course and its exchange -- the mounted folder, or
    ngshare through the proxy (``[exchange] kind = "ngshare"``: it knows who submitted by token)."""
    from academy.admin.course import config_lines
    from academy.deploy import ngshare

    values: dict[str, dict[str, Any]] = {"CourseDirectory": {"course_id": settings["district"]["course_id"]}}
    if ngshare.enabled(settings):
        values.update(ngshare.nbgrader_settings(settings, at=ngshare.k8s_url(settings)))
    else:
        values["Exchange"] = {"root": EXCHANGE_MOUNT}
    return ("# Written by `academy k8s values` (academy/deploy/z2jh.py) from the district file.\n"
            "c = get_config()  # noqa: F821\n" + config_lines(values))


def pod_jupyter_config(settings: dict[str, Any], role: str) -> dict[str, dict[str, Any]]:
    """``role``'s Jupyter config folder in a pod: what ``academy hub setup`` writes on one machine
    (academy/hub/data_root.py: ``jupyter_config``, the same function), for a folder at
    ``POD_JUPYTER/<role>``, with the server extensions of ``data_root.NOT_IN_PODS`` turned off (the
    image has no warm-kernel kernelspec). nbgrader_config.py is not here: ``_nbgrader_config``."""
    from academy.hub import data_root

    config = data_root.jupyter_config(settings, role, f"{POD_JUPYTER}/{role}")
    extensions = config["jupyter_server_config.json"]["ServerApp"]["jpserver_extensions"]
    extensions.update({name: False for name in data_root.NOT_IN_PODS})
    return config


def pod_jupyter_files(settings: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``singleuser.extraFiles`` entries: every role's config folder, each file as ``data`` (the chart
    renders a mapping as JSON for a ``.json`` mountPath), mode 0644 as on one machine."""
    files = {}
    for role in POD_ROLES:
        for relative, content in pod_jupyter_config(settings, role).items():
            key = "jupyter-" + role + "-" + relative.replace("/", "-").replace("_", "-").removesuffix(".json")
            files[key] = {"mountPath": f"{POD_JUPYTER}/{role}/{relative}", "data": content}
    return files


def config_path_hook(settings: dict[str, Any]) -> str:
    """hub.extraConfig snippet: each server's JUPYTER_CONFIG_PATH by role -- ``people.instructors``
    get the instructor folder, everyone else the learner's (one machine: AcademySpawner.config_path_by_group
    by the course's instructor group, whose members are the same people.instructors)."""
    instructors = sorted(settings["people"]["instructors"])
    return ("# academy (academy/deploy/z2jh.py): the Jupyter config folder by role, as on one machine.\n"
            f"_academy_instructors = frozenset({instructors!r})\n\n\n"
            "def _academy_jupyter_config_path(spawner):\n"
            f"    role = 'instructor' if spawner.user.name in _academy_instructors else 'learner'\n"
            f"    return {POD_JUPYTER!r} + '/' + role\n\n\n"
            "c.KubeSpawner.environment.update({'JUPYTER_CONFIG_PATH': _academy_jupyter_config_path})\n")


def cron_days(days: list[int]) -> str:
    """Weekday indexes (0 = Monday, as WEEKDAYS) as a cron day field (0 = Sunday).

    >>> cron_days([6, 0, 2])
    '0,1,3'
    """
    return ",".join(str(d) for d in sorted({(d + 1) % 7 for d in days}))


def prescale(settings: dict[str, Any]) -> list[dict[str, Any]]:
    """Placeholder scaling per class: CronJob schedules (district time zone) and replicas.

    >>> s = {"limits": {"max_learners": 30}, "schedule": {"timezone": "Asia/Seoul", "prestart_minutes": 10,
    ...      "classes": [{"days": ["tue", "thu"], "start": "09:00", "end": "12:00"}]}}
    >>> [(p["schedule"], p["replicas"]) for p in prescale(s)]
    [('50 8 * * 2,4', 30), ('0 12 * * 2,4', 0)]
    """
    schedule, out = settings["schedule"], []
    for entry in schedule["classes"]:
        hour, minute = map(int, entry["start"].split(":"))
        start = hour * 60 + minute - schedule["prestart_minutes"]
        days = [WEEKDAYS.index(d) for d in entry["days"]]
        if start < 0:  # before midnight: the day before
            start, days = start + 24 * 60, [(d - 1) % 7 for d in days]
        end_h, end_m = map(int, entry["end"].split(":"))
        end_days = cron_days([WEEKDAYS.index(d) for d in entry["days"]])
        out.append({"schedule": f"{start % 60} {start // 60} * * {cron_days(days)}", "timeZone": schedule["timezone"],
                    "replicas": settings["limits"]["max_learners"]})
        out.append({"schedule": f"{end_m} {end_h} * * {end_days}", "timeZone": schedule["timezone"], "replicas": 0})
    return out


def values(settings: dict[str, Any], *, source: str = "") -> dict[str, Any]:
    """The Helm values of one district's release (only what differs from the chart's defaults)."""
    district, limits, k8s = settings["district"], settings["limits"], settings["kubernetes"]
    source = source or f"districts/{district['id']}.toml"
    memory_limit = limits["memory_mb"] + SERVER_OVERHEAD_MB
    if k8s["memory_guarantee_mb"] > memory_limit:
        raise DistrictError(f"{source}: kubernetes.memory_guarantee_mb = {k8s['memory_guarantee_mb']} 이(가) 한도 "
                            f"{memory_limit} MB (limits.memory_mb + {SERVER_OVERHEAD_MB})보다 커요 — 한도 이하로 써 주세요.")
    if k8s["cpu_guarantee"] > k8s["cpu_limit"]:
        raise DistrictError(f"{source}: kubernetes.cpu_guarantee = {k8s['cpu_guarantee']} 이(가) cpu_limit = "
                            f"{k8s['cpu_limit']} 보다 커요 — 보장값은 한도 이하로 써 주세요.")
    templates = sorted(TEMPLATES.glob("*.html"))
    hub: dict[str, Any] = {
        "baseUrl": settings["hub"]["base_url"],
        "activeServerLimit": limits["max_learners"],
        "concurrentSpawnLimit": settings["storm"]["concurrent_spawn_limit"],
        "db": _hub_db(settings, source),
        "config": _authenticator(settings, source),
        "templatePaths": [TEMPLATES_MOUNT],
        "extraFiles": {f"template-{p.stem}": {"mountPath": f"{TEMPLATES_MOUNT}/{p.name}",
                                              "stringData": p.read_text(encoding="utf-8")} for p in templates},
        "extraEnv": {"TZ": settings["schedule"]["timezone"], "LANG": "ko_KR.UTF-8"},
        "extraConfig": {CONFIG_PATH_HOOK: config_path_hook(settings)},
    }
    if k8s["hub_image"]:
        hub["image"] = _image(k8s["hub_image"])
    if ours(k8s["hub_image"]):
        # The class-aware culler: academy-scheduler in the hub pod, as on one machine (the chart's is off below).
        hub["services"] = {SCHEDULER_SERVICE: {
            "command": ["python3", "-m", "academy.hub.prestart_service"],
            "environment": {"ACADEMY_DISTRICT": district["id"], "ACADEMY_DISTRICTS": DISTRICTS_MOUNT}}}
        hub["loadRoles"] = {SCHEDULER_SERVICE: {
            "services": [SCHEDULER_SERVICE],
            "scopes": [*SCHEDULER_SCOPES, f"read:groups!group={course_group(district['course_id'])}"]}}
        hub["extraFiles"]["academy-district"] = {"mountPath": f"{DISTRICTS_MOUNT}/{district['id']}.toml",
                                                 "stringData": scheduler_district(settings)}
    from academy.hub.landing import START_PATH

    singleuser = {
        "image": _image(k8s["singleuser_image"]),
        "memory": {"limit": f"{memory_limit}M", "guarantee": f"{k8s['memory_guarantee_mb']}M"},
        "cpu": {"limit": k8s["cpu_limit"], "guarantee": k8s["cpu_guarantee"]},
        "startTimeout": settings["storm"]["start_timeout"],
        "defaultUrl": START_PATH,
        "extraEnv": {"LANG": "ko_KR.UTF-8", "LC_ALL": "C.UTF-8", "TZ": settings["schedule"]["timezone"],
                     "ACADEMY_DISTRICT": district["id"], "ACADEMY_KERNEL_MEMORY_MB": str(limits["memory_mb"])},
        "extraFiles": {"nbgrader-config": {"mountPath": "/etc/jupyter/nbgrader_config.py",
                                           "stringData": _nbgrader_config(settings)},
                       # The one-machine Jupyter config per role (extensions, RTC, page config, Korean panels).
                       **pod_jupyter_files(settings)},
        "storage": {"capacity": f"{k8s['home_gb']}Gi"},
    }
    from academy.deploy import ngshare

    if ngshare.enabled(settings):
        # ngshare's Deployment and Service `ngshare` come from `academy k8s manifests`; the chart makes its token.
        hub.setdefault("services", {})[ngshare.SERVICE] = {"url": f"http://{ngshare.SERVICE}:{NGSHARE_PORT}",
                                                           "display": False}
        role = ngshare.hub_role(settings)
        hub.setdefault("loadRoles", {})[ngshare.SERVICE] = {"services": role["services"], "scopes": role["scopes"]}
    else:
        singleuser["storage"].update({
            "extraVolumes": [{"name": "exchange", "persistentVolumeClaim": {"claimName": exchange_claim(settings)}}],
            "extraVolumeMounts": [{"name": "exchange", "mountPath": EXCHANGE_MOUNT}]})
    idle = settings["schedule"]["idle_minutes"] * 60
    return {
        "hub": hub,
        "singleuser": singleuser,
        "cull": ({"enabled": False} if ours(k8s["hub_image"]) else
                 {"enabled": True, "users": False, "timeout": idle, "every": min(600, max(60, idle // 4))}),
        "scheduling": {
            "userScheduler": {"enabled": True},
            "podPriority": {"enabled": True},
            "userPlaceholder": {"enabled": True, "replicas": 0},
        },
        "custom": {"academy": {"district": district["id"], "course": district["course_id"],
                               "prescale": prescale(settings)}},
    }


def helm_merge(defaults: Any, override: Any) -> Any:
    """Values merged as helm coalesces them: maps merge, anything else (lists too) replaces, null deletes.

    >>> helm_merge({"a": {"x": 1, "y": 2}, "l": [1, 2]}, {"a": {"y": None, "z": 3}, "l": [9]})
    {'a': {'x': 1, 'z': 3}, 'l': [9]}
    """
    if not (isinstance(defaults, dict) and isinstance(override, dict)):
        return copy.deepcopy(override)
    merged = copy.deepcopy(defaults)
    for key, value in override.items():
        if value is None:
            merged.pop(key, None)
        elif key in merged:
            merged[key] = helm_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


@functools.lru_cache(maxsize=4)
def _chart(chart: Path) -> tuple[dict[str, Any], Any]:
    """The chart's defaults and a validator for its schema (read once: the schema is 130 kB of YAML)."""
    import jsonschema
    import yaml

    load = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    defaults = yaml.load((chart / "values.yaml").read_text(encoding="utf-8"), Loader=load)
    schema = yaml.load((chart / "values.schema.yaml").read_text(encoding="utf-8"), Loader=load)
    jsonschema.Draft7Validator.check_schema(schema)
    return defaults, jsonschema.Draft7Validator(schema)


def check(generated: dict[str, Any], chart: Path = CHART) -> dict[str, Any]:
    """Merge ``generated`` onto the chart's values.yaml and validate against values.schema.yaml.

    Returns the merged values; raises :class:`ChartError` listing every schema error (path: message).
    """
    defaults, validator = _chart(chart)
    merged = helm_merge(defaults, generated)
    errors = sorted(validator.iter_errors(merged), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        raise ChartError("\n".join(f"{'.'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in errors))
    return merged


def render(settings: dict[str, Any]) -> str:
    """The checked values as YAML text, with a header naming the district and the helm command."""
    import yaml

    generated = values(settings)
    check(generated)
    district = settings["district"]["id"]
    header = (f"# Zero to JupyterHub values for district {district}, generated by `academy k8s values --district "
              f"{district}`\n# from districts/{district}.toml -- edit that file, not this one. Install:\n"
              f"#   helm upgrade --install academy-{district} jupyterhub/jupyterhub --namespace academy-{district} "
              f"--values {district}.yaml\n")
    return header + yaml.safe_dump(generated, allow_unicode=True, sort_keys=False, width=120)


def _write(text: str, output: str | None) -> int:
    import sys

    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_values(args) -> int:
    from academy import district

    return _write(render(district.load(args.district)), args.output)


def cmd_manifests(args) -> int:
    from academy import district
    from academy.deploy import manifests

    return _write(manifests.render(district.load(args.district)), args.output)


def cmd_grading_job(args) -> int:
    from academy import district
    from academy.deploy import manifests

    settings = district.load(args.district)
    return _write(manifests.render(settings, [manifests.grading_job(settings, args.module, args.student)]),
                  args.output)


def add_parser(sub) -> None:
    """Register ``academy k8s values`` and ``academy k8s manifests`` on the main CLI's subparsers."""
    from academy.district import guard, with_district_option

    k8s = sub.add_parser("k8s", help="Kubernetes (Zero to JupyterHub), one Helm release per district").add_subparsers(
        dest="action", required=True)
    p = with_district_option(k8s.add_parser(
        "values", help="Helm values for the district's Zero to JupyterHub release, checked against the chart's "
                       "schema (deploy/z2jh/chart/)"))
    p.add_argument("--output", "-o", help="write to this file instead of standard output")
    p.set_defaults(func=guard(cmd_values, ChartError))
    p = with_district_option(k8s.add_parser(
        "manifests", help="the objects beside the release: the exchange volume claim and the class-start "
                          "pre-scaling CronJobs (academy/deploy/manifests.py)"))
    p.add_argument("--output", "-o", help="write to this file instead of standard output")
    p.set_defaults(func=guard(cmd_manifests))
    p = with_district_option(k8s.add_parser(
        "grading-job", help="one submission's autograde as a Kubernetes Job: the pod is the sandbox (no network, "
                            "non-root, read-only, no capabilities; academy/deploy/manifests.py)"))
    p.add_argument("--module", required=True, help="module id, e.g. 01-values")
    p.add_argument("--student", required=True, help="the learner's hub login")
    p.add_argument("--output", "-o", help="write to this file instead of standard output")
    p.set_defaults(func=guard(cmd_grading_job))
