"""09-smartwork's file check: save_clippings is judged by the notes it leaves on disk."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from academy.exercises.m09_smartwork import exercise
from academy.exercises.seal import run_reference
from tests.academy.graded_examples.m09_smartwork import _clippings

ONE = [{"title": "소식", "link": "https://t.example.kr/a", "time": datetime(2026, 1, 2, 3, 4, tzinfo=ZoneInfo("Asia/Seoul"))}]


def reference_saver():
    return run_reference("09-smartwork")["save_clippings"]


def test_the_reference_saver_passes_and_skips_undated_items(tmp_path):
    save = reference_saver()
    assert exercise.save_clippings.evaluate(save).kind == "correct"
    undated = [{"title": "소식", "link": "https://t.example.kr/1", "time": None}]
    assert save(undated, tmp_path / "notes") == 0 and list((tmp_path / "notes").iterdir()) == []


def test_an_untouched_stub_is_not_attempted():
    def save_clippings(items, folder):
        raise NotImplementedError()

    outcome = exercise.save_clippings.evaluate(save_clippings)
    assert outcome.kind == "not_attempted" and "NotImplementedError" in outcome.message


def test_the_learners_own_error_is_named_with_a_tip():
    outcome = exercise.save_clippings.evaluate(_clippings(skip_none=False))
    assert outcome.kind == "incorrect"
    assert "AttributeError" in outcome.message and "continue" in outcome.message


def test_hidden_cases_share_one_folder_so_a_rerun_must_add_nothing(tmp_path):
    cases = [((ONE, tmp_path / "n"), 1), ((ONE, tmp_path / "n"), 0)]
    assert exercise.save_clippings.evaluate(reference_saver(), cases=cases).kind == "correct"
    cases = [((ONE, tmp_path / "m"), 1), ((ONE, tmp_path / "m"), 0)]
    assert exercise.save_clippings.evaluate(_clippings(check=False), cases=cases).kind == "incorrect"


def test_the_lessons_literal_time_is_the_feeds_first_english_item():
    """m09 keeps the lesson's expected time as a literal (a converter would answer the graded
    seoul_time); it must still be what the feed says."""
    import feedparser

    from academy import data_path
    from academy.exercises import m09_smartwork

    entry = feedparser.parse(data_path("petshop/feeds/pet_trends_en.atom.xml")).entries[0]
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    utc = datetime(*parsed[:6], tzinfo=ZoneInfo("UTC"))
    assert m09_smartwork._FIRST_EN == utc and m09_smartwork._FIRST_EN.utcoffset().total_seconds() == 9 * 3600
