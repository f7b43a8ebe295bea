"""Export variants the first tests had not seen (issue 21, "Also"): each once produced silently
wrong data or a misleading message. Every test here fails on the readers before that fix."""

from __future__ import annotations

import shutil

import pytest

from academy import data_path
from academy.readers import (
    ExportReadError, hashtags, read_export, read_instagram, read_kakaotalk, read_sales, read_youtube,
)

POSTS = "knitting/instagram/your_instagram_activity/content/posts_1.json"


# --- KakaoTalk: a system line is a row of its own, never part of someone's message ------------
@pytest.mark.parametrize("system_line", [
    "2025. 9. 1. 오후 9:46: 나두리님이 들어왔습니다.",     # dotted (iPhone) form: ":" after the time
    "2025. 9. 1. 오후 9:46, 나두리님이 들어왔습니다.",     # with a comma, like the mobile form
    "나두리님이 들어왔습니다.",                            # no time at all
])
def test_dotted_chat_system_line_is_not_glued_onto_the_previous_message(tmp_path, system_line):
    chat = tmp_path / "chat.txt"
    chat.write_text("뜨개 모임 님과 카카오톡 대화\n저장한 날짜 : 2026. 7. 1. 오전 9:12\n\n"
                    "2025. 9. 1. 오후 9:45, 실타래 사장님 : 어서 오세요\n"
                    f"{system_line}\n"
                    "2025. 9. 1. 오후 9:47, 나두리 : 반가워요\n", encoding="utf-8")
    export = read_kakaotalk(chat)
    posts = export.posts
    assert posts["text"].tolist() == ["어서 오세요", "나두리님이 들어왔습니다.", "반가워요"]
    assert posts["is_system"].tolist() == [False, True, False]
    assert posts["author"].tolist() == ["실타래 사장님", "", "나두리"]
    assert any("알림 줄 1개" in n for n in export.notes)


def test_dotted_chat_day_lines_are_not_message_text(tmp_path):
    chat = tmp_path / "chat.txt"
    chat.write_text("2025. 9. 1. 월요일\n2025. 9. 1. 오후 9:45, 가 : 안녕\n2025. 9. 2. 화요일\n"
                    "2025. 9. 2. 오전 8:00, 나 : 좋은 아침\n", encoding="utf-8")
    assert read_kakaotalk(chat).posts["text"].tolist() == ["안녕", "좋은 아침"]


# --- a truncated JSON file on its own says it is cut short, whatever its name ---------------------
@pytest.mark.parametrize("name", ["내게시물.json", "posts_1 (1).json", "instagram.json"])
@pytest.mark.parametrize("keep", [12, 3000])
@pytest.mark.parametrize("reader", [read_export, read_instagram])
def test_truncated_json_passed_on_its_own(tmp_path, name, keep, reader):
    cut = tmp_path / name
    cut.write_bytes(data_path(POSTS).read_bytes()[:keep])
    with pytest.raises(ExportReadError) as info:
        reader(cut)
    assert info.value.key == "truncated_json", str(info.value)
    assert "중간에 끊겨" in str(info.value) and name in str(info.value)


def test_a_renamed_posts_file_is_still_read(tmp_path):
    renamed = tmp_path / "내게시물.json"
    shutil.copy(data_path(POSTS), renamed)
    expected = read_instagram(data_path(POSTS)).posts
    got = read_instagram(renamed).posts
    assert got["text"].tolist() == expected["text"].tolist() and len(got) > 100


# --- hashtags: a number alone is not a hashtag ---------------------------------------------------
def test_episode_numbers_are_not_hashtags():
    assert hashtags("골목 맛집 탐방 #3 | 시장 편 #맛집") == ["맛집"]
    assert hashtags("#2025 #3월의빵 EP#4 C# https://a.example/page#top #뜨개_스타그램") == ["3월의빵", "뜨개_스타그램"]


def test_youtube_title_with_an_episode_number(tmp_path):
    table = tmp_path / "Table data.csv"
    table.write_text("Content,Video title,Video publish time,Views\nTotal,,,30\n"
                     "abc123,골목 맛집 #3 시장 편 #맛집,\"Sep 27, 2024\",30\n", encoding="utf-8")
    assert read_youtube(table).posts["hashtags"].tolist() == [["맛집"]]


# --- a folder holding several exports is never read as one -----------------------------------------
def test_folder_with_two_platforms_names_both(tmp_path):
    mixed = tmp_path / "내려받기"
    shutil.copytree(data_path("knitting/instagram"), mixed / "instagram")
    shutil.copytree(data_path("youtube/studio_en"), mixed / "youtube")
    for reader in (read_export, read_instagram, read_youtube):
        with pytest.raises(ExportReadError) as info:
            reader(mixed)
        assert info.value.key == "several_platforms"
        assert "instagram/" in str(info.value) and "youtube/" in str(info.value)
        assert "인스타그램" in str(info.value) and "YouTube" in str(info.value)


