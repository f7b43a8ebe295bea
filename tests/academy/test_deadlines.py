"""Issue 17.2: module deadlines -- the district's beat the syllabus's, learners read the days left,
nbgrader's gradebook holds them so late submissions are marked there and in the report, and the
district's ``refuse`` policy refuses a late submit in Korean without touching the notebook."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from academy import deadlines, district
from academy.admin import syllabus
from academy.deadlines import banner, due_dates, parse_due

SEOUL = ZoneInfo("Asia/Seoul")


def district_with(tmp_path, deadlines_toml: str) -> dict:
    (tmp_path / "gu.toml").write_text('[district]\nid = "gu"\nname = "테스트구"\n[people]\ninstructors = ["teacher"]\n'
                                      + deadlines_toml, encoding="utf-8")
    return district.load("gu", path=tmp_path / "gu.toml")


def test_the_district_due_date_beats_the_syllabus(tmp_path):
    settings = district_with(tmp_path, '[deadlines]\ndue = {"01-values" = "2026-12-12 18:00"}\nlate_policy = "refuse"\n')
    modules = [syllabus.Module(id="01-values", title="값과 변수", summary="", objectives=[], minutes=2,
                               exercise_minutes=1, points=1, due="2026-12-10 18:00"),
               syllabus.Module(id="02-collections", title="리스트", summary="", objectives=[], minutes=2,
                               exercise_minutes=1, points=1, due="2026-12-17 09:30")]
    due = due_dates(settings, modules)
    assert due["01-values"] == datetime(2026, 12, 12, 18, 0, tzinfo=SEOUL)      # the district's
    assert due["02-collections"] == datetime(2026, 12, 17, 9, 30, tzinfo=SEOUL)  # the syllabus's
    assert settings["deadlines"]["late_policy"] == "refuse"
    assert district.load("demo")["deadlines"] == {"due": {}, "late_policy": "note"}


@pytest.mark.parametrize("toml, key", [('late_policy = "maybe"\n', "late_policy"),
                                       ('due = {"01-values" = "12월 10일"}\n', "due"),
                                       ('due = {"01-values" = "2026-12-10"}\n', "due")])
def test_a_wrong_deadline_setting_names_the_key_in_korean(tmp_path, toml, key):
    with pytest.raises(district.DistrictError, match=f"deadlines.{key}.*써 주세요"):
        district_with(tmp_path, "[deadlines]\n" + toml)


def test_a_wrong_syllabus_due_date_is_refused(tmp_path):
    text = (syllabus.curriculum_dir() / "syllabus.yml").read_text(encoding="utf-8")
    (tmp_path / "syllabus.yml").write_text(text.replace("    points: 10\n", "    points: 10\n    due: 2026-12-10\n", 1),
                                           encoding="utf-8")
    with pytest.raises(syllabus.SyllabusError, match="'due' must look like"):
        syllabus.load(tmp_path / "syllabus.yml")


def test_the_banner_counts_the_days_left_on_the_day_it_is_read():
    due = parse_due("2026-12-10 18:30", "Asia/Seoul")
    assert banner(due, now=datetime(2026, 12, 1, 23, 0, tzinfo=SEOUL)) == "마감: 12월 10일(목) 오후 6시 30분, 9일 남았어요"
    assert banner(due, now=datetime(2026, 12, 9, 23, 59, tzinfo=SEOUL)).endswith("1일 남았어요")
    # 15:30 UTC on the 9th is 00:30 on the 10th in Seoul: the deadline day there
    assert banner(due, now=datetime(2026, 12, 9, 15, 30, tzinfo=timezone.utc)).endswith("오늘까지예요 (18시간 남았어요)")
    assert banner(due, now=datetime(2026, 12, 10, 18, 10, tzinfo=SEOUL)).endswith("오늘까지예요 (곧 마감이에요)")
    assert "늦게 낸 것으로 표시돼요" in banner(due, now=datetime(2026, 12, 11, tzinfo=SEOUL), policy="note")


@pytest.fixture
def learner_config(tmp_path, monkeypatch):
    """The role config a learner's server and kernel read (what `academy hub setup` writes)."""
    def write(due: datetime, policy: str) -> None:
        landing = {"modules": [{"id": "01-values", "title": "값과 변수", "lesson": "lesson.ipynb",
                                "due": due.isoformat()}], "late_policy": policy}
        (tmp_path / "jupyter_server_config.json").write_text(json.dumps({"AcademyLanding": landing}), encoding="utf-8")
        monkeypatch.setenv("JUPYTER_CONFIG_PATH", str(tmp_path))
    return write


