"""The learner's check record: written by a real check in a learner-like process, read back safely."""

from __future__ import annotations

import json
import os

from academy.together import record

def run_check(home, monkeypatch, problem, answer, *, enabled: bool = True) -> None:
    """A check as the learner's kernel runs it: HOME is theirs; the hub sets ACADEMY_RECORD_CHECKS."""
    monkeypatch.setenv("HOME", str(home))
    if enabled:
        monkeypatch.setenv(record.ENABLE, "1")
    else:
        monkeypatch.delenv(record.ENABLE, raising=False)
    problem.check(answer)


def first_lesson_problem():
    from academy.exercises.m01_values import lesson

    return next(iter(lesson))


def test_a_check_appends_its_outcome_to_a_private_record_and_only_when_enabled(tmp_path, monkeypatch):
    problem = first_lesson_problem()
    run_check(tmp_path, monkeypatch, problem, object(), enabled=False)
    assert not (tmp_path / ".academy").exists()  # CI, nbval, grading: nothing written
    run_check(tmp_path, monkeypatch, problem, object())
    run_check(tmp_path, monkeypatch, problem, None)
    path = tmp_path / ".academy" / "checks.jsonl"
    assert oct(path.stat().st_mode & 0o777) == "0o600" and oct(path.parent.stat().st_mode & 0o777) == "0o700"
    entries = record.parse(record.read_lines(tmp_path, os.getuid()))
    assert [(e["module"], e["problem"]) for e in entries] == [("01-values", problem.name)] * 2
    assert {e["kind"] for e in entries} <= {"incorrect", "not_attempted"}
    assert record.passed_by_module(entries) == {}


def test_module_ids_follow_the_syllabus_also_with_underscores_in_the_file_name():
    from academy.admin import syllabus
    from academy.exercises import m10_sns_data

    assert record.module_of(next(iter(m10_sns_data.lesson))) == "10-sns-data"
    assert "10-sns-data" in {m.id for m in syllabus.load()}


def test_a_problems_module_is_looked_up_once_not_on_every_check(monkeypatch):
    import sys

    from academy.checking import Problem
    from academy.exercises import m02_collections

    problem = next(iter(m02_collections.lesson))
    assert record.module_of(problem) == "02-collections"
    # no exercise module loaded any more: only the remembered answer can say where it is from
    for name in [n for n in sys.modules if n.startswith("academy.exercises.m")]:
        monkeypatch.delitem(sys.modules, name)
    assert record.module_of(problem) == "02-collections"
    # a problem declared nowhere is not remembered as nowhere
    stray = Problem.__new__(Problem)
    assert record.module_of(stray) is None and id(stray) not in record._FOUND


def test_the_reader_refuses_a_symlinked_record_and_keeps_only_well_formed_lines(tmp_path):
    (tmp_path / ".academy").mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text(json.dumps({"module": "x", "problem": "y", "kind": "correct"}) + "\n")
    (tmp_path / ".academy" / "checks.jsonl").symlink_to(secret)
    assert record.read_lines(tmp_path, os.getuid()) == []
    (tmp_path / ".academy" / "checks.jsonl").unlink()
    (tmp_path / ".academy" / "checks.jsonl").write_text('not json\n{"module": 1}\n' + secret.read_text())
    assert record.passed_by_module(record.parse(record.read_lines(tmp_path, os.getuid()))) == {"x": {"y"}}
    assert record.read_lines(tmp_path, os.getuid() + 1) == []  # not the learner's own file


def test_a_wrong_answer_records_which_declared_mistake_it_shows_never_the_answer(tmp_path, monkeypatch):
    """The class dashboard counts the likely mistakes learners' checks showed (academy/dashboard/)."""
    from academy.checking import _MISSING
    from academy.exercises.m01_values import lesson

    problem, index = next((p, i) for p in lesson for i, m in enumerate(p.mistakes) if m.when is not None
                          and m.example is not _MISSING and not p.is_function)
    example = problem.mistakes[index].example
    run_check(tmp_path, monkeypatch, problem, example)
    (entry,) = record.parse(record.read_lines(tmp_path, os.getuid()))
    assert entry["kind"] == "incorrect" and entry["mistake"] == index
    raw = (tmp_path / ".academy" / "checks.jsonl").read_text(encoding="utf-8")
    assert set(json.loads(raw)) == {"module", "problem", "kind", "at", "mistake"}
    (tmp_path / ".academy" / "checks.jsonl").write_text(raw.replace(f'"mistake": {index}', '"mistake": "<b>x</b>"'))
    assert record.parse(record.read_lines(tmp_path, os.getuid()))[0]["mistake"] is None  # only an index counts
