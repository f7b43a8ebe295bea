"""Checks for module 01-values (값과 변수): a knitting studio's class fees and material costs.

Notebooks import one set as ``q``::

    from academy.exercises.m01_values import lesson as q      # lesson.ipynb
    from academy.exercises.m01_values import exercise as q    # exercise.ipynb

>>> exercise.total_class_fee.evaluate("35,000").kind
'incorrect'

The graded ``exercise`` set carries no answers: they are sealed digests
(``sealed/01-values.json``, from ``curriculum/01-values/exercise.ipynb``).
"""

from __future__ import annotations

import re
from typing import Any

from academy.checking import NO_EXAMPLE, Mistake, Problem, ProblemSet

__all__ = ["lesson", "exercise"]


# -- typical beginner mistakes, shared by several problems ------------------------------------

def _quoted_number(example: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda v: isinstance(v, str),
                   say="따옴표로 감싸면 숫자가 아니라 문자열(str)이 돼요. 금액 계산은 따옴표 없이 숫자로 해 주세요.",
                   example=example)


def _comma_in_number(example: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda v: isinstance(v, tuple),
                   say="코드 안의 숫자에 쉼표(,)를 넣었나요? 파이썬은 `35,000`을 '35와 0, 값 두 개'로 알아들어요. "
                       "코드에서는 쉼표 없이 쓰고, 쉼표는 화면에 보여 줄 때 f-문자열로 넣어요.",
                   example=example)


def _plus_not_times(wrong: Any = None, *, key: str | None = None) -> Mistake:
    """``wrong``: the wrong number (lesson); ``key``: its sealed digest (graded sets)."""
    say = "`+`로 더했나요? 같은 금액을 사람 수만큼 반복해서 더하는 건 곱하기(`*`)예요."
    if key is not None:
        return Mistake(gives=key, say=say)
    return Mistake(when=lambda v: v == wrong, say=say, example=wrong)


def _print_not_value(example: Any = None) -> Mistake:
    return Mistake(when=lambda v: v is None,
                   say="`print()`의 결과를 변수에 담았나요? print는 화면에 보여 주기만 하고 값을 남기지 않아요(None). "
                       "변수에는 문자열 자체를 담아 주세요.",
                   example=example)


def _missing_f(example: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda v: isinstance(v, str) and ("{" in v or "}" in v),
                   say="중괄호 `{ }`가 글자 그대로 남아 있어요. 따옴표 앞에 `f`를 붙였는지 확인해 보세요.",
                   example=example)


def _missing_comma(plain_amount: str | None = None, example: Any = NO_EXAMPLE) -> Mistake:
    """``plain_amount``: the amount without commas; without it, any run of 4+ digits counts."""
    return Mistake(when=lambda v: isinstance(v, str) and (
                       plain_amount in v if plain_amount else re.search(r"\d{4,}", v) is not None),
                   say="금액에 천 단위 쉼표가 없어요. 레슨의 f-문자열 부분에서 `1,234원`처럼 보여 주는 방법을 다시 보세요.",
                   example=example)


def _missing_won(amount_with_comma: str | None = None, example: Any = NO_EXAMPLE) -> Mistake:
    """``amount_with_comma``: the amount as shown; without it, any comma-grouped number counts."""
    return Mistake(when=lambda v: isinstance(v, str) and (
                       amount_with_comma in v and f"{amount_with_comma}원" not in v if amount_with_comma
                       else re.search(r"\d{1,3}(,\d{3})+(?![\d원])", v) is not None),
                   say="금액 바로 뒤에 '원'이 빠졌어요. 중괄호 `}` 바로 뒤에 원을 붙여 보세요.",
                   example=example)


def _spacing_only(expected: str | None, example: Any = NO_EXAMPLE, *, key: str | None = None) -> Mistake:
    """``expected``: the right text (lesson); ``key``: the sealed wrongly spaced text (graded sets)."""
    say = "글자는 모두 맞는데 띄어쓰기가 달라요. 빈칸 위치까지 문제에 나온 문장과 똑같이 맞춰 주세요."
    if key is not None:
        return Mistake(gives=key, say=say)
    return Mistake(when=lambda v: isinstance(v, str) and v != expected
                   and v.replace(" ", "") == expected.replace(" ", ""), say=say, example=example)


def _quoted_variable(variable: str, example: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda v: isinstance(v, str) and variable in v,
                   say=f"변수 이름 `{variable}`이(가) 글자 그대로 들어갔어요. 변수는 따옴표 밖에 써야 그 안의 값이 들어가요.",
                   example=example)


def _whole_int(answer: Any, expected: Any) -> bool:
    """Money read from text must end up a whole number (int), not text or a float."""
    return type(answer) is int and answer == expected


