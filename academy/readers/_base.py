"""Shared machinery of the readers: errors, sources (file / folder / zip), decoding, the schema.

Every reader works on a :class:`Source` -- a file, a folder or a downloaded ``.zip`` seen as
``{relative posix path: bytes}`` -- so the same code reads an export however it arrives.
"""

from __future__ import annotations

import fnmatch
import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from academy.messages import say

SEOUL = "Asia/Seoul"
POST_COLUMNS = ["platform", "post_id", "posted_at", "text", "hashtags",
                "likes", "comments", "shares", "views", "reach"]
COUNT_COLUMNS = ["likes", "comments", "shares", "views", "reach"]
FOLLOWER_COLUMNS = ["platform", "date", "new_followers", "followers"]


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------
class ExportReadError(ValueError):
    """An export that cannot be read; the message (Korean) names the file, what was expected
    and what to do next. ``key`` is the message key (``readers.<key>``), handy in tests."""

    def __init__(self, key: str, file: str, **fields: Any):
        self.key = key
        self.file = file
        self.detail = ""  # for instructors: the underlying problem, if any
        super().__init__(say(f"readers.{key}", file=file, **fields))


def kind(name: str) -> str:
    """Korean name of a kind of export (``readers.kinds.<name>``)."""
    return say(f"readers.kinds.{name}")


# ---------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------
class Source:
    """A file, a folder or a zip, seen as relative posix names -> bytes.

    >>> src = Source(academy.data_path("youtube/studio_en"))          # doctest: +SKIP
    >>> src.find("*Table data.csv")                                   # doctest: +SKIP
    ['Table data.csv']
    """

    def __init__(self, path: str | Path, encoding: str | None = None):
        self.path = Path(path)
        self.encoding = encoding  # None: detect (UTF-8 with or without BOM, else CP949)
        self.label = str(path)
        self._zip: zipfile.ZipFile | None = None
        self._files: dict[str, Path] = {}
        self.opened: list[str] = []  # names a reader has read, in order (for Export.report())
        if not self.path.exists():
            raise ExportReadError("not_found", self.label)
        if self.path.is_dir():
            self.kind = "folder"
            for p in sorted(self.path.rglob("*")):
                if p.is_file() and not p.name.startswith("."):
                    self._files[p.relative_to(self.path).as_posix()] = p
        elif self.path.suffix.lower() in (".xlsx", ".xls", ".xlsm"):
            raise ExportReadError("not_text", self.label, kind=kind("excel"), expected=kind("csv"))
        elif self.path.suffix.lower() == ".zip" or zipfile.is_zipfile(self.path):
            self.kind = "zip"
            self._open_zip()
        else:
            self.kind = "file"
            self._files[self.path.name] = self.path

    def _open_zip(self) -> None:
        if self.path.stat().st_size == 0:
            raise ExportReadError("empty", self.label, expected="zip")
        try:
            zf = zipfile.ZipFile(self.path)
            infos = zf.infolist()
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise ExportReadError("zip_corrupt", self.label, detail=str(exc) or type(exc).__name__) from None
        if any(info.flag_bits & 0x1 for info in infos):
            raise ExportReadError("zip_encrypted", self.label)
        self._zip = zf
        self._names = [i.filename for i in infos if not i.is_dir() and not i.filename.startswith("__MACOSX/")
                       and not Path(i.filename).name.startswith(".")]

    def names(self) -> list[str]:
        return list(self._names) if self._zip is not None else list(self._files)

    def find(self, *patterns: str) -> list[str]:
        """Names matching any of the glob patterns (``*`` also crosses ``/``), in natural order."""
        found = [n for n in self.names() if any(fnmatch.fnmatchcase(n, p) for p in patterns)]
        return sorted(found, key=natural_key)

    def display(self, name: str) -> str:
        if self.kind == "file":
            return self.label
        return f"{self.label} › {name}"

    def read(self, name: str) -> bytes:
        if name not in self.opened:
            self.opened.append(name)
        if self._zip is not None:
            try:
                return self._zip.read(name)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
                raise ExportReadError("zip_corrupt", self.label, detail=str(exc)) from None
            except RuntimeError as exc:  # "File ... is encrypted, password required"
                raise ExportReadError("zip_encrypted", self.label) from exc
        return self._files[name].read_bytes()


    def text(self, name: str, file: str, expected: str) -> "Text":
        """The decoded text of ``name`` (see :func:`decode`)."""
        return decode(self.read(name), file, expected, self.encoding)


