"""Issue 6, sandbox: formgrader's "autograde" button runs learner code in the grading sandbox,
exactly as the CLI and ``academy grade`` do: a throwaway UID, no gradebook, no course folder,
no network -- although the formgrader service itself runs as root.
"""

from __future__ import annotations

import nbformat
import pytest
from .helpers import MODULE, fetch, formgrader, release, solve, submit

from academy.hub import data_root, people

pytestmark = pytest.mark.slow

PROBE = '''    return 2 * x


import os, socket
print("UID", os.getuid())
for target in ({gradebook!r}, {course!r}):
    try:
        os.listdir(target) if os.path.isdir(target) else open(target, "rb").read(1)
        print("REACHED", target, os.listdir(target) if os.path.isdir(target) else "")
    except OSError as error:
        print("BLOCKED", type(error).__name__)
try:
    socket.create_connection(("127.0.0.1", {hub_port}), timeout=2)
    print("NETWORK open")
except OSError:
    print("NETWORK closed")
'''


def test_formgrader_autograde_runs_learner_code_in_the_sandbox(district_hub):
    hub = district_hub
    release(hub)
    course = data_root.paths(hub.settings)["course"]
    name = "carol"
    hub.unix_accounts.append(hub.unix(name))
    from .conftest import PASSWORD

    people.add_user(hub.settings, name, password=PASSWORD.format(name=name))
    hub.start_server(name)
    fetch(hub, name)
    solve(hub, name, body=PROBE.format(gradebook=str(course / "gradebook.db"), course=str(course),
                                       hub_port=hub.settings["hub"]["port"]))
    submit(hub, name)
    r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/collect")
    assert r.status_code == 200 and r.json()["success"], r.text
    r = formgrader(hub, "teach", "POST", f"submission/{MODULE}/{name}/autograde")
    assert r.status_code == 200 and r.json()["success"], r.text

    graded = nbformat.read(course / "autograded" / name / MODULE / "exercise.ipynb", as_version=4)
    printed = "".join(out.get("text", "") for cell in graded.cells if cell.cell_type == "code"
                      for out in cell.outputs)
    uid = int(printed.split("UID", 1)[1].split()[0])
    assert 62000 <= uid <= 62999, printed  # a throwaway grading UID: not root, not carol
    assert "REACHED" not in printed and printed.count("BLOCKED") == 2, printed
    assert "NETWORK closed" in printed, printed
    # And the honest part still scores: the sandbox does not cost a learner points.
    submission = formgrader(hub, "teach", "GET", f"submission/{MODULE}/{name}").json()
    assert submission["score"] == submission["max_score"] == 2.0, submission
