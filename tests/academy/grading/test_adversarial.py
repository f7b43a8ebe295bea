"""The adversarial corpus: hostile and broken submissions graded in one class run.

For each: grading finishes; that learner gets the honest score (or a clear error); the honest
learners' grades are exactly what they are in a clean run; the gradebook is intact; nothing is
written outside the sandbox.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import nbformat
import pytest

from academy.grading.engine import grade_module
from tests.support.sample_class import make_course, released_notebook, scores, submit

from .conftest import CORRECT, FAST_LIMITS, FULL_MARKS, MODULE, PANDAS_MODULE, needs_root

pytestmark = [needs_root, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[3]
ANY = object()  # grading must finish; the score itself depends on timing (e.g. a fork bomb)
FAILED = "failed"  # a clear per-learner error, nobody else affected
Q2_Q3 = {"test_top_post": 3.0, "test_likes_by_platform": 3.0}
ZERO = {"test_total_likes": 0.0, "test_top_post": 0.0, "test_likes_by_platform": 0.0}
PWNED = [Path("/tmp/academy-pwned"), Path("/var/tmp/academy-pwned"), Path("/root/academy-pwned"),
         REPO / "academy-pwned", Path("/etc/academy-pwned")]


# Learner code hunting for hidden tests in any repository's history (built at run time, so the
# submission itself never contains nbgrader's marker text): found -> the "right" answer.
HISTORY = """import os, subprocess, zlib
mark = 'BEGIN ' + 'HIDDEN TESTS'
def git(*args):
    try:
        return subprocess.run(['git', '-c', 'safe.directory=*', *args], capture_output=True, text=True,
                              timeout=2).stdout
    except Exception:
        return ''
def repositories(top='/', depth=5, budget=5000):
    found, level = [], [top]
    for _ in range(depth):
        below = []
        for folder in level:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for e in entries:
                budget -= 1
                if budget < 0:
                    return found
                if e.name == '.git':
                    found.append(e.path)
                elif e.is_dir(follow_symlinks=False) and e.path not in ('/proc', '/sys', '/dev', '/usr'):
                    below.append(e.path)
        level = below
    return found
