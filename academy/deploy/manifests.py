"""Kubernetes objects the project writes itself for one district, beside its Zero to JupyterHub release.

``academy k8s manifests --district gangnam | kubectl apply -n academy-gangnam -f -`` gives:

* the course's exchange volume claim ``academy-<id>-exchange`` (ReadWriteMany) that the learners'
  pods mount (academy/deploy/z2jh.py ``singleuser.storage.extraVolumes``); with ``[exchange] kind =
  "ngshare"`` instead ngshare's volume, Deployment and Service ``ngshare`` (``ngshare_objects``);
* pre-scaling for class start: one CronJob per entry of ``custom.academy.prescale``
  (``z2jh.prescale``: ``prestart_minutes`` before each class in the district's time zone the
  chart's ``user-placeholder`` StatefulSet is scaled to ``limits.max_learners``, after class back
  to 0), with a ServiceAccount whose Role may only scale that one StatefulSet.

Grading at scale (``academy k8s grading-job --district ID --module M --student S``): one Job per
submission, its pod the sandbox bubblewrap and a throwaway UID are on one machine (``grading_job``):
non-root, read-only root file system, every capability dropped, seccomp RuntimeDefault, no service
account token, memory/CPU limits, a deadline, and no network at all (the NetworkPolicy
``grading_policy`` selects every grading pod and allows nothing in or out). Two containers
(academy/grading/pod.py): ``grader`` runs nbgrader and alone sees the course volume -- only the
module's source, that one submission, its autograded folder and the gradebook (``subPath`` mounts),
with the course's grading settings from graders/nbgrader_config.py (a ConfigMap, ``PodExecute`` for
the sandboxed ``Execute``); ``kernel`` runs the learner's code as another UID with no course volume,
no ConfigMap and the one folder they share (connection files) read-only. They talk ZeroMQ over the
pod's loopback.

Every object is validated offline against the Kubernetes schemas (``kubernetes-validate``,
bundled schemas, strict: unknown fields are errors) in tests/academy/deploy/test_manifests.py.
"""

from __future__ import annotations

import re
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


COURSE_MOUNT = "/srv/course"
GRADING_UID = 1000  # jovyan in deploy/image/Dockerfile: the image's only account, never root
GRADING_CPU = 1.0  # one submission runs one kernel (the grading benchmark: 0.41 s of CPU each)
GRADING_REQUEST_MB = 1024  # module 11's analyser and model resident; the limit is [limits] grading_memory_mb
GRADING_DEADLINE_S = 600  # ten notebooks' worth of nbgrader's 60 s cell timeout
GRADER_REQUEST_MB = 256  # the grader container: nbgrader and jupyter_client, no learner code
GRADER_LIMIT_MB = 768
SCRATCH = {"tmp": "/tmp", "course": COURSE_MOUNT}  # the only writable places besides the subPaths


def course_volume(settings: dict[str, Any]) -> dict[str, Any]:
    """The course root (source with hidden tests, submissions, gradebook): the formgrader's and the grading Jobs'."""
    return {"apiVersion": "v1", "kind": "PersistentVolumeClaim",
            "metadata": {"name": f"academy-{settings['district']['id']}-course", "labels": _labels(settings, "course")},
            "spec": {"accessModes": ["ReadWriteMany"], "resources": {"requests": {"storage": f"{EXCHANGE_GB}Gi"}}}}


