"""Enrolment sheet -> accounts: the CSV a district office exports from Excel.

Excel saves "CSV (쉼표로 분리)" in CP949 and "CSV UTF-8" with a byte-order mark; both are read.
The header row is Korean; only a name and a login id are needed, other columns (연락처, 비고, ...)
are ignored and never stored. A bad row gets a Korean message naming its row (as Excel numbers
it) and is skipped; the good rows are still registered.

    이름,아이디,연락처           ->  Row(line=2, name="kim01", full_name="김민지", role="learner")
    김민지,kim01,010-1234-5678
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from academy.district import is_username
from academy.messages import say

COLUMNS = {
    "full_name": ("이름", "성명", "수강생명", "성함"),
    "name": ("아이디", "ID", "id", "로그인 아이디", "계정"),
    "role": ("구분", "역할"),
}
INSTRUCTOR_WORDS = ("강사", "instructor", "교사")


class SheetError(ValueError):
    """The whole sheet is unusable (encoding, header); the message says how to fix it."""


@dataclass(frozen=True)
class Row:
    line: int
    name: str
    full_name: str
    role: str = "learner"


@dataclass
class Report:
    accounts: list = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_text(path: Path) -> str:
    raw = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SheetError(say("hub.sheet_encoding", sheet=Path(path).name))


def parse_sheet(path: Path) -> tuple[list[Row], list[str]]:
    """Good rows and one Korean message per bad row."""
    sheet = Path(path).name
    reader = csv.reader(io.StringIO(read_text(path)))
    header = [h.strip() for h in next(reader, [])]
    where: dict[str, int] = {}
    for key, aliases in COLUMNS.items():
        for i, title in enumerate(header):
            if title in aliases:
                where[key] = i
                break
    for key in ("full_name", "name"):
        if key not in where:
            raise SheetError(say("hub.sheet_missing_column", sheet=sheet, column=COLUMNS[key][0],
                                 found=", ".join(header) or "(없음)"))
    rows, problems, seen = [], [], set()
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        cell = (lambda key: cells[where[key]].strip() if key in where and where[key] < len(cells) else "")
        full_name, name = cell("full_name"), cell("name").lower()
        if not full_name:
            problem = say("hub.sheet_empty_name")
        elif not is_username(name):
            problem = say("hub.sheet_bad_name", name=cell("name"))
        elif name in seen:
            problem = say("hub.sheet_duplicate", name=name)
        else:
            seen.add(name)
            role = "instructor" if any(w in cell("role") for w in INSTRUCTOR_WORDS) else "learner"
            rows.append(Row(line=line, name=name, full_name=full_name, role=role))
            continue
        problems.append(say("hub.sheet_bad_row", sheet=sheet, row=line, problem=problem))
    return rows, problems


def names_in_gradebook(settings: dict[str, Any], rows: list[Row]) -> None:
    """Show learners by their Korean names in formgrader (nbgrader's gradebook)."""
    from nbgrader.api import Gradebook

    from academy.database import gradebook_url
    from academy.layout import ensure_tools_on_path

    learners = [r for r in rows if r.role == "learner"]
    if not learners:
        return
    # A new gradebook (nbgrader runs `alembic` to stamp it) also from `.venv/bin/academy` off PATH.
    ensure_tools_on_path()
    with Gradebook(gradebook_url(settings), settings["district"]["course_id"]) as gradebook:
        for row in learners:
            # Korean names: family name first; nbgrader shows "last, first".
            gradebook.update_or_create_student(row.name, last_name=row.full_name[:1], first_name=row.full_name[1:])


def import_sheet(settings: dict[str, Any], path: Path, *, api=None) -> Report:
    """Create every good row's account (Unix account, login, groups); return slips data + problems."""
    from academy.hub.people import HubAPI, add_user

    rows, problems = parse_sheet(path)
    api = api or HubAPI(settings)
    report = Report(problems=problems)
    for row in rows:
        report.accounts.append(add_user(settings, row.name, role=row.role, full_name=row.full_name, api=api))
    names_in_gradebook(settings, rows)
    return report
