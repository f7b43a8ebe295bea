"""``academy grade``: the thin command line over :func:`academy.grading.engine.grade_module`."""

from __future__ import annotations

import argparse


def cmd_grade(args: argparse.Namespace) -> int:
    from academy.grading.engine import grade_module

    report = grade_module(args.root, args.module, workers=args.workers, resume=not args.force,
                          feedback=not args.no_feedback, collect=args.collect,
                          release_feedback=args.release_feedback, export=args.export)
    print(report.summary())
    if args.reports:
        from academy.grading.reports import write_reports

        for path in write_reports(args.root, args.reports).values():
            print(f"  {path}")
    for student, reason in sorted(report.failed.items()):
        print(f"  {student}: {reason}")
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
