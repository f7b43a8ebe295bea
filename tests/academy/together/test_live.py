"""The live view's figures (academy/together/live.py); through the real hub with planted records
and the 403 for learners: tests/academy/hub/test_together_gallery.py."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from academy.together.live import duration, learner_row, part_of

NOW = datetime(2026, 12, 4, 11, 0, tzinfo=timezone(timedelta(hours=9)))


def at(minutes_ago: int) -> str:
    return (NOW - timedelta(minutes=minutes_ago)).strftime("%Y-%m-%dT%H:%M:%S%z")


def check(problem: str, kind: str, minutes_ago: int, module: str = "01-values") -> dict:
    return {"module": module, "problem": problem, "kind": kind, "at": at(minutes_ago)}


def test_progress_is_a_first_pass_and_the_last_check_says_where_they_are():
    row = learner_row("a", [check("fee", "correct", 50), check("fee", "correct", 20),
                            check("tax", "incorrect", 3)], NOW)
    assert (row["module"], row["problem"], row["kind"]) == ("01-values", "tax", "incorrect")
    assert row["since_progress"] == 50 * 60 and row["recent"] == 3 and row["correct_recent"] == 2
    # no first pass in the window: counted from its first check, not from last week
    old = (NOW - timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%S%z")
    row = learner_row("b", [{"module": "01-values", "problem": "fee", "kind": "correct", "at": old},
                            check("tax", "incorrect", 30), check("tax", "not_attempted", 1)], NOW)
    assert row["since_progress"] == 30 * 60 and row["recent"] == 2 and row["kind"] == "not_attempted"
    # nothing in the window, or nothing dated: no figures
    assert learner_row("c", [{"module": "01-values", "problem": "fee", "kind": "correct", "at": old}], NOW)["recent"] == 0
    assert learner_row("d", [{"module": "m", "problem": "p", "kind": "correct", "at": ""}], NOW)["last_at"] is None


def test_part_and_duration_in_korean():
    from academy.exercises.m01_values import lesson

    names = [p.name for p in lesson]
    assert part_of("01-values", names[1]) == f"수업 2/{len(names)}번째 문제 ‘{names[1]}’"
    assert part_of("99-none", "x") == "문제 ‘x’"
    assert duration(59) == "0분" and duration(61 * 60) == "1시간 1분"
