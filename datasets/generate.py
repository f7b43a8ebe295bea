"""Generate the academy's sample data: fictional personas, files in the platforms' real formats.

Everything under ``datasets/<persona>/`` is written by this script and committed; re-running it
reproduces every file byte for byte (``--check`` proves it without writing)::

    python -m datasets.generate            # (re)write the committed samples
    python -m datasets.generate --check    # exit 1 and list the files that differ
    python -m datasets.generate --heavy /tmp/heavy --posts 100000 --followers 1000000

Why it is byte-stable: one ``random.Random`` per persona seeded with a string (hashed with
SHA-512, so independent of ``PYTHONHASHSEED``); only arithmetic, ``sqrt`` and ``random()``
shape the numbers (no libm ``exp``/``log`` whose last bit may differ between machines); dates
are formatted from our own English/Korean name tables (never the locale); Korea has had a fixed
UTC+9 offset since 1988, so no tz database is consulted; zip members carry a fixed date.

The personas are invented: every name, handle, ID and comment below is made up.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import random
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SEED = "social-city-academy-2026"
KST = timezone(timedelta(hours=9))
UTC = timezone.utc
EXPORTED = datetime(2026, 7, 1, 9, 12, 0, tzinfo=KST)  # when every persona "downloaded" its data
ZIP_DATE = (2026, 7, 1, 9, 12, 0)

# Korean public holidays that move with the lunar calendar (설날, 추석, incl. substitute days).
HOLIDAYS = {
    date(2024, 9, 16): "추석", date(2024, 9, 17): "추석", date(2024, 9, 18): "추석",
    date(2025, 1, 28): "설날", date(2025, 1, 29): "설날", date(2025, 1, 30): "설날",
    date(2025, 10, 5): "추석", date(2025, 10, 6): "추석", date(2025, 10, 7): "추석",
    date(2025, 10, 8): "추석",
    date(2026, 2, 16): "설날", date(2026, 2, 17): "설날", date(2026, 2, 18): "설날",
}
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
KO_DAYS = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"]


# --------------------------------------------------------------------------------------------
# Small deterministic helpers
# --------------------------------------------------------------------------------------------
class Rand:
    """``random.Random`` plus the few distributions we need, built from ``random()`` only."""

    def __init__(self, name: str):
        self.r = random.Random(f"{SEED}/{name}")

    def random(self) -> float:
        return self.r.random()

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.r.random()

    def randint(self, a: int, b: int) -> int:
        return a + int(self.r.random() * (b - a + 1))

    def pick(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def sample(self, seq, k: int) -> list:
        pool = list(seq)
        out = []
        for _ in range(min(k, len(pool))):
            out.append(pool.pop(int(self.r.random() * len(pool))))
        return out

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def normal(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        # Irwin-Hall: sum of 12 uniforms - 6 has mean 0, sd 1 (pure arithmetic, portable).
        return mu + sigma * (sum(self.r.random() for _ in range(12)) - 6.0)

    def noise(self, spread: float = 0.25) -> float:
        """A positive multiplicative noise around 1."""
        return max(0.15, 1.0 + self.normal(0.0, spread))

    def count(self, mean: float) -> int:
        """A non-negative integer with the given mean (normal approx. of Poisson)."""
        if mean <= 0:
            return 0
        if mean < 8:
            # Bernoulli sum: exact mean, small counts.
            n = int(mean * 4) + 1
            p = mean / n
            return sum(1 for _ in range(n) if self.r.random() < p)
        return max(0, int(round(self.normal(mean, math.sqrt(mean)))))

    def token(self, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
        return "".join(alphabet[int(self.r.random() * len(alphabet))] for _ in range(n))

    def digits(self, n: int) -> str:
        return str(self.randint(1, 9)) + "".join(str(self.randint(0, 9)) for _ in range(n - 1))


def days(start: date, end: date):
    d = start
    while d <= end:
        yield d
        d += timedelta(days=1)


def at(d: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hour, minute, second, tzinfo=KST)


def unix(dt: datetime) -> int:
    return int(dt.timestamp())


def ko_time(dt: datetime) -> str:
    """``오후 1:18`` (오전 12:05 is 00:05, 오후 12:30 is 12:30)."""
    ampm = "오전" if dt.hour < 12 else "오후"
    return f"{ampm} {dt.hour % 12 or 12}:{dt.minute:02d}"


def ko_date(d) -> str:
    return f"{d.year}년 {d.month}월 {d.day}일"


def dotted_date(d) -> str:
    return f"{d.year}. {d.month}. {d.day}."


def x_time(dt: datetime) -> str:
    u = dt.astimezone(UTC)
    return (f"{EN_DAYS[u.weekday()]} {EN_MONTHS[u.month - 1]} {u.day:02d} "
            f"{u.hour:02d}:{u.minute:02d}:{u.second:02d} +0000 {u.year}")


def rfc822(dt: datetime) -> str:
    return (f"{EN_DAYS[dt.weekday()]}, {dt.day:02d} {EN_MONTHS[dt.month - 1]} {dt.year} "
            f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} +0900")


def us_date(d) -> str:
    """YouTube Studio's ``Sep 27, 2024``."""
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def won(n: int) -> str:
    return f"{n:,}원"


def mojibake(value):
    """What Meta's exporter does: UTF-8 bytes written as if they were Latin-1 characters."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mojibake(v) for v in value]
    if isinstance(value, dict):
        return {k: mojibake(v) for k, v in value.items()}
    return value


def meta_json(obj) -> bytes:
    """Meta's JSON: 2-space indent, every non-ASCII byte as ``\\u00XX`` (the mojibake)."""
    return json.dumps(mojibake(obj), ensure_ascii=True, indent=2).encode("ascii")


def x_js(part: str, items: list) -> bytes:
    """An X archive ``.js`` file: JavaScript assignment around JSON with ``" : "`` separators."""
    body = json.dumps(items, ensure_ascii=False, indent=2, separators=(",", " : "))
    return f"window.YTD.{part}.part0 = {body}".encode("utf-8")


