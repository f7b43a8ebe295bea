"""Checks for module 08-charts (그래프로 말하기): a chart is judged by what it shows -- the
plotted values, tick labels, title and axis names -- never by its pixels.

Notebooks import one set as ``q``::

    from academy.exercises.m08_charts import lesson as q      # lesson.ipynb
    from academy.exercises.m08_charts import exercise as q    # exercise.ipynb

Lesson try-its pass the learner's ``ax`` explicitly: ``q.item_chart.check(ax)``. The graded
``exercise`` set has no reference charts: each check draws the learner's chart for the given
data and checks properties (the bars show that data, axes are named, the y axis starts at 0).
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np
import pandas as pd

from academy.checking import NO_EXAMPLE, Mistake, Problem, ProblemSet
from academy.data import data_path

__all__ = ["lesson", "exercise", "Chart"]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


# -- what a chart must show ----------------------------------------------------------------------

@dataclass(frozen=True)
class Chart:
    """The facts a correct chart shows; fields left ``None`` are not checked.

    labels/heights  bar charts: x tick labels and bar heights, in order
    ydata           line charts: the y values of the first line
    counts          histograms: the height of each bin
    image, xticks, yticks   heatmaps (``imshow``): the colour values and both tick label lists
    texts           labels written on the bars (``ax.bar_label``)
    zero_based      the y axis starts at 0
    named           title, x and y axis names are all present
    """

    labels: Sequence[str] | None = None
    heights: Sequence[float] | None = None
    ydata: Sequence[float] | None = None
    counts: Sequence[float] | None = None
    image: Any = None
    xticks: Sequence[str] | None = None
    yticks: Sequence[str] | None = None
    texts: Sequence[str] | None = None
    zero_based: bool = False
    named: bool = True


def axes_of(answer: Any) -> Any:
    """The learner's Axes (a Figure with one plot counts too); None when it is neither."""
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    if isinstance(answer, Axes):
        return answer
    if isinstance(answer, Figure) and answer.axes:
        return answer.axes[0]
    return None


def _close(ax: Any) -> None:
    """Charts a check draws by calling the learner's function are closed again, so check cells
    do not display (hidden) test inputs. The learner's own charts are never closed."""
    import matplotlib.pyplot as plt

    if ax is not None and ax.figure is not None:
        try:
            plt.close(ax.figure)
        except Exception:
            pass


def _numbers(values: Any) -> list[float]:
    return [float(v) for v in np.ravel(np.asarray(values, dtype=float))]


def _close_enough(a: Sequence[float], b: Sequence[float]) -> bool:
    return len(a) == len(b) and bool(np.allclose(a, b, rtol=1e-9, atol=1e-9))


def tick_texts(ticks: Any) -> list[str]:
    return [t.get_text() for t in ticks]


def bar_heights(ax: Any) -> list[float]:
    from matplotlib.patches import Rectangle

    return [p.get_height() for p in ax.patches if isinstance(p, Rectangle)]


def named(ax: Any) -> bool:
    return all(text.strip() for text in (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()))


def shows(ax: Any, chart: Chart) -> bool:
    """Whether ``ax`` shows everything ``chart`` asks for."""
    if chart.named and not named(ax):
        return False
    if chart.zero_based and ax.get_ylim()[0] != 0:
        return False
    if chart.heights is not None and not _close_enough(bar_heights(ax), _numbers(chart.heights)):
        return False
    if chart.counts is not None and not _close_enough(bar_heights(ax), _numbers(chart.counts)):
        return False
    if chart.labels is not None and tick_texts(ax.get_xticklabels()) != list(chart.labels):
        return False
    if chart.ydata is not None:
        if not ax.lines or not _close_enough(_numbers(ax.lines[0].get_ydata()), _numbers(chart.ydata)):
            return False
    if chart.image is not None:
        if not ax.images or not _close_enough(_numbers(ax.images[0].get_array()), _numbers(chart.image)):
            return False
    if chart.xticks is not None and tick_texts(ax.get_xticklabels()) != list(chart.xticks):
        return False
    if chart.yticks is not None and tick_texts(ax.get_yticklabels()) != list(chart.yticks):
        return False
    if chart.texts is not None and [t.get_text() for t in ax.texts] != list(chart.texts):
        return False
    return True


