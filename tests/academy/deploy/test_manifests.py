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
from academy.cli import main
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
    claim = next(o for o in objects if o["kind"] == "PersistentVolumeClaim")
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
