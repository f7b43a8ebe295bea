"""District settings: defaults deep-copied, every key validated with an error naming key and fix."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from academy import district
from academy.district import SETTINGS, DistrictError, defaults, load, merge

MINIMAL = '[district]\nid = "{id}"\nname = "테스트구"\n[people]\ninstructors = ["teacher"]\n'

# One bad value per key: (section, key, TOML value that must be refused).
BAD = [
    ("district", "id", '"Gangnam!"'),
    ("district", "name", '"  "'),
    ("district", "course_id", '"Course 1"'),
    ("hub", "ip", '""'),
    ("hub", "port", '"8000"'),
    ("hub", "base_url", '"gangnam"'),
    ("hub", "data_root", '""'),
    ("people", "instructors", "[]"),
    ("people", "admins", '["Kim Admin"]'),
    ("accounts", "unix_prefix", '"sca"'),
    ("accounts", "home_root", '"home"'),
    ("auth", "mode", '"dummy"'),
    ("auth", "self_signup", '"yes"'),
    ("auth", "min_password_length", "3"),
    ("limits", "max_learners", "0"),
    ("limits", "memory_mb", "64"),
    ("limits", "grading_memory_mb", "100"),
    ("schedule", "timezone", '"Mars/Olympus"'),
    ("schedule", "classes", '[{days = ["monday"], start = "09:00", end = "12:00"}]'),
    ("schedule", "prestart_minutes", "-1"),
    ("schedule", "idle_minutes", "1"),
    ("storm", "concurrent_spawn_limit", "0"),
    ("storm", "start_timeout", "5"),
    ("storm", "http_timeout", "true"),
    ("storm", "prestart_parallel", "0"),
    ("storm", "fork_servers", '"yes"'),
    ("weekly", "day", '"monday"'),
    ("weekly", "time", '"7:00"'),
    ("weekly", "keep", "0"),
    ("weekly", "parallel", "21"),
    ("weekly", "timeout_minutes", "true"),
    ("backup", "dir", '"backups"'),  # not an absolute path
    ("backup", "time", '"2:30"'),
    ("backup", "keep", "0"),
    ("database", "hub_url", '"mysql://academy@/academy_hub"'),
    ("database", "gradebook_url", '"postgresql://academy:secret@/academy_demo"'),  # a password in the URL
    ("database", "password_file", '"secrets/pgpass"'),
    ("deadlines", "due", '{"01-values" = "2026-12-10"}'),  # no time of day
    ("deadlines", "late_policy", '"maybe"'),
    ("lab", "font_size_code", "9"),
    ("lab", "font_size_content", "41"),
    ("lab", "font_size_ui", '"15px"'),
    ("kubernetes", "singleuser_image", '"academy-singleuser"'),  # no tag
    ("kubernetes", "hub_image", '"Hub Image:1"'),
    ("kubernetes", "memory_guarantee_mb", "32"),
    ("kubernetes", "cpu_guarantee", '"0.25"'),
    ("kubernetes", "cpu_limit", "0"),
    ("kubernetes", "home_gb", "0"),
    ("exchange", "kind", '"nbexchange"'),
    ("exchange", "roster_seconds", "0"),
    ("help", "share_minutes", "0"),
    ("help", "open_hours", '"8"'),
]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_setting_has_a_bad_value_case():
    declared = {(section, key) for section, keys in SETTINGS.items() for key in keys}
    assert declared == {(section, key) for section, key, _ in BAD}


def render(sections: dict[str, dict[str, str]]) -> str:
    """TOML text from {section: {key: TOML literal}}."""
    return "".join(f"[{section}]\n" + "".join(f"{k} = {v}\n" for k, v in keys.items())
                   for section, keys in sections.items())


@pytest.mark.parametrize("section,key,value", BAD, ids=[f"{s}.{k}" for s, k, _ in BAD])
def test_bad_value_is_refused_naming_key_and_fix(tmp_path, section, key, value):
    sections = {"district": {"id": '"bad"', "name": '"테스트구"'}, "people": {"instructors": '["teacher"]'}}
    sections.setdefault(section, {})[key] = value
    with pytest.raises(DistrictError) as caught:
        load(path=write(tmp_path, "bad", render(sections)))
    message = str(caught.value)
    assert f"{section}.{key}" in message, message
    assert SETTINGS[section][key].fix in message, message
    assert "bad.toml" in message


def test_demo_district_loads():
    demo = load("demo")
    assert demo["district"]["course_id"] == "demo"
    assert demo["people"]["instructors"] == ["teacher"]
    assert Path(demo["hub"]["data_root"]).is_absolute()
    assert demo["auth"]["mode"] == "native"


def test_defaults_fill_what_the_file_leaves_out(tmp_path):
    settings = load(path=write(tmp_path, "small", MINIMAL.format(id="small")))
    assert settings["hub"]["port"] == SETTINGS["hub"]["port"].default
    assert settings["district"]["course_id"] == "small"
    assert settings["hub"]["data_root"].endswith("var/small")


def test_merge_never_mutates_the_defaults(tmp_path):
    before = copy.deepcopy(defaults())
    settings = load(path=write(tmp_path, "one", MINIMAL.format(id="one") +
                               '[schedule]\nclasses = [{days = ["mon"], start = "09:00", end = "12:00"}]\n'))
    settings["schedule"]["classes"].append("mutated")
    settings["people"]["admins"].append("mutated")
    assert defaults() == before
    assert SETTINGS["people"]["admins"].default == []
    base = {"a": {"list": [1]}}
    merged = merge(base, {"a": {"list": [2]}})
    merged["a"]["list"].append(3)
    assert base == {"a": {"list": [1]}}


def test_unknown_section_and_key_are_named(tmp_path):
    with pytest.raises(DistrictError, match=r"\[hubb\]"):
        load(path=write(tmp_path, "x", MINIMAL.format(id="x") + "[hubb]\nport = 1\n"))
    with pytest.raises(DistrictError, match=r"hub\.prot"):
        load(path=write(tmp_path, "y", MINIMAL.format(id="y") + "[hub]\nprot = 8000\n"))


def test_missing_required_key_is_named(tmp_path):
    with pytest.raises(DistrictError, match=r"district\.name"):
        load(path=write(tmp_path, "z", '[district]\nid = "z"\n[people]\ninstructors = ["t"]\n'))


def test_file_name_must_match_id(tmp_path):
    with pytest.raises(DistrictError, match="파일 이름"):
        load(path=write(tmp_path, "other", MINIMAL.format(id="mismatch")))


def test_missing_file_lists_known_districts(tmp_path, monkeypatch):
    write(tmp_path, "gangnam", MINIMAL.format(id="gangnam"))
    monkeypatch.setenv("ACADEMY_DISTRICTS", str(tmp_path))
    with pytest.raises(DistrictError, match="gangnam"):
        load("nowhere")


def test_toml_syntax_error_is_explained(tmp_path):
    with pytest.raises(DistrictError, match="TOML"):
        load(path=write(tmp_path, "broken", '[district\nid = "broken"\n'))


def test_district_selected_by_environment(tmp_path, monkeypatch):
    write(tmp_path, "envd", MINIMAL.format(id="envd"))
    monkeypatch.setenv("ACADEMY_DISTRICTS", str(tmp_path))
    monkeypatch.setenv("ACADEMY_DISTRICT", "envd")
    assert district.load()["district"]["id"] == "envd"