def csv_bytes(rows: list[list], encoding: str = "utf-8", newline: str = "\r\n") -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=newline)
    writer.writerows(rows)
    return buf.getvalue().encode(encoding)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    """A zip with fixed dates, permissions and order: the same bytes on every run."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, members[name], compresslevel=6)
    return buf.getvalue()


def hashtags_in(text: str) -> list[str]:
    out = []
    for word in text.replace("\n", " ").split(" "):
        if word.startswith("#") and len(word) > 1:
            out.append(word[1:])
    return out


# --------------------------------------------------------------------------------------------
# Invented people: names and handles
# --------------------------------------------------------------------------------------------
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ["서윤", "민준", "하은", "도윤", "지우", "예린", "현우", "수아", "건우", "다은", "정숙",
         "영자", "말순", "복희", "순자", "철수", "영희", "미경", "은주", "태호", "상철", "혜진"]
HANDLE_A = ["knit", "yarn", "wool", "cozy", "mint", "moss", "latte", "bori", "dodo", "haru",
            "nuri", "sori", "byul", "daon", "purl", "loop", "maple", "cotton", "plum", "cloud"]
HANDLE_B = ["_lover", "_daily", ".studio", "_home", "_kr", "_zip", ".log", "_note", "_jjang",
            "_mom", "_papa", "_life", "", "_gram", "_ing"]


def person(rng: Rand) -> str:
    return rng.pick(SURNAMES) + rng.pick(GIVEN)


def handles(rng: Rand, n: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        h = rng.pick(HANDLE_A) + rng.pick(HANDLE_B) + str(rng.randint(1, 9999))
        if h not in seen:
            seen.add(h)
            out.append(h)
    return out


# --------------------------------------------------------------------------------------------
# Post model shared by the social personas
# --------------------------------------------------------------------------------------------
@dataclass
class Post:
    when: datetime
    text: str
    tags: list[str]
    topic: str
    reach: int = 0
    impressions: int = 0
    likes: int = 0
    comments: int = 0
    shares: int = 0
    saves: int = 0
    views: int = 0
    viral: bool = False
    media: int = 1
    pid: str = ""
    extra: dict = field(default_factory=dict)


def plan_posts(rng: Rand, start: date, end: date, per_day: dict[int, float], hours: list[int],
               boost: dict[tuple[date, date], float] | None = None) -> list[tuple[datetime, bool]]:
    """Posting times: weekday-dependent chance per day, hours spread evenly over ``hours``
    so that an analysis finds the best hour by performance, not by how often it was used."""
    out = []
    for d in days(start, end):
        p = per_day[d.weekday()]
        for (a, b), factor in (boost or {}).items():
            if a <= d <= b:
                p *= factor
        n = int(p) + (1 if rng.chance(p - int(p)) else 0)
        used = set()
        for _ in range(n):
            h = rng.pick(hours)
            while h in used:
                h = rng.pick(hours)
            used.add(h)
            out.append((at(d, h, rng.randint(0, 59), rng.randint(0, 59)), d in HOLIDAYS))
    out.sort()
    return out


def followers_curve(rng: Rand, start: date, end: date, base: float, posts: list[Post],
                    conversion: float) -> dict[date, int]:
    """New followers per day: a base rate plus a share of each post's reach over 3 days
    (so a viral post makes a visible spike)."""
    gain = {d: rng.count(base) for d in days(start, end)}
    for post in posts:
        extra = post.reach * conversion
        for offset, share in ((0, 0.5), (1, 0.3), (2, 0.2)):
            d = post.when.date() + timedelta(days=offset)
            if d in gain:
                gain[d] += rng.count(extra * share)
    return gain


def follower_times(rng: Rand, gain: dict[date, int], initial: int, before: date) -> list[datetime]:
    """One timestamp per current follower: ``initial`` spread over the two years before
    ``before``, then the daily gains."""
    times = []
    for _ in range(initial):
        d = before - timedelta(days=rng.randint(1, 730))
        times.append(at(d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
    for d, n in gain.items():
        for _ in range(n):
            times.append(at(d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
    times.sort()
    return times


def score(rng: Rand, post: Post, audience: float, hour_w: dict[int, float],
          weekday_w: list[float], tag_w: dict[str, tuple[float, float]], holiday: bool,
          campaign: tuple[date, date, float] | None) -> None:
    """Fill in reach/likes/comments/shares/saves with the teachable effects."""
    h = hour_w.get(post.when.hour, 0.7)
    w = weekday_w[post.when.weekday()]
    reach_f, comment_f = 1.0, 1.0
    for tag in post.tags:
        rf, cf = tag_w.get(tag, (1.0, 1.0))
        reach_f *= rf
        comment_f *= cf
    f = h * w * reach_f * rng.noise(0.2)
    if holiday:
        f *= 0.45
    if campaign and campaign[0] <= post.when.date() <= campaign[1]:
        f *= campaign[2]
    if post.viral:
        f *= 22.0
    post.reach = max(5, int(audience * 0.32 * f))
    post.impressions = int(post.reach * rng.uniform(1.15, 1.6))
    post.likes = max(0, int(post.reach * 0.085 * rng.noise(0.2) * (0.9 + 0.1 * h)))
    post.comments = rng.count(post.likes * 0.045 * comment_f)
    post.shares = rng.count(post.likes * 0.03 * (3.0 if post.viral else 1.0))
    post.saves = rng.count(post.likes * 0.06)


# --------------------------------------------------------------------------------------------
# Persona 1: 실타래 뜨개 공방 (knitting studio) — Instagram + KakaoTalk chat + channel stats
# --------------------------------------------------------------------------------------------
KNIT_HANDLE = "siltarae.knit"
KNIT_START, KNIT_END = date(2025, 1, 1), date(2026, 6, 30)
KNIT_VIRAL = date(2025, 8, 20)
KNIT_CAMPAIGN = (date(2025, 11, 1), date(2025, 12, 15), 1.5)
KNIT_ITEMS = ["목도리", "모자", "수세미", "가방", "장갑", "조끼", "카디건", "양말", "인형", "러그"]
KNIT_COLORS = ["크림색", "먹색", "버건디", "올리브", "하늘색", "겨자색", "분홍색", "회색"]
KNIT_TOPICS = [
    ("완성작", "이번 주에 완성한 {color} {item}이에요 🧶\n한 코 한 코 떠서 더 따뜻해요.",
     ["뜨개질", "손뜨개", "뜨개스타그램"]),
    ("수업", "{weekday} 저녁 {level} 반 수강생 모집해요! 자리가 {n}개 남았어요.\n문의는 카카오톡 채널로 주세요 😊",
     ["뜨개질", "수강생모집", "뜨개공방"]),
    ("실 소개", "새로 들어온 {color} 울 실이에요. 가볍고 포근해서 {item} 뜨기에 좋아요.",
     ["뜨개실", "뜨개스타그램", "knitting"]),
    ("팁", "초보 팁: {tip}\n저장해 두고 천천히 따라 해 보세요!",
     ["뜨개질", "코바늘", "대바늘", "뜨개팁"]),
    ("수강생 작품", "수강생 {name} 님의 첫 {item}! 정말 잘 뜨셨죠? 👏",
     ["뜨개질", "수강생작품", "손뜨개"]),
    ("일상", "비 오는 날 공방 풍경 ☕ 오늘도 같이 떠요.",
     ["뜨개공방", "일상", "knittersofinstagram"]),
]
KNIT_TIPS = ["코 수를 셀 때는 5코마다 표시해요", "실이 꼬이면 실타래를 돌려서 풀어요",
             "게이지를 먼저 떠 보면 크기가 맞아요", "겉뜨기와 안뜨기만 알아도 목도리를 떠요",
             "사슬뜨기는 느슨하게 떠야 다음 단이 편해요"]
KNIT_HOURS = {9: 0.85, 12: 1.0, 15: 0.8, 18: 1.05, 20: 1.3, 21: 1.6, 22: 1.2}
KNIT_WEEKDAY = [0.85, 0.95, 1.0, 1.0, 0.9, 1.1, 1.3]  # 월..일: Sunday best
KNIT_TAGS = {"뜨개스타그램": (1.3, 1.0), "수강생모집": (1.0, 2.4), "knitting": (1.12, 0.8),
             "knittersofinstagram": (1.1, 0.8), "뜨개팁": (1.15, 1.3), "겨울목도리챌린지": (1.4, 1.6)}


def knit_posts(rng: Rand) -> list[Post]:
    schedule = plan_posts(rng, KNIT_START, KNIT_END,
                          per_day={0: 0.6, 1: 0.6, 2: 0.7, 3: 0.6, 4: 0.6, 5: 0.8, 6: 0.8},
                          hours=list(KNIT_HOURS), boost={KNIT_CAMPAIGN[:2]: 1.4})
    posts = []
    viral_done = False
    for when, holiday in schedule:
        topic, template, tags = rng.pick(KNIT_TOPICS)
        text = template.format(color=rng.pick(KNIT_COLORS), item=rng.pick(KNIT_ITEMS),
                               weekday=rng.pick(KO_DAYS), level=rng.pick(["초급", "중급", "코바늘"]),
                               n=rng.randint(1, 4), tip=rng.pick(KNIT_TIPS), name=rng.pick(GIVEN))
        tags = list(tags)
        if KNIT_CAMPAIGN[0] <= when.date() <= KNIT_CAMPAIGN[1] and rng.chance(0.8):
            tags.append("겨울목도리챌린지")
            text = "🧣 겨울 목도리 챌린지 참여 중!\n" + text
        if holiday:
            text = f"{HOLIDAYS[when.date()]} 연휴라 공방은 쉬어요. 가족과 따뜻한 시간 보내세요 🙏"
            tags = ["뜨개공방", HOLIDAYS[when.date()]]
            topic = "휴무"
        if rng.chance(0.7):
            tags.append("실타래공방")
        post = Post(when, text, tags, topic, media=rng.pick([1, 1, 1, 2, 3, 4]))
        if not viral_done and when.date() >= KNIT_VIRAL:
            post.text = "3분 만에 배우는 코바늘 수세미 🧽\n처음 뜨개질하는 분도 따라 할 수 있어요. 저장 필수!"
            post.tags = ["코바늘", "수세미", "뜨개팁", "뜨개스타그램", "실타래공방"]
            post.topic, post.viral, post.media, viral_done = "팁", True, 6, True
        posts.append(post)
    return posts


def instagram_post_entries(rng: Rand, posts: list[Post], ym_prefix: str = "media/posts") -> list[dict]:
    """posts_1.json entries: single-photo posts keep the caption in media[0].title, carousels
    have top-level title and creation_timestamp."""
    entries = []
    for p in posts:
        ts = unix(p.when)
        caption = p.text + "\n\n" + " ".join("#" + t for t in p.tags)
        p.extra["caption"] = caption
        media = []
        for i in range(p.media):
            mid = p.pid if i == 0 else rng.digits(17)
            m = {"uri": f"{ym_prefix}/{p.when:%Y%m}/{mid}.jpg", "creation_timestamp": ts,
                 "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 37.5, "longitude": 127.0}]}}
                 if rng.chance(0.1) else {"photo_metadata": {"exif_data": []}},
                 "title": caption if p.media == 1 else ""}
            if rng.chance(0.15):
                m["cross_post_source"] = {"source_app": "FB"}
            media.append(m)
        p.extra["uri"] = media[0]["uri"]
        if p.media == 1:
            entries.append({"media": media})
        else:
            entries.append({"media": media, "title": caption, "creation_timestamp": ts})
    entries.reverse()  # newest first, as in the export
    return entries


def instagram_followers(times: list[datetime], names: list[str]) -> list[dict]:
    out = []
    for t, name in sorted(zip(times, names), key=lambda x: x[0], reverse=True):
        out.append({"title": "", "media_list_data": [],
                    "string_list_data": [{"href": f"https://www.instagram.com/{name}",
                                          "value": name, "timestamp": unix(t)}]})
    return out


def instagram_insights(posts: list[Post]) -> dict:
    """past_instagram_insights/posts.json (approximate layout)."""
    items = []
    for p in reversed(posts):
        items.append({
            "media_map_data": {"Media Thumbnail": {"uri": p.extra["uri"],
                                                   "creation_timestamp": unix(p.when)}},
            "string_map_data": {
                "Creation Timestamp": {"timestamp": unix(p.when)},
                "Impressions": {"value": str(p.impressions)},
                "Reach": {"value": str(p.reach)},
                "Likes": {"value": str(p.likes)},
                "Comments": {"value": str(p.comments)},
                "Shares": {"value": str(p.shares)},
                "Saves": {"value": str(p.saves)},
            }})
    return {"organic_insights_posts": items}


def knitting(files: dict[str, bytes]) -> None:
    rng = Rand("knitting")
    posts = knit_posts(rng)
    audience = 300.0
    gain_so_far = 0
    for p in posts:
        p.pid = rng.digits(17)
        score(rng, p, audience + gain_so_far, KNIT_HOURS, KNIT_WEEKDAY, KNIT_TAGS,
              p.when.date() in HOLIDAYS, KNIT_CAMPAIGN)
        gain_so_far += int(p.reach * 0.012) + 2
    gain = followers_curve(rng, KNIT_START, KNIT_END, 1.2, posts, 0.006)
    times = follower_times(rng, gain, 300, KNIT_START)
    names = handles(rng, len(times))
    base = "knitting/instagram"
    ig = {
        "your_instagram_activity/content/posts_1.json": meta_json(instagram_post_entries(rng, posts)),
        "connections/followers_and_following/followers_1.json": meta_json(instagram_followers(times, names)),
        "connections/followers_and_following/following.json": meta_json({"relationships_following": [
            {"title": "", "media_list_data": [], "string_list_data": [
                {"href": f"https://www.instagram.com/{h}", "value": h,
                 "timestamp": unix(at(KNIT_START + timedelta(days=rng.randint(0, 500)), 10))}]}
            for h in handles(rng, 60)]}),
        "logged_information/past_instagram_insights/posts.json": meta_json(instagram_insights(posts)),
    }
    # The owner's replies under her own posts.
    comments = []
    replies = ["감사합니다! 😊", "다음 수업 때 같이 떠 봐요!", "실 정보는 프로필 링크에 있어요.",
               "네, 초보도 가능해요 🙌", "칭찬 감사해요 🧶", "주말반은 토요일 오전이에요."]
    for p in posts:
        for _ in range(min(p.comments, rng.count(p.comments * 0.3))):
            t = p.when + timedelta(minutes=rng.randint(5, 600))
            comments.append({"string_map_data": {
                "Comment": {"value": f"@{rng.pick(names)} {rng.pick(replies)}"},
                "Media Owner": {"value": KNIT_HANDLE},
                "Time": {"timestamp": unix(t)}}})
    comments.sort(key=lambda c: -c["string_map_data"]["Time"]["timestamp"])
    ig["your_instagram_activity/comments/post_comments_1.json"] = meta_json(comments)
    ig["your_instagram_activity/threads/threads_and_replies.json"] = meta_json(threads_posts(Rand("knitting-threads")))
    for name, data in ig.items():
        files[f"{base}/{name}"] = data
    files["knitting/instagram-siltarae.knit-2026-07-01-k9QeR2.zip"] = zip_bytes(ig)

    # KakaoTalk Channel statistics (approximate), daily.
    rows = [["날짜", "친구수", "메시지 노출수", "채널홈 조회수", "포스트 조회수"]]
    friends = 120
    for d in days(KNIT_START, KNIT_END):
        friends += rng.count(0.9 + (6 if KNIT_VIRAL <= d <= KNIT_VIRAL + timedelta(days=4) else 0))
        msg = friends * 3 if d.weekday() == 0 else 0  # a weekly message every Monday
        rows.append([d.isoformat(), friends, msg, rng.count(8 + friends * 0.01),
                     rng.count(4 + friends * 0.005)])
    files["knitting/kakao_channel_stats.csv"] = csv_bytes(rows, "utf-8-sig")

    kakaotalk_chat(files, Rand("knitting-chat"))
    files["knitting/feeds/craft_news.rss.xml"] = CRAFT_NEWS.encode("utf-8")
    files["knitting/feeds/craft_world.atom.xml"] = CRAFT_WORLD.encode("utf-8")


THREADS_LINES = ["오늘은 공방 문 열자마자 실 정리부터 했어요 🧶", "뜨개질하면서 듣기 좋은 노래 추천해 주세요!",
                 "코바늘 vs 대바늘, 처음엔 뭐가 쉬울까요? #뜨개질", "수강생분이 떠 온 조끼 보고 감동했어요 😭",
                 "겨울 전에 목도리 하나는 떠야죠 #손뜨개", "공방 창가 자리 햇살이 최고예요 ☀️"]


def threads_posts(rng: Rand) -> dict:
    """your_instagram_activity/threads/threads_and_replies.json: text posts, no counts."""
    items = []
    for d in days(date(2026, 1, 5), date(2026, 6, 30)):
        if rng.chance(0.2):
            when = at(d, rng.pick([8, 12, 21, 22]), rng.randint(0, 59))
            items.append({"media": [{"uri": "", "creation_timestamp": unix(when), "media_metadata": {},
                                     "title": rng.pick(THREADS_LINES),
                                     "text_app_post": {"link_attachment": {"value": ""}}}]})
    items.reverse()
    return {"text_post_app_text_posts": items}


# KakaoTalk group chat of the studio's learners, rendered in three export variants.
CHAT_ROOM = "실타래 공방 수강생 모임"
CHAT_START, CHAT_END = date(2025, 9, 1), date(2026, 2, 28)
CHAT_LINES = [
    "오늘 수업 너무 재밌었어요!", "혹시 다음 주 수업 시간 그대로인가요?", "네 그대로예요~",
    "목도리 드디어 다 떴어요 ㅎㅎ", "코 빠뜨렸는데 어떻게 주워요? ㅠㅠ", "코바늘 4호면 될까요?",
    "실 남은 거 나눔해요", "저도 받고 싶어요!", "주차는 공방 뒤에 하시면 돼요",
    "감사합니다 😊", "ㅋㅋㅋㅋ 저도요", "오늘 늦을 것 같아요 죄송해요", "사진 보니까 너무 예뻐요",
    "대바늘은 몇 mm 쓰세요?", "저 게이지가 자꾸 안 맞아요", "내일 뵐게요!",
]
CHAT_MULTI = ["준비물 안내드려요\n1. 대바늘 5mm\n2. 울 실 2볼\n3. 단수표",
              "이번 달 일정이에요\n- 화요일 저녁 7시 초급반\n- 토요일 오전 10시 코바늘반"]
CHAT_HOURS = [9, 10, 12, 13, 19, 20, 21, 21, 22, 22, 23, 0]


def kakaotalk_chat(files: dict[str, bytes], rng: Rand) -> None:
    members = [person(rng) for _ in range(12)]
    owner = "실타래 사장님"
    messages: list[tuple[datetime, str, str | None]] = []  # (when, author, text) author None = system
    for d in days(CHAT_START, CHAT_END):
        n = rng.count(2.5 if d.weekday() in (1, 5) else 1.2) if d not in HOLIDAYS else rng.count(4)
        for _ in range(n):
            h = rng.pick(CHAT_HOURS)
            when = at(d + (timedelta(days=1) if h == 0 else timedelta()), h, rng.randint(0, 59))
            if when.date() > CHAT_END:
                continue
            r = rng.random()
            if d in HOLIDAYS:
                text, who = f"{HOLIDAYS[d]} 잘 보내세요! 🙇", rng.pick(members + [owner])
            elif r < 0.06:
                text, who = rng.pick(CHAT_MULTI), owner
            elif r < 0.14:
                text, who = "사진", rng.pick(members)
            elif r < 0.20:
                text, who = "이모티콘", rng.pick(members)
            elif r < 0.22:
                text, who = "삭제된 메시지입니다.", rng.pick(members)
            else:
                text, who = rng.pick(CHAT_LINES), rng.pick(members + [owner, owner])
            messages.append((when, who, text))
        if rng.chance(0.01):
            messages.append((at(d, 11, 0), None, f"{person(rng)}님이 들어왔습니다."))
    messages.sort(key=lambda m: m[0])
    saved = EXPORTED

    # Mobile (Android): BOM, header, full Korean dates on every message.
    lines = [f"{CHAT_ROOM} 님과 카카오톡 대화", f"저장한 날짜 : {ko_date(saved)} {ko_time(saved)}", ""]
    for when, who, text in messages:
        prefix = f"{ko_date(when)} {ko_time(when)}"
        lines.append(f"{prefix}, {text}" if who is None else f"{prefix}, {who} : {text}")
    files["knitting/kakaotalk/kakaotalk_mobile.txt"] = ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8")

    # Dotted (iOS-like) form.
    lines = [f"{CHAT_ROOM} 님과 카카오톡 대화", f"저장한 날짜 : {dotted_date(saved)} {ko_time(saved)}", ""]
    for when, who, text in messages:
        prefix = f"{dotted_date(when)} {ko_time(when)}"
        lines.append(f"{prefix}, {text}" if who is None else f"{prefix}, {who} : {text}")
    files["knitting/kakaotalk/kakaotalk_dotted.txt"] = ("\n".join(lines) + "\n").encode("utf-8")

    # Windows PC: date separator lines, [name] [time] message, CRLF.
    lines = [f"{CHAT_ROOM} 님과 카카오톡 대화", f"저장한 날짜 : {saved:%Y-%m-%d %H:%M:%S}", ""]
    current = None
    for when, who, text in messages:
        if when.date() != current:
            current = when.date()
            lines.append(f"--------------- {ko_date(current)} {KO_DAYS[current.weekday()]} ---------------")
        lines.append(text if who is None else f"[{who}] [{ko_time(when)}] {text}")
    files["knitting/kakaotalk/kakaotalk_pc.txt"] = ("\r\n".join(lines) + "\r\n").encode("utf-8")


# --------------------------------------------------------------------------------------------
# Persona 2: 멍멍상회 (pet shop) — Instagram (older media/ layout) + Business Suite CSV, X, feeds
# --------------------------------------------------------------------------------------------
PET_HANDLE = "mungmung_sanghoe"
PET_START, PET_END = date(2025, 7, 1), date(2026, 6, 30)
PET_HOURS = {8: 1.5, 10: 1.0, 12: 1.05, 14: 0.8, 17: 1.0, 19: 1.35, 22: 0.75}
PET_WEEKDAY = [0.9, 0.9, 0.95, 1.0, 1.0, 1.25, 1.2]
PET_TAGS = {"강아지": (1.1, 1.0), "댕댕이": (1.25, 1.1), "강아지간식": (1.0, 1.6), "신상": (1.0, 1.3),
            "dog": (1.05, 0.8), "산책": (1.15, 1.0), "멍멍상회": (1.0, 1.0), "입양": (1.3, 2.0)}
PET_LINES = [
    ("신상", "수제 {snack} 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요!", ["강아지간식", "신상", "강아지"]),
    ("산책", "아침 산책 다녀온 {dog} 🐕 오늘 날씨 최고예요.", ["산책", "댕댕이", "강아지"]),
    ("할인", "이번 주말 {snack} 20% 할인! 매장에서 만나요.", ["강아지간식", "멍멍상회"]),
    ("정보", "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요.", ["강아지", "dog"]),
    ("입양", "{dog}가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏", ["입양", "강아지"]),
]
PET_SNACKS = ["오리 목뼈", "고구마 말랭이", "연어 큐브", "닭가슴살 육포", "치즈볼"]
PET_DOGS = ["말티즈 콩이", "푸들 보리", "시바 두부", "진돗개 누리", "웰시코기 호두"]
PET_VIRAL = date(2026, 3, 14)


def pet_posts(rng: Rand, per_day: dict[int, float], viral: date) -> list[Post]:
    schedule = plan_posts(rng, PET_START, PET_END, per_day, list(PET_HOURS))
    posts, viral_done = [], False
    for when, holiday in schedule:
        topic, template, tags = rng.pick(PET_LINES)
        text = template.format(snack=rng.pick(PET_SNACKS), dog=rng.pick(PET_DOGS))
        tags = list(tags)
        if holiday:
            topic, text, tags = "휴무", f"{HOLIDAYS[when.date()]} 연휴 휴무 안내: 매장은 쉬어요 🐾", ["멍멍상회"]
        post = Post(when, text, tags, topic)
        if not viral_done and when.date() >= viral:
            post.text = "산책하다 만난 아기 고양이와 우리 콩이의 첫 만남 🐶🐱 끝까지 보세요!"
            post.tags, post.viral, viral_done = ["댕댕이", "강아지", "산책"], True, True
        posts.append(post)
    return posts


def petshop(files: dict[str, bytes]) -> None:
    rng = Rand("petshop")
    posts = pet_posts(rng, {0: 0.5, 1: 0.5, 2: 0.5, 3: 0.5, 4: 0.6, 5: 0.8, 6: 0.7}, PET_VIRAL)
    audience = 450.0
    for p in posts:
        p.pid = rng.digits(17)
        score(rng, p, audience, PET_HOURS, PET_WEEKDAY, PET_TAGS, p.when.date() in HOLIDAYS, None)
        audience += p.reach * 0.004 + 1
        p.views = int(p.impressions * rng.uniform(1.0, 1.3))
        p.extra["follows"] = rng.count(p.reach * 0.004)
    gain = followers_curve(rng, PET_START, PET_END, 1.0, posts, 0.004)
    times = follower_times(rng, gain, 450, PET_START)
    names = handles(rng, len(times))
    ig = {
        "your_instagram_activity/media/posts_1.json": meta_json(instagram_post_entries(rng, posts)),
        "connections/followers_and_following/followers_1.json": meta_json(instagram_followers(times, names)),
    }
    for name, data in ig.items():
        files[f"petshop/instagram/{name}"] = data
    files["petshop/instagram-mungmung_sanghoe-2026-07-01-Pw7xZa.zip"] = zip_bytes(ig)

    # Meta Business Suite content export for the Instagram account: BOM, %m/%d/%Y %H:%M.
    header = ["Post ID", "Account ID", "Account username", "Account name", "Description",
              "Duration (sec)", "Publish time", "Permalink", "Post type", "Data comment", "Date",
              "Views", "Reach", "Likes", "Shares", "Follows", "Comments", "Saves"]
    rows = [header]
    for p in reversed(posts):
        rows.append([p.pid, "17841400000000042", PET_HANDLE, "멍멍상회", p.extra["caption"], 0,
                     f"{p.when:%m/%d/%Y %H:%M}", f"https://www.instagram.com/p/{rng.token(11)}/",
                     "IG image", "", "Lifetime", p.views, p.reach, p.likes, p.shares,
                     p.extra["follows"], p.comments, p.saves])
    files["petshop/meta_business_suite_instagram.csv"] = csv_bytes(rows, "utf-8-sig")

    x_archive(files, Rand("petshop-x"))
    feeds(files, Rand("petshop-feeds"))


X_HANDLE, X_NAME = "mungmung_shop", "멍멍상회"
X_ID = "1102345678901234567"


def snowflake(rng: Rand, when: datetime) -> str:
    ms = unix(when) * 1000 + rng.randint(0, 999)
    return str(((ms - 1288834974657) << 22) | rng.randint(0, (1 << 22) - 1))


def x_archive(files: dict[str, bytes], rng: Rand) -> None:
    x_hours = {8: 1.6, 10: 1.0, 12: 1.1, 15: 0.8, 19: 1.3, 21: 1.0, 23: 0.6}
    posts = plan_posts(rng, PET_START, PET_END, {0: 0.9, 1: 0.9, 2: 0.9, 3: 0.9, 4: 1.0, 5: 1.1, 6: 1.0},
                       list(x_hours))
    followers, items = 600.0, []
    viral_done = False
    for when, holiday in posts:
        topic, template, tags = rng.pick(PET_LINES)
        text = template.format(snack=rng.pick(PET_SNACKS), dog=rng.pick(PET_DOGS))
        tags = [t for t in tags if t != "멍멍상회"][:2]
        retweet = rng.chance(0.08)
        viral = not viral_done and when.date() >= date(2025, 12, 24)
        if viral:
            text, tags, viral_done = "크리스마스 산타 옷 입은 콩이 🎅🐶 좋아요 하나씩 부탁해요!", ["댕댕이", "크리스마스"], True
        urls = []
        if rng.chance(0.25) and not retweet:
            short = "https://t.co/" + rng.token(10)
            urls.append({"url": short, "expanded_url": f"https://mungmung.example/shop/{rng.randint(100, 999)}",
                         "display_url": "mungmung.example/shop/…"})
        full = ("RT @dog_news_kr: " if retweet else "") + text
        if tags:
            full += " " + " ".join("#" + t for t in tags)
        if urls:
            full += " " + urls[0]["url"]
        f = x_hours[when.hour] * (1.25 if when.weekday() >= 5 else 1.0) * rng.noise(0.3)
        f *= 0.4 if holiday else 1.0
        f *= 1.5 if "댕댕이" in tags else 1.0
        f *= 40.0 if viral else 1.0
        likes = 0 if retweet else int(followers * 0.02 * f)
        rts = rng.count(likes * 0.15 + (2 if retweet else 0))
        followers += likes * 0.02 + 0.6
        hashtags, pos = [], 0
        for t in tags:
            i = full.index("#" + t, pos)
            hashtags.append({"text": t, "indices": [str(i), str(i + len(t) + 1)]})
            pos = i + 1
        tid = snowflake(rng, when)
        mentions = ([{"name": "강아지 뉴스", "screen_name": "dog_news_kr", "indices": ["3", "15"],
                      "id_str": "987654321", "id": "987654321"}] if retweet else [])
        items.append({"tweet": {
            "retweeted": False,
            "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
            "entities": {"hashtags": hashtags, "symbols": [], "user_mentions": mentions,
                         "urls": [dict(u, indices=[str(full.index(u["url"])), str(len(full))]) for u in urls]},
            "display_text_range": ["0", str(len(full))],
            "favorite_count": str(likes),
            "id_str": tid,
            "truncated": False,
            "retweet_count": str(rts),
            "id": tid,
            "created_at": x_time(when),
            "favorited": False,
            "full_text": full,
            "lang": "ko",
        }})
    items.reverse()
    n_followers = int(followers)
    follower_items = []
    for _ in range(n_followers):
        aid = rng.digits(rng.pick([9, 10, 18, 19]))
        follower_items.append({"follower": {"accountId": aid,
                                            "userLink": f"https://twitter.com/intent/user?user_id={aid}"}})
    account = [{"account": {"email": "hello@mungmung.example", "createdVia": "web",
                            "username": X_HANDLE, "accountId": X_ID,
                            "createdAt": "2019-03-02T01:02:03.000Z", "accountDisplayName": X_NAME}}]
    manifest = {"userInfo": {"accountId": X_ID, "userName": X_HANDLE, "displayName": X_NAME},
                "archiveInfo": {"sizeBytes": "0", "generationDate": "2026-07-01T00:12:00.000Z",
                                "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
                "dataTypes": {"tweets": {"files": [{"fileName": "data/tweets.js",
                                                    "globalName": "YTD.tweets.part0",
                                                    "count": str(len(items))}]},
                              "follower": {"files": [{"fileName": "data/follower.js",
                                                      "globalName": "YTD.follower.part0",
                                                      "count": str(len(follower_items))}]}}}
    archive = {
        "data/tweets.js": x_js("tweets", items),
        "data/follower.js": x_js("follower", follower_items),
        "data/account.js": x_js("account", account),
        "data/manifest.js": ("window.__THAR_CONFIG = " + json.dumps(manifest, ensure_ascii=False, indent=2,
                                                                    separators=(",", " : "))).encode("utf-8"),
    }
    for name, data in archive.items():
        files[f"petshop/x_archive/{name}"] = data
    files["petshop/twitter-2026-07-01-3f9c2e7a1b.zip"] = zip_bytes(archive)


FEED_KO = [("반려견 동반 카페 지도 공개", "pet-cafe-map"), ("강아지 여름철 산책 요령", "summer-walk"),
           ("반려동물 등록제 안내", "pet-registration"), ("수제 간식 위생 기준 강화", "snack-hygiene"),
           ("노령견 관절 관리법", "senior-joints"), ("반려견 놀이터 새로 열어", "dog-park"),
           ("펫 보험 가입 늘어", "pet-insurance"), ("유기견 입양 행사 열려", "adoption-day"),
           ("강아지 치아 관리 꿀팁", "dental-care"), ("반려동물 동반 여행지", "pet-travel")]
FEED_EN = [("Pet spending hits a record high", "pet-spending"), ("Freeze-dried treats trend", "freeze-dried"),
           ("Dog-friendly offices on the rise", "dog-offices"), ("Smart collars track activity", "smart-collars"),
           ("Adoption rates climb in spring", "adoption-spring"), ("Senior dogs need softer food", "senior-food"),
           ("Subscription boxes for pets", "subscription-box"), ("Eco-friendly poop bags", "eco-bags"),
           ("Pet insurance explained", "insurance-explained"), ("Raw diets: what vets say", "raw-diets")]


def feeds(files: dict[str, bytes], rng: Rand) -> None:
    base = datetime(2026, 6, 1, 9, 0, tzinfo=KST)

    def item_rss(title: str, slug: str, host: str, n: int, desc: str) -> str:
        when = base + timedelta(hours=n * 17 + rng.randint(0, 5))
        link = f"https://{host}/news/{slug}"
        return (f"    <item>\n      <title>{title}</title>\n      <link>{link}</link>\n"
                f"      <guid isPermaLink=\"true\">{link}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                f"      <description>{desc}</description>\n    </item>\n")

    ko_items = "".join(item_rss(t, s, "petnews.example.kr", i, f"{t} 소식을 전해요.")
                       for i, (t, s) in enumerate(FEED_KO))
    files["petshop/feeds/pet_news_ko.rss.xml"] = (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n  <channel>\n"
        "    <title>반려동물 뉴스 (예제)</title>\n    <link>https://petnews.example.kr/</link>\n"
        "    <description>소셜특별시 아카데미 예제 피드</description>\n    <language>ko</language>\n"
        + ko_items + "  </channel>\n</rss>\n").encode("utf-8")

    entries = []
    for i, (t, s) in enumerate(FEED_EN):
        when = (base + timedelta(hours=i * 19 + rng.randint(0, 5))).astimezone(UTC)
        link = f"https://pettrends.example.com/{s}"
        entries.append(f"  <entry>\n    <title>{t}</title>\n    <link href=\"{link}\"/>\n"
                       f"    <id>{link}</id>\n    <updated>{when:%Y-%m-%dT%H:%M:%SZ}</updated>\n"
                       f"    <summary>{t}. A sample item for the academy.</summary>\n  </entry>\n")
    files["petshop/feeds/pet_trends_en.atom.xml"] = (
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        "  <title>Global Pet Trends (sample)</title>\n  <link href=\"https://pettrends.example.com/\"/>\n"
        "  <id>https://pettrends.example.com/</id>\n  <updated>2026-06-30T00:00:00Z</updated>\n"
        "  <author><name>Sample Desk</name></author>\n" + "".join(entries) + "</feed>\n").encode("utf-8")

    # A mixed feed that repeats items from both feeds above (same links) plus its own.
    mixed = [item_rss(t, s, "petnews.example.kr", i, f"{t} 소식을 전해요.") for i, (t, s) in enumerate(FEED_KO[:3])]
    mixed += [item_rss(t, s, "pettrends.example.com", i, f"{t} (repost)") .replace(
        f"https://pettrends.example.com/news/{s}", f"https://pettrends.example.com/{s}")
        for i, (t, s) in enumerate(FEED_EN[:2])]
    mixed += [item_rss("동네 펫샵 창업 이야기", "petshop-story", "blog.example.kr", 5, "작은 가게의 SNS 운영기"),
              item_rss("Dog bakery opens downtown", "dog-bakery", "blog.example.kr", 6, "Treats &amp; cakes for dogs")]
    files["petshop/feeds/pet_mixed.rss.xml"] = (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n  <channel>\n"
        "    <title>펫 업계 모음 (Mixed, 예제)</title>\n    <link>https://blog.example.kr/</link>\n"
        "    <description>Korean and English items</description>\n"
        + "".join(mixed) + "  </channel>\n</rss>\n").encode("utf-8")

    # Broken markup: a bare '&', an unclosed <description>, a missing </channel>.
    files["petshop/feeds/pet_broken.rss.xml"] = (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n  <channel>\n"
        "    <title>깨진 피드 & 예제</title>\n    <link>https://broken.example.kr/</link>\n"
        "    <item>\n      <title>간식 & 장난감 특가</title>\n      <link>https://broken.example.kr/a</link>\n"
        f"      <pubDate>{rfc822(base)}</pubDate>\n      <description>닫히지 않은 설명\n    </item>\n"
        "    <item>\n      <title>반려견 동반 카페 지도 공개</title>\n"
        "      <link>https://petnews.example.kr/news/pet-cafe-map</link>\n    </item>\n"
        "</rss>\n").encode("utf-8")
    files["petshop/feeds/pet_messy.rss.xml"] = MESSY_FEED.encode("utf-8")


# Module 09's messy-but-readable feed (bozo: a bare '&'): HTML in titles (escaped and CDATA), a
# missing and an unreadable date, an entry without title or link, and near-duplicate titles of
# items in the other feeds (other links; spaces, case and punctuation differ).
MESSY_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>동네 펫 블로그 모음 & 예제</title>
    <link>https://petblog.example.kr/</link>
    <item>
      <title>&lt;b&gt;[특가]&lt;/b&gt; 강아지간식 &amp;amp; 장난감 묶음</title>
      <link>https://petblog.example.kr/deal-snacks</link>
      <pubDate>Sat, 06 Jun 2026 01:30:00 GMT</pubDate>
    </item>
    <item>
      <title>반려견 동반카페 지도, 공개!</title>
      <link>https://petblog.example.kr/cafe-map-repost</link>
      <pubDate>Mon, 01 Jun 2026 14:00:00 +0900</pubDate>
    </item>
    <item>
      <title><![CDATA[<strong>FREEZE-DRIED</strong> Treats Trend]]></title>
      <link>https://petblog.example.kr/freeze-dried-again</link>
      <pubDate>Tue, 02 Jun 2026 09:00:00 +0900</pubDate>
    </item>
    <item>
      <title>노견 산책 모임 후기</title>
      <link>https://petblog.example.kr/senior-walk</link>
    </item>
    <item>
      <title>Puppy training class opens</title>
      <link>https://petblog.example.kr/puppy-class</link>
      <pubDate>어제 오후</pubDate>
    </item>
    <item>
      <description>제목도 링크도 없는 깨진 항목</description>
    </item>
  </channel>
</rss>
"""


