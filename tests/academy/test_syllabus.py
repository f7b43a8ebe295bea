"""syllabus.yml loads, and malformed manifests fail with an error naming the key and fix."""

from __future__ import annotations

import pytest
import yaml

from academy import syllabus


def test_real_syllabus_loads_in_order():
    modules = syllabus.load()
    assert [m.number for m in modules] == list(range(len(modules)))
    assert modules[0].id == "00-start"


GOOD = {"id": "00-start", "title": "주피터 첫걸음", "summary": "s", "objectives": ["o"], "minutes": 40, "points": 10}


@pytest.mark.parametrize("change, message", [
    ({"points": None}, "'points' must be int"),
    ({"id": "0-start"}, "two digits"),
    ({"id": "01-start"}, "numbered in order"),
    ({"colour": "red"}, "unknown key"),
    ({"minutes": 0}, "positive"),
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
