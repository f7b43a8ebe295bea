"""Who submitted is who gets graded: collect checks each inbound entry's Unix owner.

Learners submit with the runtime's real ``nbgrader submit`` as their own Unix accounts, from a
scratch folder with their own cache (their home's course folder, which the round-trip test uses,
is left alone). Inbound entries made here are removed afterwards, so the other hub tests see the
exchange as they expect (test_isolation counts bob's entries).
"""

from __future__ import annotations

import codecs
import csv
import os
import pwd
import re
import secrets
import shutil
from pathlib import Path

import nbformat
import pytest
from .helpers import HIDDEN_MARK, MODULE, formgrader, release

from academy.admin.course import nbgrader
from academy.hub import data_root

pytestmark = pytest.mark.slow


def cli(hub, name: str, command: str, scratch: Path, *args: str):
    """``nbgrader COMMAND MODULE`` as ``name``'s Unix account, on the hub's exchange, from ``scratch``."""
    exchange = data_root.paths(hub.settings)["exchange"]
    result = hub.as_unix(name, str(data_root.runtime_python(hub.settings)), "-m", "nbgrader", command, MODULE,
                         "--course", hub.course, f"--Exchange.root={exchange}", "--Exchange.path_includes_course=True",
                         f"--Exchange.assignment_dir={scratch}", f"--Exchange.cache={scratch / 'cache'}", *args)
    assert result.returncode == 0, f"{command} as {name} failed:\n{result.stdout}\n{result.stderr}"
    return result


