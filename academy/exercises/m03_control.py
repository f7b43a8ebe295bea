"""Checks for module 03-control (조건과 반복): classifying a week of posts, totals, the most popular post.

Notebooks import one set as ``q``::

    from academy.exercises.m03_control import lesson as q      # lesson.ipynb
    from academy.exercises.m03_control import exercise as q    # exercise.ipynb

>>> exercise.classify_post.evaluate(lambda likes: "보통").kind
'incorrect'

The graded ``exercise`` set carries no answers: they are sealed digests
(``sealed/03-control.json``, from ``curriculum/03-control/exercise.ipynb``). The lesson's
try-its keep their references (``_labeller``...): practice, like learntools' ``solution()``.
"""

from __future__ import annotations

from typing import Any, Callable

from academy.checking import NO_EXAMPLE, Mistake, Problem, ProblemSet, raises, result_of

__all__ = ["lesson", "exercise"]


# -- building blocks -----------------------------------------------------------------------------

def _labeller(top: int, middle: int, *, strict_top: bool = False, strict_middle: bool = False,
              small_first: bool = False) -> Callable[[int], str]:
    """A '인기/보통/조용' classifier, right or with one typical mistake (for the self-test)."""
    def label(likes: int) -> str:
        is_top = likes > top if strict_top else likes >= top
        is_middle = likes > middle if strict_middle else likes >= middle
        if small_first:
            if is_middle:
                return "보통"
            if is_top:
                return "인기"
            return "조용"
        if is_top:
            return "인기"
        if is_middle:
            return "보통"
        return "조용"
    return label


def _label_cases(top: int, middle: int) -> list[tuple[tuple, Any]]:
    right = _labeller(top, middle)
    return [((likes,), right(likes)) for likes in (top + 23, top, top - 1, middle, middle - 1, 0)]


def _label_mistakes(top: int, middle: int) -> list[Mistake]:
    """The lesson try-it's typical mistakes, each with its example (the graded classify_post
    declares its own, on a post dict, with the examples kept under tests)."""
    def example(wrong: Callable) -> Any:
        return wrong

    return [
        Mistake(when=lambda f: f(top + 23) == "보통",
                say="좋아요가 아주 많은 게시물도 '보통'이 됐어요. if와 elif는 위에서부터 차례로 확인하고, "
                    "처음 맞는 한 곳만 실행해요. 더 큰 기준을 먼저 확인해 보세요.",
                example=example(_labeller(top, middle, small_first=True))),
        Mistake(when=lambda f: f(top) == "보통",
                say=f"좋아요가 기준과 딱 같은 게시물의 분류가 달라요. '{top}개 이상'은 {top}개도 포함해요. "
                    "`>`와 `>=` 중 어느 것이 맞는지 생각해 보세요.",
                example=example(_labeller(top, middle, strict_top=True))),
        Mistake(when=lambda f: f(middle) == "조용",
                say=f"좋아요가 {middle}개인 게시물의 분류가 달라요. '{middle}개 이상'은 {middle}개도 포함해요.",
                example=example(_labeller(top, middle, strict_middle=True))),
        Mistake(when=lambda f: f(top + 23) is None,
                say="아무것도 돌려주지 않았어요(None). 분류를 `print()`로 보여 주기만 했나요? "
                    "`return`으로 돌려줘야 해요.",
                example=example(lambda likes: print("인기") if likes >= top else None)),
    ]


def _post(likes: int, comments: int) -> dict:
    """A post shaped like the exercise's ``posts`` (for classify_post's inputs)."""
    return {"day": "월", "text": "오늘의 빵", "likes": likes, "comments": comments}


def _weekend_hit(day, likes):
    return day in ["토", "일"] and likes >= 50


def _last_only(value: Any, say: str, *, graded: bool = False) -> Mistake:
    return Mistake(when=lambda v: v == value, say=say, example=NO_EXAMPLE if graded else value)


# -- lesson.ipynb: 직접 해 보기 (멍멍상회의 일주일 게시물) ----------------------------------------

