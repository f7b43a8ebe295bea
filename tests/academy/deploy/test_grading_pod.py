"""The Kubernetes grading pod's two containers, run on this machine as the manifest says.

``academy k8s grading-job`` gives a pod whose ``grader`` container runs nbgrader and alone sees the
course, and whose ``kernel`` container runs the learner's code as another UID without the course
(academy/grading/pod.py). No cluster here, so the test runs both containers' *commands* from the
generated Job -- the grader's as this user (root) with the generated ConfigMap's nbgrader_config.py,
the kernel's as a throwaway Unix account -- with each container's mounts mapped to folders:
the shared ``kernel-pod`` folder (written by the grader, not writable by the kernel account, as the
read-only mount is) and the kernel's own scratch. The course is a root-only folder the kernel
account cannot open -- in the pod it is not in the kernel's container at all.

Proven: the same scores as the one-machine engine (``grade_module``); a hostile submission that
tries the gradebook, the source notebook, the course folder, the restored notebook with hidden
tests and the shared folder gets nothing (and the control: the same submission graded the way
the pod did before -- nbgrader's stock Execute in the grader's own process -- reads them all).
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

import kubernetes_validate
import nbformat
import pytest

from academy import district
from academy.admin.course import nbgrader
from academy.deploy import manifests
from academy.grading.engine import grade_module
from academy.grading.pod_kernel import KERNEL_SCRATCH, POD_DIR
from academy.layout import tools_path
from tests.academy.grading.conftest import CORRECT, FAST_LIMITS, FULL_MARKS, PANDAS_MODULE
from tests.support.accounts import need_root, throwaway_folder
from tests.support.sample_class import make_course, scores, submit

from .test_manifests import KUBERNETES

pytestmark = pytest.mark.slow

SETTINGS = district.load("demo")
MODULE = "01-pandas-basics"  # the grading fixture's module under an id a grading Job accepts
CLASS = {
    "kim-correct": CORRECT,
    "lee-partial": {**CORRECT, "likes_by_platform":
                    "def likes_by_platform(df):\n    return df.groupby('platform')['likes'].sum().to_dict()"},
    "park-wrong": {"total_likes": "total_likes = 5", "top_post": "def top_post(df):\n    return 'x'"},
    "kang-rigged-eq": {**CORRECT, "total_likes": "class Always:\n    def __eq__(self, other):\n        return True\n"
                                                 "total_likes = Always()"},
    # the kernel dies in the first answer: later cells "not run" (a dead kernel of the kernel container is seen
    # by its heartbeat, academy/grading/pod.py PodProvisioner.poll)
    "choi-dies": {**CORRECT, "total_likes": "import os\nos._exit(1)"},
}
PROBES = ("read_gradebook", "open_gradebook_for_writing", "read_source_notebook", "list_course",
          "read_restored_notebook", "relative_gradebook", "write_shared_folder")


def hostile(course: Path, student: str) -> str:
    """A learner's answer cell that tries everything, then answers correctly."""
    paths = {"GB": course / "gradebook.db", "SRC": course / "source" / MODULE / "exercise.ipynb",
             "COURSE": course, "AUTO": course / "autograded" / student / MODULE / "exercise.ipynb"}
    lines = ["import json, os, sys", *(f"{k} = {str(v)!r}" for k, v in paths.items()), "probes = {}",
             "def probe(name, fn):",
             "    try:",
             "        probes[name] = 'OK ' + repr(fn())[:60]",
             "    except Exception as error:",
             "        probes[name] = type(error).__name__",
             "probe('read_gradebook', lambda: open(GB, 'rb').read(16))",
             "probe('open_gradebook_for_writing', lambda: open(GB, 'r+b').close())",
             "probe('read_source_notebook', lambda: open(SRC).read(40))",
             "probe('list_course', lambda: os.listdir(COURSE))",
             "probe('read_restored_notebook', lambda: open(AUTO).read(40))",
             "probe('relative_gradebook', lambda: open('../../../gradebook.db', 'rb').read(16))",
             "shared = os.path.dirname(sys.argv[sys.argv.index('-f') + 1]) if '-f' in sys.argv else '/nonexistent'",
             "probe('write_shared_folder', lambda: open(os.path.join(shared, 'planted'), 'w').close())",
             "probe('notebooks_here', lambda: sorted(f for f in os.listdir('.') if f.endswith('.ipynb')))",
             "probe('uid', os.getuid)",
             "print('PROBES' + json.dumps(probes))",
             CORRECT["total_likes"]]
    return "\n".join(lines)