def test_the_exercise_setup_cell_says_the_deadline(learner_config, capsys):
    from academy.checking import ProblemSet

    learner_config((datetime.now(SEOUL) + timedelta(days=3)).replace(hour=12, minute=0, second=0, microsecond=0), "note")
    ProblemSet([], graded=True, sealed="01-values")  # what `from academy.exercises.m01_values import exercise` builds
    assert capsys.readouterr().out.strip().endswith("3일 남았어요")
    ProblemSet([], graded=False)  # a lesson's try-it set says nothing
    assert capsys.readouterr().out == ""


def test_refuse_policy_refuses_a_late_submit_in_korean(learner_config, tmp_path):
    from academy.hub.assignments import KoreanAssignmentList

    notebook = tmp_path / "demo" / "01-values" / "exercise.ipynb"
    notebook.parent.mkdir(parents=True)
    notebook.write_text("{}", encoding="utf-8")
    learner_config(datetime.now(SEOUL) - timedelta(hours=2), "refuse")
    manager = KoreanAssignmentList()
    manager.root_dir = str(tmp_path)
    result = manager.submit_assignment("demo", "01-values")
    assert result["success"] is False
    assert result["value"].startswith("값과 변수(01-values) 과제는 마감(")
    assert "지나서 받을 수 없어요" in result["value"] and "내 폴더에 그대로" in result["value"]
    assert notebook.read_text(encoding="utf-8") == "{}"


def test_submitted_times_are_marked_late():
    from academy.hub.assignments import late_label

    due = parse_due("2026-12-10 18:00", "Asia/Seoul")
    assert late_label("2026-12-10 08:59:00 UTC", due) == "2026년 12월 10일 오후 5:59"
    assert late_label("2026-12-10 09:01:00 UTC", due) == "2026년 12월 10일 오후 6:01 (마감 뒤 제출)"


def test_due_dates_reach_the_gradebook_and_late_submissions_the_report(tmp_path):
    """The real chain: nbgrader's own CLI registers the due date, nbgrader computes lateness from
    the submission's timestamp, the instructor's report shows it."""
    from nbgrader.api import Gradebook

    from academy.admin.course import init_course, nbgrader
    from academy.reports.grades import PROGRESS_HEADER, learner_progress

    root = init_course(tmp_path / "course", course_id="gu", modules=["00-start"])
    settings = district_with(tmp_path, '[deadlines]\ndue = {"00-start" = "2026-12-10 18:00"}\n')
    registered = deadlines.register(settings, root, lambda *args: nbgrader(root, *args))
    assert registered == ["00-start"]
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", "gu") as gb:
        assert gb.find_assignment("00-start").duedate == datetime(2026, 12, 10, 9, 0)  # UTC, as nbgrader keeps it
        for student, stamp in [("ontime", datetime(2026, 12, 10, 8, 59)), ("late", datetime(2026, 12, 10, 11, 30))]:
            gb.add_student(student)
            gb.add_submission("00-start", student, timestamp=stamp)
        assert gb.find_submission("00-start", "late").total_seconds_late == 2.5 * 3600
    rows = {row[0]: dict(zip(PROGRESS_HEADER, row)) for row in learner_progress(root)}
    assert rows["late"]["늦게 냄"] == "2시간 늦음" and rows["ontime"]["늦게 냄"] == ""


def test_the_welcome_page_says_the_current_module_deadline():
    from academy.hub.landing import next_step, welcome_page

    due = (datetime.now(SEOUL) + timedelta(days=2)).replace(hour=12, minute=0, second=0, microsecond=0).isoformat()
    modules = [{"id": "01-values", "title": "값과 변수", "lesson": "lesson.ipynb", "due": due},
               {"id": "02-collections", "title": "리스트", "lesson": "lesson.ipynb", "due": ""}]
    page = welcome_page(next_step(modules, fetched={"01-values"}, submitted=set()), modules,
                        district="테스트구", filename="시작하기.md", late_policy="refuse")
    assert "**마감: " in page and "2일 남았어요**" in page
    page = welcome_page(next_step(modules, fetched={"01-values"}, submitted={"01-values"}), modules,
                        district="테스트구", filename="시작하기.md")
    assert "마감" not in page  # the next module has no deadline