_WEEK_POSTS = [
    {"day": "월", "text": "새로 들어온 강아지 껌 소개", "likes": 12},
    {"day": "화", "text": "고양이 츄르 할인 안내", "likes": 50},
    {"day": "수", "text": "가게 앞 산책로 사진", "likes": 7},
    {"day": "목", "text": "단골 강아지 보리의 생일", "likes": 73},
    {"day": "금", "text": "주말 영업시간 안내", "likes": 22},
    {"day": "토", "text": "오리 육포 시식회 후기", "likes": 58},
    {"day": "일", "text": "다음 주 신상품 예고", "likes": 31},
]
_LESSON_TOTAL = sum(p["likes"] for p in _WEEK_POSTS)
_LESSON_BEST = max(_WEEK_POSTS, key=lambda p: p["likes"])["text"]
_LESSON_POPULAR = [p["text"] for p in _WEEK_POSTS if p["likes"] >= 50]

lesson = ProblemSet([
    Problem(
        "is_popular",
        expected=True,
        hints=[
            "비교한 결과는 `True`나 `False`예요. 비교식을 그대로 `is_popular`에 담으면 돼요.",
            "'이상'은 같은 값도 포함해요. 그런 비교 기호를 레슨의 표에서 찾아보세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v is False,
                    say="False가 나왔어요. 좋아요가 기준과 딱 같을 때도 '이상'에 들어가요. `>`와 `>=`의 차이를 생각해 보세요.",
                    example=False),
            Mistake(when=lambda v: isinstance(v, str),
                    say="따옴표로 감싼 글자가 들어 있어요. 참/거짓은 따옴표 없이 비교식의 결과로 담아 주세요.",
                    example="True"),
            Mistake(when=lambda v: isinstance(v, int) and not isinstance(v, bool),
                    say="숫자가 들어 있어요. `=`는 담기, `==`·`>=` 같은 기호는 비교예요. 비교식의 결과를 담아 주세요.",
                    example=50),
        ],
    ),
    Problem(
        "label_for",
        cases=_label_cases(50, 20),
        solution=_labeller(50, 20),
        hints=[
            "`if likes >= ...:` 아래에 `label = \"인기\"`처럼 써요. 나머지는 `elif`와 `else`로 이어 가요.",
            "큰 기준부터 확인해요. if와 elif는 위에서부터 차례로 확인하고, 처음 맞는 한 곳만 실행해요.",
            "if, elif, else 다음 줄은 스페이스 4칸 더 들여 써요. 줄 끝의 `:`도 잊지 마세요.",
        ],
        mistakes=_label_mistakes(50, 20),
    ),
    Problem(
        "weekend_hit",
        cases=[(args, _weekend_hit(*args)) for args in
               (("토", 58), ("일", 50), ("토", 49), ("월", 73), ("금", 12), ("일", 7))],
        solution=_weekend_hit,
        hints=[
            "조건이 두 개예요. 주말인지, 좋아요가 50개 이상인지. 둘 다 참이어야 하니 `and`로 이어요.",
            "주말인지는 `day in [\"토\", \"일\"]`처럼 확인할 수 있어요.",
            "두 조건을 이은 식을 그대로 `return` 뒤에 쓰면 True나 False가 돌아가요.",
        ],
        mistakes=[
            Mistake(when=lambda f: f("월", 12) is True,
                    say="월요일의 조용한 게시물도 True가 됐어요. `day == \"토\" or \"일\"`처럼 썼나요? "
                        "비교는 조건마다 따로 써야 해요. 레슨의 💡를 다시 읽어 보세요.",
                    example=lambda day, likes: bool(day == "토" or "일")),
            Mistake(when=lambda f: f("월", 73) is True,
                    say="평일 게시물도 True가 됐어요. 주말이면서 좋아요도 많아야 하니, `or`가 아니라 `and`로 이어요.",
                    example=lambda day, likes: day in ["토", "일"] or likes >= 50),
            Mistake(when=lambda f: f("일", 50) is False and f("일", 58) is True,
                    say="좋아요가 딱 50개인 일요일 게시물이 False가 됐어요. '50개 이상'은 50개도 포함해요.",
                    example=lambda day, likes: day in ["토", "일"] and likes > 50),
            Mistake(when=lambda f: f("일", 58) is False and f("토", 58) is True,
                    say="일요일 게시물을 주말로 치지 않았어요. 주말은 토요일과 일요일이에요.",
                    example=lambda day, likes: day == "토" and likes >= 50),
        ],
    ),
    Problem(
        "total_likes",
        expected=_LESSON_TOTAL,
        hints=[
            "반복할 때마다 지금 게시물의 좋아요를 `total_likes`에 더해요.",
            "`total_likes = total_likes + ...` 또는 `total_likes += ...`로 써요. `for` 아래 줄은 4칸 들여 써요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == 0,
                    say="0 그대로예요. for 아래에 더하는 줄을 썼나요? 그 줄은 스페이스 4칸 들여 써야 반복 안에 들어가요.",
                    example=0),
            _last_only(_WEEK_POSTS[-1]["likes"],
                       "마지막 게시물의 좋아요만 남았어요. `=`로 담으면 앞의 값을 덮어써요. 지금까지의 합계에 더해 보세요."),
            Mistake(when=lambda v: v == len(_WEEK_POSTS),
                    say="게시물 개수가 나왔어요. 1이 아니라 각 게시물의 좋아요 수를 더해 보세요.",
                    example=len(_WEEK_POSTS)),
        ],
    ),
    Problem(
        "popular_count",
        expected=sum(1 for p in _WEEK_POSTS if p["likes"] >= 50),
        hints=[
            "for 안에 if를 써서, 좋아요가 50 이상일 때만 `popular_count`에 1을 더해요.",
            "if는 for 아래에서 4칸, if 아래 줄은 다시 4칸(모두 8칸) 들여 써요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == sum(1 for p in _WEEK_POSTS if p["likes"] > 50),
                    say="하나가 모자라요. 좋아요가 딱 50개인 게시물도 '50 이상'에 들어가요.",
                    example=sum(1 for p in _WEEK_POSTS if p["likes"] > 50)),
            Mistake(when=lambda v: v == len(_WEEK_POSTS),
                    say="모든 게시물을 셌어요. if로 조건에 맞는 게시물만 세어 보세요. 더하는 줄이 if 안에 들여 써졌는지도 확인해요.",
                    example=len(_WEEK_POSTS)),
            Mistake(when=lambda v: v == 0,
                    say="0 그대로예요. for와 if 아래에 1을 더하는 줄을 썼나요?",
                    example=0),
        ],
    ),
    Problem(
        "best_text",
        expected=_LESSON_BEST,
        hints=[
            "지금 게시물의 좋아요가 `best_likes`보다 크면, 두 변수를 모두 바꿔요.",
            "`best_likes`에는 지금 게시물의 좋아요를, `best_text`에는 지금 게시물의 글을 담아요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == "",
                    say="아직 빈 글자예요. for 안에 if를 쓰고, 더 큰 좋아요를 찾으면 `best_text`를 바꿔 보세요.",
                    example=""),
            Mistake(when=lambda v: isinstance(v, int),
                    say="좋아요 수가 들어 있어요. `best_text`에는 게시물의 글(text)을 담아요.",
                    example=max(p["likes"] for p in _WEEK_POSTS)),
            _last_only(_WEEK_POSTS[-1]["text"],
                       "마지막 게시물의 글이 남았어요. 더 큰 값을 찾을 때마다 지금까지의 최고 기록(`best_likes`)도 함께 바꿨나요?"),
            Mistake(when=lambda v: isinstance(v, dict),
                    say="게시물 전체(딕셔너리)가 들어 있어요. 그 게시물의 글만 담아 주세요.",
                    example=dict(_WEEK_POSTS[3])),
        ],
    ),
    Problem(
        "weeks_needed",
        expected=8,
        hints=[
            "`while followers < goal:` 아래에서 팔로워에 40을 더하고, 주 수에 1을 더해요.",
            "목표에 딱 닿으면 멈춰야 해요. 조건에 `<`와 `<=` 중 무엇을 쓸지 생각해 보세요.",
        ],
        mistakes=[
            Mistake(when=lambda v: v == 0,
                    say="0 그대로예요. while 반복문을 쓰고, 반복 안에서 주 수에 1씩 더했나요?",
                    example=0),
            Mistake(when=lambda v: v == 9,
                    say="한 주가 더 세어졌어요. 목표와 딱 같아지면 멈춰야 해요. 조건의 비교 기호를 다시 보세요.",
                    example=9),
            Mistake(when=lambda v: isinstance(v, (int, float)) and v >= 100,
                    say="팔로워 수가 들어 있는 것 같아요. 여기서는 몇 주가 걸리는지(주 수)를 담아요.",
                    example=800),
        ],
    ),
    Problem(
        "popular_texts",
        expected=_LESSON_POPULAR,
        hints=[
            "모양은 `[담을 값 for 하나 in 리스트 if 조건]`이에요.",
            "담을 값은 `post[\"text\"]`, 조건은 좋아요가 50 이상인지예요. 걸러 내는 if는 for 뒤에 써요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, list) and any(isinstance(t, dict) for t in v),
                    say="게시물 전체(딕셔너리)가 담겼어요. for 앞의 '담을 값' 자리에 글(text)만 꺼내 써 보세요.",
                    example=[p for p in _WEEK_POSTS if p["likes"] >= 50]),
            Mistake(when=lambda v: isinstance(v, list) and any(t in ("", None) for t in v),
                    say="빈 값이 섞여 있어요. if를 for 앞에 `... if ... else ...`로 쓰면 모든 게시물마다 값이 하나씩 생겨요. "
                        "걸러 내는 if는 for 뒤에 써요.",
                    example=[p["text"] if p["likes"] >= 50 else "" for p in _WEEK_POSTS]),
            Mistake(when=lambda v: isinstance(v, list) and len(v) == len(_WEEK_POSTS),
                    say="모든 게시물의 글이 담겼어요. for 뒤에 `if 조건`을 붙여 걸러 내 보세요.",
                    example=[p["text"] for p in _WEEK_POSTS]),
        ],
    ),
])


