"""``academy grade`` and ``academy report``: the thin command line over
:func:`academy.grading.engine.grade_module` and :mod:`academy.reports.grades`.

    academy grade 01-values --root COURSE_ROOT --reports reports/    one class: grade, then report
    academy report city --district demo --district gangnam --out city/   districts side by side
    academy report city --course-root 강남구=/srv/gangnam/course ...      the same without hubs
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def cmd_grade(args: argparse.Namespace) -> int:
    from academy.grading.engine import OutputNotWritable, grade_module, writable_folder
    from academy.messages import say

    try:  # output folders first (grade_module checks --export's): refuse before grading, never crash after it
        if args.reports:
            writable_folder(args.reports)
        report = grade_module(args.root, args.module, workers=args.workers, resume=not args.force,
                              feedback=not args.no_feedback, collect=args.collect,
                              release_feedback=args.release_feedback, export=args.export)
    except OutputNotWritable as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(report.summary())
    if args.reports:
        from academy.reports.grades import write_reports

        for path in write_reports(args.root, args.reports).values():
            print(f"  {path}")
    if report.notices:
        print(say("grading.summary_notices", count=len(report.notices)))
    for student, notices in sorted(report.notices.items()):
        for notice in notices:
            print(f"  {student}: {notice}")
    return 1 if report.failed else 0


def add_parser(sub) -> None:
    p = sub.add_parser("grade", help="autograde a module for the whole class: sandboxed, parallel, resumable")
    p.add_argument("module")
    p.add_argument("--root", required=True, help="course root")
    p.add_argument("--workers", type=int, help="parallel graders (default: cores + 1)")
    p.add_argument("--force", action="store_true", help="regrade everyone, not only new/changed submissions")
    p.add_argument("--collect", action="store_true", help="nbgrader collect from the exchange first")
    p.add_argument("--no-feedback", action="store_true", help="skip generating feedback")
    p.add_argument("--release-feedback", action="store_true", help="release feedback to the exchange")
    p.add_argument("--export", help="write grades CSV here (utf-8-sig for Korean Excel)")
    p.add_argument("--reports", help="write progress / item-analysis / completion CSV + PNG into this folder")
    p.set_defaults(func=cmd_grade)


def _named_root(value: str) -> tuple[str, Path]:
    """``NAME=PATH`` (``--course-root``) -> ``(NAME, PATH)``."""
    from academy.messages import say

    name, sep, path = value.partition("=")
    if not (sep and name.strip() and path.strip()):
        raise argparse.ArgumentTypeError(say("reports.bad_course_root", value=value))
    return name.strip(), Path(path.strip())


def cmd_report_city(args: argparse.Namespace) -> int:
    from academy import district
    from academy.district import paths
    from academy.reports.grades import write_city_report
    from academy.messages import say

    roots: dict[str, Path] = {}
    try:
        for district_id in args.districts:
            settings = district.load(district_id)
            roots[settings["district"]["name"]] = paths(settings)["course"]
        roots.update(args.course_roots)
        if not roots:
            raise ValueError(say("reports.no_districts"))
        written = write_city_report(roots, Path(args.out), pass_ratio=args.pass_ratio)
    except (ValueError, FileNotFoundError) as error:  # DistrictError is a ValueError
        print(f"error: {error}", file=sys.stderr)
        return 2
    for path in written.values():
        print(f"  {path}")
    return 0


def add_report_parser(sub) -> None:
    report = sub.add_parser("report", help="reports across courses (the city hall's view)").add_subparsers(
        dest="report", required=True)
    p = report.add_parser("city", help="completion per module, district by district: one CSV + one PNG")
    p.add_argument("--district", dest="districts", action="append", default=[],
                   help="district id (districts/<id>.toml; its course under the hub's data root); repeat")
    p.add_argument("--course-root", dest="course_roots", action="append", default=[], type=_named_root,
                   metavar="NAME=PATH", help="a district's name and course root, without a hub; repeat")
    p.add_argument("--out", required=True, help="folder for the CSV (utf-8-sig, Korean headers) and the PNG")
    p.add_argument("--pass-ratio", type=float, default=0.6, help="share of the points that counts as completed")
    p.set_defaults(func=cmd_report_city)