def grading_config(settings: dict[str, Any]) -> dict[str, Any]:
    """ConfigMap ``academy-<id>-grading``: nbgrader_config.py for grading pods' grader container, from
    graders/nbgrader_config.py (the one home of grading settings) with ``PodExecute`` (the kernel in the pod's
    kernel container, academy/grading/pod.py) for the sandboxed one."""
    from traitlets.config.loader import PyFileConfigLoader

    from academy.admin.course import config_lines
    from academy.grading.pod_kernel import POD_DIR
    from academy.layout import graders_dir

    shared = PyFileConfigLoader("nbgrader_config.py", path=str(graders_dir())).load_config()
    steps = ["academy.grading.pod.PodExecute" if step == "academy.grading.execute.SandboxedExecute" else step
             for step in shared.Autograde.autograde_preprocessors]
    values = {"CourseDirectory": {"root": COURSE_MOUNT, "course_id": settings["district"]["course_id"],
                                  "db_url": f"sqlite:///{COURSE_MOUNT}/gradebook.db"},
              "Autograde": {"autograde_preprocessors": steps,  # and the deleted-cell restore, as on one machine
                            "sanitize_preprocessors": list(shared.Autograde.sanitize_preprocessors)},
              "Execute": dict(shared.Execute),
              "PodKernelManager": {"pod_dir": POD_DIR},
              # the district's late policy, as on a single machine (academy/grading/late.py)
              "AssignLatePenalties": {"plugin_class": shared.AssignLatePenalties.plugin_class},
              "DistrictLatePolicy": {"policy": settings["deadlines"]["late_policy"]}}
    text = ("# Written by `academy k8s manifests` (academy/deploy/manifests.py) from graders/nbgrader_config.py.\n"
            "c = get_config()  # noqa: F821\n" + config_lines(values))
    return {"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": f"academy-{settings['district']['id']}-grading", "labels": _labels(settings, "grading")},
            "data": {"nbgrader_config.py": text}}


def grading_policy(settings: dict[str, Any]) -> dict[str, Any]:
    """Deny-all: grading pods reach nothing and nothing reaches them (no rule = nothing allowed)."""
    return {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
            "metadata": {"name": f"academy-{settings['district']['id']}-grading-deny-all",
                         "labels": _labels(settings, "grading")},
            "spec": {"podSelector": {"matchLabels": _labels(settings, "grading")},
                     "policyTypes": ["Ingress", "Egress"], "ingress": [], "egress": []}}


