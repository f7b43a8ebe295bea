"""Checks for module 09-smartwork (스마트 워크: 정보 자동 수집): RSS/Atom feeds with feedparser,
Korean time, keyword alerts, de-duplication, Markdown clippings and a bounded collector script.

Notebooks import one set as ``q``::

    from academy.exercises.m09_smartwork import lesson as q      # lesson-1.ipynb, lesson-2.ipynb
    from academy.exercises.m09_smartwork import exercise as q    # exercise.ipynb

>>> lesson.has_keyword.evaluate(lambda title, keyword: keyword in title.split()).kind
'incorrect'

The graded ``exercise`` set carries no answers: its expected results are sealed digests
(``sealed/09-smartwork.json``, from ``curriculum/09-smartwork/exercise.ipynb``), except
``save_clippings``, which is judged by what it leaves on disk (a property check: the notes
the task describes, written once, never twice).
"""

from __future__ import annotations

import copy
import html
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo

import feedparser

from academy.checking import Mistake, Outcome, Problem, ProblemSet, raises, result_of
from academy.data import data_path
from academy.messages import say

__all__ = ["lesson", "exercise", "Sample", "SEOUL"]

SEOUL = ZoneInfo("Asia/Seoul")
NINE_HOURS = timedelta(hours=9)


class Sample(os.PathLike):
    """A sample file passed to a learner's function: opens like a path (``open``, ``Path``,
    ``feedparser.parse``), shows its short name in messages, and is the same on every machine
    (the sealed inputs' fingerprint does not depend on where the datasets live)."""

    def __init__(self, name: str):
        self.name = name

    def __fspath__(self) -> str:
        return str(data_path(self.name))

    def __repr__(self) -> str:
        return f"<예제 파일 {self.name}>"


def _entries(xml: str) -> list:
    return feedparser.parse(xml).entries


# Small inline feeds: the entries the checks pass to learners' functions.
_RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>예제</title>
<item><title>강아지간식 신상품</title><link>https://t.example.kr/1</link><pubDate>Mon, 01 Jun 2026 12:00:00 +0900</pubDate></item>
<item><title>밤늦게 올라온 소식</title><link>https://t.example.kr/2</link><pubDate>Sun, 31 May 2026 20:30:00 GMT</pubDate></item>
<item><title>날짜 없는 소식</title><link>https://t.example.kr/3</link></item>
</channel></rss>"""
_ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>sample</title>
<entry><title>Updated only</title><link href="https://t.example.com/a"/><id>a</id><updated>2026-06-02T23:10:00Z</updated></entry>
<entry><title>Both dates</title><link href="https://t.example.com/b"/><id>b</id><published>2026-06-02T23:00:00Z</published><updated>2026-06-05T00:00:00Z</updated></entry>
</feed>"""
RSS_NOON, RSS_LATE, RSS_NO_DATE = _entries(_RSS)
ATOM_UPDATED, ATOM_BOTH = _entries(_ATOM)


def _is_time(value: Any) -> bool:
    return isinstance(value, datetime)


def _seoul_text(value: Any) -> Any:
    """Datetimes compare as their ISO text: the instant *and* the offset must be right."""
    return value.isoformat() if isinstance(value, datetime) else value


def _time_mistakes(call: Callable[[Callable], Any]) -> list[Mistake]:
    """Mistakes of turning a feed date into Korean time; ``call(f)`` gives the learner's datetime
    for RSS_NOON (2026-06-01 12:00 in Seoul, 03:00 UTC)."""
    return [
        Mistake(when=lambda f: _is_time(call(f)) and call(f).tzinfo is None,
                say="시간대 정보가 없는 시각이에요. feedparser의 `published_parsed`는 UTC(세계 표준시) 시각이니, "
                    "`tzinfo=timezone.utc`를 붙인 뒤 `.astimezone(ZoneInfo(\"Asia/Seoul\"))`로 한국 시각으로 바꿔요."),
        Mistake(when=lambda f: _is_time(call(f)) and call(f).utcoffset() == timedelta(0),
                say="UTC 시각 그대로예요. 한국은 UTC보다 9시간 빨라요. `.astimezone(ZoneInfo(\"Asia/Seoul\"))`로 바꿔 주세요."),
        Mistake(when=lambda f: _is_time(call(f)) and call(f).utcoffset() == NINE_HOURS and call(f).hour == 3,
                say="UTC 시각에 한국 시간대 이름표만 붙였어요. 그러면 9시간 이른 시각이 돼요. "
                    "먼저 `tzinfo=timezone.utc`로 UTC라고 알려 준 다음 `.astimezone(...)`으로 바꿔요."),
    ]


