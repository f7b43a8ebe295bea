"""Checks for module 00-start (주피터 첫걸음): the lesson's try-its and the exercise's visible tests.

Notebooks import one set as ``q``::

    from academy.exercises.m00_start import lesson as q      # lesson.ipynb
    from academy.exercises.m00_start import exercise as q    # exercise.ipynb

>>> exercise.my_name.evaluate("한결").kind
'correct'
>>> exercise.run_key.evaluate("4").kind
'incorrect'

The graded ``exercise`` set carries no answers: they are sealed digests
(``sealed/00-start.json``, from ``curriculum/00-start/exercise.ipynb``).
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from academy.checking import Mistake, Problem, ProblemSet

__all__ = ["lesson", "exercise"]


# -- small building blocks (data stays below, in the two problem sets) ----------------------

def _any_name(answer: Any, _expected: Any) -> bool:
    """Any non-empty text counts: only the learner knows their own name."""
    return isinstance(answer, str) and answer.strip() != ""


def _name_problem(name: str, hints: Sequence[str]) -> Problem:
    return Problem(
        name,
        expected="한결",  # only an example: `compare` accepts any non-empty text
        compare=_any_name,
        hints=hints,
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str) and v.strip() == "",
                    say="따옴표 안이 비어 있어요. 따옴표 사이에 이름을 써 주세요.",
                    example=""),
            Mistake(when=lambda v: isinstance(v, (int, float)),
                    say="숫자가 들어 있어요. 이름 같은 글자는 따옴표(\")로 감싸야 글자(문자열)가 돼요.",
                    example=2026),
            Mistake(when=lambda v: v is None,
                    say="`print()`의 결과를 담았나요? print는 화면에 보여 주기만 하고 값을 남기지 않아요(None). "
                        "`=` 오른쪽에는 따옴표로 감싼 이름만 써 주세요.",
                    example=None),
        ],
        solution="한결",
    )


def _choice_problem(name: str, answer: int, choices: int, wrong: Mapping[int, str],
                    hints: Sequence[str]) -> Problem:
    """A multiple-choice question answered with the number of a choice (1..choices)."""
    mistakes = [
        Mistake(when=lambda v: isinstance(v, str) and v.strip().isdigit(),
                say="번호를 따옴표로 감쌌어요. `\"1\"`처럼 쓰면 글자가 되고, `1`처럼 따옴표 없이 써야 숫자가 돼요.",
                example=str(answer)),
        Mistake(when=lambda v: isinstance(v, str),
                say="보기의 내용을 글로 썼나요? 보기 앞의 번호(숫자) 하나만 써 주세요.",
                example="잘 모르겠어요"),
        Mistake(when=lambda v, n=choices: isinstance(v, int) and not 1 <= v <= n,
                say="보기에 없는 번호예요. 보기 앞에 적힌 번호 중에서 하나를 골라 주세요.",
                example=choices + 1),
    ]
    for number, reason in wrong.items():
        mistakes.append(Mistake(when=lambda v, n=number: v == n, say=reason, example=number))
    return Problem(name, expected=answer, hints=hints, mistakes=mistakes)


def _total_problem(name: str, unit_price: int, count: int, hints: Sequence[str]) -> Problem:
    """``unit_price × count`` typed into a code cell like a calculator."""
    thousands, rest = divmod(unit_price, 1000)
    comma_tuple = (thousands, rest * count)  # what `4,500 * 3` means to Python
    return Problem(
        name,
        expected=unit_price * count,
        hints=hints,
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str),
                    say="따옴표로 감싸면 계산되지 않고 글자(문자열)가 돼요. 계산식은 따옴표 없이 써 주세요.",
                    example=str(unit_price * count)),
            Mistake(when=lambda v: isinstance(v, tuple),
                    say="숫자 안에 쉼표(,)를 썼나요? 코드에서 쉼표는 '값 여러 개'라는 뜻이에요. "
                        "코드 안의 숫자는 쉼표 없이 써 주세요.",
                    example=comma_tuple),
            Mistake(when=lambda v: v == unit_price + count,
                    say="`+`로 더했나요? 같은 값을 여러 번 더하는 건 곱하기예요. 파이썬의 곱하기 기호는 `*`예요.",
                    example=unit_price + count),
            Mistake(when=lambda v: v == unit_price,
                    say="한 개 값만 들어 있어요. 개수만큼 곱했는지 확인해 보세요.",
                    example=unit_price),
        ],
    )


# -- lesson.ipynb: 직접 해 보기 -----------------------------------------------------------------

lesson = ProblemSet([
    _name_problem("my_name", hints=[
        "`my_name = ____`에서 `____` 자리만 바꾸면 돼요.",
        "글자는 따옴표로 감싸요. 예를 들어 동네 이름이라면 `\"소셜동\"`처럼 써요.",
    ]),
    _total_problem("snack_total", unit_price=1500, count=4, hints=[
        "호떡 한 개 값과 개수를 곱하면 돼요.",
        "파이썬의 곱하기 기호는 `*`예요. 숫자 안에는 쉼표를 쓰지 않아요.",
    ]),
    _choice_problem("restart_quiz", answer=2, choices=3, wrong={
        1: "커널을 다시 시작하면 파이썬이 기억하던 값(변수)은 모두 지워져요. 그래서 예전 값이 그대로 나오지는 않아요.",
        3: "지워진 변수가 0으로 바뀌지는 않아요. 파이썬은 그 이름을 아예 모르는 상태가 돼요.",
    }, hints=[
        "커널은 코드를 실행하고 값을 기억하는 '파이썬 엔진'이에요. 다시 시작하면 그 기억은 어떻게 될까요?",
        "위에서 `coffee_price`를 만들기 전에 쓰려고 했을 때 어떤 일이 있었는지 떠올려 보세요.",
    ]),
    _choice_problem("submit_quiz", answer=3, choices=4, wrong={
        1: "노트북 창을 닫는다고 제출되지는 않아요. 제출은 직접 버튼을 눌러야 해요.",
        2: "가져오기(Fetch)는 과제를 처음 받을 때 누르는 버튼이에요. 다 푼 과제를 보낼 때는 다른 버튼을 써요.",
        4: "Validate(검사)는 제출 전에 점검만 해 줘요. 강사님께 보내지는 않아요.",
    }, hints=[
        "과제를 '받을 때'와 '보낼 때' 누르는 버튼이 서로 달라요.",
        "보내기 전에 저장하는 것도 잊지 마세요. 그다음 Assignments 탭에서 누를 버튼을 골라 보세요.",
    ]),
])


# -- exercise.ipynb: graded, no answers here (sealed/00-start.json; examples with the tests) ----

def _sealed_choice(name: str, choices: int, wrong: Mapping[int, str], hints: Sequence[str]) -> Problem:
    """A graded multiple-choice question: the right number is sealed, and so is each wrong
    choice's message (naming the wrong numbers would give the right one away)."""
    mistakes = [
        Mistake(when=lambda v: isinstance(v, str) and v.strip().isdigit(),
                say="번호를 따옴표로 감쌌어요. `\"1\"`처럼 쓰면 글자가 되고, `1`처럼 따옴표 없이 써야 숫자가 돼요."),
        Mistake(when=lambda v: isinstance(v, str),
                say="보기의 내용을 글로 썼나요? 보기 앞의 번호(숫자) 하나만 써 주세요."),
        Mistake(when=lambda v, n=choices: isinstance(v, int) and not 1 <= v <= n,
                say="보기에 없는 번호예요. 보기 앞에 적힌 번호 중에서 하나를 골라 주세요."),
    ]
    mistakes += [Mistake(gives=key, say=reason) for key, reason in wrong.items()]
    return Problem(name, hints=hints, mistakes=mistakes)


