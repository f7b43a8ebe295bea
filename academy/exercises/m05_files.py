"""Checks for module 05-files (파일과 데이터 형식): the bakery's CP949 CSV, a KakaoTalk export
with a BOM, Instagram insights JSON and a CSV saved for Excel.

Notebooks import one set as ``q``::

    from academy.exercises.m05_files import lesson as q      # lesson-1.ipynb and lesson-2.ipynb
    from academy.exercises.m05_files import exercise as q    # exercise.ipynb

>>> exercise.to_24h.evaluate(lambda ampm, hour: str(hour)).kind
'incorrect'

The graded ``exercise`` set carries no answers: they are sealed digests
(``sealed/05-files.json``, from ``curriculum/05-files/exercise.ipynb``).
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo

from academy.checking import Mistake, Problem, ProblemSet, raises, result_of
from academy.data import data_path

__all__ = ["lesson", "exercise"]

BAKERY = "bakery/sales_cp949.csv"
KAKAO_MOBILE = "knitting/kakaotalk/kakaotalk_mobile.txt"
KAKAO_DOTTED = "knitting/kakaotalk/kakaotalk_dotted.txt"
INSIGHTS = "knitting/instagram/logged_information/past_instagram_insights/posts.json"
BOM = "\ufeff"
HANGUL = re.compile(r"[가-힣]")


# -- the lesson try-its' answers, computed once from the sample files (practice; the graded
#    exercise's answers are sealed digests: sealed/05-files.json) -----------------------------

def _bakery_row_count() -> int:
    """How many sales rows the bakery file holds (the rows themselves are a graded answer)."""
    with open(data_path(BAKERY), encoding="cp949", newline="") as f:
        return sum(1 for _ in csv.DictReader(f))


def _first_line(name: str) -> str:
    with open(data_path(name), encoding="utf-8-sig") as f:
        return f.readline().strip()


def _likes() -> list[int]:
    with open(data_path(INSIGHTS), encoding="utf-8") as f:
        posts = json.load(f)["organic_insights_posts"]
    return [int(p["string_map_data"]["Likes"]["value"]) for p in posts]


def _kakao_files() -> list[Path]:
    return sorted(data_path(KAKAO_MOBILE).parent.glob("kakaotalk_*.txt"))


def _posted_hours(index: int) -> tuple[int, int]:
    """(Seoul hour, UTC hour) of the index-th post's Unix timestamp."""
    with open(data_path(INSIGHTS), encoding="utf-8") as f:
        stamp = json.load(f)["organic_insights_posts"][index]["string_map_data"]["Creation Timestamp"]["timestamp"]
    return (datetime.fromtimestamp(stamp, tz=ZoneInfo("Asia/Seoul")).hour,
            datetime.fromtimestamp(stamp, tz=ZoneInfo("UTC")).hour)


_ROW_COUNT = _bakery_row_count()
_LIKES = _likes()
_KAKAO_FILES = _kakao_files()
_SECOND_HOUR_SEOUL, _SECOND_HOUR_UTC = _posted_hours(1)


# -- small helpers for recognising mistakes (calling the learner's function: checking.result_of) --

def _broken_keys(rows: Any) -> bool:
    keys = "".join(rows[0].keys())
    return "\ufffd" in keys or not HANGUL.search(keys)


# -- reading a file written for Excel --------------------------------------------------------

def _excel_rows(path: Any) -> tuple[bytes, list[list[str]]]:
    raw = Path(path).read_bytes()
    text = raw.decode("utf-8-sig")
    return raw, [row for row in csv.reader(io.StringIO(text)) if row]


def _csv_rows(rows: list[dict]) -> list[list[str]]:
    """What a CSV of ``rows`` holds when read back: the header, then each row's values as text."""
    return [list(rows[0])] + [[str(v) for v in row.values()] for row in rows]


def _saved_for_excel(result: Any, expected: list[list[str]]) -> bool:
    """The function returned the path of a BOM-marked UTF-8 CSV holding exactly ``expected``."""
    if not isinstance(result, (str, Path)) or not Path(result).is_file():
        return False
    try:
        raw, rows = _excel_rows(result)
    except (UnicodeDecodeError, OSError):
        return False
    return raw.startswith(BOM.encode("utf-8")) and rows == expected


_PROBE_ROWS = [{"품목": "소금빵", "금액": 3500}, {"품목": "단팥빵", "금액": 2800}]