# -- lesson try-its: references kept (practice) ---------------------------------------------------

def _has_keyword(title: str, keyword: str) -> bool:
    return keyword.lower() in title.lower()


def _title_key(title: str) -> str:
    return "".join([ch for ch in title.lower() if ch.isalnum()])


def _clean_title(title: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", title)).strip()


_KO = feedparser.parse(data_path("petshop/feeds/pet_news_ko.rss.xml"))
_EN = feedparser.parse(data_path("petshop/feeds/pet_trends_en.atom.xml"))
_MIXED = feedparser.parse(data_path("petshop/feeds/pet_mixed.rss.xml"))
_MESSY = feedparser.parse(data_path("petshop/feeds/pet_messy.rss.xml"))
# The first English item's date in Korean time, as the lesson shows it. A literal on purpose: a
# converter function here would also answer the graded `seoul_time` (issue 14: nothing in the
# package may). tests/academy/exercises/test_m09_smartwork.py checks it against the feed.
_FIRST_EN = datetime(2026, 6, 1, 12, 0, tzinfo=SEOUL)


def _unique_count() -> int:
    links, keys = [], []
    for feed in (_KO, _EN, _MIXED):
        for entry in feed.entries:
            key = _title_key(entry.title)
            if entry.link not in links and key not in keys:
                links.append(entry.link)
                keys.append(key)
    return len(links)


_ALL_ITEMS = len(_KO.entries) + len(_EN.entries) + len(_MIXED.entries)
_USABLE = sum(1 for e in _MESSY.entries if e.get("title") and e.get("link"))


def _same_moment(answer: Any, expected: datetime) -> bool:
    return isinstance(answer, datetime) and answer.isoformat() == expected.isoformat()


_lesson_problems = [
    Problem(
        "entry_count",
        expected=len(_KO.entries),
        hints=[
            "`feed = feedparser.parse(경로)`로 읽으면 항목들은 `feed.entries` 리스트에 들어 있어요.",
            "리스트의 길이는 `len()`으로 세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == len(_KO) and v != len(_KO.entries),
                    say="피드 전체(`feed`)의 칸 수를 셌어요. 항목은 `feed.entries` 안에 있어요.",
                    example=len(_KO)),
        ],
    ),
    Problem(
        "first_seoul",
        expected=_FIRST_EN,
        compare=_same_moment,
        hints=[
            "`entry.updated_parsed`는 UTC 시각이에요. `datetime(*entry.updated_parsed[:6], tzinfo=timezone.utc)`로 만들어요.",
            "만든 시각에 `.astimezone(SEOUL)`을 붙이면 한국 시각이 돼요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, datetime) and v.tzinfo is None,
                    say="시간대 정보가 없는 시각이에요. `tzinfo=timezone.utc`를 붙여서 UTC라고 알려 주세요.",
                    example=_FIRST_EN.replace(tzinfo=None)),
            Mistake(when=lambda v: isinstance(v, datetime) and v.utcoffset() == timedelta(0),
                    say="UTC 시각 그대로예요. `.astimezone(SEOUL)`로 한국 시각으로 바꿔 주세요.",
                    example=_FIRST_EN.astimezone(timezone.utc)),
        ],
    ),
    Problem(
        "has_keyword",
        cases=[(("강아지간식 특가 소식", "간식"), True), (("Freeze-dried Treats trend", "treats"), True),
               (("노령견 관절 관리법", "간식"), False), (("PET insurance explained", "Insurance"), True)],
        solution=_has_keyword,
        hints=[
            "글자 안에 다른 글자가 들어 있는지는 `in`으로 알아봐요: `\"간식\" in \"강아지간식\"`",
            "영어는 대문자와 소문자가 달라요. 양쪽을 모두 `.lower()`로 소문자로 바꾼 뒤 비교해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: f("강아지간식 특가 소식", "간식") is False,
                    say="'강아지간식' 안의 '간식'을 못 찾았어요. 단어로 나눠서(`split()`) 찾았나요? "
                        "한국어는 낱말을 붙여 쓰는 일이 많아서, 글자 안에 들어 있는지(`in`)로 찾는 게 좋아요.",
                    example=lambda title, keyword: keyword in title.split()),
            Mistake(when=lambda f: f("Freeze-dried Treats trend", "treats") is False,
                    say="'Treats'와 'treats'를 다르게 봤어요. 양쪽 다 `.lower()`로 소문자로 바꾼 뒤 비교해요.",
                    example=lambda title, keyword: keyword in title),
        ],
    ),
    Problem(
        "title_key",
        cases=[(("반려견 동반카페 지도, 공개!",), "반려견동반카페지도공개"),
               (("FREEZE-DRIED Treats Trend",), "freezedriedtreatstrend"),
               (("펫 보험 가입 늘어",), "펫보험가입늘어")],
        solution=_title_key,
        hints=[
            "먼저 `title.lower()`로 영어를 소문자로 바꿔요.",
            "글자 하나씩 보면서 `ch.isalnum()`(글자나 숫자인가요?)이 참인 것만 남겨요. 한글도 글자예요.",
            "남긴 글자들은 `\"\".join(리스트)`로 이어 붙여요.",
        ],
        mistakes=[
            Mistake(when=lambda f: f("FREEZE-DRIED Treats Trend") == "FREEZEDRIEDTreatsTrend",
                    say="대문자가 남아 있어요. `.lower()`로 소문자로 바꿔 주세요.",
                    example=lambda title: "".join([ch for ch in title if ch.isalnum()])),
            Mistake(when=lambda f: " " in f("펫 보험 가입 늘어"),
                    say="띄어쓰기가 남아 있어요. 띄어쓰기가 다른 제목도 같은 글로 보려면 빈칸도 지워요.",
                    example=lambda title: title.lower().replace(",", "").replace("!", "")),
            Mistake(when=lambda f: "," in f("반려견 동반카페 지도, 공개!") or "!" in f("반려견 동반카페 지도, 공개!"),
                    say="쉼표나 느낌표 같은 문장부호가 남아 있어요. 글자와 숫자(`isalnum()`)만 남겨요.",
                    example=lambda title: title.lower().replace(" ", "")),
        ],
    ),
    Problem(
        "unique_count",
        expected=_unique_count(),
        hints=[
            "세 피드의 항목을 한 리스트로 모은 뒤, 본 링크와 본 제목 열쇠(`title_key`)를 담을 빈 리스트를 만들어요.",
            "링크나 제목 열쇠 가운데 하나라도 이미 봤다면 건너뛰고, 처음 보는 것만 남겨요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == _ALL_ITEMS,
                    say="모든 항목을 그대로 셌어요. 같은 링크이거나 거의 같은 제목인 항목은 한 번만 세요.",
                    example=_ALL_ITEMS),
        ],
    ),
    Problem(
        "usable_count",
        expected=_USABLE,
        hints=[
            "`entry.get(\"title\")`과 `entry.get(\"link\")`는 값이 없으면 오류 대신 `None`을 돌려줘요.",
            "둘 다 있는 항목만 세요: `if entry.get(\"title\") and entry.get(\"link\"):`",
        ],
        mistakes=[
            Mistake(when=lambda v: v == len(_MESSY.entries),
                    say="제목도 링크도 없는 깨진 항목까지 셌어요. 제목과 링크가 둘 다 있는 항목만 세요.",
                    example=len(_MESSY.entries)),
        ],
    ),
    Problem(
        "clean_title",
        cases=[(("<b>[특가]</b> 강아지간식 &amp; 장난감 묶음",), "[특가] 강아지간식 & 장난감 묶음"),
               (("<strong>FREEZE-DRIED</strong> Treats Trend",), "FREEZE-DRIED Treats Trend"),
               (("노견 산책 모임 후기",), "노견 산책 모임 후기")],
        solution=_clean_title,
        hints=[
            "`re.sub(r\"<[^>]+>\", \"\", title)`는 `<`로 시작해 `>`로 끝나는 태그를 모두 지워요.",
            "`&amp;` 같은 HTML 글자는 `html.unescape()`가 `&`로 바꿔 줘요.",
            "태그를 먼저 지우고, 그다음에 `html.unescape()`를 해요. 양 끝 빈칸은 `.strip()`으로 정리해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: "<" in f("<b>[특가]</b> 강아지간식 &amp; 장난감 묶음"),
                    say="제목에 `<b>` 같은 HTML 태그가 남아 있어요. `re.sub(...)`로 태그를 지워요.",
                    example=lambda title: html.unescape(title)),
            Mistake(when=lambda f: "&amp;" in f("<b>[특가]</b> 강아지간식 &amp; 장난감 묶음"),
                    say="`&amp;`가 그대로 남았어요. `html.unescape()`로 `&`로 바꿔 주세요.",
                    example=lambda title: re.sub(r"<[^>]+>", "", title).strip()),
        ],
    ),
    Problem(
        "added_again",
        expected=0,
        hints=[
            "같은 함수를 같은 항목으로 두 번 부른 다음, 두 번째로 돌려받은 수를 담아요.",
            "이미 노트에 있는 줄은 다시 쓰지 않으니, 두 번째에는 새로 쓴 줄이 없어야 해요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, int) and v > 0,
                    say="두 번째 실행에서도 줄을 새로 썼어요. 쓰기 전에 노트에 같은 줄이 이미 있는지 확인해요.",
                    example=3),
        ],
    ),
]