def _chart_matches(answer: Any, chart: Chart) -> bool:
    """For the learner's own ``ax`` (lesson try-its): compare, leave the chart open."""
    ax = axes_of(answer)
    return ax is not None and shows(ax, chart)


def _drawn_chart_matches(answer: Any, chart: Chart) -> bool:
    """For a chart the check drew by calling the learner's function: compare, then close it."""
    ax = axes_of(answer)
    try:
        return ax is not None and shows(ax, chart)
    finally:
        _close(ax)


class ChartProblem(Problem):
    """A problem whose answer is a chart: wrong types get a chart-specific cause."""

    def _type_cause(self, answer: Any, expected: Any) -> str | None:
        if answer is None:
            return ("아무것도 돌려주지 않았어요(None). 그래프를 다 그린 뒤 함수 끝에 `return ax`를 써 주세요. "
                    "`plt.show()`는 그래프를 보여 주기만 하고 돌려주지는 않아요.")
        if axes_of(answer) is None:
            return ("그래프 칸(`ax`)이 아닌 값이 나왔어요. `fig, ax = plt.subplots()`로 만든 `ax`에 그리고, "
                    "그 `ax`를 돌려주세요(`return ax`).")
        return "그래프에 그려진 값이나 이름이 기대와 달라요. 그린 데이터와 순서, 제목과 축 이름을 확인해 보세요."


def _drawn(func: Callable, *args: Any) -> Any:
    """The Axes ``func`` draws for ``args`` (closed again); raises if it is not a chart."""
    result = func(*copy.deepcopy(args))
    ax = axes_of(result)
    _close(ax)
    if ax is None:
        raise TypeError("not a chart")
    return ax


def _raw(func: Callable, *args: Any) -> Any:
    result = func(*copy.deepcopy(args))
    for artist in (result if isinstance(result, (list, tuple)) else [result]):
        figure = getattr(artist, "figure", None) or getattr(getattr(artist, "patches", [None])[0], "figure", None)
        if figure is not None:
            _close(figure.axes[0] if figure.axes else None)
    return result


# -- shared mistakes -------------------------------------------------------------------------

def _no_axis_names(draw: Callable[[Callable], Any], example: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda f: not (draw(f).get_xlabel().strip() and draw(f).get_ylabel().strip()),
                   say="축 이름이 없어요. 보는 사람이 가로축과 세로축이 무엇인지(단위까지) 알 수 있게 "
                       "`ax.set_xlabel(...)`과 `ax.set_ylabel(...)`로 이름을 붙여 주세요.",
                   example=example)


def _no_title(draw: Callable[[Callable], Any], example: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda f: not draw(f).get_title().strip(),
                   say="제목이 없어요. 무엇을 보여 주는 그래프인지 `ax.set_title(...)`로 한 줄 붙여 주세요.",
                   example=example)


def _returned_container(args: tuple, example: Any = NO_EXAMPLE) -> Mistake:
    return Mistake(when=lambda f: type(_raw(f, *args)).__name__ in {"BarContainer", "list", "tuple", "AxesImage"},
                   say="그리기 명령의 결과(막대 묶음이나 선 목록)를 돌려줬어요. 그래프 칸 `ax`를 돌려주세요(`return ax`).",
                   example=example)


# -- visible inputs --------------------------------------------------------------------------

def _totals() -> pd.Series:
    return pd.Series([0, 310000, 280000, 295000, 330000, 460000, 480000],
                     index=["월", "화", "수", "목", "금", "토", "일"])


def _monthly() -> pd.Series:
    return pd.Series([8523300, 6665500, 7232600], index=pd.to_datetime(["2025-09-01", "2025-10-01", "2025-11-01"]))


_LIKES = [12, 15, 18, 22, 25, 31, 35, 40, 41, 58, 66, 120]


