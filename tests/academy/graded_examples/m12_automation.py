"""Wrong answers for 12-automation's graded set: ``WRONG[name][i]`` shows mistake ``i``."""

import json
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

SEOUL = ZoneInfo("Asia/Seoul")
POST_COLUMNS = ["platform", "post_id", "posted_at", "text", "hashtags", "likes", "comments", "shares", "views", "reach"]


def _zip_json(path):
    with zipfile.ZipFile(path) as zf:
        return {n: json.loads(zf.read(n).decode("utf-8")) for n in zf.namelist() if n.endswith(".json")}


def _dir_json(path):
    return {f.relative_to(path).as_posix(): json.loads(f.read_text(encoding="utf-8")) for f in Path(path).rglob("*.json")}


def _posts_from(files, with_counts=True, columns=POST_COLUMNS):
    name = [n for n in files if n.endswith("/posts_1.json")][0]
    numbers = {}
    for n, content in files.items():
        if with_counts and n.endswith("past_instagram_insights/posts.json"):
            for item in content["organic_insights_posts"]:
                values = item["string_map_data"]
                numbers[item["media_map_data"]["Media Thumbnail"]["uri"]] = {
                    "likes": int(values["Likes"]["value"]), "comments": int(values["Comments"]["value"])}
    rows = []
    for entry in files[name]:
        first = entry["media"][0]
        text = entry.get("title", "") or first.get("title", "")
        when = datetime.fromtimestamp(entry.get("creation_timestamp", first["creation_timestamp"]), tz=SEOUL)
        counts = numbers.get(first["uri"], {})
        rows.append(["instagram", first["uri"].split("/")[-1].split(".")[0], when, text, [],
                     counts.get("likes"), counts.get("comments"), None, None, None])
    return pd.DataFrame(rows, columns=POST_COLUMNS)[columns]


def _weekly(posts, week_of, scale=100, as_index=False):
    table = posts.copy()
    table["week"] = week_of(table["posted_at"])
    weeks = table.groupby("week").agg(posts=("post_id", "count"), likes=("likes", "sum"), comments=("comments", "sum"),
                                      shares=("shares", "sum"), reach=("reach", "sum"))
    if not as_index:
        weeks = weeks.reset_index()
    weeks["engagement"] = ((weeks["likes"] + weeks["comments"] + weeks["shares"]) / weeks["reach"] * scale).astype(float).round(2)
    return weeks


_MONDAY = lambda t: (t - pd.to_timedelta(t.dt.day_of_week, unit="D")).dt.strftime("%Y-%m-%d")


def _particle(word):
    last = ord(word[-1]) - ord("가")
    return "은" if 0 <= last < 11172 and last % 28 != 0 else "는"


def _sentence(particle=_particle, zero_check=True, signed=False):
    def change_sentence(label, this_week, last_week):
        if zero_check and not last_week:
            return f"지난주 기록이 없어서 이번 주 {label}{particle(label)} 비교할 수 없어요"
        percent = round((this_week - last_week) / last_week * 100)
        subject = f"이번 주 {label}{particle(label)}"
        if percent > 0 or (signed and percent < 0):
            return f"{subject} 지난주보다 {percent}% 높아요"
        if percent < 0:
            return f"{subject} 지난주보다 {-percent}% 낮아요"
        return f"{subject} 지난주와 비슷해요"
    return change_sentence


def _update(all_means_platform=False, top=5, ascending=False):
    def update(posts, platform, metric, start, end):
        day = posts["posted_at"].dt.strftime("%Y-%m-%d")
        chosen = posts[(day >= start) & (day <= end)]
        if platform != "전체" or all_means_platform:
            chosen = chosen[chosen["platform"] == platform]
        chosen = chosen.sort_values(metric, ascending=ascending)
        if top:
            chosen = chosen.head(top)
        return chosen[["posted_at", "text", metric]].reset_index(drop=True)
    return update


WRONG = {
    "read_posts": [
        lambda path: _posts_from(_zip_json(path)),                                  # zip only: a folder raises
        lambda path: _posts_from(_dir_json(path)),                                  # folder only: a zip raises
        lambda path: _posts_from(_dir_json(path) if Path(path).is_dir() else _zip_json(path)).to_dict("records"),
        lambda path: _posts_from(_dir_json(path) if Path(path).is_dir() else _zip_json(path), columns=POST_COLUMNS[:5]),
        lambda path: _posts_from(_dir_json(path) if Path(path).is_dir() else _zip_json(path), with_counts=False),
    ],
    "weekly_table": [
        lambda posts: _weekly(posts, _MONDAY).to_dict("list"),
        lambda posts: _weekly(posts, _MONDAY, as_index=True),
        lambda posts: _weekly(posts, lambda t: t.dt.strftime("%Y-%m-%d")),                 # every day its own "week"
        lambda posts: _weekly(posts, _MONDAY, scale=1),
    ],
    "change_sentence": [
        _sentence(zero_check=False),
        _sentence(particle=lambda word: "은"),
        _sentence(signed=True),
    ],
    "update": [
        _update(all_means_platform=True),
        _update(top=None),
        _update(ascending=True),
    ],
}
