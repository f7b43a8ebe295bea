"""The parts of the jail that need no root: the bounded, symlink-free working copy."""

from __future__ import annotations

import os
from pathlib import Path

from academy.grading.jail import copy_submission


def test_copy_skips_notebooks_symlinks_and_checkpoints(tmp_path: Path):
    src, dst = tmp_path / "src", tmp_path / "dst"
    (src / "data").mkdir(parents=True)
    (src / ".ipynb_checkpoints").mkdir()
    (src / "posts.csv").write_text("a,b\n")
    (src / "data" / "more.csv").write_text("c\n")
    (src / "exercise.ipynb").write_text("{hidden tests}")
    (src / ".ipynb_checkpoints" / "x.txt").write_text("x")
    (src / "leak").symlink_to("/etc/passwd")
    (src / "linkdir").symlink_to("/etc", target_is_directory=True)
    copy_submission(str(src), str(dst), max_files=100, max_bytes=10_000)
    copied = sorted(str(p.relative_to(dst)) for p in dst.rglob("*"))
    assert copied == ["data", "data/more.csv", "posts.csv"]


def test_copy_is_bounded(tmp_path: Path):
    src, dst = tmp_path / "src", tmp_path / "dst"
    src.mkdir()
    for i in range(50):
        (src / f"f{i:02d}.txt").write_bytes(b"x" * 100)
    copy_submission(str(src), str(dst), max_files=10, max_bytes=10_000)
    assert len(os.listdir(dst)) == 10
    shutil_dst = tmp_path / "dst2"
    copy_submission(str(src), str(shutil_dst), max_files=100, max_bytes=550)
    assert len(os.listdir(shutil_dst)) == 5
