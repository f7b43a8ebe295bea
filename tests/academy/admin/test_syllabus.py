"""syllabus.yml loads, and malformed manifests fail with an error naming the key and fix."""

from __future__ import annotations

import pytest
import yaml

from academy.admin import syllabus


def test_real_syllabus_loads_in_order():
    modules = syllabus.load()
    assert [m.number for m in modules] == list(range(len(modules)))
    assert modules[0].id == "00-start"


GOOD = {"id": "00-start", "title": "주피터 첫걸음", "summary": "s", "objectives": ["o"], "minutes": 100,
        "exercise_minutes": 40, "points": 10}
TWO_LESSONS = [{"notebook": "lesson-1.ipynb", "minutes": 30}, {"notebook": "lesson-2.ipynb", "minutes": 30}]


@pytest.mark.parametrize("change, message", [
    ({"points": None}, "'points' must be int"),
    ({"id": "0-start"}, "two digits"),
    ({"id": "01-start"}, "numbered in order"),
    ({"colour": "red"}, "unknown key"),
    ({"minutes": 0}, "positive"),
    ({"exercise_minutes": 100}, "larger than 'exercise_minutes'"),
    ({"lessons": TWO_LESSONS, "minutes": 90}, "must equal the lessons' minutes plus 'exercise_minutes' \\(100\\)"),
    ({"lessons": TWO_LESSONS[::-1]}, "in order"),
    ({"lessons": TWO_LESSONS[:1]}, "two or more"),
    ({"lessons": [{"notebook": "intro.ipynb", "minutes": 30}, TWO_LESSONS[1]]}, "lesson-N.ipynb"),
    ({"lessons": [{"notebook": "lesson-1.ipynb"}, TWO_LESSONS[1]]}, "each 'lessons' entry"),
    ({"introduces": {"verbs": ["len"]}}, "unknown categories"),
    ({"introduces": {"names": "len"}}, "must be a list of names"),
    ({"introduces": {"names": ["len", "len"]}}, "twice"),
])
def test_bad_entries_name_the_problem(tmp_path, change, message):
    entry = {**GOOD, **change}
    path = tmp_path / "syllabus.yml"
    path.write_text(yaml.safe_dump({"modules": [entry]}, allow_unicode=True), encoding="utf-8")
    with pytest.raises(syllabus.SyllabusError, match=message):
        syllabus.load(path)


def test_missing_key_and_bad_document(tmp_path):
    path = tmp_path / "syllabus.yml"
    entry = dict(GOOD)
    del entry["title"]
    path.write_text(yaml.safe_dump({"modules": [entry]}), encoding="utf-8")
    with pytest.raises(syllabus.SyllabusError, match="missing key 'title'"):
        syllabus.load(path)
    path.write_text("modules: [", encoding="utf-8")
    with pytest.raises(syllabus.SyllabusError, match="not valid YAML"):
        syllabus.load(path)
    with pytest.raises(syllabus.SyllabusError, match="not found"):
        syllabus.load(tmp_path / "nope.yml")


def test_a_construct_is_introduced_once(tmp_path):
    second = {**GOOD, "id": "01-values", "introduces": {"names": ["len"]}}
    path = tmp_path / "syllabus.yml"
    path.write_text(yaml.safe_dump({"modules": [{**GOOD, "introduces": {"names": ["len"]}}, second]}), encoding="utf-8")
    with pytest.raises(syllabus.SyllabusError, match="already introduced by '00-start'"):
        syllabus.load(path)


def test_minutes_are_lessons_plus_exercise(tmp_path):
    path = tmp_path / "syllabus.yml"
    path.write_text(yaml.safe_dump({"modules": [GOOD]}, allow_unicode=True), encoding="utf-8")
    (single,) = syllabus.load(path)
    assert [(lesson.notebook, lesson.minutes) for lesson in single.lessons] == [("lesson.ipynb", 60)]
    path.write_text(yaml.safe_dump({"modules": [{**GOOD, "lessons": TWO_LESSONS}]}, allow_unicode=True), encoding="utf-8")
    (split,) = syllabus.load(path)
    assert [lesson.notebook for lesson in split.lessons] == ["lesson-1.ipynb", "lesson-2.ipynb"]
    assert split.lesson_minutes + split.exercise_minutes == split.minutes == 100
