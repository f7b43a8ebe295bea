"""The district under systemd (The Littlest JupyterHub's way): the units in ``deploy/systemd/``
rendered from the district's settings -- the hub (``academy-hub-<id>.service``, restarted when it
crashes) and its daily backup (``academy-backup-<id>.timer`` starting ``academy-backup-<id>.service``
at ``[backup] time``, keeping ``[backup] keep`` backups in ``[backup] dir``).

>>> write_units(district.load("demo"), Path("/etc/systemd/system"))   # doctest: +SKIP
[PosixPath('/etc/systemd/system/academy-hub-demo.service'), ...]
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


UNITS = ("academy-hub.service", "academy-backup.service", "academy-backup.timer")  # templates, in order


def unit_name(settings: dict[str, Any], template: str = "academy-hub.service") -> str:
    """``academy-hub.service`` -> ``academy-hub-<id>.service`` (one set of units per district)."""
    stem, kind = template.rsplit(".", 1)
    return f"{stem}-{settings['district']['id']}.{kind}"


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
        "backup_dir": settings["backup"]["dir"],
        "backup_time": settings["backup"]["time"],
        "backup_keep": settings["backup"]["keep"],
        "timezone": settings["schedule"]["timezone"],
    }
    return template.read_text(encoding="utf-8").format(**values)


def write_units(settings: dict[str, Any], folder: Path) -> list[Path]:
    """Write the district's rendered units into ``folder``; their paths (the hub's first)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for template in UNITS:
        path = folder / unit_name(settings, template)
        path.write_text(render(settings, TEMPLATES / template), encoding="utf-8")
        os.chmod(path, 0o644)
        paths.append(path)
    return paths


def install(paths: list[Path]) -> list[str]:
    """``systemctl daemon-reload``, then enable the hub's service and start the backup's timer (root,
    systemd running); the units enabled."""
    enabled = [path.name for path in paths if not path.name.startswith("academy-backup-") or path.suffix == ".timer"]
    subprocess.run(["systemctl", "daemon-reload"], check=True, timeout=60)
    for name in enabled:
        subprocess.run(["systemctl", "enable", *(["--now"] if name.endswith(".timer") else []), name],
                       check=True, timeout=60)
    return enabled