"""


def q1(code: str) -> dict[str, str]:
    """Correct answers, except the first one (where the hostile code goes)."""
    return {**CORRECT, "total_likes": code}


def corpus(course: Path) -> dict[str, tuple[dict, object]]:
    """learner -> (how to submit, expected scores | ANY | FAILED)."""
    c = str(course)
    writes = "\n".join(f"try:\n    open({str(p)!r}, 'w').write('x')\nexcept OSError:\n    pass" for p in
                       [*map(str, PWNED), f"{c}/gradebook.db", f"{c}/source/{MODULE}/exercise.ipynb"])
    return {
        "h01-infinite-loop": ({"answers": q1("while True:\n    pass")}, {"test_total_likes": 0.0, **Q2_Q3}),
        "h02-ignores-interrupt": ({"answers": q1("import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                                                 "while True:\n    time.sleep(0.5)")}, ANY),
        "h03-memory-bomb": ({"answers": q1("blob = []\nwhile True:\n    blob.append(bytearray(100 * 1024 * 1024))")},
                            {"test_total_likes": 0.0, **Q2_Q3}),
        "h04-fork-bomb": ({"answers": q1("import os\nwhile True:\n    os.fork()")}, ANY),
        "h05-output-flood": ({"answers": q1("while True:\n    print('스팸' * 1000)")}, ANY),
        "h06-disk-fill": ({"answers": q1("i = 0\nwhile True:\n    open(f'fill{i}.bin', 'wb').write(b'0' * 2 ** 20)\n"
                                         "    i += 1")}, {"test_total_likes": 0.0, **Q2_Q3}),
        "h07-write-relative": ({"answers": q1("for p in ['../../../gradebook.db', '../../../../academy-pwned',\n"
                                              "          '../../../source/pandas-basics/exercise.ipynb']:\n"
                                              "    try:\n        open(p, 'w').write('x')\n    except OSError:\n"
                                              "        pass\ntotal_likes = 360")}, FULL_MARKS),
        "h08-write-absolute": ({"answers": q1(writes + "\ntotal_likes = 360")}, FULL_MARKS),
        "h09-read-gradebook": ({"answers": q1(f"total_likes = len(open({c + '/gradebook.db'!r}, 'rb').read())")},
                               {"test_total_likes": 0.0, **Q2_Q3}),
        "h10-read-source": ({"answers": q1(f"src = open({c + '/source/' + MODULE + '/exercise.ipynb'!r}).read()\n"
                                           "total_likes = 360")}, {"test_total_likes": 0.0, **Q2_Q3}),
        "h11-read-other-learner": ({"answers": q1(f"other = open({c + '/submitted/honest-correct/' + MODULE + '/exercise.ipynb'!r}).read()\n"
                                                  "total_likes = 360")}, {"test_total_likes": 0.0, **Q2_Q3}),
        "h12-read-tests-from-disk": ({"answers": q1("import glob, json\nnb = json.load(open(glob.glob('*.ipynb')[0]))\n"
                                                    "total_likes = 360")}, {"test_total_likes": 0.0, **Q2_Q3}),
        "h13-network": ({"answers": q1("import urllib.request\nurllib.request.urlopen('http://example.com', timeout=3)\n"
                                       "total_likes = 360")}, {"test_total_likes": 0.0, **Q2_Q3}),
        "h14-tampered-metadata": ({"tamper": True}, {"test_total_likes": 0.0, **Q2_Q3}),
        "h15-deleted-test-cells": ({"delete_tests": True}, FULL_MARKS),
        "h16-rigged-eq": ({"answers": q1("class Always:\n    def __eq__(self, other):\n        return True\n"
                                         "total_likes = Always()")}, {"test_total_likes": 0.0, **Q2_Q3}),
        "h17-patched-builtins": ({"answers": q1("import builtins\nbuiltins.sum = lambda *a, **k: 360\n"
                                                "builtins.round = lambda *a, **k: 0\ntotal_likes = 360.0")},
                                 {"test_total_likes": 0.0, **Q2_Q3}),
        "h17b-breaks-the-kernel": ({"answers": q1("import builtins\nbuiltins.int = float\ntotal_likes = 360.0")},
                                   ANY),
        "h18-sys-exit": ({"answers": q1("import sys\nsys.exit(0)")}, {"test_total_likes": 0.0, **Q2_Q3}),
        "h19-os-exit": ({"answers": q1("import os\nos._exit(0)")}, ZERO),
        "h20-kill-kernel": ({"answers": q1("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")}, ZERO),
        "h21-invalid-json": ({"raw": "{ 이건 노트북이 아니에요"}, FAILED),
        "h22-nbformat-3": ({"raw": json.dumps({"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": [
            {"cells": [{"cell_type": "code", "input": "total_likes = 360", "language": "python",
                        "outputs": [], "metadata": {}}]}]})}, ANY),
        "h23-huge-notebook": ({"huge": True}, FULL_MARKS),
        "h24-wrong-kernel-name": ({"kernel": "julia-1.9"}, FULL_MARKS),
        "h25-strip-asserts": ({"answers": q1("get_ipython().input_transformers_post.append(\n"
                                             "    lambda lines: [l for l in lines if 'assert' not in l])\n"
                                             "total_likes = 0")}, {"test_total_likes": 0.0, **Q2_Q3}),
        "h26-swallow-errors": ({"answers": q1("import IPython\nIPython.core.interactiveshell.InteractiveShell.showtraceback"
                                              " = lambda *a, **k: None\ntotal_likes = 0")},
                               {"test_total_likes": 0.0, **Q2_Q3}),
        "h27-symlink-to-gradebook": ({"symlink": f"{c}/gradebook.db",
                                      "answers": q1("total_likes = len(open('notes.txt', 'rb').read())")},
                                     {"test_total_likes": 0.0, **Q2_Q3}),
        "h28-monkeypatch-pandas": ({"answers": q1("import pandas as pd\npd.DataFrame.sum = lambda self, *a, **k: 0\n"
                                                  "pd.Series.sum = lambda self, *a, **k: 0\ntotal_likes = 360")},
                                   FULL_MARKS),
        "h29-git-show-checkout": ({"answers": q1(HISTORY + f"shown = git('-C', {str(REPO)!r}, 'show', "
                                                 f"'HEAD:tests/academy/grading/fixtures/source/{MODULE}/exercise.ipynb')\n"
                                                 "total_likes = 360 if mark in shown else 0")},
                                  {"test_total_likes": 0.0, **Q2_Q3}),
        "h30-any-repository-history": ({"answers": q1(HISTORY + "logs = [git('--git-dir', r, 'log', '--all', '-p', "
                                                      "'--max-count=5') for r in repositories()[:20]]\n"
                                                      "total_likes = 360 if any(mark in log for log in logs) else 0")},
                                       {"test_total_likes": 0.0, **Q2_Q3}),
        "h31-raw-git-objects": ({"answers": q1(HISTORY + "hits = 0\nfor repo in repositories()[:20]:\n"
                                               "    for folder, _, names in list(os.walk(os.path.join(repo, 'objects')))[:300]:\n"
                                               "        for name in names[:50]:\n"
                                               "            try:\n"
                                               "                data = zlib.decompress(open(os.path.join(folder, name), 'rb').read())\n"
                                               "            except Exception:\n"
                                               "                continue\n"
                                               "            hits += mark.encode() in data\n"
                                               "total_likes = 360 if hits else 0")},
                                {"test_total_likes": 0.0, **Q2_Q3}),
        "h32-writes-side-files": ({"answers": q1("import os, matplotlib.pyplot as plt\nplt.plot([1, 2])\n"
                                                 "plt.savefig('chart.png')\nopen('likes.csv', 'w').write('likes\\n360\\n')\n"
                                                 "open('huge.bin', 'wb').write(b'0' * 2 * 2 ** 20)\n"
                                                 "os.symlink('/etc/shadow', 'shadow.txt')\nos.mkfifo('pipe.csv')\n"
                                                 "total_likes = 360")}, FULL_MARKS),
    }


HONEST = {
    "honest-correct": (CORRECT, FULL_MARKS),
    "honest-partial": ({**CORRECT, "likes_by_platform": "def likes_by_platform(df):\n    return {}"},
                       {"test_total_likes": 2.0, "test_top_post": 3.0, "test_likes_by_platform": 0.0}),
    "honest-blank": ({}, ZERO),
}


def hostile_submit(course: Path, student: str, how: dict) -> None:
    if "raw" in how:
        submit(course, MODULE, student, raw=how["raw"])
        return
    nb = copy.deepcopy(released_notebook(course, MODULE))
    answers = how.get("answers", CORRECT)
    if how.get("tamper"):
        answers = q1("total_likes = 0")
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("grade") and not meta.get("solution"):
                cell.source = "pass"
                meta.update(points=100, locked=False)
    if how.get("delete_tests"):
        nb.cells = [cell for cell in nb.cells if not cell.metadata.get("nbgrader", {}).get("grade")]
    if how.get("huge"):
        nb.cells.append(nbformat.v4.new_markdown_cell("가" * 5_000_000))
        nb.cells.extend(nbformat.v4.new_code_cell(f"x{i} = {i}") for i in range(300))
    if how.get("kernel"):
        nb.metadata.kernelspec = {"name": how["kernel"], "display_name": "Julia", "language": "julia"}
    folder = submit(course, MODULE, student, answers, notebook=nb)
    if how.get("symlink"):
        (folder / "notes.txt").symlink_to(how["symlink"])


def files_owned_by_sandbox(*roots: Path) -> list[Path]:
    found = []
    for root in roots:
        for folder, dirs, names in os.walk(root):
            for name in dirs + names:
                path = Path(folder) / name
                try:
                    if 62000 <= path.lstat().st_uid <= 62999:
                        found.append(path)
                except OSError:
                    pass
    return found


@pytest.fixture(scope="module")
def other_repository():
    """A repository elsewhere on the machine whose history holds a hidden test (h30, h31)."""
    folder = Path(tempfile.mkdtemp(prefix="academy-hostile-repo-", dir="/srv"))
    os.chmod(folder, 0o755)  # world-readable, like any checkout on the machine
    git = ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    try:
        subprocess.run([*git, "init", "-q"], check=True)
        (folder / "exercise.ipynb").write_text("### BEGIN HIDDEN TESTS\nassert total_likes == 360\n")
        subprocess.run([*git, "add", "exercise.ipynb"], check=True)
        subprocess.run([*git, "commit", "-q", "-m", "tests"], check=True)
        subprocess.run([*git, "rm", "-q", "exercise.ipynb"], check=True)
        subprocess.run([*git, "commit", "-q", "-m", "gone from the tree, still in the history"], check=True)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def hostile_class(tmp_path_factory, other_repository):
    course = make_course(tmp_path_factory.mktemp("hostile") / "course", PANDAS_MODULE,
                         extra_config=FAST_LIMITS + "c.SandboxKernelManager.keep_file_mb = 1\n")
    cases = corpus(course)
    for student, (answers, _) in HONEST.items():
        submit(course, MODULE, student, answers)
    for student, (how, _) in cases.items():
        hostile_submit(course, student, how)
    source_before = (course / "source" / MODULE / "exercise.ipynb").read_bytes()
    report = grade_module(course, MODULE, workers=3, feedback=False, progress=False)
    return course, cases, report, source_before


def test_corpus_is_big_enough(hostile_class):
    assert len(hostile_class[1]) >= 20


def test_every_hostile_submission_gets_its_honest_score_or_a_clear_error(hostile_class):
    course, cases, report, _ = hostile_class
    graded = scores(course, MODULE)
    problems = []
    for student, (_, expected) in cases.items():
        if expected is FAILED:
            if student not in report.failed or not report.failed[student]:
                problems.append(f"{student}: expected a clear error, got {graded.get(student)}")
        elif expected is ANY:
            if student not in report.failed and student not in graded:
                problems.append(f"{student}: neither graded nor reported")
        elif graded.get(student) != expected:
            problems.append(f"{student}: expected {expected}, got {graded.get(student)} "
                            f"(error: {report.failed.get(student)})")
    assert not problems, "\n".join(problems)


def test_honest_learners_unaffected(hostile_class):
    course, _, report, _ = hostile_class
    graded = scores(course, MODULE)
    for student, (_, expected) in HONEST.items():
        assert student not in report.failed
        assert graded[student] == expected, student


def test_gradebook_and_source_intact(hostile_class):
    course, cases, _, source_before = hostile_class
    with sqlite3.connect(course / "gradebook.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        students = {row[0] for row in db.execute("SELECT id FROM student")}
    assert set(HONEST) <= students
    assert (course / "source" / MODULE / "exercise.ipynb").read_bytes() == source_before


def test_nothing_written_outside_the_sandbox(hostile_class):
    course, _, _, _ = hostile_class
    for path in PWNED + [course.parent / "academy-pwned", course / "academy-pwned"]:
        assert not path.exists(), path
    assert files_owned_by_sandbox(course, Path("/tmp"), Path("/var/tmp")) == []
    # the grader's own runtime folder: only per-kernel socket folders belong to sandbox UIDs
    # (other grading runs may be going on in parallel, so their live kernels are allowed)
    strays = [p for p in files_owned_by_sandbox(Path("/run/academy-grading"))
              if not (p.parent.name.startswith("k-") and p.name == "sock") and p.parent.name != "sock"]
    assert strays == []


def test_written_files_kept_in_the_autograded_folder_only(hostile_class):
    """h32 wrote a chart, a CSV, an oversized file, a link and a FIFO: the first two are kept in
    ``autograded/<learner>/<module>/`` (as stock nbgrader keeps them), nothing else anywhere."""
    course, _, _, _ = hostile_class
    folder = course / "autograded" / "h32-writes-side-files" / MODULE
    assert (folder / "chart.png").read_bytes().startswith(b"\x89PNG")
    assert (folder / "likes.csv").read_text() == "likes\n360\n"
    for absent in ("huge.bin", "shadow.txt", "pipe.csv"):
        assert not os.path.lexists(folder / absent), absent
    assert not list(course.glob("autograded/*/*/shadow.txt"))
