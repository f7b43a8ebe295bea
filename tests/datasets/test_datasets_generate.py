"""The sample-data generator: committed files are exactly what it produces, and stay small."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import feedparser
import pytest

REPO = Path(__file__).resolve().parents[2]
DATASETS = REPO / "datasets"


def load_generator():
    spec = importlib.util.spec_from_file_location("academy_datasets_generate", DATASETS / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = load_generator()


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return gen.build()


def digest(files: dict[str, bytes]) -> str:
    h = hashlib.sha256()
    for name, data in sorted(files.items()):
        h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def test_committed_files_are_exactly_what_the_generator_writes(files):
    assert gen.differences(DATASETS, files) == [], "run `python -m datasets.generate` and commit the result"


def test_generation_is_byte_identical_across_runs_and_hash_seeds(files):
    assert digest(gen.build()) == digest(files)
    code = ("import hashlib, importlib.util, sys; "
            f"spec = importlib.util.spec_from_file_location('g', {str(DATASETS / 'generate.py')!r}); "
            "g = importlib.util.module_from_spec(spec); sys.modules['g'] = g; spec.loader.exec_module(g); "
            "h = hashlib.sha256()\n"
            "for n, d in sorted(g.build().items()): h.update(n.encode() + b'\\0' + hashlib.sha256(d).digest())\n"
            "print(h.hexdigest())")
    env = dict(os.environ, PYTHONHASHSEED="12345", LC_ALL="C", TZ="America/New_York")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == digest(files)


def test_check_mode_reports_a_changed_file(tmp_path, files, capsys):
    gen.write(tmp_path, files)
    assert gen.main(["--check", "--out", str(tmp_path)]) == 0
    victim = tmp_path / "bakery" / "sales_cp949.csv"
    victim.write_bytes(victim.read_bytes() + b"x")
    (tmp_path / "bakery" / "stray.csv").write_text("a")
    assert gen.main(["--check", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "differs: bakery/sales_cp949.csv" in err and "stale" in err


def test_committed_samples_stay_small(files):
    total = sum(len(b) for b in files.values())
    assert total < 5_000_000, f"samples are {total / 1e6:.2f} MB; keep them under 5 MB"


def test_each_zip_holds_exactly_its_unpacked_folder(files):
    pairs = {"knitting/instagram-siltarae.knit-2026-07-01-k9QeR2.zip": "knitting/instagram/",
             "petshop/instagram-mungmung_sanghoe-2026-07-01-Pw7xZa.zip": "petshop/instagram/",
             "petshop/twitter-2026-07-01-3f9c2e7a1b.zip": "petshop/x_archive/",
             "district/facebook-hanbitgu-2026-07-01-Lm4VbN.zip": "district/facebook/",
             "youtube/Content 2024-07-01_2026-06-30 골목한바퀴.zip": "youtube/studio_en/",
             "youtube/콘텐츠 2024-07-01_2026-06-30 골목한바퀴.zip": "youtube/studio_ko/"}
    assert {n for n in files if n.endswith(".zip")} == set(pairs)
    for zname, folder in pairs.items():
        with zipfile.ZipFile(io.BytesIO(files[zname])) as zf:
            members = {i.filename: zf.read(i) for i in zf.infolist()}
            assert all(i.date_time == gen.ZIP_DATE for i in zf.infolist())
        unpacked = {n[len(folder):]: d for n, d in files.items() if n.startswith(folder)}
        assert members == unpacked, zname


def test_every_sample_file_is_described_in_the_readme(files):
    readme = (DATASETS / "README.md").read_text(encoding="utf-8")
    for name in files:
        parts = name.split("/")
        described = any("/".join(parts[:i]) in readme for i in range(len(parts), 1, -1))
        assert described, f"datasets/README.md does not mention {name}"
    assert "approximate" in readme.lower() or "근사" in readme


def test_quirks_are_really_in_the_files(files):
    posts = files["knitting/instagram/your_instagram_activity/content/posts_1.json"]
    assert b"\\u00ec" in posts and posts.isascii()                       # Meta mojibake
    assert files["district/meta_business_suite_facebook.csv"].startswith(b"\xef\xbb\xbf")  # BOM
    sales = files["bakery/sales_cp949.csv"]
    with pytest.raises(UnicodeDecodeError):
        sales.decode("utf-8")
    assert '"3,500원"' in sales.decode("cp949") and "오후" in sales.decode("cp949")
    assert files["petshop/x_archive/data/tweets.js"].startswith(b"window.YTD.tweets.part0 = [")
    assert b'"favorite_count" : "' in files["petshop/x_archive/data/tweets.js"]   # counts as strings
    assert files["youtube/studio_en/Table data.csv"].split(b"\n")[1].startswith(b"Total,")
    assert files["youtube/studio_ko/표 데이터.csv"].decode().split("\n")[1].startswith("합계,")
    insights = files["district/page_insights_posts.csv"].decode().splitlines()
    assert insights[1].split(",")[0] == "" and "Lifetime:" in insights[1]     # description row
    assert files["knitting/kakaotalk/kakaotalk_mobile.txt"].startswith("\ufeff".encode())
    assert b"\r\n--------------- " in files["knitting/kakaotalk/kakaotalk_pc.txt"]


def test_feeds_parse_except_the_broken_one_and_share_items(files):
    links = {}
    for name in ("pet_news_ko.rss.xml", "pet_trends_en.atom.xml", "pet_mixed.rss.xml"):
        root = ET.fromstring(files[f"petshop/feeds/{name}"])
        found = [e.text for e in root.iter("link") if e.text] + \
                [e.get("href") for e in root.iter("{http://www.w3.org/2005/Atom}link")]
        links[name] = set(found)
    assert links["pet_mixed.rss.xml"] & links["pet_news_ko.rss.xml"]
    assert links["pet_mixed.rss.xml"] & links["pet_trends_en.atom.xml"]
    with pytest.raises(ET.ParseError):
        ET.fromstring(files["petshop/feeds/pet_broken.rss.xml"])


def test_module_09_feeds_carry_what_the_lessons_and_hidden_tests_teach(files):
    """The messy feed is bozo yet readable, with HTML titles, missing/unreadable dates, a broken
    entry and near-duplicate titles; the knitting pair has a shared link and Atom 'published'."""
    messy = feedparser.parse(files["petshop/feeds/pet_messy.rss.xml"])
    assert messy.bozo and len(messy.entries) == 6
    titles = [e.get("title") for e in messy.entries]
    assert any("<b>" in (t or "") for t in titles) and any("<strong>" in (t or "") for t in titles)
    assert sum(e.get("published_parsed") is None for e in messy.entries) == 3   # none, '어제 오후', broken
    assert not messy.entries[-1].get("title") and not messy.entries[-1].get("link")
    assert "반려견 동반카페 지도, 공개!" in titles
    news = feedparser.parse(files["knitting/feeds/craft_news.rss.xml"])
    world = feedparser.parse(files["knitting/feeds/craft_world.atom.xml"])
    assert not news.bozo and not world.bozo
    assert {e.get("link") for e in news.entries} & {e.get("link") for e in world.entries}
    assert world.entries[0].get("published") and world.entries[0].get("updated")


def test_teachable_patterns_exist(files):
    """The analyses the lessons ask for find real answers: best hour 21시, a viral spike."""
    from academy.readers import read_export
    export = read_export(DATASETS / "knitting" / "instagram")
    posts = export.posts
    by_hour = posts.groupby(posts["posted_at"].dt.hour)["reach"].median()
    assert by_hour.idxmax() == 21
    monthly = export.followers.set_index("date")["new_followers"].resample("MS").sum()
    assert monthly[pd_ts("2025-08-01")] > 2 * monthly[pd_ts("2025-07-01")]   # viral post in Aug 2025
    tags = posts.explode("hashtags").groupby("hashtags")["comments"].mean()
    assert tags["수강생모집"] > tags["뜨개질"]                              # recruiting posts get questions


def test_other_personas_patterns_match_the_readme():
    from academy.readers import read_export, read_sales
    pet = read_export(DATASETS / "petshop" / "meta_business_suite_instagram.csv").posts
    assert pet.groupby(pet["posted_at"].dt.hour)["reach"].median().idxmax() == 8
    gu = read_export(DATASETS / "district" / "page_insights_posts.csv").posts
    assert gu.groupby(gu["posted_at"].dt.hour)["reach"].median().idxmax() == 12
    yt = read_export(DATASETS / "youtube" / "studio_en").posts
    assert yt.groupby(yt["posted_at"].dt.day_of_week)["views"].median().idxmax() == 4  # Friday
    sales = read_sales(DATASETS / "bakery" / "sales_cp949.csv")
    by_hour = sales.groupby(sales["sold_at"].dt.hour)["amount"].sum()
    assert set(by_hour.nlargest(2).index) == {8, 18}
    assert not sales["sold_at"].dt.day_of_week.eq(0).any()  # closed on Mondays


def pd_ts(s):
    import pandas as pd
    return pd.Timestamp(s)


def test_heavy_generator_writes_a_readable_split_export(tmp_path):
    from academy.readers import read_export
    info = gen.heavy(tmp_path, n_posts=1_500, n_followers=2_500, chunk=1_000)
    assert info["posts"] == 1_500
    assert sorted(p.name for p in (tmp_path / "your_instagram_activity/content").iterdir()) == \
        ["posts_1.json", "posts_2.json"]
    export = read_export(tmp_path)
    assert len(export.posts) == 1_500
    assert int(export.followers["followers"].iloc[-1]) == 2_500
    assert export.posts["likes"].notna().all()
