"""Wrong answers for 03-control's graded set: ``WRONG[name][i]`` shows mistake ``i``."""

POSTS = [
    {"day": "월", "text": "오늘의 빵: 통밀 식빵", "likes": 34, "comments": 3},
    {"day": "화", "text": "소금빵 나오는 시간 안내", "likes": 50, "comments": 8},
    {"day": "수", "text": "쉬는 날 공지", "likes": 9, "comments": 1},
    {"day": "목", "text": "새 메뉴 무화과 깜파뉴", "likes": 96, "comments": 21},
    {"day": "금", "text": "주말 예약 받아요", "likes": 47, "comments": 12},
    {"day": "토", "text": "빵 만들기 체험 후기", "likes": 71, "comments": 15},
    {"day": "일", "text": "다음 주 휴무 안내", "likes": 18, "comments": 2},
]
BEST = max(POSTS, key=lambda p: p["likes"])


def _compared_whole_post(post):
    if post >= 60:
        return "인기"
    return "조용"


def _printed(post):
    print("인기" if post["likes"] >= 60 else "보통")


def _small_first(post):
    if post["likes"] >= 30:
        return "보통"
    if post["likes"] >= 60 or post["comments"] >= 15:
        return "인기"
    return "조용"


def _and_not_or(post):
    if post["likes"] >= 60 and post["comments"] >= 15:
        return "인기"
    if post["likes"] >= 30:
        return "보통"
    return "조용"


def _strict_top(post):
    if post["likes"] > 60 or post["comments"] >= 15:
        return "인기"
    if post["likes"] >= 30:
        return "보통"
    return "조용"


def _likes_only(post):
    if post["likes"] >= 60:
        return "인기"
    if post["likes"] >= 30:
        return "보통"
    return "조용"


WRONG = {
    "total_likes": [POSTS[-1]["likes"], 0, len(POSTS)],
    "classify_post": [_compared_whole_post, _printed, _small_first, _and_not_or, _strict_top, _likes_only],
    "busy_days": [
        [p for p in POSTS if p["comments"] >= 10],
        [p["day"] if p["comments"] >= 10 else "" for p in POSTS],
        [p["day"] for p in POSTS],
        [p["text"] for p in POSTS if p["comments"] >= 10],
        [p["comments"] for p in POSTS if p["comments"] >= 10],
    ],
    "best_post_text": [POSTS[-1]["text"], BEST["likes"], dict(BEST), ""],
    "weeks_to_goal": [8, 0, 1200],
}
