"""Checks for module 13-social-admin (선택: 소셜 행정): the district office's citizens' comments by
topic, response times by time slot, keyword trends by month, and publishing without personal data.

Notebooks import one set as ``q``::

    from academy.exercises.m13_social_admin import lesson as q     # lesson.ipynb
    from academy.exercises.m13_social_admin import exercise as q   # exercise.ipynb

Learners analyse the reference reader's table of ``district/citizen_comments.csv``
(``academy.readers.read_export``: ``posted_at``, ``text``, ``channel``, ``topic``,
``response_hours`` ...) and anonymise the comment box's raw export
(``district/comment_box_2026-06.csv``: 작성자, 연락처, 이메일 and personal data inside 내용).

>>> lesson.topic_first.evaluate(lambda text, rules: "기타").kind
'incorrect'

The graded ``exercise`` set carries no answers: its expected results are sealed digests
(``sealed/13-social-admin.json``, from ``curriculum/13-social-admin/exercise.ipynb``).
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from academy.checking import Mistake, Problem, ProblemSet, result_of
from academy.exercises.m07_analysis import _by_month

__all__ = ["lesson", "exercise", "PERSONAL_COLUMNS", "EMAIL", "HANDLE", "PHONE"]

# The patterns the lesson builds step by step; the exercise's setup cell repeats them.
EMAIL = r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
HANDLE = r"@[A-Za-z0-9_.]+"
PHONE = r"01\d-?\d{3,4}-?\d{4}"
PERSONAL_COLUMNS = ["작성자", "연락처", "이메일"]

_RULES = {"교통·주차": ["주차", "버스", "신호"], "환경·쓰레기": ["쓰레기", "재활용", "냄새"],
          "안전": ["가로등", "CCTV", "보도블록"]}


def _seoul(*times: str) -> pd.DatetimeIndex:
    return pd.DatetimeIndex(pd.to_datetime(list(times), format="%Y-%m-%d %H:%M")).tz_localize("Asia/Seoul")


# -- small inline tables for the graded checks ------------------------------------------------

def _comments() -> pd.DataFrame:
    """Eight comments in the reader's columns (posted_at, text, response_hours; one still open)."""
    return pd.DataFrame({
        "post_id": [f"2026-0{i:04d}" for i in range(1, 9)],
        "posted_at": _seoul("2026-03-02 10:00", "2026-03-02 19:30", "2026-03-07 11:00", "2026-03-16 09:00",
                            "2026-04-01 17:59", "2026-04-04 15:00", "2026-04-06 18:00", "2026-04-20 08:30"),
        "text": ["한빛2동 불법 주차 단속 부탁드려요", "음식물 쓰레기통 냄새가 심해요", "주차 공간이 부족해요",
                 "골목에 쓰레기 무단 투기가 많아요", "주차장이 너무 좁아요", "버스 정류장 위치가 너무 멀어요",
                 "쓰레기 수거가 늦어요", "주차 단속 시간이 궁금해요"],
        "response_hours": [3.0, 20.5, 45.0, 5.5, 2.0, 50.0, 16.0, float("nan")],
    })


_HOLIDAYS = [pd.Timestamp("2026-03-16").date()]  # a weekday holiday in the small table


def _box() -> pd.DataFrame:
    """The comment box's raw columns with personal data in columns and inside 내용."""
    return pd.DataFrame({
        "접수번호": ["2026-00101", "2026-00102", "2026-00103", "2026-00104", "2026-00105"],
        "채널": ["카카오톡 채널", "페이스북", "구청 누리집", "블로그", "인스타그램"],
        "작성자": ["김정숙", "yarn_home12", "박민준", "plum.log77", "moss_kr5"],
        "연락처": ["010-1111-2222", "", "010-3333-4444", "", ""],
        "이메일": ["", "", "minjun@naver.com", "", ""],
        "내용": ["저는 새솔동 사는 김정숙입니다. 가로등이 고장 났어요",
                 "야시장 또 열어 주세요! @daon_zip9 님도 같은 생각이래요.",
                 "답변은 minjun@naver.com로 부탁드려요. 전화 01033334444 주세요.",
                 "연락은 010-5555-6666로 주세요. plum.log77 올림",
                 "버스 정류장 위치가 너무 멀어요"],
    })