lesson = ProblemSet(_lesson_problems)


# -- exercise.ipynb: graded (no answers here; sealed digests and property checks) -----------------

def _item(title: str, link: str, when: datetime | None) -> dict:
    return {"title": title, "link": link, "time": when}


def _kst(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SEOUL)


_ITEMS = [
    _item("강아지간식 신상품 나왔어요", "https://t.example.kr/snack", _kst(2026, 6, 1, 12, 0)),
    _item("Freeze-dried treats trend", "https://t.example.com/freeze", _kst(2026, 6, 2, 9, 0)),
    _item("반려견 동반 카페 지도 공개", "https://t.example.kr/cafe", _kst(2026, 6, 1, 8, 30)),
    _item("노견 산책 모임 후기", "https://t.example.kr/walk", None),
]
_DUPLICATES = [
    _item("반려견 동반 카페 지도 공개", "https://a.example.kr/cafe", _kst(2026, 6, 1, 12, 0)),
    _item("반려견 동반카페 지도, 공개!", "https://b.example.kr/cafe-again", _kst(2026, 6, 1, 14, 0)),
    _item("Pet spending hits a record high", "https://a.example.com/spending", _kst(2026, 6, 1, 3, 0)),
    _item("Pet spending: a record (repost)", "https://a.example.com/spending", _kst(2026, 6, 1, 5, 0)),
    _item("Same Title", "https://c.example.com/1", None),
    _item("same title", "https://c.example.com/2", None),
    _item("동네 펫샵 창업 이야기", "https://blog.example.kr/story", _kst(2026, 6, 4, 22, 0)),
]
_EXACT_TWINS = [_item("같은 제목", "https://x.example.kr/1", None), _item("같은 제목", "https://x.example.kr/2", None)]
_NEAR_TWINS = [_item("반려견 동반 카페 지도 공개", "https://x.example.kr/1", None),
               _item("반려견 동반카페 지도, 공개!", "https://x.example.kr/2", None)]
