"""One learner's module states and the next-step sentence; folders under a home count only when real."""

from __future__ import annotations

import os

from academy.together import progress

MODULES = [{"id": "00-start", "title": "첫걸음"}, {"id": "01-values", "title": "값과 변수"},
           {"id": "02-collections", "title": "여러 값"}]


def rows(**kw):
    base = dict(fetched=set(), passed={}, totals={}, submitted=set(), graded={}, feedback=set())
    return progress.module_rows(MODULES, **{**base, **kw})


def test_states_follow_the_work_and_only_graded_shows_a_score():
    r = rows(fetched={"00-start", "01-values"}, submitted={"00-start"}, passed={"01-values": {"a", "b"}},
             totals={"01-values": 5},
             graded={"00-start": {"score": 3.0, "max_score": 4.0, "needs_manual": False}})
    assert [x["state"] for x in r] == ["graded", "doing", "todo"]
    assert [x["label"] for x in r] == ["채점됨", "진행 중", "시작 전"]
    assert (r[0]["score"], r[0]["max_score"]) == (3.0, 4.0) and r[1]["score"] is None
    assert (r[1]["passed"], r[1]["total"]) == (2, 5)
    # waiting for a manual grade: submitted, no score yet
    r = rows(graded={"00-start": {"score": 1.0, "max_score": 4.0, "needs_manual": True}})
    assert r[0]["state"] == "submitted" and r[0]["score"] is None
    # checks used before fetching count as started
    assert rows(passed={"02-collections": {"x"}})[2]["state"] == "doing"


def test_the_next_step_is_one_korean_sentence():
    def sentence(**kw):
        r = rows(**kw)
        return progress.next_sentence(MODULES, r, fetched=kw.get("fetched", set()), submitted=kw.get("submitted", set()))

    assert "00-start" in sentence() and "과제 목록에서 받기" in sentence()
    assert "이어서" in sentence(fetched={"00-start"})
    graded = {"00-start": {"score": 4.0, "max_score": 4.0, "needs_manual": False}}
    assert "피드백 받기" in sentence(fetched={"00-start"}, graded=graded, submitted={"00-start"})
    assert "01-values" in sentence(fetched={"00-start"}, graded=graded, submitted={"00-start"}, feedback={"00-start"})
    everything = {m["id"] for m in MODULES}
    assert "마쳤어요" in sentence(fetched=everything, submitted=everything, feedback=everything,
                               graded={m: graded["00-start"] for m in everything})


def test_only_real_folders_of_the_learner_count(tmp_path):
    uid = os.getuid()
    (tmp_path / "course" / "00-start").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "course" / "01-values").symlink_to(tmp_path / "elsewhere")
    assert progress.own_dir(tmp_path, ("course", "00-start"), uid)
    assert not progress.own_dir(tmp_path, ("course", "01-values"), uid)  # a symlink
    assert not progress.own_dir(tmp_path, ("course", "00-start"), uid + 1)  # someone else's
    assert not progress.own_dir(tmp_path, ("course", "missing"), uid)
    cache = tmp_path.joinpath(*progress.NBGRADER_CACHE.parts, "course")
    cache.mkdir(parents=True)
    (cache / "me+00-start+2026-12-03 10:00:00.000000 UTC").mkdir()
    assert progress.cached_submissions(tmp_path, "course", uid) == {"00-start"}


def test_problem_counts_come_from_the_declared_checks():
    from academy.exercises import m01_values

    assert progress.problem_count("01-values") == len(m01_values.lesson) + len(m01_values.exercise) > 0
    assert progress.problem_count("99-nothing") == 0


def test_no_gradebook_yet_means_nothing_graded(tmp_path):
    assert progress.gradebook_results(f"sqlite:///{tmp_path}/gradebook.db", "alice") == {}


def test_the_page_shows_the_help_given_friendly_when_none():
    from academy.together.service import render

    def helped(count, helper_of=()):
        html = render("progress.html", name="mina", district="테스트구", base_url="/", lab_url="/lab", known=True,
                      next="", rows=[], helped=count, helper_of=list(helper_of))
        return html[html.index('id="helped"'):]

    assert 'data-count="3"' in helped(3) and "다른 분을 3번 도와줬어요" in helped(3)
    none = helped(0)
    assert 'data-count="0"' in none and "번 도와줬어요" not in none and "아직 다른 분을 도와준 적은 없어요" in none
    assert 'href="/services/academy-together/help/mine#peer"' in none  # where to offer help
    # an approved 도우미 is shown the requests to help with, not the offer again
    active = helped(2, ["값과 변수", "리스트"])
    assert 'href="/services/academy-together/help/queue"' in active and "도우미 되기" not in active
    assert "값과 변수, 리스트" in active


def test_help_given_counts_each_request_once_and_only_the_helpers_own():
    from academy.together.help import times_helped

    log = [{"event": "grant", "helper": "mina", "request": "a"}, {"event": "revoke", "helper": "mina", "request": "a"},
           {"event": "grant", "helper": "mina", "request": "a"}, {"event": "grant", "helper": "mina", "request": "b"},
           {"event": "grant", "helper": "jun", "request": "c"}]
    assert (times_helped(log, "mina"), times_helped(log, "jun"), times_helped(log, "hana")) == (2, 1, 0)
