"""``academy hub ...``: what a district admin types on the district server (as root).

    academy hub setup [--district demo] [--release]    data root, course, Jupyter config, releases
    academy hub add-user kim01 [--instructor] [--full-name 김민지]   account + login slip (hub running)
    academy hub demo-accounts                           the demo district's people, printed as slips
    academy hub import 수강생명단.csv [--slips slips.txt] enrolment sheet -> accounts + slips
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from academy import district

DEMO_PEOPLE = [("teacher", "instructor", "김강사"), ("learner1", "learner", "이수강"), ("learner2", "learner", "박배움")]


def _settings(args) -> dict:
    return district.load(args.district)


def hub_url(settings: dict) -> str:
    hub = settings["hub"]
    host = "127.0.0.1" if hub["ip"] in ("0.0.0.0", "") else hub["ip"]
    return f"http://{host}:{hub['port']}{hub['base_url']}"


def slip(settings: dict, account) -> str:
    from academy.messages import say

    title = say("hub.slip_title", district=settings["district"]["name"])
    body = say("hub.slip_body", full_name=account.full_name or account.name, url=hub_url(settings),
               name=account.name, password=account.password).rstrip()
    # Native: the hub makes everyone change it at first login. PAM: it is the Unix password.
    body += "\n" + say(f"hub.slip_change_{settings['auth']['mode']}")
    rule = "-" * 44
    return f"{rule}\n{title}\n{body}\n" + (f"(강사 계정: 채점은 {hub_url(settings)}services/"
                                                     f"{settings['district']['course_id']}/formgrader)\n"
                                                     if account.role == "instructor" else "")


def releasable_modules() -> list[str]:
    """Modules of the syllabus whose folder holds at least one notebook (others are skipped)."""
    from academy import syllabus
    from academy.paths import curriculum_dir

    return [m.id for m in syllabus.load() if any((curriculum_dir() / m.id).glob("*.ipynb"))]


def cmd_setup(args) -> int:
    from academy.hub import setup

    settings = _settings(args)
    modules = releasable_modules()
    p = setup.prepare(settings, modules=modules)
    print(f"district {settings['district']['id']} ({settings['district']['name']}): data root {p['root']}")
    if args.release:
        for module_id in modules:
            setup.release(settings, [module_id])
            print(f"released {module_id}")
    return 0


def cmd_add_user(args) -> int:
    from academy.hub.users import add_user

    settings = _settings(args)
    account = add_user(settings, args.name, role="instructor" if args.instructor else "learner",
                       password=args.password, full_name=args.full_name or "")
    print(slip(settings, account))
    return 0


def cmd_demo_accounts(args) -> int:
    """Create the demo people once (passwords kept 0600 under the hub folder) and print their slips."""
    from academy.hub import setup
    from academy.hub.accounts import make_password
    from academy.hub.users import Account, add_user

    settings = _settings(args)
    store = setup.paths(settings)["hub"] / "demo-accounts.json"
    known = json.loads(store.read_text()) if store.exists() else {}
    for name, role, full_name in DEMO_PEOPLE:
        password = known.get(name) or make_password()
        # Already created: keep the login (and any password the person chose since).
        account = add_user(settings, name, role=role, password=password, full_name=full_name,
                           keep_existing_login=name in known)
        known[name] = password
        print(slip(settings, Account(account.name, account.unix, password, role, full_name)))
    store.write_text(json.dumps(known))
    os.chmod(store, 0o600)
    from academy.hub.enrolment import Row, names_in_gradebook

    names_in_gradebook(settings, [Row(0, name, full_name, role) for name, role, full_name in DEMO_PEOPLE])
    return 0


def cmd_import(args) -> int:
    from academy.hub.enrolment import import_sheet

    settings = _settings(args)
    report = import_sheet(settings, Path(args.sheet))
    for problem in report.problems:
        print(problem, file=sys.stderr)
    slips = "\n".join(slip(settings, account) for account in report.accounts)
    if args.slips:
        Path(args.slips).write_text(slips, encoding="utf-8")
        os.chmod(args.slips, 0o600)
        print(f"{len(report.accounts)}명 등록, 로그인 안내문: {args.slips}")
    else:
        print(slips)
    return 1 if report.problems else 0


def _guard(command):
    """Print a district-file error as one line (key + fix) instead of a traceback."""

    def run(args) -> int:
        try:
            return command(args)
        except district.DistrictError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2

    return run


def add_parser(sub) -> None:
    """Register ``academy hub ...`` on the main CLI's subparsers."""
    hub = sub.add_parser("hub", help="the district's JupyterHub: setup, accounts, enrolment").add_subparsers(
        dest="action", required=True)

    def with_district(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--district", default=os.environ.get("ACADEMY_DISTRICT", "demo"),
                       help="district id: districts/<id>.toml (default: $ACADEMY_DISTRICT or demo)")
        return p

    p = with_district(hub.add_parser("setup", help="prepare data root, course and Jupyter config (root)"))
    p.add_argument("--release", action="store_true", help="also generate and release every module")
    p.set_defaults(func=_guard(cmd_setup))
    p = with_district(hub.add_parser("add-user", help="create an account on the running hub; print its slip"))
    p.add_argument("name")
    p.add_argument("--instructor", action="store_true")
    p.add_argument("--password", help="initial password (default: a new random one)")
    p.add_argument("--full-name", help="Korean name for the slip")
    p.set_defaults(func=_guard(cmd_add_user))
    p = with_district(hub.add_parser("demo-accounts", help="create the demo people and print their slips"))
    p.set_defaults(func=_guard(cmd_demo_accounts))
    p = with_district(hub.add_parser("import", help="enrolment sheet (CSV, CP949 or UTF-8) -> accounts + slips"))
    p.add_argument("sheet")
    p.add_argument("--slips", help="write the login slips to this file (0600) instead of printing them")
    p.set_defaults(func=_guard(cmd_import))