_LINK_TWINS = [_item("첫 제목", "https://x.example.kr/1", None), _item("다른 제목", "https://x.example.kr/1", None)]
_DATED = [_item("이른 소식", "https://x.example.kr/1", _kst(2026, 6, 1, 8, 0)),
          _item("늦은 소식", "https://x.example.kr/2", _kst(2026, 6, 2, 8, 0))]
_WITH_UNDATED = [_item("날짜 없음", "https://x.example.kr/0", None)] + _DATED


def _titles(items: Any) -> list:
    return [item["title"] for item in items]


def _times(items: Any) -> list:
    return [item["time"] for item in items]


def _read(f: Callable, name: str) -> list:
    return result_of(f, Sample(name))


_MESSY_NAME = "petshop/feeds/pet_messy.rss.xml"


# save_clippings is judged by the notes it leaves: the task's format, one file per Korean day,
# every dated item once, nothing rewritten or repeated when it runs again.
_CLIP_ITEMS = [
    _item("강아지간식 신상품", "https://t.example.kr/snack", _kst(2026, 6, 1, 12, 0)),
    _item("새벽 소식", "https://t.example.kr/dawn", datetime(2026, 5, 31, 16, 30, tzinfo=timezone.utc).astimezone(SEOUL)),
    _item("Freeze-dried treats", "https://t.example.com/freeze", _kst(2026, 6, 2, 9, 5)),
    _item("날짜 없는 소식", "https://t.example.kr/none", None),
]
_CLIP_MORE = _item("자정 소식", "https://t.example.kr/midnight", _kst(2026, 6, 1, 0, 10))


