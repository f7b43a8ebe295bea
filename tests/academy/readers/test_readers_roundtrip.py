"""Every reader round-trips its sample into the normalised table: right counts, Korean text."""

from __future__ import annotations

import csv
import io
import json
import re

import pandas as pd
import pytest

from academy import data_path
from academy.readers import (
    FOLLOWER_COLUMNS, POST_COLUMNS, detect, fix_mojibake, fix_mojibake_text, hashtags, parse_korean_datetime,
    read_citizen_comments, read_export, read_facebook, read_instagram, read_kakao_channel, read_kakaotalk,
    read_naver_blog, read_sales, read_x, read_youtube, to_count,
)

HANGUL = re.compile(r"[\uAC00-\uD7A3]")
MOJIBAKE = re.compile(r"[\u00c0-\u00ff]")

SAMPLES = {  # sample -> (platform, posts, has follower series)
    "knitting/instagram": ("instagram", None, True),
    "knitting/instagram-siltarae.knit-2026-07-01-k9QeR2.zip": ("instagram", None, True),
    "knitting/kakaotalk/kakaotalk_mobile.txt": ("kakaotalk", None, False),
    "knitting/kakaotalk/kakaotalk_dotted.txt": ("kakaotalk", None, False),
    "knitting/kakaotalk/kakaotalk_pc.txt": ("kakaotalk", None, False),
    "knitting/kakao_channel_stats.csv": ("kakao_channel", 0, True),
    "petshop/instagram": ("instagram", None, True),
    "petshop/instagram-mungmung_sanghoe-2026-07-01-Pw7xZa.zip": ("instagram", None, True),
    "petshop/meta_business_suite_instagram.csv": ("instagram", None, False),
    "petshop/x_archive": ("x", None, True),
    "petshop/twitter-2026-07-01-3f9c2e7a1b.zip": ("x", None, True),
    "youtube/studio_en": ("youtube", None, True),
    "youtube/studio_ko": ("youtube", None, True),
    "youtube/Content 2024-07-01_2026-06-30 골목한바퀴.zip": ("youtube", None, True),
    "youtube/콘텐츠 2024-07-01_2026-06-30 골목한바퀴.zip": ("youtube", None, True),
    "youtube/studio_en/Table data.csv": ("youtube", None, False),
    "district/facebook": ("facebook", None, False),
    "district/facebook-hanbitgu-2026-07-01-Lm4VbN.zip": ("facebook", None, False),
    "district/page_insights_posts.csv": ("facebook", None, False),
    "district/page_insights_page.csv": ("facebook", 0, True),
    "district/meta_business_suite_facebook.csv": ("facebook", None, False),
    "district/naver_blog": ("naver_blog", None, True),
    "district/citizen_comments.csv": ("citizen_comments", None, False),
    "bakery/sales_cp949.csv": ("sales", 0, False),
}


@pytest.fixture(scope="module")
def exports():
    return {name: read_export(data_path(name)) for name in SAMPLES}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_sample_reads_into_the_normalised_schema(exports, name):
    platform, n_posts, has_followers = SAMPLES[name]
    export = exports[name]
    assert export.platform == platform
    posts = export.posts
    assert list(posts.columns[: len(POST_COLUMNS)]) == POST_COLUMNS
    assert list(export.followers.columns) == FOLLOWER_COLUMNS
    assert str(posts["posted_at"].dt.tz) == "Asia/Seoul"
    for c in ("likes", "comments", "shares", "views", "reach"):
        assert str(posts[c].dtype) == "Int64", c
    if n_posts is not None:
        assert len(posts) == n_posts
    else:
        assert len(posts) > 50
        assert posts["posted_at"].is_monotonic_increasing
        assert posts["post_id"].notna().all()
        korean = posts["text"].str.contains(HANGUL)
        assert korean.mean() > 0.5, "Korean text expected"
        assert not posts["text"].str.contains(MOJIBAKE).any(), "mojibake left in the text"
    assert (len(export.followers) > 0) == has_followers


