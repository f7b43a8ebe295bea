"""Benchmark: render the weekly HTML report for a heavy account, next to reading alone.

    .venv/bin/python benchmarks/bench_weekly_report.py                   # 100k posts, 1M followers
    .venv/bin/python benchmarks/bench_weekly_report.py --posts 20000 --followers 200000

What the ``academy-weekly`` service does for one learner (academy/weekly/job.py): papermill runs a
report notebook shaped like module 12's (parameters cell; read the export; this week vs last
week; a chart with Korean labels; the top posts; a Korean summary sentence) in a fresh kernel,
then nbconvert renders HTML without code. Each stage runs in its own Python process, so the
printed peak memory is that stage's own (VmHWM of the process, and of the kernel it starts). The heavy
account is generated into a temporary folder (never committed) by ``datasets/generate.py
--heavy``. Exits non-zero if the report lacks its figures (a broken pipeline cannot look fast).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

REPORT_CELLS = [
    ("markdown", "# 나의 주간 SNS 보고서"),
    ("parameters", 'export_path = ""\nstart_date = ""\nend_date = ""\nplatform = "instagram"'),
    ("code", textwrap.dedent("""\
        import pandas as pd
        import matplotlib.pyplot as plt
        from academy.fonts import use_korean_font
        from academy.readers import read_export
        use_korean_font()
        posts = read_export(export_path).posts
        end = pd.Timestamp(end_date, tz="Asia/Seoul") + pd.Timedelta(days=1)
        start = pd.Timestamp(start_date, tz="Asia/Seoul")
        this_week = posts[(posts["posted_at"] >= start) & (posts["posted_at"] < end)]
        last_week = posts[(posts["posted_at"] >= start - pd.Timedelta(days=7)) & (posts["posted_at"] < start)]
        def rate(table):
            reach = table["reach"].sum()
            return float((table["likes"].sum() + table["comments"].sum()) / reach * 100) if reach else 0.0
        print(f"이번 주 게시물 {len(this_week):,}개, 참여율 {rate(this_week):.1f}%")""")),
    ("code", textwrap.dedent("""\
        weekly = posts.set_index("posted_at")[["likes", "comments"]].resample("W-SUN").sum().tail(8)
        ax = weekly.plot.bar(figsize=(7, 3), title="최근 8주 좋아요와 댓글")
        ax.set_xticklabels([d.strftime("%m/%d") for d in weekly.index], rotation=0)
        plt.show()""")),
    ("code", 'this_week.sort_values("likes", ascending=False)[["posted_at", "text", "likes"]].head(5)'),
    ("code", textwrap.dedent("""\
        change = (rate(this_week) - rate(last_week)) / rate(last_week) * 100 if rate(last_week) else 0
        print(f"이번 주 참여율은 지난주보다 {abs(change):.0f}% {'높아요' if change >= 0 else '낮아요'}")""")),
    # the kernel's own peak memory, on stderr (reports drop stderr, the benchmark reads it back)
    ("code", 'import sys; print(open("/proc/self/status").read(), file=sys.stderr)'),
]

STAGE = textwrap.dedent("""\
    import json, re, sys, time
    from pathlib import Path
    def high_water_mb(status):  # VmHWM: this process's own peak (ru_maxrss would carry the parent's across exec)
        return int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) / 1024
    start = time.perf_counter()
    {body}
    own = high_water_mb(Path("/proc/self/status").read_text())
    kernel = result.pop("kernel_mb", 0) if isinstance(result, dict) else 0
    print(json.dumps({{"seconds": time.perf_counter() - start, "result": result, "peak_mb": max(own, kernel),
                       "own_mb": own, "kernel_mb": kernel}}))
""")

READ_ONLY = """\
from academy.readers import read_export
export = read_export(Path(sys.argv[1]))
result = f"{len(export.posts):,} posts"
"""

REPORT = """\
from academy.weekly.job import execute, render_html
folder = Path(sys.argv[2])
execute(folder / "report.ipynb", folder / "executed.ipynb",
        {"export_path": sys.argv[1], "start_date": sys.argv[3], "end_date": sys.argv[4], "platform": "instagram"})
html = render_html(folder / "executed.ipynb")
(folder / "report.html").write_text(html, encoding="utf-8")
import nbformat
executed = nbformat.read(str(folder / "executed.ipynb"), as_version=4)
kernel_status = "".join(o.get("text", "") for o in executed.cells[-1].outputs if o.get("name") == "stderr")
result = {"kernel_mb": high_water_mb(kernel_status), "html_kb": len(html.encode()) // 1024, "summary": "지난주보다" in html, "chart": "data:image/png" in html,
          "code_hidden": "read_export" not in html}
"""


def report_notebook(path: Path) -> None:
    import nbformat

    cells = []
    for kind, source in REPORT_CELLS:
        if kind == "markdown":
            cells.append(nbformat.v4.new_markdown_cell(source))
        else:
            cell = nbformat.v4.new_code_cell(source)
            if kind == "parameters":
                cell.metadata["tags"] = ["parameters"]
            cells.append(cell)
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(path))


def stage(body: str, *args: str) -> dict:
    """Run ``body`` in a fresh Python; its seconds, result and own peak memory (with children)."""
    done = subprocess.run([sys.executable, "-c", STAGE.format(body=body)]
                          + list(args), capture_output=True, text=True, timeout=1800, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"stage failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--followers", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder instead of a temp dir")
    args = parser.parse_args(argv)
    print(f"heavy account: {args.posts:,} posts, {args.followers:,} follower events; {os.cpu_count()} CPU(s)")
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_readers import load_generator

    with tempfile.TemporaryDirectory(prefix="academy-weekly-bench-") as tmp:
        export = args.keep or Path(tmp) / "export"
        if not (export / "your_instagram_activity").is_dir():
            t0 = time.perf_counter()
            load_generator().heavy(export, args.posts, args.followers)
            print(f"{'generate (not measured)':<34} {time.perf_counter() - t0:8.2f} s")
        work = Path(tmp) / "work"
        work.mkdir()
        report_notebook(work / "report.ipynb")
        read = stage(READ_ONLY, str(export))
        print(f"{'reading alone (read_export)':<34} {read['seconds']:8.2f} s  peak {read['peak_mb']:6.0f} MB  {read['result']}")
        # the last complete week of the generated timeline
        last = subprocess.run([sys.executable, "-c", "import sys; from academy.readers import read_export; "
                               "p = read_export(sys.argv[1]).posts; print(p['posted_at'].max().date())", str(export)],
                              capture_output=True, text=True, check=True, cwd=REPO).stdout.strip()
        import datetime as dt

        end = dt.date.fromisoformat(last)
        start = end - dt.timedelta(days=6)
        weekly = stage(REPORT, str(export), str(work), start.isoformat(), end.isoformat())
        info = weekly["result"]
        print(f"{'weekly report (papermill+nbconvert)':<34} {weekly['seconds']:8.2f} s  peak {weekly['peak_mb']:6.0f} MB  "
              f"{info['html_kb']} KB HTML (papermill+nbconvert {weekly['own_mb']:.0f} MB, kernel {weekly['kernel_mb']:.0f} MB)")
        print(f"{'report / reading alone':<34} {weekly['seconds'] / read['seconds']:8.1f} x time, "
              f"{weekly['peak_mb'] / read['peak_mb']:.1f} x peak memory")
        if not (info["summary"] and info["chart"] and info["code_hidden"]):
            print(f"the report is incomplete: {info}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
