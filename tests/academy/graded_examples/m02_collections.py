"""Wrong answers for 02-collections' graded set: ``WRONG[name][i]`` shows mistake ``i``."""

LIKES = [23, 41, 17, 35, 52, 88, 64]
TAGS = ["#뜨개질", "#원데이클래스", "#실타래"]
KITS = {"목도리 키트": 28000, "모자 키트": 24000}

WRONG = {
    "friday_likes": [LIKES[5], "금", list(LIKES)],
    "weekend_likes": [LIKES[5:6], LIKES[4:6], LIKES[5] + LIKES[6]],
    "week_total": [len(LIKES), max(LIKES), sum(LIKES[:-1]), sum(LIKES[1:])],
    "second_tag": [list(TAGS), {"value": list(TAGS)}, TAGS[2], TAGS[0], "tags"],
    "kit_prices": [dict(KITS), {"장갑 키트": 31000}, {**KITS, "장갑 키트": "31,000원"}, {**KITS, "장갑 키트": (31, 0)},
                   {**KITS, "장갑키트": 31000}],
}
