"""``academy hub`` (academy/hub/cli.py, academy/hub/people.py): a login slip shows the initial password only while it is
still the one to use -- run.sh prints the demo slips at every start."""

from __future__ import annotations

from academy import district
from academy.hub import data_root
from academy.hub.auth import set_login
from academy.hub.people import Account, login_slip, password_changed


def demo(tmp_path) -> dict:
    settings = district.load("demo")
    settings["hub"]["data_root"] = str(tmp_path / "data")
    data_root.paths(settings)["hub"].mkdir(parents=True)
    return settings


def test_slip_shows_the_initial_password_until_it_is_changed(tmp_path):
    settings = demo(tmp_path)
    set_login(data_root.db_url(settings), "learner1", "first-pw-123", full_name="이수강")
    assert not password_changed(settings, "learner1")
    fresh = login_slip(settings, Account("learner1", "sca-learner1", "first-pw-123", "learner", "이수강"))
    assert "임시 비밀번호: first-pw-123" in fresh and "바꿔 주세요" in fresh

    # The learner chose their own at first login (what the change-password page does).
    set_login(data_root.db_url(settings), "learner1", "my-own-pw-456", full_name="이수강", must_change=False)
    assert password_changed(settings, "learner1")
    later = login_slip(settings, Account("learner1", "sca-learner1", None, "learner", "이수강"))
    assert "first-pw-123" not in later and "임시 비밀번호" not in later
    assert "직접 정한 비밀번호" in later and "아이디: learner1" in later


def test_pam_logins_are_never_reported_changed(tmp_path):
    settings = demo(tmp_path)
    settings["auth"]["mode"] = "pam"
    assert not password_changed(settings, "learner1")


def test_where_tells_scripts_the_hub_url_formgrader_and_folder(tmp_path, capsys, monkeypatch):
    """What scripts/run.sh and supervise-hub.sh ask the CLI instead of `python -c` one-liners."""
    from academy.admin.cli import main
    from academy.hub.launch import free_port_block

    port = free_port_block()  # nothing listens there
    districts = tmp_path / "districts"
    districts.mkdir()
    (districts / "w1.toml").write_text(
        f'[district]\nid = "w1"\nname = "W"\ncourse_id = "c1"\n[people]\ninstructors = ["t"]\n'
        f'[hub]\nip = "0.0.0.0"\nport = {port}\ndata_root = "{tmp_path / "data"}"\n', encoding="utf-8")
    monkeypatch.setenv("ACADEMY_DISTRICTS", str(districts))
    assert main(["hub", "where", "--district", "w1", "formgrader"]) == 0
    assert capsys.readouterr().out == f"http://127.0.0.1:{port}/services/c1/formgrader\n"
    assert main(["hub", "where", "--district", "w1"]) == 0
    lines = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert lines["url"] == f"http://127.0.0.1:{port}/" and lines["hub_dir"] == str(tmp_path / "data" / "hub")
    data_root.make_secrets(district.load("w1"))
    assert main(["hub", "where", "--district", "w1", "--wait", "0.5", "url"]) == 1  # nothing answers there
    assert "did not answer" in capsys.readouterr().err
    assert not (tmp_path / "data" / "course").exists()


def test_an_instructors_slip_names_the_formgrader_and_a_learners_does_not(tmp_path):
    settings = demo(tmp_path)
    url = f"services/{settings['district']['course_id']}/formgrader"
    teacher = login_slip(settings, Account("teacher", "sca-teacher", "pw-1234", "instructor", "김강사"))
    learner = login_slip(settings, Account("learner1", "sca-learner1", "pw-5678", "learner", "이수강"))
    assert "(강사 계정: 채점은 http://" in teacher and url in teacher
    assert url not in learner and "강사" not in learner