def _two_months() -> pd.Series:
    return pd.Series([7150100, 8241900], index=["1월", "2월"])


def _table() -> pd.DataFrame:
    return pd.DataFrame([[52000, 18000, 61000], [88000, 25000, 97000], [91000, 30000, 84000]],
                        index=["금", "토", "일"], columns=[8, 12, 18])


def _hist_counts(likes: Sequence[float], bins: int) -> list[float]:
    return [float(c) for c in np.histogram(likes, bins=bins)[0]]


def _bar_chart(totals: pd.Series) -> Chart:
    return Chart(labels=[str(i) for i in totals.index], heights=list(totals.values))


def _won(value: float) -> str:
    return f"{value:,.0f}원"


# -- lesson.ipynb: 직접 해 보기 (the learner passes the ax: q.item_chart.check(ax)) -------------

@functools.lru_cache(maxsize=None)
def _item_revenue() -> pd.Series:
    raw = pd.read_csv(data_path("bakery/sales_cp949.csv"), encoding="cp949")
    amount = raw["금액"].str.replace(",", "").str.replace("원", "").astype(int)
    return amount.groupby(raw["품목"]).sum().sort_values(ascending=False)


@functools.lru_cache(maxsize=None)
def _friends() -> pd.Series:
    stats = pd.read_csv(data_path("knitting/kakao_channel_stats.csv"))
    return stats["친구수"]


@functools.lru_cache(maxsize=None)
def _lesson_likes() -> pd.Series:
    return pd.read_csv(data_path("petshop/meta_business_suite_instagram.csv"))["Likes"]


def _figure_axes():
    from matplotlib.figure import Figure  # not pyplot: nothing is shown when this module loads

    return Figure().subplots()


def _lesson_item_chart():
    ax = _figure_axes()
    revenue = _item_revenue()
    ax.bar(revenue.index, revenue.values)
    ax.set_title("품목별 매출")
    ax.set_xlabel("품목")
    ax.set_ylabel("매출(원)")
    return ax


def _lesson_friends_line():
    ax = _figure_axes()
    friends = _friends()
    ax.plot(friends.index, friends.values)
    ax.set_title("카카오톡 채널 친구 수")
    ax.set_xlabel("날짜")
    ax.set_ylabel("친구 수(명)")
    return ax


def _lesson_hist():
    ax = _figure_axes()
    ax.hist(_lesson_likes(), bins=20)
    ax.set_title("좋아요 분포")
    ax.set_xlabel("좋아요 수")
    ax.set_ylabel("게시물 수")
    return ax


def _lesson_fixed():
    ax = _figure_axes()
    ax.bar(["지난달", "이번 달"], [7150100, 8241900])
    ax.set_ylim(7000000, 8400000)
    ax.set_ylim(bottom=0)
    ax.set_title("매출 비교")
    ax.set_xlabel("달")
    ax.set_ylabel("매출(원)")
    return ax


def _unnamed(ax):
    ax.set_xlabel("")
    ax.set_ylabel("")
    return ax


def _png_file(answer: Any, _expected: Any) -> bool:
    if not isinstance(answer, (str, Path)):
        return False
    path = Path(answer)
    return path.suffix.lower() == ".png" and path.is_file() and path.read_bytes()[:8] == PNG_MAGIC


_NAMES_SAY = ("축 이름이 없어요. 가로축과 세로축이 무엇인지(단위까지) `ax.set_xlabel(...)`, "
              "`ax.set_ylabel(...)`로 붙여 주세요.")
_NOT_AX_SAY = "그래프 칸 `ax`를 넣어 주세요: `q.이름.check(ax)`. `fig, ax = plt.subplots()`로 만든 그 `ax`예요."


def _is_empty(ax: Any) -> bool:
    return not (ax.patches or ax.lines or ax.images or ax.collections)


def _empty_chart(how: str) -> Mistake:
    return Mistake(when=lambda v: _is_empty(axes_of(v)),
                   say=f"그래프 칸이 아직 비어 있어요. 같은 셀에서 `fig, ax = plt.subplots()` 다음 줄에 {how}로 그려 주세요.",
                   example=_figure_axes())

