"""The weekly report job end to end through a real hub: the managed ``academy-weekly`` service.

A district of its own with a ``[weekly]`` table. The project's jupyterhub_config.py is wrapped
only to hand the service an injected clock (``ACADEMY_WEEKLY_CLOCK``: a root-only file holding
"now", which the test advances by a week at a time instead of sleeping) and a one-second round.
Learners subscribe with the real call, as their own Unix account; their servers are never
started. Between two weeks the hub is restarted: nothing is lost and no week runs twice.
"""

from __future__ import annotations

import json
import pwd
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import nbformat
import pytest
from .conftest import throwaway_district
from .test_weekly_service import SAMPLE_EXPORT, give, report_notebook, subscribe_as

from academy.data import data_path
from academy.hub import launch, data_root
from academy.hub.config import WEEKLY_SERVICE
from academy.layout import REPO
from academy.weekly import service as weekly_service
from academy.weekly import timing
from tests.support.waiting import wait_for

pytestmark = pytest.mark.slow

WRAPPER = """\
c = get_config()  # noqa: F821
load_subconfig({config!r})  # noqa: F821
for service in c.JupyterHub.services:
    if service["name"] == {name!r}:
        service["environment"].update({{"ACADEMY_WEEKLY_CLOCK": {clock!r}, "ACADEMY_WEEKLY_TICK": "1"}})
"""



def records(hub, name: str) -> list[dict]:
    path = weekly_service.folders(hub.settings)["runs"] / f"{hub.unix(name)}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))["runs"]
    except (OSError, ValueError):
        return []


def test_weekly_report_through_the_hub_with_servers_stopped_and_a_restart(tmp_path_factory):
    folder = tmp_path_factory.mktemp("weekly-live")
    clock = folder / "now"
    clock.write_text(datetime.now(timezone.utc).isoformat())
    clock.chmod(0o600)
    config = folder / "jupyterhub_config.py"
    config.write_text(WRAPPER.format(config=str(REPO / "jupyterhub_config.py"), name=WEEKLY_SERVICE,
                                     clock=str(clock)), encoding="utf-8")
    config.chmod(0o600)
    with throwaway_district({"weekly": {"day": "wed", "time": "06:30", "parallel": 1, "keep": 3},
                             "limits": {"memory_mb": 512}},
                            log_name="hub-weekly-jupyterhub.log", config=config) as hub:
        python = str(data_root.runtime_python(hub.settings))
        homes = {n: Path(pwd.getpwnam(hub.unix(n)).pw_dir) for n in ("alice", "bob")}
        for name in ("alice", "bob"):
            give(hub.unix(name), homes[name] / "my_report.ipynb", nbformat.writes(report_notebook()).encode())
            give(hub.unix(name), homes[name] / "내보내기" / "instagram.zip", data_path(SAMPLE_EXPORT).read_bytes())
        subscribe_as(hub.unix("alice"), python, "my_report.ipynb", "~/내보내기/instagram.zip")

        # Week 1: the clock passes Wednesday 06:30; alice's server was never started.
        due = timing.next_due(hub.settings, datetime.now(timezone.utc))
        clock.write_text((due + timedelta(minutes=1)).isoformat())
        report = homes["alice"] / "reports" / f"{timing.report_date(due)}.html"
        wait_for(lambda: records(hub, "alice"), "alice's first weekly run")
        assert [r["outcome"] for r in records(hub, "alice")] == ["ok"], records(hub, "alice")
        from academy.hub.people import HubAPI

        model = HubAPI(hub.settings).request("GET", "/users/alice")
        assert not model["servers"], "the report was made with alice's server stopped"
        info = report.stat()
        assert (info.st_uid, stat.S_IMODE(info.st_mode)) == (pwd.getpwnam(hub.unix("alice")).pw_uid, 0o600)
        assert "instagram 게시물" in report.read_text(encoding="utf-8")
        denied = hub.as_unix("bob", "/bin/cat", str(report))
        assert denied.returncode != 0 and "Permission denied" in denied.stderr

        # The hub restarts mid-week; bob subscribes. His report for this week (a catch-up: he
        # subscribed before Wednesday 06:30 on the injected clock) shows the restarted service ran
        # its rounds; alice's week is not run again.
        launch.stop_hub(hub.proc)
        hub.proc = launch.start_hub(hub.settings["district"]["id"], districts=hub.districts, timeout=120, config=config)
        try:
            clock.write_text((due + timedelta(days=2)).isoformat())
            subscribe_as(hub.unix("bob"), python, "my_report.ipynb", "~/내보내기/instagram.zip")
            wait_for(lambda: records(hub, "bob"), "bob's report after the restart")
            assert (homes["bob"] / "reports" / report.name).is_file()
            assert [r["outcome"] for r in records(hub, "alice")] == ["ok"], "week 1 ran once"
            # Week 2: alice's export is gone: a Korean record naming it, no half-written report.
            (homes["alice"] / "내보내기" / "instagram.zip").unlink()
            clock.write_text((due + timedelta(days=7, minutes=1)).isoformat())
            wait_for(lambda: len(records(hub, "bob")) == 2 and len(records(hub, "alice")) == 2, "week 2")
            week2 = timing.report_date(due + timedelta(days=7))
            assert [r["outcome"] for r in records(hub, "bob")] == ["ok", "ok"]
            assert (homes["bob"] / "reports" / f"{week2}.html").is_file()
            alice_runs = records(hub, "alice")
            assert [(r["date"], r["outcome"]) for r in alice_runs] == [(timing.report_date(due), "ok"),
                                                                        (week2, "error")]
            assert "내보내기 파일 ~/내보내기/instagram.zip이 없어요" in alice_runs[1]["error"]
            assert sorted(p.name for p in report.parent.iterdir()) == [report.name], "no half-written report"
            # alice reads her records as herself; bob cannot.
            runs_file = weekly_service.folders(hub.settings)["runs"] / f"{hub.unix('alice')}.json"
            assert hub.as_unix("bob", "/bin/cat", str(runs_file)).returncode != 0
            mine = hub.as_unix("alice", "/bin/cat", str(runs_file))
            assert mine.returncode == 0 and "없어요" in mine.stdout
        finally:
            launch.stop_hub(hub.proc)
