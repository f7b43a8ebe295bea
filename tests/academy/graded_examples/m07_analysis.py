"""Wrong answers for 07-analysis' graded set: ``WRONG[name][i]`` shows mistake ``i``."""

WEEKDAYS = ["월", "화", "수", "목", "금", "토", "일"]


def _weekday_totals(df):
    return df.groupby(df["시각"].dt.day_of_week)["금액_원"].sum()


def _sunday_first(df):
    totals = _weekday_totals(df).reindex(range(7), fill_value=0)
    totals.index = ["일", "월", "화", "수", "목", "금", "토"]
    return totals


def _without_empty_days(df):
    totals = _weekday_totals(df)
    totals.index = [WEEKDAYS[d] for d in totals.index]
    return totals


def _pivot(df, **options):
    return df.assign(요일=df["시각"].dt.day_of_week, 시=df["시각"].dt.hour).pivot_table(values="금액_원", **options)


WRONG = {
    "revenue_by_item": [
        lambda df: df.groupby("품목")["금액_원"],
        lambda df: df.groupby("품목")[["금액_원"]].sum(),
        lambda df: df.groupby("품목")["금액_원"].count().sort_values(ascending=False),
        lambda df: df.groupby("품목")["금액_원"].sum(),
    ],
    "mean_by_hour": [
        lambda posts, column: posts.groupby(posts["시각"].dt.hour)[column],
        lambda posts, column: posts.groupby(posts["시각"].dt.hour)[column].sum(),
        lambda posts, column: posts.groupby("시각")[column].mean(),
        lambda posts, column: posts.groupby(posts["시각"].dt.hour)["Likes"].mean(),
    ],
    "weekday_revenue": [
        _sunday_first,
        lambda df: df.groupby(df["시각"].dt.day_of_week)["금액_원"],
        lambda df: _weekday_totals(df).reindex(range(7)).set_axis(WEEKDAYS),
        _without_empty_days,
        lambda df: _weekday_totals(df).reindex(range(7), fill_value=0),
    ],
    "weekday_hour_table": [
        lambda df: _pivot(df, index="요일", columns="시", aggfunc="sum"),
        lambda df: _pivot(df, index="시", columns="요일", aggfunc="sum", fill_value=0),
        lambda df: _pivot(df, index="요일", columns="시", fill_value=0),
    ],
    "monthly_revenue": [
        lambda df: df.groupby(df["시각"].dt.month)["금액_원"].sum(),
        lambda df: df.set_index("시각")["금액_원"].resample("MS"),
        lambda df: df.groupby(df["시각"].dt.to_period("M"))["금액_원"].sum(),
    ],
    "with_category": [
        lambda sales, categories: sales.merge(categories, on="품목"),
        lambda sales, categories: sales.merge(categories, on="품목", how="left"),
        lambda sales, categories: sales,
    ],
}
