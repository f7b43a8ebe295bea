"""The weekly report job's pure parts: due times (injected clock), pacing, keep-N, atomic writes,
the strict subscription format and the learner's subscribe/unsubscribe calls."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from academy import district
from academy.weekly import job, subscription, timing
from academy.weekly.service import pace

SEOUL = ZoneInfo("Asia/Seoul")
SETTINGS = {"schedule": {"timezone": "Asia/Seoul"}, "weekly": {"day": "mon", "time": "07:00"}}
SINCE = datetime(2026, 11, 1, tzinfo=timezone.utc)


def seoul(*args) -> datetime:
    return datetime(*args, tzinfo=SEOUL)


def test_last_due_is_the_latest_weekday_and_time_at_or_before_now():
    monday = seoul(2026, 12, 7, 7, 0)
    assert timing.last_due(SETTINGS, monday) == monday
    assert timing.last_due(SETTINGS, monday - timedelta(minutes=1)) == monday - timedelta(days=7)
    assert timing.last_due(SETTINGS, seoul(2026, 12, 13, 23, 59)) == monday  # Sunday night
    # "now" in UTC: Sunday 22:30 UTC is Monday 07:30 in Seoul.
    assert timing.last_due(SETTINGS, datetime(2026, 12, 6, 22, 30, tzinfo=timezone.utc)) == monday
    assert timing.next_due(SETTINGS, monday) == seoul(2026, 12, 14, 7, 0)


def test_due_once_per_week_and_only_after_subscribing():
    now = seoul(2026, 12, 7, 7, 5)
    assert timing.is_due(SETTINGS, now, since=SINCE, last_done=None)
    assert not timing.is_due(SETTINGS, now, since=SINCE, last_done="2026-12-07")  # done this week
    assert timing.is_due(SETTINGS, now, since=SINCE, last_done="2026-11-30")
    # Subscribed on Wednesday: the first report is next Monday, not at once.
    wednesday = seoul(2026, 12, 9, 12, 0)
    assert not timing.is_due(SETTINGS, wednesday, since=wednesday - timedelta(hours=1), last_done=None)
    assert timing.is_due(SETTINGS, seoul(2026, 12, 14, 7, 0), since=wednesday, last_done=None)
    assert timing.report_range(timing.last_due(SETTINGS, now)) == ("2026-11-30", "2026-12-06")
    assert timing.report_date(timing.last_due(SETTINGS, now)) == "2026-12-07"


def test_pacing_starts_at_most_parallel_jobs_and_never_a_second_of_one_learner():
    class_of_100 = [f"l{i:03d}" for i in range(100)]
    assert pace(class_of_100, set(), 3) == ["l000", "l001", "l002"]
    assert pace(class_of_100, {"l000", "l001"}, 3) == ["l002"]
    assert pace(["a", "b"], {"a", "x", "y"}, 3) == []
    assert pace(["a", "b"], {"a"}, 5) == ["b"]  # a is running: not started twice


def test_keep_newest_deletes_only_old_dated_reports(tmp_path):
    for day in range(1, 7):
        (tmp_path / f"2026-12-0{day}.html").write_text("r")
    (tmp_path / "notes.html").write_text("mine")
    (tmp_path / "2026-11-01.html").symlink_to(tmp_path / "notes.html")
    removed = job.keep_newest(tmp_path, 3)
    assert removed == ["2026-12-01.html", "2026-12-02.html", "2026-12-03.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2026-11-01.html", "2026-12-04.html", "2026-12-05.html",
                                                         "2026-12-06.html", "notes.html"]


def test_a_failed_write_leaves_the_old_report_and_no_part_file(tmp_path, monkeypatch):
    (tmp_path / "2026-12-07.html").write_text("old")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(job.os, "fsync", disk_full)
        with pytest.raises(OSError):
            job.write_atomically(tmp_path, "2026-12-07.html", "half of a new report")
    assert [p.name for p in tmp_path.iterdir()] == ["2026-12-07.html"]
    assert (tmp_path / "2026-12-07.html").read_text() == "old"
    job.write_atomically(tmp_path, "2026-12-07.html", "new")
    assert (tmp_path / "2026-12-07.html").read_text() == "new"
    assert oct((tmp_path / "2026-12-07.html").stat().st_mode & 0o777) == "0o600"


def good(**change) -> bytes:
    data = {"notebook": "my_report.ipynb", "export": "내보내기/instagram.zip", "platform": "instagram",
            "keep": None, "since": "2026-12-01T00:00:00+00:00", **change}
    return json.dumps(data, ensure_ascii=False).encode()


@pytest.mark.parametrize("change", [
    {"notebook": "/home/other/report.ipynb"}, {"notebook": "../other/report.ipynb"}, {"notebook": "report.py"},
    {"export": "/etc/shadow"}, {"export": "a/../../b.zip"}, {"export": ""}, {"export": "x\0.zip"}, {"export": 7},
    {"keep": 0}, {"keep": 10 ** 9}, {"keep": True}, {"platform": "myspace"}, {"since": "yesterday"},
    {"since": "2026-12-01T00:00:00"}, {"extra": 1},
])
def test_a_hostile_subscription_is_refused_in_korean(change):
    with pytest.raises(subscription.Refused) as refused:
        subscription.parse(good(**change))
    assert "항목이 올바르지 않아요" in str(refused.value)


def test_subscription_size_and_shape_limits():
    assert subscription.parse(good()).export == "내보내기/instagram.zip"
    for raw in (b"[]", b"\xff\xfe", b"{", b"[" * 100000 + b"]" * 100000):
        with pytest.raises(subscription.Refused):
            subscription.parse(raw)
    with pytest.raises(subscription.Refused, match="너무 커요"):
        subscription.parse(b" " * (subscription.MAX_BYTES + 1) + good())


def test_resolve_refuses_paths_that_leave_the_home(tmp_path):
    home, other = tmp_path / "alice", tmp_path / "bob"
    home.mkdir(), other.mkdir()
    (other / "report.ipynb").write_text("{}")
    (home / "link.ipynb").symlink_to(other / "report.ipynb")
    (home / "exports").symlink_to(other)
    (home / "mine.ipynb").write_text("{}")
    assert subscription.resolve(home, "mine.ipynb") == (home / "mine.ipynb").resolve()
    assert subscription.resolve(home, "missing.zip").name == "missing.zip"  # reported by the job, by name
    for rel in ("link.ipynb", "exports/report.ipynb"):
        with pytest.raises(subscription.Refused, match="홈 폴더 밖"):
            subscription.resolve(home, rel)


def test_read_file_refuses_symlinks_fifos_foreign_and_huge_files(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("chown needs root")
    uid = 65534  # nobody: the "learner" here
    home = tmp_path / "home"
    folder = home / subscription.FOLDER
    folder.mkdir(parents=True)
    os.chown(folder, uid, uid)
    file = folder / subscription.NAME
    assert subscription.read_file(home, uid) is None  # not subscribed
    file.write_bytes(good())
    os.chown(file, uid, uid)
    assert subscription.parse(subscription.read_file(home, uid)).notebook == "my_report.ipynb"
    os.chown(file, 0, 0)  # e.g. a hard link to someone else's file
    with pytest.raises(subscription.Refused, match="내 계정이 만든"):
        subscription.read_file(home, uid)
    file.unlink()
    secret = tmp_path / "secret.json"
    secret.write_bytes(good())
    os.chown(secret, uid, uid)
    file.symlink_to(secret)
    with pytest.raises(subscription.Refused, match="보통 파일이 아니에요"):
        subscription.read_file(home, uid)
    file.unlink()
    os.mkfifo(file)
    os.chown(file, uid, uid)
    with pytest.raises(subscription.Refused, match="보통 파일이 아니에요"):
        subscription.read_file(home, uid)  # does not block on the FIFO either
    file.unlink()
    with open(file, "wb") as f:
        f.truncate(10 ** 9)  # sparse: a huge file is refused before reading
    os.chown(file, uid, uid)
    with pytest.raises(subscription.Refused, match="너무 커요"):
        subscription.read_file(home, uid)
    file.unlink()
    os.rmdir(folder)
    (home / subscription.FOLDER).symlink_to(tmp_path)  # ~/.academy -> elsewhere
    with pytest.raises(subscription.Refused, match="보통 파일이 아니에요"):
        subscription.read_file(home, uid)


def test_subscribe_writes_the_learners_own_file_and_unsubscribe_removes_it(tmp_path, monkeypatch, capsys):
    import academy.weekly as weekly

    monkeypatch.setattr(weekly, "_home", lambda: tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ACADEMY_WEEKLY_WHEN", "mon 07:00")
    (tmp_path / "my_report.ipynb").write_text("{}")
    with pytest.raises(FileNotFoundError, match="내보내기 파일 ~/내보내기/instagram.zip이 없어요"):
        weekly.subscribe("my_report.ipynb", export="~/내보내기/instagram.zip")
    (tmp_path / "내보내기").mkdir()
    (tmp_path / "내보내기" / "instagram.zip").write_bytes(b"PK")
    with pytest.raises(ValueError, match="홈 폴더 밖"):
        weekly.subscribe("my_report.ipynb", export="/etc/passwd")
    with pytest.raises(ValueError, match="1~52"):
        weekly.subscribe("my_report.ipynb", export="~/내보내기/instagram.zip", keep=0)
    weekly.subscribe("my_report.ipynb", export="~/내보내기/instagram.zip", keep=4)
    assert "매주 월요일 07:00에" in capsys.readouterr().out
    saved = subscription.parse((tmp_path / ".academy" / "weekly.json").read_bytes())
    assert (saved.notebook, saved.export, saved.platform, saved.keep) == (
        "my_report.ipynb", "내보내기/instagram.zip", "instagram", 4)
    assert oct((tmp_path / ".academy" / "weekly.json").stat().st_mode & 0o777) == "0o600"
    weekly.unsubscribe()
    assert not (tmp_path / ".academy" / "weekly.json").exists()
    assert "취소했어요" in capsys.readouterr().out


def test_runs_is_a_korean_table_of_the_service_records(tmp_path, monkeypatch):
    import academy.weekly as weekly

    monkeypatch.delenv("ACADEMY_WEEKLY_RUNS", raising=False)
    assert not weekly.available() and weekly.runs().empty
    monkeypatch.setenv("ACADEMY_WEEKLY_RUNS", str(tmp_path))
    assert weekly.available()
    account = __import__("pwd").getpwuid(os.getuid()).pw_name
    assert weekly.runs().empty
    (tmp_path / f"{account}.json").write_text(json.dumps({"runs": [
        {"start": "2026-12-07 07:00:01", "end": "2026-12-07 07:00:09", "outcome": "ok", "error": None},
        {"start": "2026-12-14 07:00:01", "end": "2026-12-14 07:00:02", "outcome": "error", "error": "파일이 없어요"},
    ]}))
    table = weekly.runs()
    assert list(table.columns) == ["시작", "끝", "결과", "오류"]
    assert list(table["결과"]) == ["성공", "실패"] and table["오류"].iloc[1] == "파일이 없어요"


def test_weekly_settings_are_validated_in_korean(tmp_path):
    base = "[district]\nid = \"t1\"\nname = \"테스트구\"\n[people]\ninstructors = [\"teach\"]\n"
    for table, fix in (('day = "monday"', "요일\\(mon~sun\\)"), ('time = "7:00"', "HH:MM"), ("keep = 0", "1~52"),
                       ("parallel = 0", "1~20"), ("timeout_minutes = 0", "1~240")):
        path = tmp_path / "t1.toml"
        path.write_text(base + "[weekly]\n" + table + "\n", encoding="utf-8")
        with pytest.raises(district.DistrictError, match=fix):
            district.load("t1", path=path)
    path.write_text(base + "[weekly]\nday = \"fri\"\ntime = \"18:30\"\n", encoding="utf-8")
    assert district.load("t1", path=path)["weekly"] == {"day": "fri", "time": "18:30", "keep": 8, "parallel": 2,
                                                      "timeout_minutes": 20}


def test_report_html_has_no_code_and_no_cdn(tmp_path):
    import re

    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 이번 주 보고서 $x^2$"),
                                         nbformat.v4.new_code_cell("secret_code_marker = 1",
                                                                   outputs=[nbformat.v4.new_output(
                                                                       "stream", name="stdout", text="참여율 12%"),
                                                                       nbformat.v4.new_output(
                                                                       "stream", name="stderr", text="UserWarning: Glyph")])])
    path = tmp_path / "r.ipynb"
    nbformat.write(nb, str(path))
    html = job.render_html(path)
    assert "참여율 12%" in html and "secret_code_marker" not in html and "UserWarning" not in html
    assert not re.findall(r"""(?:src|href)\s*=\s*["']https?://|import\s*\(?\s*["']https?://""", html)
