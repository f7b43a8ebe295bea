"""X (Twitter) archive: ``data/tweets.js`` (``tweet.js`` before mid-2022) and ``data/follower.js``.

The files are JavaScript (``window.YTD.tweets.part0 = [...]``); counts are strings."""

from __future__ import annotations

import re

import pandas as pd

from academy.messages import say
from academy.readers._base import (
    EN_MONTHS, Export, ExportReadError, Source, empty_followers, follower_series, kind, load_json,
    posts_frame, to_count,
)

X_TWEETS = ("*data/tweets.js", "*data/tweet.js", "*data/tweets-part*.js", "*data/tweet-part*.js",
            "tweets.js", "tweet.js", "tweets-part*.js")
X_FOLLOWERS = ("*data/follower.js", "follower.js", "*data/follower-part*.js")
X_MANIFEST = ("*data/manifest.js",)
_CREATED = re.compile(r"\w{3} (?P<b>\w{3}) (?P<d>\d{2}) (?P<H>\d{2}):(?P<M>\d{2}):(?P<S>\d{2}) "
                      r"(?P<z>[+-]\d{4}) (?P<y>\d{4})")


def parse_js(src: Source, name: str, expected: str):
    """``window.YTD.<part>.part0 = [ ... ]``: drop everything before the first ``[``."""
    file = src.display(name)
    text = src.text(name, file, expected).text
    start = text.find("[")
    if not text.lstrip().startswith("window.") or start < 0:
        raise ExportReadError("wrong_shape", file, expected=expected)
    return load_json(text[start:], file, expected), file


def parse_created_at(values, file: str) -> pd.Series:
    """``Wed Nov 09 16:42:48 +0000 2022`` -> Asia/Seoul (month names parsed without the locale)."""
    s = pd.Series(values, dtype=object).astype(str)
    p = s.str.extract(_CREATED)
    month = p["b"].map(EN_MONTHS)
    if p["y"].isna().any() or month.isna().any():
        bad = s[p["y"].isna() | month.isna()].iloc[0]
        raise ExportReadError("bad_value", file, column="created_at", expected="날짜", value=bad[:40])
    frame = pd.DataFrame({"year": pd.to_numeric(p["y"]), "month": month.astype(int), "day": pd.to_numeric(p["d"]),
                          "hour": pd.to_numeric(p["H"]), "minute": pd.to_numeric(p["M"]),
                          "second": pd.to_numeric(p["S"])})
    utc = pd.to_datetime(frame)
    offset = pd.to_numeric(p["z"])
    minutes = (offset // 100) * 60 + (offset.abs() % 100) * offset.apply(lambda v: 1 if v >= 0 else -1)
    return (utc - pd.to_timedelta(minutes, unit="m")).dt.tz_localize("UTC").dt.tz_convert("Asia/Seoul")


def read_x(src: Source) -> Export:
    names = src.find(*X_TWEETS)
    follower_files = src.find(*X_FOLLOWERS)
    if not names and not follower_files:
        raise ExportReadError("missing_part", src.label, expected="data/tweets.js", hint=say("readers.hint_x"))
    expected = kind("x") + " (data/tweets.js)"
    rows = {"post_id": [], "created": [], "text": [], "hashtags": [], "likes": [], "shares": [],
            "is_retweet": [], "links": [], "lang": []}
    file = src.label
    for name in names:
        data, file = parse_js(src, name, expected)
        if not isinstance(data, list):
            raise ExportReadError("wrong_shape", file, expected=expected)
        for item in data:
            tw = item.get("tweet", item) if isinstance(item, dict) else None
            if not isinstance(tw, dict) or "created_at" not in tw:
                raise ExportReadError("wrong_shape", file, expected=expected)
            text = tw.get("full_text", tw.get("text", ""))
            ent = tw.get("entities", {})
            rows["post_id"].append(str(tw.get("id_str", tw.get("id", ""))))
            rows["created"].append(tw["created_at"])
            rows["text"].append(text)
            rows["hashtags"].append([h.get("text", "") for h in ent.get("hashtags", [])])
            rows["likes"].append(tw.get("favorite_count"))
            rows["shares"].append(tw.get("retweet_count"))
            rows["is_retweet"].append(text.startswith("RT @"))
            rows["links"].append([u.get("expanded_url", "") for u in ent.get("urls", [])])
            rows["lang"].append(tw.get("lang", ""))
    posts = posts_frame("x", {"post_id": rows["post_id"], "posted_at": parse_created_at(rows["created"], file),
                              "text": rows["text"], "hashtags": rows["hashtags"],
                              "likes": to_count(rows["likes"], file, "favorite_count"),
                              "shares": to_count(rows["shares"], file, "retweet_count")},
                        extra={"is_retweet": pd.Series(rows["is_retweet"], dtype="boolean"),
                               "links": rows["links"], "lang": rows["lang"]})
    followers = empty_followers("x")
    if follower_files:
        count = 0
        for name in follower_files:
            data, ffile = parse_js(src, name, kind("x") + " (data/follower.js)")
            count += len(data) if isinstance(data, list) else 0
        when = None
        manifest = src.find(*X_MANIFEST)
        if manifest:
            text = src.text(manifest[0], src.display(manifest[0]), "manifest.js").text
            m = re.search(r'"generationDate"\s*:\s*"(\d{4}-\d{2}-\d{2})', text)
            when = pd.Timestamp(m.group(1)) if m else None
        if when is None and len(posts):
            when = posts["posted_at"].max().tz_localize(None).normalize()
        if when is not None:
            # The archive has no follow dates: one point, the count on the day of the download.
            followers = follower_series("x", totals=pd.Series([count], index=pd.DatetimeIndex([when])))
            followers["new_followers"] = pd.array([pd.NA], dtype="Int64")
    notes = [say("readers.note_string_counts")] if names else []
    return Export("x", "x-archive", src.label, posts, followers, {}, notes)
