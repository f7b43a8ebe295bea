"""Wrong answers for 08-charts' graded set: ``WRONG[name][i]`` shows mistake ``i``."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def _named(ax, title, xlabel, ylabel):
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def _bars(totals, title="요일별 매출", xlabel="요일"):
    fig, ax = plt.subplots()
    ax.bar(totals.index, totals.values)
    return _named(ax, title, xlabel, "매출(원)")


def _monthly_as_bars(monthly):
    fig, ax = plt.subplots()
    ax.bar(monthly.index, monthly.values, width=20)
    return _named(ax, "월별 매출 추이", "월", "매출(원)")


def _unnamed_line(monthly):
    fig, ax = plt.subplots()
    ax.plot(monthly.index, monthly.values, marker="o")
    ax.set_title("월별 매출 추이")
    return ax


def _untitled_line(monthly):
    fig, ax = plt.subplots()
    ax.plot(monthly.index, monthly.values, marker="o")
    ax.set_xlabel("월")
    ax.set_ylabel("매출(원)")
    return ax


def _hist(likes, bins=None, named=True):
    fig, ax = plt.subplots()
    ax.hist(likes, bins=bins) if bins else ax.hist(likes)
    if named:
        return _named(ax, "게시물 좋아요 분포", "좋아요 수", "게시물 수")
    ax.set_title("게시물 좋아요 분포")
    return ax


def _likes_as_bars(likes, bins):
    fig, ax = plt.subplots()
    ax.bar(range(len(likes)), likes)
    return _named(ax, "게시물 좋아요", "게시물", "좋아요 수")


def _honest(totals, fmt="{:,.0f}원", label=True, ylim=None):
    fig, ax = plt.subplots()
    bars = ax.bar(totals.index, totals.values)
    if label:
        ax.bar_label(bars, fmt=fmt) if fmt else ax.bar_label(bars)
    if ylim:
        ax.set_ylim(totals.min() * 0.95, totals.max() * 1.02)
    return _named(ax, "두 달 매출 비교", "달", "매출(원)")


def _heatmap(table, ticks=True, colorbar=True):
    fig, ax = plt.subplots()
    image = ax.imshow(table.values, cmap="YlOrRd", aspect="auto")
    if ticks:
        ax.set_xticks(range(len(table.columns)), labels=[str(c) for c in table.columns])
        ax.set_yticks(range(len(table.index)), labels=[str(i) for i in table.index])
    if colorbar:
        fig.colorbar(image, ax=ax, label="매출(원)")
    return _named(ax, "요일 × 시간 매출", "시", "요일")


def _weekday_unnamed(totals):
    fig, ax = plt.subplots()
    ax.bar(totals.index, totals.values)
    ax.set_title("요일별 매출")
    return ax


WRONG = {
    "weekday_bar": [
        _weekday_unnamed,
        lambda totals: _bars(totals.sort_values(ascending=False)),
        lambda totals: plt.subplots()[1].bar(totals.index, totals.values),
    ],
    "monthly_line": [_monthly_as_bars, _unnamed_line, _untitled_line],
    "likes_histogram": [
        _likes_as_bars,
        lambda likes, bins: _hist(likes),
        lambda likes, bins: _hist(likes, bins, named=False),
    ],
    "honest_bar": [
        lambda totals: _honest(totals, ylim=True),
        lambda totals: _honest(totals, label=False),
        lambda totals: _honest(totals, fmt=None),
    ],
    "heatmap": [
        lambda table: _bars(table.sum(axis=1)),
        lambda table: _heatmap(table.T),
        lambda table: _heatmap(table, ticks=False),
        lambda table: _heatmap(table, colorbar=False),
    ],
}
