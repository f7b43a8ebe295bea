"""Checks for module 12-automation (캡스톤: 내 SNS 분석 자동화): the learner's own module
``my_sns.py`` (readers of 10 and analysis of 11 in one file), a parameterised report notebook run
with papermill and rendered to offline HTML with nbconvert, and an ipywidgets dashboard whose
callback is a plain function.

Notebooks import one set as ``q``::

    from academy.exercises.m12_automation import lesson as q     # lesson-1.ipynb, lesson-2.ipynb
    from academy.exercises.m12_automation import exercise as q   # exercise.ipynb

>>> lesson.topic_particle.evaluate(lambda word: "은").kind
'incorrect'

The graded ``exercise`` set carries no answers: its expected results are sealed digests
(``sealed/12-automation.json``, from ``curriculum/12-automation/exercise.ipynb``, whose
``%%writefile my_sns.py`` cell is the learner's module). Hidden tests import the learner's
``my_sns.py`` and read another persona's export (멍멍상회) as a folder and as a ``.zip``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from academy.checking import Mistake, Problem, ProblemSet, raises, result_of
from academy.data import data_path
from academy.exercises.m10_sns_data import POST_COLUMNS, posts_key

__all__ = ["lesson", "exercise", "sample_posts", "value_error_of", "KNIT_DIR", "KNIT_ZIP", "PET_DIR", "PET_ZIP"]

KNIT_DIR = "knitting/instagram"
KNIT_ZIP = "knitting/instagram-siltarae.knit-2026-07-01-k9QeR2.zip"
PET_DIR = "petshop/instagram"
PET_ZIP = "petshop/instagram-mungmung_sanghoe-2026-07-01-Pw7xZa.zip"
COUNTS = ["likes", "comments", "shares", "views", "reach"]


def sample_posts() -> pd.DataFrame:
    """A small posts table (the 10 columns of module 10) over three weeks, two platforms."""
    times = ["2026-06-01 09:00", "2026-06-03 21:10", "2026-06-07 23:50", "2026-06-08 00:10",
             "2026-06-10 12:00", "2026-06-14 20:00", "2026-06-16 18:30", "2026-06-21 21:00"]
    table = pd.DataFrame({
        "platform": ["instagram", "instagram", "facebook", "instagram", "instagram", "facebook", "instagram", "instagram"],
        "post_id": [f"p{i}" for i in range(1, 9)],
        "posted_at": pd.to_datetime(times).tz_localize("Asia/Seoul"),
        "text": ["새 실 입고", "목도리 완성 #뜨개질", "주말 공지", "월요일 수업 #수강생모집", "점심 특가",
                 "가디건 완성 #뜨개질", "초보 팁", "원데이 클래스 #수강생모집"],
        "hashtags": [[], ["뜨개질"], [], ["수강생모집"], [], ["뜨개질"], [], ["수강생모집"]],
        "likes": [40, 120, 15, 60, 30, 200, 45, 150],
        "comments": [2, 10, 1, 8, 3, 12, 4, 20],
        "shares": [1, 5, 0, 2, 1, 9, 2, 6],
        "views": [600, 1500, 300, 900, 500, 2600, 700, 1900],
        "reach": [400, 1000, 200, 700, 350, 2000, 500, 1400],
    })
    for column in COUNTS:
        table[column] = table[column].astype("Int64")
    return table


def value_error_of(func: Any, *args: Any) -> str | None:
    """The message of the ``ValueError`` that ``func(*args)`` raises, or None when it raises none
    (hidden tests: an unreadable export must be named in a Korean error, never an empty table)."""
    try:
        func(*args)
    except ValueError as error:
        return str(error)
    except Exception as error:  # another error: not the promised ValueError
        return f"({type(error).__name__})"
    return None


def _table(func: Any, *args: Any) -> pd.DataFrame:
    result = result_of(func, *args)
    if not isinstance(result, pd.DataFrame):
        raise TypeError("not a table")
    return result


def _frame_key(table: Any) -> Any:
    """A table as it is compared: columns, then rows as plain values (numbers as numbers)."""
    if not isinstance(table, pd.DataFrame):
        return ("not a table", type(table).__name__)
    rows = []
    for row in table.itertuples(index=False):
        cells = []
        for value in row:
            if isinstance(value, pd.Timestamp):
                cells.append(value.isoformat())
            elif not isinstance(value, (str, list)) and pd.isna(value):
                cells.append(None)
            elif isinstance(value, float) or hasattr(value, "item"):
                cells.append(round(float(value), 2))
            else:
                cells.append(value)
        rows.append(cells)
    return [[str(c) for c in table.columns], rows]


# -- lesson-1.ipynb, lesson-2.ipynb: practice, references kept --------------------------------

def _topic_particle(word):
    last = ord(word[-1]) - ord("가")
    return "은" if 0 <= last < 11172 and last % 28 != 0 else "는"


def _filter_posts(posts, start, end):
    day = posts["posted_at"].dt.strftime("%Y-%m-%d")
    return posts[(day >= start) & (day <= end)]


lesson = ProblemSet([
    Problem(
        "topic_particle",
        cases=[(("참여율",), "은"), (("좋아요",), "는"), (("도달",), "은"), (("조회수",), "는"), (("댓글",), "은")],
        solution=_topic_particle,
        hints=[
            "한글 한 글자의 번호는 `ord(글자) - ord(\"가\")`예요. 이 번호를 28로 나눈 나머지가 0이면 받침이 없어요.",
            "마지막 글자는 `word[-1]`이에요. 나머지는 `% 28`로 구해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: result_of(f, "좋아요") == "은",
                    say="받침이 없는 말(`좋아요`)에도 `은`이 붙었어요. 받침이 없으면 `는`이에요.",
                    example=lambda word: "은"),
            Mistake(when=lambda f: result_of(f, "참여율") == "는",
                    say="받침이 있는 말(`참여율`)에 `는`이 붙었어요. 받침이 있으면 `은`이에요.",
                    example=lambda word: "는" if word != "좋아요" else "는"),
        ],
    ),
    Problem(
        "filter_posts",
        cases=[((sample_posts(), "2026-06-07", "2026-06-14"), sample_posts().iloc[2:6])],
        solution=_filter_posts,
        compare=lambda answer, expected: isinstance(answer, pd.DataFrame) and list(answer["post_id"]) == list(expected["post_id"]),
        hints=[
            "날짜만 글자로 꺼내요: `posts[\"posted_at\"].dt.strftime(\"%Y-%m-%d\")`. \"YYYY-MM-DD\" 글자는 크기 비교가 날짜 순서와 같아요.",
            "두 조건을 `&`로 묶고 각각 괄호로 감싸요. 끝 날짜도 들어가야 하니 `<=`를 써요.",
        ],
        mistakes=[
            Mistake(when=lambda f: "p6" not in list(_table(f, sample_posts(), "2026-06-07", "2026-06-14")["post_id"]),
                    say="끝 날짜(2026-06-14)에 올린 게시물이 빠졌어요. 끝 날짜도 들어가게 `<=`로 비교해요.",
                    example=lambda posts, start, end: posts[(posts["posted_at"].dt.strftime("%Y-%m-%d") >= start)
                                                            & (posts["posted_at"].dt.strftime("%Y-%m-%d") < end)]),
        ],
    ),
])


# -- exercise.ipynb: graded, sealed -------------------------------------------------------------

def _counts_empty(func: Any) -> bool:
    table = _table(func, data_path(KNIT_DIR))
    return bool(table["likes"].isna().all())


exercise = ProblemSet([
    Problem(
        "read_posts",
        inputs=[(data_path(KNIT_DIR),), (data_path(KNIT_ZIP),)],
        compare_as=posts_key,
        hints=[
            "먼저 `read_json_files(path)`를 완성해요. 폴더면 `Path(path).rglob(\"*.json\")`, .zip이면 "
            "`zipfile.ZipFile(path)`의 `namelist()`로 JSON 파일을 모두 읽어 {경로: 내용} 딕셔너리를 만들어요.",
            "폴더 안 파일의 경로는 `file.relative_to(path).as_posix()`로 zip 안 이름과 똑같은 모양(폴더/폴더/파일.json)이 돼요. "
            "그러면 `read_posts`는 폴더든 zip이든 같은 코드로 읽어요.",
            "게시물은 이름이 \"/posts_1.json\"으로 끝나는 파일에, 숫자는 인사이트 파일(past_instagram_insights 폴더의 posts.json)에 있어요. "
            "인사이트의 `Media Thumbnail`의 `uri`가 게시물 첫 사진의 `uri`와 같으면 같은 게시물이에요. 인사이트가 없으면 숫자는 `None`이에요.",
        ],
        mistakes=[
            Mistake(when=lambda f: raises(f, data_path(KNIT_DIR)),
                    say="내보내기 **폴더**를 넣었더니 오류가 났어요. 폴더는 `Path(path).is_dir()`로 알아보고 "
                        "`rglob(\"*.json\")`으로 읽어요."),
            Mistake(when=lambda f: raises(f, data_path(KNIT_ZIP)),
                    say="내보내기 **.zip**을 넣었더니 오류가 났어요. zip은 풀지 않고 `zipfile.ZipFile(path)`로 읽어요."),
            Mistake(when=lambda f: not isinstance(result_of(f, data_path(KNIT_DIR)), pd.DataFrame),
                    say="돌려준 값이 표(DataFrame)가 아니에요. 마지막에 `pd.DataFrame(rows, columns=POST_COLUMNS)`를 돌려주세요."),
            Mistake(when=lambda f: list(_table(f, data_path(KNIT_DIR)).columns) != POST_COLUMNS,
                    say="열 이름이나 열 순서가 약속과 달라요. 모듈 10의 열 10개가 그 순서대로 있어야 해요: "
                        + ", ".join(POST_COLUMNS) + "."),
            Mistake(when=_counts_empty,
                    say="실타래 공방 내보내기에는 인사이트 파일이 있는데 좋아요 열이 비어 있어요. "
                        "past_instagram_insights 폴더의 posts.json에 있는 숫자를 같은 `uri`의 게시물에 채워 주세요."),
        ],
    ),
    Problem(
        "weekly_table",
        inputs=[(sample_posts(),), (sample_posts().iloc[3:],)],
        compare_as=_frame_key,
        hints=[
            "그 주 월요일은 `posted_at`에서 요일 번호(`dt.day_of_week`, 월요일이 0)만큼 날을 빼서 구해요: "
            "`posts[\"posted_at\"] - pd.to_timedelta(posts[\"posted_at\"].dt.day_of_week, unit=\"D\")`.",
            "월요일을 `.dt.strftime(\"%Y-%m-%d\")`로 글자로 만든 `week` 열을 만들고, `groupby(\"week\")`로 "
            "숫자 열의 합계(`sum()`)와 게시물 수(`count()`)를 구해요.",
            "참여율은 **합계로** 구해요: (좋아요 합 + 댓글 합 + 공유 합) ÷ 도달 합 × 100, `.round(2)`. "
            "마지막에 `reset_index()`로 week를 열로 돌려요.",
        ],
        mistakes=[
            Mistake(when=lambda f: not isinstance(result_of(f, sample_posts()), pd.DataFrame),
                    say="돌려준 값이 표(DataFrame)가 아니에요. 주마다 한 행인 표를 돌려주세요."),
            Mistake(when=lambda f: "week" not in _table(f, sample_posts()).columns,
                    say="`week` 열이 없어요. 주 이름이 인덱스에 있다면 `reset_index()`로 열로 만들어 주세요."),
            Mistake(when=lambda f: any(pd.Timestamp(str(w)).weekday() != 0 for w in _table(f, sample_posts())["week"]),
                    say="`week`에 월요일이 아닌 날짜가 있어요. 그 주의 **월요일** 날짜를 써요. "
                        "(일요일 밤 23시 50분 게시물도 그 주 월요일로 가요.)"),
            Mistake(when=lambda f: _table(f, sample_posts())["engagement"].astype(float).max() < 1,
                    say="참여율이 모두 1보다 작아요. 100을 곱해서 % 단위로 만들어요."),
        ],
    ),
    Problem(
        "change_sentence",
        inputs=[("참여율", 5.6, 5.0), ("좋아요", 90, 120), ("도달", 1000, 1004), ("조회수", 300, 0), ("댓글", 12, 10)],
        hints=[
            "바뀐 비율(%)은 `(this_week - last_week) / last_week * 100`을 `round()`한 정수예요.",
            "조사는 `topic_particle(label)`이 골라 줘요. 늘었으면 `높아요`, 줄었으면 `낮아요`(숫자는 양수로), "
            "반올림해서 0이면 `지난주와 비슷해요`예요.",
            "지난주 값이 0이면 나눌 수 없어요. 먼저 `if not last_week:`로 그 경우의 문장을 돌려줘요.",
        ],
        mistakes=[
            Mistake(when=lambda f: raises(f, "조회수", 300, 0, error=ZeroDivisionError),
                    say="지난주 값이 0일 때 0으로 나누는 오류가 났어요. 나누기 전에 `if not last_week:`로 먼저 확인해요."),
            Mistake(when=lambda f: "좋아요은" in str(result_of(f, "좋아요", 90, 120)),
                    say="`좋아요은`이 됐어요. 받침이 없는 말 뒤에는 `는`이 붙어요. `topic_particle(label)`을 써 보세요."),
            Mistake(when=lambda f: "높아요" in str(result_of(f, "좋아요", 90, 120)) or "-" in str(result_of(f, "좋아요", 90, 120)),
                    say="줄었는데 `높아요`라고 하거나 `-25%`처럼 빼기 기호가 보여요. 줄었으면 양수 비율에 `낮아요`를 써요."),
        ],
    ),
    Problem(
        "update",
        inputs=[(sample_posts(), "전체", "likes", "2026-06-07", "2026-06-14"),
                (sample_posts(), "instagram", "reach", "2026-06-01", "2026-06-21"),
                (sample_posts(), "facebook", "comments", "2026-06-01", "2026-06-10")],
        compare_as=_frame_key,
        hints=[
            "먼저 날짜로 고르고(`filter_posts`처럼, 끝 날짜 포함), `platform`이 `\"전체\"`가 아니면 그 플랫폼의 행만 남겨요.",
            "`sort_values(metric, ascending=False).head(5)`로 큰 것부터 다섯 개까지 골라요.",
            "열은 `[[\"posted_at\", \"text\", metric]]`, 마지막에 `reset_index(drop=True)`예요.",
        ],
        mistakes=[
            Mistake(when=lambda f: len(_table(f, sample_posts(), "전체", "likes", "2026-06-01", "2026-06-21")) == 0,
                    say="`\"전체\"`를 골랐더니 표가 비었어요. `\"전체\"`일 때는 플랫폼으로 거르지 않아요."),
            Mistake(when=lambda f: len(_table(f, sample_posts(), "전체", "likes", "2026-06-01", "2026-06-21")) > 5,
                    say="다섯 개보다 많은 게시물이 나왔어요. `.head(5)`로 다섯 개까지만 보여 줘요."),
            Mistake(when=lambda f: (lambda t: list(t[t.columns[-1]]) != sorted(t[t.columns[-1]], reverse=True))(
                        _table(f, sample_posts(), "전체", "likes", "2026-06-01", "2026-06-21")),
                    say="큰 것부터 줄 서 있지 않아요. `sort_values(metric, ascending=False)`로 정렬해요."),
        ],
    ),
], graded=True, sealed="12-automation")
