"""13-social-admin: what the district publishes holds no citizen's personal data.

The lesson publishes an Excel CSV and a dashboard HTML (papermill + nbconvert) from the June comment
box; the exercise's graded ``anonymise`` is the function learners write for it. Both are checked
against every name, handle, phone number and e-mail of the raw sample file.
"""

from __future__ import annotations

import re
import shutil

import nbformat
import pandas as pd
import pytest

from academy import data_path
from academy.exercises.m13_social_admin import EMAIL, HANDLE, PERSONAL_COLUMNS, PHONE, exercise
from academy.exercises.seal import run_reference
from academy.layout import curriculum_dir
from tests.academy.graded_examples.m13_social_admin import WRONG

BOX = "district/comment_box_2026-06.csv"


def raw_box() -> pd.DataFrame:
    return pd.read_csv(data_path(BOX), encoding="utf-8-sig", dtype=str)


def personal_values(box: pd.DataFrame) -> list[str]:
    """Every personal value of the raw file: column values (a phone also without hyphens) and
    the handles, e-mails and phone numbers written inside 내용."""
    values = {v for c in PERSONAL_COLUMNS for v in box[c].dropna() if v}
    values |= {v.replace("-", "") for v in box["연락처"].dropna() if v}
    for text in box["내용"]:
        values |= set(re.findall(EMAIL, text)) | set(re.findall(PHONE, text))
        values |= {h.lstrip("@") for h in re.findall(HANDLE, text)}
    values |= {v.split("@")[0] for v in list(values) if re.fullmatch(EMAIL, v)}   # an e-mail's user part alone
    return sorted(values)


def leaks(text: str, values: list[str]) -> list[str]:
    return [v for v in values if v in text]


def test_the_sample_really_carries_personal_data_in_columns_and_text():
    box = raw_box()
    values = personal_values(box)
    inside = [t for t in box["내용"] if leaks(t, values)]
    assert len(values) > 80 and len(inside) > 20, "the lesson and the leak test need personal data to remove"
    assert any(re.search(r"01\d{9}", t) for t in box["내용"]), "phone numbers without hyphens are in the text"
    assert set(box["채널"]) >= {"인스타그램", "페이스북"}


def test_the_reference_anonymise_leaves_no_personal_value():
    anonymise = run_reference("13-social-admin")["anonymise"]
    box = raw_box()
    public = anonymise(box)
    assert not set(PERSONAL_COLUMNS) & set(public.columns)
    assert list(public.columns) == [c for c in box.columns if c not in PERSONAL_COLUMNS]
    assert leaks(public.to_csv(index=False), personal_values(box)) == []
    assert exercise.anonymise.evaluate(anonymise).kind == "correct"


@pytest.mark.parametrize("number", range(len(WRONG["anonymise"])))
def test_each_wrong_anonymise_leaks_or_keeps_a_column_and_is_told(number):
    """The leak check is not vacuous: every wrong example leaves personal data behind (a kept
    column, a name, a hyphen-less phone, an e-mail's user part) and the check names the cause."""
    wrong = WRONG["anonymise"][number]
    box = raw_box()
    public = wrong(box)
    assert set(PERSONAL_COLUMNS) & set(public.columns) or leaks(public.to_csv(index=False), personal_values(box))
    outcome = exercise.anonymise.evaluate(wrong)
    assert outcome.kind == "incorrect"
    assert exercise.anonymise.mistakes[number].say in outcome.message


@pytest.mark.slow
def test_the_published_csv_and_dashboard_hold_no_citizen_data(tmp_path):
    """Run the lesson as a learner would (a private copy of the module folder), then read what it
    publishes: the utf-8-sig CSV and the code-free dashboard HTML with its chart embedded."""
    from nbclient import NotebookClient

    folder = tmp_path / "13-social-admin"
    shutil.copytree(curriculum_dir() / "13-social-admin", folder)
    notebook = nbformat.read(folder / "lesson.ipynb", as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute()

    csv_bytes = (folder / "published" / "민원_2026-06.csv").read_bytes()
    html = (folder / "published" / "민원_대시보드_2026-06.html").read_text(encoding="utf-8")
    assert csv_bytes.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read Korean"
    published = csv_bytes.decode("utf-8-sig")
    assert "야시장 또 열어 주세요!" in published and "(전화번호)" in published and "○○○" in published

    values = personal_values(raw_box())
    assert leaks(published, values) == [], "personal data in the published CSV"
    assert leaks(html, values) == [], "personal data in the published dashboard"
    assert "data:image/png;base64" in html, "the charts are embedded, not linked"
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", html), "the dashboard loads nothing from the network"
    assert "read_export(csv_path)" not in html, "the dashboard shows no code"