def _note_line(item: dict) -> str:
    """The line format the task states (not a reference implementation of the function)."""
    return f"- {item['time']:%H:%M} [{item['title']}]({item['link']})"


def _notes(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file()}


def _clipping_verdict(func: Any) -> str:
    return _clipping_run(func)[0]


def _clipping_run(func: Any) -> tuple[str, BaseException | None]:
    """Run the learner's ``save_clippings`` three times in a fresh folder and name what went wrong
    ("ok" when nothing did), with the error the learner's code raised, if any."""
    if not callable(func):
        return "not_callable", None
    try:
        return _clipping_scenario(func), None
    except _LearnerError as error:
        return "error", error.__cause__


class _LearnerError(Exception):
    """The learner's function raised (the original error is the cause)."""


def _clipping_scenario(func: Callable) -> str:
    wanted: dict[str, list[str]] = {}
    for item in _CLIP_ITEMS:
        if item["time"] is not None:
            wanted.setdefault(f"{item['time']:%Y-%m-%d}.md", []).append(_note_line(item))
    with tempfile.TemporaryDirectory(prefix="academy-notes-") as tmp:
        folder = Path(tmp) / "스크랩"
        try:
            first = func(copy.deepcopy(_CLIP_ITEMS), folder)
        except NotImplementedError:
            return "not_attempted"
        except Exception as error:
            raise _LearnerError() from error
        if not folder.is_dir():
            return "no_folder"
        notes = _notes(folder)
        if sorted(notes) != sorted(wanted):
            return "undated" if any("None" in name or "none" in name.lower() for name in notes) else "names"
        for name, lines in wanted.items():
            written = notes[name].splitlines()
            if len(written) < len(lines) and notes[name].count("- ") == len(lines):
                return "no_newline"
            if set(written) < set(lines):
                return "overwrote"
            if sorted(written) != sorted(lines):
                return "format"
        if first != sum(len(v) for v in wanted.values()):
            return "count"
        try:
            second = func(copy.deepcopy(_CLIP_ITEMS), folder)
            after_second = _notes(folder)
            third = func(copy.deepcopy(_CLIP_ITEMS + [_CLIP_MORE]), folder)
        except Exception as error:
            raise _LearnerError() from error
        if after_second != notes:
            return "duplicated" if all(len(after_second[n]) > len(notes[n]) for n in notes) else "overwrote"
        if second != 0:
            return "count"
        latest = _notes(folder)
        day = f"{_CLIP_MORE['time']:%Y-%m-%d}.md"
        if not set(notes[day].splitlines()) <= set(latest[day].splitlines()):
            return "overwrote"
        if latest[day].splitlines() != notes[day].splitlines() + [_note_line(_CLIP_MORE)] or third != 1:
            return "append"
    return "ok"


def _clip_mistake(verdict: str, message: str) -> Mistake:
    return Mistake(when=lambda f: _clipping_verdict(f) == verdict, say=message)


_CLIP_ERROR_TIP = ("시각이 없는(None) 항목은 `continue`로 건너뛰었는지, 폴더를 `mkdir(parents=True, exist_ok=True)`로 "
                   "만들었는지 확인해 보세요.")


@dataclass
class _NotesProblem(Problem):
    """``save_clippings``: judged by the notes it leaves (a property check, no reference), but
    'not attempted' and the learner's own error read as they do for every function problem."""

    def evaluate(self, answer: Any, cases: Any = None) -> Outcome:
        if cases is not None or not callable(answer):
            return super().evaluate(answer, cases)
        verdict, error = _clipping_run(answer)
        if verdict == "not_attempted":
            return Outcome("not_attempted", say("check.not_implemented", name=self.name))
        if verdict == "error":
            raised = say("check.raised", call=f"{self.name}(연습용 소식 4개, 노트 폴더)",
                         error=type(error).__name__, detail=error)
            return self._incorrect(answer, raised + "\n" + _CLIP_ERROR_TIP)
        return super().evaluate(answer, cases)


