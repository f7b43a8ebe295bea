"""The learner's first screen (academy/hub/landing.py): what ``/academy/start`` writes and opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from academy.hub.landing import AcademyLanding, next_step, welcome_page
from academy.hub.data_root import landing_settings

MODULES = [{"id": "00-start", "title": "주피터 첫걸음", "lesson": "lesson.ipynb"},
           {"id": "01-values", "title": "값과 변수", "lesson": "lesson-1.ipynb"},
           {"id": "02-collections", "title": "리스트와 딕셔너리", "lesson": "lesson.ipynb"}]


@pytest.fixture
def landing(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    return AcademyLanding(modules=MODULES, course_id="demo", district_name="소셜특별시",
                          nbgrader_cache=str(tmp_path / "cache")), home


def _fetch(home: Path, module: dict) -> None:
    folder = home / "demo" / module["id"]
    folder.mkdir(parents=True)
    (folder / module["lesson"]).write_text("{}")


def _submit(landing: AcademyLanding, module_id: str) -> None:
    (Path(landing.nbgrader_cache) / "demo" / f"ana+{module_id}+2026-12-03 16:59:00.123456 UTC").mkdir(parents=True)


def test_first_login_opens_a_korean_welcome_that_says_what_to_do(landing):
    landing, home = landing
    assert landing.refresh(home) == "시작하기.md"
    page = (home / "시작하기.md").read_text(encoding="utf-8")
    assert page.startswith("# 소셜특별시 코딩 아카데미에 오신 것을 환영해요!")
    assert "첫 과제 `00-start`(주피터 첫걸음)" in page
    for step in ("**과제 목록**", "**받기**", "**강의**", "**Shift + Enter**"):
        assert step in page  # fetch 00-start, open the lesson, run the first cell
    assert "- ▶ 지금 — 0번 모듈 `00-start` 주피터 첫걸음" in page and "- · 아직 — 1번 모듈 `01-values` 값과 변수" in page


def test_a_returning_learner_lands_on_the_lesson_of_the_module_in_progress(landing):
    landing, home = landing
    _fetch(home, MODULES[0])
    _fetch(home, MODULES[1])
    _submit(landing, "00-start")
    assert landing.refresh(home) == "demo/01-values/lesson-1.ipynb"
    page = (home / "시작하기.md").read_text(encoding="utf-8")
    assert "지금 `01-values`(값과 변수) 과제를 하는 중이에요." in page and "**제출**" in page
    assert "- ✔ 냄 — 0번 모듈 `00-start` 주피터 첫걸음" in page


def test_after_submitting_the_welcome_names_the_next_module(landing):
    landing, home = landing
    _fetch(home, MODULES[0])
    _submit(landing, "00-start")
    assert landing.refresh(home) == "시작하기.md"
    page = (home / "시작하기.md").read_text(encoding="utf-8")
    assert "이제 다음 과제 `01-values`(값과 변수) 차례예요." in page and "`01-values` 줄의 **받기**" in page


def test_a_lesson_the_learner_deleted_falls_back_to_the_welcome(landing):
    landing, home = landing
    (home / "demo" / "00-start").mkdir(parents=True)  # fetched, lesson deleted
    assert landing.refresh(home) == "시작하기.md"


def test_all_submitted_is_done():
    step = next_step(MODULES, fetched={"02-collections"}, submitted={m["id"] for m in MODULES})
    assert step["kind"] == "done"
    assert "모든 과제를 냈어요." in welcome_page(step, MODULES, district="소셜특별시", filename="시작하기.md")


def test_setup_hands_the_servers_the_syllabus_titles():
    from academy import district
    from academy.admin import syllabus

    settings = landing_settings(district.load("demo"))
    first = syllabus.load()[0]
    assert settings["modules"][0] == {"id": first.id, "title": first.title, "lesson": first.lessons[0].notebook,
                                      "due": ""}  # demo.toml sets no due dates
    assert settings["late_policy"] == "note"
    assert settings["course_id"] == district.load("demo")["district"]["course_id"]
