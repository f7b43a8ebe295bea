"""Checks for module 04-functions (함수와 오류 다루기): engagement_rate(), Korean hashtags, try/except.

Notebooks import one set as ``q``::

    from academy.exercises.m04_functions import lesson as q      # lesson.ipynb
    from academy.exercises.m04_functions import exercise as q    # exercise.ipynb

>>> lesson.is_hashtag.evaluate(_is_hashtag).kind
'correct'
>>> lesson.is_hashtag.evaluate(lambda word: word.startswith("#")).kind
'incorrect'

The graded ``exercise`` set carries no answers: its expected results are sealed digests
(``sealed/04-functions.json``, from ``curriculum/04-functions/exercise.ipynb``).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from academy.checking import Mistake, Problem, ProblemSet, raises, result_of

__all__ = ["lesson", "exercise"]


# -- recognisers for function answers -------------------------------------------------------------

def _raises(error: type[BaseException], *args: Any) -> Callable[[Callable], bool]:
    """``when`` for 'calling it with ``args`` raises ``error``' (a recogniser may not crash)."""
    def when(func: Callable) -> bool:
        try:
            func(*args)
        except error:
            return True
        except Exception:
            return False
        return False
    return when


def _printed_not_returned(*args: Any) -> Mistake:
    return Mistake(when=lambda f: f(*args) is None,
                   say="아무것도 돌려주지 않았어요(None). 결과를 `print()`로 보여 주기만 했나요? "
                       "함수 밖에서 쓰려면 `return`으로 돌려줘야 해요.",
                   example=lambda *a, **k: print("결과를 화면에만 보여 줘요"))


def _returns_none(*args: Any) -> Mistake:
    """The graded twin of ``_printed_not_returned`` (its example lives with the tests)."""
    return Mistake(when=lambda f: result_of(f, *args) is None,
                   say="아무것도 돌려주지 않았어요(None). 결과를 `print()`로 보여 주기만 했나요? "
                       "함수 밖에서 쓰려면 `return`으로 돌려줘야 해요.")


# -- right answers of the lesson try-its (practice; the graded answers are sealed) ----------------

def _won(amount: int) -> str:
    return f"{amount:,}원"


def _order_total(price: int, count: int, shipping: int = 3000) -> int:
    return price * count + shipping


def _safe_average(likes: list) -> float:
    try:
        return sum(likes) / len(likes)
    except ZeroDivisionError:
        return 0


def _is_hashtag(word: str) -> bool:
    return word.startswith("#") and len(word) > 1


def _hashtags_in(text):
    return [tag.lower() for tag in re.findall(r"#\w+", text)]


def _cases(func: Callable, *inputs: tuple) -> list[tuple[tuple, Any]]:
    return [(args, func(*args)) for args in inputs]


# -- lesson.ipynb: 직접 해 보기 -----------------------------------------------------------------

lesson = ProblemSet([
    Problem(
        "won",
        cases=_cases(_won, (4500,), (128000,), (700,)),
        solution=_won,
        hints=[
            "f-문자열로 문장을 만들고 `return`으로 돌려줘요.",
            "중괄호 안에서 `amount` 뒤에 `:,`를 붙이면 천 단위 쉼표가 들어가요. 중괄호 뒤에 '원'을 붙여요.",
        ],
        mistakes=[
            _printed_not_returned(4500),
            Mistake(when=lambda f: "," not in f(128000),
                    say="천 단위 쉼표가 없어요. 중괄호 안에서 변수 이름 뒤에 `:,`를 붙여 보세요.",
                    example=lambda amount: f"{amount}원"),
            Mistake(when=lambda f: not f(128000).endswith("원"),
                    say="금액 뒤에 '원'이 없어요. 중괄호 `}` 바로 뒤에 원을 붙여 보세요.",
                    example=lambda amount: f"{amount:,}"),
        ],
    ),
    Problem(
        "order_total",
        cases=_cases(_order_total, (12000, 2), (12000, 2, 0), (5000, 1), (4500, 3, 2500)),
        solution=_order_total,
        hints=[
            "주문 금액은 `price * count`, 여기에 배송비를 더해요.",
            "기본값은 `def order_total(price, count, shipping=...)`처럼 매개변수 이름 뒤에 `=`로 써요.",
        ],
        mistakes=[
            _printed_not_returned(12000, 2),
            Mistake(when=_raises(TypeError, 12000, 2),
                    say="값 두 개만 넣어 부르면 오류가 나요. 배송비(`shipping`)에 기본값을 정해 두었나요?",
                    example=lambda price, count, shipping: price * count + shipping),
            Mistake(when=lambda f: f(12000, 2) == 12000 * 2,
                    say="배송비가 빠졌어요. 주문 금액에 `shipping`을 더해 보세요.",
                    example=lambda price, count, shipping=3000: price * count),
            Mistake(when=lambda f: f(12000, 2, 0) == f(12000, 2) and f(12000, 2) != 12000 * 2,
                    say="배송비를 0원으로 넣어도 결과가 같아요. 숫자를 직접 쓰지 말고 매개변수 `shipping`을 더해 보세요.",
                    example=lambda price, count, shipping=3000: price * count + 3000),
        ],
    ),
    Problem(
        "safe_average",
        cases=_cases(_safe_average, ([10, 20, 30],), ([],), ([7],), ([12, 50, 7, 73],)),
        solution=_safe_average,
        hints=[
            "평균은 `sum(likes) / len(likes)`예요. 이 계산을 `try:` 안에 넣어요.",
            "빈 리스트면 0으로 나누게 돼요. `except ZeroDivisionError:` 아래에서 0을 돌려줘요.",
        ],
        mistakes=[
            Mistake(when=_raises(ZeroDivisionError, []),
                    say="빈 리스트를 넣으면 0으로 나누는 오류가 나요. 계산을 `try:` 안에 넣고 `except ZeroDivisionError:`에서 0을 돌려줘요.",
                    example=lambda likes: sum(likes) / len(likes)),
            Mistake(when=lambda f: f([]) is None,
                    say="빈 리스트일 때 아무것도 돌려주지 않았어요(None). except 아래에서도 `return`으로 0을 돌려줘요.",
                    example=lambda likes: sum(likes) / len(likes) if likes else print("게시물이 없어요")),
            Mistake(when=lambda f: f([10, 20, 30]) == 60,
                    say="합계가 나왔어요. 평균은 합계를 개수로 나눠요.",
                    example=lambda likes: sum(likes)),
        ],
    ),
    Problem(
        "is_hashtag",
        cases=_cases(_is_hashtag, ("#뜨개질",), ("뜨개질",), ("#",), ("#수강생모집",), ("가격#",)),
        solution=_is_hashtag,
        hints=[
            "`word.startswith(\"#\")`는 word가 #으로 시작하면 True예요.",
            "`#` 한 글자만 있으면 해시태그가 아니에요. `len(word)`도 함께 확인하고, 두 조건은 `and`로 이어요.",
        ],
        mistakes=[
            _printed_not_returned("#뜨개질"),
            Mistake(when=lambda f: f("#") is True,
                    say="`#` 한 글자만 있어도 해시태그라고 했어요. # 뒤에 글자가 있어야 해시태그예요. 글자 수도 확인해 보세요.",
                    example=lambda word: word.startswith("#")),
            Mistake(when=lambda f: f("가격#") is True,
                    say="#이 단어 중간이나 끝에 있어도 해시태그라고 했어요. #으로 '시작'하는지 확인해 보세요.",
                    example=lambda word: "#" in word and len(word) > 1),
            Mistake(when=lambda f: isinstance(f("#뜨개질"), str),
                    say="글자를 돌려줬어요. 이 함수는 참/거짓(True/False)을 돌려줘요. 비교식의 결과를 그대로 return해 보세요.",
                    example=lambda word: "True" if word.startswith("#") else "False"),
        ],
    ),
    Problem(
        "hashtags_in",
        cases=_cases(_hashtags_in, ("#소금빵! 오늘 나왔어요 #Bakery",), ("겨울 준비 #뜨개질#목도리",),
                     ("#Dog 산책 #dog",), ("해시태그가 없는 글이에요 # 3석",)),
        solution=_hashtags_in,
        hints=[
            "`re.findall(r\"#\\w+\", text)`는 해시태그 리스트를 돌려줘요. 먼저 이것을 그대로 return해서 확인 셀을 실행해 보세요.",
            "리스트의 해시태그마다 `lower()`를 해서 새 리스트를 만들어요. 03에서 배운 리스트 컴프리헨션을 써 보세요.",
        ],
        mistakes=[
            _printed_not_returned("#Dog 산책 #dog"),
            Mistake(when=lambda f: "#Dog" in f("#Dog 산책 #dog"),
                    say="`#Dog`가 대문자 그대로예요. 해시태그마다 `lower()`로 소문자로 맞춰 보세요.",
                    example=lambda text: re.findall(r"#\w+", text)),
            Mistake(when=lambda f: "#소금빵!" in f("#소금빵! 오늘 나왔어요 #Bakery"),
                    say="느낌표까지 해시태그에 들어갔어요. `split()` 대신 `re.findall(r\"#\\w+\", text)`로 찾아 보세요. "
                        "`\\w`에는 문장 부호가 들어가지 않아요.",
                    example=lambda text: [w.lower() for w in text.split() if w.startswith("#") and len(w) > 1]),
            Mistake(when=lambda f: f("겨울 준비 #뜨개질#목도리") == ["#뜨개질#목도리"],
                    say="붙어 있는 해시태그 두 개가 하나로 뽑혔어요. `re.findall(r\"#\\w+\", text)`는 `#`마다 새로 찾아요.",
                    example=lambda text: [w.rstrip("!").lower() for w in text.split() if w.startswith("#") and len(w) > 1]),
            Mistake(when=lambda f: f("#Dog 산책 #dog") == ["#dog"],
                    say="같은 해시태그를 한 번만 담았어요. 이번에는 나온 만큼 모두 담아요. 세는 것은 다음 단계에서 해요.",
                    example=lambda text: list(dict.fromkeys(t.lower() for t in re.findall(r"#\w+", text)))),
        ],
    ),
])


# -- exercise.ipynb: visible tests (hidden tests live only in the source notebook) ------------

exercise = ProblemSet([
    Problem(
        "engagement_rate",
        inputs=[(45, 5, 1000), (33, 4, 1200), (0, 0, 500), (10, 2, 0)],
        hints=[
            "먼저 좋아요와 댓글을 더하고, 팔로워로 나눈 다음 100을 곱해요. 더하기를 먼저 하려면 괄호가 필요해요.",
            "`round(값, 1)`은 소수 첫째 자리까지 반올림해요.",
            "팔로워가 0명이면 0으로 나누게 돼요. `try:`/`except ZeroDivisionError:`로 그때 0.0을 돌려줘요.",
        ],
        mistakes=[
            _returns_none(45, 5, 1000),
            Mistake(when=lambda f: raises(f, 10, 2, 0, error=ZeroDivisionError),
                    say="팔로워가 0명인 계정에서 0으로 나누는 오류가 났어요. 그때는 0.0을 돌려주도록 "
                        "`try:`/`except ZeroDivisionError:`를 써 보세요."),
            Mistake(gives=((500, 0, 1000), "no_percent"),
                    say="결과가 100분의 1 크기예요. 퍼센트(%)로 나타내려면 100을 곱해야 해요."),
            Mistake(gives=((45, 5, 1000), "no_parentheses"),
                    say="댓글만 팔로워로 나눠진 것 같아요. 더하기를 먼저 하도록 좋아요와 댓글을 괄호로 묶어 보세요."),
            Mistake(gives=((45, 5, 1000), "no_comments"),
                    say="댓글이 빠졌어요. 팔로워 대비 참여율에는 좋아요와 댓글을 모두 넣어요."),
            Mistake(gives=((33, 4, 1200), "not_rounded"),
                    say="소수점 아래가 너무 길어요. `round(값, 1)`로 소수 첫째 자리까지 반올림해 보세요."),
        ],
    ),
    Problem(
        "to_number",
        inputs=[("1,234",), ("56",), ("-",), ("",)],
        hints=[
            "쉼표를 없애고 `int()`로 바꾸는 줄을 `try:` 안에 넣어요.",
            "`int(\"-\")`는 ValueError를 내요. `except ValueError:` 아래에서 0을 돌려줘요.",
            "모든 오류를 잡는 `except:`가 아니라, 잡을 오류의 이름(ValueError)을 꼭 써 주세요.",
        ],
        mistakes=[
            _returns_none("56"),
            Mistake(when=lambda f: raises(f, "-", error=ValueError),
                    say="숫자로 바꿀 수 없는 글자(데이터 없음 표시 `-`)가 들어오자 ValueError가 났어요. "
                        "바꾸는 줄을 `try:` 안에 넣고 `except ValueError:`에서 0을 돌려줘요."),
            Mistake(when=lambda f: result_of(f, "-") is None,
                    say="바꿀 수 없는 글자일 때 아무것도 돌려주지 않았어요(None). except 아래에서도 `return`으로 0을 돌려줘요."),
            Mistake(when=lambda f: isinstance(result_of(f, "56"), str),
                    say="글자(문자열)를 돌려줬어요. 쉼표를 없앤 뒤 `int()`로 숫자로 바꿔서 돌려줘요."),
        ],
    ),
    Problem(
        "extract_hashtags",
        inputs=[("오늘도 #뜨개질 수업이 있어요 #수강생모집",),
                ("#뜨개질#목도리 완성! #뜨개질",),
                ("해시태그가 없는 글이에요",),
                ("남은 자리 # 3석 #원데이클래스!",),
                ("#Knit #knit #뜨개질",)],
        hints=[
            "레슨에서 배운 `re.findall(r\"#\\w+\", text)`로 해시태그를 모두 찾아요. 느낌표나 붙어 있는 해시태그도 제대로 나눠 줘요.",
            "빈 리스트 `tags = []`에서 시작해서, 찾은 해시태그를 하나씩 `lower()`로 소문자로 맞춰요.",
            "이미 담은 해시태그인지는 `tag not in tags`로 확인하고, 처음 보는 것만 `tags.append(tag)`로 담아요.",
        ],
        mistakes=[
            _returns_none("오늘도 #뜨개질 수업이 있어요 #수강생모집"),
            Mistake(when=lambda f: (lambda r: bool(r) and all(not t.startswith("#") for t in r))(
                        result_of(f, "오늘도 #뜨개질 수업이 있어요 #수강생모집")),
                    say="해시태그 앞의 `#`이 빠졌어요. `#`까지 함께 담아 주세요."),
            Mistake(when=lambda f: "#원데이클래스!" in result_of(f, "남은 자리 # 3석 #원데이클래스!"),
                    say="느낌표 같은 문장 부호까지 해시태그에 들어갔어요. 빈칸으로 자르는 `split()` 대신 "
                        "`re.findall(r\"#\\w+\", text)`로 찾아 보세요. `\\w`에는 문장 부호가 들어가지 않아요."),
            Mistake(when=lambda f: "#뜨개질#목도리" in result_of(f, "#뜨개질#목도리 완성! #뜨개질"),
                    say="빈칸 없이 붙은 해시태그 두 개가 하나로 뽑혔어요. `re.findall(r\"#\\w+\", text)`는 `#`마다 새로 찾아요."),
            Mistake(when=lambda f: (lambda r: len(r) != len(set(r)))(result_of(f, "#뜨개질#목도리 완성! #뜨개질")),
                    say="같은 해시태그가 두 번 들어 있어요. 이미 담은 해시태그는 다시 담지 않도록 `if`로 확인해 보세요."),
            Mistake(when=lambda f: "#Knit" in result_of(f, "#Knit #knit #뜨개질"),
                    say="`#Knit`가 대문자 그대로예요. 해시태그마다 `lower()`로 소문자로 맞춘 다음, 이미 담았는지 확인해요."),
        ],
    ),
    Problem(
        "count_tags",
        inputs=[([["#뜨개질", "#목도리"], ["#뜨개질"], []],), ([],), ([["#knit"], ["#knit", "#뜨개질"]],)],
        hints=[
            "빈 딕셔너리 `counts = {}`에서 시작해요. 바깥 for로 게시물 하나(해시태그 리스트)를 꺼내요.",
            "안쪽 for로 그 리스트의 해시태그를 하나씩 꺼내요. for 안에 for를 써요.",
            "`counts.get(tag, 0)`은 키가 없으면 0을 돌려줘요. 거기에 1을 더해 다시 담아요.",
        ],
        mistakes=[
            _returns_none([["#뜨개질"]]),
            Mistake(when=lambda f: raises(f, [["#뜨개질"]], error=KeyError),
                    say="처음 나온 해시태그에서 KeyError가 났어요. 딕셔너리에 아직 없는 키에는 `+= 1`을 할 수 없어요. "
                        "`counts.get(tag, 0) + 1`처럼 없을 때는 0에서 시작해 보세요."),
            Mistake(when=lambda f: raises(f, [["#뜨개질"]], error=TypeError),
                    say="리스트를 딕셔너리의 키로 쓰려다 TypeError가 났어요. 바깥 for로 꺼낸 것은 해시태그 리스트예요. "
                        "안쪽 for로 그 안의 해시태그를 하나씩 꺼내서 세요."),
            Mistake(gives=(([["#뜨개질"], ["#뜨개질", "#목도리"]],), "counted_once"),
                    say="여러 게시물에 나온 해시태그도 1로 셌어요. 이미 있는 해시태그라면 원래 수에 1을 더해요."),
        ],
    ),
    Problem(
        "post_summary",
        inputs=[("토", 88, 14), ("월", 1234), ("수", 7, 0)],
        hints=[
            "f-문자열로 문장을 만들어 `return`해요. 요일 뒤에 '요일'을 붙여요.",
            "`comments`는 넣지 않고 불러도 되도록 `comments=0`처럼 기본값을 정해요.",
            "좋아요와 댓글 수에는 `:,`로 천 단위 쉼표를 넣어요.",
        ],
        mistakes=[
            _returns_none("토", 88, 14),
            Mistake(when=lambda f: raises(f, "월", 1234, error=TypeError),
                    say="댓글 수를 넣지 않고 부르면 오류가 나요. `comments`에 기본값 0을 정해 두었나요?"),
            Mistake(when=lambda f: "1234" in result_of(f, "월", 1234),
                    say="좋아요 수에 천 단위 쉼표가 없어요. 중괄호 안에서 변수 이름 뒤에 `:,`를 붙여 보세요."),
            Mistake(when=lambda f: "요일" not in result_of(f, "토", 88, 14),
                    say="요일 이름 뒤에 '요일'이 빠졌어요. 문제에 나온 모양과 한 글자씩 비교해 보세요."),
        ],
    ),
], graded=True, sealed="04-functions")
