"""Kubernetes objects the project writes itself for one district, beside its Zero to JupyterHub release.

``academy k8s manifests --district gangnam | kubectl apply -n academy-gangnam -f -`` gives:

* the course's exchange volume claim ``academy-<id>-exchange`` (ReadWriteMany) that the learners'
  pods mount (academy/deploy/z2jh.py ``singleuser.storage.extraVolumes``);
* pre-scaling for class start: one CronJob per entry of ``custom.academy.prescale``
  (``z2jh.prescale``: ``prestart_minutes`` before each class in the district's time zone the
  chart's ``user-placeholder`` StatefulSet is scaled to ``limits.max_learners``, after class back
  to 0), with a ServiceAccount whose Role may only scale that one StatefulSet.

Every object is validated offline against the Kubernetes schemas (``kubernetes-validate``,
bundled schemas, strict: unknown fields are errors) in tests/academy/deploy/test_manifests.py.
"""

from __future__ import annotations

from typing import Any

from academy.deploy.z2jh import exchange_claim, prescale

KUBECTL_IMAGE = "registry.k8s.io/kubectl:v1.32.0"
PLACEHOLDERS = "user-placeholder"  # the chart's StatefulSet of placeholder pods
EXCHANGE_GB = 20  # released assignments, submissions and feedback of one course


def _labels(settings: dict[str, Any], component: str) -> dict[str, str]:
    return {"app.kubernetes.io/part-of": "social-city-academy", "app.kubernetes.io/component": component,
            "academy.socialcity/district": settings["district"]["id"]}


def exchange_volume(settings: dict[str, Any]) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "PersistentVolumeClaim",
            "metadata": {"name": exchange_claim(settings), "labels": _labels(settings, "exchange")},
            "spec": {"accessModes": ["ReadWriteMany"], "resources": {"requests": {"storage": f"{EXCHANGE_GB}Gi"}}}}


def prescale_objects(settings: dict[str, Any]) -> list[dict[str, Any]]:
    """ServiceAccount, Role (scale ``user-placeholder`` only), RoleBinding and one CronJob per schedule."""
    name = f"academy-{settings['district']['id']}-prescale"
    labels = _labels(settings, "prescale")
    objects: list[dict[str, Any]] = [
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": name, "labels": labels},
         "automountServiceAccountToken": True},
        {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": name, "labels": labels},
         "rules": [{"apiGroups": ["apps"], "resources": ["statefulsets/scale"], "resourceNames": [PLACEHOLDERS],
                    "verbs": ["get", "patch", "update"]},
                   {"apiGroups": ["apps"], "resources": ["statefulsets"], "resourceNames": [PLACEHOLDERS],
                    "verbs": ["get"]}]},
        {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
         "metadata": {"name": name, "labels": labels},
         "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": name},
         "subjects": [{"kind": "ServiceAccount", "name": name}]},
    ]
    for index, entry in enumerate(prescale(settings)):
        objects.append({
            "apiVersion": "batch/v1", "kind": "CronJob",
            "metadata": {"name": f"{name}-{index}", "labels": labels},
            "spec": {
                "schedule": entry["schedule"], "timeZone": entry["timeZone"],
                "concurrencyPolicy": "Replace", "startingDeadlineSeconds": 300,
                "successfulJobsHistoryLimit": 1, "failedJobsHistoryLimit": 3,
                "jobTemplate": {"spec": {"backoffLimit": 2, "activeDeadlineSeconds": 120, "template": {
                    "metadata": {"labels": labels},
                    "spec": {
                        "serviceAccountName": name, "restartPolicy": "Never",
                        "securityContext": {"runAsNonRoot": True, "runAsUser": 65534,
                                            "seccompProfile": {"type": "RuntimeDefault"}},
                        "containers": [{
                            "name": "scale", "image": KUBECTL_IMAGE,
                            "command": ["kubectl", "scale", f"statefulset/{PLACEHOLDERS}",
                                        f"--replicas={entry['replicas']}"],
                            "resources": {"requests": {"cpu": "10m", "memory": "32Mi"},
                                          "limits": {"cpu": "100m", "memory": "64Mi"}},
                            "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                                "capabilities": {"drop": ["ALL"]}},
                        }],
                    }}}},
            },
        })
    return objects


def manifests(settings: dict[str, Any]) -> list[dict[str, Any]]:
    return [exchange_volume(settings), *prescale_objects(settings)]


def render(settings: dict[str, Any]) -> str:
    import yaml

    district = settings["district"]["id"]
    header = (f"# Kubernetes objects for district {district}, generated by `academy k8s manifests --district "
              f"{district}`\n# from districts/{district}.toml. Apply: kubectl apply -n academy-{district} -f -\n")
    return header + "---\n".join(yaml.safe_dump(o, allow_unicode=True, sort_keys=False) for o in manifests(settings))
