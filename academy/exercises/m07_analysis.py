"""Checks for module 07-analysis (묶고 요약하기): groupby, pivot_table, resampling, merge and
missing values on the bakery's sales and the pet shop's posts.

Notebooks import one set as ``q``::

    from academy.exercises.m07_analysis import lesson as q      # lesson-1.ipynb and lesson-2.ipynb
    from academy.exercises.m07_analysis import exercise as q    # exercise.ipynb

>>> exercise.revenue_by_item.evaluate(lambda df: df.groupby("품목")).kind
'incorrect'

The graded ``exercise`` set carries no answers: they are sealed digests
(``sealed/07-analysis.json``, from ``curriculum/07-analysis/exercise.ipynb``). The lesson
try-its compute their own answers from the sample data below (practice).
"""

from __future__ import annotations

import numbers
from typing import Any

import pandas as pd

from academy.checking import Mistake, Problem, ProblemSet, result_of
from academy.data import data_path
from academy.exercises.m06_pandas import table_rows

__all__ = ["lesson", "exercise", "prepare_sales", "prepare_posts", "WEEKDAYS"]

WEEKDAYS = ["월", "화", "수", "목", "금", "토", "일"]


def prepare_sales(raw: pd.DataFrame) -> pd.DataFrame:
    """The bakery sheet as read from CP949 -> 시각 (datetime), 품목, 수량, 금액_원 (int)."""
    clock = raw["판매시각"].str.replace("오전", "AM").str.replace("오후", "PM")
    return pd.DataFrame({
        "시각": pd.to_datetime(raw["판매일자"] + " " + clock, format="%Y. %m. %d. %p %I:%M"),
        "품목": raw["품목"],
        "수량": raw["수량"],
        "금액_원": raw["금액"].str.replace(",", "").str.replace("원", "").astype(int),
    })


def prepare_posts(raw: pd.DataFrame) -> pd.DataFrame:
    posts = raw.copy()
    posts["시각"] = pd.to_datetime(posts["Publish time"], format="%m/%d/%Y %H:%M")
    return posts


_SALES = prepare_sales(pd.read_csv(data_path("bakery/sales_cp949.csv"), encoding="cp949"))
_POSTS = prepare_posts(pd.read_csv(data_path("petshop/meta_business_suite_instagram.csv")))


