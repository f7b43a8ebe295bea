"""Bad input gets a Korean message naming the file, what was expected and what to do next --
never a bare traceback from inside pandas or json."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from academy import data_path
from academy.readers import (
    ExportReadError, read_export, read_instagram, read_kakaotalk, read_sales, read_x, read_youtube,
)

HANGUL = "가-힣"


def expect_error(key: str, func, *args, **kwargs) -> ExportReadError:
    with pytest.raises(ExportReadError) as info:
        func(*args, **kwargs)
    err = info.value
    assert err.key == key, f"{err.key}: {err}"
    message = str(err)
    assert err.file and err.file in message, "the message names the file"
    assert any("가" <= ch <= "힣" for ch in message), "the message is Korean"
    assert "Traceback" not in message
    # Raised `from None` (or with no cause): no pandas/json internals chained underneath.
    assert err.__cause__ is None or isinstance(err.__cause__, RuntimeError)
    assert err.__suppress_context__ or err.__context__ is None
    return err


def copy_tree(name: str, tmp_path: Path) -> Path:
    target = tmp_path / Path(name).name
    shutil.copytree(data_path(name), target)
    return target


# --- wrong file -----------------------------------------------------------------------------------
def test_missing_path(tmp_path):
    expect_error("not_found", read_export, tmp_path / "없는파일.zip")


def test_an_image_instead_of_an_export(tmp_path):
    png = tmp_path / "screenshot.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    err = expect_error("not_text", read_export, png)
    assert "그림" in str(err)


def test_an_unrelated_text_file(tmp_path):
    notes = tmp_path / "memo.txt"
    notes.write_text("장보기 목록: 우유, 달걀\n", encoding="utf-8")
    err = expect_error("unknown_format", read_export, notes)
    assert "인스타그램" in str(err)


def test_an_excel_workbook_instead_of_csv(tmp_path):
    xlsx = tmp_path / "매출.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + bytes(100))
    err = expect_error("not_text", read_export, xlsx)
    assert "CSV로 저장" in str(err)


def test_sales_sheet_given_to_the_youtube_reader():
    err = expect_error("wrong_platform", read_youtube, data_path("bakery/sales_cp949.csv"))
    assert "read_sales" in str(err)


# --- empty and truncated --------------------------------------------------------------------------
def test_empty_file(tmp_path):
    empty = tmp_path / "Table data.csv"
    empty.write_bytes(b"")
    err = expect_error("empty", read_youtube, empty)
    assert "0바이트" in str(err)


def test_empty_tweets_js_inside_an_archive(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tweets.js").write_bytes(b"")
    err = expect_error("empty", read_x, tmp_path)
    assert "tweets.js" in str(err)


def test_truncated_json(tmp_path):
    folder = copy_tree("knitting/instagram", tmp_path)
    posts = folder / "your_instagram_activity" / "content" / "posts_1.json"
    data = posts.read_bytes()
    posts.write_bytes(data[: len(data) // 2])
    err = expect_error("truncated_json", read_instagram, folder)
    assert "posts_1.json" in str(err) and "다시 받아" in str(err)


def test_damaged_json_in_the_middle(tmp_path):
    folder = copy_tree("knitting/instagram", tmp_path)
    posts = folder / "your_instagram_activity" / "content" / "posts_1.json"
    data = posts.read_bytes()
    posts.write_bytes(data[:200] + b"}}}" + data[200:])
    expect_error("bad_json", read_instagram, folder)


def test_json_of_the_wrong_shape(tmp_path):
    folder = tmp_path / "your_instagram_activity" / "content"
    folder.mkdir(parents=True)
    (folder / "posts_1.json").write_text('{"hello": "world"}', encoding="utf-8")
    expect_error("wrong_shape", read_instagram, tmp_path)


def test_json_with_unexpected_structure_inside(tmp_path):
    folder = tmp_path / "your_instagram_activity" / "content"
    folder.mkdir(parents=True)
    (folder / "posts_1.json").write_text('[{"media": [{"uri": "a.jpg", "title": "x"}]}]', encoding="utf-8")
    expect_error("wrong_shape", read_instagram, tmp_path)


def test_unexpected_structure_deep_inside_is_still_a_korean_message(tmp_path):
    folder = tmp_path / "your_instagram_activity" / "content"
    folder.mkdir(parents=True)
    (folder / "posts_1.json").write_text('[{"media": [{"uri": 5, "creation_timestamp": 1}]}]', encoding="utf-8")
    err = expect_error("wrong_shape", read_instagram, tmp_path)
    assert err.detail.startswith("AttributeError")


def test_a_feed_is_not_an_sns_export():
    err = expect_error("wrong_platform", read_export, data_path("petshop/feeds/pet_news_ko.rss.xml"))
    assert "feedparser" in str(err)


def test_export_downloaded_as_html(tmp_path):
    folder = tmp_path / "your_instagram_activity" / "content"
    folder.mkdir(parents=True)
    (folder / "posts_1.html").write_text("<html><body>게시물</body></html>", encoding="utf-8")
    err = expect_error("html_export", read_export, tmp_path)
    assert "JSON" in str(err)


# --- encodings ------------------------------------------------------------------------------------
def test_cp949_file_read_as_utf8():
    err = expect_error("encoding_mismatch", read_sales, data_path("bakery/sales_cp949.csv"), encoding="utf-8")
    assert "cp949" in str(err).lower()


def test_cp949_file_is_read_when_encoding_is_left_to_detection(tmp_path):
    chat = tmp_path / "KakaoTalkChats.txt"
    chat.write_bytes(data_path("knitting/kakaotalk/kakaotalk_dotted.txt").read_text(encoding="utf-8")
                     .encode("cp949", errors="replace"))
    assert len(read_kakaotalk(chat).posts) > 100
    expect_error("encoding_mismatch", read_kakaotalk, chat, encoding="utf-8")


def test_neither_utf8_nor_cp949(tmp_path):
    bad = tmp_path / "sales.csv"
    bad.write_bytes(b"\xff\xff\xff\xfe\x80\x81,\xfa\xfb\n")
    expect_error("undecodable", read_export, bad)


# --- wrong platform -------------------------------------------------------------------------------
def test_folder_of_another_platform():
    err = expect_error("wrong_platform", read_instagram, data_path("petshop/x_archive"))
    assert "X(트위터)" in str(err) and "read_x" in str(err)


def test_zip_of_another_platform():
    err = expect_error("wrong_platform", read_x, data_path("knitting/instagram-siltarae.knit-2026-07-01-k9QeR2.zip"))
    assert "read_instagram" in str(err)


def test_folder_without_the_expected_files(tmp_path):
    (tmp_path / "readme.txt").write_text("빈 폴더", encoding="utf-8")
    err = expect_error("missing_part", read_x, tmp_path)
    assert "tweets.js" in str(err)


# --- YouTube columns ------------------------------------------------------------------------------
def test_unknown_youtube_column_set(tmp_path):
    table = tmp_path / "Table data.csv"
    table.write_text("Content,Video title,Revenue (KRW)\nTotal,,1000\nabc,제목,1000\n", encoding="utf-8")
    err = expect_error("youtube_columns", read_youtube, table)
    assert "Revenue (KRW)" in str(err)


def test_youtube_reader_on_a_renamed_csv_with_other_columns(tmp_path):
    other = tmp_path / "내보내기.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    expect_error("youtube_columns", read_youtube, other)


def test_youtube_table_with_only_the_total_row(tmp_path):
    table = tmp_path / "Table data.csv"
    table.write_text("Content,Video title,Views\nTotal,,0\n", encoding="utf-8")
    expect_error("no_rows", read_youtube, table)


# --- zips -----------------------------------------------------------------------------------------
def encrypted_zip(path: Path) -> Path:
    """A zip whose entry carries the 'encrypted' flag (zipfile cannot write real encryption);
    the bit is what every unzip tool, and our reader, looks at first."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = []")
    raw = bytearray(buf.getvalue())
    local = raw.find(b"PK\x03\x04")
    central = raw.find(b"PK\x01\x02")
    raw[local + 6] |= 0x01
    raw[central + 8] |= 0x01
    path.write_bytes(bytes(raw))
    return path


