"""One dataset lookup for hub, CI and laptop."""

from __future__ import annotations

import pytest

from academy import data_path
from academy.data import DatasetNotFound


def test_finds_repository_datasets(repo):
    assert data_path("README.md") == repo / "datasets" / "README.md"


def test_environment_override_comes_first(tmp_path, monkeypatch):
    (tmp_path / "README.md").write_text("district copy", encoding="utf-8")
    monkeypatch.setenv("ACADEMY_DATASETS", str(tmp_path))
    assert data_path("README.md").read_text(encoding="utf-8") == "district copy"


def test_missing_file_gets_a_korean_message_with_a_suggestion():
    with pytest.raises(DatasetNotFound) as caught:
        data_path("READMEE.md")
    assert isinstance(caught.value, FileNotFoundError)
    assert "찾지 못했어요" in str(caught.value) and "README.md" in str(caught.value)
