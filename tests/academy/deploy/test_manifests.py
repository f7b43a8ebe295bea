"""The Kubernetes objects academy writes itself validate offline against the Kubernetes schemas
(kubernetes-validate's bundled schemas, strict) for the oldest Kubernetes the chart supports."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

from academy import district
from academy.admin.cli import main
from academy.deploy import manifests, z2jh

DISTRICTS = sorted(Path(district.REPO / "districts").glob("*.toml"))
CHART = yaml.safe_load((z2jh.CHART / "Chart.yaml").read_text(encoding="utf-8"))
KUBERNETES = re.match(r">=(\d+\.\d+\.\d+)", CHART["kubeVersion"]).group(1)  # the chart's oldest


@pytest.mark.parametrize("path", DISTRICTS, ids=[p.stem for p in DISTRICTS])
def test_every_object_validates_strictly(path):
    settings = district.load(path=path)
    objects = manifests.manifests(settings)
    for obj in objects:
        kubernetes_validate.validate(obj, KUBERNETES, strict=True)
    kinds = [o["kind"] for o in objects]
    assert kinds.count("CronJob") == 2 * len(settings["schedule"]["classes"])
    assert kinds.count("NetworkPolicy") == 1
    claim = next(o for o in objects if o["kind"] == "PersistentVolumeClaim" and o["metadata"]["name"].endswith("-exchange"))
    values = z2jh.values(settings)
    assert claim["metadata"]["name"] == values["singleuser"]["storage"]["extraVolumes"][0]["persistentVolumeClaim"][
        "claimName"]
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    # The CronJobs apply exactly the schedule the values carry, and may scale only the placeholders.
    crons = [o["spec"] for o in objects if o["kind"] == "CronJob"]
    assert [(c["schedule"], c["timeZone"]) for c in crons] == [
        (e["schedule"], e["timeZone"]) for e in values["custom"]["academy"]["prescale"]]
    role = next(o for o in objects if o["kind"] == "Role")
    assert all(rule["resourceNames"] == [manifests.PLACEHOLDERS] for rule in role["rules"])


def test_demo_scales_up_before_class_and_down_after():
    crons = [o for o in manifests.manifests(district.load("demo")) if o["kind"] == "CronJob"]
    commands = [(c["spec"]["schedule"], c["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["command"][-1])
                for c in crons]
    # demo: tue/thu 09:00-12:00 and sat 10:00-13:00, prestart 10 minutes, 30 learners.
    assert commands == [("50 8 * * 2,4", "--replicas=30"), ("0 12 * * 2,4", "--replicas=0"),
                        ("50 9 * * 6", "--replicas=30"), ("0 13 * * 6", "--replicas=0")]


@pytest.mark.parametrize("mutate", [
    lambda o: o["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0].update(bogus=1),  # unknown field
    lambda o: o["spec"].update(concurrencyPolicy=3),                                                     # wrong type
    lambda o: o["spec"]["jobTemplate"]["spec"]["template"]["spec"].pop("containers"),                   # required
])
def test_a_bad_object_is_caught(mutate):
    cron = next(o for o in manifests.manifests(district.load("demo")) if o["kind"] == "CronJob")
    kubernetes_validate.validate(cron, KUBERNETES, strict=True)
    broken = copy.deepcopy(cron)
    mutate(broken)
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES, strict=True)


def test_cli_prints_every_object(capsys):
    assert main(["k8s", "manifests", "--district", "demo"]) == 0
    printed = [o for o in yaml.safe_load_all(capsys.readouterr().out) if o]
    assert printed == manifests.manifests(district.load("demo"))


def pod_of(job: dict) -> dict:
    return job["spec"]["template"]["spec"]


@pytest.mark.parametrize("path", DISTRICTS, ids=[p.stem for p in DISTRICTS])
def test_grading_job_is_a_locked_sandbox(path):
    settings = district.load(path=path)
    job = manifests.grading_job(settings, "01-values", "kim_01")
    kubernetes_validate.validate(job, KUBERNETES, strict=True)
    pod = pod_of(job)
    containers = {c["name"]: c for c in pod["containers"]}
    assert set(containers) == {"grader", "kernel"}  # learner code only in "kernel" (test_grading_pod.py)
    assert pod["automountServiceAccountToken"] is False and pod["enableServiceLinks"] is False
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    for container in containers.values():
        locked = container["securityContext"]
        assert locked["readOnlyRootFilesystem"] is True and locked["allowPrivilegeEscalation"] is False
        assert locked["capabilities"] == {"drop": ["ALL"]} and "add" not in locked["capabilities"]
        assert locked["runAsUser"] != 0 and locked["runAsNonRoot"] is True
        assert float(container["resources"]["limits"]["cpu"]) > 0
    limits = containers["kernel"]["resources"]["limits"]
    assert limits["memory"] == f"{settings['limits']['grading_memory_mb']}Mi"
    assert job["spec"]["activeDeadlineSeconds"] > 0 and job["spec"]["backoffLimit"] == 0
    # Of the course volume, the grader sees: this module's source, this one submission (read-only), its
    # result, the gradebook; the kernel sees none of it.
    course = {m["subPath"]: m.get("readOnly", False) for m in containers["grader"]["volumeMounts"]
              if m["name"] == "course"}
    assert course == {"source/01-values": True, "submitted/kim_01/01-values": True,
                      "autograded/kim_01/01-values": False, "gradebook.db": False}
    assert not [m for m in containers["kernel"]["volumeMounts"] if m["name"] in ("course", "config", "scratch")]
    # The deny-all policy selects this pod: no rule in, no rule out.
    policy = manifests.grading_policy(settings)
    kubernetes_validate.validate(policy, KUBERNETES, strict=True)
    selector = policy["spec"]["podSelector"]["matchLabels"]
    assert selector.items() <= job["spec"]["template"]["metadata"]["labels"].items()
    assert policy["spec"]["policyTypes"] == ["Ingress", "Egress"]
    assert policy["spec"]["ingress"] == [] and policy["spec"]["egress"] == []
    # The config the grader reads is the course's, with PodExecute (the kernel container) for the sandboxed one.
    config = manifests.grading_config(settings)
    kubernetes_validate.validate(config, KUBERNETES, strict=True)
    assert config["metadata"]["name"] == next(v["configMap"]["name"] for v in pod["volumes"] if "configMap" in v)
    text = config["data"]["nbgrader_config.py"]
    assert "'academy.grading.pod.PodExecute'" in text and "SandboxedExecute" not in text
    assert "'nbgrader.preprocessors.Execute'" not in text  # never learner code in the grader's own process
    assert "'academy.grading.restore.RestoreDeletedCells'" in text  # sanitised as on one machine
    assert "'nbgrader.preprocessors.SaveAutoGrades'" in text


def test_grading_job_names_fit_and_bad_ids_are_refused(capsys):
    settings = district.load("demo")
    long = manifests.grading_job(settings, "12-automation-and-more", "a" * 24)
    assert len(long["metadata"]["name"]) <= 63
    assert long["metadata"]["name"] != manifests.grading_job(settings, "12-automation-and-more", "b" * 24)[
        "metadata"]["name"]
    with pytest.raises(district.DistrictError):
        manifests.grading_job(settings, "../etc", "kim")
    with pytest.raises(district.DistrictError):
        manifests.grading_job(settings, "01-values", "Kim/../x")
    assert main(["k8s", "grading-job", "--district", "demo", "--module", "01-values", "--student", "kim"]) == 0
    (printed,) = [o for o in yaml.safe_load_all(capsys.readouterr().out) if o]
    assert printed == manifests.grading_job(settings, "01-values", "kim")
    assert main(["k8s", "grading-job", "--district", "demo", "--module", "x", "--student", "kim"]) == 2


def test_ngshare_district_gets_ngshare_instead_of_the_folder_exchange(tmp_path):
    path = tmp_path / "ngk.toml"
    path.write_text('[district]\nid = "ngk"\nname = "테스트구"\n[people]\ninstructors = ["teach"]\n'
                    '[exchange]\nkind = "ngshare"\n', encoding="utf-8")
    settings = district.load(path=path)
    objects = manifests.manifests(settings)
    for obj in objects:
        kubernetes_validate.validate(obj, KUBERNETES, strict=True)
    assert not any(o["metadata"]["name"].endswith("-exchange") for o in objects)
    deployment = next(o for o in objects if o["kind"] == "Deployment")
    service = next(o for o in objects if o["kind"] == "Service")
    values = z2jh.check(z2jh.values(settings))
    # The hub service the values name is this Service; its token is the one the chart makes for it.
    assert values["hub"]["services"]["ngshare"]["url"] == f"http://{service['metadata']['name']}:{z2jh.NGSHARE_PORT}"
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    env = {e["name"]: e.get("value", e.get("valueFrom")) for e in container["env"]}
    assert env["JUPYTERHUB_API_TOKEN"] == {"secretKeyRef": {"name": "hub", "key": "hub.services.ngshare.apiToken"}}
    assert env["ACADEMY_NGSHARE_COURSE_GROUP"] == "nbgrader-ngk" and env["ACADEMY_NGSHARE_LISTEN"] == "0.0.0.0"
    assert env["JUPYTERHUB_CLIENT_ID"] == "service-ngshare"  # ngshare's HubOAuth refuses to start without it
    assert "service:ngshare" == container["command"][container["command"].index("--admins") + 1]
    assert pod["securityContext"]["runAsNonRoot"] and container["securityContext"]["readOnlyRootFilesystem"]
    assert pod["automountServiceAccountToken"] is False
    assert service["spec"]["selector"].items() <= deployment["spec"]["template"]["metadata"]["labels"].items()
    # Learners' pods: no exchange folder, ngshare-exchange's classes through the proxy.
    assert not values["singleuser"]["storage"]["extraVolumes"]  # the chart's default: none
    config = values["singleuser"]["extraFiles"]["nbgrader-config"]["stringData"]
    assert "c.ExchangeFactory.submit = 'ngshare_exchange.submit.ExchangeSubmit'" in config
    assert "c.Exchange._ngshare_url = 'http://proxy-public/services/ngshare'" in config and "root" not in config
