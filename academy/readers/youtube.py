"""YouTube Studio "Advanced mode -> Export": ``Table data.csv`` (first row ``Total``/``합계``),
``Chart data.csv`` (per day and video) and ``Totals.csv``; English or Korean UI headers."""

from __future__ import annotations

import re

import pandas as pd

from academy.messages import say
from academy.readers._base import (
    EN_MONTHS, Export, ExportReadError, Source, empty_followers, follower_series, kind, posts_frame,
    read_table, to_count, to_float,
)

YT_TABLE = ("*Table data.csv", "*표 데이터.csv")
YT_CHART = ("*Chart data.csv", "*차트 데이터.csv")
YT_TOTALS = ("*Totals.csv", "*총계.csv", "*합계.csv")
# normalised name -> header in each UI language (metrics vary with what was chosen)
COLUMNS = {
    "id": ["Content", "콘텐츠", "동영상", "Video"],
    "title": ["Video title", "동영상 제목"],
    "published": ["Video publish time", "동영상 게시 시간"],
    "duration": ["Duration", "길이"],
    "average_view_duration": ["Average view duration", "평균 시청 지속 시간"],
    "views": ["Views", "조회수"],
    "watch_hours": ["Watch time (hours)", "시청 시간(단위: 시간)"],
    "subscribers": ["Subscribers", "구독자"],
    "likes": ["Likes", "좋아요"],
    "comments": ["Comments added", "추가된 댓글"],
    "shares": ["Shares", "공유"],
    "impressions": ["Impressions", "노출수"],
    "ctr": ["Impressions click-through rate (%)", "노출 클릭률 (%)"],
    "date": ["Date", "날짜"],
}
TOTAL_LABELS = ("Total", "합계", "총계")
_US_DATE = re.compile(r"(?P<b>[A-Z][a-z]{2})\w*\.? (?P<d>\d{1,2}), (?P<y>\d{4})")


def rename(df: pd.DataFrame) -> pd.DataFrame:
    lookup = {alias: name for name, aliases in COLUMNS.items() for alias in aliases}
    return df.rename(columns={c: lookup[c] for c in df.columns if c in lookup})


def parse_publish_date(values, file: str) -> pd.Series:
    """``Sep 27, 2024`` (both UIs) or ``2024-09-27`` -> midnight, Asia/Seoul."""
    s = pd.Series(values, dtype=object).astype(str).str.strip()
    p = s.str.extract(_US_DATE)
    iso = pd.to_datetime(s.where(p["y"].isna()), format="%Y-%m-%d", errors="coerce")
    month = p["b"].map(EN_MONTHS)
    us = pd.to_datetime(pd.DataFrame({"year": pd.to_numeric(p["y"]), "month": month, "day": pd.to_numeric(p["d"])}),
                        errors="coerce")
    out = us.fillna(iso)
    if out.isna().any():
        raise ExportReadError("bad_value", file, column="Video publish time", expected="날짜 (예: Sep 27, 2024)",
                              value=str(s[out.isna()].iloc[0])[:40])
    return out.dt.tz_localize("Asia/Seoul")


def hms_seconds(values) -> pd.Series:
    parts = pd.Series(values, dtype=object).astype(str).str.extract(r"^(?:(\d+):)?(\d{1,2}):(\d{2})$")
    h, m, s = (pd.to_numeric(parts[i], errors="coerce") for i in range(3))
    return (h.fillna(0) * 3600 + m * 60 + s).astype("Int64")


def read_table_file(src: Source, name: str) -> tuple[pd.DataFrame, list[str]]:
    file = src.display(name)
    expected = kind("youtube") + " (Table data.csv)"
    t = src.text(name, file, expected)
    raw = read_table(t.text, file, expected)
    df = rename(raw)
    if "id" not in df.columns or "views" not in df.columns:
        raise ExportReadError("youtube_columns", file, found=", ".join(map(str, raw.columns[:12])) or "(없음)")
    notes = list(t.notes)
    is_total = df["id"].isin(TOTAL_LABELS)
    if is_total.any():
        notes.append(say("readers.note_total_row", label=df.loc[is_total, "id"].iloc[0]))
        df = df[~is_total].reset_index(drop=True)
    if df.empty:
        raise ExportReadError("no_rows", file, expected=expected)
    return df, notes


def read_youtube(src: Source) -> Export:
    tables_found = src.find(*YT_TABLE)
    if not tables_found:
        # A single CSV with another name (renamed by the learner) is still a table.
        csvs = [n for n in src.names() if n.lower().endswith(".csv")]
        if src.kind == "file" and csvs:
            tables_found = csvs
        else:
            raise ExportReadError("missing_part", src.label, expected="Table data.csv / 표 데이터.csv",
                                  hint=say("readers.hint_youtube"))
    name = tables_found[0]
    file = src.display(name)
    df, notes = read_table_file(src, name)
    if "published" in df.columns:
        posted = parse_publish_date(df["published"], file)
    else:
        posted = pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns, Asia/Seoul]")
    title = df["title"] if "title" in df.columns else pd.Series([""] * len(df))
    cols = {"post_id": df["id"].tolist(), "posted_at": posted, "text": title.tolist(),
            "views": to_count(df["views"], file, "views")}
    for c in ("likes", "comments", "shares"):
        if c in df.columns:
            cols[c] = to_count(df[c], file, c)
    extra = {}
    if "duration" in df.columns:
        extra["duration_sec"] = to_count(df["duration"], file, "duration")
    if "average_view_duration" in df.columns:
        extra["average_view_sec"] = hms_seconds(df["average_view_duration"])
    if "watch_hours" in df.columns:
        extra["watch_hours"] = to_float(df["watch_hours"])
    if "subscribers" in df.columns:
        extra["subscribers"] = to_count(df["subscribers"], file, "subscribers")
    if "impressions" in df.columns:
        extra["impressions"] = to_count(df["impressions"], file, "impressions")
    if "ctr" in df.columns:
        extra["ctr_percent"] = to_float(df["ctr"])
    posts = posts_frame("youtube", cols, extra)
    tables = {}
    followers = empty_followers("youtube")
    for name in src.find(*YT_CHART)[:1]:
        cfile = src.display(name)
        chart = rename(read_table(src.text(name, cfile, "Chart data.csv").text, cfile, "Chart data.csv"))
        if {"date", "id", "views"} <= set(chart.columns):
            tables["daily_views"] = pd.DataFrame({
                "date": pd.to_datetime(chart["date"], format="%Y-%m-%d", errors="coerce"),
                "post_id": chart["id"].astype("string"), "views": to_count(chart["views"], cfile, "views")})
    for name in src.find(*YT_TOTALS)[:1]:
        tfile = src.display(name)
        totals = rename(read_table(src.text(name, tfile, "Totals.csv").text, tfile, "Totals.csv"))
        if {"date", "subscribers"} <= set(totals.columns):
            dates = pd.to_datetime(totals["date"], format="%Y-%m-%d", errors="coerce")
            net = pd.Series(to_count(totals["subscribers"], tfile, "subscribers").fillna(0).to_numpy(), index=dates)
            # Net subscribers gained since the start of the exported period.
            followers = follower_series("youtube", daily_new=net[dates.notna().to_numpy()])
    return Export("youtube", "youtube-studio-csv", src.label, posts, followers, tables, notes)
