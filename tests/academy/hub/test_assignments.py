"""The learner's assignment list (academy/hub/assignments.py): submission times in Korean time, and the
exchange's refusals in Korean. The browser proof is in test_browser_korean.py."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import nbgrader
import pytest

from academy.hub.assignments import REASONS, _korean, exchange_failure, korean_time, korean_timestamp


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


# -- what nbgrader's server sends back when the exchange refuses, in Korean ---------------------

NBGRADER_EXCHANGE = Path(nbgrader.__file__).parent / "exchange" / "default"
NBGRADER_LIST_HANDLER = Path(nbgrader.__file__).parent / "server_extensions" / "assignment_list" / "handlers.py"


def test_every_english_reason_is_nbgraders_own_text():
    """A needle nbgrader never writes would catch nothing: each is in its exchange or its list handler."""
    source = "".join(p.read_text() for p in NBGRADER_EXCHANGE.glob("*.py")) + NBGRADER_LIST_HANDLER.read_text()
    missing = [needle for _, needles in REASONS for needle in needles if needle not in source]
    assert missing == []


@pytest.mark.parametrize("action, detail, expected", [
    ("fetch", "ExchangeError: Assignment not found at: /x/c/outbound/09-x", "지금 받을 수 없어요"),
    ("fetch", "ExchangeError: You already have a copy of the assignment in this directory: c/09-x", "폴더가 이미 있어요"),
    ("submit", "ExchangeError: Assignment not found at: /home/u/c/09-x", "과제 폴더를 찾지 못했어요"),
    ("submit", "RuntimeError: Directory size is too big. Size is 3, maximum size is 1", "너무 커서"),
    ("submit", "ExchangeError: You don't have write permissions to the directory: /x/c/inbound", "권한이 없어요"),
    ("fetch_feedback", "ExchangeError: You do not have access to this course.", "등록되어 있지 않아요"),
    ("list", "The exchange directory does not exist and could\n not be created. The \"release\" ...", "과제함을 찾지 못했어요"),
    ("list", "Traceback (most recent call last):\n  File ...\nKeyError: 'x'", "과제 목록을 불러오지 못했어요"),
    ("fetch_feedback", "OSError: [Errno 5] Input/output error", "피드백을 받지 못했어요"),
])
def test_exchange_failures_are_said_in_korean_with_a_next_step(action, detail, expected):
    shown = exchange_failure(detail, action, "09-x")
    assert expected in shown
    assert not re.search(r"[A-Za-z]{3,}", shown.replace("09-x", "")), shown  # no English word left
    assert "선생님" in shown or "새로 고침" in shown or "다시" in shown  # what to do next


def test_only_failures_are_rewritten():
    ok = {"success": True, "value": [{"assignment_id": "09-x"}]}
    assert _korean(ok, "fetch", "09-x") is ok
    failed = _korean({"success": False, "value": "Traceback ...\nExchangeError: Assignment not found at: /x"}, "fetch")
    assert failed["success"] is False and "지금 받을 수 없어요" in failed["value"]
