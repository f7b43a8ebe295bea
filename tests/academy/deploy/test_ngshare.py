"""The exchange by hub login ([exchange] kind = "ngshare", academy/deploy/ngshare.py) on a real district hub.

ngshare runs as the hub service in its own environment (scripts/bootstrap.sh); learners work from
their own servers and Unix accounts, the instructor from formgrader. Who submitted comes from the
token alone: alice posting as bob is recorded as alice, her token cannot read bob's work, and a
learner whose login is the name of a service (``ngshare``) gets no rights of that service.
"""

from __future__ import annotations

import json
import os
import pwd
import time
from pathlib import Path

import nbformat
import pytest

from academy.deploy import ngshare
from academy.hub import data_root
from tests.support.accounts import run_as

from ..hub.conftest import throwaway_district
from ..hub.helpers import HIDDEN_MARK, MODULE, fetch, formgrader, learner, release, solve, submit

PEOPLE = (("teach", "instructor"), ("alice", "learner"), ("bob", "learner"), ("ngshare", "learner"))


def test_settings_name_ngshare_exchange_classes(tmp_path):
    from academy import district

    path = tmp_path / "ngs.toml"
    path.write_text('[district]\nid = "ngs"\nname = "테스트구"\n[people]\ninstructors = ["teach"]\n'
                    f'[hub]\ndata_root = "{tmp_path}"\n[exchange]\nkind = "ngshare"\n', encoding="utf-8")
    settings = district.load(path=path)
    for role in ("learner", "instructor", "grader", "course"):
        values = data_root.nbgrader_settings(settings, role)
        assert values["ExchangeFactory"]["submit"] == "ngshare_exchange.submit.ExchangeSubmit"
        assert values["ExchangeFactory"]["collect"] == "ngshare_exchange.collect.ExchangeCollect"
        assert values["Exchange"]["_ngshare_url"] == "http://127.0.0.1:8000/services/ngshare"
        assert "root" not in values["Exchange"] and "VerifiedCollect" not in values
    demo = district.load("demo")
    assert "ExchangeFactory" not in data_root.nbgrader_settings(demo, "learner")  # the default stays the folder
    service = ngshare.service(settings)
    assert service["url"] == "http://127.0.0.1:8006" and service["command"][0].endswith("-ngshare/bin/python")
    assert "service:academy-admin" in service["command"][service["command"].index("--admins") + 1].split(",")


def ngshare_api(hub, name: str, method: str, path: str, **kwargs):
    s = hub.login(name)
    r = s.request(method, f"{hub.base_url}services/{ngshare.SERVICE}/{path}", timeout=60, **kwargs)
    try:
        return r.status_code, r.json()
    except ValueError:
        return r.status_code, r.text[:200]