def submit_as(hub, name: str, *, claim: str, mark: str, made: list[Path]) -> Path:
    """``name`` solves the released exercise (``mark`` in the answer) and submits it as student
    ``claim`` from a scratch folder in their home; returns the inbound entry. The scratch folder
    and the entry are appended to ``made`` (for clean-up)."""
    exchange = data_root.paths(hub.settings)["exchange"]
    account = pwd.getpwnam(hub.unix(name))
    scratch = Path(account.pw_dir) / f"scratch-{secrets.token_hex(3)}"
    folder = scratch / hub.course / MODULE
    folder.mkdir(parents=True)
    made.append(scratch)
    nb = nbformat.read(exchange / hub.course / "outbound" / MODULE / "exercise.ipynb", as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "answer":
            cell.source = f"def double(x):\n    return 2 * x  # {mark}"
    nbformat.write(nb, folder / "exercise.ipynb")
    for path in [scratch, *scratch.rglob("*")]:
        os.chown(path, account.pw_uid, account.pw_gid)
    result = cli(hub, name, "submit", scratch, "--student", claim)
    (entry,) = re.findall(r"Destination: (.+?)\s*$", result.stdout + result.stderr, re.M)
    made.append(Path(entry))
    return Path(entry)


def submitted_text(hub, student: str) -> str:
    notebook = data_root.paths(hub.settings)["course"] / "submitted" / student / MODULE / "exercise.ipynb"
    return notebook.read_text(encoding="utf-8") if notebook.exists() else ""


def test_a_learner_cannot_submit_as_another(district_hub, monkeypatch):
    hub = district_hub
    release(hub)
    course, made = data_root.paths(hub.settings)["course"], []
    try:
        bob_own = submit_as(hub, "bob", claim="bob", mark="BOB_OWN_ANSWER", made=made)
        submit_as(hub, "alice", claim="alice", mark="ALICE_OWN_ANSWER", made=made)
        forged = submit_as(hub, "alice", claim="bob", mark="ALICE_FORGED_AS_BOB", made=made)
        assert forged.name.startswith(f"bob+{MODULE}+")
        assert forged.stat().st_uid == pwd.getpwnam(hub.unix("alice")).pw_uid
        # The newest entry that claims to be bob's is alice's: stock nbgrader would collect it as bob's.
        assert forged.name.split("+")[2] > bob_own.name.split("+")[2]

        def check(log: str) -> None:
            assert "ALICE_OWN_ANSWER" in submitted_text(hub, "alice"), "alice's own submission is collected"
            bob = submitted_text(hub, "bob")
            assert "ALICE_FORGED_AS_BOB" not in bob, "alice's submission must not be filed as bob's"
            assert "BOB_OWN_ANSWER" in bob, "bob's own (older) submission is still the one collected"
            assert "ALICE_FORGED_AS_BOB" in (forged / "exercise.ipynb").read_text(encoding="utf-8"), \
                "the refused entry stays in inbound, untouched"
            (warning,) = [line for line in log.splitlines() if forged.name in line]
            assert hub.unix("alice") in warning and "bob" in warning, warning

        # The hub's formgrader service (grader role config + course root config) ...
        r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/collect")
        assert r.status_code == 200 and r.json()["success"], r.text
        check(r.json()["log"])
        # ... and `nbgrader collect` in the course root with no role config (`academy grade --collect`).
        monkeypatch.delenv("JUPYTER_CONFIG_PATH", raising=False)
        result = nbgrader(course, "collect", MODULE, "--update")
        check(result.stdout + result.stderr)
    finally:
        for path in made:
            shutil.rmtree(path, ignore_errors=True)


def test_grade_module_collects_grades_releases_feedback_and_exports(district_hub, tmp_path, monkeypatch):
    from nbgrader.api import Gradebook

    from academy.grading.engine import grade_module

    hub = district_hub
    release(hub)
    p = data_root.paths(hub.settings)
    made: list[Path] = []
    try:
        entry = submit_as(hub, "alice", claim="alice", mark="ALICE_FOR_GRADE_MODULE", made=made)
        scratch = made[0]
        # As the grader runs nbgrader (release.grader_nbgrader): the grader role's Jupyter config.
        monkeypatch.setenv("JUPYTER_CONFIG_PATH", str(p["jupyter"] / "grader"))
        export = tmp_path / "성적.csv"
        report = grade_module(p["course"], MODULE, students=["alice"], workers=1, progress=False,
                              collect=True, release_feedback=True, export=export)
        assert report.failed == {} and report.graded == 1, report
        assert "ALICE_FOR_GRADE_MODULE" in submitted_text(hub, "alice"), "collect took the new submission"

        with Gradebook(f"sqlite:///{p['course'] / 'gradebook.db'}", course_id=hub.course) as gb:
            submission = gb.find_submission(MODULE, "alice")
            assert submission.score == submission.max_score == 2.0

        # The learner fetches the released feedback with her own account and cache.
        cli(hub, "alice", "fetch_feedback", scratch, "--student", "alice")
        stamp = entry.name.split("+")[2]
        html = (scratch / hub.course / MODULE / "feedback" / stamp / "exercise.html").read_text(encoding="utf-8")
        assert "점수 2 / 2" in html and "ALICE_FOR_GRADE_MODULE" in html
        assert HIDDEN_MARK not in html

        raw = export.read_bytes()
        assert raw.startswith(codecs.BOM_UTF8), "Korean Excel needs the BOM"
        rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
        (row,) = [r for r in rows if r["assignment"] == MODULE and r["student_id"] == "alice"]
        assert float(row["score"]) == 2.0
    finally:
        for path in made:
            shutil.rmtree(path, ignore_errors=True)


def test_a_link_in_a_submission_is_never_followed_by_collect(district_hub):
    """Collect runs as root: a learner's symlink to the source notebook (solutions + hidden tests)
    must not be copied into her submission (and from there into her feedback)."""
    hub = district_hub
    release(hub)
    course, made = data_root.paths(hub.settings)["course"], []
    try:
        entry = submit_as(hub, "alice", claim="alice", mark="ALICE_LINK_ATTEMPT", made=made)
        source = course / "source" / MODULE / "exercise.ipynb"
        assert HIDDEN_MARK in source.read_text(encoding="utf-8")
        for command in (["rm", "-f", str(entry / "exercise.ipynb")], ["ln", "-s", str(source), str(entry / "exercise.ipynb")]):
            planted = hub.as_unix("alice", *command)
            assert planted.returncode == 0, planted.stderr
        result = nbgrader(course, "collect", MODULE, "--update", "--student", "alice")
        log = result.stdout + result.stderr
        assert HIDDEN_MARK not in submitted_text(hub, "alice"), "the source notebook leaked into a submission"
        (warning,) = [line for line in log.splitlines() if entry.name in line]
        assert hub.unix("alice") in warning, warning
        assert (entry / "exercise.ipynb").is_symlink(), "the refused entry stays in inbound, untouched"
    finally:
        for path in made:
            shutil.rmtree(path, ignore_errors=True)
