"""Benchmark: read a heavy Instagram export and compute a weekly report on it.

    .venv/bin/python benchmarks/bench_readers.py                 # 100k posts, 1M followers
    .venv/bin/python benchmarks/bench_readers.py --posts 20000 --followers 200000 --keep /tmp/heavy

The heavy account is generated into a temporary folder (never committed) by
``datasets/generate.py --heavy``. Target: seconds, not minutes, on 2 cores. Prints one line per
step and exits non-zero if the report is empty (so a broken reader cannot look fast).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pandas as pd  # noqa: E402

from academy.readers import read_export  # noqa: E402


def load_generator():
    spec = importlib.util.spec_from_file_location("academy_datasets_generate", REPO / "datasets" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class Timer:
    def __init__(self) -> None:
        self.rows: list[tuple[str, float, str]] = []

    def run(self, label: str, func, detail=lambda r: ""):
        start = time.perf_counter()
        result = func()
        elapsed = time.perf_counter() - start
        self.rows.append((label, elapsed, detail(result)))
        print(f"{label:<38} {elapsed:8.2f} s  {detail(result)}", flush=True)
        return result


def naive_read(folder: Path) -> tuple[pd.DataFrame, pd.Series]:
    """The baseline: what a straightforward notebook does -- ``json.load`` every file, fix the
    mojibake recursively on every entry, build frames row by row, merge the insights."""
    import json

    from academy.readers import fix_mojibake, hashtags

    rows = []
    for path in sorted((folder / "your_instagram_activity" / "content").glob("posts_*.json")):
        for entry in fix_mojibake(json.loads(path.read_text(encoding="utf-8"))):
            media = entry["media"][0]
            caption = entry.get("title") or media.get("title", "")
            rows.append({"uri": media["uri"], "posted_at": entry.get("creation_timestamp", media["creation_timestamp"]),
                         "text": caption, "hashtags": hashtags(caption)})
    posts = pd.DataFrame(rows)
    insights = json.loads((folder / "logged_information/past_instagram_insights/posts.json").read_text(encoding="utf-8"))
    counts = pd.DataFrame([{"uri": i["media_map_data"]["Media Thumbnail"]["uri"],
                            **{k.lower(): int(v["value"]) for k, v in i["string_map_data"].items() if "value" in v}}
                           for i in insights["organic_insights_posts"]])
    posts = posts.merge(counts, on="uri", how="left")
    posts["posted_at"] = pd.to_datetime(posts["posted_at"], unit="s", utc=True).dt.tz_convert("Asia/Seoul")
    stamps = []
    for path in sorted((folder / "connections" / "followers_and_following").glob("followers_*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            stamps.extend(s["timestamp"] for s in item["string_list_data"])
    when = pd.to_datetime(pd.Series(stamps), unit="s", utc=True).dt.tz_convert("Asia/Seoul")
    followers = when.dt.date.value_counts().sort_index().cumsum()
    return posts, followers


def weekly_engagement(posts: pd.DataFrame) -> pd.DataFrame:
    counts = posts.set_index("posted_at")[["likes", "comments", "shares", "reach"]].astype("float64")
    weekly = counts.resample("W-SUN").sum()
    weekly["posts"] = posts.set_index("posted_at")["post_id"].resample("W-SUN").count()
    weekly["engagement_rate"] = (weekly["likes"] + weekly["comments"] + weekly["shares"]) / weekly["reach"]
    return weekly


def best_slot(posts: pd.DataFrame) -> pd.DataFrame:
    rate = (posts["likes"] + posts["comments"] + posts["shares"]).astype("float64") / posts["reach"].astype("float64")
    table = rate.groupby([posts["posted_at"].dt.day_of_week.rename("weekday"),
                          posts["posted_at"].dt.hour.rename("hour")]).mean().unstack("hour")
    return table


def top_hashtags(posts: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    tags = posts[["hashtags", "likes", "reach"]].explode("hashtags").dropna(subset=["hashtags"])
    return (tags.groupby("hashtags").agg(posts=("likes", "size"), mean_likes=("likes", "mean"),
                                         mean_reach=("reach", "mean"))
            .sort_values("mean_likes", ascending=False).head(n))


def weekly_followers(followers: pd.DataFrame) -> pd.DataFrame:
    return followers.set_index("date").resample("W-SUN").agg({"new_followers": "sum", "followers": "last"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--followers", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder instead of a temp dir")
    args = parser.parse_args(argv)
    print(f"heavy account: {args.posts:,} posts, {args.followers:,} follower events; "
          f"{os.cpu_count()} CPU(s), Python {sys.version.split()[0]}, pandas {pd.__version__}")
    timer = Timer()
    with tempfile.TemporaryDirectory(prefix="academy-heavy-") as tmp:
        folder = args.keep or Path(tmp)
        if not (folder / "your_instagram_activity").is_dir():
            gen = load_generator()
            timer.run("generate (not part of the target)", lambda: gen.heavy(folder, args.posts, args.followers),
                      lambda r: f"{sum(p.stat().st_size for p in folder.rglob('*.json')) / 1e6:,.0f} MB")
        naive = timer.run("baseline: json.load + per-row pandas", lambda: naive_read(folder),
                          lambda r: f"{len(r[0]):,} posts, {int(r[1].iloc[-1]):,} followers")
        export = timer.run("read_export (posts+insights+followers)", lambda: read_export(folder),
                           lambda e: f"{len(e.posts):,} posts, {int(e.followers['followers'].iloc[-1]):,} followers")
        posts = export.posts
        weekly = timer.run("weekly engagement", lambda: weekly_engagement(posts), lambda w: f"{len(w):,} weeks")
        slots = timer.run("best weekday x hour", lambda: best_slot(posts),
                          lambda t: "best: {}요일 {}시".format("월화수목금토일"[t.stack().idxmax()[0]],
                                                             t.stack().idxmax()[1]))
        tags = timer.run("top hashtags", lambda: top_hashtags(posts), lambda t: f"#{t.index[0]} first")
        growth = timer.run("weekly follower growth", lambda: weekly_followers(export.followers),
                           lambda g: f"{len(g):,} weeks")
    reading = sum(s for label, s, _ in timer.rows if not label.startswith(("generate", "baseline")))
    baseline = next(s for label, s, _ in timer.rows if label.startswith("baseline"))
    read = next(s for label, s, _ in timer.rows if label.startswith("read_export"))
    print(f"{'total (read + report)':<38} {reading:8.2f} s")
    print(f"{'read_export vs baseline':<38} {baseline / read:8.1f} x faster")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory':<38} {peak:8.0f} MB")
    if len(naive[0]) != len(export.posts) or int(naive[1].iloc[-1]) != int(export.followers["followers"].iloc[-1]):
        print("the baseline and read_export disagree", file=sys.stderr)
        return 1
    if weekly.empty or slots.empty or tags.empty or growth.empty:
        print("empty report: the readers are broken", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