def probes_of(course: Path, student: str) -> dict[str, str]:
    nb = nbformat.read(course / "autograded" / student / MODULE / "exercise.ipynb", as_version=4)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            text = output.get("text", "")
            if "PROBES" in text:
                return json.loads(text.split("PROBES", 1)[1].splitlines()[0])
    raise AssertionError("the hostile cell printed nothing")


@pytest.fixture(scope="module")
def kernel_account():
    """A throwaway Unix account for the kernel container's UID, and a folder it can reach."""
    need_root()
    tag, base = throwaway_folder("podgrade")
    name = f"sca-pk-{tag}"
    subprocess.run(["useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", "/usr/sbin/nologin", name], check=True, capture_output=True)
    try:
        # The Python the kernel account may run (this venv's lives under /root, 0700): the hub's tiny runtime venv.
        from academy.hub.data_root import build_runtime

        python = build_runtime({"hub": {"data_root": str(base / "data")}})
        yield name, base, python
    finally:
        subprocess.run(["pkill", "-KILL", "-u", name], capture_output=True)  # only that throwaway UID
        subprocess.run(["userdel", name], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def container(job: dict, name: str) -> dict:
    return next(c for c in job["spec"]["template"]["spec"]["containers"] if c["name"] == name)


def _mapped(value: str, mounts: dict[str, Path]) -> str:
    for mount in sorted(mounts, key=len, reverse=True):
        if value == mount or value.startswith(mount + "/"):
            return str(mounts[mount]) + value[len(mount):]
    return value


def course_as_in_pod(tmp_path: Path, name: str, *, notebooks: tuple[str, ...] = ()) -> Path:
    """A course root of the pandas module (plus copies of its exercise as ``notebooks``) as the pod
    sees it: no nbgrader_config.py of its own (the generated ConfigMap alone decides)."""
    os.chmod(tmp_path, 0o700)
    source = shutil.copytree(PANDAS_MODULE, tmp_path / "fixture" / MODULE)
    for extra in notebooks:
        shutil.copy(source / "exercise.ipynb", source / extra)
    course = make_course(tmp_path / name, source, course_id=SETTINGS["district"]["course_id"])
    (course / "nbgrader_config.py").unlink()
    return course


def run_pod(course: Path, student: str, account: str, base: Path, python: Path,
            extra_config: str = "") -> tuple[int, int, bool]:
    """Run the generated Job's two containers for one submission: ``(grader rc, kernel rc, kernel driven)``."""
    job = manifests.grading_job(SETTINGS, MODULE, student)
    grader, kernel = container(job, "grader"), container(job, "kernel")
    pod = base / f"pod-{student}"
    shared, scratch, grader_tmp, config = (pod / "kernel-pod", pod / "kernel-scratch", pod / "grader-tmp",
                                           pod / "config")
    for folder in (shared, scratch, grader_tmp, config):
        folder.mkdir(parents=True)
    os.chmod(pod, 0o755)
    entry = pwd.getpwnam(account)
    # The shared folder as the kernel container mounts it: read-only -> root's 0755 (it reads, cannot
    # write); were the mount writable, the kernel account would own it.
    os.chmod(shared, 0o755)
    if not next(m for m in kernel["volumeMounts"] if m["mountPath"] == POD_DIR).get("readOnly"):
        os.chown(shared, entry.pw_uid, entry.pw_gid)
    os.chown(scratch, entry.pw_uid, entry.pw_gid)
    os.chmod(scratch, 0o700)
    # The grader's ConfigMap, its course root and shared folder mapped to this machine's folders.
    text = manifests.grading_config(SETTINGS)["data"]["nbgrader_config.py"]
    (config / "nbgrader_config.py").write_text(
        text.replace(manifests.COURSE_MOUNT, str(course)).replace(POD_DIR, str(shared)) + extra_config,
        encoding="utf-8")
    grader_mounts = {manifests.COURSE_MOUNT: course, POD_DIR: shared, "/etc/academy/grading": config,
                     "/tmp": grader_tmp}
    kernel_mounts = {POD_DIR: shared, KERNEL_SCRATCH: scratch}
    # What this machine adds: its Python for the image's, the image's PATH and locale.
    image_env = {"PATH": f"{python.parent}:/usr/bin:/bin", "LANG": "C.UTF-8"}

    def command(c: dict, mounts: dict[str, Path], interpreter: str) -> list[str]:
        return [interpreter if c["command"][0] == "python" else c["command"][0],
                *(_mapped(a, mounts) for a in c["command"][1:])]

    def environment(c: dict, mounts: dict[str, Path]) -> dict[str, str]:
        return {**image_env, **{e["name"]: _mapped(e["value"], mounts) for e in c["env"]}}

    def become():
        os.setgid(entry.pw_gid)
        os.setgroups([])
        os.setuid(entry.pw_uid)

    kernel_proc = subprocess.Popen(command(kernel, kernel_mounts, str(python)), env=environment(kernel, kernel_mounts),
                                   cwd=_mapped(kernel["workingDir"], kernel_mounts), preexec_fn=become,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        grader_env = environment(grader, grader_mounts)
        grader_env["PATH"] = tools_path(rest=grader_env["PATH"])  # nbgrader runs alembic from this venv
        graded = subprocess.run(command(grader, grader_mounts, sys.executable), env=grader_env,
                                cwd=_mapped(grader["workingDir"], grader_mounts), capture_output=True, text=True,
                                timeout=300)
        assert graded.returncode == 0, graded.stdout[-3000:] + graded.stderr[-3000:]
        kernel_rc = kernel_proc.wait(timeout=60)  # the grader's ``done`` ends it
    finally:
        if kernel_proc.poll() is None:
            kernel_proc.kill()
            kernel_proc.wait(timeout=10)
    # kernel-1.stop: the grader did drive a kernel of the kernel container (and told it to stop)
    return graded.returncode, kernel_rc, (shared / "kernel-1.stop").exists()


def test_grading_job_has_a_kernel_container_without_the_course():
    job = manifests.grading_job(SETTINGS, MODULE, "kim")
    kubernetes_validate.validate(job, KUBERNETES, strict=True)
    pod = job["spec"]["template"]["spec"]
    grader, kernel = container(job, "grader"), container(job, "kernel")
    assert [c["name"] for c in pod["containers"]] == ["grader", "kernel"] and "initContainers" not in pod
    assert pod["automountServiceAccountToken"] is False and pod["shareProcessNamespace"] is False
    # The kernel: its scratch and the shared folder read-only; no course, no config, no other volume.
    assert kernel["volumeMounts"] == [{"name": "kernel-pod", "mountPath": POD_DIR, "readOnly": True},
                                      {"name": "kernel-scratch", "mountPath": KERNEL_SCRATCH}]
    assert {m["name"] for m in grader["volumeMounts"]} & {m["name"] for m in kernel["volumeMounts"]} == {"kernel-pod"}
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert "emptyDir" in volumes["kernel-pod"] and "emptyDir" in volumes["kernel-scratch"]
    # Another non-root UID and group than the grader's, locked the same way.
    assert kernel["securityContext"]["runAsUser"] not in (0, grader["securityContext"]["runAsUser"])
    assert kernel["securityContext"]["runAsGroup"] not in (0, grader["securityContext"]["runAsGroup"])
    for c in (grader, kernel):
        locked = c["securityContext"]
        assert locked["runAsNonRoot"] and locked["readOnlyRootFilesystem"] and not locked["allowPrivilegeEscalation"]
        assert locked["capabilities"] == {"drop": ["ALL"]}
    # The learner's code gets the limits the one-container pod had.
    assert kernel["resources"]["limits"]["memory"] == f"{SETTINGS['limits']['grading_memory_mb']}Mi"
    assert kernel["resources"]["limits"]["cpu"] == str(manifests.GRADING_CPU)
    assert kernel["command"][:3] == ["python", "-m", "academy.grading.pod_kernel"]
    assert grader["command"][:3] == ["python", "-m", "academy.grading.pod"]
    assert not {e["name"] for e in kernel["env"]} - {"HOME"}
    text = manifests.grading_config(SETTINGS)["data"]["nbgrader_config.py"]
    assert "'academy.grading.pod.PodExecute'" in text and "'nbgrader.preprocessors.Execute'" not in text


@pytest.fixture(scope="module")
def pod_and_engine(tmp_path_factory, kernel_account):
    """One course graded through the pod's two containers, one by the one-machine engine."""
    account, base, python = kernel_account
    root = tmp_path_factory.mktemp("podgrade")  # 0700, root's: the kernel account cannot reach it
    course_id = SETTINGS["district"]["course_id"]
    source = shutil.copytree(PANDAS_MODULE, root / "fixture" / MODULE)
    pod_course = make_course(root / "pod", source, course_id=course_id)
    engine_course = make_course(root / "engine", source, course_id=course_id, extra_config=FAST_LIMITS)
    # The pod's course root (/srv/course: an emptyDir with subPath mounts) holds no nbgrader_config.py:
    # the grader's settings are the ConfigMap's alone (nbgrader would also read one in the course root).
    (pod_course / "nbgrader_config.py").unlink()
    for course in (pod_course, engine_course):
        for student, answers in CLASS.items():
            submit(course, MODULE, student, answers)
    submit(pod_course, MODULE, "hacker", {**CORRECT, "total_likes": hostile(pod_course, "hacker")})
    results = {student: run_pod(pod_course, student, account, base, python) for student in [*CLASS, "hacker"]}
    report = grade_module(engine_course, MODULE, workers=1, feedback=False, progress=False)
    return pod_course, engine_course, report, results, account


def test_pod_grades_like_the_engine(pod_and_engine):
    pod_course, engine_course, report, results, _ = pod_and_engine
    assert report.failed == {} and all(rc == (0, 0, True) for rc in results.values()), results
    pod_scores = scores(pod_course, MODULE)
    assert {s: pod_scores[s] for s in CLASS} == scores(engine_course, MODULE)
    assert pod_scores["kim-correct"] == FULL_MARKS
    assert pod_scores["kang-rigged-eq"]["test_total_likes"] == 0


def test_learner_code_in_the_pod_cannot_reach_the_course(pod_and_engine):
    pod_course, _, _, _, account = pod_and_engine
    probes = probes_of(pod_course, "hacker")
    refused = {name: probes[name] for name in PROBES}
    assert not [name for name, result in refused.items() if result.startswith("OK")], refused
    assert probes["uid"] == f"OK {pwd.getpwnam(account).pw_uid}"  # the kernel container's UID, not the grader's
    assert probes["notebooks_here"] == "OK []"  # the restored notebook never reaches the kernel
    assert (pod_course / "gradebook.db").read_bytes().startswith(b"SQLite format 3\x00")
    assert scores(pod_course, MODULE)["hacker"] == FULL_MARKS  # it ran, with the submission's posts.csv


def test_control_stock_execute_in_the_graders_process_leaks(tmp_path):
    """What the pod did before (one container, nbgrader's stock Execute): the same probes succeed,
    so the test above can tell a leak from a refusal."""
    need_root()
    source = shutil.copytree(PANDAS_MODULE, tmp_path / "fixture" / MODULE)
    course = make_course(tmp_path / "stock", source, stock=True, extra_config="c.Execute.timeout = 20\n")
    submit(course, MODULE, "hacker", {**CORRECT, "total_likes": hostile(course, "hacker")})
    nbgrader(course, "autograde", MODULE)
    probes = probes_of(course, "hacker")
    for name in ("read_gradebook", "open_gradebook_for_writing", "read_source_notebook", "list_course",
                 "relative_gradebook"):
        assert probes[name].startswith("OK"), (name, probes[name])


def test_a_module_of_two_notebooks_gets_a_fresh_kernel_for_each(tmp_path, kernel_account):
    """nbgrader starts one kernel per notebook: the kernel container serves kernel 1, then kernel 2."""
    account, base, python = kernel_account
    course = course_as_in_pod(tmp_path, "two", notebooks=("second.ipynb",))
    # The second notebook sees nothing the first one's kernel left behind (a fresh process and folder).
    submit(course, MODULE, "kim", {**CORRECT, "total_likes": "import builtins\nbuiltins.LEFT = 1\n" + CORRECT["total_likes"]})
    submit(course, MODULE, "kim", {**CORRECT, "total_likes": "assert not hasattr(__import__('builtins'), 'LEFT')\n"
                                   + CORRECT["total_likes"]}, name="second.ipynb")
    assert run_pod(course, "kim", account, base, python) == (0, 0, True)
    assert (base / "pod-kim" / "kernel-pod" / "kernel-2.stop").exists()
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", SETTINGS["district"]["course_id"]) as gb:
        got = {nb.name: nb.score for nb in gb.find_submission(MODULE, "kim").notebooks}
    assert got == {"exercise": sum(FULL_MARKS.values()), "second": sum(FULL_MARKS.values())}


def test_a_cell_past_its_timeout_is_interrupted_and_the_rest_still_graded(tmp_path, kernel_account):
    """nbgrader's timeout interrupts the kernel (a ``kernel-<n>.int-<k>`` file: SIGINT from the kernel
    container), the cell fails, the next cells run in the same kernel, as on one machine."""
    account, base, python = kernel_account
    course = course_as_in_pod(tmp_path, "loop")
    submit(course, MODULE, "lee", {**CORRECT, "total_likes": "while True:\n    pass"})
    assert run_pod(course, "lee", account, base, python, extra_config="c.Execute.timeout = 5\n") == (0, 0, True)
    assert (base / "pod-lee" / "kernel-pod" / "kernel-1.int-1").exists()
    assert scores(course, MODULE)["lee"] == {**FULL_MARKS, "test_total_likes": 0}


def test_a_kernel_that_dies_is_noticed_by_its_heartbeat(tmp_path, kernel_account):
    """``os._exit`` in the kernel container: the grader sees the heartbeat stop (not nbgrader's 60 s
    cell timeout), the rest of the notebook counts as not run -- as SandboxedExecute does on one machine."""
    account, base, python = kernel_account
    course = course_as_in_pod(tmp_path, "dies")
    submit(course, MODULE, "choi", {**CORRECT, "total_likes": "import os\nos._exit(1)"})
    # A cell timeout of an hour: only the heartbeat can end this run within run_pod's bound (300 s)
    assert run_pod(course, "choi", account, base, python, extra_config="c.Execute.timeout = 3600\n") == (0, 0, True)
    assert scores(course, MODULE)["choi"] == {name: 0 for name in FULL_MARKS}
    nb = nbformat.read(course / "autograded" / "choi" / MODULE / "exercise.ipynb", as_version=4)
    assert any(o.get("ename") == "KernelDied" for cell in nb.cells for o in cell.get("outputs", []))
