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