lesson = ProblemSet([
    ChartProblem(
        "item_chart",
        expected=Chart(labels=list(_item_revenue().index), heights=list(_item_revenue().values)),
        compare=_chart_matches,
        solution=_lesson_item_chart(),
        hints=[
            "`ax.bar(x값들, 높이들)`이에요. 시리즈라면 `revenue.index`와 `revenue.values`를 넣어요.",
            "`ax.set_title()`, `ax.set_xlabel()`, `ax.set_ylabel()`로 제목과 축 이름을 붙여요.",
        ],
        mistakes=[
            Mistake(when=lambda v: axes_of(v) is None, say=_NOT_AX_SAY, example=None),
            _empty_chart("`ax.bar(...)`"),
            Mistake(when=lambda v: not named(axes_of(v)), say=_NAMES_SAY, example=_unnamed(_lesson_item_chart())),
        ],
    ),
    ChartProblem(
        "friends_line",
        expected=Chart(ydata=list(_friends().values)),
        compare=_chart_matches,
        solution=_lesson_friends_line(),
        hints=[
            "선 그래프는 `ax.plot(x값들, y값들)`이에요.",
            "제목과 축 이름(단위 포함)도 잊지 마세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: axes_of(v) is None, say=_NOT_AX_SAY, example=None),
            Mistake(when=lambda v: not axes_of(v).lines,
                    say="선이 하나도 없어요. 막대(`ax.bar`)가 아니라 `ax.plot`으로 그려 주세요.",
                    example=_figure_axes()),
            Mistake(when=lambda v: not named(axes_of(v)), say=_NAMES_SAY, example=_unnamed(_lesson_friends_line())),
        ],
    ),
    ChartProblem(
        "likes_hist",
        expected=Chart(counts=_hist_counts(_lesson_likes(), 20)),
        compare=_chart_matches,
        solution=_lesson_hist(),
        hints=[
            "히스토그램은 `ax.hist(값들, bins=구간 수)`예요.",
            "구간 수는 20개예요.",
        ],
        mistakes=[
            Mistake(when=lambda v: axes_of(v) is None, say=_NOT_AX_SAY, example=None),
            _empty_chart("`ax.hist(...)`"),
            Mistake(when=lambda v: len(bar_heights(axes_of(v))) == 10,
                    say="막대가 10개예요. `bins`를 넣지 않으면 구간이 10개로 정해져요. `bins=20`을 넣어 보세요.",
                    example=(lambda ax: (ax.hist(_lesson_likes()), ax)[1])(_figure_axes())),
        ],
    ),
    ChartProblem(
        "fixed_chart",
        expected=Chart(zero_based=True, heights=[7150100, 8241900]),
        compare=_chart_matches,
        solution=_lesson_fixed(),
        hints=[
            "`ax.set_ylim(bottom=0)`으로 세로축을 0에서 시작하게 해요.",
        ],
        mistakes=[
            Mistake(when=lambda v: axes_of(v) is None, say=_NOT_AX_SAY, example=None),
            Mistake(when=lambda v: axes_of(v).get_ylim()[0] > 0,
                    say="세로축이 아직 0에서 시작하지 않아요. 그러면 막대 길이 차이가 실제보다 훨씬 커 보여요.",
                    example=(lambda ax: (ax.bar(["a", "b"], [7150100, 8241900]), ax.set_ylim(7000000, 8400000), ax)[2])(
                        _figure_axes())),
        ],
    ),
    Problem(
        "saved_chart",
        expected="weekday_sales.png",
        compare=_png_file,
        solution=None,
        hints=[
            "`fig.savefig(\"파일이름.png\", dpi=150, bbox_inches=\"tight\")`로 저장해요.",
            "저장한 뒤에 그 파일 이름(글자)을 `saved_chart`에 담아요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str) and not v.lower().endswith(".png"),
                    say="파일 이름이 `.png`로 끝나지 않아요. 그림 파일은 `.png`로 저장해 주세요.",
                    example="chart.jpg"),
            Mistake(when=lambda v: isinstance(v, (str, Path)) and not Path(v).exists(),
                    say="그 이름의 파일이 없어요. `fig.savefig(...)`를 실행했는지, 이름의 철자가 같은지 확인해 보세요.",
                    example="없는_그림.png"),
        ],
    ),
])


