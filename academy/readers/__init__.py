"""Reference readers: any platform's export -> one normalised pandas table (+ follower series).

For instructors, tests and the capstone. Give a file, a folder or the downloaded ``.zip``;
the platform and format are detected, the platform's quirks repaired (Meta's mojibake, X's
string counts, Page Insights' description row, YouTube's Total/합계 row, BOM/CP949, 오전/오후)::

    >>> from academy import data_path
    >>> from academy.readers import read_export
    >>> export = read_export(data_path("knitting/instagram"))
    >>> export.platform, list(export.posts.columns[:5])
    ('instagram', ['platform', 'post_id', 'posted_at', 'text', 'hashtags'])
    >>> str(export.posts["posted_at"].dt.tz)
    'Asia/Seoul'

``export.posts`` columns: platform, post_id, posted_at (Asia/Seoul), text, hashtags (list),
likes, comments, shares, views, reach (``Int64``; ``<NA>`` where the platform has no such
number), then platform extras. ``export.followers``: platform, date, new_followers, followers.
``export.tables`` holds the rest (comments, daily views, sales ...). Anything unreadable raises
:class:`ExportReadError` with a Korean message naming the file, what was expected and what to do.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable

import pandas as pd

from academy.messages import say

from academy.readers import kakaotalk as _kakaotalk
from academy.readers import korean as _korean
from academy.readers import meta as _meta
from academy.readers import x as _x
from academy.readers import youtube as _youtube
from academy.readers._base import (
    FOLLOWER_COLUMNS, POST_COLUMNS, Export, ExportReadError, Source, fix_mojibake, fix_mojibake_text, hashtags,
    kind, load_json, parse_korean_datetime, to_count,
)

__all__ = [
    "Export", "ExportReadError", "POST_COLUMNS", "FOLLOWER_COLUMNS", "detect", "read_export", "read_posts",
    "read_followers", "read_instagram", "read_facebook", "read_x", "read_youtube", "read_kakaotalk",
    "read_naver_blog", "read_kakao_channel", "read_citizen_comments", "read_sales", "fix_mojibake",
    "fix_mojibake_text", "hashtags", "parse_korean_datetime", "to_count",
]

# kind -> the public function that reads it (used in "wrong platform" messages)
READER_NAMES = {
    "instagram": "read_instagram", "facebook": "read_facebook", "facebook_page_insights": "read_facebook",
    "meta_business_suite": "read_export", "x": "read_x", "youtube": "read_youtube",
    "kakaotalk": "read_kakaotalk", "kakao_channel": "read_kakao_channel", "naver_blog": "read_naver_blog",
    "citizen_comments": "read_citizen_comments", "sales": "read_sales", "feed": "feedparser.parse",
}
Detected = tuple[str, Callable[[], Export]]


def _not_an_export(file: str) -> Export:
    """Feeds are read with feedparser in the smart-work module, not as an SNS export."""
    raise ExportReadError("wrong_platform", file, found=kind("feed"), expected="SNS 내보내기",
                          suggestion="feedparser.parse")


def _run(found: Detected, src: Source) -> Export:
    """Run a reader; a structure it did not expect becomes a Korean 'wrong shape' message
    (the original exception stays on ``error.detail`` for instructors)."""
    src.opened = []  # sniffing peeked at files; count only what the reader itself reads
    try:
        export = found[1]()
        export.read_files = list(src.opened)
        read_tops = {n.split("/", 1)[0] for n in src.opened}
        opened = set(src.opened)
        skipped = [n for n in src.names() if n not in opened]
        # Files beside the export (another export, a chat, a sheet) first: those are the surprise.
        export.skipped_files = sorted(skipped, key=lambda n: n.split("/", 1)[0] in read_tops)
        return export
    except ExportReadError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        err = ExportReadError("wrong_shape", src.label, expected=kind(found[0]))
        err.detail = f"{type(exc).__name__}: {exc}"
    raise err


def _sniff_file(src: Source, name: str) -> Detected | None:
    """What one file is, from its name and first line(s)."""
    lower = name.lower()
    file = src.display(name)
    if lower.endswith(".zip"):
        return None
    if lower.endswith(".js"):
        return "x", lambda: _x.read_x(src)
    head = src.text(name, file, kind("json") if lower.endswith(".json") else "내보내기 파일").text[:4000]
    stripped = head.lstrip()
    if lower.endswith((".xml", ".rss", ".atom")) or stripped.startswith("<?xml") or stripped.startswith("<rss"):
        return "feed", lambda: _not_an_export(file)
    if stripped.startswith(("[", "{")):
        if src.kind == "file" and lower.endswith(".json"):
            # A JSON file on its own: parse it all, so a file cut short says so (not "not found").
            load_json(src.text(name, file, kind("json")).text, file, kind("json"))
        if "organic_insights_posts" in head or "string_list_data" in head or '"media"' in head:
            return "instagram", lambda: _meta.read_instagram(src)
        if "comments_v2" in head or ('"timestamp"' in head and '"data"' in head):
            return "facebook", lambda: _meta.read_facebook(src)
        if "dailyStats" in head or "totalVisitorCount" in head:
            return "naver_blog", lambda: _korean.read_naver_blog(src)
        return None
    if stripped.startswith("window.YTD"):
        return "x", lambda: _x.read_x(src)
    if _kakaotalk.detect_variant(head):
        return "kakaotalk", lambda: _kakaotalk.read_kakaotalk(src, name)
    first_line = head.splitlines()[0] if head else ""
    header = {c.strip().lstrip("\ufeff") for c in next(csv.reader([first_line]), [])}
    if "Post ID" in header and "Posted" in header or "Lifetime Total Likes" in header:
        return "facebook_page_insights", lambda: _meta.read_page_insights(src, name)
    if "Publish time" in header and "Post ID" in header:
        return "meta_business_suite", lambda: _meta.read_business_suite(src, name)
    yt = {a for aliases in _youtube.COLUMNS.values() for a in aliases} - {"Date", "날짜"}
    if (src.find(*_youtube.YT_TABLE) == [name] or len(header & yt) >= 2
            or header & {"Video title", "동영상 제목", "Video publish time", "동영상 게시 시간"}):
        return "youtube", lambda: _youtube.read_youtube(src)
    if "logNo" in header:
        return "naver_blog", lambda: _korean.read_naver_blog(src)
    if "접수번호" in header and "접수일시" in header:
        return "citizen_comments", lambda: _korean.read_citizen_comments(src, name)
    if "날짜" in header and "친구수" in header:
        return "kakao_channel", lambda: _korean.read_kakao_channel(src, name)
    if _korean.sales_columns(header) is not None:
        return "sales", lambda: _korean.read_sales(src, name)
    return None


def _detect(src: Source) -> Detected | None:
    html = src.find("*your_instagram_activity/*.html", "*your_facebook_activity/*.html", "*posts_1.html",
                    "*followers_1.html")
    if html and not src.find("*.json"):
        raise ExportReadError("html_export", src.label)
    structured = [
        ("facebook", src.find(*_meta.FB_POSTS, "*your_facebook_activity/*"), lambda: _meta.read_facebook(src)),
        ("instagram", src.find(*_meta.IG_POSTS, *_meta.IG_FOLLOWERS, *_meta.IG_INSIGHTS, "*your_instagram_activity/*"),
         lambda: _meta.read_instagram(src)),
        ("x", src.find(*_x.X_TWEETS, *_x.X_FOLLOWERS), lambda: _x.read_x(src)),
        ("youtube", src.find(*_youtube.YT_TABLE), lambda: _youtube.read_youtube(src)),
        ("naver_blog", src.find(*_korean.NAVER_STATS), lambda: _korean.read_naver_blog(src)),
    ]
    present = [(key, files, read) for key, files, read in structured if files]
    if len(present) > 1:
        # Several platforms' exports side by side: reading one and dropping the rest unseen
        # would be silently wrong data, so name them and where each one sits.
        found = ", ".join(f"{kind(key)} ({_where(files)})" for key, files, _ in present)
        raise ExportReadError("several_platforms", src.label, found=found)
    if present:
        key = present[0][0]
        homes = sorted({n.rsplit("/", 1)[0] if "/" in n else "." for n in src.find(*PRIMARY[key])})
        if len(homes) > 1:  # e.g. the English and the Korean YouTube export side by side
            raise ExportReadError("several_exports", src.label, kind=kind(key),
                                  found=", ".join(h + "/" for h in homes))
        return key, present[0][2]
    names = src.names()
    if len(names) == 1 or src.kind == "file":
        return _sniff_file(src, names[0]) if names else None
    found = [d for d in (_sniff_file(src, n) for n in names) if d is not None]
    kinds = {d[0] for d in found}
    if len(kinds) == 1:
        return found[0]
    return None


# The file each export has exactly one folder of (posts_1.json, posts_2.json ... sit together).
PRIMARY = {"facebook": _meta.FB_POSTS, "instagram": _meta.IG_POSTS, "x": _x.X_TWEETS,
           "youtube": _youtube.YT_TABLE, "naver_blog": _korean.NAVER_STATS}


def _where(files: list[str]) -> str:
    """The part of the path the exports differ in: the first folder of the first file."""
    first = files[0]
    return first.split("/", 1)[0] + "/" if "/" in first else first


def _supported() -> str:
    return ", ".join(kind(k) for k in ("instagram", "facebook", "facebook_page_insights", "meta_business_suite",
                                       "x", "youtube", "kakaotalk", "kakao_channel", "naver_blog",
                                       "citizen_comments", "sales"))


def detect(path: str | Path) -> str:
    """The kind of export at ``path`` (``"instagram"``, ``"x"``, ``"youtube"`` ...)."""
    src = Source(path)
    found = _detect(src)
    if found is None:
        raise ExportReadError("unknown_format", src.label, supported=_supported())
    return found[0]


def read_export(path: str | Path, *, encoding: str | None = None) -> Export:
    """Read any supported export (file, folder or ``.zip``), detecting the platform.

    ``encoding``: leave ``None`` to detect (UTF-8, UTF-8 with BOM, CP949); give one to insist.
    """
    src = Source(path, encoding)
    found = _detect(src)
    if found is None:
        raise ExportReadError("unknown_format", src.label, supported=_supported())
    return _run(found, src)


def read_posts(path: str | Path, **kwargs) -> pd.DataFrame:
    """Just the normalised posts table of :func:`read_export`."""
    return read_export(path, **kwargs).posts


def read_followers(path: str | Path, **kwargs) -> pd.DataFrame:
    """Just the follower/subscriber series of :func:`read_export`."""
    return read_export(path, **kwargs).followers


def _expect(path: str | Path, wanted: tuple[str, ...], fallback: Callable[[Source], Export],
            encoding: str | None = None) -> Export:
    """Read ``path`` as one of ``wanted`` kinds; another platform's export gets a clear message."""
    src = Source(path, encoding)
    found = _detect(src)
    if found is None:
        return fallback(src)
    if found[0] not in wanted:
        if found[0] == "meta_business_suite":
            export = _run(found, src)
            if export.platform in wanted:
                return export
            found = (export.platform, found[1])
        raise ExportReadError("wrong_platform", src.label, found=kind(found[0]), expected=kind(wanted[0]),
                              suggestion=f"{READER_NAMES.get(found[0], 'read_export')}(...)")
    return _run(found, src)


