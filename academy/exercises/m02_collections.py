"""Checks for module 02-collections (리스트와 딕셔너리): a week of posts of a pet shop and a knitting studio.

Notebooks import one set as ``q``::

    from academy.exercises.m02_collections import lesson as q      # lesson.ipynb
    from academy.exercises.m02_collections import exercise as q    # exercise.ipynb

>>> exercise.friday_likes.evaluate([23, 41]).kind
'incorrect'

The graded ``exercise`` set carries no answers: they are sealed digests
(``sealed/02-collections.json``, from ``curriculum/02-collections/exercise.ipynb``).
"""

from __future__ import annotations

from typing import Any

from academy.checking import NO_EXAMPLE, Mistake, Problem, ProblemSet

__all__ = ["lesson", "exercise"]


# -- typical beginner mistakes, shared by several problems ------------------------------------

def _counted_from_one(wrong: Any = None, *, key: str | None = None) -> Mistake:
    """``wrong``: the value one place too far (lesson); ``key``: its sealed digest (graded sets)."""
    say = "하나 뒤의 값을 꺼냈어요. 리스트의 위치(인덱스)는 1이 아니라 0부터 세어요."
    if key is not None:
        return Mistake(gives=key, say=say)
    return Mistake(when=lambda v: v == wrong, say=say, example=wrong)


def _day_name(day: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda v: isinstance(v, str) and v in "월화수목금토일",
                   say="요일 이름을 꺼냈어요. 같은 위치의 값을 좋아요 리스트(`likes`)에서 꺼내 보세요.",
                   example=day)


def _slice_end_excluded(wrong: Any = None, *, key: str | None = None) -> Mistake:
    """``wrong``: the slice one short (lesson); ``key``: its sealed digest (graded sets)."""
    say = "하나가 모자라요. `[시작:끝]`에서 끝 위치의 값은 포함되지 않아요. 끝 번호를 한 칸 뒤로 잡아 보세요."
    if key is not None:
        return Mistake(gives=key, say=say)
    return Mistake(when=lambda v: v == wrong, say=say, example=wrong)


def _whole_dict_replaced(new_only: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda v: isinstance(v, dict) and len(v) == 1,
                   say="원래 있던 항목이 사라졌어요. `이름 = {...}`로 새 딕셔너리를 만들면 통째로 바뀌어요. "
                       "`딕셔너리[키] = 값`으로 하나만 추가해 보세요.",
                   example=new_only)


def _dict_unchanged(original: dict, *, graded: bool = False) -> Mistake:
    """``graded``: the example (the untouched dict) lives with the tests."""
    return Mistake(when=lambda v: v == original,
                   say="딕셔너리가 처음 그대로예요. 새 항목을 추가하는 줄을 쓰고 그 셀을 실행했나요?",
                   example=NO_EXAMPLE if graded else dict(original))


def _price_as_text(key: str, example: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda v: isinstance(v, dict) and isinstance(v.get(key), str),
                   say="가격이 글자(문자열)로 들어 있어요. 가격은 따옴표 없이 숫자로 넣어야 나중에 계산할 수 있어요.",
                   example=example)


def _price_with_comma(key: str, example: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda v: isinstance(v, dict) and isinstance(v.get(key), tuple),
                   say="코드 안의 숫자에 쉼표(,)를 넣었나요? 파이썬은 쉼표가 있으면 값 여러 개로 알아들어요. 쉼표 없이 써 주세요.",
                   example=example)


def _key_spelled_differently(key: str, size: int, example: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda v: isinstance(v, dict) and len(v) == size and key not in v,
                   say="새 항목은 들어갔는데 키 이름이 문제와 달라요. 키는 띄어쓰기 한 칸까지 똑같아야 같은 키예요.",
                   example=example)


# -- lesson.ipynb: 직접 해 보기 (멍멍상회의 일주일 게시물) ----------------------------------------

_LESSON_LIKES = [12, 30, 7, 45, 22, 58, 40]
_LESSON_TAGS = ["#강아지간식", "#멍멍상회"]
_LESSON_PRICES = {"강아지 껌": 3000, "고양이 츄르": 2500}

