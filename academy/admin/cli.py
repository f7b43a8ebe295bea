"""``academy``: the command line for instructors, district admins and curriculum authors.

Thin by design: each subcommand parses its arguments and calls one function elsewhere.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from academy.admin import syllabus


def cmd_setup(args: argparse.Namespace) -> int:
    """Environment-wide defaults for learners: Korean error explainer in every kernel, Korean
    JupyterLab, Korean matplotlib fonts."""
    from academy.layout import PACKAGE

    for name, target in [
        ("ipython_kernel_config.py", Path(sys.prefix) / "etc" / "ipython" / "ipython_kernel_config.py"),
        ("overrides.json", Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"),
    ]:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((PACKAGE / "_config" / name).read_text(encoding="utf-8"), encoding="utf-8")
        print(f"installed {target}")
    from academy.fonts import use_korean_font

    print(f"matplotlib Korean font: {use_korean_font()}")
    return 0


def cmd_syllabus_table(args: argparse.Namespace) -> int:
    from academy.admin.readme import update_module_table

    changed = update_module_table(Path(args.readme), check=args.check)
    if args.check and changed:
        print(f"{args.readme}: module table is out of date -- run `academy syllabus-table`", file=sys.stderr)
        return 1
    print(f"{args.readme}: module table {'updated' if changed else 'current'}")
    return 0


def cmd_course_init(args: argparse.Namespace) -> int:
    from academy.admin.course import init_course

    root = init_course(Path(args.root), course_id=args.course, exchange=args.exchange and Path(args.exchange),
                       modules=args.modules or None, link_source=args.link_source)
    print(f"course {args.course!r} at {root}")
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    from academy.admin.course import nbgrader

    modules = args.modules or [m.id for m in syllabus.load()]
    for module_id in modules:
        nbgrader(Path(args.root), "generate_assignment", module_id, "--force")
        if args.exchange:
            nbgrader(Path(args.root), "release_assignment", module_id, "--force")
        print(f"released {module_id}")
    return 0


def cmd_exercises_seal(args: argparse.Namespace) -> int:
    """Digest the graded answers from the source exercise notebooks (academy.exercises.seal)."""
    from academy.exercises.seal import seal

    stale = False
    for result in seal(args.modules or None, check=args.check):
        print(f"{result.module_id}: {result.status}" + (f" ({result.path})" if result.path else ""))
        stale = stale or result.status == "stale"
    if stale:
        print("sealed answers are out of date -- run `academy exercises seal`", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="academy", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("setup", help="load the Korean error explainer in every kernel; check fonts")
    p.set_defaults(func=cmd_setup)

    p = sub.add_parser("syllabus-table", help="regenerate the README module table from syllabus.yml")
    p.add_argument("--readme", default=str(Path(__file__).resolve().parents[2] / "README.md"))
    p.add_argument("--check", action="store_true", help="exit 1 if the table is out of date; write nothing")
    p.set_defaults(func=cmd_syllabus_table)

    course = sub.add_parser("course", help="nbgrader course directories").add_subparsers(dest="action", required=True)
    p = course.add_parser("init", help="create a course root from the curriculum")
    p.add_argument("root")
    p.add_argument("--course", default="demo", help="nbgrader course id (one per district)")
    p.add_argument("--exchange", help="exchange folder (local single-machine use)")
    p.add_argument("--link-source", action="store_true", help="symlink modules instead of copying")
    p.add_argument("-m", "--module", dest="modules", action="append", help="module id (repeat; default: all)")
    p.set_defaults(func=cmd_course_init)

    p = sub.add_parser("release", help="generate (and release, with --exchange) modules")
    p.add_argument("--root", required=True, help="course root")
    p.add_argument("--exchange", action="store_true", help="also release to the exchange")
    p.add_argument("-m", "--module", dest="modules", action="append", help="module id (repeat; default: all)")
    p.set_defaults(func=cmd_release)

    exercises = sub.add_parser("exercises", help="graded exercises' checks").add_subparsers(dest="action", required=True)
    p = exercises.add_parser("seal", help="digest graded answers from the source exercise notebooks")
    p.add_argument("modules", nargs="*", metavar="MODULE", help="module id (default: all)")
    p.add_argument("--check", action="store_true", help="exit 1 if a sealed file is out of date; write nothing")
    p.set_defaults(func=cmd_exercises_seal)

    from academy.hub.cli import add_parser as add_hub_parser  # the district hub (issue 5)

    add_hub_parser(sub)

    from academy.hub.cli import add_backup_parsers  # backup and restore of a district (issue 15)

    add_backup_parsers(sub)

    from academy.grading.cli import add_parser as add_grade_parser  # sandboxed class grading (issue 6)
    from academy.grading.cli import add_report_parser  # reports across districts (the city hall)

    add_grade_parser(sub)
    add_report_parser(sub)

    from academy.database import add_parser as add_db_parser  # SQLite or PostgreSQL (issue 15)

    add_db_parser(sub)

    from academy.together.cli import add_parser as add_circles_parser  # study circles (issue 13)

    add_circles_parser(sub)

    from academy.deploy.z2jh import add_parser as add_k8s_parser  # Zero to JupyterHub per district (issue 16)

    add_k8s_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except syllabus.SyllabusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
