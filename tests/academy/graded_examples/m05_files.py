"""Wrong answers for 05-files' graded set: ``WRONG[name][i]`` shows mistake ``i``."""

import csv
import io
import json
from datetime import datetime
from pathlib import Path


def _to_24h(ampm, hour):
    return hour % 12 + (12 if ampm == "오후" else 0)


def _parse_with_hour(line, hour_of, split_once=True):
    if not line[:1].isdigit() or ", " not in line or " : " not in line:
        return None
    when, rest = line.split(", ", 1)
    name, text = rest.split(" : ", 1) if split_once else rest.split(" : ")
    year, month, day, ampm, clock = when.split()
    hour, minute = clock.split(":")
    time = datetime(int(year[:-1]), int(month[:-1]), int(day[:-1]), hour_of(ampm, int(hour)), int(minute))
    return {"time": time, "name": name, "text": text}


def _parse_time_as_text(line):
    if not line[:1].isdigit() or ", " not in line or " : " not in line:
        return None
    when, rest = line.split(", ", 1)
    name, text = rest.split(" : ", 1)
    return {"time": when, "name": name, "text": text}


def _parse_every_line(line):
    when, rest = line.split(", ", 1)
    name, text = rest.split(" : ", 1)
    year, month, day, ampm, clock = when.split()
    hour, minute = clock.split(":")
    time = datetime(int(year[:-1]), int(month[:-1]), int(day[:-1]), _to_24h(ampm, int(hour)), int(minute))
    return {"time": time, "name": name, "text": text}


def _saver(encoding, header=True):
    def save(rows, filename):
        with open(filename, "w", encoding=encoding, newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            if header:
                writer.writeheader()
            writer.writerows(rows)
        return Path(filename)
    return save


def _posts(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["organic_insights_posts"]


def _first_line(path, encoding):
    with open(path, encoding=encoding) as f:
        return f.readline()


WRONG = {
    "sales_rows": [
        "영수증번호,판매일자\n",
        csv.DictReader(io.StringIO("a,b\n1,2\n")),
        [["영수증번호", "품목"], ["20250902-00001", "바게트"]],
        [{"\ufffd\ufffd\ufffd": "1"}],
        [],
    ],
    "metric_values": [
        lambda path, metric: [p["string_map_data"].get(metric, {"value": "0"})["value"] for p in _posts(path)],
        lambda path, metric: [int(p["string_map_data"][metric]["value"]) for p in _posts(path)],
        lambda path, metric: [int(p["string_map_data"].get("Likes", {"value": "0"})["value"]) for p in _posts(path)],
        lambda path, metric: [int(p["string_map_data"][metric]["value"]) for p in _posts(path) if metric in p["string_map_data"]],
    ],
    "room_name": [
        lambda path: _first_line(path, "utf-8").strip().replace(" 님과 카카오톡 대화", ""),
        lambda path: _first_line(path, "utf-8-sig").strip(),
        lambda path: _first_line(path, "utf-8-sig").replace(" 님과 카카오톡 대화", ""),
    ],
    "save_for_excel": [_saver("utf-8"), _saver("cp949"), _saver("utf-8-sig", header=False)],
    "to_24h": [
        lambda ampm, hour: hour + 12 if ampm == "오후" else hour,
        lambda ampm, hour: hour,
        lambda ampm, hour: hour + 12 if ampm == "오후" and hour != 12 else hour,
        lambda ampm, hour: str(hour),
    ],
    "parse_kakao_line": [
        lambda line: _parse_with_hour(line, _to_24h, split_once=False),
        _parse_time_as_text,
        lambda line: _parse_with_hour(line, lambda ampm, hour: hour),
        lambda line: _parse_with_hour(line, lambda ampm, hour: hour + 12 if ampm == "오후" and hour != 12 else hour),
        lambda line: {"time": None, "name": "", "text": line},
        _parse_every_line,
        lambda line: None if not line[:1].isdigit() or " : " not in line else tuple(line.split(" : ", 1)),
    ],
}
