"""The parts of the jail that need no root: the bounded, symlink-free working copy."""

from __future__ import annotations

import os
from pathlib import Path

from academy.kernels.jail import copy_submission


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


def test_keep_written_files_keeps_regular_files_only(tmp_path: Path):
    from academy.kernels.jail import keep_written_files

    work, target, outside = tmp_path / "work", tmp_path / "autograded", tmp_path / "outside"
    (work / "charts").mkdir(parents=True)
    target.mkdir()
    outside.mkdir()
    (work / "result.csv").write_text("a,b\n1,2\n")
    (work / "charts" / "bar.png").write_bytes(b"\x89PNG" + b"0" * 100)
    (work / "data.csv").write_text("same\n")          # unchanged input: left alone
    (target / "data.csv").write_text("same\n")
    (work / "exercise.ipynb").write_text("{}")        # notebooks never
    (work / ".matplotlib").mkdir()                    # runtime dot-folders never
    (work / ".matplotlib" / "cache.json").write_text("{}")
    (work / "passwd.csv").symlink_to("/etc/passwd")   # links never followed
    os.mkfifo(work / "pipe.csv")                      # a FIFO must not block or be kept
    (work / "big.bin").write_bytes(b"0" * 5000)       # over the per-file cap
    (work / "escape.csv").write_text("pwned")
    (target / "escape.csv").symlink_to(outside / "victim.csv")  # a link in the target is not followed
    kept = keep_written_files(str(work), str(target), max_file_bytes=1000, max_total_bytes=10_000)
    assert sorted(kept) == ["charts/bar.png", "result.csv"]
    assert (target / "result.csv").read_text() == "a,b\n1,2\n"
    assert (target / "charts" / "bar.png").read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in target.iterdir()) == ["charts", "data.csv", "escape.csv", "result.csv"]
    assert (target / "escape.csv").is_symlink() and not (outside / "victim.csv").exists()
    assert list(outside.iterdir()) == []


def test_keep_written_files_is_bounded(tmp_path: Path):
    from academy.kernels.jail import keep_written_files

    work, target = tmp_path / "work", tmp_path / "autograded"
    work.mkdir()
    target.mkdir()
    for i in range(20):
        (work / f"f{i:02d}.txt").write_bytes(b"x" * 100)
    assert len(keep_written_files(str(work), str(target), max_file_bytes=1000, max_total_bytes=550)) == 5
    other = tmp_path / "other"
    other.mkdir()
    assert len(keep_written_files(str(work), str(other), max_file_bytes=1000, max_total_bytes=10_000,
                                  max_files=3)) == 3
    deep = work / "d"
    for _ in range(20):
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text("x")
    kept = keep_written_files(str(work), str(tmp_path / "missing"), max_file_bytes=10, max_total_bytes=10)
    assert kept == []  # no target folder: nothing is created
    third = tmp_path / "third"
    third.mkdir()
    assert not any(k.endswith("deep.txt") for k in keep_written_files(
        str(work), str(third), max_file_bytes=1000, max_total_bytes=10_000, max_depth=8))
