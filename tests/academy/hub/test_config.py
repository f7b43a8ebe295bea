"""District settings -> JupyterHub traitlets: one test per section (academy/hub/config.py)."""

from __future__ import annotations

import pytest
from traitlets.config import Config

from academy import district
from academy.hub import config


@pytest.fixture
def demo(tmp_path, monkeypatch):
    settings = district.load("demo")
    settings["hub"]["data_root"] = str(tmp_path / "data")
    from academy.hub import data_root

    data_root.make_secrets(settings)  # what `academy hub setup` makes and the config only reads
    return settings


def test_hub_section(demo):
    c = Config()
    config.update_hub(c, demo)
    assert c.JupyterHub.bind_url == "http://127.0.0.1:8000/"
    assert (c.JupyterHub.hub_port, c.ConfigurableHTTPProxy.api_url) == (8001, "http://127.0.0.1:8002")
    assert c.JupyterHub.db_url.endswith("/hub/jupyterhub.sqlite")


def test_auth_native_is_not_dummy(demo):
    c = Config()
    config.update_auth(c, demo)
    assert c.JupyterHub.authenticator_class.__name__ == "AcademyAuthenticator"
    assert c.NativeAuthenticator.enable_signup is True and c.NativeAuthenticator.open_signup is False
    assert c.Authenticator.admin_users == {"teacher"}


def test_auth_pam(demo):
    demo["auth"]["mode"] = "pam"
    c = Config()
    config.update_auth(c, demo)
    from jupyterhub.auth import PAMAuthenticator

    # JupyterHub's PAM, with hub user NAME checked against Unix account <unix_prefix>NAME
    # and nbgrader-demo read as the hub group (tests/academy/hub/test_pam.py runs it on a real hub).
    assert issubclass(c.JupyterHub.authenticator_class, PAMAuthenticator)
    assert c.AcademyPAMAuthenticator.unix_prefix == "sca-"
    assert c.Authenticator.allowed_groups == {"nbgrader-demo"}
    assert c.Authenticator.allow_existing_users is False


def test_spawner_section(demo):
    c = Config()
    config.update_spawner(c, demo)
    assert c.AcademySpawner.unix_prefix == "sca-"
    assert c.Spawner.mem_limit == f"{demo['limits']['memory_mb'] + 512}M"
    assert c.Spawner.environment["ACADEMY_KERNEL_MEMORY_MB"] == str(demo["limits"]["memory_mb"])
    assert list(c.AcademySpawner.config_path_by_group) == ["formgrade-demo", "*"]  # instructors first


def test_course_section_follows_nbgraders_multiclass_pattern(demo):
    c = Config()
    config.update_course(c, demo)
    assert c.JupyterHub.load_groups["formgrade-demo"]["users"] == ["teacher"]
    roles = {r["name"]: r for r in c.JupyterHub.load_roles}
    assert "access:services!service=demo" in roles["formgrade-demo"]["scopes"]
    assert not any("access:services" in s for s in roles["nbgrader-demo"]["scopes"])
    (service,) = [s for s in c.JupyterHub.services if s["name"] == "demo"]
    assert service["url"] == "http://127.0.0.1:8003"
    assert "academy.hub.formgrader.GraderAuthorizer" in " ".join(service["command"])


def test_limits_and_storm(demo):
    c = Config()
    config.update_limits(c, demo)
    # 30 learners, 1 instructor, and up to 10 circles of 3 with a server each: a circle never takes a learner's place
    assert c.JupyterHub.active_server_limit == 30 + 1 + 10
    assert c.Spawner.http_timeout == demo["storm"]["http_timeout"]


def test_schedule_adds_the_scheduler_service(demo):
    c = Config()
    config.update_course(c, demo)
    config.update_schedule(c, demo)
    assert config.SCHEDULER_SERVICE in [s["name"] for s in c.JupyterHub.services]


def test_together_adds_the_progress_service_on_the_fifth_port_for_the_course_group(demo):
    c = Config()
    config.update_spawner(c, demo)
    config.update_course(c, demo)
    config.update_together(c, demo)
    (service,) = [s for s in c.JupyterHub.services if s["name"] == config.TOGETHER_SERVICE]
    assert service["url"] == f"http://127.0.0.1:{demo['hub']['port'] + 4}" and service["oauth_no_confirm"]
    (role,) = [r for r in c.JupyterHub.load_roles if r["name"] == config.TOGETHER_SERVICE]
    assert role["groups"] == [f"nbgrader-{demo['district']['course_id']}"]
    assert role["scopes"] == [f"access:services!service={config.TOGETHER_SERVICE}",
                              f"read:services!service={config.TOGETHER_SERVICE}"]
    # 작품 전시: a learner's kernel publishes with its server's token (academy/together/publish.py)
    (server,) = [r for r in c.JupyterHub.load_roles if r["name"] == "server"]
    assert f"access:services!service={config.TOGETHER_SERVICE}" in server["scopes"]
    assert c.Spawner.environment["ACADEMY_RECORD_CHECKS"] == "1"  # learners' kernels record their checks
    assert len(set(config.ports(demo).values())) == len(config.ports(demo)) == 7