# -- exercise.ipynb: graded, no answers here (sealed/03-control.json; examples with the tests) ---

exercise = ProblemSet([
    Problem(
        "total_likes",
        hints=[
            "`total_likes = 0`으로 시작해서, for로 게시물을 하나씩 꺼내 좋아요를 더해요.",
            "게시물 하나는 딕셔너리예요. 좋아요는 `post[\"likes\"]`로 꺼내요.",
            "더할 때는 `total_likes = total_likes + ...` 또는 `total_likes += ...`예요.",
        ],
        mistakes=[
            _last_only(18, "마지막 게시물의 좋아요만 남았어요. `=`로 담으면 앞의 값을 덮어써요. 지금까지의 합계에 더해 보세요.",
                       graded=True),
            Mistake(when=lambda v: v == 0,
                    say="0 그대로예요. 더하는 줄이 for 아래에 4칸 들여 써져 있는지 확인해 보세요."),
            Mistake(when=lambda v: v == 7,
                    say="게시물 개수가 나왔어요. 1이 아니라 각 게시물의 좋아요 수를 더해 보세요."),
        ],
    ),
    Problem(
        "classify_post",
        inputs=[(_post(83, 2),), (_post(60, 0),), (_post(20, 15),), (_post(59, 14),), (_post(30, 1),), (_post(29, 0),)],
        hints=[
            "좋아요 수는 `post[\"likes\"]`, 댓글 수는 `post[\"comments\"]`로 꺼내요.",
            "'둘 중 하나만 맞아도 인기'는 두 조건을 `or`로 이어요. 큰 기준(인기)부터 확인하고, 나머지는 `elif`와 `else`로 이어 가요.",
            "'이상'은 기준과 같은 값도 포함해요.",
        ],
        mistakes=[
            Mistake(when=lambda f: raises(f, _post(83, 2), error=TypeError),
                    say="게시물 딕셔너리 전체를 숫자와 비교해서 TypeError가 났어요. "
                        "`post[\"likes\"]`처럼 키로 숫자를 꺼낸 다음 비교해요."),
            Mistake(when=lambda f: result_of(f, _post(83, 2)) is None,
                    say="아무것도 돌려주지 않았어요(None). 분류를 `print()`로 보여 주기만 했나요? "
                        "`return`으로 돌려줘야 해요."),
            Mistake(gives=((_post(83, 20),), "small_first"),
                    say="좋아요가 아주 많은 게시물도 '보통'이 됐어요. if와 elif는 위에서부터 차례로 확인하고, "
                        "처음 맞는 한 곳만 실행해요. 더 큰 기준(인기)을 먼저 확인해 보세요."),
            Mistake(gives=((_post(70, 3),), "and_not_or"),
                    say="좋아요가 많은데 댓글이 적은 게시물이 '인기'가 아니에요. `and`는 둘 다 참일 때만 참이에요. "
                        "둘 중 하나만 맞아도 인기라면 `or`로 이어요."),
            Mistake(gives=((_post(60, 0),), "strict_top"),
                    say="좋아요가 기준과 딱 같은 게시물의 분류가 달라요. '60개 이상'은 60개도 포함해요. "
                        "`>`와 `>=` 중 어느 것이 맞는지 생각해 보세요."),
            Mistake(gives=((_post(20, 15),), "likes_only"),
                    say="댓글이 15개 이상인 게시물도 '인기'예요. 좋아요만 보지 말고 댓글 수도 함께 확인해 보세요."),
        ],
    ),
    Problem(
        "busy_days",
        hints=[
            "모양은 `[담을 값 for post in posts if 조건]`이에요. for와 if로 빈 리스트에 append해도 돼요.",
            "담을 값은 요일(`post[\"day\"]`), 조건은 댓글 수가 10 이상인지예요.",
        ],
        mistakes=[
            Mistake(when=lambda v: isinstance(v, list) and any(isinstance(t, dict) for t in v),
                    say="게시물 전체(딕셔너리)가 담겼어요. 요일만 꺼내서 담아 보세요."),
            Mistake(when=lambda v: isinstance(v, list) and any(t in ("", None) for t in v),
                    say="빈 값이 섞여 있어요. if를 for 앞에 `... if ... else ...`로 쓰면 모든 게시물마다 값이 하나씩 생겨요. "
                        "걸러 내는 if는 for 뒤에 써요."),
            Mistake(when=lambda v: isinstance(v, list) and len(v) == 7,
                    say="모든 요일이 담겼어요. 댓글이 10개 이상인 게시물만 걸러 내 보세요."),
            Mistake(when=lambda v: isinstance(v, list) and any(isinstance(t, str) and len(t) > 1 for t in v),
                    say="요일 대신 게시물 글이 담겼어요. 담을 값의 키를 다시 확인해 보세요."),
            Mistake(when=lambda v: isinstance(v, list) and any(isinstance(t, int) for t in v),
                    say="숫자가 담겼어요. 댓글 수가 아니라 요일을 담아 주세요."),
        ],
    ),
    Problem(
        "best_post_text",
        hints=[
            "`best_likes = 0`, `best_post_text = \"\"`로 시작해서 for로 게시물을 하나씩 봐요.",
            "지금 게시물의 좋아요가 `best_likes`보다 크면, 두 변수를 모두 바꿔요.",
        ],
        mistakes=[
            _last_only("다음 주 휴무 안내",
                       "마지막 게시물의 글이 남았어요. 더 큰 값을 찾을 때마다 지금까지의 최고 기록(`best_likes`)도 함께 바꿨나요?",
                       graded=True),
            Mistake(when=lambda v: isinstance(v, int),
                    say="좋아요 수가 들어 있어요. `best_post_text`에는 게시물의 글(text)을 담아요."),
            Mistake(when=lambda v: isinstance(v, dict),
                    say="게시물 전체(딕셔너리)가 들어 있어요. 그 게시물의 글만 담아 주세요."),
            Mistake(when=lambda v: v == "",
                    say="아직 빈 글자예요. 더 큰 좋아요를 찾으면 `best_post_text`를 바꾸는 줄이 if 안에 있는지 확인해 보세요."),
        ],
    ),
    Problem(
        "weeks_to_goal",
        hints=[
            "`followers = start_followers`, `weeks_to_goal = 0`으로 시작해요.",
            "`while followers < goal:` 아래에서 팔로워에 한 주 증가량을 더하고, 주 수에 1을 더해요.",
            "목표와 딱 같아지면 멈춰야 해요.",
        ],
        mistakes=[
            Mistake(gives="one_week_more",
                    say="한 주가 더 세어졌어요. 목표와 딱 같아지면 멈춰야 해요. while 조건의 비교 기호를 다시 보세요."),
            Mistake(when=lambda v: v == 0,
                    say="0 그대로예요. while 반복 안에서 주 수에 1씩 더했나요? 그 줄도 4칸 들여 써야 해요."),
            Mistake(when=lambda v: isinstance(v, (int, float)) and v >= 100,
                    say="팔로워 수가 들어 있는 것 같아요. 여기서는 몇 주가 걸리는지(주 수)를 담아요."),
        ],
    ),
], graded=True, sealed="03-control")