# -- lesson try-its: references kept (practice) ---------------------------------------------

def _hide_phone(text):
    return re.sub(PHONE, "(전화번호)", text)


lesson = ProblemSet([
    Problem(
        "topic_first",
        cases=[(("한빛2동 불법 주차 단속 부탁드려요", _RULES), "교통·주차"),
               (("보도블록이 깨져서 위험해요", _RULES), "안전"),
               (("야시장 또 열어 주세요!", _RULES), "기타")],
        # no solution= here: the try-it's reference would also answer the graded topic_of
        # (issue 14); it lives with the tests (LESSON in tests/academy/graded_examples/m13_social_admin.py)
        hints=[
            "`for topic, words in rules.items():`로 주제와 낱말 리스트를 하나씩 꺼내요.",
            "안쪽에서 `for word in words:`를 돌면서 `if word in text:`이면 바로 `return topic`을 해요.",
            "반복이 다 끝날 때까지 못 찾았으면 마지막 줄에서 `return \"기타\"`를 해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: f("야시장 또 열어 주세요!", _RULES) is None,
                    say="어느 주제에도 맞지 않는 글에서 아무것도 돌려주지 않았어요. 반복이 끝난 뒤에 `\"기타\"`를 돌려줘요.",
                    example=lambda text, rules: next((t for t, ws in rules.items() if any(w in text for w in ws)), None)),
            Mistake(when=lambda f: f("보도블록이 깨져서 위험해요", _RULES) == "기타",
                    say="맞는 주제가 있는데도 \"기타\"가 나왔어요. `return \"기타\"`가 반복문 안에 들어가 있지 않은지 들여쓰기를 보세요.",
                    example=lambda text, rules: "기타"),
        ],
    ),
    Problem(
        "weekend_median",
        expected=40.6,
        hints=[
            "주말 민원만 고르려면 `comments[comments[\"posted_at\"].dt.day_of_week >= 5]`예요.",
            "고른 표의 `[\"response_hours\"]`에 `.median()`을 붙이고 `round(값, 1)`을 해요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, float) and 9 <= v <= 11,
                    say="평일 민원의 가운데 값이에요. 토요일(5)과 일요일(6)은 `day_of_week >= 5`예요.", example=10.2),
        ],
    ),
    Problem(
        "hide_phone",
        cases=[(("연락은 010-1234-5678로 주세요.",), "연락은 (전화번호)로 주세요."),
               (("전화 01012345678 주세요.",), "전화 (전화번호) 주세요."),
               (("야시장 또 열어 주세요!",), "야시장 또 열어 주세요!")],
        solution=_hide_phone,
        hints=[
            "`re.sub(패턴, 바꿀_글, 글)`은 패턴에 맞는 부분을 모두 바꾼 새 글을 돌려줘요.",
            "패턴은 준비해 둔 `PHONE`을 쓰고, 바꿀 글은 `\"(전화번호)\"`예요.",
        ],
        mistakes=[
            Mistake(when=lambda f: "01012345678" in f("전화 01012345678 주세요."),
                    say="하이픈(-) 없이 붙여 쓴 번호가 그대로 남았어요. 하이픈이 있어도 없어도 맞는 패턴 `PHONE`을 써요.",
                    example=lambda text: re.sub(r"\d{3}-\d{4}-\d{4}", "(전화번호)", text)),
        ],
    ),
])


# -- graded: no answers here (sealed digests, property checks) -------------------------------

def _kept_personal_column(table: Any) -> bool:
    return isinstance(table, pd.DataFrame) and any(c in table.columns for c in PERSONAL_COLUMNS)


def _same_slot(f, first: str, second: str) -> bool:
    """Whether the learner's slot_of puts two moments in the same slot (no labels needed)."""
    return result_of(f, _seoul(first)[0], _HOLIDAYS) == result_of(f, _seoul(second)[0], _HOLIDAYS)


def _texts(f) -> list[str]:
    return [str(t) for t in result_of(f, _box())["내용"]]