# Hidden-test feeds for module 09 (another persona, shapes the lesson does not show): GMT and
# +09:00 offsets, Atom 'published' next to 'updated', an HTML title, a missing date, an entry
# without a link, a duplicate link and a near-duplicate title across the two feeds.
CRAFT_NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>손뜨개 소식 (예제)</title>
    <link>https://craftnews.example.kr/</link>
    <item>
      <title>겨울 목도리 뜨개 키트 출시</title>
      <link>https://craftnews.example.kr/scarf-kit</link>
      <pubDate>Sun, 01 Nov 2026 23:30:00 GMT</pubDate>
    </item>
    <item>
      <title>&lt;i&gt;코바늘&lt;/i&gt; 수세미 무료 도안</title>
      <link>https://craftnews.example.kr/free-pattern</link>
      <pubDate>Tue, 03 Nov 2026 10:00:00 +0900</pubDate>
    </item>
    <item>
      <title>뜨개실 가격 오른다</title>
      <link>https://craftnews.example.kr/yarn-price</link>
    </item>
    <item>
      <title>링크 없는 공지</title>
      <pubDate>Wed, 04 Nov 2026 09:00:00 +0900</pubDate>
    </item>
  </channel>
</rss>
"""
CRAFT_WORLD = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>World Knitting Notes (sample)</title>
  <link href="https://knitworld.example.com/"/>
  <id>https://knitworld.example.com/</id>
  <updated>2026-11-05T00:00:00Z</updated>
  <entry>
    <title>Chunky YARN is back</title>
    <link href="https://knitworld.example.com/chunky-yarn"/>
    <id>https://knitworld.example.com/chunky-yarn</id>
    <published>2026-11-02T20:15:00+09:00</published>
    <updated>2026-11-04T01:00:00Z</updated>
  </entry>
  <entry>
    <title type="html">&lt;em&gt;Crochet&lt;/em&gt; scrubbies go viral</title>
    <link href="https://knitworld.example.com/scrubbies"/>
    <id>https://knitworld.example.com/scrubbies</id>
    <updated>2026-11-03T15:00:00Z</updated>
  </entry>
  <entry>
    <title>겨울 목도리 뜨개 키트 출시</title>
    <link href="https://craftnews.example.kr/scarf-kit"/>
    <id>https://craftnews.example.kr/scarf-kit</id>
    <updated>2026-11-02T08:30:00+09:00</updated>
  </entry>
  <entry>
    <title>Knitting cafes: a quiet trend</title>
    <link href="https://knitworld.example.com/knit-cafes"/>
    <id>https://knitworld.example.com/knit-cafes</id>
  </entry>
  <entry>
    <title>뜨개실 가격, 오른다?</title>
    <link href="https://knitworld.example.com/yarn-price-kr"/>
    <id>https://knitworld.example.com/yarn-price-kr</id>
    <updated>2026-11-05T09:00:00+09:00</updated>
  </entry>
</feed>
"""