exercise = ProblemSet([
    Problem("my_name", accept=lambda v: isinstance(v, str) and v.strip() != "", hints=[
        "`my_name = ` 뒤에 여러분의 이름이나 별명을 쓰면 돼요.",
        "글자는 큰따옴표(\")나 작은따옴표(')로 감싸야 해요.",
    ], mistakes=[
        Mistake(when=lambda v: isinstance(v, str) and v.strip() == "",
                say="따옴표 안이 비어 있어요. 따옴표 사이에 이름을 써 주세요."),
        Mistake(when=lambda v: isinstance(v, (int, float)),
                say="숫자가 들어 있어요. 이름 같은 글자는 따옴표(\")로 감싸야 글자(문자열)가 돼요."),
        Mistake(when=lambda v: v is None,
                say="`print()`의 결과를 담았나요? print는 화면에 보여 주기만 하고 값을 남기지 않아요(None). "
                    "`=` 오른쪽에는 따옴표로 감싼 이름만 써 주세요."),
    ]),
    _sealed_choice("run_key", choices=4, wrong={
        "enter": "Enter만 누르면 셀 안에서 줄만 바뀌어요. 실행하려면 다른 키를 함께 눌러야 해요.",
        "save": "Ctrl+S는 노트북을 저장하는 키예요. 셀을 실행하지는 않아요.",
        "escape": "Esc는 셀 편집을 끝내는 키예요. 셀을 실행하지는 않아요.",
    }, hints=[
        "레슨에서 셀을 실행할 때 어떤 키를 눌렀는지 떠올려 보세요.",
        "실행 키는 두 개의 키를 함께 눌러요.",
    ]),
    Problem("coffee_total", hints=[
        "아메리카노 값(한 잔 값 × 잔 수)과 쿠키 값(한 개 값 × 개수)을 따로 생각해 보세요. 그 둘을 더하면 돼요.",
        "곱하기는 `*`, 더하기는 `+`예요. 곱하기를 먼저 계산하니 괄호 없이 한 줄로 써도 돼요. 코드 안의 숫자에는 쉼표(,)를 쓰지 않아요.",
    ], mistakes=[
        Mistake(when=lambda v: isinstance(v, str),
                say="따옴표로 감싸면 계산되지 않고 글자(문자열)가 돼요. 계산식은 따옴표 없이 써 주세요."),
        Mistake(when=lambda v: isinstance(v, tuple),
                say="숫자 안에 쉼표(,)를 썼나요? 코드에서 쉼표는 '값 여러 개'라는 뜻이에요. "
                    "코드 안의 숫자는 쉼표 없이 써 주세요."),
        Mistake(gives="plus",
                say="`+`로 더했나요? 같은 값을 여러 번 더하는 건 곱하기예요. 파이썬의 곱하기 기호는 `*`예요."),
        Mistake(gives="coffee_only",
                say="아메리카노 값만 들어 있어요. 쿠키 두 개 값도 더해 주세요."),
        Mistake(gives="grouped",
                say="값을 먼저 더하고 개수를 곱했나요? 아메리카노는 3잔, 쿠키는 2개라서 따로 곱한 다음 더해요."),
    ]),
    Problem(
        "error_name",
        compare_as=str.strip,
        hints=[
            "레슨에서 `coffee_price`를 만들기 전에 먼저 쓰려고 했을 때 나온 빨간 상자를 떠올려 보세요.",
            "오류 메시지의 맨 아래 줄에서 콜론(:) 앞에 있는 영어 단어가 오류 이름이에요.",
            "파이썬이 아직 모르는 '이름'을 썼을 때 나는 오류예요. 글자이니 따옴표로 감싸 주세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: not isinstance(v, str),
                    say="오류 이름도 글자라서 따옴표로 감싸야 해요."),
            Mistake(when=lambda v: ":" in v,
                    say="마지막 줄 전체를 옮겨 썼네요. 콜론(:) 앞의 오류 이름 한 단어만 써 주세요."),
            Mistake(gives="lowercase",
                    say="거의 맞았어요! 파이썬은 대문자와 소문자를 다르게 봐요. 오류 메시지에 나온 그대로 써 주세요."),
            Mistake(when=lambda v: v.strip() == "SyntaxError",
                    say="SyntaxError는 문법이 틀렸을 때 나요. 두 셀의 코드는 문법이 맞고, 실행한 순서만 달라요."),
            Mistake(when=lambda v: v.strip() in {"TypeError", "ValueError"},
                    say="값의 종류나 내용이 맞지 않을 때 나는 오류예요. 여기서는 값이 아직 만들어지지도 않았어요."),
            Mistake(when=lambda v: any("가" <= ch <= "힣" for ch in v),
                    say="오류 이름은 영어로 나와요. 오류 메시지 맨 아래 줄에 나온 영어 이름을 그대로 써 주세요."),
        ],
    ),
    _sealed_choice("after_restart", choices=4, wrong={
        "code_erased": "커널을 다시 시작해도 셀에 쓴 코드와 글은 지워지지 않아요. 지워지는 것은 다른 거예요.",
        "nothing": "커널을 다시 시작하면 분명히 무언가가 바뀌어요. 다시 시작한 뒤 변수를 바로 써 보면 알 수 있어요.",
        "submitted": "커널을 다시 시작한다고 제출되지는 않아요. 제출은 Assignments 탭에서 직접 해요.",
    }, hints=[
        "커널은 코드를 실행하고 값을 기억하는 '파이썬 엔진'이에요.",
        "엔진을 껐다 켜면 엔진의 기억은 사라지지만, 노트북 파일에 적힌 내용은 어떻게 될까요?",
    ]),
    _sealed_choice("submit_steps", choices=4, wrong={
        "submit_first": "제출을 먼저 하면 저장하지 않은 내용은 빠진 채로 제출돼요. 순서를 다시 생각해 보세요.",
        "before_solving": "문제를 풀기 전에 제출하면 빈 과제가 가요. 순서를 다시 생각해 보세요.",
        "close_window": "창을 닫는다고 자동으로 제출되지는 않아요. 제출은 직접 버튼을 눌러야 해요.",
    }, hints=[
        "과제는 먼저 받아야 풀 수 있어요.",
        "다 푼 뒤에는 저장하고, 마지막에 보내요.",
    ]),
], graded=True, sealed="00-start")
