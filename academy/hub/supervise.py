"""The district's hub under systemd (The Littlest JupyterHub's way): the unit in
``deploy/systemd/`` rendered from the district's settings.

>>> write_units(district.load("demo"), Path("/etc/systemd/system"))   # doctest: +SKIP
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from academy.hub import data_root
from academy.layout import REPO, venv_bin

TEMPLATES = REPO / "deploy" / "systemd"


def unit_name(settings: dict[str, Any]) -> str:
    return f"academy-hub-{settings['district']['id']}.service"


def render(settings: dict[str, Any], template: Path = TEMPLATES / "academy-hub.service") -> str:
    """The unit text for ``settings`` (every ``{name}`` of the template filled)."""
    bin_dir = venv_bin()
    academy = bin_dir / "academy"
    values = {
        "district_id": settings["district"]["id"],
        "district_name": settings["district"]["name"],
        "districts": os.environ.get("ACADEMY_DISTRICTS", str(REPO / "districts")),
        "hub_dir": str(data_root.paths(settings)["hub"]),
        "repo": str(REPO),
        "venv_bin": str(bin_dir),
        "academy": str(academy if academy.exists() else shutil.which("academy") or academy),
    }
    return template.read_text(encoding="utf-8").format(**values)


def write_units(settings: dict[str, Any], folder: Path) -> Path:
    """Write the rendered unit into ``folder``; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / unit_name(settings)
    path.write_text(render(settings), encoding="utf-8")
    os.chmod(path, 0o644)
    return path


def install(path: Path) -> None:
    """``systemctl daemon-reload`` and ``enable`` the unit at ``path`` (root, systemd running)."""
    for command in (["systemctl", "daemon-reload"], ["systemctl", "enable", path.name]):
        subprocess.run(command, check=True, timeout=60)