def test_jupyterhub_config_is_thin():
    from academy.layout import REPO

    lines = [line for line in (REPO / "jupyterhub_config.py").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(lines) <= 12


@pytest.mark.parametrize("role", ["learner", "instructor", "grader", "course"])
def test_nbgrader_settings_per_role_come_from_the_district(demo, role, tmp_path):
    from traitlets.config.loader import PyFileConfigLoader

    from academy.admin.course import write_nbgrader_config
    from academy.hub import data_root

    demo["accounts"]["unix_prefix"] = "sca-x-"
    write_nbgrader_config(tmp_path / "nbgrader_config.py", data_root.nbgrader_settings(demo, role),
                          hub_student=role in ("learner", "instructor"))
    loaded = PyFileConfigLoader("nbgrader_config.py", path=str(tmp_path)).load_config()
    assert loaded.Exchange.root == str(tmp_path / "data" / "exchange")
    assert loaded.Exchange.path_includes_course is True
    assert loaded.CourseDirectory.course_id == demo["district"]["course_id"]
    # Only the collecting side knows the Unix accounts; learners' servers name students by hub user.
    assert ("unix_prefix" in loaded.VerifiedCollect) == (role in ("grader", "course"))
    if role in ("grader", "course"):
        assert loaded.VerifiedCollect.unix_prefix == "sca-x-"
    assert ("plugin_class" in loaded.Authenticator) == (role in ("learner", "instructor"))


@pytest.mark.parametrize("role", ["grader", "course"])
def test_grading_memory_comes_from_the_district(demo, role, tmp_path):
    """``[limits] grading_memory_mb`` -> the course's nbgrader config -> each graded kernel's limits."""
    from traitlets.config.loader import PyFileConfigLoader

    from academy.admin.course import write_nbgrader_config
    from academy.grading.sandbox import SandboxKernelManager
    from academy.hub import data_root
    from academy.kernels.limits import LIMITS

    assert demo["limits"]["grading_memory_mb"] == LIMITS.memory_mb  # one default
    demo["limits"]["grading_memory_mb"] = 2048
    write_nbgrader_config(tmp_path / "nbgrader_config.py", data_root.nbgrader_settings(demo, role))
    loaded = PyFileConfigLoader("nbgrader_config.py", path=str(tmp_path)).load_config()
    assert SandboxKernelManager(config=loaded).limits().memory_mb == 2048
    learner = data_root.nbgrader_settings(demo, "learner")
    assert "SandboxKernelManager" not in learner  # learners' servers never grade


def test_loading_the_config_creates_nothing_on_disk(tmp_path):
    """``update_*`` are pure: tokens, folders and the learners' Python are ``academy hub setup``'s."""
    from academy.hub import data_root

    settings = district.load("demo")
    settings["hub"]["data_root"] = str(tmp_path / "data")
    with pytest.raises(data_root.NotPrepared, match="academy hub setup --district demo"):
        config.apply(Config(), settings)
    assert not (tmp_path / "data").exists()
    data_root.make_secrets(settings)
    before = sorted(tmp_path.rglob("*"))
    c = Config()
    config.apply(c, settings)
    assert sorted(tmp_path.rglob("*")) == before
    assert c.Spawner.cmd[0] == str(data_root.runtime_python(settings))  # named, not built


def test_dashboard_service_opens_to_the_course_instructors_only(demo):
    """The class dashboard (academy/dashboard/service.py): its own port, the instructor group's role."""
    from traitlets.config import Config

    c = Config()
    config.update_course(c, demo)
    config.update_dashboard(c, demo)
    (service,) = [s for s in c.JupyterHub.services if s["name"] == config.DASHBOARD_SERVICE]
    assert service["url"] == f"http://127.0.0.1:{config.ports(demo)['dashboard']}"
    assert service["command"][-2:] == ["-m", "academy.dashboard.service"]
    (role,) = [r for r in c.JupyterHub.load_roles if r["name"] == config.DASHBOARD_SERVICE]
    assert role["groups"] == [f"formgrade-{demo['district']['course_id']}"]  # not the learners' nbgrader-<course>
    assert role["scopes"] == [f"access:services!service={config.DASHBOARD_SERVICE}"]


def test_circles_section(demo):
    """Study circles' servers (academy/together/circle_server.py): served from the circle folders;
    academy-admin may share the servers of circle accounts only, never a learner's."""
    from pathlib import Path

    c = Config()
    config.update_course(c, demo)
    config.update_circles(c, demo)
    assert c.AcademySpawner.circles_root == str(Path(demo["hub"]["data_root"]) / "circles")
    assert c.JupyterHub.load_groups["circles-demo"] == {"users": []}  # made at start; academy circles fills it
    (role,) = [r for r in c.JupyterHub.load_roles if r["name"] == f"{config.ADMIN_SERVICE}-circles"]
    assert role == {"name": f"{config.ADMIN_SERVICE}-circles", "services": [config.ADMIN_SERVICE],
                    "scopes": ["shares!group=circles-demo"]}
    assert "circles-demo" not in {g for r in c.JupyterHub.load_roles for g in r.get("groups", [])}  # no rights