def grading_job(settings: dict[str, Any], module: str, student: str) -> dict[str, Any]:
    """One submission's autograde as a Job (names: a digest, since module + login may pass 63 characters).

    Two containers (academy/grading/pod.py): ``grader`` (nbgrader, the course volume's subPaths) and
    ``kernel`` (the learner's code, another UID, no course volume, no config), sharing only the
    emptyDir ``kernel-pod`` -- written by the grader, read-only for the kernel."""
    import hashlib

    from academy.district import DistrictError, is_username
    from academy.grading.pod_kernel import KERNEL_SCRATCH, KERNEL_UID, POD_DIR

    if not (is_username(student) and re.match(r"^\d\d-[a-z][a-z0-9-]*$", module)):
        raise DistrictError(f"module {module!r} / student {student!r}: 모듈 id(예: 01-values)와 학습자 아이디"
                            "(영문 소문자로 시작)를 확인해 주세요.")
    district = settings["district"]["id"]
    digest = hashlib.sha256(f"{module}/{student}".encode()).hexdigest()[:12]
    labels = _labels(settings, "grading")
    image = settings["kubernetes"]["singleuser_image"]
    locked = {"runAsNonRoot": True, "allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
              "privileged": False, "capabilities": {"drop": ["ALL"]}}
    grader_mounts = [{"name": "scratch", "mountPath": "/tmp", "subPath": "tmp"},
                     {"name": "scratch", "mountPath": COURSE_MOUNT, "subPath": "course"},
                     {"name": "kernel-pod", "mountPath": POD_DIR},
                     {"name": "config", "mountPath": "/etc/academy/grading", "readOnly": True},
                     {"name": "course", "mountPath": f"{COURSE_MOUNT}/source/{module}", "subPath": f"source/{module}",
                      "readOnly": True},
                     {"name": "course", "mountPath": f"{COURSE_MOUNT}/submitted/{student}/{module}",
                      "subPath": f"submitted/{student}/{module}", "readOnly": True},
                     {"name": "course", "mountPath": f"{COURSE_MOUNT}/autograded/{student}/{module}",
                      "subPath": f"autograded/{student}/{module}"},
                     {"name": "course", "mountPath": f"{COURSE_MOUNT}/gradebook.db", "subPath": "gradebook.db"}]
    grader = {
        "name": "grader", "image": image, "workingDir": "/tmp",
        "command": ["python", "-m", "academy.grading.pod", module, "--student", student, "--pod-dir", POD_DIR],
        "env": [{"name": "JUPYTER_CONFIG_PATH", "value": "/etc/academy/grading"},
                {"name": "HOME", "value": "/tmp"}, {"name": "MPLCONFIGDIR", "value": "/tmp"},
                {"name": "JUPYTER_RUNTIME_DIR", "value": "/tmp/runtime"},
                {"name": "JUPYTER_DATA_DIR", "value": "/tmp/data"}],
        # nbgrader and jupyter_client only: no learner code runs here
        "resources": {"requests": {"cpu": "250m", "memory": f"{GRADER_REQUEST_MB}Mi"},
                      "limits": {"cpu": "1", "memory": f"{GRADER_LIMIT_MB}Mi", "ephemeral-storage": "1Gi"}},
        "securityContext": {**locked, "runAsUser": GRADING_UID, "runAsGroup": 100},
        "volumeMounts": grader_mounts,
    }
    kernel = {
        "name": "kernel", "image": image, "workingDir": KERNEL_SCRATCH,
        "command": ["python", "-m", "academy.grading.pod_kernel", "--pod-dir", POD_DIR, "--scratch", KERNEL_SCRATCH,
                    "--timeout", str(GRADING_DEADLINE_S)],
        "env": [{"name": "HOME", "value": KERNEL_SCRATCH}],
        # request: a kernel's working footprint, rounded up; limit: the sandbox's address space
        "resources": {"requests": {"cpu": "500m", "memory": f"{GRADING_REQUEST_MB}Mi"},
                      "limits": {"cpu": str(GRADING_CPU), "memory": f"{settings['limits']['grading_memory_mb']}Mi",
                                 "ephemeral-storage": "1Gi"}},
        "securityContext": {**locked, "runAsUser": KERNEL_UID, "runAsGroup": KERNEL_UID},
        "volumeMounts": [{"name": "kernel-pod", "mountPath": POD_DIR, "readOnly": True},
                         {"name": "kernel-scratch", "mountPath": KERNEL_SCRATCH}],
    }
    return {
        "apiVersion": "batch/v1", "kind": "Job",
        "metadata": {"name": f"academy-{district}-grade-{digest}", "labels": labels,
                     "annotations": {"academy.socialcity/module": module, "academy.socialcity/student": student}},
        "spec": {"backoffLimit": 0, "activeDeadlineSeconds": GRADING_DEADLINE_S, "ttlSecondsAfterFinished": 3600,
                 "template": {"metadata": {"labels": labels}, "spec": {
                     "restartPolicy": "Never", "automountServiceAccountToken": False, "enableServiceLinks": False,
                     "shareProcessNamespace": False,  # the kernel sees none of the grader's processes
                     "securityContext": {"runAsNonRoot": True, "runAsUser": GRADING_UID, "runAsGroup": 100,
                                         "fsGroup": 100, "seccompProfile": {"type": "RuntimeDefault"}},
                     "containers": [grader, kernel],
                     "volumes": [{"name": "scratch", "emptyDir": {"sizeLimit": "1Gi"}},
                                 {"name": "kernel-pod", "emptyDir": {"sizeLimit": "16Mi"}},
                                 {"name": "kernel-scratch", "emptyDir": {"sizeLimit": "1Gi"}},
                                 {"name": "config", "configMap": {"name": f"academy-{district}-grading"}},
                                 {"name": "course", "persistentVolumeClaim": {
                                     "claimName": course_volume(settings)["metadata"]["name"]}}],
                 }}},
    }


NGSHARE_IMAGE = "ghcr.io/social-city-academy/ngshare"  # deploy/image/ngshare.Dockerfile, tagged like academy
NGSHARE_DATA = "/srv/ngshare"
NGSHARE_GB = 10