def _gappy_insights() -> Path:
    """A small insights file of another shape: the last post has no "Shares" entry at all.
    Written to a private temporary folder."""
    posts = [{"string_map_data": {"Likes": {"value": "12"}, "Comments": {"value": "3"}, "Shares": {"value": "2"}}},
             {"string_map_data": {"Likes": {"value": "40"}, "Comments": {"value": "0"}, "Shares": {"value": "5"}}},
             {"string_map_data": {"Likes": {"value": "7"}, "Comments": {"value": "1"}}}]
    folder = Path(tempfile.mkdtemp(prefix="academy-check-")) / "insights"
    folder.mkdir()
    path = folder / "posts.json"
    path.write_text(json.dumps({"organic_insights_posts": posts}, ensure_ascii=False), encoding="utf-8")
    return path


_GAPPY = _gappy_insights()


def _probe_save(func: Callable) -> bytes:
    """What the learner's save function writes for two probe rows (in a folder removed again)."""
    with tempfile.TemporaryDirectory(prefix="academy-check-") as folder:
        path = func(copy.deepcopy(_PROBE_ROWS), str(Path(folder) / "probe.csv"))
        return Path(path if path is not None else Path(folder) / "probe.csv").read_bytes()


# -- KakaoTalk lines (the graded inputs; shown in the check's messages) -------------------------


_LINE = "2025년 9월 1일 오후 9:45, 실타래 사장님 : 저 게이지가 자꾸 안 맞아요"
_LINE_AFTER_MIDNIGHT = "2025년 9월 3일 오전 12:18, 이순자 : 대바늘은 몇 mm 쓰세요?"
_LINE_WITH_COLON = "2025년 9월 6일 오전 9:28, 실타래 사장님 : 준비물 : 대바늘 5mm, 울 실 2볼"
_CONTINUATION = "2. 울 실 2볼"
_SAVED_AT = "저장한 날짜 : 2026년 7월 1일 오전 9:12"


# -- lesson-1.ipynb and lesson-2.ipynb: 직접 해 보기 -----------------------------------------------------------------

