"""A report that renews itself every week: the learner opts in with one call.

In the learner's notebook::

    import academy.weekly
    academy.weekly.subscribe("my_report.ipynb", export="~/내보내기/instagram.zip")
    academy.weekly.runs()          # 시작, 끝, 결과, 오류 of the last runs
    academy.weekly.unsubscribe()

``subscribe`` writes ``~/.academy/weekly.json`` in the learner's own home (so a learner can
subscribe themselves and nobody else). Every week at the district's ``[weekly] day``/``time`` the
hub's ``academy-weekly`` service (:mod:`academy.weekly.service`) runs the notebook with papermill
as the learner's own Unix account -- also when their server is stopped -- with the parameters
``export_path``, ``start_date``, ``end_date`` (the last seven days) and ``platform``, and writes
``~/reports/YYYY-MM-DD.html`` (code hidden, opens offline), keeping the newest ``keep``.

Run records are written by the service, outside the home (``$ACADEMY_WEEKLY_RUNS/<account>.json``,
root-owned, readable by the learner's group only): the learner reads them and cannot change them.
"""

from __future__ import annotations

import json
import os
import pwd
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from academy.messages import say
from academy.weekly.subscription import FOLDER, NAME, PLATFORMS, Refused, Subscription, resolve

__all__ = ["available", "subscribe", "unsubscribe", "runs", "subscription_path"]


def available() -> bool:
    """Whether this kernel runs on a district hub that has the weekly service (a learner's server
    gets ``ACADEMY_WEEKLY_RUNS``); lessons run elsewhere (CI, a laptop) only explain the call."""
    return bool(os.environ.get("ACADEMY_WEEKLY_RUNS"))


def _home() -> Path:
    return Path(pwd.getpwuid(os.getuid()).pw_dir)


def subscription_path() -> Path:
    return _home() / FOLDER / NAME


def _inside_home(path: str | os.PathLike, home: Path) -> str:
    """``path`` (``~/...``, absolute, or relative to the notebook's folder) relative to the home."""
    text = str(path)
    full = home / text[2:] if text.startswith("~/") else Path(text)
    if not full.is_absolute():
        full = Path.cwd() / full
    full = Path(os.path.abspath(full))
    home = Path(os.path.realpath(home))
    real = Path(os.path.realpath(full))
    if home not in real.parents:
        raise ValueError(say("weekly.outside_home", path=str(path)))
    return str(real.relative_to(home))


def _platform_from(export: str) -> str | None:
    name = Path(export).name.lower()
    return next((p for p in PLATFORMS if name.startswith(p)), None)


def subscribe(notebook: str | os.PathLike, export: str | os.PathLike, keep: int | None = None,
              platform: str | None = None) -> None:
    """Ask the hub to run ``notebook`` on ``export`` every week (one subscription per learner:
    a new call replaces the old one). Prints a Korean confirmation."""
    home = _home()
    if not str(notebook).endswith(".ipynb"):
        raise ValueError(say("weekly.bad_notebook_name", path=notebook))
    if keep is not None and (not isinstance(keep, int) or isinstance(keep, bool) or not 1 <= keep <= 52):
        raise ValueError(say("weekly.bad_keep", value=keep))
    if platform is not None and platform not in PLATFORMS:
        raise ValueError(say("weekly.bad_platform", value=platform, known=", ".join(PLATFORMS)))
    notebook_rel, export_rel = _inside_home(notebook, home), _inside_home(export, home)
    try:
        if not resolve(home, notebook_rel).is_file():
            raise FileNotFoundError(say("weekly.notebook_missing", path=notebook))
        if not resolve(home, export_rel, folder_ok=True).exists():
            raise FileNotFoundError(say("weekly.export_missing", path=export))
    except Refused as error:
        raise ValueError(str(error)) from None
    entry = Subscription(notebook=notebook_rel, export=export_rel, platform=platform or _platform_from(export_rel),
                         keep=keep, since=datetime.now(timezone.utc))
    folder = home / FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    part = folder / (NAME + ".part")
    part.write_text(entry.to_json(), encoding="utf-8")
    os.chmod(part, 0o600)
    os.replace(part, folder / NAME)
    print(say("weekly.subscribed", when=_when(), notebook="~/" + notebook_rel, export="~/" + export_rel,
              keep=keep or os.environ.get("ACADEMY_WEEKLY_KEEP", "8")))


def _when() -> str:
    day, _, at = os.environ.get("ACADEMY_WEEKLY_WHEN", "").partition(" ")
    if not at:
        return say("weekly.when_unknown")
    return say("weekly.when", day=say(f"weekly.days.{day}"), time=at)


def unsubscribe() -> None:
    """Stop the weekly report (reports already made stay in ``~/reports/``)."""
    path = subscription_path()
    if path.is_file() or path.is_symlink():
        path.unlink()
        print(say("weekly.unsubscribed"))
    else:
        print(say("weekly.not_subscribed"))


def records(account: str | None = None) -> list[dict[str, Any]]:
    """The service's records of this account's runs, newest last (empty outside a hub)."""
    folder = os.environ.get("ACADEMY_WEEKLY_RUNS")
    if not folder:
        return []
    account = account or pwd.getpwuid(os.getuid()).pw_name
    try:
        data = json.loads((Path(folder) / f"{account}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [r for r in data.get("runs", []) if isinstance(r, dict)]


def runs(last: int = 10):
    """The last runs as a small Korean table: 시작, 끝, 결과, 오류."""
    import pandas as pd

    columns = [say("weekly.col_start"), say("weekly.col_end"), say("weekly.col_result"), say("weekly.col_error")]
    rows = [[r.get("start", ""), r.get("end", ""),
             say("weekly.result_ok") if r.get("outcome") == "ok" else say("weekly.result_error"),
             r.get("error") or ""] for r in records()[-last:]]
    if not rows:
        print(say("weekly.no_runs"))
    return pd.DataFrame(rows, columns=columns)
