"""``academy circles``: study circles of a district (academy/together/circles.py). Run as root.

    academy circles form --district demo 1 alice bob carol       # circle 1 of three named learners
    academy circles form --district demo --sheet 명단.csv --size 4 # the enrolment sheet's learners, in order
    academy circles list --district demo
    academy circles dissolve --district demo 1
    academy circles sync --district demo                          # the hub's circle servers and shares, again

Forming a circle also opens its server on the hub (academy/together/circle_server.py: the circle's
hub user, its server shared with each member); dissolving closes it first. Either needs the hub up;
if it is not, the Unix side is done anyway and ``sync`` finishes the hub's side later.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from academy.messages import say


def cmd_form(args: argparse.Namespace) -> int:
    from academy.together import circles

    settings = _district(args)
    if args.sheet:
        from academy.hub.enrolment import parse_sheet

        rows, problems = parse_sheet(Path(args.sheet))
        for problem in problems:
            print(problem, file=sys.stderr)
        taken = {n for people in circles.circles(settings).values() for n in people}
        names = [r.name for r in rows if r.role == "learner" and r.name not in taken]
        from academy.hub.unix_accounts import unix_name, unix_user_exists

        for name in names:  # all or nothing: no circle is formed while one name has no account
            if not unix_user_exists(unix_name(settings, name)):
                raise circles.CircleError(say("together.circle_unknown", name=name))
        plan = circles.plan_circles(names, size=args.size)
        existing = set(circles.circles(settings))
        ids = [str(i) for i in range(1, 10_000) if str(i) not in existing][:len(plan)]
        status = 0
        for circle, members in zip(ids, plan):
            status |= _formed(settings, circles.form(settings, circle, members), circle, members)
        return status
    if not args.members:
        print("error: give a circle id and 3-5 names, or --sheet FILE", file=sys.stderr)
        return 2
    return _formed(settings, circles.form(settings, args.circle, args.members), args.circle, args.members)


def _formed(settings, folder: Path, circle: str, members: list[str]) -> int:
    from academy.together import circle_server, circles

    print(say("together.circle_formed", circle=circle, members=", ".join(members), folder=folder))
    try:
        circle_server.open_circle(settings, circle, circles.circles(settings)[circle], _hub(settings))
    except (OSError, RuntimeError) as error:
        print(say("together.circle_hub_down", circle=circle, error=error), file=sys.stderr)
        return 1
    print(say("together.circle_formed_notebook", url=circle_server.lab_url("/", circle), account=circles.account(circle)))
    return 0


def _hub(settings):
    """The hub's API as the ``academy-admin`` service (its token is root's to read)."""
    from academy.hub.api import HubAPI

    return HubAPI(settings)


def cmd_list(args: argparse.Namespace) -> int:
    from academy.together import circles

    for circle, members in sorted(circles.circles(_district(args)).items()):
        print(f"{circle}\t{', '.join(members)}")
    return 0


def cmd_dissolve(args: argparse.Namespace) -> int:
    from academy.together import circles

    from academy.together import circle_server

    settings = _district(args)
    if args.circle not in circles.circles(settings):
        raise circles.CircleError(say("together.circle_missing", circle=args.circle))
    status = 0
    try:  # the share first: members lose the circle's server before anything else changes
        circle_server.close_circle(settings, args.circle, _hub(settings))
    except (OSError, RuntimeError) as error:
        print(say("together.circle_hub_down", circle=args.circle, error=error), file=sys.stderr)
        status = 1
    people = circles.dissolve(settings, args.circle)
    print(say("together.circle_dissolved", circle=args.circle, members=", ".join(people)))
    return status


def cmd_sync(args: argparse.Namespace) -> int:
    from academy.together import circle_server

    settings = _district(args)
    opened, closed = circle_server.sync(settings, _hub(settings))
    print(say("together.circle_synced", opened=", ".join(opened) or "-")
          + (say("together.circle_synced_closed", closed=", ".join(closed)) if closed else ""))
    return 0


def _district(args: argparse.Namespace):
    from academy import district

    return district.load(args.district)


def add_parser(sub) -> None:
    """Register ``academy circles ...`` on the main CLI's subparsers."""
    circles_cmd = sub.add_parser("circles", help="study circles: a Unix group and a shared folder each (issue 13)")
    actions = circles_cmd.add_subparsers(dest="action", required=True)

    def guarded(command):
        def run(args: argparse.Namespace) -> int:
            from academy import district
            from academy.hub.enrolment import SheetError
            from academy.together.circles import CircleError

            if os.geteuid() != 0:
                print("error: academy circles makes Unix groups: run it as root", file=sys.stderr)
                return 2
            return district.guard(command, CircleError, SheetError)(args)
        return run

    def with_district(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        from academy import district

        return district.with_district_option(p)

    p = with_district(actions.add_parser("form", help="form a circle of 3-5 learners (or circles from a sheet)"))
    p.add_argument("circle", nargs="?", default="", help="circle id: a-z, 0-9, - (up to 12)")
    p.add_argument("members", nargs="*", metavar="NAME", help="hub user names of the members")
    p.add_argument("--sheet", help="enrolment sheet (CSV as for academy hub enrol): its learners, in order")
    p.add_argument("--size", type=int, default=4, help="members per circle with --sheet (3-5, default 4)")
    p.set_defaults(func=guarded(cmd_form))
    p = with_district(actions.add_parser("list", help="the district's circles and members"))
    p.set_defaults(func=guarded(cmd_list))
    p = with_district(actions.add_parser("dissolve", help="take everyone out of a circle; the folder stays"))
    p.add_argument("circle")
    p.set_defaults(func=guarded(cmd_dissolve))
    p = with_district(actions.add_parser("sync", help="open every circle's server and share on the hub (hub was down)"))
    p.set_defaults(func=guarded(cmd_sync))