# --------------------------------------------------------------------------------------------
# Persona 3: 골목빵집 (neighbourhood bakery) — POS sales saved from Korean Excel (CP949)
# --------------------------------------------------------------------------------------------
BAKERY_START, BAKERY_END = date(2025, 9, 1), date(2026, 2, 28)
BREADS = [("소금빵", 3500, 1.0), ("단팥빵", 2800, 0.7), ("크루아상", 4200, 0.6), ("우유식빵", 5500, 0.5),
          ("바게트", 4800, 0.35), ("카스텔라", 12000, 0.15), ("아메리카노", 3000, 0.8)]
GIFT = ("명절 선물세트", 35000)
CAKE = ("크리스마스 케이크", 32000)
BAKERY_HOURS = {7: 0.6, 8: 1.6, 9: 1.0, 10: 0.6, 11: 0.7, 12: 1.1, 13: 0.8, 14: 0.5, 15: 0.6,
                16: 0.7, 17: 1.2, 18: 1.5, 19: 1.0, 20: 0.5}


def bakery(files: dict[str, bytes]) -> None:
    rng = Rand("bakery")
    rows = [["영수증번호", "판매일자", "판매시각", "품목", "수량", "단가", "금액", "결제수단"]]
    receipt = 0
    holidays_ahead = sorted(d for d in HOLIDAYS if BAKERY_START <= d <= BAKERY_END)
    for d in days(BAKERY_START, BAKERY_END):
        if d in HOLIDAYS or d.weekday() == 0:  # closed on 설날/추석 and every Monday (월요일 휴무)
            continue
        level = 1.35 if d.weekday() >= 5 else 1.0
        gift_season = any(0 < (h - d).days <= 10 for h in holidays_ahead)
        for hour, w in BAKERY_HOURS.items():
            for minute in sorted(rng.randint(0, 59) for _ in range(rng.count(1.7 * w * level))):
                receipt += 1
                when = at(d, hour, minute)
                lines = rng.sample(BREADS, rng.pick([1, 1, 1, 2, 2, 3]))
                basket = [(n, p, rng.pick([1, 1, 1, 2, 2, 3, 4])) for n, p, pop in lines if rng.chance(0.35 + pop * 0.6)]
                if gift_season and rng.chance(0.25):
                    basket.append((GIFT[0], GIFT[1], rng.pick([1, 1, 2])))
                if date(d.year, 12, 20) <= d <= date(d.year, 12, 25) and rng.chance(0.3):
                    basket.append((CAKE[0], CAKE[1], 1))
                if not basket:
                    basket = [(BREADS[0][0], BREADS[0][1], 1)]
                pay = rng.pick(["카드", "카드", "카드", "간편결제", "현금"])
                for name, price, qty in basket:
                    rows.append([f"{d:%Y%m%d}-{receipt:05d}", dotted_date(d), ko_time(when), name, qty,
                                 won(price), won(price * qty), pay])
    files["bakery/sales_cp949.csv"] = csv_bytes(rows, "cp949")