lesson = ProblemSet([
    Problem(
        "row_count",
        expected=_ROW_COUNT,
        hints=[
            "`csv.DictReader`로 읽은 줄들을 `list()`로 감싸면 리스트가 돼요.",
            "리스트의 길이는 `len(리스트)`로 세요. DictReader는 머리글 줄을 빼고 줘요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == _ROW_COUNT + 1,
                    say="한 줄이 더 많아요. 머리글(열 이름) 줄까지 센 것 같아요. `csv.DictReader`는 머리글을 빼고 세요.",
                    example=_ROW_COUNT + 1),
            Mistake(when=lambda v: isinstance(v, list),
                    say="리스트가 통째로 들어 있어요. 줄 수는 `len()`으로 세어 주세요.",
                    example=[{"품목": "소금빵"}]),
            Mistake(when=lambda v: v == 0,
                    say="0줄이에요. 파일을 한 번 끝까지 읽은 뒤에 다시 읽으면 아무것도 남지 않아요. 셀을 처음부터 다시 실행해 보세요.",
                    example=0),
        ],
        solution=_ROW_COUNT,
    ),
    Problem(
        "first_line",
        expected=_first_line(KAKAO_MOBILE),
        hints=[
            "파일의 첫 줄은 `f.readline()`으로 읽어요. 끝의 줄바꿈은 `.strip()`으로 없애요.",
            "맨 앞에 보이지 않는 글자가 붙어 있다면, 그 글자를 알아서 떼어 주는 인코딩 이름이 있어요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str) and v.startswith(BOM),
                    say="맨 앞에 눈에 보이지 않는 BOM 글자(`\\ufeff`)가 붙어 있어요. `encoding=\"utf-8-sig\"`로 읽으면 BOM이 떨어져요.",
                    example=BOM + "공방 모임 님과 카카오톡 대화"),
            Mistake(when=lambda v: isinstance(v, str) and v.endswith("\n"),
                    say="끝에 줄바꿈(`\\n`)이 남아 있어요. `.strip()`으로 없애 주세요.",
                    example="공방 모임 님과 카카오톡 대화\n"),
            Mistake(when=lambda v: isinstance(v, list),
                    say="모든 줄이 담긴 리스트예요. 첫 줄 하나만 담아 주세요.",
                    example=["첫 줄", "둘째 줄"]),
        ],
    ),
    Problem(
        "kakao_file_count",
        expected=len(_KAKAO_FILES),
        compare=lambda v, e: isinstance(v, int) and not isinstance(v, bool) and v == e,
        hints=[
            "`kakao_folder.glob(\"kakaotalk_*.txt\")`은 이름이 `kakaotalk_`로 시작하고 `.txt`로 끝나는 파일을 모두 찾아요.",
            "찾은 것을 `sorted()`로 감싸면 리스트가 돼요. 리스트의 길이는 `len()`으로 세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, list),
                    say="파일 목록(리스트)이 통째로 들어 있어요. 개수는 `len()`으로 세어 주세요.",
                    example=[Path("kakaotalk_mobile.txt")]),
            Mistake(when=lambda v: type(v).__name__ == "generator",
                    say="`glob()`이 돌려준 것은 아직 파일을 하나씩 꺼내 주는 '꺼내기 도구'예요. `sorted()`로 감싸 리스트로 만든 뒤 `len()`으로 세어 주세요.",
                    example=(name for name in ["kakaotalk_mobile.txt"])),
            Mistake(when=lambda v: v == 0,
                    say="파일을 하나도 찾지 못했어요. 폴더(`kakao_folder`)와 무늬(`\"kakaotalk_*.txt\"`)의 글자를 다시 확인해 보세요.",
                    example=0),
        ],
    ),
    Problem(
        "excel_encoding",
        expected="utf-8-sig",
        compare=lambda v, e: isinstance(v, str) and v.strip().lower().replace("_", "-") == e,
        hints=[
            "엑셀은 파일 맨 앞의 BOM을 보고 'UTF-8이구나' 하고 알아봐요.",
            "BOM을 붙여 주는 인코딩은 `utf-8` 뒤에 무언가가 더 붙어요. 위의 카카오톡 예를 떠올려 보세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str) and v.strip().lower() in {"utf-8", "utf8"},
                    say="BOM 없는 UTF-8은 한국어 엑셀에서 한글이 깨져 보여요. BOM을 붙이는 인코딩을 골라 보세요.",
                    example="utf-8"),
            Mistake(when=lambda v: isinstance(v, str) and v.strip().lower() in {"cp949", "euc-kr", "euckr"},
                    say="CP949도 엑셀에서 열리지만, 이모지나 일부 글자는 저장하지 못해요. 요즘은 BOM을 붙인 UTF-8을 권해요.",
                    example="cp949"),
        ],
    ),
    Problem(
        "first_likes",
        expected=_LIKES[0],
        hints=[
            "`data[\"organic_insights_posts\"][0]`이 첫 게시물이에요. 그 안을 한 단계씩 따라 들어가 보세요.",
            "좋아요 값은 글자(문자열)로 저장되어 있어요. `int()`로 바꿔 주세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str) and v.strip().isdigit(),
                    say="좋아요 수가 아직 글자(문자열)예요. `int()`로 숫자로 바꿔 주세요.",
                    example="12"),
            Mistake(when=lambda v: isinstance(v, dict),
                    say="딕셔너리가 통째로 들어 있어요. `[\"value\"]`까지 따라 들어가 값만 꺼내 주세요.",
                    example={"value": "12"}),
        ],
    ),
    Problem(
        "second_post_hour",
        expected=_SECOND_HOUR_SEOUL,
        compare=lambda v, e: isinstance(v, int) and not isinstance(v, bool) and v == e,
        hints=[
            "`posts[1][\"string_map_data\"][\"Creation Timestamp\"][\"timestamp\"]`가 둘째 게시물의 타임스탬프예요.",
            "`datetime.fromtimestamp(타임스탬프, tz=ZoneInfo(\"Asia/Seoul\"))`로 한국 시각을 만든 뒤, `.hour`로 시만 꺼내요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == _SECOND_HOUR_UTC and _SECOND_HOUR_UTC != _SECOND_HOUR_SEOUL,
                    say="UTC(세계 표준시)의 시각이에요. 한국 시각은 9시간 빨라요. `tz=ZoneInfo(\"Asia/Seoul\")`로 바꿔 보세요.",
                    example=_SECOND_HOUR_UTC),
            Mistake(when=lambda v: isinstance(v, datetime),
                    say="날짜·시각이 통째로 들어 있어요. `.hour`로 시(0~23)만 꺼내 주세요.",
                    example=datetime(2026, 6, 29, 22, 1)),
            Mistake(when=lambda v: isinstance(v, int) and v > 100000,
                    say="타임스탬프 숫자 그대로예요. `datetime.fromtimestamp(...)`로 날짜·시각으로 바꾼 뒤 시만 꺼내 주세요.",
                    example=1782738118),
        ],
    ),
    Problem(
        "evening_hour",
        expected=19,
        hints=[
            "오후는 낮 12시 이후예요. 오후 1시는 13시예요.",
            "오후 시각은 12를 더하면 24시간제가 돼요. (오후 12시만 예외예요.)",
        ],
        mistakes=[
            Mistake(when=lambda v: v == 7,
                    say="오전 7시가 돼 버렸어요. 오후 시각은 12를 더해요.",
                    example=7),
            Mistake(when=lambda v: isinstance(v, str),
                    say="글자(문자열)가 들어 있어요. 시(時)는 숫자로 담아 주세요.",
                    example="19"),
        ],
    ),
])


