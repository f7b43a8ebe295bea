"""Checks for module 06-pandas (판다스로 표 다루기): the bakery's sales sheet and a pet shop's
posts table -- selecting, filtering, sorting, new columns, ``"3,500원"`` to numbers.

Notebooks import one set as ``q``::

    from academy.exercises.m06_pandas import lesson as q      # lesson.ipynb
    from academy.exercises.m06_pandas import exercise as q    # exercise.ipynb

>>> import pandas as pd
>>> exercise.to_won.evaluate(lambda s: s.str.replace(",", "").str.replace("원", "")).kind
'incorrect'
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pandas.testing as pdt

from academy.checking import Mistake, Problem, ProblemSet, raises, result_of
from academy.data import data_path

__all__ = ["lesson", "exercise", "same_series", "same_frame", "table_rows"]

BAKERY = "bakery/sales_cp949.csv"


# -- equality for pandas answers (``==`` on a DataFrame gives a table, not True/False) ---------

def same_series(answer: Any, expected: pd.Series, *, integer: bool = False, ignore_index: bool = False) -> bool:
    """Same values (and index unless ``ignore_index``); ``integer`` also demands an int dtype."""
    if not isinstance(answer, pd.Series):
        return False
    if integer and not pd.api.types.is_integer_dtype(answer.dtype):
        return False
    if ignore_index:
        answer, expected = answer.reset_index(drop=True), expected.reset_index(drop=True)
    try:
        pdt.assert_series_equal(answer, expected, check_dtype=False, check_names=False,
                                check_index_type=False, check_freq=False)
    except (AssertionError, TypeError, ValueError):
        return False
    return True


def same_frame(answer: Any, expected: pd.DataFrame, *, ignore_index: bool = True) -> bool:
    """Same columns and rows in the same order (the row labels may be renumbered)."""
    if not isinstance(answer, pd.DataFrame):
        return False
    if ignore_index:
        answer, expected = answer.reset_index(drop=True), expected.reset_index(drop=True)
    try:
        pdt.assert_frame_equal(answer, expected, check_dtype=False, check_index_type=False,
                               check_column_type=False)
    except (AssertionError, TypeError, ValueError):
        return False
    return True


# -- the sample data, read once, for the lesson try-its (practice: their answers are computed
#    here; the graded exercise's are sealed digests, sealed/06-pandas.json) -------------------

_SALES = pd.read_csv(data_path(BAKERY), encoding="cp949")
_AMOUNT = _SALES["금액"].str.replace(",", "").str.replace("원", "").astype(int)
_SALT = _SALES["품목"] == "소금빵"
_META = pd.read_csv(data_path("petshop/meta_business_suite_instagram.csv"), encoding="utf-8-sig")
_RANKED = _META.sort_values("Likes", ascending=False)
_TOP_TIME = str(_META.loc[_META["Likes"].idxmax(), "Publish time"])
_FIRST_ROW_TIME = str(_META.iloc[0]["Publish time"])


# -- small inline tables for the visible cases ----------------------------------------------

def _receipts() -> pd.DataFrame:
    return pd.DataFrame({"품목": ["소금빵", "카스텔라", "단팥빵", "바게트"],
                         "금액_원": [7000, 36000, 2800, 9600]})


def _posts() -> pd.DataFrame:
    return pd.DataFrame({"Publish time": ["07/04/2025 08:12", "07/05/2025 19:30", "07/06/2025 12:01",
                                          "07/07/2025 14:40", "07/08/2025 22:15"],
                         "Likes": [35, 12, 58, 20, 7],
                         "Comments": [3, 1, 6, 2, 0]})


def _menu() -> pd.DataFrame:
    return pd.DataFrame({"품목": ["소금빵", "단팥빵", "바게트"], "가격": [3500, 2800, 4800]})


def table_rows(table: Any) -> Any:
    """``compare_as`` for tables: the rows in order, their labels renumbered (as ``same_frame``)."""
    return table.reset_index(drop=True)


def _integer_series(series: Any) -> tuple[bool, Any]:
    """``compare_as`` demanding an integer dtype (as ``same_series(..., integer=True)``)."""
    return pd.api.types.is_integer_dtype(series.dtype), series


def _python_int(value: Any) -> tuple[bool, Any]:
    """``compare_as`` for a total that must be a Python ``int`` (not a numpy integer)."""
    return type(value) is int, value


# -- lesson.ipynb: 직접 해 보기 -----------------------------------------------------------------

lesson = ProblemSet([
    Problem(
        "n_rows",
        expected=len(_SALES),
        hints=[
            "표의 행 수는 `len(표)`로 세요.",
            "`sales.shape`는 (행 수, 열 수) 두 값을 함께 알려 줘요. 그중 앞의 값이에요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, tuple),
                    say="(행 수, 열 수) 두 값이 함께 들어 있어요. 행 수 하나만 담아 주세요: `len(sales)` 또는 `sales.shape[0]`.",
                    example=(10, 8)),
            Mistake(when=lambda v: v == _SALES.shape[1],
                    say="열(세로줄)의 수를 셌어요. 여기서는 행(가로줄)의 수를 세어요.",
                    example=_SALES.shape[1]),
        ],
    ),
    Problem(
        "item_column",
        expected=_SALES["품목"],
        compare=same_series,
        solution=_SALES["품목"].copy(),
        hints=[
            "열 하나는 `표[\"열 이름\"]`으로 꺼내요.",
            "대괄호는 한 겹이에요. 두 겹 `[[ ]]`이면 표(DataFrame)가 나와요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, pd.DataFrame),
                    say="표(DataFrame)가 나왔어요. 대괄호를 두 겹 `[[ ]]`으로 썼나요? 열 하나(Series)는 한 겹 `[ ]`으로 꺼내요.",
                    example=_SALES[["품목"]]),
            Mistake(when=lambda v: isinstance(v, str),
                    say="열 이름 글자만 들어 있어요. `sales[\"품목\"]`처럼 표에서 꺼내 주세요.",
                    example="품목"),
        ],
    ),
    Problem(
        "salt_count",
        expected=int(_SALT.sum()),
        hints=[
            "`sales[\"품목\"] == \"소금빵\"`은 행마다 True/False를 알려 줘요.",
            "그 조건을 `sales[ ]` 안에 넣으면 소금빵 행만 남아요. 그 표의 `len()`을 세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, pd.Series) and v.dtype == bool,
                    say="행마다 True/False가 담긴 시리즈예요. 이 조건을 `sales[ ]` 안에 넣어 행을 골라낸 뒤 `len()`으로 세어 주세요.",
                    example=_SALT),
            Mistake(when=lambda v: isinstance(v, pd.DataFrame),
                    say="소금빵 행을 잘 골랐어요! 이제 그 표의 행 수를 `len()`으로 세어 주세요.",
                    example=_SALES[_SALT]),
            Mistake(when=lambda v: v == len(_SALES),
                    say="모든 행을 셌어요. 소금빵인 행만 골라낸 뒤 세어 주세요.",
                    example=len(_SALES)),
        ],
    ),
    Problem(
        "top_post_time",
        expected=_TOP_TIME,
        hints=[
            "`ranked`는 좋아요가 많은 순서로 정렬한 표예요. 맨 위 줄은 **위치** 0이에요.",
            "위치로 꺼낼 때는 `.iloc[0]`, 그 줄에서 `[\"Publish time\"]` 칸을 꺼내요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == _FIRST_ROW_TIME and _FIRST_ROW_TIME != _TOP_TIME,
                    say="파일의 첫 게시물 시각이에요. `.loc[0]`은 이름표가 0인 줄이라 정렬해도 그대로예요. "
                        "정렬한 표의 맨 위 줄은 위치로, `.iloc[0]`으로 꺼내요.",
                    example=_FIRST_ROW_TIME),
            Mistake(when=lambda v: isinstance(v, pd.Series),
                    say="한 줄(시리즈)이 통째로 들어 있어요. 그 줄에서 `[\"Publish time\"]` 칸만 꺼내 주세요.",
                    example=_RANKED.iloc[0]),
            Mistake(when=lambda v: isinstance(v, pd.DataFrame),
                    say="표가 통째로 들어 있어요. 맨 위 한 줄을 `.iloc[0]`으로 꺼낸 뒤 `[\"Publish time\"]` 칸을 꺼내 주세요.",
                    example=_RANKED.head(1)),
        ],
    ),
    Problem(
        "amount_total",
        expected=int(_AMOUNT.sum()),
        hints=[
            "`\"금액\"` 열은 `\"9,600원\"` 같은 글자예요. `.str.replace()`로 쉼표와 '원'을 없애요.",
            "`.astype(int)`로 숫자로 바꾼 뒤 `.sum()`으로 더해요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str),
                    say="글자끼리 더해져서 `\"9,600원6,000원...\"`처럼 이어 붙었어요. 먼저 숫자로 바꾼 뒤 더해 주세요.",
                    example="9,600원6,000원"),
            Mistake(when=lambda v: isinstance(v, pd.Series),
                    say="시리즈(열)가 통째로 들어 있어요. `.sum()`으로 합계 하나를 구해 주세요.",
                    example=_AMOUNT),
        ],
    ),
])


# -- exercise.ipynb: visible tests (hidden tests live only in the source notebook) ------------

_TEXTS = pd.Series(["3,500원", "12,000원", "800원"])

exercise = ProblemSet([
    Problem(
        "to_won",
        inputs=[(_TEXTS,)],
        compare_as=_integer_series,
        hints=[
            "시리즈의 글자를 바꿀 때는 `.str`을 붙여요: `texts.str.replace(\",\", \"\")`.",
            "쉼표와 '원'을 모두 없앤 뒤에야 숫자로 바꿀 수 있어요. `.str.replace()`는 이어서 쓸 수 있어요.",
            "마지막에 `.astype(int)`로 정수로 바꿔 돌려주세요.",
        ],
        mistakes=[
            Mistake(when=lambda f: raises(f, _TEXTS, error=(ValueError, TypeError)),
                    say="쉼표나 '원'이 남아 있어서 숫자로 바꿀 수 없어요. 시리즈의 글자를 바꿀 때는 `.str.replace()`처럼 `.str`을 붙여요."),
            Mistake(when=lambda f: isinstance(result_of(f, _TEXTS), pd.Series)
                    and not pd.api.types.is_numeric_dtype(result_of(f, _TEXTS).dtype),
                    say="쉼표와 '원'은 잘 없앴는데 아직 글자(문자열)예요. 마지막에 `.astype(int)`로 숫자로 바꿔 주세요."),
            Mistake(when=lambda f: pd.api.types.is_float_dtype(result_of(f, _TEXTS).dtype),
                    say="실수(float)로 바꿨어요. 원 단위 금액은 `.astype(int)`로 정수로 바꿔 주세요."),
            Mistake(when=lambda f: isinstance(result_of(f, _TEXTS), list),
                    say="리스트를 돌려줬어요. 시리즈(Series)의 `.str` 기능을 쓰면 시리즈 그대로 돌려줄 수 있어요."),
        ],
    ),
    Problem(
        "big_sales",
        inputs=[(_receipts(), 9600)],
        compare_as=table_rows,
        hints=[
            "`df[\"금액_원\"] >= minimum`은 행마다 True/False를 알려 주는 조건이에요.",
            "조건을 `df[ ]` 안에 넣으면 True인 행만 남은 표가 돼요.",
            "기준 금액과 **같은** 영수증 줄도 포함해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: isinstance(result_of(f, _receipts(), 9600), pd.Series)
                    and result_of(f, _receipts(), 9600).dtype == bool,
                    say="행마다 True/False가 담긴 시리즈만 돌려줬어요. 그 조건을 `df[ ]` 안에 넣어야 조건에 맞는 행들이 골라져요."),
            Mistake(gives=((_receipts(), 9600), "strictly_greater"),
                    say="기준 금액과 딱 같은 줄이 빠졌어요. '이상'은 `>`가 아니라 `>=`예요."),
            Mistake(when=lambda f: isinstance(result_of(f, _receipts(), 9600), pd.Series),
                    say="금액 열 하나만 돌려줬어요. 표의 모든 열이 남도록 `df[조건]`으로 골라 주세요."),
        ],
    ),
    Problem(
        "top_posts",
        inputs=[(_posts(), 3)],
        compare_as=table_rows,
        hints=[
            "`posts.sort_values(\"Likes\")`로 좋아요 순서대로 정렬해요.",
            "`sort_values`는 따로 말하지 않으면 작은 값부터 정렬해요. 큰 값부터 보려면 옵션이 필요해요.",
            "정렬한 표에서 위의 `n`개는 `.head(n)`으로 꺼내요.",
        ],
        mistakes=[
            Mistake(gives=((_posts(), 3), "fewest_first"),
                    say="좋아요가 가장 적은 게시물부터 나왔어요. `sort_values`는 기본이 작은 값부터예요. `ascending=False`를 넣어 보세요."),
            Mistake(gives=((_posts(), 3), "most_but_reversed"),
                    say="많은 게시물을 고르긴 했는데 순서가 거꾸로예요(적은 것부터). 큰 값이 맨 위에 오도록 `ascending=False`로 정렬해 주세요."),
            Mistake(when=lambda f: len(result_of(f, _posts(), 3)) != 3,
                    say="돌려준 행의 수가 `n`과 달라요. `.head()` 괄호 안에 `n`을 넣었는지 확인해 보세요."),
        ],
    ),
    Problem(
        "set_price",
        inputs=[(_menu(), "소금빵", 3800)],
        compare_as=table_rows,
        hints=[
            "바꿀 행의 조건은 `menu[\"품목\"] == item`이에요.",
            "행 조건과 열 이름을 한 번에 골라 값을 넣는 방법이 있어요: `menu.loc[행 조건, \"열 이름\"] = 값`.",
            "다 바꾼 뒤 `return menu`로 표를 돌려주세요.",
        ],
        mistakes=[
            Mistake(when=lambda f: same_frame(result_of(f, _menu(), "소금빵", 3800), _menu()),
                    say="가격이 하나도 바뀌지 않았어요. `menu[\"가격\"][조건] = 값`처럼 두 번 이어서 고르면 복사본만 바뀌고 "
                        "원래 표는 그대로예요(판다스의 ChainedAssignmentError 경고). `menu.loc[조건, \"가격\"] = 값`처럼 한 번에 골라 주세요."),
            Mistake(when=lambda f: len(result_of(f, _menu(), "소금빵", 3800)) != len(_menu()),
                    say="행의 수가 달라졌어요. 가격만 바꾸고 다른 행은 그대로 두어야 해요."),
            Mistake(when=lambda f: len(set(result_of(f, _menu(), "소금빵", 3800)["가격"])) == 1,
                    say="모든 품목의 가격이 바뀌었어요. `.loc[ ]`의 앞자리에 바꿀 행의 조건을 넣어 주세요."),
        ],
    ),
    Problem(
        "salt_bread_revenue",
        compare_as=_python_int,
        hints=[
            "먼저 `to_won()`으로 `sales[\"금액\"]`을 숫자로 바꾼 새 열을 만들어요.",
            "`sales[\"품목\"] == \"소금빵\"`인 행만 골라서, 숫자로 바꾼 금액 열을 `.sum()`해요.",
            "판다스의 합계는 판다스 정수일 수 있어요. 마지막에 `int(...)`로 감싸 주세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str),
                    say="금액이 아직 글자라서, 더하니 `\"7,000원3,500원...\"`처럼 이어 붙었어요. `to_won()`으로 숫자로 바꾼 뒤 더해 주세요."),
            Mistake(gives="row_count",
                    say="행의 수를 셌어요. 매출은 금액을 더한 값이에요."),
            Mistake(gives="quantity",
                    say="팔린 개수(수량)를 더했어요. 매출은 `금액` 열을 더해요."),
            Mistake(gives="all_items",
                    say="모든 품목의 매출을 더했어요. 소금빵인 행만 골라서 더해 주세요."),
            Mistake(gives="numpy_int",
                    say="값은 맞는데 판다스(넘파이) 정수예요. `int(...)`로 감싸서 파이썬 정수로 담아 주세요."),
        ],
    ),
], graded=True, sealed="06-pandas")
