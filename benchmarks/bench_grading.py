"""Benchmark: stock ``nbgrader autograde`` vs. the academy grading engine, same run, same machine.

N realistic submissions of a pandas module (correct, partial, wrong, erroring, slow) are graded
twice: by stock nbgrader (serial, unsandboxed, in its own course copy) and by
``academy.grading.grade_module`` (sandboxed, parallel). Prints both times, the ratio and
whether every score matches. Needs root (the sandbox does).

    .venv/bin/python benchmarks/bench_grading.py            # N=40
    .venv/bin/python benchmarks/bench_grading.py -n 100 --workers 3 --keep /var/tmp/bench
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from academy.admin.course import nbgrader  # noqa: E402
from academy.grading.engine import default_workers, grade_module  # noqa: E402
from tests.support.sample_class import make_course, scores, submit  # noqa: E402

MODULE_SOURCE = REPO / "tests" / "academy" / "grading" / "fixtures" / "source" / "pandas-basics"
MODULE = MODULE_SOURCE.name

CORRECT = {
    "total_likes": "total_likes = int(posts[\"likes\"].sum())",
    "top_post": "def top_post(df):\n    return df.sort_values(\"likes\", ascending=False)[\"title\"].iloc[0]",
    "likes_by_platform": "def likes_by_platform(df):\n    return df.groupby(\"platform\")[\"likes\"].mean().round(1).to_dict()",
}
VARIANTS = {
    "correct": CORRECT,
    "partial": {**CORRECT, "likes_by_platform": "def likes_by_platform(df):\n"
                "    return df.groupby(\"platform\")[\"likes\"].sum().to_dict()"},
    "wrong": {"total_likes": "total_likes = len(posts)",
              "top_post": "def top_post(df):\n    return df[\"title\"].iloc[0]",
              "likes_by_platform": "def likes_by_platform(df):\n    return {}"},
    "erroring": {**CORRECT, "top_post": "def top_post(df):\n    return df.loc[df[\"like\"].idxmax(), \"title\"]"},
    "slow": {**CORRECT, "total_likes": "import time\ntotal = 0\nfor _, row in posts.iterrows():\n"
             "    time.sleep(0.1)\n    total += row[\"likes\"]\ntotal_likes = int(total)"},
    "blank": {},
}


def build(root: Path, n: int, *, stock: bool) -> Path:
    course = make_course(root, MODULE_SOURCE, stock=stock)
    names = list(VARIANTS)
    for i in range(n):
        variant = names[i % len(names)]
        submit(course, MODULE, f"learner{i:03d}-{variant}", VARIANTS[variant])
    return course


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=40, help="submissions (default 40)")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--keep", help="build the two courses here and keep them")
    args = parser.parse_args(argv)

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-grading-", dir="/var/tmp"))
    try:
        for sub in ("stock", "engine"):
            shutil.rmtree(base / sub, ignore_errors=True)
        stock_course = build(base / "stock", args.n, stock=True)
        engine_course = build(base / "engine", args.n, stock=False)

        t0 = time.perf_counter()
        nbgrader(stock_course, "autograde", MODULE, timeout=3600)
        stock_seconds = time.perf_counter() - t0

        t0 = time.perf_counter()
        report = grade_module(engine_course, MODULE, workers=args.workers, feedback=False, progress=False)
        engine_seconds = time.perf_counter() - t0

        stock_scores, engine_scores = scores(stock_course, MODULE), scores(engine_course, MODULE)
        same = stock_scores == engine_scores and len(stock_scores) == args.n
        print(f"submissions:        {args.n} ({', '.join(VARIANTS)}), module {MODULE}")
        print(f"stock nbgrader:     {stock_seconds:7.1f} s  ({stock_seconds / args.n:.2f} s each, serial, unsandboxed)")
        print(f"academy engine:     {engine_seconds:7.1f} s  ({engine_seconds / args.n:.2f} s each, "
              f"{args.workers} workers, sandboxed; failed: {len(report.failed)})")
        print(f"speed-up:           {stock_seconds / engine_seconds:7.2f}x")
        print(f"identical scores:   {'yes' if same else 'NO'}")
        if not same:
            for student in sorted(set(stock_scores) | set(engine_scores)):
                if stock_scores.get(student) != engine_scores.get(student):
                    print(f"  {student}: stock {stock_scores.get(student)} engine {engine_scores.get(student)}")
        return 0 if same else 1
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
