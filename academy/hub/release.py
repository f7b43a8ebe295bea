"""Step 3 of the pipeline: the district's course hands modules to learners.

``release`` generates a module's student version from the curriculum (hidden tests and solutions
out) and releases it to the exchange, through the real ``nbgrader`` CLI as the grader
(``grader_nbgrader``, also what collecting and the gradebook's due dates use). The data root,
course and configs it works in are made by :func:`academy.hub.data_root.prepare`.
"""

from __future__ import annotations

import os
import pwd
import subprocess
from typing import Any, Iterable

from academy.hub.data_root import admin_token, paths


def grader_nbgrader(settings: dict[str, Any], *args: str) -> subprocess.CompletedProcess:
    """The real ``nbgrader`` CLI in the course root, as root (the grading sandbox needs root)."""
    from academy.admin.course import nbgrader

    p = paths(settings)
    env = {"JUPYTER_CONFIG_PATH": str(p["jupyter"] / "grader")}
    if settings["exchange"]["kind"] == "ngshare":
        # ngshare knows the grader as the hub service academy-admin, one of its admins (academy/deploy/ngshare.py).
        env.update(JUPYTERHUB_API_TOKEN=admin_token(settings),
                   USER=os.environ.get("USER", pwd.getpwuid(os.geteuid()).pw_name))
    old = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        return nbgrader(p["course"], *args)
    finally:
        for name, value in old.items():
            if value is None:
                os.environ.pop(name)
            else:
                os.environ[name] = value


def release(settings: dict[str, Any], modules: Iterable[str]) -> None:
    """Generate and release ``modules`` to the exchange, as the grader."""
    for module_id in modules:
        grader_nbgrader(settings, "generate_assignment", module_id, "--force")
        grader_nbgrader(settings, "release_assignment", module_id, "--force")