def _as_whole_int(answer: Any) -> tuple[bool, Any]:
    """``compare_as`` for graded money read from text: the value, and whether it is an int."""
    return type(answer) is int, answer


# -- lesson.ipynb: 직접 해 보기 -----------------------------------------------------------------

lesson = ProblemSet([
    Problem(
        "weekend_total",
        expected=42000 * 4,
        hints=[
            "주말반 1인 수강료 변수와 수강생 수 변수를 써서 계산해 보세요.",
            "사람 수만큼 같은 금액을 더하는 건 곱하기예요. 곱하기 기호는 `*`예요.",
        ],
        mistakes=[
            _quoted_number("168000"),
            _comma_in_number((42, 0)),
            _plus_not_times(42000 + 4),
            Mistake(when=lambda v: v == 42000,
                    say="한 사람 수강료만 들어 있어요. 수강생 수도 계산에 넣었나요?",
                    example=42000),
            Mistake(when=lambda v: v in (42000 * 3, 42000 * 5),
                    say="한 사람 차이가 나요. 수강생 수를 숫자로 직접 쓰지 말고 변수 `weekend_students`를 써 보세요.",
                    example=42000 * 5),
        ],
    ),
    Problem(
        "kit_price",
        expected=5000 + 4000 * 4,
        hints=[
            "키트 값 = 바늘 값 + (털실 한 타래 값 × 타래 수)예요.",
            "파이썬은 곱셈을 덧셈보다 먼저 계산해요. 괄호가 꼭 필요한지 생각해 보세요.",
        ],
        mistakes=[
            _quoted_number("21000"),
            Mistake(when=lambda v: v == (5000 + 4000) * 4,
                    say="바늘 값까지 타래 수만큼 곱해졌어요. 괄호를 어디에 쳤는지 살펴보세요.",
                    example=(5000 + 4000) * 4),
            Mistake(when=lambda v: v == 5000 + 4000,
                    say="털실을 한 타래 값만 더했어요. 타래 수도 계산에 넣었나요?",
                    example=5000 + 4000),
            Mistake(when=lambda v: v == 4000 * 4,
                    say="털실 값만 계산했어요. 바늘 값도 더했나요?",
                    example=4000 * 4),
        ],
    ),
    Problem(
        "bundle_count",
        expected=30000 // 4000,
        hints=[
            "예산을 한 타래 값으로 나누면 돼요.",
            "털실은 반 타래만 살 수 없어요. 나머지를 버리고 몫만 구하는 나눗셈 기호를 떠올려 보세요.",
        ],
        mistakes=[
            _quoted_number("7"),
            Mistake(when=lambda v: isinstance(v, float),
                    say="소수점이 있는 값이 나왔어요. `/`는 소수점까지 나눠요. 몫만 구하는 나눗셈 기호가 따로 있어요.",
                    example=30000 / 4000),
            Mistake(when=lambda v: v == 30000 % 4000,
                    say="나머지(남는 돈)를 구했어요. 여기서는 몫(살 수 있는 타래 수)을 구해요.",
                    example=30000 % 4000),
            Mistake(when=lambda v: v == round(30000 / 4000),
                    say="반올림했나요? 반올림하면 예산을 넘어요. 예산 안에서 살 수 있는 만큼만 세어 보세요.",
                    example=round(30000 / 4000)),
        ],
    ),
    Problem(
        "sign",
        expected="실타래 뜨개 공방",
        hints=[
            "문자열은 `+`로 이어 붙일 수 있어요.",
            "`+`는 빈칸을 넣어 주지 않아요. 빈칸이 필요하면 따옴표 안에 직접 넣어요.",
        ],
        mistakes=[
            _quoted_variable("studio_name", "studio_name 뜨개 공방"),
            _spacing_only("실타래 뜨개 공방", "실타래뜨개 공방"),
            Mistake(when=lambda v: v is not None and not isinstance(v, str),
                    say="문자열이 아닌 값이 들어 있어요. 간판 글자는 따옴표로 감싼 문자열이어야 해요.",
                    example=3),
        ],
    ),
    Problem(
        "price_tag",
        expected="목도리 키트: 28,000원",
        hints=[
            "따옴표 앞에 `f`를 붙이면 중괄호 `{ }` 안에 변수를 넣을 수 있어요.",
            "중괄호 안에서 변수 이름 뒤에 `:,`를 붙이면 천 단위 쉼표가 들어가요.",
            "콜론(:)과 빈칸, 그리고 금액 뒤의 '원'까지 문제의 모양과 똑같이 맞춰 보세요.",
        ],
        mistakes=[
            _print_not_value(),
            _missing_f("{item}: {price:,}원"),
            _missing_comma("28000", "목도리 키트: 28000원"),
            _missing_won("28,000", "목도리 키트: 28,000"),
            _spacing_only("목도리 키트: 28,000원", "목도리 키트:28,000원"),
        ],
    ),
    Problem(
        "member_text",
        expected="수강생 8명",
        hints=[
            "숫자와 글자는 `+`로 바로 이을 수 없어요. 숫자를 먼저 글자로 바꿔요.",
            "`str(숫자)`는 숫자를 글자(문자열)로 바꿔 줘요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, int),
                    say="숫자만 들어 있어요. '수강생'과 '명'을 붙인 문장(문자열)을 만들어 주세요.",
                    example=8),
            _quoted_variable("students", "수강생 students명"),
            _spacing_only("수강생 8명", "수강생8명"),
        ],
    ),
    Problem(
        "deposit",
        expected=120000,
        compare=_whole_int,
        hints=[
            "`int(\"3500\")`처럼 쓰면, 숫자만 있는 글자가 숫자로 바뀌어요.",
            "쉼표와 '원'은 먼저 `.replace(바꿀 글자, 새 글자)`로 없애야 해요.",
            "`.replace()`는 이어서 두 번 쓸 수 있어요: `글자.replace(...).replace(...)`",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str) and ("원" in v or "," in v),
                    say="쉼표나 '원'이 남아 있는 문자열이에요. 먼저 둘 다 없애고, 그다음 숫자로 바꿔 주세요.",
                    example="120,000"),
            Mistake(when=lambda v: isinstance(v, str),
                    say="숫자만 남았지만 아직 문자열(str)이에요. `int()`로 숫자로 바꿔 주세요.",
                    example="120000"),
            Mistake(when=lambda v: isinstance(v, float),
                    say="실수(float)로 바꿨어요. 원 단위 금액은 소수점이 없는 정수(int)로 바꿔 주세요.",
                    example=120000.0),
            Mistake(when=lambda v: v == 120,
                    say="쉼표 앞부분만 숫자가 된 것 같아요. 쉼표를 빈 글자 `\"\"`로 바꿔(replace) 없애 보세요.",
                    example=120),
        ],
    ),
])