exercise = ProblemSet([
    Problem(
        "seoul_time",
        inputs=[(RSS_NOON,), (RSS_LATE,), (RSS_NO_DATE,), (ATOM_UPDATED,), (ATOM_BOTH,)],
        compare_as=_seoul_text,
        hints=[
            "`entry.get(\"published_parsed\")`는 발행 시각을, 없으면 `None`을 돌려줘요. Atom 피드는 `updated_parsed`에 있을 때가 많아요.",
            "두 가지 다 없으면 `return None`으로 끝내요. 있으면 `datetime(*parsed[:6], tzinfo=timezone.utc)`로 UTC 시각을 만들어요.",
            "마지막으로 `.astimezone(SEOUL)`로 한국 시각으로 바꿔서 돌려줘요.",
        ],
        mistakes=[
            Mistake(when=lambda f: raises(f, RSS_NO_DATE, error=(KeyError, AttributeError, TypeError)),
                    say="날짜가 없는 항목에서 오류가 났어요. `entry[\"published_parsed\"]`나 `entry.published_parsed` 대신 "
                        "`entry.get(\"published_parsed\")`를 쓰면 없을 때 `None`이 와요. 그때는 `None`을 돌려줘요."),
            Mistake(when=lambda f: result_of(f, ATOM_UPDATED) is None,
                    say="Atom 피드의 항목에서 시각을 찾지 못했어요(None). `published_parsed`가 없으면 `updated_parsed`를 써요."),
            *_time_mistakes(lambda f: result_of(f, RSS_NOON)),
            Mistake(when=lambda f: isinstance(result_of(f, RSS_NOON), str),
                    say="글자(문자열)를 돌려줬어요. 정렬하고 날짜별로 나눌 수 있도록 `datetime` 값을 돌려줘요."),
        ],
    ),
    Problem(
        "read_feed",
        inputs=[(Sample("petshop/feeds/pet_news_ko.rss.xml"),), (Sample("petshop/feeds/pet_trends_en.atom.xml"),),
                (Sample(_MESSY_NAME),)],
        # titles, links and the three keys; the times themselves are seoul_time's part
        compare_as=lambda items: [(item.get("title"), item.get("link"), sorted(item)) for item in items]
        if isinstance(items, list) and all(isinstance(i, dict) for i in items) else items,
        hints=[
            "`feed = feedparser.parse(path)`로 읽고 `for entry in feed.entries:`로 항목을 하나씩 봐요.",
            "`entry.get(\"title\")`과 `entry.get(\"link\")` 가운데 하나라도 없으면 `continue`로 건너뛰어요.",
            "제목은 `re.sub(r\"<[^>]+>\", \"\", title)`로 태그를 지우고 `html.unescape(...)`로 `&amp;`를 `&`로 바꾼 뒤 `.strip()`해요.",
            "`{\"title\": 제목, \"link\": 링크, \"time\": seoul_time(entry)}` 딕셔너리를 리스트에 `append()`해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: raises(f, Sample(_MESSY_NAME), error=(KeyError, AttributeError, TypeError)),
                    say="깨진 피드(pet_messy)의 항목에서 오류가 났어요. 제목이나 링크가 없는 항목이 있어요. "
                        "`entry.get(\"title\")`처럼 `.get()`으로 꺼내고, 없으면 건너뛰어요."),
            Mistake(when=lambda f: len(_read(f, _MESSY_NAME)) == len(_MESSY.entries),
                    say="제목도 링크도 없는 깨진 항목까지 들어갔어요. 둘 중 하나라도 없으면 `continue`로 건너뛰어요."),
            Mistake(when=lambda f: any(set(item) != {"title", "link", "time"} for item in _read(f, _MESSY_NAME)),
                    say="항목 딕셔너리의 키는 정확히 `\"title\"`, `\"link\"`, `\"time\"` 세 개예요."),
            Mistake(when=lambda f: any("<" in item["title"] for item in _read(f, _MESSY_NAME)),
                    say="제목에 `<b>` 같은 HTML 태그가 남아 있어요. `re.sub(r\"<[^>]+>\", \"\", 제목)`으로 지워요."),
            Mistake(when=lambda f: any("&amp;" in item["title"] for item in _read(f, _MESSY_NAME)),
                    say="제목에 `&amp;`가 그대로 남았어요. `html.unescape()`로 `&`로 바꿔요."),
        ],
    ),
    Problem(
        "found_keywords",
        inputs=[("강아지간식 신상품 나왔어요", ["간식", "신상품", "산책"]),
                ("FREEZE-DRIED Treats trend", ["treats", "간식", "Freeze-dried"]),
                ("노령견 관절 관리법", ["간식", "treats"]),
                ("Dog bakery opens downtown — 수제 간식 케이크", ["Bakery", "간식", "케이크", "cafe"])],
        hints=[
            "빈 리스트 `found = []`에서 시작해서 `for keyword in keywords:`로 키워드를 하나씩 봐요.",
            "글 안에 키워드가 들어 있는지는 `in`으로 봐요. 붙여 쓴 '강아지간식' 안의 '간식'도 찾아져요.",
            "영어는 대소문자가 달라도 같은 말이에요. 양쪽을 `.lower()`로 바꿔 비교하고, 담을 때는 키워드를 원래 모양 그대로 담아요.",
        ],
        mistakes=[
            Mistake(when=lambda f: isinstance(result_of(f, "강아지간식 신상품", ["간식"]), bool),
                    say="참/거짓(bool)을 돌려줬어요. 글에 들어 있는 키워드들을 리스트로 돌려줘요."),
            Mistake(when=lambda f: result_of(f, "강아지간식 신상품", ["간식"]) == [],
                    say="'강아지간식' 안의 '간식'을 못 찾았어요. 단어로 나눠서(`split()`) 비교했나요? "
                        "한국어는 붙여 쓰는 일이 많아요. 글 안에 들어 있는지(`in`)로 찾아요."),
            Mistake(when=lambda f: result_of(f, "Dog Treats", ["treats"]) == [],
                    say="'Treats'와 'treats'를 다르게 봤어요. 양쪽 다 `.lower()`로 소문자로 바꿔 비교해요."),
            Mistake(when=lambda f: result_of(f, "Dog Treats", ["Treats"]) == ["treats"],
                    say="키워드가 소문자로 바뀌어 담겼어요. 비교할 때만 소문자로 바꾸고, 담을 때는 원래 키워드를 담아요."),
        ],
    ),
    Problem(
        "remove_duplicates",
        inputs=[(_DUPLICATES,), (_ITEMS,), ([],)],
        compare_as=lambda items: [{k: _seoul_text(v) for k, v in item.items()} for item in items]
        if isinstance(items, list) and all(isinstance(i, dict) for i in items) else items,
        hints=[
            "본 링크를 담을 `seen_links = []`, 본 제목 열쇠를 담을 `seen_titles = []`, 남길 항목을 담을 `unique = []`를 만들어요.",
            "제목 열쇠는 `\"\".join([ch for ch in title.lower() if ch.isalnum()])`예요. 띄어쓰기·대소문자·문장부호가 달라도 같아져요.",
            "링크가 `seen_links`에 있거나 열쇠가 `seen_titles`에 있으면 `continue`. 아니면 둘 다 기억하고 항목을 `unique`에 담아요.",
        ],
        mistakes=[
            Mistake(when=lambda f: len(result_of(f, _EXACT_TWINS)) == 2,
                    say="제목이 똑같은데 링크만 다른 항목이 둘 다 남았어요. 링크뿐 아니라 제목도 비교해요."),
            Mistake(when=lambda f: len(result_of(f, _NEAR_TWINS)) == 2,
                    say="띄어쓰기나 문장부호만 다른 제목이 둘 다 남았어요. 제목을 그대로 비교하지 말고, 소문자로 바꾸고 "
                        "글자와 숫자만 남긴 '제목 열쇠'로 비교해요."),
            Mistake(when=lambda f: len(result_of(f, _LINK_TWINS)) == 2,
                    say="링크가 같은 항목이 둘 다 남았어요. 같은 링크는 같은 글이에요. 링크도 비교해요."),
            Mistake(when=lambda f: _titles(result_of(f, _NEAR_TWINS)) == ["반려견 동반카페 지도, 공개!"],
                    say="나중에 나온 항목이 남았어요. 처음 본 항목을 남기고, 뒤에 다시 나온 것을 건너뛰어요."),
        ],
    ),
    Problem(
        "newest_first",
        inputs=[(_ITEMS,), (_WITH_UNDATED,), (_DATED,), ([],)],
        compare_as=lambda items: [{k: _seoul_text(v) for k, v in item.items()} for item in items]
        if isinstance(items, list) and all(isinstance(i, dict) for i in items) else items,
        hints=[
            "시각이 있는 항목과 없는(`None`) 항목을 리스트 컴프리헨션으로 나눠요: `item[\"time\"] is not None`",
            "시각이 있는 항목은 `sorted(dated, key=lambda item: item[\"time\"], reverse=True)`로 최신 것부터 줄 세워요.",
            "줄 세운 리스트 뒤에 시각이 없는 항목들을 `+`로 붙여요.",
        ],
        mistakes=[
            Mistake(when=lambda f: raises(f, _WITH_UNDATED, error=TypeError),
                    say="시각이 없는 항목(None)에서 TypeError가 났어요. None은 시각과 크기를 비교할 수 없어요. "
                        "시각이 있는 항목만 정렬하고, 없는 항목은 맨 뒤에 붙여요."),
            Mistake(when=lambda f: _titles(result_of(f, _DATED)) == ["이른 소식", "늦은 소식"],
                    say="오래된 소식이 먼저 나와요. 최신 것부터 보려면 `reverse=True`를 넣어요."),
            Mistake(when=lambda f: len(result_of(f, _WITH_UNDATED)) < len(_WITH_UNDATED),
                    say="시각이 없는 항목이 사라졌어요. 버리지 말고 맨 뒤에 붙여요."),
            Mistake(when=lambda f: _titles(result_of(f, _WITH_UNDATED))[0] == "날짜 없음",
                    say="시각이 없는 항목이 맨 앞에 있어요. 시각이 없는 항목은 맨 뒤에 붙여요."),
        ],
    ),
    _NotesProblem(
        "save_clippings",
        accept=lambda f: _clipping_verdict(f) == "ok",
        hints=[
            "`folder = Path(folder)`로 바꾸고 `folder.mkdir(parents=True, exist_ok=True)`로 폴더를 만들어요.",
            "항목마다 시각이 없으면 `continue`. 노트 파일은 `folder / (시각.strftime(\"%Y-%m-%d\") + \".md\")`, "
            "한 줄은 `f\"- {시각.strftime('%H:%M')} [{제목}]({링크})\"`예요.",
            "파일이 있으면 `read_text(encoding=\"utf-8\")`로 읽어서 `.splitlines()` 안에 같은 줄이 이미 있으면 건너뛰어요.",
            "새 줄은 `open(노트, \"a\", encoding=\"utf-8\")`로 열어 끝에 `줄 + \"\\n\"`을 써요. 쓸 때마다 센 수를 `return`해요.",
        ],
        mistakes=[
            _clip_mistake("no_folder", "노트 폴더가 생기지 않았어요. `Path(folder).mkdir(parents=True, exist_ok=True)`로 만들어요."),
            _clip_mistake("undated", "시각이 없는 항목까지 파일로 만들었어요. 시각이 `None`이면 건너뛰어요."),
            _clip_mistake("names", "노트 파일 이름이 달라요. 한국 시각의 날짜로 `2026-06-01.md`처럼 하루에 한 파일이에요."),
            _clip_mistake("no_newline", "줄이 한 줄로 붙어 버렸어요. 한 줄을 쓸 때마다 끝에 `\"\\n\"`을 붙여요."),
            _clip_mistake("format", "노트의 줄 모양이 문제와 달라요. `- 12:00 [제목](링크)` 모양인지 한 글자씩 비교해 보세요."),
            _clip_mistake("duplicated", "다시 실행했더니 같은 줄이 또 적혔어요. 쓰기 전에 노트에 같은 줄이 이미 있는지 확인해요."),
            _clip_mistake("overwrote", "다시 실행했더니 노트에 있던 줄이 사라졌어요. `\"w\"`는 파일을 새로 써요. "
                                       "덧붙이는 `\"a\"` 모드로 열어요."),
            _clip_mistake("count", "돌려준 수가 달라요. 이번에 새로 쓴 줄의 수만 세서 돌려줘요. 다시 실행하면 0이에요."),
            _clip_mistake("append", "새 소식이 노트 끝에 덧붙지 않았어요. 노트를 새로 쓰거나 줄을 다시 정렬하지 말고, "
                                    "원래 있던 줄 뒤에 새 줄만 덧붙여요."),
        ],
    ),
], graded=True, sealed="09-smartwork")