def _single(key: str, reader: Callable[[Source, str], Export]) -> Callable[[Source], Export]:
    """Fallback for one-file formats: read the file anyway (its own error says what is wrong)."""
    def read(src: Source) -> Export:
        if src.kind == "file":
            return reader(src, src.names()[0])
        raise ExportReadError("missing_part", src.label, expected=kind(key), hint=say("readers.hint_single_file"))
    return read


def read_instagram(path: str | Path) -> Export:
    """Instagram "Download your information" (JSON) export, or its Business Suite CSV."""
    return _expect(path, ("instagram", "meta_business_suite"), _meta.read_instagram)


def read_facebook(path: str | Path) -> Export:
    """Facebook posts JSON export, the old Page Insights CSV or the Business Suite CSV."""
    return _expect(path, ("facebook", "facebook_page_insights", "meta_business_suite"), _meta.read_facebook)


def read_x(path: str | Path) -> Export:
    """X (Twitter) archive: the zip, its folder or ``data/tweets.js``."""
    return _expect(path, ("x",), _x.read_x)


def read_youtube(path: str | Path) -> Export:
    """YouTube Studio export: the zip, its folder or ``Table data.csv`` / ``표 데이터.csv``."""
    return _expect(path, ("youtube",), _youtube.read_youtube)


