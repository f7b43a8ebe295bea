"""Checks for module 10-sns-data (내 SNS 데이터 가져오기): learners write their own readers for
an Instagram export (JSON, mojibake, single vs carousel captions, UTC seconds -> Seoul time,
straight from the downloaded zip) and a Meta Business Suite CSV, into one table with the same
columns as :mod:`academy.readers`.

The graded set carries no answers of its own: every result is compared with what the
instructors' reference readers (:mod:`academy.readers`) make of the same file -- on the lesson's
persona and, in the hidden tests, on another persona's export and a variant::

    from academy.exercises.m10_sns_data import lesson as q      # lesson-1/2/3.ipynb
    from academy.exercises.m10_sns_data import exercise as q    # exercise.ipynb

>>> exercise.fix_text.evaluate(lambda s: s.encode("latin-1").decode("utf-8")).kind   # 'café' breaks it
'incorrect'
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from typing import Any, Callable

import pandas as pd

from academy import readers
from academy.checking import Mistake, Problem, ProblemSet, raises, result_of
from academy.exercises import forbidden
from academy.data import data_path
from academy.readers.meta import instagram_caption

__all__ = ["lesson", "exercise", "posts_key", "uses_reference",
           "POST_COLUMNS"]

POST_COLUMNS = list(readers.POST_COLUMNS)
COUNTS = ["likes", "comments", "shares", "views", "reach"]
KNIT_DIR = "knitting/instagram"
KNIT_POSTS = "knitting/instagram/your_instagram_activity/content/posts_1.json"
KNIT_ZIP = "knitting/instagram-siltarae.knit-2026-07-01-k9QeR2.zip"
PET_ZIP = "petshop/instagram-mungmung_sanghoe-2026-07-01-Pw7xZa.zip"
PET_CSV = "petshop/meta_business_suite_instagram.csv"
X_TWEETS = "petshop/x_archive/data/tweets.js"
YT_KO = "youtube/studio_ko/표 데이터.csv"
KAKAO_MOBILE = "knitting/kakaotalk/kakaotalk_mobile.txt"
SEOUL_OFFSET = timedelta(hours=9)
# the instructors' readers: not the learner's own reader (only the hashtag finder is given to them)
REFERENCE = ("academy.readers",)
ALLOWED = (readers.hashtags,)


def _knit_posts() -> list[dict]:
    return json.loads(data_path(KNIT_POSTS).read_text(encoding="utf-8"))


_POSTS = _knit_posts()
_SINGLE = next(p for p in _POSTS if "title" not in p)
_CAROUSEL = next(p for p in _POSTS if "title" in p)


def _same_seoul_time(answer: Any, expected: datetime) -> bool:
    """Same instant AND shown in Korean time (a UTC datetime is the same instant, 9 hours off on the clock)."""
    return (isinstance(answer, datetime) and answer.utcoffset() == SEOUL_OFFSET and answer == expected
            and answer.replace(tzinfo=None) == expected.replace(tzinfo=None))


# -- recognising mistakes (properties of the learner's result, never the answer) ------------------

def uses_reference(func: Any, *args: Any) -> bool:
    """Whether the learner's function uses the instructors' reference readers (``academy.readers``;
    ``hashtags`` is allowed): whatever it can reach (an alias, a helper, a closure) and -- given
    ``args`` -- what it does when run with ``academy.readers`` unimportable
    (:mod:`academy.exercises.forbidden`)."""
    return forbidden.uses(func, REFERENCE, *args, allowed=ALLOWED)


def _table(func: Callable, *args: Any) -> pd.DataFrame:
    result = result_of(func, *args)
    if not isinstance(result, pd.DataFrame):
        raise TypeError("not a table")
    return result


def _mojibake_left(df: pd.DataFrame) -> bool:
    text = "".join(str(v) for v in df["text"].tolist())
    return any("\u00c0" <= ch <= "\u00ff" for ch in text) and not any("가" <= ch <= "힣" for ch in text)


def _table_mistakes(path: str, last: Mistake) -> list[Mistake]:
    """Likely mistakes of a reader returning the posts table (properties only, no values)."""
    return [
        Mistake(when=lambda f: uses_reference(f, data_path(path)),
                say="강사용 레퍼런스 리더(`academy.readers`)를 불렀어요. 이번 과제는 내 손으로 읽는 연습이에요. "
                    "`json`/`zipfile`/`pandas`로 직접 읽어 보세요."),
        Mistake(when=lambda f: result_of(f, data_path(path)) is None,
                say="함수가 아무것도 돌려주지 않았어요(None). 마지막에 `return 표`를 잊지 않았나요?"),
        Mistake(when=lambda f: not isinstance(result_of(f, data_path(path)), pd.DataFrame),
                say="돌려준 값이 표(DataFrame)가 아니에요. 행들의 리스트를 `pd.DataFrame(rows, columns=POST_COLUMNS)`로 "
                    "표로 만들어 돌려주세요."),
        Mistake(when=lambda f: list(_table(f, data_path(path)).columns) != POST_COLUMNS,
                say="열 이름이나 열 순서가 약속과 달라요. `POST_COLUMNS`의 열 10개가 그 순서대로 있어야 해요: "
                    + ", ".join(POST_COLUMNS) + "."),
        Mistake(when=lambda f: not isinstance(_table(f, data_path(path))["posted_at"].dtype, pd.DatetimeTZDtype),
                say="posted_at 열이 시간대가 붙은 날짜·시각이 아니에요. 한국 시간(Asia/Seoul)이 붙은 날짜·시각으로 바꿔 주세요."),
        Mistake(when=lambda f: str(_table(f, data_path(path))["posted_at"].dt.tz) != "Asia/Seoul",
                say="posted_at의 시간대가 한국 시간이 아니에요. UTC로 두면 시계가 9시간 어긋나요. "
                    "한국 시간(`Asia/Seoul`)으로 맞춰 주세요."),
        last,
    ]


MOJIBAKE_LEFT = Mistake(
    when=lambda f: _mojibake_left(_table(f, data_path(KNIT_ZIP))),
    say="text 열의 한글이 깨져 있어요(ì, ë 같은 글자). 글을 꺼내자마자 `fix_text()`로 고쳐 주세요.")
COUNTS_AS_TEXT = Mistake(
    when=lambda f: any(isinstance(v, str) for c in COUNTS for v in _table(f, data_path(PET_CSV))[c].dropna()),
    say="숫자 열(likes, comments …)에 글자(문자열)가 들어 있어요. 숫자로 읽어 주세요. `dtype=str`로 읽지 않았나요?")


# -- lesson try-its --------------------------------------------------------------------------

def _private_candidates() -> dict[str, bool]:
    return {
        "your_instagram_activity/messages/inbox/친구_123/message_1.json": True,
        "connections/followers_and_following/followers_1.json": True,
        "connections/contacts/synced_contacts.json": True,
        "security_and_login_information/login_and_profile_creation/login_activity.json": True,
        "your_instagram_activity/content/posts_1.json": False,
        "logged_information/past_instagram_insights/posts.json": False,
    }


PRIVATE = _private_candidates()
_PET_CSV_ROWS = pd.read_csv(data_path(PET_CSV), encoding="utf-8-sig")
_KO_TABLE = pd.read_csv(data_path(YT_KO), encoding="utf-8-sig")
_YT_VIEWS = int(pd.to_numeric(_KO_TABLE.loc[_KO_TABLE["동영상"] != "합계", "조회수"]).sum())


def _tweet_likes() -> int:
    text = data_path(X_TWEETS).read_text(encoding="utf-8")
    tweets = json.loads(text[text.index("["):])
    return sum(int(t["tweet"]["favorite_count"]) for t in tweets)


def _kakao_messages() -> int:
    posts = readers.read_kakaotalk(data_path(KAKAO_MOBILE)).posts
    return int((~posts["is_system"]).sum())


lesson = ProblemSet([
    Problem(
        "single_caption",
        expected=readers.fix_mojibake_text(instagram_caption(_SINGLE)),
        hints=[
            "`single[\"media\"][0][\"title\"]`이 한 장짜리 게시물의 (깨진) 글이에요.",
            "깨진 글은 `.encode(\"latin-1\")`로 바이트로 되돌린 다음 `.decode(\"utf-8\")`로 다시 읽어요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str) and any("\u00c0" <= ch <= "\u00ff" for ch in v),
                    say="아직 한글이 깨져 있어요(ì, ë 같은 글자). `.encode(\"latin-1\").decode(\"utf-8\")`로 고쳐 주세요.",
                    example="ì\u0097¬ë¦"),
            Mistake(when=lambda v: isinstance(v, bytes),
                    say="바이트(b'...')가 들어 있어요. `.decode(\"utf-8\")`까지 해야 글자가 돼요.",
                    example=b"\xec\x97\xac"),
        ],
    ),
    Problem(
        "carousel_caption",
        expected=readers.fix_mojibake_text(instagram_caption(_CAROUSEL)),
        hints=[
            "여러 장짜리 게시물은 글이 맨 바깥의 `\"title\"`에 있어요: `carousel[\"title\"]`.",
            "꺼낸 글도 깨져 있어요. 위에서 만든 방법으로 고쳐 주세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == "",
                    say="빈 글이에요. 여러 장짜리 게시물의 `media` 안 사진에는 글이 없어요. 맨 바깥의 `\"title\"`을 보세요.",
                    example=""),
            Mistake(when=lambda v: isinstance(v, str) and any("\u00c0" <= ch <= "\u00ff" for ch in v),
                    say="아직 한글이 깨져 있어요. 꺼낸 글도 모지바케를 고쳐 주세요.",
                    example="ì\u0097¬ë¦"),
        ],
    ),
    Problem(
        "carousel_time",
        # a literal on purpose: a converter here would also answer the graded posted_at_of
        expected=datetime(2026, 6, 30, 21, 10, 43, tzinfo=ZoneInfo("Asia/Seoul")),
        compare=_same_seoul_time,
        hints=[
            "`datetime.fromtimestamp(초, tz=SEOUL)`은 초를 한국 시간의 날짜·시각으로 바꿔요.",
            "여러 장짜리 게시물의 초는 맨 바깥 `carousel[\"creation_timestamp\"]`에 있어요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, datetime) and v.tzinfo is None,
                    say="시간대가 없는 날짜·시각이에요. 이 컴퓨터의 시간대로 바뀌어서 서버마다 달라져요. `tz=SEOUL`을 넣어 주세요.",
                    example=datetime(2025, 1, 1, 12, 0)),
            Mistake(when=lambda v: isinstance(v, datetime) and v.utcoffset() == timedelta(0),
                    say="UTC(영국 기준) 시각이에요. 한국 시계보다 9시간 늦어요. `tz=SEOUL`로 바꿔 주세요.",
                    example=datetime(2025, 1, 1, 3, 0, tzinfo=timezone.utc)),
            Mistake(when=lambda v: isinstance(v, int),
                    say="아직 초(숫자)예요. `datetime.fromtimestamp()`로 날짜·시각으로 바꿔 주세요.",
                    example=1735700000),
        ],
    ),
    Problem(
        "posts_name",
        expected="your_instagram_activity/content/posts_1.json",
        hints=[
            "`zf.namelist()`는 zip 안의 모든 파일 이름을 보여 줘요.",
            "그중 게시물 파일 이름으로 끝나는 이름을 골라요: `name.endswith(\"posts_1.json\")`.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == "posts_1.json",
                    say="zip 안에서는 폴더까지 붙은 전체 이름을 써야 해요. `namelist()`에 나온 그대로 담아 주세요.",
                    example="posts_1.json"),
            Mistake(when=lambda v: isinstance(v, list),
                    say="이름 리스트 전체가 들어 있어요. 게시물 파일의 이름 하나만 담아 주세요.",
                    example=["a.json", "b.json"]),
        ],
    ),
    Problem(
        "zip_post_count",
        expected=len(_POSTS),
        hints=[
            "`zf.read(이름)`은 바이트를 줘요. `.decode(\"utf-8\")`로 글자로 바꾼 뒤 `json.loads()`로 읽어요.",
            "읽은 리스트의 길이가 게시물 수예요: `len(...)`.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, list),
                    say="게시물 리스트가 통째로 들어 있어요. `len()`으로 개수를 세어 주세요.",
                    example=[{}]),
        ],
    ),
    Problem(
        "csv_rows",
        expected=len(_PET_CSV_ROWS),
        hints=[
            "`pd.read_csv(경로, encoding=\"utf-8-sig\")`로 읽은 표의 행 수는 `len(표)`예요.",
            "글 안에 줄바꿈이 있어도 판다스는 따옴표 안의 줄바꿈을 한 칸으로 읽어요. 파일의 줄 수와 달라도 괜찮아요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, int) and v > len(_PET_CSV_ROWS),
                    say="게시물보다 많아요. 파일의 줄 수를 센 것 같아요. 글 안의 줄바꿈 때문에 줄 수와 게시물 수가 달라요. "
                        "판다스로 읽은 표의 `len()`을 세어 주세요.",
                    example=len(_PET_CSV_ROWS) + 100),
        ],
    ),
    Problem(
        "first_id_column",
        expected="Post ID",
        hints=[
            "`list(표.columns)[0]`이 첫 열의 이름이에요.",
            "BOM을 떼어 주는 인코딩으로 읽었나요? `encoding=\"utf-8-sig\"`.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str) and v.startswith("\ufeff"),
                    say="열 이름 맨 앞에 보이지 않는 BOM 글자(`\\ufeff`)가 붙어 있어요. `encoding=\"utf-8-sig\"`로 읽어 주세요.",
                    example="\ufeffPost ID"),
        ],
    ),
    Problem(
        "private_files",
        expected={name for name, private in PRIVATE.items() if private},
        compare=lambda v, e: isinstance(v, (list, set, tuple)) and set(v) == e,
        hints=[
            "다른 사람의 정보(대화 상대, 팔로워, 연락처)가 들어 있는 파일은 남에게 보여 주면 안 돼요.",
            "로그인 기록에는 내가 접속한 IP 주소와 기기가 들어 있어요. 이것도 개인 정보예요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, (list, set, tuple)) and "your_instagram_activity/content/posts_1.json" in v,
                    say="게시물 파일은 이미 공개한 내 글이라 수업에 가져와도 괜찮아요. 빼 주세요.",
                    example=["your_instagram_activity/content/posts_1.json"]),
            Mistake(when=lambda v: isinstance(v, (list, set, tuple))
                    and "connections/followers_and_following/followers_1.json" not in v,
                    say="팔로워 목록에는 다른 사람들의 계정 이름이 들어 있어요. 남에게 보여 주면 안 되는 파일이에요.",
                    example=[]),
        ],
    ),
    Problem(
        "tweet_likes",
        expected=_tweet_likes(),
        hints=[
            "`text[text.index(\"[\"):]`로 `window.YTD...` 앞부분을 잘라 낸 뒤 `json.loads()`로 읽어요.",
            "`favorite_count`는 글자예요. `int()`로 바꿔서 더해요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, str),
                    say="글자(문자열)가 들어 있어요. 글자끼리 `+` 하면 이어 붙여져요. `int()`로 바꿔서 더해 주세요.",
                    example="12"),
        ],
    ),
    Problem(
        "yt_views",
        expected=_YT_VIEWS,
        hints=[
            "한국어 머리글도 `COLUMN_MAP`으로 영어 이름으로 바꾼 뒤 `views` 열을 써요.",
            "맨 위의 `합계` 행은 모든 동영상의 합이에요. 빼고 더해야 두 번 세지 않아요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == 2 * _YT_VIEWS,
                    say="두 배가 됐어요. 맨 위 `합계` 행까지 더한 것 같아요. 합계 행을 빼고 더해 주세요.",
                    example=2 * _YT_VIEWS),
        ],
    ),
    Problem(
        "kakao_messages",
        expected=_kakao_messages(),
        hints=[
            "메시지 줄은 날짜로 시작하고 `\" : \"`가 들어 있어요. 이어지는 줄이나 입장 알림은 세지 않아요.",
            "`line[:1].isdigit()`과 `\" : \" in line`을 함께 확인해요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, int) and v > _kakao_messages(),
                    say="메시지보다 많아요. 여러 줄 메시지의 이어지는 줄이나 입장·퇴장 알림 줄까지 센 것 같아요.",
                    example=10 ** 6),
        ],
    ),
])


# -- exercise.ipynb: graded, sealed -------------------------------------------------------------
# Expected results are digests of the source notebook's solutions (academy/exercises/sealed/);
# hidden tests compare with what the reference readers make of another persona's export.

def posts_key(table: Any) -> Any:
    """A posts table as it is compared: rows sorted by post_id; posted_at as its ISO text (so a
    UTC or a time-zone-less clock differs from Korean time); missing counts as None; numbers kept
    apart from digit strings. Anything that is not the 10-column table compares as itself."""
    if not isinstance(table, pd.DataFrame) or list(table.columns) != POST_COLUMNS:
        return ("not the posts table", type(table).__name__, [str(c) for c in getattr(table, "columns", [])])
    rows = []
    for row in table.itertuples(index=False):
        when = row.posted_at
        stamp = when.isoformat() if hasattr(when, "isoformat") and not pd.isna(when) else repr(when)
        text = "" if not isinstance(row.text, str) and pd.isna(row.text) else str(row.text)
        tags = list(row.hashtags) if isinstance(row.hashtags, (list, tuple)) else repr(row.hashtags)
        counts = [None if (not isinstance(v, str) and pd.isna(v)) else (v if isinstance(v, str) else int(v))
                  for v in (row.likes, row.comments, row.shares, row.views, row.reach)]
        rows.append([str(row.platform), str(row.post_id), stamp, text, tags, *counts])
    return sorted(rows, key=lambda r: r[1])


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


exercise = ProblemSet([
    Problem(
        "fix_text",
        inputs=[(instagram_caption(_SINGLE),), (readers.fix_mojibake_text(instagram_caption(_SINGLE)),), ("#knitting",)],
        hints=[
            "깨진 글 고치기는 `s.encode(\"latin-1\").decode(\"utf-8\")` 한 줄이에요. 그런데 고칠 수 없는 글에서는 오류가 나요.",
            "이미 멀쩡한 한글은 `encode(\"latin-1\")`에서, `café` 같은 글은 `decode(\"utf-8\")`에서 오류가 나요. "
            "둘 다 UnicodeError의 한 종류예요.",
            "`try:` 안에서 고친 글을 돌려주고, `except UnicodeError:`에서는 받은 글을 그대로 돌려줘요.",
        ],
        mistakes=[
            Mistake(when=lambda f: raises(f, "안녕", error=UnicodeError) or result_of(f, "안녕") != "안녕",
                    say="이미 멀쩡한 한글(`\"안녕\"`)에서 오류가 나거나 글이 바뀌었어요. 고칠 수 없는 글은 그대로 돌려줘야 해요. "
                        "`try:`/`except UnicodeError:`를 써 보세요."),
            Mistake(when=lambda f: result_of(f, "\u00ec\u0095\u0088") != "안",
                    say="깨진 글이 그대로예요. `.encode(\"latin-1\").decode(\"utf-8\")`로 고쳐서 돌려주세요."),
        ],
    ),
    Problem(
        "fix_all",
        inputs=[(_SINGLE,), ([_CAROUSEL, {"n": 3, "ok": True, "none": None}],), ("#dog",)],
        hints=[
            "값의 종류에 따라 나눠요: 글자(str)면 `fix_text(value)`, 리스트면 안의 값마다, 딕셔너리면 값마다 다시 `fix_all()`을 불러요.",
            "종류는 `isinstance(value, str)`, `isinstance(value, list)`, `isinstance(value, dict)`로 알아봐요.",
            "딕셔너리는 `{key: fix_all(item) for key, item in value.items()}`, 리스트는 `[fix_all(item) for item in value]`. "
            "숫자나 None은 그대로 돌려줘요.",
        ],
        mistakes=[
            Mistake(when=lambda f: result_of(f, {"a": "x"}) is None,
                    say="딕셔너리를 넣었더니 None이 나왔어요. 딕셔너리일 때도 `return`으로 새 딕셔너리를 돌려주세요."),
            Mistake(when=lambda f: result_of(f, [{"t": "\u00ec\u0095\u0088"}]) != [{"t": "안"}],
                    say="리스트 안의 딕셔너리 속 글이 아직 깨져 있어요. 한 단계만이 아니라 안쪽 값에도 `fix_all()`을 다시 불러 주세요."),
            Mistake(when=lambda f: result_of(f, {"n": 3}) != {"n": 3},
                    say="숫자처럼 글자가 아닌 값이 바뀌었거나 오류가 났어요. 글자·리스트·딕셔너리가 아니면 그대로 돌려주세요."),
        ],
    ),
    Problem(
        "caption_of",
        inputs=[(_SINGLE,), (_CAROUSEL,)],
        hints=[
            "여러 장짜리 게시물은 맨 바깥에 `\"title\"`이 있고, 사진 한 장짜리는 `entry[\"media\"][0]` 안에 있어요.",
            "`entry.get(\"title\", \"\")`은 열쇠가 없어도 오류 없이 빈 글을 줘요. 먼저 바깥을 보고, 비어 있으면 안쪽을 봐요.",
            "찾은 글은 `fix_text()`로 고쳐서 돌려줘요. 어디에도 글이 없으면 `\"\"`을 돌려줘요.",
        ],
        mistakes=[
            Mistake(when=lambda f: result_of(f, _CAROUSEL) == "",
                    say="여러 장짜리 게시물의 글이 비어 나왔어요. 그런 게시물은 글이 맨 바깥 `entry[\"title\"]`에 있어요."),
            Mistake(when=lambda f: any("\u00c0" <= ch <= "\u00ff" for ch in result_of(f, _SINGLE)),
                    say="글의 한글이 깨져 있어요. 찾은 글을 `fix_text()`로 고쳐서 돌려주세요."),
        ],
    ),
    Problem(
        "posted_at_of",
        inputs=[(_SINGLE,), (_CAROUSEL,)],
        compare_as=_iso,
        hints=[
            "초는 여러 장짜리 게시물이면 맨 바깥 `\"creation_timestamp\"`에, 한 장짜리면 `entry[\"media\"][0]` 안에 있어요.",
            "`datetime.fromtimestamp(초, tz=SEOUL)`로 한국 시간의 날짜·시각을 만들어요.",
        ],
        mistakes=[
            Mistake(when=lambda f: isinstance(result_of(f, _SINGLE), int),
                    say="초(숫자)를 그대로 돌려줬어요. `datetime.fromtimestamp(초, tz=SEOUL)`로 바꿔 주세요."),
            Mistake(when=lambda f: result_of(f, _SINGLE).tzinfo is None,
                    say="시간대가 없는 날짜·시각이에요. 서버의 시간대에 따라 시각이 달라져요. `tz=SEOUL`을 넣어 한국 시간으로 만들어 주세요."),
            Mistake(when=lambda f: result_of(f, _SINGLE).utcoffset() == timedelta(0),
                    say="UTC 시각이에요. 한국 시계보다 9시간 늦어요. `tz=SEOUL`로 바꿔 주세요."),
        ],
    ),
    Problem(
        "read_instagram_zip",
        inputs=[(data_path(KNIT_ZIP),)],
        compare_as=posts_key,
        hints=[
            "`with zipfile.ZipFile(zip_path) as zf:` 안에서 `zf.namelist()` 중 `/posts_1.json`으로 끝나는 이름을 찾아요. "
            "폴더가 `content/`든 `media/`든 상관없어요.",
            "`json.loads(zf.read(이름).decode(\"utf-8\"))`로 게시물 리스트를 읽고, 게시물마다 한 행을 만들어요: "
            "post_id는 첫 사진 `uri`의 파일 이름(확장자 빼고), 글과 시각은 문제 3, 4처럼 찾아요.",
            "좋아요 같은 숫자는 이 파일에 없으니 `None`을 넣어요. 마지막에 `pd.DataFrame(rows, columns=POST_COLUMNS)`를 돌려줘요. "
            "열쇠가 없을 수도 있는 곳에는 `.get()`을 써요.",
        ],
        mistakes=_table_mistakes(KNIT_ZIP, MOJIBAKE_LEFT),
    ),
    Problem(
        "read_business_suite",
        inputs=[(data_path(PET_CSV),)],
        compare_as=posts_key,
        hints=[
            "`pd.read_csv(경로, encoding=\"utf-8-sig\")`로 읽고, `rename(columns=MBS_COLUMNS)`로 열 이름을 바꿔요.",
            "posted_at은 `pd.to_datetime(표[\"posted_at\"], format=\"%m/%d/%Y %H:%M\")` 뒤에 "
            "`.dt.tz_localize(\"Asia/Seoul\")`. 이 파일의 시각은 이미 한국 시간이에요.",
            "없는 숫자 열은 `None`으로 채우고, hashtags는 `[find_hashtags(text) for text in 표[\"text\"]]`. "
            "마지막에 `표[POST_COLUMNS]`로 열 순서를 맞춰요.",
        ],
        mistakes=_table_mistakes(PET_CSV, COUNTS_AS_TEXT),
    ),
], graded=True, sealed="10-sns-data")