# -- exercise.ipynb: graded, no answers here (sealed/01-values.json; examples with the tests) ----

exercise = ProblemSet([
    Problem(
        "total_class_fee",
        hints=[
            "주어진 변수 `class_fee`와 `students`를 써서 계산해 보세요.",
            "사람 수만큼 같은 금액을 더하는 건 곱하기예요.",
        ],
        mistakes=[
            _quoted_number(),
            _comma_in_number(),
            _plus_not_times(key="plus"),
            Mistake(when=lambda v: v == 35000,
                    say="한 사람 수강료만 들어 있어요. 수강생 수도 계산에 넣었나요?"),
            Mistake(gives="one_less",
                    say="한 사람 차이가 나요. 수강생 수를 직접 세지 말고 주어진 변수를 그대로 써 보세요."),
            Mistake(gives="one_more",
                    say="한 사람 차이가 나요. 수강생 수를 직접 세지 말고 주어진 변수를 그대로 써 보세요."),
        ],
    ),
    Problem(
        "cost_per_person",
        hints=[
            "한 사람 비용 = 수강료 + (털실 한 타래 값 × 한 사람이 쓰는 타래 수)예요.",
            "파이썬은 곱셈을 덧셈보다 먼저 계산해요. 괄호를 친다면 어디에 쳐야 할지 생각해 보세요.",
        ],
        mistakes=[
            _quoted_number(),
            Mistake(gives="fee_times_skeins",
                    say="수강료까지 타래 수만큼 곱해졌어요. 괄호를 어디에 쳤는지 살펴보세요. "
                        "괄호가 없으면 파이썬은 곱셈을 덧셈보다 먼저 계산해요."),
            Mistake(gives="one_skein",
                    say="털실을 한 타래 값만 더했어요. 한 사람이 쓰는 타래 수도 생각해 보세요."),
            Mistake(gives="yarn_only",
                    say="털실 값만 계산했어요. 수강료도 더했나요?"),
            Mistake(gives="whole_class",
                    say="반 전체 금액이 나왔어요. 여기서는 한 사람 몫만 구해요."),
        ],
    ),
    Problem(
        "skein_count",
        hints=[
            "예산을 털실 한 타래 값으로 나눠 보세요.",
            "털실은 한 타래씩만 살 수 있어요. 나머지는 버리고 몫만 구하는 나눗셈 기호가 있어요.",
        ],
        mistakes=[
            _quoted_number(),
            Mistake(when=lambda v: isinstance(v, float) and not float(v).is_integer(),
                    say="소수점이 있는 값이 나왔어요. 털실은 나눠 살 수 없으니, 나머지를 버리고 몫만 구하는 나눗셈을 써 보세요."),
            Mistake(gives="remainder",
                    say="나머지(남는 돈)를 구했어요. 여기서는 몫(살 수 있는 타래 수)을 구해요."),
            Mistake(gives="rounded",
                    say="반올림했나요? 반올림하면 예산을 넘어요. 예산 안에서 살 수 있는 만큼만 세어 보세요."),
        ],
    ),
    Problem(
        "money_left",
        hints=[
            "살 수 있는 만큼 털실을 사고 남는 돈은, 예산을 한 타래 값으로 나눈 '나머지'예요.",
            "나머지를 구하는 연산자는 레슨의 계산 기호 표에 있어요.",
        ],
        mistakes=[
            _quoted_number(),
            Mistake(gives="quotient",
                    say="몫(살 수 있는 타래 수)을 구했어요. 남는 돈은 나눗셈의 나머지예요."),
            Mistake(when=lambda v: isinstance(v, float),
                    say="소수점이 있는 값이 나왔어요. `/`는 나눗셈의 결과를 구해요. 남는 돈은 나머지를 구하는 연산자로 구해요."),
            Mistake(gives="one_skein",
                    say="한 타래 값만 뺐어요. 살 수 있는 만큼 모두 산 뒤에 남는 돈을 구해요."),
            Mistake(when=lambda v: v < 0,
                    say="남은 돈이 마이너스예요. 예산보다 많이 산 것 같아요."),
        ],
    ),
    Problem(
        "notice",
        hints=[
            "따옴표 앞에 `f`를 붙이고, 바뀔 수 있는 부분(이름, 금액)은 중괄호 `{ }` 안에 변수로 넣어요.",
            "천 단위 쉼표는 중괄호 안에서 변수 이름 뒤에 `:,`를 붙이면 들어가요.",
            "쉼표, 띄어쓰기, 마침표까지 문제에 나온 문장과 한 글자씩 비교해 보세요.",
        ],
        mistakes=[
            _print_not_value(NO_EXAMPLE),
            Mistake(when=lambda v: not isinstance(v, str),
                    say="안내 문장은 문자열(str)이어야 해요. 따옴표 앞에 `f`를 붙인 f-문자열로 만들어 보세요."),
            _missing_f(),
            _missing_comma(),
            _missing_won(),
            _quoted_variable("student_name"),
            Mistake(when=lambda v: "김하나" not in v,
                    say="수강생 이름이 빠졌어요. 이름도 변수로 넣어 보세요."),
            _spacing_only(None, key="spacing"),
        ],
    ),
    Problem(
        "sales_total",
        compare_as=_as_whole_int,
        hints=[
            "글자인 금액은 먼저 숫자로 바꿔야 더할 수 있어요.",
            "`.replace(\",\", \"\")`처럼 쓰면 쉼표를 없앨 수 있어요. 두 금액을 `print()`로 보고, 숫자가 아닌 글자를 같은 방법으로 모두 없애요.",
            "숫자만 남은 글자를 `int()`로 감싸면 숫자가 돼요. 두 금액 모두 그렇게 바꾼 뒤 더해요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str) and any(mark in v for mark in ("원", ",", "₩")),
                    say="아직 글자(문자열) 그대로예요. 쉼표, '원', '₩'처럼 숫자가 아닌 글자를 없앤 뒤 `int()`로 숫자로 바꿔야 계산할 수 있어요."),
            Mistake(when=lambda v: isinstance(v, str),
                    say="아직 문자열(str)이에요. 문자열끼리 `+`를 하면 더해지지 않고 이어 붙여져요(\"1\" + \"2\" → \"12\"). "
                        "`int()`로 숫자로 바꾼 뒤 계산해 주세요."),
            Mistake(when=lambda v: isinstance(v, float),
                    say="실수(float)로 바꿨어요. 원 단위 금액은 소수점이 없는 정수(int)로 바꿔 주세요."),
            Mistake(gives="cut_at_comma",
                    say="쉼표 앞부분만 숫자가 된 것 같아요. 쉼표에서 잘라 내지 말고, 쉼표를 빈 글자 `\"\"`로 바꿔(replace) 없애 보세요."),
            Mistake(when=lambda v: v in (12000, 35000),
                    say="한쪽 매출만 들어 있어요. 두 매출을 모두 더했는지 확인해 보세요."),
        ],
    ),
], graded=True, sealed="01-values")
