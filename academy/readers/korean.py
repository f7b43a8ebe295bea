"""Korean files: Naver blog statistics and KakaoTalk Channel statistics (both approximate
layouts), the district's citizen comments, and a POS sales sheet saved from Korean Excel (CP949,
``1,234원``, ``2026. 3. 5.``, ``오후 2:30``)."""

from __future__ import annotations


import pandas as pd

from academy.messages import say
from academy.readers._base import (
    Export, ExportReadError, Source, empty_followers, empty_posts, follower_series, kind, load_json,
    parse_korean_datetime, posts_frame, read_table, require, to_count,
)

NAVER_POSTS = ("*posts.csv",)
NAVER_STATS = ("*blog_stats.json",)


def read_naver_blog(src: Source) -> Export:
    expected = kind("naver_blog")
    posts = empty_posts("naver_blog")
    followers = empty_followers("naver_blog")
    notes = [say("readers.note_approximate")]
    tables = {}
    post_files = [n for n in src.find(*NAVER_POSTS, "*.csv")
                  if "logNo" in src.text(n, src.display(n), expected).text.split("\n", 1)[0]]
    stat_files = src.find(*NAVER_STATS)
    if not post_files and not stat_files:
        raise ExportReadError("missing_part", src.label, expected="posts.csv (logNo …)",
                              hint=say("readers.hint_naver_blog"))
    for name in post_files[:1]:
        file = src.display(name)
        t = src.text(name, file, expected)
        df = read_table(t.text, file, expected)
        require(df, ["logNo", "addDate", "readCount"], file, expected)
        cols = {"post_id": df["logNo"].tolist(), "posted_at": parse_korean_datetime(df["addDate"], file, "addDate"),
                "text": df.get("title", pd.Series([""] * len(df))).tolist(),
                "views": to_count(df["readCount"], file, "readCount")}
        if "commentCnt" in df.columns:
            cols["comments"] = to_count(df["commentCnt"], file, "commentCnt")
        if "sympathyCnt" in df.columns:
            cols["likes"] = to_count(df["sympathyCnt"], file, "sympathyCnt")
        posts = posts_frame("naver_blog", cols, {"category": df.get("categoryName", pd.Series([""] * len(df)))
                                                 .astype("string")})
    for name in stat_files[:1]:
        file = src.display(name)
        data = load_json(src.text(name, file, expected).text, file, expected)
        daily = data.get("dailyStats", []) if isinstance(data, dict) else None
        if daily is None:
            raise ExportReadError("wrong_shape", file, expected=expected)
        frame = pd.DataFrame(daily)
        if {"date", "subscriberCount"} <= set(frame.columns):
            dates = pd.to_datetime(frame["date"], format="%Y-%m-%d", errors="coerce")
            followers = follower_series("naver_blog", totals=pd.Series(frame["subscriberCount"].to_numpy(),
                                                                       index=dates))
            tables["daily"] = pd.DataFrame({"date": dates, "visitors": to_count(frame.get("visitorCount")),
                                            "subscribers": to_count(frame["subscriberCount"])})
    return Export("naver_blog", "naver-blog-stats", src.label, posts, followers, tables, notes)


def read_kakao_channel(src: Source, name: str) -> Export:
    file = src.display(name)
    expected = kind("kakao_channel")
    t = src.text(name, file, expected)
    df = read_table(t.text, file, expected)
    require(df, ["날짜", "친구수"], file, expected)
    dates = parse_korean_datetime(df["날짜"], file, "날짜").dt.tz_localize(None)
    totals = pd.Series(to_count(df["친구수"], file, "친구수").to_numpy(), index=pd.DatetimeIndex(dates))
    daily = pd.DataFrame({"date": dates})
    for c in df.columns[1:]:
        daily[c] = to_count(df[c], file, c)
    return Export("kakao_channel", "kakao-channel-stats", src.label, empty_posts("kakao_channel"),
                  follower_series("kakao_channel", totals=totals), {"daily": daily},
                  t.notes + [say("readers.note_approximate")])