def raw_json(path):
    return json.loads(data_path(path).read_text(encoding="utf-8"))


def test_instagram_counts_match_the_raw_files(exports):
    export = exports["knitting/instagram"]
    raw_posts = raw_json("knitting/instagram/your_instagram_activity/content/posts_1.json")
    raw_followers = raw_json("knitting/instagram/connections/followers_and_following/followers_1.json")
    insights = raw_json("knitting/instagram/logged_information/past_instagram_insights/posts.json")
    assert len(export.posts) == len(raw_posts)
    assert int(export.posts["likes"].sum()) == sum(
        int(i["string_map_data"]["Likes"]["value"]) for i in insights["organic_insights_posts"])
    assert int(export.followers["followers"].iloc[-1]) == len(raw_followers)
    assert int(export.followers["new_followers"].sum()) == len(raw_followers)
    # carousel (top-level title) and single-photo (media[0].title) captions are both read
    carousel = next(p for p in raw_posts if "title" in p)
    single = next(p for p in raw_posts if "title" not in p)
    texts = set(export.posts["text"])
    assert fix_mojibake_text(carousel["title"]) in texts and fix_mojibake_text(single["media"][0]["title"]) in texts
    assert "겨울목도리챌린지" in set(export.posts.explode("hashtags")["hashtags"])
    comments = export.tables["comments"]
    assert len(comments) == len(raw_json("knitting/instagram/your_instagram_activity/comments/post_comments_1.json"))
    assert comments["text"].str.contains(HANGUL).all()


def test_threads_inside_the_instagram_export(exports):
    threads = exports["knitting/instagram"].tables["threads"]
    raw = raw_json("knitting/instagram/your_instagram_activity/threads/threads_and_replies.json")
    assert len(threads) == len(raw["text_post_app_text_posts"]) > 10
    assert (threads["platform"] == "threads").all() and threads["text"].str.contains(HANGUL).all()


def test_facebook_older_path_is_read(tmp_path):
    posts = tmp_path / "posts"
    posts.mkdir()
    src = data_path("district/facebook/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json")
    (posts / "your_posts_1.json").write_bytes(src.read_bytes())
    assert len(read_facebook(tmp_path).posts) == len(json.loads(src.read_text(encoding="utf-8")))


def test_zip_and_folder_read_the_same(exports):
    for folder, zipped in (("knitting/instagram", "knitting/instagram-siltarae.knit-2026-07-01-k9QeR2.zip"),
                           ("petshop/x_archive", "petshop/twitter-2026-07-01-3f9c2e7a1b.zip"),
                           ("district/facebook", "district/facebook-hanbitgu-2026-07-01-Lm4VbN.zip"),
                           ("youtube/studio_en", "youtube/Content 2024-07-01_2026-06-30 골목한바퀴.zip")):
        pd.testing.assert_frame_equal(exports[folder].posts, exports[zipped].posts)
        pd.testing.assert_frame_equal(exports[folder].followers, exports[zipped].followers)


def test_instagram_via_business_suite_matches_posts(exports):
    json_posts = exports["petshop/instagram"].posts
    csv_posts = exports["petshop/meta_business_suite_instagram.csv"].posts
    assert len(json_posts) == len(csv_posts)
    assert set(json_posts["post_id"]) == set(csv_posts["post_id"])
    merged = json_posts.merge(csv_posts, on="post_id", suffixes=("", "_mbs"))
    assert (merged["posted_at"].dt.floor("min") == merged["posted_at_mbs"]).all()
    assert csv_posts["likes"].notna().all() and json_posts["likes"].isna().all()