def _is_number(value: Any) -> bool:
    """Python and numpy numbers alike (``series["월"]`` gives a numpy integer)."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _is_groupby(value: Any) -> bool:
    return type(value).__name__ in {"DataFrameGroupBy", "SeriesGroupBy"}


_GROUPBY_SAY = ("묶기(`groupby`)만 하고 계산은 하지 않았어요. 묶은 뒤에 `.sum()`이나 `.mean()` 같은 계산을 붙여야 "
                "표가 나와요.")


# -- comparisons -------------------------------------------------------------------------------

def _by_month(answer: pd.Series) -> tuple[list, list]:
    """``compare_as`` for month totals: a month-start, month-end or Period index all count, as
    (year, month) pairs with their values."""
    index = answer.index
    if isinstance(index, pd.PeriodIndex):
        index = index.to_timestamp()
    if not isinstance(answer, pd.Series) or not isinstance(index, pd.DatetimeIndex):
        raise TypeError("not month totals")
    return [(t.year, t.month) for t in index], [float(v) for v in answer.to_numpy()]


# -- small inline tables for the visible cases ----------------------------------------------

def _receipts() -> pd.DataFrame:
    return pd.DataFrame({
        "시각": pd.to_datetime(["2025-11-04 08:10", "2025-11-04 08:50", "2025-11-04 18:20", "2025-11-08 08:40",
                              "2025-11-09 12:05", "2026-01-10 18:30", "2026-01-11 08:15"]),
        "품목": ["소금빵", "단팥빵", "카스텔라", "소금빵", "단팥빵", "카스텔라", "소금빵"],
        "금액_원": [7000, 2800, 12000, 3500, 5600, 24000, 10500],
    })


def _few_posts() -> pd.DataFrame:
    return pd.DataFrame({
        "시각": pd.to_datetime(["2025-07-05 08:10", "2025-07-06 08:40", "2025-07-06 12:05",
                              "2025-07-07 19:30", "2025-07-08 08:20", "2025-07-09 19:10"]),
        "Likes": [30, 40, 90, 25, 35, 31],
        "Reach": [400, 520, 900, 380, 410, 300],
    })


def _categories() -> pd.DataFrame:
    return pd.DataFrame({"품목": ["소금빵", "단팥빵"], "분류": ["빵", "빵"]})


# -- lesson-1.ipynb and lesson-2.ipynb: 직접 해 보기 -----------------------------------------------------------------

_BY_ITEM = _SALES.groupby("품목")["금액_원"].sum().sort_values(ascending=False)
_MOST_ROWS = _SALES["품목"].value_counts().index[0]
_BEST_HOUR_MEDIAN = int(_POSTS.groupby(_POSTS["시각"].dt.hour)["Likes"].median().idxmax())
_BEST_HOUR_MEAN = int(_POSTS.groupby(_POSTS["시각"].dt.hour)["Likes"].mean().idxmax())
_MONTHLY = _SALES.set_index("시각")["금액_원"].resample("MS").sum()
_DECEMBER = int(_MONTHLY[(_MONTHLY.index.year == 2025) & (_MONTHLY.index.month == 12)].iloc[0])
_TABLE = _SALES.assign(요일=_SALES["시각"].dt.day_of_week, 시=_SALES["시각"].dt.hour).pivot_table(
    index="요일", columns="시", values="금액_원", aggfunc="sum", fill_value=0)
_BEST_WEEKDAY = int(_TABLE.sum(axis=1).idxmax())
_BEST_HOUR_SALES = int(_TABLE.sum(axis=0).idxmax())

_lesson_problems = [
    Problem(
        "best_item",
        expected=str(_BY_ITEM.index[0]),
        hints=[
            "`sales.groupby(\"품목\")[\"금액_원\"].sum()`으로 품목별 매출을 구해요.",
            "큰 값부터 정렬(`sort_values(ascending=False)`)한 뒤 맨 위 품목의 이름을 보세요. `.index[0]`으로 꺼낼 수 있어요.",
        ],
        mistakes=[
            Mistake(when=lambda v, name=str(_MOST_ROWS): v == name and name != str(_BY_ITEM.index[0]),
                    say="영수증 줄이 가장 많은(가장 자주 팔린) 품목이에요. 여기서는 금액을 더한 매출이 가장 큰 품목을 찾아요.",
                    example=str(_MOST_ROWS)),
            Mistake(when=lambda v: isinstance(v, pd.Series),
                    say="시리즈가 통째로 들어 있어요. 맨 위 품목의 이름(글자) 하나만 담아 주세요.",
                    example=_BY_ITEM),
        ],
    ),
    Problem(
        "monday_total",
        expected=0,
        compare=lambda v, e: _is_number(v) and v == e,
        hints=[
            "요일별 합계에는 월요일 줄이 아예 없어요. `reindex(range(7), fill_value=0)`로 빠진 요일을 채워요.",
            "`weekday_total`의 이름표는 `\"월\"`~`\"일\"`이에요. 이름표로 꺼내는 방법은 `.loc[이름표]`예요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, float) and v != v,
                    say="빈 값(NaN)이에요. `reindex`할 때 `fill_value=0`을 넣으면 빈 요일이 0으로 채워져요.",
                    example=float("nan")),
            Mistake(when=lambda v: isinstance(v, pd.Series),
                    say="시리즈가 통째로 들어 있어요. 월요일의 값 하나만 꺼내 주세요.",
                    example=pd.Series([0, 1])),
        ],
    ),
    Problem(
        "best_hour",
        expected=_BEST_HOUR_MEDIAN,
        hints=[
            "시간대별로 묶은 뒤 `.median()`(중앙값)을 구해요.",
            "가장 큰 값이 있는 자리(시간)는 `.idxmax()`로 찾아요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == _BEST_HOUR_MEAN and _BEST_HOUR_MEAN != _BEST_HOUR_MEDIAN,
                    say="평균(mean)으로 구했나요? 이 시간대에는 좋아요가 아주 많은 바이럴 게시물이 하나 있어서 평균이 끌려 올라가요. "
                        "중앙값(median)으로 다시 구해 보세요.",
                    example=_BEST_HOUR_MEAN),
            Mistake(when=lambda v: isinstance(v, float) and not v.is_integer(),
                    say="좋아요 수(값)가 들어 있어요. 값이 가장 큰 '시간'을 담아 주세요. `.idxmax()`를 써 보세요.",
                    example=38.5),
        ],
    ),
    Problem(
        "best_weekday",
        expected=_BEST_WEEKDAY,
        compare=lambda v, e: _is_number(v) and v == e,
        hints=[
            "요일은 `table`의 행이에요. 행마다(옆으로) 더하는 방향은 `axis=1`이에요.",
            "더한 결과에서 가장 큰 값의 이름표(요일 번호)는 `.idxmax()`로 찾아요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == _BEST_HOUR_SALES and _BEST_HOUR_SALES != _BEST_WEEKDAY,
                    say="매출이 가장 큰 '시간'이 나왔어요. `axis=0`은 위아래로(시간 열마다) 더해요. 요일(행)마다 더하려면 `axis=1`이에요.",
                    example=_BEST_HOUR_SALES),
            Mistake(when=lambda v: _is_number(v) and v == int(_TABLE.sum(axis=1).max()),
                    say="매출 금액이 들어 있어요. 가장 큰 값이 있는 요일 번호는 `.max()`가 아니라 `.idxmax()`로 찾아요.",
                    example=int(_TABLE.sum(axis=1).max())),
            Mistake(when=lambda v: isinstance(v, pd.Series),
                    say="요일별 합계가 통째로 들어 있어요. 가장 큰 요일의 번호 하나만 담아 주세요. `.idxmax()`를 써 보세요.",
                    example=_TABLE.sum(axis=1)),
        ],
    ),
    Problem(
        "december_revenue",
        expected=_DECEMBER,
        compare=lambda v, e: _is_number(v) and v == e,
        hints=[
            "`sales.set_index(\"시각\")[\"금액_원\"].resample(\"MS\").sum()`이 달마다의 매출이에요.",
            "`monthly`의 이름표는 매달 1일이에요. 2025년 12월의 이름표를 정확히 써서 `.loc[...]`로 값 하나를 꺼내요.",
            "달까지만 쓰면(`\"2025-12\"`) 한 줄짜리 시리즈가 나와요. 값 하나가 필요하면 날짜를 `\"2025-12-01\"`처럼 끝까지 써요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, pd.Series),
                    say="시리즈가 들어 있어요. 날짜를 달까지만 쓰면 그 달의 모든 줄(한 줄짜리 시리즈)이 골라져요. "
                        "이름표를 `\"2025-12-01\"`처럼 끝까지 쓰거나, 고른 시리즈에서 `.iloc[0]`으로 값 하나를 꺼내 주세요.",
                    example=_MONTHLY),
            Mistake(when=lambda v: v == int(_MONTHLY.sum()),
                    say="모든 달의 매출 합계예요. 2025년 12월 하나만 꺼내 주세요.",
                    example=int(_MONTHLY.sum())),
        ],
    ),
    Problem(
        "merged_rows",
        expected=len(_SALES),
        hints=[
            "`sales.merge(categories, on=\"품목\", how=\"left\")`로 합친 표의 `len()`을 세요.",
            "`how=\"left\"`는 왼쪽 표(sales)의 줄을 하나도 버리지 않아요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, int) and v < len(_SALES),
                    say="줄이 줄었어요. `how`를 빼먹으면 양쪽에 다 있는 품목만 남아요(`inner`). `how=\"left\"`를 넣어 보세요.",
                    example=len(_SALES) - 10),
        ],
    ),
]

lesson = ProblemSet(_lesson_problems)


# -- exercise.ipynb: graded, no answers here (sealed/07-analysis.json; examples with the tests) --

exercise = ProblemSet([
    Problem(
        "revenue_by_item",
        inputs=[(_receipts(),)],
        hints=[
            "`df.groupby(\"품목\")`으로 품목끼리 묶고, `[\"금액_원\"]` 열을 골라요.",
            "묶기만 하면 아직 계산이 안 돼요. 매출이니 합계를 구해요.",
            "마지막에 큰 값부터 정렬해요: `.sort_values(ascending=False)`",
        ],
        mistakes=[
            Mistake(when=lambda f: _is_groupby(result_of(f, _receipts())), say=_GROUPBY_SAY),
            Mistake(when=lambda f: isinstance(result_of(f, _receipts()), pd.DataFrame),
                    say="표(DataFrame)가 통째로 나왔어요. 묶은 뒤 `[\"금액_원\"]` 열만 골라 시리즈로 돌려주세요."),
            Mistake(gives=((_receipts(),), "counted"),
                    say="영수증 줄의 개수를 셌어요(`count`/`size`). 매출은 금액을 더해요(`sum`)."),
            Mistake(gives=((_receipts(),), "name_order"),
                    say="합계는 맞는데 품목 이름 순서예요. 매출이 큰 품목부터 보이도록 `sort_values(ascending=False)`로 정렬해 주세요."),
        ],
    ),
    Problem(
        "mean_by_hour",
        inputs=[(_few_posts(), "Likes"), (_few_posts(), "Reach")],
        hints=[
            "시각에서 '시'만 꺼내는 방법: `posts[\"시각\"].dt.hour`",
            "`posts.groupby(시 시리즈)[column]`으로 묶고, 게시물 한 개의 보통 값을 구해요. 열 이름은 직접 쓰지 말고 매개변수 `column`을 써요.",
            "시간대마다 게시물 수가 달라요. 합계가 아니라 평균을 써요.",
        ],
        mistakes=[
            Mistake(when=lambda f: _is_groupby(result_of(f, _few_posts(), "Likes")), say=_GROUPBY_SAY),
            Mistake(gives=((_few_posts(), "Likes"), "summed"),
                    say="합계(`sum`)를 구했어요. 합계로 비교하면 게시물을 많이 올린 시간대가 그냥 유리해져요. "
                        "게시물 한 개당 값, 곧 평균(`mean`)을 구해 주세요."),
            Mistake(when=lambda f: len(result_of(f, _few_posts(), "Likes")) == len(_few_posts()),
                    say="시각 그대로 묶어서 게시물마다 따로 나왔어요. `posts[\"시각\"].dt.hour`로 '시'만 꺼내서 묶어 주세요."),
            Mistake(when=lambda f: list(result_of(f, _few_posts(), "Reach")) == list(result_of(f, _few_posts(), "Likes")),
                    say="어떤 열을 달라고 해도 같은 값이 나와요. `[\"Likes\"]`처럼 열 이름을 직접 쓰지 말고 매개변수 `column`을 써 주세요."),
        ],
    ),
    Problem(
        "weekday_revenue",
        inputs=[(_receipts(),)],
        hints=[
            "`df[\"시각\"].dt.day_of_week`는 요일 번호예요. 판다스는 **월요일이 0**, 일요일이 6이에요.",
            "요일 번호로 묶어 합계를 구한 뒤, `.reindex(range(7), fill_value=0)`로 판매가 없는 요일도 0으로 채워요.",
            "마지막으로 `결과.index = [\"월\", \"화\", ...]`처럼 요일 이름을 붙여요.",
        ],
        mistakes=[
            Mistake(when=lambda f: list(result_of(f, _receipts()).index) == ["일", "월", "화", "수", "목", "금", "토"],
                    say="요일 이름이 하루씩 밀렸어요. 판다스의 요일 번호는 월요일이 0, 일요일이 6이에요. 이름 목록을 '월'부터 시작해 주세요."),
            Mistake(when=lambda f: _is_groupby(result_of(f, _receipts())), say=_GROUPBY_SAY),
            Mistake(when=lambda f: result_of(f, _receipts()).isna().any(),
                    say="빈 값(NaN)이 있어요. 판매가 없는 요일은 `fill_value=0`으로 0을 채워 주세요."),
            Mistake(when=lambda f: len(result_of(f, _receipts())) < 7,
                    say="판매가 없는 요일이 빠졌어요. 빵집은 월요일에 쉬어요. `.reindex(range(7), fill_value=0)`로 일곱 요일을 모두 채워 주세요."),
            Mistake(when=lambda f: list(result_of(f, _receipts()).index) == list(range(7)),
                    say="요일이 번호(0~6)로 나와요. `결과.index = [\"월\", \"화\", ...]`처럼 요일 이름을 붙여 주세요."),
        ],
    ),
    Problem(
        "weekday_hour_table",
        inputs=[(_receipts(),)],
        hints=[
            "먼저 요일 번호와 시 열을 만들어요: `df.assign(요일=df[\"시각\"].dt.day_of_week, 시=df[\"시각\"].dt.hour)`",
            "`pivot_table(index=\"요일\", columns=\"시\", values=\"금액_원\", aggfunc=...)`에서 매출은 합계예요.",
            "판매가 없던 칸이 비지 않도록 0으로 채우는 옵션이 있어요.",
        ],
        mistakes=[
            Mistake(when=lambda f: result_of(f, _receipts()).isna().any().any(),
                    say="빈 칸(NaN)이 있어요. 그 요일·시간에는 판매가 없었다는 뜻이니, `fill_value=0`으로 0을 채워 주세요."),
            Mistake(gives=((_receipts(),), "transposed"),
                    say="가로와 세로가 바뀌었어요. 요일이 행(`index`), 시간이 열(`columns`)이 되도록 해 주세요."),
            Mistake(gives=((_receipts(),), "averaged"),
                    say="`pivot_table`은 따로 말하지 않으면 평균(`mean`)을 내요. 매출 합계가 되도록 `aggfunc=\"sum\"`을 넣어 주세요."),
        ],
    ),
    Problem(
        "monthly_revenue",
        inputs=[(_receipts(),)],
        compare_as=_by_month,
        hints=[
            "`df.set_index(\"시각\")`으로 시각을 행 이름(index)으로 만들어요.",
            "`[\"금액_원\"].resample(\"MS\")`는 달마다 묶어 줘요. (MS = 매달 1일)",
            "묶은 뒤 합계를 구해요. 판매가 없는 달도 0으로 자리를 지켜요.",
        ],
        mistakes=[
            Mistake(when=lambda f: pd.api.types.is_integer_dtype(result_of(f, _receipts()).index),
                    say="월 번호(1~12)로 묶었어요. 그러면 해가 바뀔 때 1월이 지난해 11월보다 앞에 오고, 다른 해의 같은 달이 합쳐져요. "
                        "날짜 순서를 지키는 `resample(\"MS\")`를 써 주세요."),
            Mistake(when=lambda f: _is_groupby(result_of(f, _receipts())) or "Resampler" in type(result_of(f, _receipts())).__name__,
                    say="묶기(`resample`)만 하고 계산은 하지 않았어요. 묶은 뒤에 `.sum()`을 붙여 주세요."),
            Mistake(gives=((_receipts(),), "months_without_sales_dropped"),
                    say="판매가 없는 달이 빠졌어요. `resample(\"MS\")`을 쓰면 빈 달도 0으로 자리를 지켜서, 그래프에서 추이가 정직하게 보여요."),
        ],
    ),
    Problem(
        "with_category",
        inputs=[(_receipts(), _categories())],
        compare_as=table_rows,
        hints=[
            "`sales.merge(categories, on=\"품목\", how=...)`로 두 표를 품목끼리 이어요.",
            "분류표에 없는 품목의 영수증 줄도 버리면 안 돼요. 왼쪽 표를 모두 남기는 `how`를 골라요.",
            "분류가 빈 값(NaN)인 줄은 `[\"분류\"].fillna(\"기타\")`로 채워요.",
        ],
        mistakes=[
            Mistake(when=lambda f: len(result_of(f, _receipts(), _categories())) < len(_receipts()),
                    say="표를 합치다가 영수증 줄이 사라졌어요. `merge`는 따로 말하지 않으면 양쪽에 다 있는 품목만 남겨요(`inner`). "
                        "`how=\"left\"`를 넣어 보세요."),
            Mistake(when=lambda f: result_of(f, _receipts(), _categories())["분류"].isna().any(),
                    say="분류표에 없는 품목에 빈 값(NaN)이 남았어요. `fillna(\"기타\")`로 채워 주세요."),
            Mistake(when=lambda f: "분류" not in result_of(f, _receipts(), _categories()).columns,
                    say="`분류` 열이 없어요. 두 표를 `merge`로 이어 붙여 주세요."),
        ],
    ),
], graded=True, sealed="07-analysis")
