"""KakaoTalk chat exports: mobile (``2025년 12월 15일 오후 1:18, 이름 : 내용``), dotted
(``2024. 1. 5. 오후 3:12, 이름 : 내용``), Windows PC (date separator lines, ``[이름] [오전 9:23] 내용``)
and the Mac CSV (``Date,User,Message``). One row per message; continuation lines are joined."""

from __future__ import annotations

import re

import pandas as pd

from academy.messages import say
from academy.readers._base import (
    Export, ExportReadError, Source, empty_followers, kind, parse_korean_datetime, posts_frame,
    read_table,
)

_AMPM = r"(?P<ampm>오전|오후) (?P<H>\d{1,2}):(?P<M>\d{2})"
# A message is "<time>, 이름 : 내용"; a system line (someone joined or left) is "<time>, 홍길동님이
# 들어왔습니다." or, in the dotted (iPhone) form, "<time>: 홍길동님이 들어왔습니다."
MOBILE = re.compile(r"^(?P<y>\d{4})년 (?P<m>\d{1,2})월 (?P<d>\d{1,2})일 " + _AMPM + r"[,:] (?P<rest>.*)$")
DOTTED = re.compile(r"^(?P<y>\d{4})\. (?P<m>\d{1,2})\. (?P<d>\d{1,2})\.? " + _AMPM + r"[,:] (?P<rest>.*)$")
PC_DATE = re.compile(r"^-{3,} (?P<y>\d{4})년 (?P<m>\d{1,2})월 (?P<d>\d{1,2})일 \S+ -{3,}$")
PC_MSG = re.compile(r"^\[(?P<who>[^\]]+)\] \[" + _AMPM + r"\] (?P<text>.*)$")
DAY_LINE = re.compile(r"^\d{4}(?:년 |\. )\d{1,2}(?:월 |\. )\d{1,2}(?:일|\.) [월화수목금토일]요일$")
SYSTEM_ENDINGS = ("님이 들어왔습니다.", "님이 나갔습니다.", "님을 초대했습니다.", "님을 내보냈습니다.",
                  "채팅방 관리자가 메시지를 가렸습니다.")
HEADER = re.compile(r"^(?P<room>.*) 님과 카카오톡 대화$")


def detect_variant(text: str) -> str | None:
    lines = text.splitlines()[:200]
    if any(PC_DATE.match(x) for x in lines) or any(PC_MSG.match(x) for x in lines):
        return "pc"
    if any(MOBILE.match(x) for x in lines):
        return "mobile"
    if any(DOTTED.match(x) for x in lines):
        return "dotted"
    first = lines[0].lstrip("\ufeff") if lines else ""
    if first.replace(" ", "") in ("Date,User,Message",):
        return "mac"
    return None


def _stamp(y, m, d, ampm, h, mi) -> str:
    return f"{y}-{int(m):02d}-{int(d):02d} {ampm} {h}:{mi}"


def read_kakaotalk(src: Source, name: str) -> Export:
    file = src.display(name)
    expected = kind("kakaotalk")
    t = src.text(name, file, expected)
    text = t.text.lstrip("\ufeff")
    variant = detect_variant(text)
    if variant is None:
        raise ExportReadError("no_messages", file)
    rows: list[list] = []  # [stamp, author, text, is_system]
    room = ""
    if variant == "mac":
        df = read_table(text, file, expected)
        for _, r in df.iterrows():
            rows.append([r["Date"], r["User"], r["Message"], r["User"] == ""])
    else:
        day = None
        for line in text.splitlines():
            if not rows and not room:
                h = HEADER.match(line)
                if h:
                    room = h.group("room")
                    continue
            if variant == "pc":
                dm = PC_DATE.match(line)
                if dm:
                    day = (dm["y"], dm["m"], dm["d"])
                    continue
                mm = PC_MSG.match(line)
                if mm and day:
                    rows.append([_stamp(*day, mm["ampm"], mm["H"], mm["M"]), mm["who"], mm["text"], False])
                    continue
                if day and line.endswith(SYSTEM_ENDINGS):
                    rows.append([_stamp(*day, "오전", "12", "00"), "", line, True])
                    continue
            else:
                mm = (MOBILE if variant == "mobile" else DOTTED).match(line)
                if mm:
                    rest = mm["rest"]
                    stamp = _stamp(mm["y"], mm["m"], mm["d"], mm["ampm"], mm["H"], mm["M"])
                    if " : " in rest:
                        who, msg = rest.split(" : ", 1)
                        rows.append([stamp, who, msg, False])
                    else:
                        rows.append([stamp, "", rest, True])
                    continue
                if DAY_LINE.match(line):
                    continue
                if rows and line.endswith(SYSTEM_ENDINGS):
                    # A system line without its own time: a row of its own (at the time of the line
                    # before), never glued onto the previous person's message.
                    rows.append([rows[-1][0], "", line, True])
                    continue
            if rows and not line.startswith("저장한 날짜 :"):
                rows[-1][2] += "\n" + line  # a continuation line of a multi-line message
        for r in rows:  # blank lines between days are not part of the messages
            r[2] = r[2].rstrip("\n")
    if not rows:
        raise ExportReadError("no_messages", file)
    notes = list(t.notes)
    system = sum(1 for r in rows if r[3])
    if system:
        notes.append(say("readers.note_system_lines", count=system))
    frame = pd.DataFrame(rows, columns=["stamp", "author", "text", "is_system"])
    posted = parse_korean_datetime(frame["stamp"], file, "날짜")
    posts = posts_frame("kakaotalk", {"post_id": [str(i) for i in range(1, len(frame) + 1)], "posted_at": posted,
                                      "text": frame["text"].tolist()},
                        extra={"author": frame["author"].astype("string"),
                               "is_system": frame["is_system"].astype("boolean")})
    # post_id is the message number in the file; keep file order for equal times.
    posts = posts.sort_values(["posted_at"], kind="stable").reset_index(drop=True)
    return Export("kakaotalk", f"kakaotalk-{variant}", src.label, posts, empty_followers("kakaotalk"),
                  {"room": pd.DataFrame({"room": [room]})}, notes)