exercise = ProblemSet([
    Problem(
        "topic_of",
        inputs=[("한빛2동 불법 주차 단속 부탁드려요", _RULES), ("보도블록이 깨져서 위험해요", _RULES),
                ("야시장 또 열어 주세요!", _RULES), ("쓰레기 버린 차가 주차돼 있어요", _RULES)],
        hints=[
            "`for topic, words in rules.items():`로 주제와 낱말 리스트를 차례로 꺼내요. 딕셔너리에 쓴 순서대로 나와요.",
            "안쪽 반복에서 `if word in text:`이면 바로 `return topic`을 해요. 먼저 맞은 주제가 이겨요.",
            "두 반복이 다 끝난 다음, 함수의 마지막 줄에서 `\"기타\"`를 돌려줘요.",
        ],
        mistakes=[
            Mistake(when=lambda f: result_of(f, "야시장 또 열어 주세요!", _RULES) is None,
                    say="어느 주제에도 맞지 않는 글에서 아무것도 돌려주지 않았어요. 반복이 다 끝난 뒤에 `\"기타\"`를 돌려줘요."),
            Mistake(when=lambda f: isinstance(result_of(f, "한빛2동 불법 주차 단속 부탁드려요", _RULES), list),
                    say="주제를 리스트로 돌려줬어요. 처음 맞은 주제 하나(글자)만 돌려줘요."),
            Mistake(when=lambda f: result_of(f, "보도블록이 깨져서 위험해요", _RULES) == "기타",
                    say="맞는 주제가 있는데도 \"기타\"가 나왔어요. `return \"기타\"`가 반복문 안에 들어가 있지 않은지 들여쓰기를 보세요."),
            Mistake(gives=(("쓰레기 버린 차가 주차돼 있어요", _RULES), "last"),
                    say="낱말이 두 주제에 다 맞을 때 나중 주제를 돌려줬어요. 처음 맞은 주제에서 바로 `return`해요."),
        ],
    ),
    Problem(
        "slot_of",
        inputs=[(_seoul("2026-03-02 10:00")[0], _HOLIDAYS), (_seoul("2026-03-02 19:30")[0], _HOLIDAYS),
                (_seoul("2026-03-07 11:00")[0], _HOLIDAYS), (_seoul("2026-03-16 09:00")[0], _HOLIDAYS),
                (_seoul("2026-04-06 18:00")[0], _HOLIDAYS), (_seoul("2026-04-20 08:30")[0], _HOLIDAYS)],
        hints=[
            "먼저 쉬는 날인지 봐요: `when.day_of_week >= 5`(토, 일)이거나 `when.date() in holidays`예요. "
            "`or`로 두 조건을 이어요.",
            "쉬는 날이 아니면 시를 봐요: `9 <= when.hour < 18`인지로 나눠요. 돌려줄 세 이름은 문제에 적힌 그대로 써요.",
            "쉬는 날 검사를 먼저 해야 해요. 토요일 오전 11시는 근무하는 시간이 아니에요.",
        ],
        mistakes=[
            Mistake(when=lambda f: _same_slot(f, "2026-03-16 09:00", "2026-03-02 10:00")
                    and not _same_slot(f, "2026-03-07 11:00", "2026-03-02 10:00"),
                    say="평일 공휴일을 근무일로 셌어요. `when.date() in holidays`도 함께 봐요."),
            Mistake(when=lambda f: _same_slot(f, "2026-03-07 11:00", "2026-03-02 10:00"),
                    say="토요일 낮을 평일 낮과 같게 셌어요. 쉬는 날인지를 시간보다 먼저 봐요."),
            Mistake(when=lambda f: _same_slot(f, "2026-04-06 18:00", "2026-03-02 10:00"),
                    say="오후 6시(18시)를 평일 낮과 같게 셌어요. 근무하는 시간은 9시부터 18시 전까지, `9 <= when.hour < 18`이에요."),
        ],
    ),
    Problem(
        "wait_by_slot",
        inputs=[(_comments(), _HOLIDAYS)],
        hints=[
            "먼저 민원마다 시간대를 구해요: `slots = [slot_of(when, holidays) for when in comments[\"posted_at\"]]`",
            "`comments[\"response_hours\"].groupby(slots).median()`으로 시간대마다 가운데 값을 구해요.",
            "마지막에 `.round(1)`로 소수 첫째 자리까지 반올림해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: not isinstance(result_of(f, _comments(), _HOLIDAYS), pd.Series),
                    say="시리즈(Series)가 아니에요. 시간대가 이름표이고 가운데 값이 값인 시리즈를 돌려줘요."),
            Mistake(gives=((_comments(), _HOLIDAYS), "mean"),
                    say="평균(`mean`)을 구했어요. 사흘 걸린 민원 몇 건이 평균을 크게 끌어올려요. 가운데 값 `.median()`을 구해요."),
            Mistake(gives=((_comments(), _HOLIDAYS), "no_holidays"),
                    say="공휴일을 근무일로 셌어요. `slot_of(when, holidays)`에 `holidays`를 넘겨주세요."),
        ],
    ),
    Problem(
        "noun_trend",
        inputs=[(_comments(), "주차"), (_comments(), "쓰레기")],
        compare_as=_by_month,
        hints=[
            "민원마다 명사 리스트를 구해요: `[t.form for t in kiwi.tokenize(text) if t.tag in (\"NNG\", \"NNP\")]`",
            "`has = [noun in 명사_리스트 for text in comments[\"text\"]]`처럼 민원마다 참/거짓을 만들어요.",
            "`pd.Series(has, index=comments[\"posted_at\"]).resample(\"MS\").sum()`으로 달마다 참의 개수를 더해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: not isinstance(result_of(f, _comments(), "주차"), pd.Series),
                    say="시리즈(Series)가 아니에요. 달(그달 첫날)이 이름표이고 민원 수가 값인 시리즈를 돌려줘요."),
            Mistake(gives=((_comments(), "쓰레기"), "substring"),
                    say="글 안에 글자가 들어 있는지(`in text`)로 셌어요. 그러면 '쓰레기통'이나 '주차장'도 세어져요. "
                        "Kiwi로 뽑은 명사 리스트 안에 있는지 봐요."),
            Mistake(gives=((_comments(), "주차"), "count"),
                    say="민원 수가 아니라 행 수를 셌어요(`count`). 참/거짓을 더하면(`sum`) 참의 개수가 나와요."),
        ],
    ),
    Problem(
        "anonymise",
        inputs=[(_box(),)],
        hints=[
            "`public = table.drop(columns=[\"작성자\", \"연락처\", \"이메일\"])`로 개인 정보 열을 뺀 새 표를 만들어요.",
            "`for name, text in zip(table[\"작성자\"], table[\"내용\"]):`로 한 줄씩 글을 고쳐 리스트에 모아요. "
            "순서: `re.sub(EMAIL, \"(이메일)\", text)` → `HANDLE` → `PHONE` → `text.replace(name, \"○○○\")`",
            "작성자가 비어 있는 줄도 있어요. `if isinstance(name, str) and name:`일 때만 이름을 바꿔요.",
            "마지막에 `public[\"내용\"] = 고친_글_리스트`를 하고 `public`을 돌려줘요.",
        ],
        mistakes=[
            Mistake(when=lambda f: _kept_personal_column(result_of(f, _box())),
                    say="개인 정보 열(작성자, 연락처, 이메일)이 아직 표에 있어요. `drop(columns=[...])`로 빼요."),
            Mistake(when=lambda f: any("김정숙" in t or "plum.log77" in t for t in _texts(f)),
                    say="글 속에 작성자 이름이 남아 있어요. 그 줄의 작성자(`name`)를 `\"○○○\"`로 바꿔요."),
            Mistake(when=lambda f: any(re.search(r"\d{4}-?\d{4}", t) for t in _texts(f)),
                    say="글 속에 전화번호가 남아 있어요. 하이픈이 없는 번호(01033334444)도 `PHONE` 패턴으로 가려요."),
            Mistake(when=lambda f: any("minjun" in t for t in _texts(f)),
                    say="이메일 주소의 앞부분이 남았어요. 아이디(`HANDLE`)를 먼저 가리면 이메일의 @ 뒤만 가려져요. "
                        "이메일(`EMAIL`)을 먼저 가린 다음 아이디를 가려요."),
        ],
    ),
], graded=True, sealed="13-social-admin")
