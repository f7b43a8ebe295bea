"""Zero to JupyterHub values from district settings, merged onto the vendored chart's defaults and
validated against its schema (deploy/z2jh/chart/) as helm does before it renders anything."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from academy import district
from academy.admin.cli import main
from academy.deploy import z2jh
from academy.district import DistrictError

DISTRICTS = sorted(Path(district.REPO / "districts").glob("*.toml"))
MINIMAL = '[district]\nid = "{id}"\nname = "테스트구"\n[people]\ninstructors = ["teacher"]\n'


def load_text(tmp_path: Path, text: str, name: str = "k8s") -> dict:
    path = tmp_path / f"{name}.toml"
    path.write_text(MINIMAL.format(id=name) + text, encoding="utf-8")
    return district.load(path=path)


def test_there_are_district_files():
    assert any(p.stem == "demo" for p in DISTRICTS)


@pytest.mark.parametrize("path", DISTRICTS, ids=[p.stem for p in DISTRICTS])
def test_every_district_validates_against_the_chart(path):
    settings = district.load(path=path)
    merged = z2jh.check(z2jh.values(settings))
    limits, k8s = settings["limits"], settings["kubernetes"]
    # The district's numbers reach the merged values (not the chart's defaults).
    assert merged["singleuser"]["memory"] == {"limit": f"{limits['memory_mb'] + 512}M",
                                              "guarantee": f"{k8s['memory_guarantee_mb']}M"}
    assert merged["singleuser"]["cpu"] == {"limit": k8s["cpu_limit"], "guarantee": k8s["cpu_guarantee"]}
    # The culler that knows class windows (academy-scheduler) runs in the project's hub image; the chart's is off.
    assert z2jh.ours(k8s["hub_image"]) and merged["cull"]["enabled"] is False
    assert merged["hub"]["services"][z2jh.SCHEDULER_SERVICE]["command"] == ["python3", "-m", "academy.hub.prestart_service"]
    assert merged["hub"]["activeServerLimit"] == limits["max_learners"]
    name, tag = k8s["singleuser_image"].rsplit(":", 1)
    assert merged["singleuser"]["image"]["name"] == name and merged["singleuser"]["image"]["tag"] == tag
    # Chart defaults the district does not touch survive the merge (maps merge).
    assert merged["singleuser"]["storage"]["homeMountPath"] == "/home/jovyan"
    assert merged["singleuser"]["storage"]["capacity"] == f"{k8s['home_gb']}Gi"
    # The course's exchange volume is mounted where the nbgrader config says.
    claim = merged["singleuser"]["storage"]["extraVolumes"][0]["persistentVolumeClaim"]["claimName"]
    assert claim == f"academy-{settings['district']['id']}-exchange"
    nbgrader = merged["singleuser"]["extraFiles"]["nbgrader-config"]["stringData"]
    assert f"c.Exchange.root = '{z2jh.EXCHANGE_MOUNT}'" in nbgrader
    assert f"c.CourseDirectory.course_id = '{settings['district']['course_id']}'" in nbgrader
    # Every Korean hub page travels with the release, into the template path the hub reads.
    pages = {f["mountPath"].rsplit("/", 1)[1] for f in merged["hub"]["extraFiles"].values()
             if f["mountPath"].startswith(z2jh.TEMPLATES_MOUNT)}
    assert pages == {p.name for p in z2jh.TEMPLATES.glob("*.html")} and "login.html" in pages
    assert merged["hub"]["templatePaths"] == [z2jh.TEMPLATES_MOUNT]
    # Learners' and instructors' pods get their one-machine Jupyter config folders (test_pod_* below).
    for role in z2jh.POD_ROLES:
        server = next(f["data"] for f in merged["singleuser"]["extraFiles"].values()
                      if f["mountPath"] == f"{z2jh.POD_JUPYTER}/{role}/jupyter_server_config.json")
        assert server["ServerApp"]["jpserver_extensions"]["academy.together.guard"] is True
    # Pre-scaling: one scale-up before and one scale-down after every class.
    assert len(merged["custom"]["academy"]["prescale"]) == 2 * len(settings["schedule"]["classes"])
    assert merged["scheduling"]["userPlaceholder"]["enabled"] is True


def test_helm_merge_semantics():
    defaults = {"a": {"keep": 1, "drop": 2, "list": [1, 2, 3]}, "b": "x"}
    merged = z2jh.helm_merge(defaults, {"a": {"drop": None, "list": [9], "new": {"n": 1}}})
    assert merged == {"a": {"keep": 1, "list": [9], "new": {"n": 1}}, "b": "x"}
    assert defaults["a"]["drop"] == 2  # never mutated


@pytest.mark.parametrize("path,bad", [
    (("singleuser", "cpu", "limit"), "one core"),                    # not a number
    (("hub", "config", "jupyterhub"), {"x": 1}),                     # hub.config keys are class names
    (("hub", "db", "type"), "postgresql"),                           # not in the enum
    (("singleuser", "storage", "unknown"), 1),                       # no unknown keys
    (("academy",), {"district": "demo"}),                            # top level allows no unknown keys
])
def test_a_bad_value_is_caught_by_the_schema(path, bad):
    generated = z2jh.values(district.load("demo"))
    z2jh.check(generated)  # valid as generated
    broken = copy.deepcopy(generated)
    node = broken
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = bad
    with pytest.raises(z2jh.ChartError) as caught:
        z2jh.check(broken)
    assert ".".join(path[:-1]) in str(caught.value) or path == ("academy",), caught.value


def test_pam_and_a_local_socket_database_are_refused_in_korean(tmp_path):
    with pytest.raises(DistrictError, match="auth.mode.*native"):
        z2jh.values(load_text(tmp_path, '[auth]\nmode = "pam"\n'))
    socket = load_text(tmp_path, '[database]\nhub_url = "postgresql://academy@/academy_k8s_hub?host=/run/postgresql"\n')
    with pytest.raises(DistrictError, match="database.hub_url.*네트워크 주소"):
        z2jh.values(socket)
    network = load_text(tmp_path, '[database]\nhub_url = "postgresql://academy@db.example.kr/academy_k8s_hub"\n')
    db = z2jh.check(z2jh.values(network))["hub"]["db"]
    assert db["type"] == "postgres" and db["url"] == "postgresql://academy@db.example.kr/academy_k8s_hub"
    assert db["password"] is None  # the password never goes into the file (helm --set hub.db.password)


def test_guarantee_above_limit_is_refused(tmp_path):
    with pytest.raises(DistrictError, match="cpu_guarantee"):
        z2jh.values(load_text(tmp_path, "[kubernetes]\ncpu_guarantee = 2\ncpu_limit = 1\n"))
    with pytest.raises(DistrictError, match="memory_guarantee_mb"):
        z2jh.values(load_text(tmp_path, "[limits]\nmemory_mb = 512\n[kubernetes]\nmemory_guarantee_mb = 2048\n"))


def test_prescale_before_midnight_moves_to_the_day_before():
    settings = {"limits": {"max_learners": 5}, "schedule": {"timezone": "Asia/Seoul", "prestart_minutes": 30,
                "classes": [{"days": ["mon", "sun"], "start": "00:10", "end": "01:00"}]}}
    up, down = z2jh.prescale(settings)
    assert up == {"schedule": "40 23 * * 0,6", "timeZone": "Asia/Seoul", "replicas": 5}  # sun, sat
    assert down == {"schedule": "0 1 * * 0,1", "timeZone": "Asia/Seoul", "replicas": 0}


def test_cli_prints_the_checked_values(tmp_path, capsys):
    assert main(["k8s", "values", "--district", "demo"]) == 0
    printed = yaml.safe_load(capsys.readouterr().out)
    assert printed == z2jh.values(district.load("demo"))
    out = tmp_path / "demo.yaml"
    assert main(["k8s", "values", "--district", "demo", "-o", str(out)]) == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8")) == printed
    assert main(["k8s", "values", "--district", "nowhere"]) == 2
    assert "구 설정 파일이 없어요" in capsys.readouterr().err


def test_the_scheduler_in_the_hub_pod_reads_the_same_district(tmp_path):
    settings = district.load("demo")
    hub = z2jh.check(z2jh.values(settings))["hub"]
    service = hub["services"][z2jh.SCHEDULER_SERVICE]
    mounted = hub["extraFiles"]["academy-district"]
    assert mounted["mountPath"] == f"{service['environment']['ACADEMY_DISTRICTS']}/demo.toml"
    (tmp_path / "demo.toml").write_text(mounted["stringData"], encoding="utf-8")
    again = district.load(path=tmp_path / "demo.toml")
    for section in ("district", "people", "schedule", "storm"):
        assert again[section] == settings[section], section
    assert "data_root" not in mounted["stringData"] and "database" not in mounted["stringData"]
    role = hub["loadRoles"][z2jh.SCHEDULER_SERVICE]
    assert role["services"] == [z2jh.SCHEDULER_SERVICE] and "read:groups!group=nbgrader-demo" in role["scopes"]
    assert "admin:users" not in role["scopes"] and "servers" in role["scopes"]  # start and stop servers, no more


def test_the_charts_own_hub_image_keeps_the_charts_culler(tmp_path):
    settings = load_text(tmp_path, '[kubernetes]\nhub_image = ""\n[schedule]\nidle_minutes = 30\n')
    merged = z2jh.check(z2jh.values(settings))
    assert merged["cull"]["enabled"] is True and merged["cull"]["timeout"] == 30 * 60
    assert z2jh.SCHEDULER_SERVICE not in merged["hub"].get("services", {})


# What a pod does without, on purpose (academy/hub/data_root.py: NOT_IN_PODS): the warm-kernel
# extension, whose provisioner only the data root's kernelspec names (deploy/image/Dockerfile has none).
NOT_SHIPPED = {"academy.kernels.warm"}


def _pod_files(merged: dict, role: str) -> dict[str, dict]:
    """``role``'s config folder as the pod sees it: {path relative to the folder: JSON content}."""
    folder = f"{z2jh.POD_JUPYTER}/{role}/"
    return {f["mountPath"].removeprefix(folder): f["data"] for f in merged["singleuser"]["extraFiles"].values()
            if f["mountPath"].startswith(folder)}