lesson = ProblemSet([
    Problem(
        "wednesday_likes",
        expected=_LESSON_LIKES[2],
        hints=[
            "월요일이 위치 0이에요. 화요일, 수요일은 몇 번일까요?",
            "`likes[위치]`처럼 대괄호 안에 위치 번호를 써요.",
        ],
        mistakes=[
            _counted_from_one(_LESSON_LIKES[3]),
            _day_name("수"),
            Mistake(when=lambda v: isinstance(v, list),
                    say="리스트 전체가 들어 있어요. 대괄호 `[ ]` 안에 위치 번호를 써서 값 하나만 꺼내 보세요.",
                    example=list(_LESSON_LIKES)),
        ],
    ),
    Problem(
        "weekday_likes",
        expected=_LESSON_LIKES[0:5],
        hints=[
            "월요일부터 금요일까지는 값 다섯 개예요.",
            "`likes[시작:끝]`에서 끝 위치의 값은 빠져요. 끝 번호는 '마지막으로 넣을 위치 + 1'이에요.",
        ],
        mistakes=[
            _slice_end_excluded(_LESSON_LIKES[0:4]),
            Mistake(when=lambda v: isinstance(v, list) and v[:1] == _LESSON_LIKES[1:2],
                    say="월요일 값이 빠졌어요. 첫 번째 값의 위치는 0이에요.",
                    example=_LESSON_LIKES[1:6]),
            Mistake(when=lambda v: isinstance(v, int),
                    say="숫자 하나가 들어 있어요. 여러 날의 값을 리스트로 잘라 내 보세요. 대괄호 안에 `:`를 써요.",
                    example=_LESSON_LIKES[4]),
        ],
    ),
    Problem(
        "best_likes",
        expected=max(_LESSON_LIKES),
        hints=[
            "리스트에서 가장 큰 값을 찾아 주는 함수가 있어요.",
            "`min()`의 반대 함수예요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == min(_LESSON_LIKES),
                    say="가장 작은 값이 나왔어요. 가장 큰 값을 찾는 함수를 써 보세요.",
                    example=min(_LESSON_LIKES)),
            Mistake(when=lambda v: v == _LESSON_LIKES[-1],
                    say="마지막 날의 값이에요. 가장 큰 값은 리스트의 어느 자리에든 있을 수 있어요.",
                    example=_LESSON_LIKES[-1]),
            Mistake(when=lambda v: isinstance(v, list),
                    say="리스트가 들어 있어요. 값 하나(가장 큰 좋아요 수)만 담아 주세요.",
                    example=sorted(_LESSON_LIKES)),
        ],
    ),
    Problem(
        "tags",
        expected=_LESSON_TAGS + ["#산책"],
        hints=[
            "리스트 끝에 값을 하나 붙이는 메서드를 레슨에서 봤어요.",
            "`tags.append(...)`는 tags를 그 자리에서 바꿔요. 결과를 다시 `tags =`에 담지 마세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v is None,
                    say="`tags`가 None이 됐어요. `tags = tags.append(...)`처럼 썼나요? "
                        "append는 리스트를 그 자리에서 바꾸고 아무것도 돌려주지 않아요. `tags.append(...)`만 써 주세요.",
                    example=None),
            Mistake(when=lambda v: v == _LESSON_TAGS,
                    say="리스트가 처음 그대로예요. 새 해시태그를 추가하는 줄을 쓰고 그 셀을 실행했나요?",
                    example=list(_LESSON_TAGS)),
            Mistake(when=lambda v: isinstance(v, list) and len(v) == 1,
                    say="원래 있던 해시태그가 사라졌어요. 새 리스트를 만들지 말고, 있던 리스트 끝에 하나를 붙여 보세요.",
                    example=["#산책"]),
            Mistake(when=lambda v: isinstance(v, list) and any(isinstance(t, list) for t in v),
                    say="리스트 안에 리스트가 들어갔어요. 대괄호 없이 해시태그 글자 하나만 넣어 보세요.",
                    example=_LESSON_TAGS + [["#산책"]]),
        ],
    ),
    Problem(
        "post_comments",
        expected=9,
        hints=[
            "딕셔너리에서 값을 꺼낼 때는 `post[키]`처럼 대괄호 안에 키를 써요.",
            "키는 글자라서 따옴표로 감싸요. 댓글 수가 담긴 키 이름을 위 셀에서 찾아보세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == 58,
                    say="좋아요 수를 꺼냈어요. 댓글 수가 담긴 키 이름을 다시 확인해 보세요.",
                    example=58),
            Mistake(when=lambda v: isinstance(v, str),
                    say="글자가 들어 있어요. 키 이름을 그대로 담은 건 아닌가요? `post[\"키\"]`처럼 딕셔너리에서 값을 꺼내 보세요.",
                    example="comments"),
            Mistake(when=lambda v: isinstance(v, dict),
                    say="딕셔너리 전체가 들어 있어요. 대괄호 안에 키를 써서 값 하나만 꺼내 보세요.",
                    example={"day": "토", "likes": 58, "comments": 9}),
        ],
    ),
    Problem(
        "prices",
        expected={**_LESSON_PRICES, "오리 육포": 6500},
        hints=[
            "`딕셔너리[새 키] = 값`으로 쓰면 새 항목이 추가돼요.",
            "키는 문제에 나온 상품 이름 그대로, 가격은 따옴표 없는 숫자로 써요.",
        ],
        mistakes=[
            _dict_unchanged(_LESSON_PRICES),
            _whole_dict_replaced({"오리 육포": 6500}),
            _price_as_text("오리 육포", {**_LESSON_PRICES, "오리 육포": "6,500원"}),
            _price_with_comma("오리 육포", {**_LESSON_PRICES, "오리 육포": (6, 500)}),
            _key_spelled_differently("오리 육포", 3, {**_LESSON_PRICES, "오리육포": 6500}),
        ],
    ),
    Problem(
        "nested_comments",
        expected=9,
        hints=[
            "`post[\"stats\"]`를 먼저 꺼내 보세요. 그 안의 키는 `.keys()`로 볼 수 있어요.",
            "대괄호를 이어 붙여 한 단계씩 들어가요. 숫자는 맨 안쪽 \"value\" 키에 있어요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, dict) and "value" in v,
                    say="아직 `{\"value\": ...}` 딕셔너리가 들어 있어요. 한 단계 더 들어가 \"value\" 키로 꺼내요.",
                    example={"value": 9}),
            Mistake(when=lambda v: isinstance(v, dict),
                    say="딕셔너리가 들어 있어요. `.keys()`로 안을 살펴보고 한 단계씩 더 들어가 보세요.",
                    example={"likes": {"value": 58}, "comments": {"value": 9}}),
            Mistake(when=lambda v: v == 58,
                    say="좋아요 수가 나왔어요. 댓글 수는 다른 키에 들어 있어요.",
                    example=58),
            Mistake(when=lambda v: isinstance(v, str),
                    say="글자가 들어 있어요. 키 이름을 담은 건 아닌가요? 딕셔너리에서 값을 꺼내 보세요.",
                    example="comments"),
        ],
    ),
])