def test_x_counts_are_numbers_and_followers_counted(exports):
    export = exports["petshop/x_archive"]
    text = data_path("petshop/x_archive/data/tweets.js").read_text(encoding="utf-8")
    raw = json.loads(text[text.index("["):])
    assert len(export.posts) == len(raw)
    assert int(export.posts["likes"].sum()) == sum(int(t["tweet"]["favorite_count"]) for t in raw)
    first = raw[-1]["tweet"]  # the archive lists newest first
    assert export.posts["post_id"].iloc[0] == first["id_str"]
    followers = data_path("petshop/x_archive/data/follower.js").read_text(encoding="utf-8")
    assert int(export.followers["followers"].iloc[-1]) == followers.count('"accountId"')
    assert export.posts["is_retweet"].any()
    assert export.posts.loc[~export.posts["is_retweet"], "likes"].max() > 100  # the viral tweet


def test_x_old_tweet_js_name_is_read(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    tweets = data_path("petshop/x_archive/data/tweets.js").read_text(encoding="utf-8")
    (data / "tweet.js").write_text(tweets.replace("YTD.tweets.", "YTD.tweet.", 1), encoding="utf-8")
    assert len(read_x(tmp_path).posts) == tweets.count('"created_at"')


def test_youtube_total_row_dropped_and_both_languages_agree(exports):
    en, ko = exports["youtube/studio_en"], exports["youtube/studio_ko"]
    table = list(csv.reader(io.StringIO(data_path("youtube/studio_en/Table data.csv").read_text(encoding="utf-8"))))
    total = dict(zip(table[0], table[1]))
    assert total["Content"] == "Total"
    assert len(en.posts) == len(table) - 2
    assert int(en.posts["views"].sum()) == int(total["Views"])
    assert int(en.followers["followers"].iloc[-1]) == int(total["Subscribers"])
    pd.testing.assert_series_equal(en.posts["views"], ko.posts["views"])
    assert en.posts["likes"].isna().all() and ko.posts["likes"].notna().all()  # metrics differ per export
    assert en.posts["posted_at"].dt.hour.eq(0).all()
    assert len(en.tables["daily_views"]) > 100


def test_facebook_exports_agree(exports):
    fb = exports["district/facebook"].posts
    insights = exports["district/page_insights_posts.csv"].posts
    mbs = exports["district/meta_business_suite_facebook.csv"].posts
    raw_lines = data_path("district/page_insights_posts.csv").read_text(encoding="utf-8")
    assert len(insights) == len(list(csv.reader(io.StringIO(raw_lines)))) - 2  # header + description row
    assert len(fb) == len(insights) == len(mbs)
    assert (insights["posted_at"].to_numpy() == fb["posted_at"].to_numpy()).all()
    assert int(insights["likes"].sum()) == int(mbs["likes"].sum())
    assert fb["text"].str.contains("한빛").any()
    page = exports["district/page_insights_page.csv"]
    raw_page = list(csv.reader(io.StringIO(data_path("district/page_insights_page.csv").read_text(encoding="utf-8"))))
    assert int(page.followers["followers"].iloc[-1]) == int(raw_page[-1][1])
    assert read_facebook(data_path("district/page_insights_posts.csv")).format == "facebook-page-insights-posts"


def test_kakaotalk_three_variants_give_the_same_messages(exports):
    frames = [exports[f"knitting/kakaotalk/kakaotalk_{v}.txt"].posts for v in ("mobile", "dotted", "pc")]
    cols = ["posted_at", "author", "text"]
    spoken = [f.loc[~f["is_system"].astype(bool), cols].reset_index(drop=True) for f in frames]
    pd.testing.assert_frame_equal(spoken[0], spoken[1])
    pd.testing.assert_frame_equal(spoken[0], spoken[2])
    mobile = frames[0]
    raw = data_path("knitting/kakaotalk/kakaotalk_mobile.txt").read_text(encoding="utf-8-sig")
    assert len(mobile) == len(re.findall(r"^\d{4}년 \d{1,2}월 \d{1,2}일 오[전후] \d{1,2}:\d{2}, ", raw, re.M))
    assert mobile["text"].str.contains("\n").any()               # continuation lines joined
    assert mobile["posted_at"].dt.hour.eq(0).any()               # 오전 12:xx is after midnight
    assert {"사진", "이모티콘", "삭제된 메시지입니다."} <= set(mobile["text"])
    assert exports["knitting/kakaotalk/kakaotalk_mobile.txt"].tables["room"]["room"][0] == "실타래 공방 수강생 모임"
    assert read_kakaotalk(data_path("knitting/kakaotalk/kakaotalk_pc.txt")).format == "kakaotalk-pc"


def test_kakaotalk_mac_csv(tmp_path):
    path = tmp_path / "chat.csv"
    path.write_text("Date,User,Message\n2025-01-05 21:03:00,김서윤,안녕하세요\n2025-01-05 21:04:00,이도윤,\"반가워요\n내일 봬요\"\n",
                    encoding="utf-8")
    posts = read_kakaotalk(path).posts
    assert posts["author"].tolist() == ["김서윤", "이도윤"] and posts["posted_at"].dt.hour.tolist() == [21, 21]


def test_sales_cp949_amounts_and_times():
    sales = read_sales(data_path("bakery/sales_cp949.csv"))
    raw = list(csv.reader(io.StringIO(data_path("bakery/sales_cp949.csv").read_bytes().decode("cp949"))))
    assert len(sales) == len(raw) - 1
    assert int(sales["amount"].sum()) == sum(int(r[6].replace(",", "").replace("원", "")) for r in raw[1:])
    assert (sales["amount"] == sales["quantity"] * sales["unit_price"]).all()
    pm = [i for i, r in enumerate(raw[1:]) if r[2].startswith("오후")]
    assert (sales["sold_at"].iloc[pm].dt.hour >= 12).all()
    assert "명절 선물세트" in set(sales["item"])
    assert not (sales["sold_at"].dt.strftime("%m-%d") == "10-06").any()  # closed on 추석


def test_other_korean_files(exports):
    comments = read_citizen_comments(data_path("district/citizen_comments.csv")).posts
    done = comments["status"] == "답변완료"
    assert (comments.loc[done, "response_hours"] > 0).all()
    weekend = comments["posted_at"].dt.day_of_week >= 5
    assert comments.loc[done & weekend, "response_hours"].median() > comments.loc[done & ~weekend, "response_hours"].median()
    blog = read_naver_blog(data_path("district/naver_blog"))
    assert blog.posts["views"].notna().all() and len(blog.tables["daily"]) == 365
    channel = read_kakao_channel(data_path("knitting/kakao_channel_stats.csv"))
    assert channel.followers["followers"].is_monotonic_increasing


def test_platform_specific_readers_accept_their_own(exports):
    assert read_instagram(data_path("knitting/instagram")).platform == "instagram"
    assert read_instagram(data_path("petshop/meta_business_suite_instagram.csv")).platform == "instagram"
    assert read_youtube(data_path("youtube/studio_ko/표 데이터.csv")).platform == "youtube"
    assert detect(data_path("petshop/x_archive")) == "x"


def test_helpers():
    assert parse_korean_datetime(["2025. 1. 5. 오전 12:05", "2025년 1월 5일 오후 12:30", "2026. 3. 5.",
                                  "2026-03-05 14:30"]).dt.strftime("%d %H:%M").tolist() == \
        ["05 00:05", "05 12:30", "05 00:00", "05 14:30"]
    assert fix_mojibake_text("\u00ec\u0095\u0088\u00eb\u0085\u0095") == "안녕"
    assert fix_mojibake({"a": ["\u00ec\u0095\u0088\u00eb\u0085\u0095", 3]}) == {"a": ["안녕", 3]}
    assert fix_mojibake_text("café") == "café"  # not mojibake: left alone
    assert fix_mojibake_text(fix_mojibake_text("\u00ec\u0095\u0088")) == "안"  # idempotent
    assert to_count(["1,234원", "12", "", None]).tolist() == [1234, 12, pd.NA, pd.NA]
    assert hashtags("새 실 🧶 #뜨개질 #knitting, #손뜨개!") == ["뜨개질", "knitting", "손뜨개"]