# -- exercise.ipynb: visible tests (hidden tests live only in the source notebook) ------------

exercise = ProblemSet([
    Problem(
        "sales_rows",
        hints=[
            "`with open(경로, encoding=...) as f:` 안에서 `csv.DictReader(f)`를 `list()`로 감싸요.",
            "이 파일은 한국어 엑셀에서 저장했어요. 레슨에서 UnicodeDecodeError를 없앤 인코딩을 떠올려 보세요.",
            "`newline=\"\"`도 함께 넣으면 CSV 안의 줄바꿈을 csv 모듈이 알아서 처리해요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str),
                    say="파일 전체가 글자(문자열) 하나로 들어 있어요. `csv.DictReader`로 한 줄씩 나눠 리스트로 만들어 주세요."),
            Mistake(when=lambda v: isinstance(v, csv.DictReader),
                    say="DictReader를 그대로 담았어요. `with` 블록 안에서 `list(...)`로 감싸 리스트로 만들어 두어야 파일을 닫은 뒤에도 쓸 수 있어요."),
            Mistake(when=lambda v: isinstance(v, list) and v and isinstance(v[0], list),
                    say="줄마다 리스트가 들어 있어요(`csv.reader`). 머리글이 열 이름이 되도록 `csv.DictReader`를 써 주세요."),
            Mistake(when=lambda v: isinstance(v, list) and v and isinstance(v[0], dict) and _broken_keys(v),
                    say="열 이름의 한글이 깨졌어요(�나 이상한 글자). `errors=`로 오류를 감추지 말고, "
                        "파일을 저장한 인코딩(CP949)으로 읽어 주세요."),
            Mistake(when=lambda v: isinstance(v, list) and not v,
                    say="리스트가 비어 있어요. 파일을 먼저 `f.read()`로 읽었다면 남은 내용이 없어요. DictReader로 한 번만 읽어 주세요."),
        ],
    ),
    Problem(
        "metric_values",
        inputs=[(data_path(INSIGHTS), "Likes"), (data_path(INSIGHTS), "Comments"), (_GAPPY, "Likes"), (_GAPPY, "Shares")],
        hints=[
            "`with open(path, encoding=\"utf-8\") as f:` 안에서 `json.load(f)`로 읽고, `[\"organic_insights_posts\"]`의 게시물을 `for`로 하나씩 돌아요.",
            "게시물마다 `[\"string_map_data\"]`에서 `metric` 이름의 칸을 꺼내요. `[\"Likes\"]`처럼 이름을 직접 쓰지 말고 매개변수 `metric`을 써요.",
            "칸이 없는 게시물도 있어요. `.get(metric, {\"value\": \"0\"})`처럼 없을 때 대신할 값을 주고, `[\"value\"]`를 `int()`로 바꿔요.",
        ],
        mistakes=[
            Mistake(when=lambda f: all(isinstance(x, str) for x in result_of(f, data_path(INSIGHTS), "Likes")),
                    say="값이 아직 글자(문자열)예요. `int()`로 바꿔서 리스트에 넣어 주세요. 글자로는 합계나 평균을 낼 수 없어요."),
            Mistake(when=lambda f: raises(f, _GAPPY, "Shares", error=KeyError) and not raises(f, _GAPPY, "Likes"),
                    say="통계 칸이 없는 게시물에서 KeyError가 났어요. 내보내기 파일의 게시물마다 칸이 다 있지는 않아요. "
                        "`.get(metric, {\"value\": \"0\"})`처럼 없을 때 0이 되게 해 주세요."),
            Mistake(when=lambda f: result_of(f, data_path(INSIGHTS), "Comments") == result_of(f, data_path(INSIGHTS), "Likes"),
                    say="어떤 통계를 달라고 해도 같은 값이 나와요. `[\"Likes\"]`처럼 이름을 직접 쓰지 말고 매개변수 `metric`을 써 주세요."),
            Mistake(when=lambda f: len(result_of(f, _GAPPY, "Shares")) != 3,
                    say="게시물 수와 리스트 길이가 달라요. 칸이 없는 게시물도 빼지 말고 0으로 넣어 주세요."),
        ],
    ),
    Problem(
        "room_name",
        inputs=[(data_path(KAKAO_MOBILE),), (data_path(KAKAO_DOTTED),)],
        hints=[
            "첫 줄만 `f.readline()`으로 읽고, `.strip()`으로 줄바꿈을 없애요.",
            "첫 줄 끝의 `\" 님과 카카오톡 대화\"`는 `.replace(..., \"\")`나 `.removesuffix(...)`로 떼어요.",
            "한 파일에서만 맨 앞에 보이지 않는 글자가 붙는다면, 인코딩을 다시 살펴보세요.",
        ],
        mistakes=[
            Mistake(when=lambda f: result_of(f, data_path(KAKAO_MOBILE)).startswith(BOM),
                    say="맨 앞에 눈에 보이지 않는 BOM 글자(`\\ufeff`)가 붙어 있어요. 모바일 카카오톡 파일은 BOM으로 시작해요. "
                        "`encoding=\"utf-8-sig\"`로 읽으면 BOM이 떨어져요."),
            Mistake(when=lambda f: result_of(f, data_path(KAKAO_MOBILE)).endswith("카카오톡 대화"),
                    say="방 이름 뒤의 `\" 님과 카카오톡 대화\"`가 남아 있어요. 그 부분을 떼어 주세요."),
            Mistake(when=lambda f: result_of(f, data_path(KAKAO_MOBILE)).endswith("\n"),
                    say="끝에 줄바꿈(`\\n`)이 남아 있어요. `.strip()`으로 없애 주세요."),
        ],
    ),
    Problem(
        "save_for_excel",
        inputs=[(_PROBE_ROWS, str(Path(tempfile.gettempdir()) / "academy_check_for_excel.csv"))],
        accept=lambda result, rows, filename: _saved_for_excel(result, _csv_rows(rows)),
        compare=_saved_for_excel,
        hints=[
            "`with open(filename, \"w\", encoding=..., newline=\"\") as f:` 안에서 `csv.DictWriter`를 만들어요.",
            "열 이름은 첫 줄 딕셔너리의 키예요: `fieldnames=list(rows[0])`. `writer.writeheader()`로 머리글부터 써요.",
            "엑셀에서 한글이 깨지지 않게 하는 인코딩은 첫째 시간 레슨(`lesson-1.ipynb`)의 7번 '엑셀에서 열 CSV 저장하기'에 있어요. 끝에 `return Path(filename)`도 잊지 마세요.",
        ],
        mistakes=[
            Mistake(when=lambda f: (lambda raw: not raw.startswith(BOM.encode()) and bool(raw.decode("utf-8")))(_probe_save(f)),
                    say="BOM 없는 UTF-8로 저장했어요. 한국어 엑셀에서 열면 한글이 깨져 보여요. `encoding=\"utf-8-sig\"`로 저장해 주세요."),
            Mistake(when=lambda f: raises(lambda: _probe_save(f).decode("utf-8"), error=UnicodeDecodeError),
                    say="CP949(또는 EUC-KR)로 저장했어요. 이모지 같은 글자는 저장되지 않아요. 엑셀용 CSV는 `encoding=\"utf-8-sig\"`로 저장해 주세요."),
            Mistake(when=lambda f: "품목" not in _probe_save(f).decode("utf-8-sig").splitlines()[0],
                    say="첫 줄에 열 이름(머리글)이 없어요. 데이터를 쓰기 전에 `writer.writeheader()`를 불러 주세요."),
        ],
    ),
    Problem(
        "to_24h",
        inputs=[("오전", 9), ("오후", 9), ("오전", 12), ("오후", 12), ("오후", 1)],
        hints=[
            "오후이면 12를 더하고, 오전이면 그대로 두는 것부터 시작해요.",
            "예외가 두 개 있어요: 오전 12시(자정)와 오후 12시(정오). 각각 24시간제로 몇 시일까요?",
            "`hour % 12`를 먼저 하면 12가 0이 돼서, 예외 두 개가 한 번에 해결돼요.",
        ],
        mistakes=[
            Mistake(when=lambda f: result_of(f, "오후", 12) == 24,
                    say="오후 12시가 24시가 됐어요. 오후 12시는 낮 12시(정오)예요. 12에 12를 더하면 안 돼요."),
            Mistake(when=lambda f: result_of(f, "오후", 9) == 9,
                    say="오후 9시가 9시 그대로예요. 오후일 때는 12를 더해 주세요."),
            Mistake(when=lambda f: result_of(f, "오전", 12) == 12,
                    say="오전 12시가 12시가 됐어요. 카카오톡의 '오전 12:18'은 자정이 조금 지난 0시 18분이에요."),
            Mistake(when=lambda f: isinstance(result_of(f, "오전", 9), str),
                    say="글자(문자열)를 돌려줬어요. 시(時)는 숫자(int)로 돌려주세요."),
        ],
    ),
    Problem(
        "parse_kakao_line",
        inputs=[(_LINE,), (_LINE_AFTER_MIDNIGHT,), (_LINE_WITH_COLON,), (_CONTINUATION,), (_SAVED_AT,)],
        hints=[
            "먼저 메시지 줄인지 봐요: 숫자로 시작하고, `\", \"`와 `\" : \"`가 모두 들어 있어야 해요. 아니면 `return None`.",
            "`line.split(\", \", 1)`로 날짜·시각과 나머지를 나누고, 나머지는 `\" : \"`에서 한 번만 나눠요.",
            "날짜·시각은 `.split()`으로 빈칸마다 나누면 `[\"2025년\", \"9월\", \"1일\", \"오후\", \"9:45\"]`처럼 돼요. "
            "`\"2025년\"[:-1]`처럼 끝 글자를 떼고 `int()`로 바꾼 뒤, 시는 `to_24h()`로 바꿔 `datetime(...)`을 만들어요.",
        ],
        mistakes=[
            Mistake(when=lambda f: raises(f, _LINE_WITH_COLON, error=ValueError) and not raises(f, _LINE),
                    say="내용 안에도 `\" : \"`가 들어 있는 메시지에서 멈췄어요. `split(\" : \", 1)`처럼 한 번만 나누면 내용이 잘리지 않아요."),
            Mistake(when=lambda f: isinstance(result_of(f, _LINE)["time"], str),
                    say="시각(`\"time\"`)이 아직 글자(문자열)예요. 숫자로 나눠서 `datetime(연, 월, 일, 시, 분)`으로 만들어 주세요."),
            Mistake(when=lambda f: result_of(f, _LINE)["time"].hour == 9,
                    say="'오후 9:45'가 아침 9시가 됐어요. 오후에는 12를 더해요. 문제 5의 `to_24h()`로 시를 바꿔 보세요."),
            Mistake(when=lambda f: result_of(f, _LINE_AFTER_MIDNIGHT)["time"].hour == 12,
                    say="'오전 12:18'이 낮 12시가 됐어요. 오전 12시는 자정(0시)이에요. 문제 5의 `to_24h()`로 시를 바꿔 보세요."),
            Mistake(when=lambda f: result_of(f, _CONTINUATION) is not None or result_of(f, _SAVED_AT) is not None,
                    say="메시지가 아닌 줄(여러 줄 메시지의 이어지는 줄, '저장한 날짜' 줄)에서는 `None`을 돌려주세요."),
            Mistake(when=lambda f: raises(f, _CONTINUATION) or raises(f, _SAVED_AT),
                    say="메시지가 아닌 줄(이어지는 줄, '저장한 날짜' 줄)에서 오류가 났어요. 먼저 메시지 줄인지 확인하고, 아니면 `None`을 돌려주세요."),
            Mistake(when=lambda f: isinstance(result_of(f, _LINE), (tuple, list)),
                    say="딕셔너리가 아니라 튜플이나 리스트를 돌려줬어요. `{\"time\": ..., \"name\": ..., \"text\": ...}` 모양으로 돌려주세요."),
        ],
    ),
], graded=True, sealed="05-files")