# --------------------------------------------------------------------------------------------
# Persona 4: 골목한바퀴 (one-person YouTube creator) — YouTube Studio exports, EN + KO UI
# --------------------------------------------------------------------------------------------
YT_START, YT_END = date(2024, 7, 1), date(2026, 6, 30)
YT_SERIES = [("[맛집]", 1.5, "소셜시 {place} 숨은 맛집 {food} 먹어 봤어요"),
             ("[골목]", 1.0, "{place} 골목 한 바퀴 걸어 보기"),
             ("[시장]", 1.2, "{place} 전통시장 {food} 투어"),
             ("[브이로그]", 0.7, "1인 크리에이터의 하루 | {place} 편"),
             ("[Shorts]", 0.9, "{food} 30초 컷 #shorts")]
YT_PLACES = ["한빛동", "누리동", "새솔동", "다온동", "별빛시장", "강변길", "역전골목"]
YT_FOODS = ["칼국수", "떡볶이", "순대국", "호떡", "김밥", "만두", "빵집", "국밥"]
YT_WEEKDAY = [0.8, 0.85, 0.9, 0.95, 1.3, 1.2, 1.0]
YT_VIRAL = date(2025, 5, 9)


def hms(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def youtube(files: dict[str, bytes]) -> None:
    rng = Rand("youtube")
    videos = []
    viral_done = False
    for d in days(YT_START, YT_END):
        if rng.chance({4: 0.55, 5: 0.45, 1: 0.15}.get(d.weekday(), 0.04)):
            tag, weight, template = rng.pick(YT_SERIES)
            title = f"{tag} " + template.format(place=rng.pick(YT_PLACES), food=rng.pick(YT_FOODS))
            shorts = tag == "[Shorts]"
            duration = rng.randint(20, 59) if shorts else rng.randint(240, 1500)
            age = (YT_END - d).days
            f = weight * YT_WEEKDAY[d.weekday()] * rng.noise(0.35) * min(1.0, 0.35 + age / 240)
            f *= 0.5 if d in HOLIDAYS else 1.0
            viral = not viral_done and d >= YT_VIRAL and tag == "[맛집]"
            if viral:
                f, viral_done = f * 30, True
            channel = 200 + (YT_END - YT_START).days - age
            views = int(channel * 4 * f) + rng.randint(5, 40)
            avd = int(duration * rng.uniform(0.25, 0.55) * (1.6 if shorts else 1.0))
            avd = min(avd, duration)
            impressions = int(views * rng.uniform(8, 16))
            videos.append({"id": rng.token(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                           "title": title, "published": d, "duration": duration, "avd": avd,
                           "views": views, "watch": views * avd / 3600,
                           "subs": rng.count(views * 0.006), "likes": rng.count(views * 0.035),
                           "impressions": impressions, "ctr": views / impressions * 100 if impressions else 0.0})
    videos.sort(key=lambda v: (-v["views"], v["id"]))  # Studio sorts by the chosen metric
    total_views = sum(v["views"] for v in videos)
    total_watch = sum(v["watch"] for v in videos)
    total_avd = int(total_watch * 3600 / total_views)
    total_imp = sum(v["impressions"] for v in videos)

    def table(ko: bool) -> bytes:
        if ko:
            header = ["동영상", "동영상 제목", "동영상 게시 시간", "길이", "평균 시청 지속 시간", "조회수",
                      "시청 시간(단위: 시간)", "구독자", "좋아요", "노출수", "노출 클릭률 (%)"]
            total = ["합계", "", "", "", hms(total_avd), total_views, f"{total_watch:.4f}",
                     sum(v["subs"] for v in videos), sum(v["likes"] for v in videos), total_imp,
                     f"{total_views / total_imp * 100:.2f}"]
        else:
            header = ["Content", "Video title", "Video publish time", "Duration", "Average view duration",
                      "Views", "Watch time (hours)", "Subscribers", "Impressions",
                      "Impressions click-through rate (%)"]
            total = ["Total", "", "", "", hms(total_avd), total_views, f"{total_watch:.4f}",
                     sum(v["subs"] for v in videos), total_imp, f"{total_views / total_imp * 100:.2f}"]
        rows = [header, total]
        for v in videos:
            row = [v["id"], v["title"], us_date(v["published"]), v["duration"], hms(v["avd"]), v["views"],
                   f"{v['watch']:.4f}", v["subs"]]
            if ko:
                row.append(v["likes"])
            rows.append(row + [v["impressions"], f"{v['ctr']:.2f}"])
        return csv_bytes(rows, "utf-8", "\n")

    # Chart data: the last 60 days for the 10 most viewed videos.
    chart_start = YT_END - timedelta(days=59)
    chart = [["Date", "Content", "Video title", "Video publish time", "Duration", "Views"]]
    for d in days(chart_start, YT_END):
        for v in videos[:10]:
            if v["published"] <= d:
                chart.append([d.isoformat(), v["id"], v["title"], us_date(v["published"]), v["duration"],
                              rng.count(v["views"] / 700 * (1.3 if d.weekday() >= 5 else 1.0))])
    # Totals: net subscribers per day over the whole period; sums to the Total row.
    daily = {d: 0 for d in days(YT_START, YT_END)}
    for v in videos:
        left, offset = v["subs"], 0
        while left > 0:
            d = v["published"] + timedelta(days=offset)
            if d > YT_END:
                d = YT_END
            part = max(1, left // 2)
            daily[d] += part
            left -= part
            offset += 1
    totals_en = [["Date", "Subscribers"]] + [[d.isoformat(), n] for d, n in daily.items()]
    totals_ko = [["날짜", "구독자"]] + [[d.isoformat(), n] for d, n in daily.items()]
    chart_ko = [["날짜", "동영상", "동영상 제목", "동영상 게시 시간", "길이", "조회수"]] + chart[1:]
    en = {"Table data.csv": table(False), "Chart data.csv": csv_bytes(chart, "utf-8", "\n"),
          "Totals.csv": csv_bytes(totals_en, "utf-8", "\n")}
    ko = {"표 데이터.csv": table(True), "차트 데이터.csv": csv_bytes(chart_ko, "utf-8", "\n"),
          "총계.csv": csv_bytes(totals_ko, "utf-8", "\n")}
    for name, data in en.items():
        files[f"youtube/studio_en/{name}"] = data
    for name, data in ko.items():
        files[f"youtube/studio_ko/{name}"] = data
    files["youtube/Content 2024-07-01_2026-06-30 골목한바퀴.zip"] = zip_bytes(en)
    files["youtube/콘텐츠 2024-07-01_2026-06-30 골목한바퀴.zip"] = zip_bytes(ko)


# --------------------------------------------------------------------------------------------
# Persona 5: 소셜특별시 한빛구청 (district office) — Facebook page, blog, citizens' comments
# --------------------------------------------------------------------------------------------
GU_NAME = "소셜특별시 한빛구청"
GU_START, GU_END = date(2025, 7, 1), date(2026, 6, 30)
GU_HOURS = {9: 1.0, 10: 1.15, 12: 1.3, 14: 0.9, 16: 0.85, 18: 1.1}
GU_WEEKDAY = [1.0, 1.05, 1.1, 1.0, 0.9, 0.7, 0.7]
GU_TAGS = {"주민참여예산": (1.3, 2.2), "한빛구소식": (1.0, 1.0), "축제": (1.5, 1.3), "안전": (1.1, 0.9),
           "일자리": (1.2, 1.4), "복지": (1.05, 1.2)}
GU_TOPICS = [
    ("소식", "{dong} 주민센터 {service} 안내입니다. 자세한 내용은 누리집을 확인해 주세요.", ["한빛구소식"]),
    ("행사", "{month}월 {dong} {event}에 주민 여러분을 초대합니다! 🎉", ["축제", "한빛구소식"]),
    ("안전", "{season} 안전 수칙을 꼭 지켜 주세요. {dong} 일대 점검을 진행합니다.", ["안전"]),
    ("일자리", "한빛구 {job} 교육생을 모집합니다. 수강료는 무료예요.", ["일자리", "복지"]),
    ("아카데미", "소셜특별시 코딩 아카데미 {n}기 수강생 모집! 같이 시작하고, 같이 배워요.", ["일자리", "한빛구소식"]),
]
GU_DONGS = ["한빛1동", "한빛2동", "누리동", "새솔동", "다온동"]
GU_SERVICES = ["무인민원발급기 설치", "대형폐기물 배출", "여권 야간 민원", "전입신고 온라인"]
GU_EVENTS = ["골목 축제", "야시장", "작은 음악회", "벼룩시장"]
GU_JOBS = ["스마트스토어 창업", "1인 미디어", "바리스타", "요양보호사"]
GU_CAMPAIGN = (date(2025, 9, 1), date(2025, 9, 30), 1.6)  # 주민참여예산 투표


def district(files: dict[str, bytes]) -> None:
    rng = Rand("district")
    schedule = plan_posts(rng, GU_START, GU_END, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0, 4: 0.9, 5: 0.2, 6: 0.1},
                          list(GU_HOURS), boost={GU_CAMPAIGN[:2]: 1.5})
    posts = []
    for when, holiday in schedule:
        topic, template, tags = rng.pick(GU_TOPICS)
        text = template.format(dong=rng.pick(GU_DONGS), service=rng.pick(GU_SERVICES), month=when.month,
                               event=rng.pick(GU_EVENTS), season="겨울철" if when.month in (12, 1, 2) else "여름철",
                               job=rng.pick(GU_JOBS), n=rng.randint(1, 9))
        tags = list(tags)
        if GU_CAMPAIGN[0] <= when.date() <= GU_CAMPAIGN[1] and rng.chance(0.7):
            topic, text = "주민참여예산", "2026년 주민참여예산 온라인 투표가 진행 중이에요. 우리 동네 사업에 한 표를!"
            tags = ["주민참여예산", "한빛구소식"]
        if holiday:
            topic, text, tags = "명절", f"즐거운 {HOLIDAYS[when.date()]} 보내세요. 연휴 중 비상 진료 기관을 안내합니다.", ["한빛구소식", "복지"]
        posts.append(Post(when, text + "\n" + " ".join("#" + t for t in tags), tags, topic))
    audience = 3200.0
    for p in posts:
        score(rng, p, audience, GU_HOURS, GU_WEEKDAY, GU_TAGS, p.when.date() in HOLIDAYS, GU_CAMPAIGN)
        p.pid = f"104920000000042_{rng.digits(16)}"
        audience += p.reach * 0.002 + 1.5
        p.extra["link"] = rng.chance(0.3)
        p.extra["clicks"] = rng.count(p.reach * 0.03)

    # Facebook "Download your information": posts JSON and the page's replies (comments.json).
    fb_posts = []
    for p in reversed(posts):
        ts = unix(p.when)
        entry = {"timestamp": ts}
        if p.extra["link"]:
            entry["attachments"] = [{"data": [{"external_context": {"url": "https://hanbit-gu.example.go.kr/news"}}]}]
        elif rng.chance(0.7):
            entry["attachments"] = [{"data": [{"media": {
                "uri": f"your_facebook_activity/posts/media/Yourposts_{rng.token(6)}/{rng.digits(16)}.jpg",
                "creation_timestamp": ts, "title": "", "description": p.text}}]}]
        entry["data"] = [{"post": p.text}, {"update_timestamp": ts}]
        entry["title"] = f"{GU_NAME}님이 게시물을 올렸습니다."
        fb_posts.append(entry)
    answers = ["소중한 의견 감사합니다. 담당 부서에 전달하겠습니다.", "문의하신 내용은 주민센터로 연락 주세요.",
               "불편을 드려 죄송합니다. 빠르게 확인하겠습니다.", "참여해 주셔서 감사합니다!"]
    fb_comments = []
    for p in posts:
        for _ in range(rng.count(p.comments * 0.06)):
            t = unix(p.when + timedelta(minutes=rng.randint(30, 2000)))
            fb_comments.append({"timestamp": t, "data": [{"comment": {"timestamp": t, "comment": rng.pick(answers),
                                                                       "author": GU_NAME}}],
                                "title": f"{GU_NAME}님이 게시물에 댓글을 남겼습니다."})
    fb_comments.sort(key=lambda c: -c["timestamp"])
    fb = {"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": meta_json(fb_posts),
          "your_facebook_activity/comments_and_reactions/comments.json": meta_json({"comments_v2": fb_comments})}
    for name, data in fb.items():
        files[f"district/facebook/{name}"] = data
    files["district/facebook-hanbitgu-2026-07-01-Lm4VbN.zip"] = zip_bytes(fb)

    # Old Page Insights export: posts file, row 2 holds descriptions.
    header = ["Post ID", "Permalink", "Post Message", "Type", "Countries", "Languages", "Posted",
              "Audience Targeting", "Lifetime Post Total Reach", "Lifetime Post organic reach",
              "Lifetime Post Paid Reach", "Lifetime Post Total Impressions", "Lifetime Engaged Users",
              "Lifetime Post Consumers", "Lifetime Talking About This (Post) by action type - comment",
              "Lifetime Talking About This (Post) by action type - like",
              "Lifetime Talking About This (Post) by action type - share"]
    describe = ["", "", "", "", "", "", "", "",
                "Lifetime: The number of people who had your Page's post enter their screen. (Unique Users)",
                "Lifetime: The number of people who had your Page's post enter their screen through unpaid distribution. (Unique Users)",
                "Lifetime: The number of people who had your Page's post enter their screen through paid distribution. (Unique Users)",
                "Lifetime: The number of times your Page's post entered a person's screen. (Total Count)",
                "Lifetime: The number of unique people who engaged in certain ways with your Page post. (Unique Users)",
                "Lifetime: The number of people who clicked anywhere in your post. (Unique Users)",
                "Lifetime: The number of stories created about your Page post, by action type. (Total Count)",
                "Lifetime: The number of stories created about your Page post, by action type. (Total Count)",
                "Lifetime: The number of stories created about your Page post, by action type. (Total Count)"]
    rows = [header, describe]
    for p in reversed(posts):
        h12 = p.when.hour % 12 or 12
        posted = f"{p.when:%m/%d/%Y} {h12:02d}:{p.when:%M:%S} {'AM' if p.when.hour < 12 else 'PM'}"
        rows.append([p.pid, f"https://www.facebook.com/hanbitgu/posts/{p.pid.split('_')[1]}", p.text,
                     "Link" if p.extra["link"] else "Photo", "", "", posted, "", p.reach, p.reach, 0,
                     p.impressions, p.likes + p.comments + p.shares + p.extra["clicks"], p.extra["clicks"],
                     p.comments, p.likes, p.shares])
    files["district/page_insights_posts.csv"] = csv_bytes(rows)
    rows = [["Date", "Lifetime Total Likes", "Daily New Likes", "Daily Unlikes", "Daily Page Engaged Users",
             "Daily Total Reach", "Daily Organic Reach", "Daily Total Impressions"],
            ["", "Lifetime: The total number of people who have liked your Page. (Unique Users)",
             "Daily: The number of new people who have liked your Page. (Unique Users)",
             "Daily: The number of Unlikes of your Page. (Unique Users)",
             "Daily: The number of people who engaged with your Page. (Unique Users)",
             "Daily: The number of people who had any content from your Page enter their screen. (Unique Users)",
             "Daily: The number of people who had your Page's content enter their screen through unpaid distribution. (Unique Users)",
             "Daily: The number of times any content from your Page entered a person's screen. (Total Count)"]]
    by_day: dict[date, list[Post]] = {}
    for p in posts:
        by_day.setdefault(p.when.date(), []).append(p)
    likes_total = 3200
    for d in days(GU_START, GU_END):
        ps = by_day.get(d, [])
        new = rng.count(3 + sum(p.reach for p in ps) * 0.003)
        gone = rng.count(0.8)
        likes_total += new - gone
        reach = sum(p.reach for p in ps) + rng.count(150)
        rows.append([d.isoformat(), likes_total, new, gone, rng.count(reach * 0.08), reach, reach,
                     int(reach * 1.4)])
    files["district/page_insights_page.csv"] = csv_bytes(rows)

    # Meta Business Suite content export (approximate): BOM, different column set.
    header = ["Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)", "Publish time",
              "Caption type", "Permalink", "Is crosspost", "Is share", "Post type", "Languages", "Custom labels",
              "Funded content status", "Data comment", "Date", "Views", "Reach", "Reactions, Comments and Shares",
              "Reactions", "Comments", "Shares", "Total clicks"]
    rows = [header]
    for p in reversed(posts):
        rows.append([p.pid.split("_")[1], "104920000000042", GU_NAME, "", p.text, "", f"{p.when:%m/%d/%Y %H:%M}",
                     "", f"https://www.facebook.com/hanbitgu/posts/{p.pid.split('_')[1]}", "No", "No",
                     "Links" if p.extra["link"] else "Photos", "", "", "", "", "Lifetime", p.impressions, p.reach,
                     p.likes + p.comments + p.shares, p.likes, p.comments, p.shares, p.extra["clicks"]])
    files["district/meta_business_suite_facebook.csv"] = csv_bytes(rows, "utf-8-sig")

    naver_blog(files, Rand("district-blog"))
    citizen_comments(files, Rand("district-comments"))
    comment_box(files, Rand("district-comment-box"))


def naver_blog(files: dict[str, bytes], rng: Rand) -> None:
    categories = [("구정소식", 1.0), ("문화행사", 1.4), ("생활정보", 1.2), ("아카데미", 0.9)]
    rows = [["logNo", "addDate", "title", "categoryName", "readCount", "commentCnt", "sympathyCnt"]]
    visitors_daily = []
    subscribers = 850
    log_no = 223100000000
    posts_by_day = {}
    for d in days(GU_START, GU_END):
        if rng.chance({0: 0.5, 2: 0.5, 4: 0.5}.get(d.weekday(), 0.05)):
            cat, w = rng.pick(categories)
            when = at(d, rng.pick([10, 11, 14, 15]), rng.randint(0, 59))
            title = f"[{cat}] " + rng.pick(["{dong} {event} 현장 스케치", "{dong} 생활 정보 한눈에 보기",
                                              "주민이 묻고 구청이 답하다: {service}", "코딩 아카데미 수강 후기"]).format(
                dong=rng.pick(GU_DONGS), event=rng.pick(GU_EVENTS), service=rng.pick(GU_SERVICES))
            f = w * rng.noise(0.3) * (0.5 if d in HOLIDAYS else 1.0) * (1.5 if "주민참여예산" in title else 1.0)
            read = int(subscribers * 0.45 * f)
            log_no += rng.randint(100, 99999)
            rows.append([str(log_no), f"{when:%Y-%m-%d %H:%M}", title, cat, read, rng.count(read * 0.02),
                         rng.count(read * 0.05)])
            posts_by_day[d] = posts_by_day.get(d, 0) + read
        subscribers += rng.count(0.8 + posts_by_day.get(d, 0) * 0.002)
        visitors_daily.append({"date": d.isoformat(), "visitorCount": rng.count(60) + posts_by_day.get(d, 0) // 2,
                               "subscriberCount": subscribers})
    files["district/naver_blog/posts.csv"] = csv_bytes(rows, "utf-8-sig")
    summary = {"blogId": "hanbit_gu", "blogName": "한빛구청 공식 블로그 (예제)",
               "totalVisitorCount": sum(v["visitorCount"] for v in visitors_daily) + 152000,
               "subscriberCount": subscribers, "dailyStats": visitors_daily}
    files["district/naver_blog/blog_stats.json"] = (json.dumps(summary, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def citizen_comments(files: dict[str, bytes], rng: Rand) -> None:
    topics = [("교통·주차", ["{dong} 불법 주차 단속 부탁드려요", "버스 정류장 위치가 너무 멀어요",
                            "{dong} 횡단보도 신호가 너무 짧아요"], "교통행정과", 1.0),
              ("환경·쓰레기", ["{dong} 골목에 쓰레기 무단 투기가 많아요", "음식물 쓰레기통 냄새가 심해요",
                               "재활용 수거일을 알려 주세요"], "청소행정과", 0.8),
              ("복지", ["어르신 무료 급식 신청은 어디서 하나요?", "기초연금 상담 가능한가요?",
                        "코딩 아카데미 수강 신청 방법이 궁금해요"], "복지정책과", 1.3),
              ("문화·행사", ["{dong} 축제 일정이 궁금해요", "야시장 또 열어 주세요!", "작은 음악회 너무 좋았어요"],
               "문화체육과", 0.6),
              ("안전", ["{dong} 가로등이 고장 났어요", "보도블록이 깨져서 위험해요", "CCTV 설치 요청합니다"],
               "안전총괄과", 1.1)]
    channels = ["페이스북", "블로그", "구청 누리집", "카카오톡 채널"]
    rows = [["접수번호", "접수일시", "채널", "분류", "내용", "담당부서", "답변일시", "처리상태"]]
    n = 0
    for d in days(GU_START, GU_END):
        k = rng.count(2.4 if d.weekday() < 5 else 1.0)
        for _ in range(k):
            n += 1
            topic, texts, dept, speed = rng.pick(topics)
            when = at(d, rng.randint(7, 23), rng.randint(0, 59))
            text = rng.pick(texts).format(dong=rng.pick(GU_DONGS))
            # Working hours only: weekend and evening comments wait longer; holidays longer still.
            wait_h = speed * rng.noise(0.4) * (8 + (40 if d.weekday() >= 5 else 0) + (15 if when.hour >= 18 else 0)
                                               + (70 if d in HOLIDAYS else 0))
            answered = when + timedelta(minutes=int(wait_h * 60))
            done = answered <= EXPORTED - timedelta(days=1) and not rng.chance(0.03)
            rows.append([f"2025-{n:05d}" if d.year == 2025 else f"2026-{n:05d}",
                         f"{dotted_date(when)} {ko_time(when)}", rng.pick(channels), topic, text, dept,
                         f"{dotted_date(answered)} {ko_time(answered)}" if done else "",
                         "답변완료" if done else "처리중"])
    files["district/citizen_comments.csv"] = csv_bytes(rows, "utf-8-sig")


def comment_box(files: dict[str, bytes], rng: Rand) -> None:
    """June 2026 straight from the comment box, before anyone removed personal data (module 13):
    names, handles, phone numbers and e-mails in columns and inside the text; another month with
    two weekday holidays (6/3 지방선거, 6/6 현충일 falls on a Saturday) and a fifth channel."""
    holidays = {date(2026, 6, 3), date(2026, 6, 6)}
    texts = [("교통·주차", "교통행정과", 1.0, ["{dong} 불법 주차 단속 부탁드려요", "버스 정류장 위치가 너무 멀어요",
                                            "{dong} 횡단보도 신호가 너무 짧아요"]),
             ("환경·쓰레기", "청소행정과", 0.8, ["{dong} 골목에 쓰레기 무단 투기가 많아요", "음식물 쓰레기통 냄새가 심해요"]),
             ("복지", "복지정책과", 1.3, ["어르신 무료 급식 신청은 어디서 하나요?", "코딩 아카데미 수강 신청 방법이 궁금해요"]),
             ("문화·행사", "문화체육과", 0.6, ["{dong} 축제 일정이 궁금해요", "야시장 또 열어 주세요!"]),
             ("안전", "안전총괄과", 1.1, ["{dong} 가로등이 고장 났어요", "보도블록이 깨져서 위험해요"])]
    tails = ["", "", " 연락은 {phone}로 주세요.", " 저는 {dong} 사는 {name}입니다.", " 답변은 {email}로 부탁드려요.",
             " @{other} 님도 같은 생각이래요.", " 전화 {phone_plain} 주세요."]
    channels = ["페이스북", "블로그", "구청 누리집", "카카오톡 채널", "인스타그램"]
    people = handles(rng, 40)
    rows = [["접수번호", "접수일시", "채널", "작성자", "연락처", "이메일", "분류", "내용", "담당부서", "답변일시", "처리상태"]]
    n = 0
    for d in days(date(2026, 6, 1), date(2026, 6, 30)):
        for _ in range(rng.count(2.4 if d.weekday() < 5 else 1.0)):
            n += 1
            topic, dept, speed, options = rng.pick(texts)
            when = at(d, rng.randint(7, 23), rng.randint(0, 59))
            channel = rng.pick(channels)
            name = rng.pick(people) if channel in ("페이스북", "블로그", "인스타그램") else person(rng)
            phone = f"010-{rng.digits(4)}-{rng.digits(4)}"
            email = f"{rng.pick(HANDLE_A)}{rng.randint(1, 999)}@{rng.pick(['naver.com', 'daum.net', 'gmail.com'])}"
            dong = rng.pick(GU_DONGS)
            text = rng.pick(options).format(dong=dong) + rng.pick(tails).format(
                phone=phone, phone_plain=phone.replace("-", ""), name=name, email=email, dong=dong,
                other=rng.pick(people))
            wait_h = speed * rng.noise(0.4) * (8 + (40 if d.weekday() >= 5 else 0) + (15 if when.hour >= 18 else 0)
                                               + (70 if d in holidays else 0))
            answered = when + timedelta(minutes=int(wait_h * 60))
            done = answered <= EXPORTED - timedelta(days=1)
            rows.append([f"2026-{9000 + n:05d}", f"{dotted_date(when)} {ko_time(when)}", channel, name,
                         phone if rng.chance(0.7) else "", email if rng.chance(0.4) else "", topic, text, dept,
                         f"{dotted_date(answered)} {ko_time(answered)}" if done else "",
                         "답변완료" if done else "처리중"])
    files["district/comment_box_2026-06.csv"] = csv_bytes(rows, "utf-8-sig")


# --------------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------------
PERSONAS = [knitting, petshop, bakery, youtube, district]
PERSONA_DIRS = ["knitting", "petshop", "bakery", "youtube", "district"]


def build() -> dict[str, bytes]:
    """Every committed sample file: ``{relative posix path: bytes}``."""
    files: dict[str, bytes] = {}
    for make in PERSONAS:
        make(files)
    return dict(sorted(files.items()))


def existing(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for d in PERSONA_DIRS if (root / d).is_dir()
            for p in (root / d).rglob("*") if p.is_file()}


def write(root: Path, files: dict[str, bytes]) -> None:
    for stale in existing(root) - set(files):
        (root / stale).unlink()
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)


def differences(root: Path, files: dict[str, bytes]) -> list[str]:
    """What differs between ``root`` and a fresh generation (empty: identical)."""
    out = []
    on_disk = existing(root)
    for name in sorted(on_disk - set(files)):
        out.append(f"not generated (stale): {name}")
    for name, data in files.items():
        path = root / name
        if not path.is_file():
            out.append(f"missing: {name}")
        elif path.read_bytes() != data:
            out.append(f"differs: {name}")
    return out


# --------------------------------------------------------------------------------------------
# The heavy account (benchmarks only; never committed)
# --------------------------------------------------------------------------------------------
def heavy(out: Path, n_posts: int = 100_000, n_followers: int = 1_000_000, chunk: int = 100_000) -> dict:
    """Write an Instagram export with ``n_posts`` posts and ``n_followers`` followers into ``out``.

    Split into ``posts_N.json`` / ``followers_N.json`` like real large exports. Uses numpy for
    speed; seeded, so it is reproducible on one machine (not committed, so no byte promise).
    """
    import numpy as np

    rng = np.random.default_rng(20260701)
    start = unix(at(date(2016, 1, 1), 0))
    end = unix(at(date(2026, 6, 30), 23))
    post_ts = np.sort(rng.integers(start, end, n_posts))
    hours = (post_ts + 9 * 3600) // 3600 % 24
    hour_w = np.array([0.5] * 7 + [0.8, 1.0, 0.9, 0.9, 1.0, 1.2, 1.0, 0.9, 0.9, 1.0, 1.0, 1.1, 1.2, 1.4,
                                    1.6, 1.3, 0.9])
    reach = (2000 * hour_w[hours] * rng.lognormal(0, 0.4, n_posts)).astype(int)
    weekday = ((post_ts + 9 * 3600) // 86400 + 3) % 7  # 1970-01-01 was a Thursday (3)
    weekday_w = np.array([0.9, 0.95, 1.0, 1.0, 0.95, 1.1, 1.3])
    # Likes per reach also peak in the evening and on Sunday: the best slot is 일요일 21시.
    likes = (reach * 0.08 * hour_w[hours] * weekday_w[weekday] * rng.lognormal(0, 0.2, n_posts)).astype(int)
    comments = rng.poisson(likes * 0.04)
    shares = rng.poisson(likes * 0.02)
    tags = ["뜨개질", "손뜨개", "뜨개스타그램", "수강생모집", "knitting", "코바늘", "대바늘", "뜨개팁", "일상", "실타래공방"]
    tag_idx = rng.integers(0, len(tags), (n_posts, 3))
    base = out / "your_instagram_activity" / "content"
    base.mkdir(parents=True, exist_ok=True)
    (out / "logged_information" / "past_instagram_insights").mkdir(parents=True, exist_ok=True)
    insights = []
    for part, lo in enumerate(range(0, n_posts, chunk), start=1):
        entries = []
        for i in range(lo, min(lo + chunk, n_posts)):
            caption = f"오늘의 뜨개 {i}번째 기록 🧶 " + " ".join("#" + tags[j] for j in tag_idx[i])
            uri = f"media/posts/{i:08d}.jpg"
            ts = int(post_ts[i])
            entries.append({"media": [{"uri": uri, "creation_timestamp": ts, "title": caption}]})
            insights.append({"media_map_data": {"Media Thumbnail": {"uri": uri, "creation_timestamp": ts}},
                             "string_map_data": {"Reach": {"value": str(reach[i])}, "Likes": {"value": str(likes[i])},
                                                 "Comments": {"value": str(comments[i])},
                                                 "Shares": {"value": str(shares[i])}}})
        (base / f"posts_{part}.json").write_bytes(meta_json(entries))
    (out / "logged_information" / "past_instagram_insights" / "posts.json").write_bytes(
        meta_json({"organic_insights_posts": insights}))
    del insights
    folder = out / "connections" / "followers_and_following"
    folder.mkdir(parents=True, exist_ok=True)
    f_ts = np.sort(rng.integers(start, end, n_followers))[::-1]
    for part, lo in enumerate(range(0, n_followers, chunk), start=1):
        # Written by hand (same layout as json.dumps(indent=2)) to keep 1M followers fast.
        chunks = []
        for i in range(lo, min(lo + chunk, n_followers)):
            chunks.append('  {\n    "title": "",\n    "media_list_data": [],\n    "string_list_data": [\n'
                          f'      {{\n        "href": "https://www.instagram.com/user{i:07d}",\n'
                          f'        "value": "user{i:07d}",\n        "timestamp": {int(f_ts[i])}\n'
                          '      }\n    ]\n  }')
        (folder / f"followers_{part}.json").write_text("[\n" + ",\n".join(chunks) + "\n]", encoding="ascii")
    return {"posts": n_posts, "followers": n_followers, "path": str(out)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT, help="where to write (default: datasets/)")
    parser.add_argument("--check", action="store_true", help="compare with the files on disk; write nothing")
    parser.add_argument("--heavy", type=Path, help="write a heavy Instagram export into this folder instead")
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--followers", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    if args.heavy:
        print(heavy(args.heavy, args.posts, args.followers))
        return 0
    files = build()
    if args.check:
        diff = differences(args.out, files)
        for line in diff:
            print(line, file=sys.stderr)
        if diff:
            print(f"{len(diff)} file(s) differ: run `python -m datasets.generate` and commit the result",
                  file=sys.stderr)
            return 1
        print(f"all {len(files)} sample files are up to date")
        return 0
    write(args.out, files)
    total = sum(len(b) for b in files.values())
    print(f"wrote {len(files)} files, {total / 1e6:.2f} MB, into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
