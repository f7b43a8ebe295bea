"""Meta's exports: Instagram and Facebook "Download your information" (JSON, mojibake), the old
Facebook Page Insights CSV (description row) and the Meta Business Suite CSV (BOM)."""

from __future__ import annotations

import re
import numpy as np
import pandas as pd

from academy.messages import say
from academy.readers._base import (
    Export, ExportReadError, Source, dedupe, empty_followers, empty_posts, fix_mojibake_text, follower_series,
    from_unix, kind, load_json, posts_frame, read_table, require, to_count,
)

IG_POSTS = ("*your_instagram_activity/content/posts_*.json", "*your_instagram_activity/media/posts_*.json",
            "*content/posts_*.json", "*media/posts_*.json", "posts_*.json")
IG_FOLLOWERS = ("*followers_and_following/followers_*.json", "followers_*.json")
IG_INSIGHTS = ("*past_instagram_insights/posts.json",)
IG_THREADS = ("*threads/threads_and_replies.json",)
IG_COMMENTS = ("*comments/post_comments_*.json", "post_comments_*.json")
FB_POSTS = ("*your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_*.json",
            "*posts/your_posts_*.json", "your_posts__check_ins__photos_and_videos_*.json", "your_posts_*.json")
FB_COMMENTS = ("*comments_and_reactions/comments.json", "*comments/comments.json")