def ngshare_objects(settings: dict[str, Any]) -> list[dict[str, Any]]:
    """``[exchange] kind = "ngshare"``: its volume, its Deployment (deploy/ngshare/serve.py, as on one machine:
    services apart from people, the roster from the hub's groups) and the Service ``ngshare`` the values name."""
    from academy import __version__
    from academy.deploy import ngshare
    from academy.deploy.z2jh import NGSHARE_PORT

    district, base = settings["district"]["id"], settings["hub"]["base_url"]
    name, labels = f"academy-{district}-ngshare", _labels(settings, "ngshare")
    env = {"JUPYTERHUB_API_URL": f"http://hub:8081{base}hub/api",
           "JUPYTERHUB_CLIENT_ID": f"service-{ngshare.SERVICE}",  # the hub's default for a service; ngshare needs it
           "JUPYTERHUB_SERVICE_URL": f"http://0.0.0.0:{NGSHARE_PORT}",
           "JUPYTERHUB_SERVICE_PREFIX": f"{base}services/{ngshare.SERVICE}/",
           "ACADEMY_NGSHARE_LISTEN": "0.0.0.0", **ngshare.roster_environment(settings)}
    return [
        {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": name, "labels": labels},
         "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": f"{NGSHARE_GB}Gi"}}}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "labels": labels},
         "spec": {"replicas": 1, "strategy": {"type": "Recreate"},  # one writer of its SQLite database
                  "selector": {"matchLabels": labels},
                  "template": {
                      # the chart's hub NetworkPolicy lets pods with this label reach the hub API
                      "metadata": {"labels": {**labels, "hub.jupyter.org/network-access-hub": "true"}},
                      "spec": {
                          "automountServiceAccountToken": False, "enableServiceLinks": False,
                          "securityContext": {"runAsNonRoot": True, "runAsUser": GRADING_UID, "fsGroup": 100,
                                              "seccompProfile": {"type": "RuntimeDefault"}},
                          "containers": [{
                              "name": "ngshare", "image": f"{NGSHARE_IMAGE}:{__version__}",
                              "command": ["python3", "/opt/ngshare/serve.py",
                                          "--database", f"sqlite:///{NGSHARE_DATA}/ngshare.db",
                                          "--storage", f"{NGSHARE_DATA}/files/",
                                          "--admins", f"{ngshare.SERVICE_PREFIX}{ngshare.SERVICE}"],
                              "ports": [{"name": "http", "containerPort": NGSHARE_PORT}],
                              "env": [*({"name": k, "value": v} for k, v in env.items()),
                                      {"name": "JUPYTERHUB_API_TOKEN", "valueFrom": {"secretKeyRef": {
                                          "name": "hub", "key": f"hub.services.{ngshare.SERVICE}.apiToken"}}}],
                              "readinessProbe": {"httpGet": {"path": f"{base}services/{ngshare.SERVICE}/healthz",
                                                             "port": "http"}},
                              "resources": {"requests": {"cpu": "100m", "memory": "128Mi"},
                                            "limits": {"cpu": "1", "memory": "512Mi"}},
                              "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                                  "capabilities": {"drop": ["ALL"]}},
                              "volumeMounts": [{"name": "data", "mountPath": NGSHARE_DATA},
                                               {"name": "tmp", "mountPath": "/tmp"}],
                          }],
                          "volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": name}},
                                      {"name": "tmp", "emptyDir": {"sizeLimit": "256Mi"}}],
                      }}}},
        {"apiVersion": "v1", "kind": "Service", "metadata": {"name": ngshare.SERVICE, "labels": labels},
         "spec": {"selector": labels, "ports": [{"name": "http", "port": NGSHARE_PORT, "targetPort": "http"}]}},
    ]


def manifests(settings: dict[str, Any]) -> list[dict[str, Any]]:
    from academy.deploy import ngshare

    exchange = ngshare_objects(settings) if ngshare.enabled(settings) else [exchange_volume(settings)]
    return [*exchange, course_volume(settings), grading_config(settings), grading_policy(settings),
            *prescale_objects(settings)]


def render(settings: dict[str, Any], objects: list[dict[str, Any]] | None = None) -> str:
    import yaml

    objects = manifests(settings) if objects is None else objects
    district = settings["district"]["id"]
    header = (f"# Kubernetes objects for district {district}, generated by `academy k8s manifests --district "
              f"{district}`\n# from districts/{district}.toml. Apply: kubectl apply -n academy-{district} -f -\n")
    class Plain(yaml.SafeDumper):  # no &anchors for the labels an object repeats: plain YAML for reviewers
        def ignore_aliases(self, data):
            return True

    return header + "---\n".join(yaml.dump(o, Dumper=Plain, allow_unicode=True, sort_keys=False) for o in objects)
