"""The district's systemd units (deploy/systemd/) rendered from its settings -- the hub's service and
the daily backup's timer and service: every placeholder filled, the supervision and backup choices in
place, and ``systemd-analyze verify`` accepts them (a deliberately broken copy shows the check can
fail). The backup's pruning keeps the newest and touches nothing else."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from academy import district
from academy.hub import supervise


def settings() -> dict:
    return district.load("demo")


def test_unit_is_rendered_from_the_district(tmp_path):
    path = supervise.write_units(settings(), tmp_path)[0]
    text = path.read_text(encoding="utf-8")
    assert path.name == "academy-hub-demo.service"
    assert not re.search(r"\{[a-z_]+\}", text), "every placeholder is filled"
    lines = set(text.splitlines())
    assert f"ExecStart={Path(sys.executable).parent / 'academy'} hub run --district demo" in lines
    assert "Environment=ACADEMY_DISTRICT=demo" in lines
    # Restarted when it crashes; a restart signals the hub only (servers, kernels, proxy kept).
    assert {"Restart=on-failure", "KillMode=process", "StandardInput=null"} <= lines
    assert any(line.startswith("TimeoutStopSec=") and int(line.split("=")[1]) <= 30 for line in lines)


def test_the_daily_backup_is_rendered_from_the_district(tmp_path):
    config = settings()
    config["backup"] = {"dir": "/srv/backups", "time": "03:15", "keep": 7}
    config["schedule"]["timezone"] = "Asia/Seoul"
    names = [path.name for path in supervise.write_units(config, tmp_path)]
    assert names == ["academy-hub-demo.service", "academy-backup-demo.service", "academy-backup-demo.timer"]
    service = (tmp_path / "academy-backup-demo.service").read_text(encoding="utf-8")
    timer = (tmp_path / "academy-backup-demo.timer").read_text(encoding="utf-8")
    assert not re.search(r"\{[a-z_]+\}", service + timer), "every placeholder is filled"
    academy = Path(sys.executable).parent / "academy"
    assert f"ExecStart={academy} backup --district demo /srv/backups --keep 7" in service.splitlines()
    assert {"Type=oneshot", "IOSchedulingClass=idle"} <= set(service.splitlines())
    lines = set(timer.splitlines())
    assert {"OnCalendar=*-*-* 03:15:00 Asia/Seoul", "Persistent=true", "Unit=academy-backup-demo.service"} <= lines
    assert district.load("demo")["backup"] == {"dir": "/var/backups/academy", "time": "02:30", "keep": 14}


def test_prune_keeps_the_newest_backups_of_the_district_only(tmp_path):
    from academy.hub.backup import prune

    def made(name: str, manifest: bool = True) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        if manifest:
            (folder / "manifest.json").write_text("{}")
        return folder

    old = [made(f"demo-2026120{day}-023000") for day in (1, 2, 3)]
    newest = made("demo-20261204-023000")
    others = [made("gangnam-20261101-023000"), made("demo-20261101-023000", manifest=False), made("demo-notes")]
    (tmp_path / "demo-20261001-023000").symlink_to(others[0])
    assert prune(tmp_path, "demo", 2) == old[:2]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [old[2].name, newest.name, *(p.name for p in others), "demo-20261001-023000"])
    assert prune(tmp_path, "demo", 2) == []
    with pytest.raises(ValueError):
        prune(tmp_path, "demo", 0)


def verify(path: Path) -> list[str]:
    """What ``systemd-analyze verify`` says about ``path`` (its lines naming the file)."""
    done = subprocess.run(["systemd-analyze", "verify", str(path)], capture_output=True, text=True, timeout=120)
    said = [line for line in (done.stdout + done.stderr).splitlines() if path.name in line]
    return said + ([f"exit {done.returncode}"] if done.returncode else [])


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verifies_the_units(tmp_path):
    paths = supervise.write_units(settings(), tmp_path / "good")
    for path in paths:
        assert verify(path) == [], path.name
    broken = tmp_path / "broken"
    broken.mkdir()
    for path, good, bad in [(paths[0], "KillMode=process", "KillMode=sometimes"),
                            (paths[2], "Persistent=true", "Persistent=sometimes")]:
        (broken / path.name).write_text(path.read_text().replace(good, bad))
        assert verify(broken / path.name), f"systemd-analyze reports a broken {path.name}"


def test_cli_writes_the_unit(tmp_path):
    done = subprocess.run([str(Path(sys.executable).parent / "academy"), "hub", "systemd", "--district", "demo",
                           "--output", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "academy-hub-demo.service").read_text() == supervise.render(settings())
    assert (tmp_path / "academy-backup-demo.timer").read_text() == supervise.render(
        settings(), supervise.TEMPLATES / "academy-backup.timer")
