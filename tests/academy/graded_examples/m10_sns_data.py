"""Wrong answers for 10-sns-data's graded set: ``WRONG[name][i]`` shows mistake ``i``."""

import json
import zipfile
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pandas as pd

from academy import readers
from academy.readers import hashtags as find_hashtags

SEOUL = ZoneInfo("Asia/Seoul")
POST_COLUMNS = list(readers.POST_COLUMNS)
MBS_COLUMNS = {"Post ID": "post_id", "Description": "text", "Publish time": "posted_at",
               "Likes": "likes", "Comments": "comments", "Shares": "shares", "Views": "views", "Reach": "reach"}


def _fix_text(s):
    try:
        return s.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return s


def _fix_one_level(value):
    if isinstance(value, str):
        return _fix_text(value)
    if isinstance(value, list):
        return [_fix_text(v) if isinstance(v, str) else v for v in value]
    if isinstance(value, dict):
        return {k: _fix_text(v) if isinstance(v, str) else v for k, v in value.items()}
    return value


def _fix_all_no_return_for_dict(value):
    if isinstance(value, str):
        return _fix_text(value)
    if isinstance(value, list):
        return [_fix_all_no_return_for_dict(v) for v in value]
    if isinstance(value, dict):
        {k: _fix_all_no_return_for_dict(v) for k, v in value.items()}


def _fix_all_strs_everything(value):
    if isinstance(value, list):
        return [_fix_all_strs_everything(v) for v in value]
    if isinstance(value, dict):
        return {k: _fix_all_strs_everything(v) for k, v in value.items()}
    return _fix_text(str(value))


def _instagram_rows(zip_path, *, fix=_fix_text, tz=SEOUL):
    with zipfile.ZipFile(zip_path) as zf:
        name = [n for n in zf.namelist() if n.endswith("/posts_1.json")][0]
        posts = json.loads(zf.read(name).decode("utf-8"))
    rows = []
    for entry in posts:
        first = entry["media"][0]
        text = fix(entry.get("title", "") or first.get("title", ""))
        seconds = entry.get("creation_timestamp", first["creation_timestamp"])
        when = datetime.fromtimestamp(seconds, tz=tz) if tz is not None else datetime.fromtimestamp(seconds)
        rows.append(["instagram", first["uri"].split("/")[-1].split(".")[0], when, text, find_hashtags(text),
                     None, None, None, None, None])
    return rows


def _zip_with_reference(zip_path):
    return readers.read_instagram(zip_path).posts[POST_COLUMNS]


def _zip_printed(zip_path):
    print(pd.DataFrame(_instagram_rows(zip_path), columns=POST_COLUMNS))


def _zip_rows_list(zip_path):
    return _instagram_rows(zip_path)


def _zip_korean_columns(zip_path):
    return pd.DataFrame(_instagram_rows(zip_path), columns=["플랫폼", "번호", "시각", "글", "해시태그",
                                                           "좋아요", "댓글", "공유", "조회", "도달"])


def _zip_naive_time(zip_path):
    return pd.DataFrame(_instagram_rows(zip_path, tz=None), columns=POST_COLUMNS)


def _zip_utc(zip_path):
    return pd.DataFrame(_instagram_rows(zip_path, tz=timezone.utc), columns=POST_COLUMNS)


def _zip_mojibake(zip_path):
    return pd.DataFrame(_instagram_rows(zip_path, fix=lambda s: s), columns=POST_COLUMNS)


def _mbs(csv_path, *, tz="Asia/Seoul", dtype=None):
    table = pd.read_csv(csv_path, encoding="utf-8-sig", dtype=dtype).rename(columns=MBS_COLUMNS)
    when = pd.to_datetime(table["posted_at"], format="%m/%d/%Y %H:%M")
    table["posted_at"] = when.dt.tz_localize(tz) if tz else when
    table["platform"] = "instagram"
    table["text"] = table["text"].fillna("")
    table["hashtags"] = [find_hashtags(text) for text in table["text"]]
    for column in POST_COLUMNS:
        if column not in table.columns:
            table[column] = None
    return table[POST_COLUMNS]


def _mbs_with_reference(csv_path):
    return readers.read_export(csv_path).posts


def _mbs_no_return(csv_path):
    _mbs(csv_path)


WRONG = {
    "fix_text": [
        lambda s: s.encode("latin-1").decode("utf-8"),
        lambda s: s,
    ],
    "fix_all": [
        _fix_all_no_return_for_dict,
        _fix_one_level,
        _fix_all_strs_everything,
    ],
    "caption_of": [
        lambda entry: _fix_text(entry["media"][0].get("title", "")),
        lambda entry: entry.get("title", "") or entry["media"][0].get("title", ""),
    ],
    "posted_at_of": [
        lambda entry: entry.get("creation_timestamp", entry["media"][0]["creation_timestamp"]),
        lambda entry: datetime.fromtimestamp(entry.get("creation_timestamp", entry["media"][0]["creation_timestamp"])),
        lambda entry: datetime.fromtimestamp(entry.get("creation_timestamp", entry["media"][0]["creation_timestamp"]),
                                             tz=timezone.utc),
    ],
    "read_instagram_zip": [
        _zip_with_reference,
        _zip_printed,
        _zip_rows_list,
        _zip_korean_columns,
        _zip_naive_time,
        _zip_utc,
        _zip_mojibake,
    ],
    "read_business_suite": [
        _mbs_with_reference,
        _mbs_no_return,
        lambda csv_path: _mbs(csv_path).values.tolist(),
        lambda csv_path: pd.read_csv(csv_path, encoding="utf-8-sig").rename(columns=MBS_COLUMNS),
        lambda csv_path: _mbs(csv_path, tz=None),
        lambda csv_path: _mbs(csv_path, tz="UTC"),
        lambda csv_path: _mbs(csv_path, dtype=str),
    ],
}