def natural_key(name: str) -> list:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name)]


# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------
MAGIC = [(b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"), (b"GIF8", "image"), (b"%PDF", "pdf"),
         (b"PK\x03\x04", "excel")]


@dataclass
class Text:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def decode(data: bytes, file: str, expected: str, encoding: str | None = None) -> Text:
    """Bytes -> text: BOM-aware UTF-8, falling back to CP949 (Korean Excel); clear errors."""
    if not data.strip():
        raise ExportReadError("empty", file, expected=expected)
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise ExportReadError("not_text", file, kind=kind(what), expected=expected)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            try:
                data.decode("cp949")
            except UnicodeDecodeError:
                raise ExportReadError("undecodable", file, expected=expected) from None
            raise ExportReadError("encoding_mismatch", file, encoding=encoding) from None
        return Text(text.lstrip("\ufeff"), encoding)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Text(data.decode("utf-16"), "utf-16")
    if b"\x00" in data[:4096]:
        raise ExportReadError("not_text", file, kind=kind("binary"), expected=expected)
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return Text(data[3:].decode("utf-8"), "utf-8-sig", [say("readers.note_bom")])
        except UnicodeDecodeError:
            pass
    try:
        return Text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return Text(data.decode("cp949"), "cp949", [say("readers.note_cp949")])
    except UnicodeDecodeError:
        raise ExportReadError("undecodable", file, expected=expected) from None


def load_json(text: str, file: str, expected: str) -> Any:
    """Parse JSON; a file cut short gets its own message (re-download), other damage another."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        tail = len(text.rstrip())
        # A file cut short fails at its very end, or inside a string that runs to the end
        # (JSON strings cannot hold raw newlines, so "unterminated" means "cut off").
        cut = exc.pos >= tail - 64 or exc.msg.startswith("Unterminated string")
        key = "truncated_json" if cut else "bad_json"
        raise ExportReadError(key, file, expected=expected, line=exc.lineno, column=exc.colno) from None


def read_table(text: str, file: str, expected: str) -> pd.DataFrame:
    """A CSV as strings (we parse numbers and dates ourselves, with Korean-aware rules)."""
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skip_blank_lines=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        detail = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise ExportReadError("bad_csv", file, detail=detail, expected=expected) from None
    df.columns = [str(c).strip().lstrip("\ufeff") for c in df.columns]
    return df


def require(df: pd.DataFrame, columns: Iterable[str], file: str, expected: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ExportReadError("missing_columns", file, expected=expected, missing=", ".join(missing),
                              found=", ".join(map(str, df.columns[:12])))


# ---------------------------------------------------------------------------------------------
# Repairs: mojibake, counts, Korean dates
# ---------------------------------------------------------------------------------------------
def fix_mojibake_text(s: str) -> str:
    """Undo Meta's mojibake on one string; idempotent (fixed or plain text passes unchanged).

    >>> fix_mojibake_text("\\u00ec\\u0095\\u0088\\u00eb\\u0085\\u0095")
    '안녕'
    >>> fix_mojibake_text("안녕")
    '안녕'
    """
    if not s or s.isascii():
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def fix_mojibake(value: Any) -> Any:
    """:func:`fix_mojibake_text` applied to every string inside lists and dicts."""
    if isinstance(value, str):
        return fix_mojibake_text(value)
    if isinstance(value, list):
        return [fix_mojibake(v) for v in value]
    if isinstance(value, dict):
        return {k: fix_mojibake(v) for k, v in value.items()}
    return value


_NUMBER_JUNK = re.compile(r"[,\s원%]")


def to_count(values, file: str = "", column: str = "") -> pd.Series:
    """``"1,234"``, ``"1,234원"``, ``"12"``, ``12``, ``""`` -> nullable integers (``Int64``)."""
    s = pd.Series(values, dtype=object) if not isinstance(values, pd.Series) else values
    if s.dtype.kind in "iu":
        return s.astype("Int64")
    try:  # fast path: plain digits (or None) need no cleaning
        return pd.to_numeric(s.where(s.notna() & (s.astype(str) != ""), None), errors="raise").astype("Int64")
    except (ValueError, TypeError):
        pass
    cleaned = s.astype(str).str.replace(_NUMBER_JUNK, "", regex=True)
    cleaned = cleaned.where(~cleaned.isin(["", "nan", "None", "<NA>", "-"]), None)
    out = pd.to_numeric(cleaned, errors="coerce")
    bad = out.isna() & cleaned.notna()
    if bad.any():
        raise ExportReadError("bad_value", file, column=column, expected="숫자",
                              value=str(s[bad].iloc[0])[:40])
    return out.round().astype("Int64")


def to_float(values, file: str = "", column: str = "") -> pd.Series:
    s = pd.Series(values, dtype=object).astype(str).str.replace(_NUMBER_JUNK, "", regex=True)
    s = s.where(s != "", None)
    out = pd.to_numeric(s, errors="coerce")
    return out.astype("Float64")


_KO_DT = re.compile(
    r"(?P<y>\d{4})\s*(?:년|[.\-/])\s*(?P<m>\d{1,2})\s*(?:월|[.\-/])\s*(?P<d>\d{1,2})\s*(?:일|\.)?"
    r"(?:\s*[월화수목금토일]요일)?"
    r"(?:\s*,?\s*(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"\s*(?P<ampm2>오전|오후|AM|PM|am|pm)?)?")


def parse_korean_datetime(values, file: str = "", column: str = "", tz: str = SEOUL) -> pd.Series:
    """Korean (and ISO) date-times -> tz-aware ``Asia/Seoul`` timestamps, vectorised.

    Understands ``2025년 12월 15일 오후 1:18``, ``2025. 12. 15. 오후 1:18``, ``2026-03-05 14:30``,
    ``2026. 3. 5.`` (midnight). 오전 12:05 is 00:05; 오후 12:30 is 12:30.

    >>> parse_korean_datetime(["2025. 1. 5. 오전 12:05", "2025년 1월 5일 오후 12:30"]).dt.strftime("%H:%M").tolist()
    ['00:05', '12:30']
    """
    s = pd.Series(values, dtype=object).astype(str).str.strip()
    parts = s.str.extract(_KO_DT)
    empty = s.isin(["", "nan", "None", "NaT"])
    bad = parts["y"].isna() & ~empty
    if bad.any():
        raise ExportReadError("bad_value", file, column=column, expected="날짜",
                              value=str(s[bad].iloc[0])[:40])
    hour = pd.to_numeric(parts["H"], errors="coerce").fillna(0).astype(int)
    ampm = parts["ampm"].fillna(parts["ampm2"]).str.upper()
    pm = ampm.isin(["오후", "PM"])
    am = ampm.isin(["오전", "AM"])
    hour = hour.where(~(pm & (hour < 12)), hour + 12)
    hour = hour.where(~(am & (hour == 12)), 0)
    frame = pd.DataFrame({
        "year": pd.to_numeric(parts["y"]), "month": pd.to_numeric(parts["m"]), "day": pd.to_numeric(parts["d"]),
        "hour": hour, "minute": pd.to_numeric(parts["M"], errors="coerce").fillna(0).astype(int),
        "second": pd.to_numeric(parts["S"], errors="coerce").fillna(0).astype(int)})
    try:
        out = pd.to_datetime(frame, errors="raise")
    except (ValueError, OverflowError):
        raise ExportReadError("bad_value", file, column=column, expected="날짜", value=str(s.iloc[0])[:40]) from None
    return out.dt.tz_localize(tz)


EN_MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], start=1)}


def from_unix(seconds) -> pd.Series:
    return pd.to_datetime(pd.Series(seconds, dtype="int64"), unit="s", utc=True).dt.tz_convert(SEOUL)


_HASHTAG = re.compile(r"(?<![0-9A-Za-z_&/\u3131-\u318E\uAC00-\uD7A3])#([0-9A-Za-z_\u3131-\u318E\uAC00-\uD7A3]+)")


def hashtags(text: str) -> list[str]:
    """Hashtags in a caption, without ``#``, in order: ``"#뜨개질 좋아요 #knitting"`` -> ['뜨개질', 'knitting'].

    Numbers alone are not hashtags (as on Instagram, X and YouTube): an episode number, a house
    number, a URL fragment or ``C#`` stay text.

    >>> hashtags("브이로그 #3 | 골목 맛집 #맛집 #2025 #3월의빵 EP#4 https://a.example/#top")
    ['맛집', '3월의빵']
    """
    return [t for t in _HASHTAG.findall(text or "") if not t.isdigit()]


# ---------------------------------------------------------------------------------------------
# The normalised tables
# ---------------------------------------------------------------------------------------------
def posts_frame(platform: str, columns: dict[str, Any], extra: dict[str, Any] | None = None) -> pd.DataFrame:
    """The one posts table: POST_COLUMNS first (counts ``Int64``, missing ones ``<NA>``),
    then platform-specific extras. Sorted by ``posted_at``."""
    n = len(columns["post_id"])
    data: dict[str, Any] = {"platform": pd.Series([platform] * n, dtype="string")}
    data["post_id"] = pd.Series(columns["post_id"], dtype="string")
    posted = pd.Series(columns["posted_at"]).reset_index(drop=True)
    data["posted_at"] = posted.astype(f"datetime64[ns, {SEOUL}]")
    text = pd.Series(columns.get("text", [""] * n), dtype="string").fillna("")
    data["text"] = text
    tags = columns.get("hashtags")
    data["hashtags"] = pd.Series(tags if tags is not None else [hashtags(t) for t in text.tolist()], dtype=object)
    for c in COUNT_COLUMNS:
        v = columns.get(c)
        data[c] = (pd.Series([pd.NA] * n, dtype="Int64") if v is None
                   else pd.Series(v).reset_index(drop=True).astype("Int64"))
    for k, v in (extra or {}).items():
        data[k] = pd.Series(v).reset_index(drop=True) if not isinstance(v, list) else pd.Series(v, dtype=object)
    df = pd.DataFrame(data)
    return df.sort_values(["posted_at", "post_id"], kind="stable").reset_index(drop=True)


def empty_posts(platform: str = "") -> pd.DataFrame:
    return posts_frame(platform, {"post_id": [], "posted_at": pd.Series([], dtype=f"datetime64[ns, {SEOUL}]")})


def follower_series(platform: str, when: pd.Series | None = None, daily_new: pd.Series | None = None,
                    totals: pd.Series | None = None) -> pd.DataFrame:
    """Followers per day: from follow timestamps (``when``), from daily net gains (``daily_new``,
    indexed by date) or from running totals (``totals``, indexed by date)."""
    if when is not None:
        if len(when) == 0:
            return empty_followers(platform)
        local = when.dt.tz_convert(SEOUL).dt.tz_localize(None).dt.normalize()
        daily_new = local.value_counts().sort_index()
    if daily_new is not None:
        daily_new = daily_new.groupby(level=0).sum().sort_index()
        full = pd.date_range(daily_new.index.min(), daily_new.index.max(), freq="D")
        new = daily_new.reindex(full, fill_value=0).astype("int64")
        total = new.cumsum()
    elif totals is not None:
        total = totals.groupby(level=0).last().sort_index().astype("int64")
        new = total.diff().fillna(0).astype("int64")
    else:
        return empty_followers(platform)
    return pd.DataFrame({"platform": pd.Series([platform] * len(total), dtype="string"),
                         "date": pd.DatetimeIndex(total.index).as_unit("ns"),
                         "new_followers": new.to_numpy().astype("int64"),
                         "followers": total.to_numpy().astype("int64")}).astype(
        {"new_followers": "Int64", "followers": "Int64"})


def empty_followers(platform: str = "") -> pd.DataFrame:
    return pd.DataFrame({"platform": pd.Series([], dtype="string"), "date": pd.Series([], dtype="datetime64[ns]"),
                         "new_followers": pd.Series([], dtype="Int64"), "followers": pd.Series([], dtype="Int64")})


@dataclass
class Export:
    """One read export: the normalised posts table, the follower series and anything else.

    ``platform`` e.g. ``"instagram"``; ``format`` e.g. ``"instagram-json"``; ``tables`` holds
    platform-specific tables (``"comments"``, ``"daily_views"``, ``"sales"`` ...); ``notes``
    lists the repairs made, in Korean.
    """

    platform: str
    format: str
    source: str
    posts: pd.DataFrame
    followers: pd.DataFrame
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    read_files: list[str] = field(default_factory=list)     # files inside the source that were read
    skipped_files: list[str] = field(default_factory=list)  # files inside the source that were not

    def report(self) -> str:
        """What was read and what was skipped, in Korean, for the caller to print.

        >>> from academy import data_path
        >>> from academy.readers import read_export
        >>> print(read_export(data_path("youtube/studio_en")).report())   # doctest: +ELLIPSIS
        📦 읽은 결과 — YouTube 스튜디오 내보내기: ...studio_en
        - 게시물(행) 147개: 2024년 7월 6일 ~ 2026년 6월 30일
        ...
        - 읽은 파일 3개: Table data.csv, Chart data.csv, Totals.csv
        - 맨 위의 'Total' 행(전체 합계)을 데이터에서 뺐어요.
        """
        lines = [say("readers.report.title", kind=kind(self.platform) if self.platform in _KINDS else self.platform,
                     source=self.source)]
        when = self.posts["posted_at"].dropna() if "posted_at" in self.posts else pd.Series([], dtype=object)
        if len(when):
            lines.append(say("readers.report.posts", count=f"{len(self.posts):,}", first=_ko_date(when.min()),
                             last=_ko_date(when.max())))
        elif len(self.posts) or not self.tables:
            lines.append(say("readers.report.posts_plain", count=f"{len(self.posts):,}"))
        if len(self.followers):
            lines.append(say("readers.report.followers", count=f"{len(self.followers):,}"))
        for name, table in sorted(self.tables.items()):
            lines.append(say("readers.report.table", name=name, count=f"{len(table):,}"))
        if self.read_files:
            lines.append(say("readers.report.read", count=len(self.read_files), files=_some(self.read_files)))
        if self.skipped_files:
            media = [n for n in self.skipped_files if n.lower().endswith(MEDIA_SUFFIXES)]
            other = [n for n in self.skipped_files if n not in media]
            if other:
                lines.append(say("readers.report.skipped", count=len(other), files=_some(other)))
            if media:
                lines.append(say("readers.report.skipped_media", count=len(media)))
        for note in self.notes:
            lines.append(f"- {note}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return (f"Export(platform={self.platform!r}, format={self.format!r}, posts={len(self.posts)}, "
                f"followers={len(self.followers)} days, tables={sorted(self.tables)}, source={self.source!r})")


_KINDS = {"instagram", "facebook", "x", "youtube", "kakaotalk", "kakao_channel", "naver_blog",
          "citizen_comments", "sales"}
MEDIA_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".m4a", ".mp3", ".srt",
                  ".html", ".css")


def _ko_date(ts: pd.Timestamp) -> str:
    return f"{ts.year}년 {ts.month}월 {ts.day}일"


def _some(names: list[str], limit: int = 6) -> str:
    shown = ", ".join(names[:limit])
    return shown if len(names) <= limit else say("readers.report.and_more", shown=shown, rest=len(names) - limit)


def dedupe(notes: list[str]) -> list[str]:
    out: list[str] = []
    for n in notes:
        if n not in out:
            out.append(n)
    return out


__all__ = ["ExportReadError", "Source", "Export", "decode", "load_json", "read_table", "require",
           "fix_mojibake", "fix_mojibake_text", "to_count", "to_float", "parse_korean_datetime",
           "from_unix", "hashtags", "posts_frame", "empty_posts", "follower_series", "empty_followers",
           "kind", "dedupe", "SEOUL", "POST_COLUMNS", "FOLLOWER_COLUMNS", "EN_MONTHS"]
