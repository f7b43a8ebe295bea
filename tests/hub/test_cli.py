"""``academy hub`` (academy/hub/cli.py): a login slip shows the initial password only while it is
still the one to use -- run.sh prints the demo slips at every start."""

from __future__ import annotations

from academy import district
from academy.hub import setup
from academy.hub.auth import set_login
from academy.hub.cli import password_changed, slip
from academy.hub.users import Account


def demo(tmp_path) -> dict:
    settings = district.load("demo")
    settings["hub"]["data_root"] = str(tmp_path / "data")
    setup.paths(settings)["hub"].mkdir(parents=True)
    return settings


def test_slip_shows_the_initial_password_until_it_is_changed(tmp_path):
    settings = demo(tmp_path)
    set_login(setup.db_url(settings), "learner1", "first-pw-123", full_name="이수강")
    assert not password_changed(settings, "learner1")
    fresh = slip(settings, Account("learner1", "sca-learner1", "first-pw-123", "learner", "이수강"))
    assert "임시 비밀번호: first-pw-123" in fresh and "바꿔 주세요" in fresh

    # The learner chose their own at first login (what the change-password page does).
    set_login(setup.db_url(settings), "learner1", "my-own-pw-456", full_name="이수강", must_change=False)
    assert password_changed(settings, "learner1")
    later = slip(settings, Account("learner1", "sca-learner1", None, "learner", "이수강"))
    assert "first-pw-123" not in later and "임시 비밀번호" not in later
    assert "직접 정한 비밀번호" in later and "아이디: learner1" in later


def test_pam_logins_are_never_reported_changed(tmp_path):
    settings = demo(tmp_path)
    settings["auth"]["mode"] = "pam"
    assert not password_changed(settings, "learner1")