def test_folder_with_two_exports_of_one_platform(tmp_path):
    with pytest.raises(ExportReadError) as info:
        read_export(data_path("youtube"))
    assert info.value.key == "several_exports"
    assert "studio_en/" in str(info.value) and "studio_ko/" in str(info.value)


def test_persona_folder_with_instagram_and_x(tmp_path):
    with pytest.raises(ExportReadError) as info:
        read_export(data_path("petshop"))
    assert info.value.key == "several_platforms"


# --- a Korean sales sheet with everyday headers ----------------------------------------------------
def test_sales_sheet_with_everyday_korean_headers(tmp_path):
    sheet = tmp_path / "매출.csv"
    sheet.write_bytes("날짜,상품,수량,금액\r\n2026. 3. 5.,바게트,2,\"9,600원\"\r\n2026. 3. 6.,소금빵,3,\"10,500원\"\r\n"
                      .encode("cp949"))
    sales = read_sales(sheet)
    assert sales["item"].tolist() == ["바게트", "소금빵"]
    assert sales["amount"].tolist() == [9600, 10500]
    assert sales["quantity"].tolist() == [2, 3]
    assert sales["sold_at"].dt.day.tolist() == [5, 6]
    export = read_export(sheet)
    assert export.platform == "sales"
    assert any("날짜 → 판매일자" in n and "상품 → 품목" in n for n in export.notes)


def test_a_sheet_without_an_amount_column_names_what_is_missing(tmp_path):
    sheet = tmp_path / "매출.csv"
    sheet.write_text("날짜,상품,수량\n2026. 3. 5.,바게트,2\n", encoding="utf-8")
    with pytest.raises(ExportReadError) as info:
        read_sales(sheet)
    assert info.value.key == "missing_columns" and "금액" in str(info.value)


# --- every export says what it read and what it skipped ---------------------------------------------
def test_report_names_read_and_skipped_files():
    export = read_export(data_path("knitting/instagram"))
    assert "your_instagram_activity/content/posts_1.json" in export.read_files
    assert "connections/followers_and_following/following.json" in export.skipped_files
    assert set(export.read_files).isdisjoint(export.skipped_files)
    report = export.report()
    assert report.splitlines()[0].startswith("📦")
    assert "게시물(행) 353개" in report
    assert "건너뛴 파일 1개: connections/followers_and_following/following.json" in report
    assert "깨진 한글" in report


def test_report_of_a_persona_folder_lists_the_other_files_it_did_not_read():
    export = read_export(data_path("knitting"))
    assert export.platform == "instagram"
    skipped = "\n".join(export.skipped_files)
    assert "kakaotalk/kakaotalk_mobile.txt" in skipped and "kakao_channel_stats.csv" in skipped
    assert "kakaotalk_mobile.txt" in export.report()


def test_report_of_a_zip_and_of_a_single_file():
    export = read_export(data_path("petshop/twitter-2026-07-01-3f9c2e7a1b.zip"))
    assert "data/tweets.js" in export.read_files and "data/account.js" in export.skipped_files
    sales = read_export(data_path("bakery/sales_cp949.csv")).report()
    assert "sales_cp949.csv" in sales and "CP949" in sales and "게시물(행)" not in sales


def test_report_counts_media_files_without_listing_them(tmp_path):
    folder = tmp_path / "instagram"
    shutil.copytree(data_path("knitting/instagram"), folder)
    media = folder / "media" / "posts" / "202501"
    media.mkdir(parents=True)
    for i in range(30):
        (media / f"{i}.jpg").write_bytes(b"\xff\xd8\xff" + bytes(10))
    report = read_export(folder).report()
    assert "사진·동영상·HTML 파일 30개" in report and "0.jpg" not in report


def test_business_suite_report_says_which_rows_it_left_out(tmp_path):
    sheet = tmp_path / "content.csv"
    sheet.write_text("\ufeffPost ID,Account username,Publish time,Description,Date,Likes\n"
                     "1,shop,03/01/2026 21:05,봄,Lifetime,10\n"
                     "1,shop,03/01/2026 21:05,봄,03/01/2026,4\n"
                     "2,shop,03/02/2026 09:00,여름,Lifetime,7\n", encoding="utf-8")
    export = read_export(sheet)
    assert export.posts["likes"].tolist() == [10, 7]
    assert any("2개" not in n and "1개" in n and "Lifetime" in n for n in export.notes), export.notes