def _saved_png() -> str:
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="academy-check-")) / "chart.png"
    figure_ax = _figure_axes()
    figure_ax.figure.savefig(path)
    return str(path)


lesson.saved_chart.solution = _saved_png()


# -- exercise.ipynb: graded, property checks only (no reference; sealed/08-charts.json is empty) --

def _heatmap_chart(table: pd.DataFrame) -> Chart:
    return Chart(image=table.to_numpy(), xticks=[str(c) for c in table.columns],
                 yticks=[str(i) for i in table.index])


def _has_colorbar(answer: Any, chart: Chart) -> bool:
    ax = axes_of(answer)
    return ax is not None and len(ax.figure.axes) >= 2 and _drawn_chart_matches(answer, chart)


exercise = ProblemSet([
    ChartProblem(
        "weekday_bar",
        inputs=[(_totals(),)],
        accept=lambda result, totals: _drawn_chart_matches(result, _bar_chart(totals)),
        compare=_drawn_chart_matches,
        hints=[
            "`fig, ax = plt.subplots()`로 그래프 칸을 만들고 `ax.bar(totals.index, totals.values)`로 그려요.",
            "제목(`ax.set_title`), 가로축 이름(`ax.set_xlabel`), 세로축 이름(`ax.set_ylabel`)을 모두 붙여요. 세로축에는 단위(원)도요.",
            "요일 순서는 받은 그대로(월~일) 두고, 마지막에 `return ax`.",
        ],
        mistakes=[
            _no_axis_names(lambda f: _drawn(f, _totals())),
            Mistake(when=lambda f: tick_texts(_drawn(f, _totals()).get_xticklabels()) != list(_totals().index),
                    say="막대의 순서가 요일 순서(월~일)와 달라요. 요일별 그래프는 정렬하지 말고 요일 순서 그대로 그려 주세요."),
            _returned_container((_totals(),)),
        ],
    ),
    ChartProblem(
        "monthly_line",
        inputs=[(_monthly(),)],
        accept=lambda result, monthly: _drawn_chart_matches(result, Chart(ydata=list(monthly.values))),
        compare=_drawn_chart_matches,
        hints=[
            "선 그래프는 `ax.plot(monthly.index, monthly.values, marker=\"o\")`처럼 그려요.",
            "제목과 두 축의 이름을 붙이는 것도 잊지 마세요.",
            "함수는 그린 그래프 칸을 돌려줘야 해요. `plt.show()`는 보여 주기만 해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: not _drawn(f, _monthly()).lines and bar_heights(_drawn(f, _monthly())),
                    say="막대로 그렸어요. 시간에 따른 추이는 선 그래프(`ax.plot`)로 그려 주세요."),
            _no_axis_names(lambda f: _drawn(f, _monthly())),
            _no_title(lambda f: _drawn(f, _monthly())),
        ],
    ),
    ChartProblem(
        "likes_histogram",
        inputs=[(_LIKES, 5)],
        accept=lambda result, likes, bins: _drawn_chart_matches(result, Chart(counts=_hist_counts(likes, bins))),
        compare=_drawn_chart_matches,
        hints=[
            "히스토그램은 값들이 어느 구간에 몇 개 있는지 세는 그래프예요: `ax.hist(likes, bins=bins)`",
            "가로축은 좋아요 수, 세로축은 게시물 수예요. 제목도 붙여요.",
        ],
        mistakes=[
            Mistake(when=lambda f: len(bar_heights(_drawn(f, _LIKES, 5))) == len(_LIKES),
                    say="게시물마다 막대가 하나씩 그려졌어요(`ax.bar`). 히스토그램은 좋아요 수를 구간으로 나눠 "
                        "게시물 수를 세는 그래프예요. `ax.hist(likes, bins=bins)`를 써 주세요."),
            Mistake(when=lambda f: len(bar_heights(_drawn(f, _LIKES, 5))) != 5,
                    say="막대(구간) 수가 `bins`와 달라요. `ax.hist(..., bins=bins)`처럼 받은 구간 수를 넣어 주세요."),
            _no_axis_names(lambda f: _drawn(f, _LIKES, 5)),
        ],
    ),
    ChartProblem(
        "honest_bar",
        inputs=[(_two_months(),)],
        accept=lambda result, totals: _drawn_chart_matches(result, Chart(
            heights=list(totals.values), zero_based=True, texts=[_won(v) for v in totals.values])),
        compare=_drawn_chart_matches,
        hints=[
            "`bars = ax.bar(...)`로 막대를 그리고, `ax.bar_label(bars, fmt=...)`로 막대 위에 금액을 써요.",
            "`fmt=\"{:,.0f}원\"`처럼 쓰면 1,234원 모양이 돼요.",
            "막대그래프의 세로축은 0에서 시작해야 정직해요. 세로축 범위를 좁히지 마세요.",
        ],
        mistakes=[
            Mistake(when=lambda f: _drawn(f, _two_months()).get_ylim()[0] > 0,
                    say="세로축이 0에서 시작하지 않아요. 막대그래프는 막대의 길이로 크기를 비교해서, 아래를 자르면 "
                        "작은 차이가 몇 배처럼 보여요. `set_ylim`으로 범위를 좁히지 말고 0부터 보여 주세요."),
            Mistake(when=lambda f: not _drawn(f, _two_months()).texts,
                    say="막대 위에 금액 글자가 없어요. `ax.bar_label(bars, fmt=\"{:,.0f}원\")`로 써 주세요."),
            Mistake(when=lambda f: not any("," in t.get_text() and "원" in t.get_text() for t in _drawn(f, _two_months()).texts),
                    say="막대 위 금액이 1,234원 모양이 아니에요. `fmt=\"{:,.0f}원\"`으로 천 단위 쉼표와 '원'을 붙여 주세요."),
        ],
    ),
    ChartProblem(
        "heatmap",
        inputs=[(_table(),)],
        accept=lambda result, table: _has_colorbar(result, _heatmap_chart(table)),
        compare=_has_colorbar,
        hints=[
            "`image = ax.imshow(table.values, cmap=\"YlOrRd\", aspect=\"auto\")`로 색 칸을 그려요.",
            "눈금에 시간과 요일 이름을 붙여요: `ax.set_xticks(range(len(table.columns)), labels=...)`, `set_yticks`도 같은 방법이에요.",
            "`fig.colorbar(image, ax=ax)`로 색이 얼마를 뜻하는지 보여 주고, 제목과 축 이름도 붙여요.",
        ],
        mistakes=[
            Mistake(when=lambda f: not _drawn(f, _table()).images,
                    say="색 칸 그림이 없어요. 히트맵은 `ax.imshow(table.values, ...)`로 그려 주세요."),
            Mistake(when=lambda f: tick_texts(_drawn(f, _table()).get_yticklabels()) == [str(c) for c in _table().columns],
                    say="가로와 세로가 바뀌었어요. 요일이 세로(행), 시간이 가로(열)가 되도록 표를 그대로 그려 주세요."),
            Mistake(when=lambda f: tick_texts(_drawn(f, _table()).get_xticklabels()) != [str(c) for c in _table().columns],
                    say="눈금에 시간·요일 이름이 없어서 어느 칸이 언제인지 알 수 없어요. "
                        "`ax.set_xticks(range(len(table.columns)), labels=...)`와 `ax.set_yticks(...)`로 붙여 주세요."),
            Mistake(when=lambda f: len(_drawn(f, _table()).figure.axes) < 2,
                    say="색 막대(colorbar)가 없어요. 진한 색이 얼마를 뜻하는지 `fig.colorbar(image, ax=ax)`로 보여 주세요."),
        ],
    ),
], graded=True, sealed="08-charts")