def read_citizen_comments(src: Source, name: str) -> Export:
    file = src.display(name)
    expected = kind("citizen_comments")
    t = src.text(name, file, expected)
    df = read_table(t.text, file, expected)
    require(df, ["접수번호", "접수일시", "내용"], file, expected)
    received = parse_korean_datetime(df["접수일시"], file, "접수일시")
    extra = {}
    for col, key in (("channel", "채널"), ("topic", "분류"), ("department", "담당부서"), ("status", "처리상태")):
        if key in df.columns:
            extra[col] = df[key].astype("string")
    if "답변일시" in df.columns:
        answered = parse_korean_datetime(df["답변일시"], file, "답변일시")
        extra["answered_at"] = answered
        extra["response_hours"] = ((answered - received).dt.total_seconds() / 3600).round(1)
    posts = posts_frame("citizen_comments", {"post_id": df["접수번호"].tolist(), "posted_at": received,
                                             "text": df["내용"].tolist()}, extra)
    return Export("citizen_comments", "district-comments-csv", src.label, posts,
                  empty_followers("citizen_comments"), {}, t.notes)


# normalised column -> the headers Korean POS systems and hand-made sheets use for it
SALES_COLUMNS = {
    "date": ("판매일자", "날짜", "일자", "판매일", "거래일자", "거래일", "매출일자"),
    "time": ("판매시각", "시각", "시간", "판매시간", "거래시각"),
    "item": ("품목", "상품", "상품명", "품명", "메뉴", "메뉴명", "제품", "제품명"),
    "quantity": ("수량", "판매수량", "개수"),
    "unit_price": ("단가", "판매단가", "가격"),
    "amount": ("금액", "판매금액", "매출액", "매출", "결제금액", "합계"),
    "receipt": ("영수증번호", "주문번호", "거래번호"),
    "payment": ("결제수단", "결제방법", "결제"),
}


def sales_columns(header) -> dict[str, str] | None:
    """Which header is which (``{"date": "날짜", "item": "상품", ...}``), or None when the sheet
    lacks a date, an item or an amount column.

    >>> sales_columns(["날짜", "상품", "수량", "금액"])
    {'date': '날짜', 'item': '상품', 'quantity': '수량', 'amount': '금액'}
    """
    present = [str(h).strip().lstrip("\ufeff") for h in header]
    found = {}
    for key, aliases in SALES_COLUMNS.items():
        match = next((a for a in aliases if a in present), None)
        if match is not None:
            found[key] = match
    return found if {"date", "item", "amount"} <= set(found) else None


def read_sales(src: Source, name: str) -> Export:
    """A POS sheet -> ``Export.tables["sales"]`` with integer won amounts. Headers may be the POS's
    (판매일자/품목/금액 …) or a hand-made sheet's (날짜/상품/수량/금액 …): see :data:`SALES_COLUMNS`."""
    file = src.display(name)
    expected = kind("sales")
    t = src.text(name, file, expected)
    df = read_table(t.text, file, expected)
    col = sales_columns(df.columns)
    if col is None:
        require(df, ["판매일자", "품목", "금액"], file, expected)  # names what is missing
    notes = list(t.notes)
    renamed = {k: v for k, v in col.items() if v != SALES_COLUMNS[k][0]}
    if renamed:
        notes.append(say("readers.note_sales_columns",
                         mapping=", ".join(f"{v} → {SALES_COLUMNS[k][0]}" for k, v in renamed.items())))
    stamp = df[col["date"]] + " " + (df[col["time"]] if "time" in col else "")
    n = len(df)
    sales = pd.DataFrame({
        "receipt": (df[col["receipt"]] if "receipt" in col else pd.Series(range(1, n + 1))).astype("string"),
        "sold_at": parse_korean_datetime(stamp, file, col["date"]),
        "item": df[col["item"]].astype("string"),
        "quantity": to_count(df[col["quantity"]], file, col["quantity"]) if "quantity" in col
        else pd.array([1] * n, "Int64"),
        "unit_price": to_count(df[col["unit_price"]], file, col["unit_price"]) if "unit_price" in col
        else pd.array([pd.NA] * n, "Int64"),
        "amount": to_count(df[col["amount"]], file, col["amount"]),
        "payment": (df[col["payment"]] if "payment" in col else pd.Series([""] * n)).astype("string"),
    })
    return Export("sales", "pos-sales-csv", src.label, empty_posts("sales"), empty_followers("sales"),
                  {"sales": sales}, notes)