# -- exercise.ipynb: graded, no answers here (sealed/02-collections.json; examples with the tests)

_LIKES = [23, 41, 17, 35, 52, 88, 64]  # the notebook's given data (not an answer)
_KIT_PRICES = {"목도리 키트": 28000, "모자 키트": 24000}

exercise = ProblemSet([
    Problem(
        "friday_likes",
        hints=[
            "`days`와 `likes`는 같은 순서예요. 금요일은 `days`에서 몇 번째 위치인가요?",
            "위치는 0부터 세어요. 월요일이 0이에요.",
        ],
        mistakes=[
            _counted_from_one(key="one_further"),
            _day_name(),
            Mistake(when=lambda v: isinstance(v, list),
                    say="리스트 전체가 들어 있어요. 대괄호 `[ ]` 안에 위치 번호를 써서 값 하나만 꺼내 보세요."),
        ],
    ),
    Problem(
        "weekend_likes",
        hints=[
            "토요일과 일요일, 두 날의 값을 리스트로 잘라 내요.",
            "`[시작:끝]`에서 끝 위치는 빠져요. 끝까지 자르려면 끝 번호를 비워 둬도 돼요.",
            "뒤에서부터 세는 음수 위치(`-1`, `-2`)를 써도 좋아요.",
        ],
        mistakes=[
            _slice_end_excluded(key="end_excluded"),
            Mistake(gives="friday_saturday",
                    say="금요일과 토요일이 들어 있어요. 시작 위치를 한 칸 뒤로 옮겨 보세요. 위치는 0부터 세어요."),
            Mistake(when=lambda v: isinstance(v, int),
                    say="숫자 하나가 들어 있어요. 두 날의 값을 그대로 담은 리스트를 만들어 주세요. 더하지 않아도 돼요."),
        ],
    ),
    Problem(
        "week_total",
        hints=[
            "리스트의 값을 모두 더해 주는 함수가 있어요.",
            "`len()`은 개수를 세고, 더하기는 다른 함수가 해요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == len(_LIKES),
                    say="게시물 개수가 나왔어요. `len()`은 몇 개인지 세요. 좋아요를 모두 더하는 함수를 써 보세요."),
            Mistake(when=lambda v: v == max(_LIKES),
                    say="가장 큰 값 하나만 나왔어요. 일주일 치를 모두 더해 보세요."),
            Mistake(gives="without_sunday",
                    say="하루치가 빠졌어요. 하나씩 꺼내 더하지 말고, 리스트 전체를 한 번에 더해 보세요."),
            Mistake(gives="without_monday",
                    say="하루치가 빠졌어요. 하나씩 꺼내 더하지 말고, 리스트 전체를 한 번에 더해 보세요."),
        ],
    ),
    Problem(
        "second_tag",
        hints=[
            "`best_post.keys()`로 맨 바깥의 키를 보고, 꺼낸 딕셔너리에서 다시 `.keys()`를 봐요. 한 단계씩 들어가요.",
            "대괄호를 이어 붙이면 여러 단계를 한 번에 들어가요: `딕셔너리[키1][키2][키3]`. 해시태그 리스트는 \"value\" 키 안에 있어요.",
            "리스트까지 꺼냈으면 대괄호를 한 번 더 붙여 위치로 꺼내요. 두 번째 값의 위치는 1이에요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, list),
                    say="해시태그 리스트 전체가 들어 있어요. 그 리스트 안에서 하나만 더 꺼내 보세요."),
            Mistake(when=lambda v: isinstance(v, dict),
                    say="아직 딕셔너리가 들어 있어요. 한 단계 더 들어가 보세요. `.keys()`로 그 안에 어떤 키가 있는지 볼 수 있어요."),
            Mistake(gives="third",
                    say="세 번째 해시태그가 나왔어요. 위치는 0부터 세어요."),
            Mistake(gives="first",
                    say="첫 번째 해시태그가 나왔어요. 위치 0이 첫 번째예요."),
            Mistake(when=lambda v: isinstance(v, str) and not v.startswith("#"),
                    say="해시태그가 아닌 글자가 들어 있어요. 해시태그가 담긴 키 이름을 다시 확인해 보세요."),
        ],
    ),
    Problem(
        "kit_prices",
        hints=[
            "`딕셔너리[새 키] = 값`으로 쓰면 새 항목이 추가돼요.",
            "키는 문제에 나온 이름 그대로(띄어쓰기까지), 가격은 따옴표 없는 숫자로 써요.",
        ],
        mistakes=[
            _dict_unchanged(_KIT_PRICES, graded=True),
            _whole_dict_replaced(),
            _price_as_text("장갑 키트"),
            _price_with_comma("장갑 키트"),
            _key_spelled_differently("장갑 키트", 3),
        ],
    ),
], graded=True, sealed="02-collections")
