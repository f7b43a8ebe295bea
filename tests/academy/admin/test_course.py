"""The nbgrader course root gets every lesson notebook of a module, however many there are."""

from __future__ import annotations

import shutil

import pytest
import yaml

from academy.admin import syllabus
from academy.admin.course import course_settings, init_course, write_nbgrader_config
from academy.layout import curriculum_dir


def test_a_split_module_brings_all_its_lessons(tmp_path):
    split = next(m for m in syllabus.load() if len(m.lessons) > 1)
    root = init_course(tmp_path / "course", course_id="t", modules=[split.id])
    copied = sorted(p.name for p in (root / "source" / split.id).glob("*.ipynb"))
    assert copied == sorted([lesson.notebook for lesson in split.lessons] + ["exercise.ipynb"])


def test_a_listed_lesson_that_is_missing_is_named(tmp_path, monkeypatch):
    module = syllabus.module("05-files")
    curriculum = tmp_path / "curriculum"
    shutil.copytree(curriculum_dir() / module.id, curriculum / module.id)
    (curriculum / module.id / module.lessons[-1].notebook).unlink()
    entry = yaml.safe_load((curriculum_dir() / "syllabus.yml").read_text(encoding="utf-8"))["modules"][module.number]
    # A one-module manifest must start at 00: renumber the copy.
    (curriculum / module.id).rename(curriculum / "00-files")
    entry["id"] = "00-files"
    entry.pop("introduces", None)
    (curriculum / "syllabus.yml").write_text(yaml.safe_dump({"modules": [entry]}, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("ACADEMY_CURRICULUM", str(curriculum))
    with pytest.raises(syllabus.SyllabusError, match=module.lessons[-1].notebook):
        init_course(tmp_path / "course", course_id="t")


def _load(path):
    from traitlets.config.loader import PyFileConfigLoader

    return PyFileConfigLoader(path.name, path=str(path.parent)).load_config()


def test_the_one_writer_writes_what_traitlets_reads_back(tmp_path):
    values = course_settings(tmp_path / "c", "t", exchange=tmp_path / "x",
                             more={"VerifiedCollect": {"unix_prefix": "sca-"}, "Execute": {"timeout": 5}})
    config = _load(write_nbgrader_config(tmp_path / "nbgrader_config.py", values, shared=True))
    assert config.CourseDirectory.root == str((tmp_path / "c").resolve())
    assert config.Exchange.root == str((tmp_path / "x").resolve())
    assert config.VerifiedCollect.unix_prefix == "sca-" and config.Execute.timeout == 5
    # the shared graders/ settings are loaded first
    assert config.Exchange.path_includes_course is True
    assert config.Autograde.autograde_preprocessors[0] == "academy.grading.execute.SandboxedExecute"


def test_the_writer_refuses_what_would_not_read_back(tmp_path):
    with pytest.raises(ValueError, match="Execute.timeout"):
        write_nbgrader_config(tmp_path / "x.py", {"Execute": {"timeout": object()}})
    with pytest.raises(ValueError, match="not an nbgrader setting"):
        write_nbgrader_config(tmp_path / "x.py", {"Execute; import os": {"timeout": 1}})
    assert not (tmp_path / "x.py").exists()
