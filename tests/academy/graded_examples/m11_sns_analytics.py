"""Wrong answers for 11-sns-analytics' graded set: ``WRONG[name][i]`` shows mistake ``i``."""

from collections import Counter

from academy.exercises.m11_sns_analytics import kiwi


def _reach(reactions, by="reach", scale=100, rounded=True):
    def reach_rate(posts):
        rate = sum(posts[c] for c in reactions) / posts[by] * scale
        return rate.round(2) if rounded else rate
    return reach_rate


def _on_day(posts, followers):
    counts = followers.set_index("date")["followers"]
    return posts["posted_at"].dt.tz_localize(None).dt.normalize().map(counts)


def _follower(reactions=("likes", "comments"), denominator=_on_day, scale=100):
    def follower_rate(posts, followers):
        return (sum(posts[c] for c in reactions) / denominator(posts, followers) * scale).round(2)
    return follower_rate


def _hour(how):
    def best_hour(posts):
        engagement = posts["likes"] + posts["comments"]
        return getattr(engagement.groupby(posts["posted_at"].dt.hour), how)()
    return best_hour


def _lift(pick=lambda posts, tag: [tag in tags for tags in posts["hashtags"]], how="median", reverse=False,
          against_all=False):
    def tag_lift(posts, tag, metric):
        has = pick(posts, tag)
        without = [not flag for flag in has]
        inside = getattr(posts[has][metric], how)()
        outside = getattr((posts if against_all else posts[without])[metric], how)()
        return round(float(outside / inside if reverse else inside / outside), 2)
    return tag_lift


def _nouns(words):
    def top_nouns(texts, stopwords, n):
        counter = Counter()
        for text in texts:
            counter.update([w for w in words(text) if w not in stopwords])
        return counter.most_common(n)
    return top_nouns


_kiwi_nouns = lambda text: [t.form for t in kiwi().tokenize(text) if t.tag in ("NNG", "NNP")]

WRONG = {
    "reach_rate": [
        lambda posts: list(_reach(("likes", "comments", "shares", "saves"))(posts)),
        _reach(("likes", "comments", "shares", "saves"), scale=1),
        _reach(("likes", "comments", "shares", "saves"), rounded=False),
        _reach(("likes", "comments")),
        _reach(("likes", "comments", "shares", "saves"), by="views"),
    ],
    "follower_rate": [
        lambda posts, followers: list(_follower()(posts, followers)),
        lambda posts, followers: _follower()(posts, followers).iloc[:-1],
        _follower(denominator=lambda posts, followers: posts["posted_at"].map(
            followers.set_index("date")["followers"])),
        _follower(scale=1),
        _follower(denominator=lambda posts, followers: int(followers["followers"].iloc[-1])),
        _follower(reactions=("likes", "comments", "shares", "saves")),
    ],
    "best_hour": [
        lambda posts: _hour("median")(posts),
        lambda posts: int(_hour("median")(posts).max()),
        lambda posts: int(_hour("mean")(posts).idxmax()),
    ],
    "monthly_new_followers": [
        lambda followers: followers.set_index("date").resample("MS").sum(numeric_only=True),
        lambda followers: followers.set_index("date")["followers"].resample("MS").sum(),
        lambda followers: followers.set_index("date")["new_followers"].resample("MS").count(),
    ],
    "tag_lift": [
        _lift(how="mean"),
        _lift(reverse=True),
        _lift(pick=lambda posts, tag: [tag in text for text in posts["text"]]),
        _lift(against_all=True),
    ],
    "top_nouns": [
        _nouns(lambda text: text.split()),
        _nouns(lambda text: [t.form for t in kiwi().tokenize(text)]),
        lambda texts, stopwords, n: _nouns(_kiwi_nouns)(texts, [], n),
        lambda texts, stopwords, n: [w for w, _ in _nouns(_kiwi_nouns)(texts, stopwords, n)],
        lambda texts, stopwords, n: _nouns(_kiwi_nouns)(texts, stopwords, n + 1),
    ],
}
