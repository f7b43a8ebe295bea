"""The district's systemd unit (deploy/systemd/academy-hub.service) rendered from its settings:
every placeholder filled, the supervision choices in place, and ``systemd-analyze verify``
accepts it (a deliberately broken copy shows the check can fail)."""

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
    path = supervise.write_units(settings(), tmp_path)
    text = path.read_text(encoding="utf-8")
    assert path.name == "academy-hub-demo.service"
    assert not re.search(r"\{[a-z_]+\}", text), "every placeholder is filled"
    lines = set(text.splitlines())
    assert f"ExecStart={Path(sys.executable).parent / 'academy'} hub run --district demo" in lines
    assert "Environment=ACADEMY_DISTRICT=demo" in lines
    # Restarted when it crashes; a restart signals the hub only (servers, kernels, proxy kept).
    assert {"Restart=on-failure", "KillMode=process", "StandardInput=null"} <= lines
    assert any(line.startswith("TimeoutStopSec=") and int(line.split("=")[1]) <= 30 for line in lines)


def verify(path: Path) -> list[str]:
    """What ``systemd-analyze verify`` says about ``path`` (its lines naming the file)."""
    done = subprocess.run(["systemd-analyze", "verify", str(path)], capture_output=True, text=True, timeout=120)
    said = [line for line in (done.stdout + done.stderr).splitlines() if path.name in line]
    return said + ([f"exit {done.returncode}"] if done.returncode else [])


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verifies_the_unit(tmp_path):
    path = supervise.write_units(settings(), tmp_path / "good")
    assert verify(path) == []
    broken = tmp_path / "broken" / path.name
    broken.parent.mkdir()
    broken.write_text(path.read_text().replace("KillMode=process", "KillMode=sometimes"))
    assert verify(broken), "systemd-analyze reports a broken unit"


def test_cli_writes_the_unit(tmp_path):
    done = subprocess.run([str(Path(sys.executable).parent / "academy"), "hub", "systemd", "--district", "demo",
                           "--output", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "academy-hub-demo.service").read_text() == supervise.render(settings())
