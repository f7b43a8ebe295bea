"""Submission times in the learner's assignment list, in Korean time (academy/hub/assignments.py)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from academy.hub.assignments import korean_time, korean_timestamp


@pytest.mark.parametrize("utc, shown", [
    ((2026, 12, 3, 16, 59), "2026년 12월 4일 오전 1:59"),
    ((2026, 12, 3, 15, 0), "2026년 12월 4일 오전 12:00"),   # midnight is 오전 12시
    ((2026, 12, 4, 3, 5), "2026년 12월 4일 오후 12:05"),    # noon is 오후 12시
    ((2026, 12, 4, 14, 30), "2026년 12월 4일 오후 11:30"),
])
def test_korean_clock_time(utc, shown):
    assert korean_time(datetime(*utc, tzinfo=timezone.utc), "Asia/Seoul") == shown


def test_nbgrader_timestamps_read_as_utc_whatever_the_servers_zone(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")  # nbgrader's parse_utc gives naive UTC
    assert korean_timestamp("2026-12-03 16:59:00.123456 UTC", "Asia/Seoul") == "2026년 12월 4일 오전 1:59"
    monkeypatch.setenv("TZ", "Asia/Seoul")
    assert korean_timestamp("2026-12-03 16:59:00.123456 UTC") == "2026년 12월 4일 오전 1:59"


def test_an_unreadable_timestamp_is_shown_as_it_is():
    assert korean_timestamp("not a time") == "not a time"