def _nulls(value, where="") -> list[str]:
    if value is None:
        return [where]
    if isinstance(value, dict):
        return [n for k, v in value.items() for n in _nulls(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [n for i, v in enumerate(value) for n in _nulls(v, f"{where}[{i}]")]
    return []


@pytest.mark.parametrize("role", ["learner", "instructor"])
def test_pods_get_the_one_machine_jupyter_config_of_their_role(tmp_path, role):
    """The config files ``academy hub setup`` writes on one machine (read back from disk) and the ones
    the release mounts into the pod are the same, but for the folder they live in and NOT_SHIPPED."""
    import json

    from academy.hub import data_root, rtc

    settings = load_text(tmp_path, f'[hub]\ndata_root = "{tmp_path / "data"}"\n')
    folder = data_root.write_jupyter_config(settings)[role]
    machine = {str(p.relative_to(folder)): json.loads(p.read_text(encoding="utf-8"))
               for p in sorted(folder.rglob("*.json"))}
    merged = z2jh.check(z2jh.values(settings))
    pod = _pod_files(merged, role)
    assert set(pod) == set(machine) == {"jupyter_server_config.json", "labconfig/page_config.json",
                                        "lab-settings/overrides.json"}
    assert not _nulls(pod), _nulls(pod)  # a null in values would be deleted by helm, not rendered

    # jpserver_extensions: exactly the one-machine ones, NOT_SHIPPED turned off.
    assert set(data_root.NOT_IN_PODS) == NOT_SHIPPED
    on_machine = machine["jupyter_server_config.json"]["ServerApp"]["jpserver_extensions"]
    in_pod = pod["jupyter_server_config.json"]["ServerApp"]["jpserver_extensions"]
    assert all(on_machine[name] is True for name in NOT_SHIPPED)
    assert in_pod == {**on_machine, **{name: False for name in NOT_SHIPPED}}
    for name in ("academy.together.guard", "academy.hub.validate", "academy.hub.assignments",
                 "academy.hub.landing", *rtc.SERVER_EXTENSIONS):
        assert in_pod[name] is True, name  # the help guard, the #1836-patched Validate, RTC and its patch
    assert in_pod["nbgrader.server_extensions.validate_assignment"] is False  # the stock one stays off
    if role == "learner":
        assert in_pod["jupyter_lsp"] is False and in_pod["jupyter_server_terminals"] is False

    # Everything else in the server config is the same, the lab settings folder is the pod's.
    server_pod, server_machine = pod["jupyter_server_config.json"], machine["jupyter_server_config.json"]
    assert server_machine["LabApp"]["app_settings_dir"] == str(folder / "lab-settings")
    assert server_pod["LabApp"]["app_settings_dir"] == f"{z2jh.POD_JUPYTER}/{role}/lab-settings"
    strip = ("ServerApp", "LabApp")
    assert ({k: v for k, v in server_pod.items() if k not in strip}
            == {k: v for k, v in server_machine.items() if k not in strip})
    assert server_pod["YDocExtension"]["ystore_class"] == "academy.hub.rtc.LearnerYStore"
    assert server_pod["AcademyLanding"]["course_id"] == settings["district"]["course_id"]

    # page_config and the lab defaults: identical; RTC's own share dialog off, its packages on.
    assert pod["labconfig/page_config.json"] == machine["labconfig/page_config.json"]
    disabled = pod["labconfig/page_config.json"]["disabledExtensions"]
    assert disabled[rtc.SHARE_DIALOG] is True and not set(rtc.LAB_PACKAGES) & set(disabled)
    assert "academyLab" in pod["labconfig/page_config.json"]
    assert pod["lab-settings/overrides.json"] == machine["lab-settings/overrides.json"]


def test_jupyter_config_path_by_role_in_the_hub(tmp_path):
    """The hub's extraConfig snippet, run as the chart's jupyterhub_config.py runs it: instructors'
    servers read the instructor folder, everyone else's the learner folder; both are mounted."""
    from types import SimpleNamespace

    from traitlets.config import Config

    settings = load_text(tmp_path, "")
    merged = z2jh.check(z2jh.values(settings))
    mounted = {f["mountPath"] for f in merged["singleuser"]["extraFiles"].values()}
    assert "JUPYTER_CONFIG_PATH" not in merged["singleuser"]["extraEnv"]  # set per server, below
    for chart_env in ({}, {"LANG": "ko_KR.UTF-8"}):  # environment unset or set by the chart (extraEnv)
        c = Config()
        if chart_env:
            c.KubeSpawner.environment = dict(chart_env)
        exec(compile(merged["hub"]["extraConfig"][z2jh.CONFIG_PATH_HOOK], "extraConfig", "exec"), {"c": c})
        environment = c.KubeSpawner.environment
        if not isinstance(environment, dict):  # traitlets' lazy value: what KubeSpawner will get
            environment = environment.get_value({})
        hook = environment["JUPYTER_CONFIG_PATH"]
        for name, role in (("teacher", "instructor"), ("learner1", "learner")):
            path = hook(SimpleNamespace(user=SimpleNamespace(name=name)))
            assert path == f"{z2jh.POD_JUPYTER}/{role}"
            assert f"{path}/jupyter_server_config.json" in mounted and f"{path}/labconfig/page_config.json" in mounted
        if chart_env:
            assert environment["LANG"] == "ko_KR.UTF-8"
