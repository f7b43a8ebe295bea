"""A real district hub for the end-to-end tests: real proxy, real Unix accounts, real nbgrader.

One hub per test session (``district_hub``): a throw-away district ``t<hex>`` on free localhost
ports, accounts ``sca-t<hex>-*`` with homes under a temporary folder, the one-module curriculum
from ``curriculum_fixture``. Everything is removed at the end, also when a test fails.
Tests that need a district of their own (another auth mode, a schedule) use
``throwaway_district`` directly.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests

from tests.support.accounts import need_root, run_as, throwaway_folder  # noqa: F401  (tests import them from here)

from .curriculum_fixture import MODULE, make_curriculum

PASSWORD = "sca-test-pw-{name}-9"


@dataclass
class DistrictHub:
    """A running district hub and the people in it."""

    settings: dict[str, Any]
    districts: Path
    base_url: str
    proc: subprocess.Popen
    people: dict[str, Any] = field(default_factory=dict)
    sessions: dict[str, requests.Session] = field(default_factory=dict)
    unix_accounts: list[str] = field(default_factory=list)  # removed at the end

    @property
    def course(self) -> str:
        return self.settings["district"]["course_id"]

    def unix(self, name: str) -> str:
        return self.settings["accounts"]["unix_prefix"] + name

    def remove(self, name: str) -> None:
        """Remove ``name`` (academy.hub.people.remove_user) and forget its session: its token went
        with the hub user, so a person added again under that name must log in again."""
        from academy.hub.people import remove_user

        self.sessions.pop(name, None)
        remove_user(self.settings, name)

    def login(self, name: str) -> requests.Session:
        """Log ``name`` in through the login form; the session carries an API token too."""
        if name in self.sessions:
            return self.sessions[name]
        s = requests.Session()
        s.get(f"{self.base_url}hub/login", timeout=30)
        r = s.post(f"{self.base_url}hub/login", allow_redirects=False, timeout=30,
                   data={"username": name, "password": PASSWORD.format(name=name), "_xsrf": s.cookies.get("_xsrf")})
        assert r.status_code == 302, f"login of {name} failed: {r.status_code} {r.text[:300]}"
        r = s.post(f"{self.base_url}hub/api/users/{name}/tokens", json={"note": "test", "expires_in": 3600},
                   headers={"X-XSRFToken": s.cookies.get("_xsrf", path="/hub/")}, timeout=30)
        assert r.status_code == 201, r.text
        s.headers["Authorization"] = f"token {r.json()['token']}"
        self.sessions[name] = s
        return s

    def start_server(self, name: str, timeout: float = 120) -> float:
        """Start ``name``'s server through the hub API as that user; seconds until ready."""
        s, t0 = self.login(name), time.monotonic()
        r = s.post(f"{self.base_url}hub/api/users/{name}/server", timeout=30)
        assert r.status_code in (201, 202, 400), r.text
        while time.monotonic() - t0 < timeout:
            model = s.get(f"{self.base_url}hub/api/users/{name}", timeout=30).json()
            if model["servers"].get("", {}).get("ready"):
                return time.monotonic() - t0
            time.sleep(0.5)
        raise TimeoutError(f"server of {name} not ready in {timeout} s")

    def as_unix(self, name: str, *args: str) -> subprocess.CompletedProcess:
        """Run a command as ``name``'s Unix account with its groups, as its server runs (no check)."""
        return run_as(self.unix(name), *args)


def _toml(value: Any) -> str:
    """A TOML value for the few types a district file holds (JSON strings are TOML strings)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, str)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no TOML for {value!r}")


def district_file(sections: dict[str, dict[str, Any]]) -> str:
    return "".join(f"[{section}]\n" + "".join(f"{key} = {_toml(value)}\n" for key, value in keys.items())
                   for section, keys in sections.items())


@contextmanager
def throwaway_district(sections: dict[str, dict[str, Any]] | None = None, *,
                       people: tuple[tuple[str, str], ...] = (("teach", "instructor"), ("alice", "learner"),
                                                               ("bob", "learner")),
                       log_name: str = "hub-e2e-jupyterhub.log",
                       config: Path | None = None) -> Iterator[DistrictHub]:
    """A running throw-away district ``t<hex>``: its own ports, data, Unix accounts and hub.

    ``sections`` are merged onto the test district's file. ``people`` get accounts with
    ``PASSWORD`` (``academy.hub.people.add_user``); tests may put more Unix account names in
    ``hub.unix_accounts`` to have them removed too.
    ``config`` replaces ``jupyterhub_config.py``. At the end the hub stops, every account and
    the district's Unix group and memory cgroup go, the hub log is kept as ``test-artifacts/<log_name>``.
    """
    need_root()
    from academy import district
    from academy.hub import data_root, launch
    from academy.hub.people import add_user
    from academy.hub.unix_accounts import remove_district_group, remove_unix_user

    tag, base = throwaway_folder("hubtest")  # 0755: learners traverse to the exchange and the runtime
    district_id = f"t{tag}"
    (base / "home").mkdir(mode=0o755)
    os.chmod(base / "home", 0o755)
    old_curriculum = os.environ.get("ACADEMY_CURRICULUM")
    os.environ["ACADEMY_CURRICULUM"] = str(make_curriculum(base / "curriculum"))
    districts = base / "districts"
    districts.mkdir()
    port = launch.free_port_block()
    file = {
        "district": {"id": district_id, "name": "테스트구"},
        "hub": {"port": port, "data_root": str(base / "data")},
        "people": {"instructors": ["teach"], "admins": ["teach"]},
        "accounts": {"unix_prefix": f"sca-{district_id}-", "home_root": str(base / "home")},
    }
    for section, keys in (sections or {}).items():
        file.setdefault(section, {}).update(keys)
    (districts / f"{district_id}.toml").write_text(district_file(file), encoding="utf-8")
    settings = district.load(district_id, path=districts / f"{district_id}.toml")
    proc = None
    hub = None
    made: list[str] = [settings["accounts"]["unix_prefix"] + name for name, _ in people]
    try:
        data_root.prepare(settings, modules=[MODULE])
        proc = launch.start_hub(district_id, districts=districts, timeout=120,
                                **({"config": config} if config else {}))
        hub = DistrictHub(settings=settings, districts=districts, proc=proc,
                          base_url=f"http://127.0.0.1:{port}/", unix_accounts=made)
        for name, role in people:
            hub.people[name] = add_user(settings, name, role=role, password=PASSWORD.format(name=name))
        # The hub and its services took the test curriculum with them when they started; put the
        # real one back for every other test that runs on this worker meanwhile.
        _restore_env("ACADEMY_CURRICULUM", old_curriculum)
        yield hub
    finally:
        if proc is not None:
            launch.stop_hub(proc)
        for unix in dict.fromkeys(made):
            remove_unix_user(unix)
        remove_district_group(settings)
        launch.remove_district_cgroup(settings)
        artifacts = Path(__file__).resolve().parents[3] / "test-artifacts"
        log = base / "data" / "hub" / "jupyterhub.log"
        if log.exists():
            artifacts.mkdir(exist_ok=True)
            shutil.copy(log, artifacts / log_name)
        shutil.rmtree(base, ignore_errors=True)
        _restore_env("ACADEMY_CURRICULUM", old_curriculum)


@pytest.fixture(scope="session")
def district_hub(tmp_path_factory):
    with throwaway_district({"auth": {"self_signup": True}, "limits": {"memory_mb": 512}}) as hub:
        yield hub


def _restore_env(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"  # Debian's Chromium (scripts/bootstrap.sh); Playwright's own download does not work here
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright, one per test module."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/bootstrap.sh (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()
