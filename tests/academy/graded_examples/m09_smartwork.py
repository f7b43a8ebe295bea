"""Wrong answers for 09-smartwork's graded set: ``WRONG[name][i]`` shows mistake ``i``."""

import html
import re
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser

SEOUL = ZoneInfo("Asia/Seoul")


def _published_only(entry):
    return datetime(*entry["published_parsed"][:6], tzinfo=timezone.utc).astimezone(SEOUL)


def _no_updated(entry):
    parsed = entry.get("published_parsed")
    if parsed is None:
        return None
    return datetime(*parsed[:6], tzinfo=timezone.utc).astimezone(SEOUL)


def _time_with(make):
    def seoul_time(entry):
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed is None:
            return None
        return make(parsed)
    return seoul_time


def _feed(path, keep=lambda entry: entry.get("title") and entry.get("link"), clean=None, item=None):
    items = []
    for entry in feedparser.parse(path).entries:
        if not keep(entry):
            continue
        title = clean(entry.title) if clean else html.unescape(re.sub(r"<[^>]+>", "", entry.title)).strip()
        items.append(item(title, entry) if item else {"title": title, "link": entry.link, "time": None})
    return items


def _read_attribute_access(path):
    return [{"title": e.title, "link": e.link, "time": None} for e in feedparser.parse(path).entries]


def _found(match, keep=lambda keyword: keyword):
    def found_keywords(text, keywords):
        return [keep(k) for k in keywords if match(text, k)]
    return found_keywords


def _dedupe(same):
    def remove_duplicates(items):
        unique = []
        for item in items:
            if not any(same(item, kept) for kept in unique):
                unique.append(item)
        return unique
    return remove_duplicates


def _key(title):
    return "".join([ch for ch in title.lower() if ch.isalnum()])


def _keep_last(items):
    unique = []
    for item in items:
        unique = [kept for kept in unique if kept["link"] != item["link"] and _key(kept["title"]) != _key(item["title"])]
        unique.append(item)
    return unique


def _clippings(mode="a", skip_none=True, make_folder=True, name=None, line=None, newline="\n", check=True, count_all=False):
    def save_clippings(items, folder):
        folder = Path(folder)
        if make_folder:
            folder.mkdir(parents=True, exist_ok=True)
        added = 0
        for item in items:
            when = item["time"]
            if when is None and skip_none:
                continue
            note = folder / (name(when) if name else when.strftime("%Y-%m-%d") + ".md")
            text = line(item) if line else f"- {when.strftime('%H:%M')} [{item['title']}]({item['link']})"
            old = note.read_text(encoding="utf-8").splitlines() if note.exists() else []
            if check and text in old:
                if count_all:
                    added += 1
                continue
            with open(note, mode, encoding="utf-8") as f:
                f.write(text + newline)
            added += 1
        return added
    return save_clippings


def _undated_file(items, folder):
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for item in items:
        when = item["time"]
        day = when.strftime("%Y-%m-%d") if when else "None"
        line = f"- {when.strftime('%H:%M') if when else ''} [{item['title']}]({item['link']})"
        with open(folder / (day + ".md"), "a", encoding="utf-8") as f:
            f.write(line + "\n")
    return len(items)


def _append_lost(items, folder):
    """Rewrites each day's note with this run's lines only ('w' per call, not per line)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    days = {}
    for item in items:
        if item["time"] is not None:
            days.setdefault(item["time"].strftime("%Y-%m-%d"), []).append(item)
    added = 0
    for day, day_items in days.items():
        note = folder / (day + ".md")
        old = note.read_text(encoding="utf-8").splitlines() if note.exists() else []
        lines = [f"- {i['time'].strftime('%H:%M')} [{i['title']}]({i['link']})" for i in day_items]
        new = [line for line in lines if line not in old]
        note.write_text("".join(line + "\n" for line in sorted(set(old) | set(lines))), encoding="utf-8")
        added += len(new)
    return added


WRONG = {
    "seoul_time": [
        _published_only,
        _no_updated,
        _time_with(lambda p: datetime(*p[:6])),
        _time_with(lambda p: datetime(*p[:6], tzinfo=timezone.utc)),
        _time_with(lambda p: datetime(*p[:6], tzinfo=SEOUL)),
        _time_with(lambda p: datetime(*p[:6], tzinfo=timezone.utc).astimezone(SEOUL).strftime("%Y-%m-%d %H:%M")),
    ],
    "read_feed": [
        _read_attribute_access,
        lambda path: [{"title": html.unescape(re.sub(r"<[^>]+>", "", e.get("title", ""))).strip(),
                       "link": e.get("link"), "time": None} for e in feedparser.parse(path).entries],
        lambda path: _feed(path, item=lambda t, e: {"title": t, "link": e.link}),
        lambda path: _feed(path, clean=lambda t: html.unescape(t).strip()),
        lambda path: _feed(path, clean=lambda t: re.sub(r"<[^>]+>", "", t).strip()),
    ],
    "found_keywords": [
        lambda text, keywords: any(k.lower() in text.lower() for k in keywords),
        _found(lambda text, k: k.lower() in text.lower().split()),
        _found(lambda text, k: k in text),
        _found(lambda text, k: k.lower() in text.lower(), keep=lambda k: k.lower()),
    ],
    "remove_duplicates": [
        _dedupe(lambda a, b: a["link"] == b["link"]),
        _dedupe(lambda a, b: a["link"] == b["link"] or a["title"] == b["title"]),
        _dedupe(lambda a, b: _key(a["title"]) == _key(b["title"])),
        _keep_last,
    ],
    "newest_first": [
        lambda items: sorted(items, key=lambda item: item["time"], reverse=True),
        lambda items: sorted([i for i in items if i["time"] is not None], key=lambda i: i["time"])
        + [i for i in items if i["time"] is None],
        lambda items: sorted([i for i in items if i["time"] is not None], key=lambda i: i["time"], reverse=True),
        lambda items: [i for i in items if i["time"] is None]
        + sorted([i for i in items if i["time"] is not None], key=lambda i: i["time"], reverse=True),
    ],
    "save_clippings": [
        lambda items, folder: 0,
        _undated_file,
        _clippings(name=lambda when: when.astimezone(timezone.utc).strftime("%Y-%m-%d") + ".md"),
        _clippings(newline=""),
        _clippings(line=lambda item: f"- [{item['title']}]({item['link']})"),
        _clippings(check=False),
        _clippings(mode="w"),
        _clippings(count_all=True),
        _append_lost,
    ],
}
