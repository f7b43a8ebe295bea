"""The district's font sizes as each learner's JupyterLab theme setting (issue 20.7).

``academy hub setup`` writes the district's ``[lab]`` sizes into the role's ``overrides.json``
(:func:`academy.hub.data_root.lab_overrides`). That is enough for settings JupyterLab reads through
their defaults (the editor's line height), but JupyterLab's theme manager applies its CSS
``overrides`` (code, content and UI font sizes) from the *user's* settings only
(``ThemeManager.loadCSSOverrides`` reads ``settings.user.overrides``, never the composite), so
defaults in ``overrides.json`` alone change nothing on screen.

This server extension (loaded in every learner's and instructor's server, as that person) copies
the theme overrides of ``overrides.json`` into the person's own theme settings
(``~/.jupyter/lab/user-settings/@jupyterlab/apputils-extension/themes.jupyterlab-settings``):

* no theme settings yet  -> written, and what was written is remembered next to it;
* the file is still exactly what the academy wrote last time -> updated to the district's
  current sizes (a district that changes its sizes reaches everyone who did not choose);
* anything else -> the person chose their own sizes (Settings → Theme): left alone.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

THEMES = "@jupyterlab/apputils-extension:themes"
_USER_FILE = Path("@jupyterlab") / "apputils-extension" / "themes.jupyterlab-settings"
_WRITTEN = Path("@jupyterlab") / "apputils-extension" / ".academy-themes-written.json"


def user_settings_dir() -> Path:
    """JupyterLab's user settings folder (as ``jupyterlab.commands.get_user_settings_dir``)."""
    from jupyter_core.paths import jupyter_config_dir

    return Path(os.environ.get("JUPYTERLAB_SETTINGS_DIR") or Path(jupyter_config_dir()) / "lab" / "user-settings")


def district_theme(app_settings_dir: str | os.PathLike | None) -> dict[str, Any] | None:
    """The theme settings ``overrides.json`` asks for (``{"overrides": {...}}``), if any."""
    if not app_settings_dir:
        return None
    try:
        overrides = json.loads((Path(app_settings_dir) / "overrides.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    theme = overrides.get(THEMES)
    return {"overrides": dict(theme["overrides"])} if isinstance(theme, dict) and "overrides" in theme else None


def apply(wanted: dict[str, Any] | None, settings_dir: Path) -> str:
    """Bring the person's theme settings to ``wanted`` unless they chose their own; returns
    what happened: "written", "updated", "kept" (their own choice) or "nothing"."""
    if not wanted:
        return "nothing"
    user_file, written_file = settings_dir / _USER_FILE, settings_dir / _WRITTEN
    text = json.dumps(wanted, ensure_ascii=False, indent=2) + "\n"
    if user_file.exists():
        try:
            current, last = user_file.read_text(encoding="utf-8"), written_file.read_text(encoding="utf-8")
        except OSError:
            return "kept"
        if current != last:
            return "kept"
        if current == text:
            return "nothing"
        outcome = "updated"
    else:
        outcome = "written"
    user_file.parent.mkdir(parents=True, exist_ok=True)
    for path in (written_file, user_file):
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    return outcome


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "academy.hub.lab_fonts"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    lab = serverapp.config.get("LabApp", {}) if hasattr(serverapp.config, "get") else {}
    try:
        outcome = apply(district_theme(lab.get("app_settings_dir")), user_settings_dir())
    except OSError as error:  # a full or read-only home must not stop the server
        serverapp.log.warning("academy.hub.lab_fonts: theme settings not written: %s", error)
        return
    serverapp.log.info("academy.hub.lab_fonts: district font sizes %s", outcome)