class _Mojibake:
    """Fixes strings and counts how many needed it (for Export.notes)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, s: str | None) -> str:
        if not s:
            return ""
        fixed = fix_mojibake_text(s)
        if fixed is not s and fixed != s:
            self.count += 1
        return fixed

    def note(self) -> list[str]:
        return [say("readers.note_mojibake", count=f"{self.count:,}")] if self.count else []


def _json(src: Source, name: str, expected: str):
    file = src.display(name)
    return load_json(src.text(name, file, expected).text, file, expected), file


def _shape(ok: bool, file: str, expected: str) -> None:
    if not ok:
        raise ExportReadError("wrong_shape", file, expected=expected)


_TIMESTAMP = re.compile(rb'"timestamp":\s*(\d+)')


def _follow_times(src: Source, name: str) -> list[int]:
    """Follow timestamps of one followers_N.json.

    Large accounts have millions of entries; a full ``json.loads`` would dominate the reading
    time, so a file that is structurally sound (one timestamp per entry, closed list) is read by
    a regular expression. Anything odd goes through the JSON parser for its precise message.
    """
    data = src.read(name)
    body = data.strip()
    if body.startswith(b"[") and body.endswith(b"]"):
        stamps = _TIMESTAMP.findall(data)
        if len(stamps) == data.count(b'"string_list_data"') and stamps:
            return np.array(stamps).astype(np.int64).tolist()
    parsed, file = _json(src, name, "followers_1.json")
    _shape(isinstance(parsed, list), file, "followers_1.json")
    return [int(s["timestamp"]) for item in parsed for s in item.get("string_list_data", ()) if "timestamp" in s]


def instagram_caption(entry: dict) -> str:
    """A post's caption as stored (mojibake not yet repaired): a carousel keeps it at the top
    level, a single photo in ``media[0].title``; none at all is ``""``.

    >>> instagram_caption({"title": "carousel", "media": [{"title": ""}]}), instagram_caption({"media": [{"title": "one"}]})
    ('carousel', 'one')
    """
    first = (entry.get("media") or [{}])[0]
    return entry.get("title") or first.get("title") or ""


def instagram_timestamp(entry: dict):
    """A post's Unix seconds (UTC): top-level ``creation_timestamp`` (carousel) or the first media's."""
    first = (entry.get("media") or [{}])[0]
    return entry.get("creation_timestamp", first.get("creation_timestamp"))


def read_instagram(src: Source) -> Export:
    names = src.find(*IG_POSTS)
    followers_files = src.find(*IG_FOLLOWERS)
    if src.kind == "file" and not names and not followers_files and not src.find(*IG_THREADS, *IG_INSIGHTS):
        # One JSON file under another name (e.g. renamed after download): read it for what it is.
        only = src.names()[0]
        data, _ = _json(src, only, kind("instagram") + " (posts_1.json)")
        is_followers = isinstance(data, list) and data and isinstance(data[0], dict) and "string_list_data" in data[0]
        followers_files, names = ([only], []) if is_followers else ([], [only])
    if not names and not followers_files and not src.find(*IG_THREADS):
        raise ExportReadError("missing_part", src.label, expected="posts_1.json / followers_1.json",
                              hint=say("readers.hint_instagram"))
    fix = _Mojibake()
    expected = kind("instagram") + " (posts_1.json)"
    ids, stamps, texts, uris = [], [], [], []
    for name in names:
        data, file = _json(src, name, expected)
        _shape(isinstance(data, list), file, expected)
        for entry in data:
            _shape(isinstance(entry, dict) and isinstance(entry.get("media", []), list), file, expected)
            first = (entry.get("media") or [{}])[0]
            ts = instagram_timestamp(entry)
            _shape(isinstance(ts, int), file, expected)
            caption = instagram_caption(entry)
            uri = first.get("uri", "")
            stem = uri.rsplit("/", 1)[-1].rsplit(".", 1)[0]  # PurePosixPath(uri).stem, 10x faster
            ids.append(stem or str(ts))
            stamps.append(int(ts))
            texts.append(fix(caption))
            uris.append(uri)
    counts: dict[str, list] = {}
    insight_files = src.find(*IG_INSIGHTS)
    notes: list[str] = []
    if insight_files:
        data, file = _json(src, insight_files[0], "past_instagram_insights/posts.json")
        _shape(isinstance(data, dict), file, "past_instagram_insights/posts.json")
        keys = {"Likes": "likes", "Comments": "comments", "Shares": "shares", "Impressions": "views",
                "Reach": "reach", "Saves": "saves"}
        items = data.get("organic_insights_posts", [])
        table: dict[str, list] = {"uri": [i.get("media_map_data", {}).get("Media Thumbnail", {}).get("uri", "")
                                          for i in items]}
        for key in keys:
            table[key] = [i.get("string_map_data", {}).get(key, {}).get("value") for i in items]
        # One row per media uri, in the order of the posts (joined like a pandas merge).
        aligned = pd.DataFrame(table).drop_duplicates("uri", keep="last").set_index("uri").reindex(uris)
        for key, col in keys.items():
            counts[col] = to_count(aligned[key].reset_index(drop=True), file, key)
        notes.append(say("readers.note_string_counts"))
        notes.append(say("readers.note_approximate"))
    elif names:
        notes.append(say("readers.note_no_counts"))
    saves = counts.pop("saves", None)
    posts = posts_frame("instagram", {"post_id": ids, "posted_at": from_unix(stamps), "text": texts, **counts},
                        extra={"media_uri": uris, **({"saves": saves} if saves is not None else {})})
    when = []
    for name in followers_files:
        when.extend(_follow_times(src, name))
    followers = follower_series("instagram", when=from_unix(when)) if followers_files else empty_followers("instagram")
    tables = {}
    comment_files = src.find(*IG_COMMENTS)
    if comment_files:
        rows = {"commented_at": [], "text": [], "media_owner": []}
        for name in comment_files:
            data, file = _json(src, name, "post_comments_1.json")
            _shape(isinstance(data, list), file, "post_comments_1.json")
            for item in data:
                m = item.get("string_map_data", {})
                rows["commented_at"].append(int(m.get("Time", {}).get("timestamp", 0)))
                rows["text"].append(fix(m.get("Comment", {}).get("value", "")))
                rows["media_owner"].append(fix(m.get("Media Owner", {}).get("value", "")))
        rows["commented_at"] = from_unix(rows["commented_at"])
        tables["comments"] = pd.DataFrame(rows).sort_values("commented_at", kind="stable").reset_index(drop=True)
    for name in src.find(*IG_THREADS)[:1]:
        data, file = _json(src, name, "threads_and_replies.json")
        _shape(isinstance(data, dict), file, "threads_and_replies.json")
        stamps_t, texts_t = [], []
        for item in data.get("text_post_app_text_posts", []):
            for m in item.get("media", [])[:1]:
                stamps_t.append(int(m.get("creation_timestamp", 0)))
                texts_t.append(fix(m.get("title", "")))
        tables["threads"] = posts_frame("threads", {"post_id": [f"threads-{t}" for t in stamps_t],
                                                    "posted_at": from_unix(stamps_t), "text": texts_t})
    return Export("instagram", "instagram-json", src.label, posts, followers, tables,
                  dedupe(fix.note() + notes))


def read_facebook(src: Source) -> Export:
    names = src.find(*FB_POSTS)
    if not names:
        raise ExportReadError("missing_part", src.label, expected="your_posts__check_ins__photos_and_videos_1.json",
                              hint=say("readers.hint_facebook"))
    fix = _Mojibake()
    expected = kind("facebook") + " (your_posts_1.json)"
    ids, stamps, texts, urls = [], [], [], []
    for name in names:
        data, file = _json(src, name, expected)
        _shape(isinstance(data, list), file, expected)
        for entry in data:
            _shape(isinstance(entry, dict) and "timestamp" in entry, file, expected)
            text = next((d["post"] for d in entry.get("data", []) if isinstance(d, dict) and "post" in d), "")
            url = ""
            for att in entry.get("attachments", []):
                for d in att.get("data", []):
                    url = url or d.get("external_context", {}).get("url", "")
            ids.append(str(entry["timestamp"]))
            stamps.append(int(entry["timestamp"]))
            texts.append(fix(text))
            urls.append(url)
    posts = posts_frame("facebook", {"post_id": ids, "posted_at": from_unix(stamps), "text": texts},
                        extra={"url": urls})
    tables = {}
    comment_files = src.find(*FB_COMMENTS)
    if comment_files:
        data, file = _json(src, comment_files[0], "comments.json")
        _shape(isinstance(data, dict), file, "comments.json")
        rows = {"commented_at": [], "text": [], "author": []}
        for item in data.get("comments_v2", []):
            for d in item.get("data", []):
                c = d.get("comment", {})
                rows["commented_at"].append(int(c.get("timestamp", item.get("timestamp", 0))))
                rows["text"].append(fix(c.get("comment", "")))
                rows["author"].append(fix(c.get("author", "")))
        rows["commented_at"] = from_unix(rows["commented_at"])
        tables["comments"] = pd.DataFrame(rows).sort_values("commented_at", kind="stable").reset_index(drop=True)
    return Export("facebook", "facebook-json", src.label, posts, empty_followers("facebook"), tables,
                  dedupe(fix.note() + [say("readers.note_no_counts")]))


# --- CSV exports -----------------------------------------------------------------------------------
_US_DT = re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
                    r"\s*(?P<p>AM|PM|am|pm)?")


def parse_us_datetime(values, file: str, column: str) -> pd.Series:
    """``07/01/2025 10:00:00 AM`` / ``07/01/2025 14:05`` -> Asia/Seoul (the page's time zone)."""
    s = pd.Series(values, dtype=object).astype(str).str.strip()
    p = s.str.extract(_US_DT)
    if p["y"].isna().any():
        raise ExportReadError("bad_value", file, column=column, expected="날짜(MM/DD/YYYY)",
                              value=str(s[p["y"].isna()].iloc[0])[:40])
    hour = pd.to_numeric(p["H"]).astype(int)
    pm = p["p"].str.upper().eq("PM").fillna(False).astype(bool)
    am = p["p"].str.upper().eq("AM").fillna(False).astype(bool)
    hour = hour.where(~(pm & (hour < 12)), hour + 12).where(~(am & (hour == 12)), 0)
    frame = pd.DataFrame({"year": pd.to_numeric(p["y"]), "month": pd.to_numeric(p["m"]), "day": pd.to_numeric(p["d"]),
                          "hour": hour, "minute": pd.to_numeric(p["M"]),
                          "second": pd.to_numeric(p["S"], errors="coerce").fillna(0).astype(int)})
    return pd.to_datetime(frame).dt.tz_localize("Asia/Seoul")


def _drop_description_row(df: pd.DataFrame, id_col: str, notes: list[str]) -> pd.DataFrame:
    first = df.iloc[0] if len(df) else None
    if first is not None and (first[id_col] == "" and any(str(v).startswith(("Lifetime:", "Daily:", "Weekly:"))
                                                          for v in first.values)):
        notes.append(say("readers.note_description_row"))
        return df.iloc[1:].reset_index(drop=True)
    return df


def read_page_insights(src: Source, name: str) -> Export:
    file = src.display(name)
    expected = kind("facebook_page_insights")
    t = src.text(name, file, expected)
    df = read_table(t.text, file, expected)
    notes = list(t.notes)
    if "Post ID" in df.columns:
        require(df, ["Post ID", "Posted", "Lifetime Post Total Reach"], file, expected)
        df = _drop_description_row(df, "Post ID", notes)
        if df.empty:
            raise ExportReadError("no_rows", file, expected=expected)
        act = "Lifetime Talking About This (Post) by action type - "
        cols = {"post_id": df["Post ID"].tolist(), "posted_at": parse_us_datetime(df["Posted"], file, "Posted"),
                "text": df.get("Post Message", pd.Series([""] * len(df))).tolist(),
                "reach": to_count(df["Lifetime Post Total Reach"], file, "Lifetime Post Total Reach")}
        for col, key in (("likes", "like"), ("comments", "comment"), ("shares", "share")):
            if act + key in df.columns:
                cols[col] = to_count(df[act + key], file, act + key)
        if "Lifetime Post Total Impressions" in df.columns:
            cols["views"] = to_count(df["Lifetime Post Total Impressions"], file, "Lifetime Post Total Impressions")
        extra = {}
        if "Lifetime Engaged Users" in df.columns:
            extra["engaged_users"] = to_count(df["Lifetime Engaged Users"], file, "Lifetime Engaged Users")
        posts = posts_frame("facebook", cols, extra)
        return Export("facebook", "facebook-page-insights-posts", src.label, posts, empty_followers("facebook"),
                      {}, dedupe(notes))
    require(df, ["Date", "Lifetime Total Likes"], file, expected)
    df = _drop_description_row(df, "Date", notes)
    dates = pd.to_datetime(df["Date"].str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    if dates.isna().any():
        raise ExportReadError("bad_value", file, column="Date", expected="날짜(YYYY-MM-DD)",
                              value=str(df["Date"][dates.isna()].iloc[0]))
    totals = pd.Series(to_count(df["Lifetime Total Likes"], file, "Lifetime Total Likes").to_numpy(), index=dates)
    followers = follower_series("facebook", totals=totals)
    daily = pd.DataFrame({"date": dates})
    for c in df.columns[1:]:
        daily[c] = to_count(df[c], file, c)
    return Export("facebook", "facebook-page-insights-page", src.label, empty_posts("facebook"), followers,
                  {"daily": daily}, dedupe(notes))


def read_business_suite(src: Source, name: str) -> Export:
    file = src.display(name)
    expected = kind("meta_business_suite")
    t = src.text(name, file, expected)
    df = read_table(t.text, file, expected)
    require(df, ["Post ID", "Publish time"], file, expected)
    if df.empty:
        raise ExportReadError("no_rows", file, expected=expected)
    platform = "instagram" if ("Account username" in df.columns or "Account ID" in df.columns) else "facebook"
    dropped: list[str] = []
    if "Date" in df.columns and df["Date"].eq("Lifetime").any() and not df["Date"].eq("Lifetime").all():
        dropped.append(say("readers.note_lifetime_rows", count=int((~df["Date"].eq("Lifetime")).sum())))
        df = df[df["Date"].eq("Lifetime")].reset_index(drop=True)
    text = df["Description"] if "Description" in df.columns else df.get("Title", pd.Series([""] * len(df)))
    cols = {"post_id": df["Post ID"].tolist(), "posted_at": parse_us_datetime(df["Publish time"], file, "Publish time"),
            "text": text.tolist()}
    for col, keys in (("likes", ("Likes", "Reactions")), ("comments", ("Comments",)), ("shares", ("Shares",)),
                      ("views", ("Views", "Impressions")), ("reach", ("Reach",))):
        for key in keys:
            if key in df.columns:
                cols[col] = to_count(df[key], file, key)
                break
    extra = {}
    for col, key in (("saves", "Saves"), ("follows", "Follows"), ("clicks", "Total clicks")):
        if key in df.columns:
            extra[col] = to_count(df[key], file, key)
    if "Permalink" in df.columns:
        extra["url"] = df["Permalink"].tolist()
    posts = posts_frame(platform, cols, extra)
    return Export(platform, "meta-business-suite-csv", src.label, posts, empty_followers(platform), {},
                  dedupe(t.notes + dropped + [say("readers.note_approximate")]))