def test_password_protected_zip(tmp_path):
    err = expect_error("zip_encrypted", read_export, encrypted_zip(tmp_path / "twitter.zip"))
    assert "비밀번호" in str(err)


@pytest.mark.skipif(shutil.which("zip") is None, reason="the zip command is not installed")
def test_password_protected_zip_made_by_the_zip_command(tmp_path):
    (tmp_path / "posts_1.json").write_text("[]", encoding="utf-8")
    target = tmp_path / "instagram.zip"
    subprocess.run(["zip", "-q", "-P", "secret", str(target), "posts_1.json"], cwd=tmp_path, check=True)
    expect_error("zip_encrypted", read_instagram, target)


def test_truncated_zip(tmp_path):
    data = data_path("petshop/twitter-2026-07-01-3f9c2e7a1b.zip").read_bytes()
    broken = tmp_path / "twitter.zip"
    broken.write_bytes(data[: len(data) // 2])
    expect_error("zip_corrupt", read_export, broken)


def test_zip_with_damaged_contents(tmp_path):
    data = bytearray(data_path("petshop/twitter-2026-07-01-3f9c2e7a1b.zip").read_bytes())
    start = data.find(b"data/tweets.js") + len("data/tweets.js")
    for i in range(start + 20, start + 60):
        data[i] ^= 0xFF
    broken = tmp_path / "twitter.zip"
    broken.write_bytes(bytes(data))
    expect_error("zip_corrupt", read_x, broken)


def test_not_a_zip_despite_the_name(tmp_path):
    fake = tmp_path / "instagram.zip"
    fake.write_text("이건 zip이 아니에요", encoding="utf-8")
    expect_error("zip_corrupt", read_export, fake)


# --- values ---------------------------------------------------------------------------------------
def test_a_count_that_is_not_a_number(tmp_path):
    table = tmp_path / "Table data.csv"
    table.write_text("Content,Video title,Views\nTotal,,10\nabc,제목,열 개\n", encoding="utf-8")
    err = expect_error("bad_value", read_youtube, table)
    assert "열 개" in str(err)


def test_a_chat_without_messages(tmp_path):
    chat = tmp_path / "KakaoTalkChats.txt"
    chat.write_text("방 이름 님과 카카오톡 대화\n저장한 날짜 : 2025년 1월 1일 오전 9:00\n", encoding="utf-8")
    expect_error("no_messages", read_kakaotalk, chat)