def wait_for_roster(hub, students: set[str], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, body = ngshare_api(hub, "teach", "GET", f"students/{hub.course}")
        if status == 200 and students <= {s["username"] for s in body["students"]}:
            return
        time.sleep(1)
    raise AssertionError(f"ngshare never enrolled {students}: {status} {body}")


def nbgrader_as(hub, name: str, *args: str, claim: str | None = None):
    """``nbgrader`` as ``name``'s Unix account with ``name``'s own hub token, claiming to be ``claim``."""
    home = pwd.getpwnam(hub.unix(name)).pw_dir
    token = hub.login(name).headers["Authorization"].split()[1]
    env = {"PATH": data_root.runtime_path(hub.settings), "HOME": home, "LANG": "C.UTF-8", "USER": hub.unix(name),
           "JUPYTER_CONFIG_PATH": str(data_root.paths(hub.settings)["jupyter"] / "learner"),
           "JUPYTERHUB_API_TOKEN": token, "JUPYTERHUB_USER": claim or name}
    return run_as(hub.unix(name), str(data_root.runtime_python(hub.settings)), "-m", "nbgrader", *args,
                  "--course", hub.course, cwd=home, env=env, timeout=120)


@pytest.mark.slow
def test_exchange_by_hub_login_round_trip():
    if not ngshare.environment().joinpath("bin", "python").exists():
        pytest.fail(f"{ngshare.environment()} is missing: run scripts/bootstrap.sh")
    sections = {"exchange": {"kind": "ngshare", "roster_seconds": 1}}
    with throwaway_district(sections, people=PEOPLE, log_name="hub-ngshare.log") as hub:
        wait_for_roster(hub, {"alice", "bob", "ngshare"})
        status, body = ngshare_api(hub, "teach", "GET", f"instructors/{hub.course}")
        assert status == 200 and {i["username"] for i in body["instructors"]} == {"teach", f"service:{hub.course}"}

        release(hub)  # formgrader, as the service the roster made an instructor
        for name, body_ in (("alice", "    return 2 * x"), ("bob", "    return x + x  # bob's own")):
            hub.start_server(name)
            assert any(a["assignment_id"] == MODULE and a["status"] == "fetched" for a in fetch(hub, name))
            solve(hub, name, body_)
            submit(hub, name)

        # Forgery: alice's own account and token, claiming to be bob. ngshare records it as alice's.
        home = pwd.getpwnam(hub.unix("alice")).pw_dir
        path = os.path.join(home, hub.course, MODULE, "exercise.ipynb")
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "answer":
                cell.source = "def double(x):\n    return 0  # FORGED by alice as bob"
        nbformat.write(nb, path)
        forged = nbgrader_as(hub, "alice", "submit", MODULE, claim="bob")
        assert forged.returncode == 0, forged.stdout + forged.stderr
        status, body = ngshare_api(hub, "teach", "GET", f"submissions/{hub.course}/{MODULE}")
        assert status == 200
        assert sorted(s["student_id"] for s in body["submissions"]) == ["alice", "alice", "bob"], body

        # alice's token reaches nothing of bob's, nor the course's; a learner named like a service neither.
        for who, method, where in (("alice", "GET", f"submissions/{hub.course}/{MODULE}/bob"),
                                   ("alice", "GET", f"submission/{hub.course}/{MODULE}/bob"),
                                   ("alice", "GET", f"submissions/{hub.course}/{MODULE}"),
                                   ("alice", "POST", f"instructor/{hub.course}/alice"),
                                   ("ngshare", "GET", f"submissions/{hub.course}/{MODULE}"),
                                   ("ngshare", "POST", f"course/{hub.course}-2")):
            status, body = ngshare_api(hub, who, method, where)
            assert status == 403, (who, method, where, status, body)

        r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/collect")
        assert r.status_code == 200 and r.json()["success"], r.text
        course = data_root.paths(hub.settings)["course"]
        collected = {name: json.dumps(nbformat.read(course / "submitted" / name / MODULE / "exercise.ipynb",
                                                    as_version=4).cells, ensure_ascii=False)
                     for name in ("alice", "bob")}
        assert "FORGED" in collected["alice"] and "FORGED" not in collected["bob"] and "bob's own" in collected["bob"]
        for name in ("alice", "bob"):
            r = formgrader(hub, "teach", "POST", f"submission/{MODULE}/{name}/autograde")
            assert r.status_code == 200 and r.json()["success"], r.text
        scores = {name: formgrader(hub, "teach", "GET", f"submission/{MODULE}/{name}").json()["score"]
                  for name in ("alice", "bob")}
        assert scores == {"alice": 0.0, "bob": 2.0}
        for step in ("generate_feedback", "release_feedback"):
            r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/{step}")
            assert r.status_code == 200 and r.json()["success"], r.text
        status, body = ngshare_api(hub, "alice", "GET", f"feedback/{hub.course}/{MODULE}/bob")
        assert status == 403, body

        for name, score in (("alice", "점수 0 / 2"), ("bob", "점수 2 / 2")):
            r = learner(hub, name, "POST", "assignments/fetch_feedback",
                        data={"course_id": hub.course, "assignment_id": MODULE})
            assert r.status_code == 200 and r.json()["success"], r.text
            # ngshare-exchange puts feedback in ~/<module>/feedback/<time>/ (the course is not in the path).
            home = pwd.getpwnam(hub.unix(name)).pw_dir
            pages = sorted(Path(home).glob(f"**/{MODULE}/feedback/*/exercise.html"))
            assert pages, f"no feedback for {name}: {sorted(map(str, Path(home).rglob('*')))[:40]}"
            for page in pages:
                assert page.stat().st_uid == pwd.getpwnam(hub.unix(name)).pw_uid
                html = page.read_text(encoding="utf-8")
                assert score in html and HIDDEN_MARK not in html, (name, page)
