"""Wrong answers for 04-functions' graded set: ``WRONG[name][i]`` shows mistake ``i``."""

import re


def _count_tags_key_error(posts_tags):
    counts = {}
    for tags in posts_tags:
        for tag in tags:
            counts[tag] += 1
    return counts


def _count_lists(posts_tags):
    counts = {}
    for tags in posts_tags:
        counts[tags] = counts.get(tags, 0) + 1
    return counts


def _printed(*args, **kwargs):
    print("결과를 화면에만 보여 줘요")


WRONG = {
    "engagement_rate": [
        _printed,
        lambda likes, comments, followers: round((likes + comments) / followers * 100, 1),
        lambda likes, comments, followers: round((likes + comments) / followers, 1) if followers else 0.0,
        lambda likes, comments, followers: round(likes + comments / followers * 100, 1) if followers else 0.0,
        lambda likes, comments, followers: round(likes / followers * 100, 1) if followers else 0.0,
        lambda likes, comments, followers: (likes + comments) / followers * 100 if followers else 0.0,
    ],
    "to_number": [
        _printed,
        lambda text: int(text.replace(",", "")),
        lambda text: int(text.replace(",", "")) if text.replace(",", "").isdigit() else None,
        lambda text: text.replace(",", ""),
    ],
    "extract_hashtags": [
        _printed,
        lambda text: list(dict.fromkeys(t[1:].lower() for t in re.findall(r"#\w+", text))),
        lambda text: list(dict.fromkeys(w.lower() for w in text.split() if w.startswith("#") and len(w) > 1)),
        lambda text: list(dict.fromkeys(w.rstrip("!").lower() for w in text.split() if w.startswith("#") and len(w) > 1)),
        lambda text: [t.lower() for t in re.findall(r"#\w+", text)],
        lambda text: list(dict.fromkeys(re.findall(r"#\w+", text))),
    ],
    "count_tags": [
        _printed,
        _count_tags_key_error,
        _count_lists,
        lambda posts_tags: {tag: 1 for tags in posts_tags for tag in tags},
    ],
    "post_summary": [
        _printed,
        lambda day, likes, comments: f"{day}요일 게시물: 좋아요 {likes:,}개, 댓글 {comments:,}개",
        lambda day, likes, comments=0: f"{day}요일 게시물: 좋아요 {likes}개, 댓글 {comments}개",
        lambda day, likes, comments=0: f"{day} 게시물: 좋아요 {likes:,}개, 댓글 {comments:,}개",
    ],
}
