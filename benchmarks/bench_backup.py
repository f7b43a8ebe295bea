"""Backup beside the stock tools: the gradebook's online copy and the homes' walk, same run.

* ``gradebook``: ``academy.hub.backup.backup_sqlite`` (sqlite3's online backup API, one step)
  against a plain file copy (``shutil.copyfile``, what a naive backup does) of the same database,
  while a writer thread commits one row at a time (as grading does). Printed: seconds each, the
  ratio, the writer's longest wait during each copy, and whether each copy is intact
  (``PRAGMA integrity_check``) and holds a prefix of the writes.
* ``homes``: ``academy.hub.backup.add_tree`` (link-safe walk through directory descriptors, each
  file read to its end first) against GNU ``tar -cf`` of the same folders; seconds and ratio.

Synthetic data in a temporary folder, removed at the end; nothing leaves the machine. As root or
not (the files are the current user's)::

    .venv/bin/python benchmarks/bench_backup.py [--homes 30] [--files 150] [--gradebook-mb 40]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from academy.hub.backup import add_tree, backup_sqlite  # noqa: E402


def make_gradebook(path: Path, megabytes: int) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE grade (id INTEGER PRIMARY KEY, student TEXT, score REAL, comment BLOB)")
    db.executemany("INSERT INTO grade (student, score, comment) VALUES (?, ?, ?)",
                   [(f"s{i:05d}", i % 10, os.urandom(2048)) for i in range(megabytes * 500)])
    db.execute("CREATE TABLE progress (n INTEGER PRIMARY KEY)")
    db.commit()
    db.close()


def copy_while_writing(source: Path, target: Path, copy) -> dict:
    """Run ``copy(source, target)`` while a writer commits rows 0, 1, 2, ... to ``progress``."""
    stop, waits, written = threading.Event(), [], [0]

    def write():
        db = sqlite3.connect(source, timeout=60)
        for n in range(1_000_000):
            if stop.is_set():
                break
            t0 = time.perf_counter()
            db.execute("INSERT INTO progress VALUES (?)", (n,))
            db.commit()
            waits.append(time.perf_counter() - t0)
            written[0] = n + 1
        db.close()

    writer = threading.Thread(target=write)
    writer.start()
    deadline = time.monotonic() + 30
    while written[0] < 20 and time.monotonic() < deadline:
        time.sleep(0.005)
    before = len(waits)
    t0 = time.perf_counter()
    copy(source, target)
    seconds = time.perf_counter() - t0
    during = waits[before:len(waits) + 1] or [0.0]
    stop.set()
    writer.join(60)
    try:
        db = sqlite3.connect(target)
        intact = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = [r[0] for r in db.execute("SELECT n FROM progress ORDER BY n")]
        prefix = rows == list(range(len(rows)))
        db.close()
    except sqlite3.DatabaseError:
        intact, prefix = False, False
    return {"seconds": seconds, "longest_wait": max(during), "intact": intact, "prefix": prefix}


def make_homes(root: Path, homes: int, files: int) -> int:
    total = 0
    for h in range(homes):
        home = root / f"sca-learner{h:03d}"
        for f in range(files):
            folder = home / f"module-{f % 14:02d}" / (".ipynb_checkpoints" if f % 5 == 0 else "")
            folder.mkdir(parents=True, exist_ok=True)
            data = os.urandom(4096) * (1 + f % 8)  # 4-32 KB, notebook-sized
            (folder / f"file-{f:03d}.ipynb").write_bytes(data)
            total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--homes", type=int, default=30)
    parser.add_argument("--files", type=int, default=150)
    parser.add_argument("--gradebook-mb", type=int, default=40)
    args = parser.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="sca-bench-backup-"))
    try:
        results = {}
        for name, copy in (("online backup API", backup_sqlite), ("file copy (stock)", shutil.copyfile)):
            source = base / f"{name[:4]}-gradebook.db"
            make_gradebook(source, args.gradebook_mb)
            results[name] = copy_while_writing(source, base / f"{name[:4]}-copy.db", copy)
        print(f"gradebook ~{args.gradebook_mb} MB, a writer committing one row at a time:")
        for name, r in results.items():
            print(f"  {name:20s} {r['seconds']:6.2f} s  writer's longest wait {r['longest_wait'] * 1000:7.1f} ms  "
                  f"intact={r['intact']}  prefix of the writes={r['prefix']}")
        ours, stock = results["online backup API"], results["file copy (stock)"]
        print(f"  ratio online/copy: {ours['seconds'] / max(stock['seconds'], 1e-9):.2f}")

        homes = base / "homes"
        total = make_homes(homes, args.homes, args.files)
        t0 = time.perf_counter()
        with tarfile.open(base / "ours.tar", "w", format=tarfile.PAX_FORMAT) as tar:
            for home in sorted(homes.iterdir()):
                add_tree(tar, home, home.name)
        ours_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        subprocess.run(["tar", "-cf", str(base / "stock.tar"), "-C", str(homes), "."], check=True)
        stock_s = time.perf_counter() - t0
        print(f"homes: {args.homes} x {args.files} files, {total / 2**20:.0f} MB:")
        print(f"  add_tree (link-safe) {ours_s:6.2f} s   GNU tar {stock_s:6.2f} s   ratio {ours_s / max(stock_s, 1e-9):.2f}")
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
