"""The learner message catalogue: loads, renders, and stays Korean."""

from __future__ import annotations

import re

import pytest

from academy.messages import catalogue, has, say


def _leaves(node, prefix=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, f"{prefix}{key}.")
    else:
        yield prefix[:-1], str(node)


def test_every_message_is_korean():
    for key, text in _leaves(catalogue()):
        assert re.search(r"[가-힣]", text), f"{key} has no Korean text: {text!r}"


def test_missing_key_names_itself():
    with pytest.raises(KeyError, match="check.nope"):
        say("check.nope")
    assert has("check.correct") and not has("check.nope")


def test_placeholders_render():
    assert "`total`" in say("check.not_defined", name="total")


# -- particles after code names: the final sound of what is printed (academy/messages/particles.py)

from academy.messages.particles import particle  # noqa: E402

# name, 이/가, 을/를, 으로/로, 이라는/라는 -- how a Korean reads the name aloud decides
PARTICLE_TABLE = [
    ("coffee_price", "가", "를", "로", "라는"),      # 커피 프라이스: vowel
    ("my_name", "이", "을", "으로", "이라는"),       # 네임: ㅁ
    ("total", "이", "을", "로", "이라는"),           # 토탈: ㄹ takes 로
    ("title", "이", "을", "로", "이라는"),           # 타이틀: -le is ㄹ
    ("file", "이", "을", "로", "이라는"),            # 파일
    ("line", "이", "을", "으로", "이라는"),          # 라인: ㄴ
    ("string", "이", "을", "으로", "이라는"),        # 스트링: ㅇ
    ("split", "이", "을", "으로", "이라는"),         # 스플릿: short vowel + t
    ("budget", "이", "을", "으로", "이라는"),        # 버짓
    ("count", "가", "를", "로", "라는"),             # 카운트: cluster
    ("engagement_rate", "가", "를", "로", "라는"),   # 레이트: silent e after t
    ("number", "가", "를", "로", "라는"),            # 넘버: -r
    ("likes", "가", "를", "로", "라는"),             # 라이크스: -s
    ("None", "이", "을", "으로", "이라는"),          # 논
    ("NotImplementedError()", "가", "를", "로", "라는"),  # 에러, brackets silent
    ("q.fee.hint()", "가", "를", "로", "라는"),      # 힌트
    ("df", "가", "를", "로", "라는"),                # 디에프: spelled
    ("csv", "가", "를", "로", "라는"),               # 씨에스브이
    ("html", "이", "을", "로", "이라는"),            # 에이치티엠엘
    ("URL", "이", "을", "로", "이라는"),             # 유알엘
    ("top_n", "이", "을", "으로", "이라는"),         # 엔
    ("x", "가", "를", "로", "라는"),                 # 엑스
    ("utf-8", "이", "을", "로", "이라는"),           # 팔
    ("cp949", "가", "를", "로", "라는"),             # 구
    ("m10", "이", "을", "으로", "이라는"),           # 십
    ("1000", "이", "을", "으로", "이라는"),          # 천
    ("3.5", "가", "를", "로", "라는"),               # 삼 점 오
    ("rate(45, 5, 1000)", "이", "을", "으로", "이라는"),
    ("수강료", "가", "를", "로", "라는"),
    ("좋아요수", "가", "를", "로", "라는"),
    ("뜨개질", "이", "을", "로", "이라는"),           # ㄹ
    ('prices["카페라떼"]', "가", "를", "로", "라는"),
    ("수강생 명단.csv", "가", "를", "로", "라는"),
]


@pytest.mark.parametrize("name, i_ga, eul_reul, euro_ro, irano", PARTICLE_TABLE)
def test_particles_follow_the_final_sound(name, i_ga, eul_reul, euro_ro, irano):
    assert [particle(name, p) for p in ("이/가", "을/를", "으로/로", "이라는/라는")] == [i_ga, eul_reul, euro_ro, irano]
    assert particle(name, "은/는") == ("는" if i_ga == "가" else "은")
    assert particle(name, "과/와") == ("와" if i_ga == "가" else "과")


def test_nothing_readable_keeps_both_forms():
    assert [particle("+", p) for p in ("을/를", "이/가", "으로/로", "이라는/라는")] == ["을(를)", "이(가)", "(으)로", "(이)라는"]


def test_messages_pick_the_particle_and_keep_other_format_specs():
    assert say("check.not_defined", name="coffee_price").startswith("아직 `coffee_price`가 없어요.")
    assert say("check.not_defined", name="my_name").startswith("아직 `my_name`이 없어요.")
    assert say("explain.NameError", name="coffee_price").startswith("`coffee_price`라는 이름")
    assert say("explain.NameError", name="my_name").startswith("`my_name`이라는 이름")


def test_no_message_guesses_both_particles_after_a_field():
    """Every particle after a {field} in what learners read is chosen by the helper, not 을(를) / 이(가)."""
    learner_sections = {name: catalogue()[name] for name in ("check", "explain", "readers", "data", "weekly")}
    for key, text in _leaves(learner_sections):
        assert not re.search(r"\}`?(을\(를\)|이\(가\)|은\(는\)|과\(와\)|\(으\)로|\(이\)라는)", text), key
