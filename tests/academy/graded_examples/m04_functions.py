"""Wrong answers for 04-functions' graded set: ``WRONG[name][i]`` shows mistake ``i``."""


def _remove_while_iterating(text):
    words = text.split()
    for word in words:
        if not word.startswith("#"):
            words.remove(word)
    return words


def _count_tags_key_error(tags):
    counts = {}
    for tag in tags:
        counts[tag] += 1
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
        lambda text: [w[1:] for w in dict.fromkeys(text.split()) if w.startswith("#") and len(w) > 1],
        _remove_while_iterating,
        lambda text: [w for w in text.split() if w.startswith("#") and len(w) > 1],
        lambda text: list(dict.fromkeys(w for w in text.split() if w.startswith("#"))),
    ],
    "count_tags": [
        _printed,
        _count_tags_key_error,
        lambda tags: {tag: 1 for tag in tags},
    ],
    "post_summary": [
        _printed,
        lambda day, likes, comments: f"{day}요일 게시물: 좋아요 {likes:,}개, 댓글 {comments:,}개",
        lambda day, likes, comments=0: f"{day}요일 게시물: 좋아요 {likes}개, 댓글 {comments}개",
        lambda day, likes, comments=0: f"{day} 게시물: 좋아요 {likes:,}개, 댓글 {comments:,}개",
    ],
}
