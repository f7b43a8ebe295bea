"""Checks for module 11-sns-analytics (SNS 성과 분석): engagement rates and their denominators,
best hour, follower growth, hashtag effects and Korean keywords with kiwipiepy.

Notebooks import one set as ``q``::

    from academy.exercises.m11_sns_analytics import lesson as q     # lesson-1 … lesson-3
    from academy.exercises.m11_sns_analytics import exercise as q   # exercise.ipynb

Learners analyse the reference readers' normalised table (``academy.readers.read_export``):
module 10 taught writing readers; here everyone starts from the same, verified table so the
figures of the lesson are the figures the learner sees.

>>> lesson.follower_rate_of.evaluate(lambda likes, comments, followers: (likes + comments) / followers).kind
'incorrect'

The graded ``exercise`` set carries no answers: its expected results are sealed digests
(``sealed/11-sns-analytics.json``, from ``curriculum/11-sns-analytics/exercise.ipynb``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd

from academy.checking import Mistake, Problem, ProblemSet, result_of
from academy.exercises.m07_analysis import _by_month

__all__ = ["lesson", "exercise", "kiwi"]

NOUN_TAGS = ("NNG", "NNP")


@lru_cache(maxsize=1)
def kiwi():
    """The one Kiwi analyser of this process (loading the model takes a second or two)."""
    from kiwipiepy import Kiwi
    return Kiwi()


# -- small inline tables for the graded checks (the normalised columns of academy.readers) ---

def _posts() -> pd.DataFrame:
    times = ["2026-02-01 21:10", "2026-02-03 09:05", "2026-02-07 21:30", "2026-02-14 12:00",
             "2026-02-22 21:05", "2026-03-01 12:10", "2026-03-02 12:20", "2026-03-08 21:15"]
    table = pd.DataFrame({
        "platform": "instagram",
        "post_id": [f"p{i}" for i in range(1, 9)],
        "posted_at": pd.to_datetime(times).tz_localize("Asia/Seoul"),
        "text": ["겨울 목도리 완성 #뜨개질 #수강생모집", "아침 산책 #산책", "초보 수업 안내 #수강생모집",
                 "점심 특가 #뜨개질", "주말 원데이 클래스 #뜨개질 #수강생모집", "새 실 입고 #뜨개실",
                 "뜨개질 모임 점심 공지", "봄 가디건 완성 #뜨개질"],
        "hashtags": [["뜨개질", "수강생모집"], ["산책"], ["수강생모집"], ["뜨개질"], ["뜨개질", "수강생모집"],
                     ["뜨개실"], [], ["뜨개질"]],
        "likes": [80, 30, 60, 20, 110, 40, 700, 90],
        "comments": [6, 1, 8, 2, 12, 3, 50, 5],
        "shares": [2, 0, 1, 0, 4, 1, 60, 3],
        "views": [900, 400, 700, 300, 1500, 500, 9000, 1000],
        "reach": [700, 300, 500, 250, 1200, 400, 7000, 800],
        "saves": [5, 1, 4, 0, 9, 2, 80, 6],
    })
    for column in ("likes", "comments", "shares", "views", "reach", "saves"):
        table[column] = table[column].astype("Int64")
    return table


def _followers() -> pd.DataFrame:
    dates = pd.date_range("2026-01-20", "2026-03-10", freq="D")
    new = [(3 * i) % 5 for i in range(len(dates))]
    new[42] = 60   # the day after the viral post (2026-03-02)
    counts, total = [], 400
    for n in new:
        total += n
        counts.append(total)
    return pd.DataFrame({"platform": "instagram", "date": dates,
                         "new_followers": pd.array(new, dtype="Int64"),
                         "followers": pd.array(counts, dtype="Int64")})


_COMMENTS = ["빵이 정말 맛있어요", "빵을 또 사러 올게요", "주차가 불편해요", "빵은 좋은데 주차가 어려워요",
             "소금빵 최고예요"]
_CAPTIONS = ["오늘 아침 산책 다녀왔어요 #산책", "수제 간식 오늘 판매해요", "오늘 간식 할인해요 #간식",
             "주말 산책 모임 있어요", "수제 간식 새로 나왔어요", "간식 주문 받아요",
             "산책 후 간식 시간"]


# -- lesson try-its: references kept (practice) ---------------------------------------------

def _follower_rate_of(likes, comments, followers):
    return round((likes + comments) / followers * 100, 2)


def _reach_rate_of(likes, comments, shares, saves, reach):
    return round((likes + comments + shares + saves) / reach * 100, 2)


def _nouns_in(text):
    return [token.form for token in kiwi().tokenize(text) if token.tag in NOUN_TAGS]


lesson = ProblemSet([
    Problem(
        "top_engagement",
        expected=693,
        hints=[
            "먼저 `참여 = posts[\"likes\"] + posts[\"comments\"]`로 게시물마다 좋아요와 댓글을 더해요.",
            "가장 큰 값은 `.max()`로 구해요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == 661, say="좋아요만 봤어요. 좋아요와 댓글을 더한 값에서 가장 큰 값을 찾아요.",
                    example=661),
        ],
    ),
    Problem(
        "follower_rate_of",
        cases=[((45, 5, 1000), 5.0), ((661, 32, 1200), 57.75), ((10, 0, 3), 333.33)],
        solution=_follower_rate_of,
        hints=[
            "팔로워 대비 참여율은 (좋아요 + 댓글) ÷ 팔로워 × 100이에요.",
            "마지막에 `round(값, 2)`로 소수 둘째 자리까지 반올림해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: f(45, 5, 1000) == 0.05,
                    say="100을 곱하지 않았어요. 참여율은 % 단위라서 × 100을 해요.",
                    example=lambda likes, comments, followers: round((likes + comments) / followers, 2)),
            Mistake(when=lambda f: f(45, 5, 1000) == 4.5,
                    say="댓글을 빼먹었어요. 좋아요와 댓글을 먼저 더한 다음 나눠요.",
                    example=lambda likes, comments, followers: round(likes / followers * 100, 2)),
        ],
    ),
    Problem(
        "reach_rate_of",
        cases=[((45, 5, 2, 8, 600), 10.0), ((661, 32, 40, 120, 9966), 8.56)],
        solution=_reach_rate_of,
        hints=[
            "도달 대비 참여율은 (좋아요 + 댓글 + 공유 + 저장) ÷ 도달 × 100이에요.",
            "괄호로 네 값을 먼저 더한 다음 나눠요. 마지막에 `round(값, 2)`를 해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: f(45, 5, 2, 8, 600) == round(50 / 600 * 100, 2),
                    say="공유와 저장을 빼먹었어요. 도달 대비 참여율은 네 가지 반응을 모두 더해요.",
                    example=lambda likes, comments, shares, saves, reach: round((likes + comments) / reach * 100, 2)),
            Mistake(when=lambda f: f(45, 5, 2, 8, 600) == round(45 + 5 + 2 + 8 / 600 * 100, 2),
                    say="괄호가 없어서 저장 수만 나눠졌어요. `(좋아요 + 댓글 + 공유 + 저장) / 도달`처럼 괄호로 묶어요.",
                    example=lambda likes, comments, shares, saves, reach: round(likes + comments + shares + saves / reach * 100, 2)),
        ],
    ),
    Problem(
        "median_engagement",
        expected=49.0,
        hints=[
            "참여(좋아요 + 댓글) 열에 `.median()`을 붙여요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, float) and 71 < v < 73,
                    say="평균(`mean`)을 구했어요. 바이럴 게시물 하나가 평균을 끌어올려요. 가운데 값 `.median()`을 구해요.",
                    example=71.86),
        ],
    ),
    Problem(
        "best_hour_knit",
        expected=21,
        hints=[
            "`참여.groupby(posts[\"posted_at\"].dt.hour).median()`으로 시간대별 가운데 값을 구해요.",
            "가장 큰 값의 이름표(시)는 `.idxmax()`로 찾아요. `int(...)`로 감싸면 보통 숫자가 돼요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == 20, say="20시도 좋지만 가장 좋은 시간은 아니에요. 표를 다시 한번 보세요.", example=20),
            Mistake(when=lambda v: isinstance(v, (int, float)) and v > 24,
                    say="시간이 아니라 참여 수를 구했어요. `.max()` 대신 `.idxmax()`로 가장 큰 값의 이름표(시)를 찾아요.",
                    example=86),
        ],
    ),
    Problem(
        "august_new_followers",
        expected=141,
        hints=[
            "`followers.set_index(\"date\")[\"new_followers\"].resample(\"MS\").sum()`으로 달마다 새 팔로워를 더해요.",
            "2025년 8월의 값은 `.loc[\"2025-08-01\"]`로 꺼내요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, int) and v > 1000,
                    say="팔로워 수(`followers`)를 더했어요. 그 열은 그날까지의 누적이에요. 새 팔로워는 `new_followers` 열이에요.",
                    example=40000),
        ],
    ),
    Problem(
        "comment_lift",
        expected=2.0,
        hints=[
            "`has = [\"수강생모집\" in tags for tags in posts[\"hashtags\"]]`로 태그가 있는 게시물을 골라요.",
            "`without = [not flag for flag in has]`로 없는 게시물을 골라요.",
            "두 무리의 `comments` 가운데 값(`.median()`)을 나눈 다음 `round(값, 2)`를 해요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == 0.5,
                    say="거꾸로 나눴어요. 태그가 있는 게시물의 값을 위에(나눠지는 수로) 두어요.", example=0.5),
        ],
    ),
    Problem(
        "nouns_in",
        cases=[(("빵이 맛있어요. 빵을 샀어요.",), ["빵", "빵"]),
               (("실타래 공방의 뜨개질 수업",), ["실타래", "공방", "뜨개질", "수업"]),
               (("주차가 불편해요",), ["주차", "불편"])],
        solution=_nouns_in,
        hints=[
            "`kiwi.tokenize(text)`는 낱말 조각(토큰) 리스트를 돌려줘요. 토큰마다 `.form`(모양)과 `.tag`(품사)가 있어요.",
            "명사의 품사는 `\"NNG\"`(일반 명사)와 `\"NNP\"`(고유 명사)예요.",
            "`[t.form for t in kiwi.tokenize(text) if t.tag in (\"NNG\", \"NNP\")]`",
        ],
        mistakes=[
            Mistake(when=lambda f: "빵이" in f("빵이 맛있어요. 빵을 샀어요."),
                    say="'빵이'처럼 조사가 붙은 채로 나왔어요. `split()`은 띄어쓰기로만 나눠요. `kiwi.tokenize()`로 명사만 골라요.",
                    example=lambda text: text.split()),
            Mistake(when=lambda f: "어요" in f("빵이 맛있어요. 빵을 샀어요."),
                    say="명사가 아닌 조각(어미, 조사)까지 들어 있어요. `t.tag`가 `\"NNG\"`나 `\"NNP\"`인 것만 남겨요.",
                    example=lambda text: [t.form for t in kiwi().tokenize(text)]),
        ],
    ),
    Problem(
        "top_citizen_word",
        expected="신청",
        hints=[
            "`Counter()`를 만들고 댓글마다 `counter.update(명사 리스트)`를 해요.",
            "뜻이 없는 말(`\"동\"`, `\"한빛\"`)은 세기 전에 빼요. `if noun not in stopwords`",
            "`counter.most_common(1)`의 첫 번째 칸이 (명사, 횟수)예요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v in ("동", "한빛"),
                    say="'한빛2동'의 조각이 1등이 됐어요. 동네 이름처럼 어디에나 나오는 말은 불용어(stopwords)로 빼요.",
                    example="동"),
        ],
    ),
])


# -- graded: no answers here (sealed digests, property checks) -------------------------------

def _is_fraction_scale(series: Any) -> bool:
    """Rates left as fractions: the typical (median) post under 1 %."""
    return isinstance(series, pd.Series) and len(series) > 0 and float(series.median()) < 1


def _not_rounded(series: Any) -> bool:
    return isinstance(series, pd.Series) and any(abs(float(v) * 100 - round(float(v) * 100)) > 1e-6
                                                 for v in series.dropna())


def _rate_compare(value: Any) -> Any:
    """Rates compare as (post position, value) pairs: any float dtype, any name."""
    if isinstance(value, pd.Series):
        return [(str(i), None if pd.isna(v) else float(v)) for i, v in value.items()]
    return value


def _tuples(value: Any) -> Any:
    """``most_common`` gives tuples; a list of [noun, count] lists counts too."""
    if isinstance(value, list) and all(isinstance(v, (list, tuple)) and len(v) == 2 for v in value):
        return [(str(v[0]), v[1]) for v in value]
    return value


_RATE_HINT_SERIES = ("표의 열끼리 더하고 나누면 게시물마다 값이 하나씩 있는 시리즈(Series)가 나와요. "
                     "반복문 없이 `(posts[\"likes\"] + ...) / posts[\"reach\"] * 100`처럼 계산해요.")

exercise = ProblemSet([
    Problem(
        "reach_rate",
        inputs=[(_posts(),)],
        compare_as=_rate_compare,
        hints=[
            "도달 대비 참여율 = (좋아요 + 댓글 + 공유 + 저장) ÷ 도달 × 100이에요. 열 이름은 `likes`, `comments`, `shares`, `saves`, `reach`예요.",
            _RATE_HINT_SERIES,
            "마지막에 `.round(2)`로 소수 둘째 자리까지 반올림해서 돌려줘요.",
        ],
        mistakes=[
            Mistake(when=lambda f: not isinstance(result_of(f, _posts()), pd.Series),
                    say="시리즈(Series)가 아니에요. 게시물마다 값이 하나씩 있는 열 계산 결과를 그대로 돌려줘요."),
            Mistake(when=lambda f: _is_fraction_scale(result_of(f, _posts())),
                    say="모든 값이 1보다 작아요. 100을 곱해서 % 단위로 만들어요."),
            Mistake(when=lambda f: _not_rounded(result_of(f, _posts())),
                    say="반올림하지 않았어요. `.round(2)`로 소수 둘째 자리까지 반올림해요."),
            Mistake(gives=((_posts(),), "likes_comments_only"),
                    say="좋아요와 댓글만 더했어요. 도달 대비 참여율에는 공유(`shares`)와 저장(`saves`)도 들어가요."),
            Mistake(gives=((_posts(),), "views"),
                    say="노출(`views`)로 나눴어요. 도달 대비 참여율은 본 사람 수인 도달(`reach`)로 나눠요."),
        ],
    ),
    Problem(
        "follower_rate",
        inputs=[(_posts(), _followers())],
        compare_as=_rate_compare,
        hints=[
            "팔로워 대비 참여율 = (좋아요 + 댓글) ÷ 그 게시물을 올린 날의 팔로워 수 × 100이에요.",
            "`counts = followers.set_index(\"date\")[\"followers\"]`로 날짜 → 팔로워 수 시리즈를 만들어요.",
            "게시 날짜는 `posts[\"posted_at\"].dt.tz_localize(None).dt.normalize()`예요. 여기에 `.map(counts)`를 하면 그날의 팔로워 수가 나와요.",
            "`((posts[\"likes\"] + posts[\"comments\"]) / 그날_팔로워 * 100).round(2)`",
        ],
        mistakes=[
            Mistake(when=lambda f: not isinstance(result_of(f, _posts(), _followers()), pd.Series),
                    say="시리즈(Series)가 아니에요. 게시물마다 값이 하나씩, 게시물 표와 같은 순서로 돌려줘요."),
            Mistake(when=lambda f: len(result_of(f, _posts(), _followers())) != len(_posts()),
                    say="값의 수가 게시물 수와 달라요. 게시물마다 하나씩이에요."),
            Mistake(when=lambda f: result_of(f, _posts(), _followers()).isna().any(),
                    say="빈 값(NaN)이 있어요. 게시 시각에서 날짜만 남겼나요? `.dt.tz_localize(None).dt.normalize()`로 "
                        "시간대와 시각을 떼어야 팔로워 표의 날짜와 맞아요."),
            Mistake(when=lambda f: _is_fraction_scale(result_of(f, _posts(), _followers())),
                    say="모든 값이 1보다 작아요. 100을 곱해서 % 단위로 만들어요."),
            Mistake(gives=((_posts(), _followers()), "latest_followers"),
                    say="모든 게시물을 오늘(마지막 날)의 팔로워 수로 나눴어요. 예전 게시물은 그때 팔로워가 더 적었어요. "
                        "게시물을 올린 날의 팔로워 수로 나눠요."),
            Mistake(gives=((_posts(), _followers()), "with_shares"),
                    say="공유와 저장까지 더했어요. 팔로워 대비 참여율은 좋아요와 댓글만 더해요."),
        ],
    ),
    Problem(
        "best_hour",
        inputs=[(_posts(),)],
        hints=[
            "참여(좋아요 + 댓글)를 게시 시각의 시(`posts[\"posted_at\"].dt.hour`)로 묶어요: `참여.groupby(시).median()`",
            "가장 큰 값의 이름표(시)는 `.idxmax()`예요. `int(...)`로 보통 숫자로 바꿔 돌려줘요.",
        ],
        mistakes=[
            Mistake(when=lambda f: isinstance(result_of(f, _posts()), (pd.Series, pd.DataFrame)),
                    say="표를 돌려줬어요. 표에서 가장 큰 값의 이름표(시) 하나만 `.idxmax()`로 골라 돌려줘요."),
            Mistake(when=lambda f: not isinstance(result_of(f, _posts()), (pd.Series, pd.DataFrame))
                    and not 0 <= float(result_of(f, _posts())) <= 23,
                    say="0~23 사이의 시가 아니에요. `.max()`는 가장 큰 값을, `.idxmax()`는 그 값의 이름표(시)를 돌려줘요."),
            Mistake(gives=((_posts(),), "mean"),
                    say="평균(`mean`)으로 비교했어요. 바이럴 게시물 하나가 그 시간대의 평균을 끌어올려요. 가운데 값 `.median()`으로 비교해요."),
        ],
    ),
    Problem(
        "monthly_new_followers",
        inputs=[(_followers(),)],
        compare_as=_by_month,
        hints=[
            "`followers.set_index(\"date\")`로 날짜를 이름표로 만들어요.",
            "`[\"new_followers\"].resample(\"MS\").sum()`으로 달마다 새 팔로워를 더해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: not isinstance(result_of(f, _followers()), pd.Series),
                    say="시리즈(Series)가 아니에요. `new_followers` 열 하나를 달마다 더한 결과를 돌려줘요."),
            Mistake(gives=((_followers(),), "cumulative"),
                    say="`followers` 열을 더했어요. 그 열은 그날까지의 누적 팔로워 수라서 더하면 안 돼요. 새 팔로워는 `new_followers` 열이에요."),
            Mistake(gives=((_followers(),), "count"),
                    say="날짜 수를 셌어요(`count`). 새 팔로워 수를 더해요(`sum`)."),
        ],
    ),
    Problem(
        "tag_lift",
        inputs=[(_posts(), "수강생모집", "comments"), (_posts(), "뜨개질", "reach"), (_posts(), "산책", "likes")],
        hints=[
            "`has = [tag in tags for tags in posts[\"hashtags\"]]`로 태그가 있는 게시물을 참/거짓 리스트로 골라요.",
            "`without = [not flag for flag in has]`로 태그가 없는 게시물을 골라요.",
            "`posts[has][metric].median()`을 `posts[without][metric].median()`으로 나누고 `round(float(값), 2)`를 돌려줘요.",
        ],
        mistakes=[
            Mistake(gives=((_posts(), "수강생모집", "comments"), "mean"),
                    say="평균으로 비교했어요. 바이럴 게시물 하나가 평균을 크게 바꿔요. 가운데 값(`.median()`)으로 비교해요."),
            Mistake(gives=((_posts(), "수강생모집", "comments"), "reversed"),
                    say="거꾸로 나눴어요. 태그가 **있는** 게시물의 가운데 값을 없는 게시물의 가운데 값으로 나눠요."),
            Mistake(gives=((_posts(), "뜨개질", "reach"), "in_text"),
                    say="글(`text`) 안에서 말을 찾았어요. '뜨개질'이라는 말이 글에만 있고 해시태그는 아닌 게시물도 있어요. "
                        "`hashtags` 열의 리스트 안에 태그가 있는지 봐요."),
            Mistake(gives=((_posts(), "수강생모집", "comments"), "all_posts"),
                    say="태그가 있는 게시물을 전체 게시물과 비교했어요. 태그가 **없는** 게시물과 비교해야 차이가 보여요."),
        ],
    ),
    Problem(
        "top_nouns",
        inputs=[(_COMMENTS, [], 2), (_COMMENTS, ["빵"], 1), (_CAPTIONS, ["오늘"], 3)],
        compare_as=_tuples,
        hints=[
            "`counter = Counter()`를 만들고 글마다 명사 리스트로 `counter.update(...)`를 해요.",
            "명사는 `[t.form for t in kiwi.tokenize(text) if t.tag in (\"NNG\", \"NNP\")]`예요. 불용어(`stopwords`)에 든 명사는 빼요.",
            "`counter.most_common(n)`이 (명사, 횟수) 튜플의 리스트를 돌려줘요.",
        ],
        mistakes=[
            Mistake(when=lambda f: any(isinstance(v, (list, tuple)) and v and v[0] in ("빵이", "빵을", "빵은")
                                       for v in result_of(f, _COMMENTS, [], 5)),
                    say="'빵이', '빵을'처럼 조사가 붙은 말이 따로 세어졌어요. `split()`은 띄어쓰기로만 나눠요. "
                        "`kiwi.tokenize()`로 명사만 골라 세요."),
            Mistake(when=lambda f: any(isinstance(v, (list, tuple)) and v and v[0] in ("어요", "이", "을", "가")
                                       for v in result_of(f, _COMMENTS, [], 5)),
                    say="어미나 조사까지 세었어요. `t.tag`가 `\"NNG\"`나 `\"NNP\"`인 명사만 세요."),
            Mistake(when=lambda f: any(isinstance(v, (list, tuple)) and v and v[0] == "빵"
                                       for v in result_of(f, _COMMENTS, ["빵"], 2)),
                    say="불용어로 준 말이 아직 남아 있어요. `if noun not in stopwords`일 때만 세요."),
            Mistake(when=lambda f: all(isinstance(v, str) for v in result_of(f, _COMMENTS, [], 2)),
                    say="명사만 돌려줬어요. `most_common(n)`처럼 (명사, 횟수) 튜플의 리스트를 돌려줘요."),
            Mistake(when=lambda f: len(result_of(f, _COMMENTS, [], 2)) != 2,
                    say="돌려준 개수가 n과 달라요. `most_common(n)`으로 가장 많은 n개만 돌려줘요."),
        ],
    ),
], graded=True, sealed="11-sns-analytics")