def read_kakaotalk(path: str | Path, *, encoding: str | None = None) -> Export:
    """KakaoTalk chat export (.txt in the mobile, dotted or PC form, or the Mac .csv)."""
    return _expect(path, ("kakaotalk",), _single("kakaotalk", _kakaotalk.read_kakaotalk), encoding)


def read_naver_blog(path: str | Path) -> Export:
    """Naver blog statistics (approximate layout): ``posts.csv`` and/or ``blog_stats.json``."""
    return _expect(path, ("naver_blog",), _korean.read_naver_blog)


def read_kakao_channel(path: str | Path, *, encoding: str | None = None) -> Export:
    """KakaoTalk Channel daily statistics CSV (approximate layout)."""
    return _expect(path, ("kakao_channel",), _single("kakao_channel", _korean.read_kakao_channel), encoding)


def read_citizen_comments(path: str | Path, *, encoding: str | None = None) -> Export:
    """The district's citizen comments CSV (접수번호, 접수일시, 채널, 분류, 내용, 답변일시 …)."""
    return _expect(path, ("citizen_comments",), _single("citizen_comments", _korean.read_citizen_comments), encoding)


def read_sales(path: str | Path, *, encoding: str | None = None) -> pd.DataFrame:
    """A POS sales sheet saved from Korean Excel -> one row per sold line, amounts as integers.

    >>> from academy import data_path
    >>> read_sales(data_path("bakery/sales_cp949.csv"))["amount"].dtype
    Int64Dtype()
    """
    return _expect(path, ("sales",), _single("sales", _korean.read_sales), encoding).tables["sales"]
