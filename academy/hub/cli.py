"""``academy hub ...``: what a district admin types on the district server (as root).

    academy hub setup [--district demo] [--release]    data root, course, Jupyter config, releases
    academy hub add-user kim01 [--instructor] [--full-name 김민지]   account + login slip (hub running)
    academy hub demo-accounts                           the demo district's people, printed as slips
    academy hub import 수강생명단.csv [--slips slips.txt] enrolment sheet -> accounts + slips
    academy hub run                                     the hub in the foreground (run.sh, systemd)
    academy hub stop                                    learners' servers, the hub and the proxy
    academy hub systemd [--output DIR] [--install]      the district's systemd unit (deploy/systemd)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from academy import district
from academy.hub.config import public_url


def _settings(args) -> dict:
    return district.load(args.district)


def where(settings: dict) -> dict[str, str]:
    """What scripts need to know of the district's hub: its URL, formgrader, folder and log."""
    from academy.hub import data_root

    url, hub_dir = public_url(settings), data_root.paths(settings)["hub"]
    return {"url": url, "formgrader": f"{url}services/{settings['district']['course_id']}/formgrader",
            "hub_dir": str(hub_dir), "log": str(hub_dir / "jupyterhub.log")}


def releasable_modules() -> list[str]:
    """Modules of the syllabus whose folder holds at least one notebook (others are skipped)."""
    from academy.admin import syllabus
    from academy.layout import curriculum_dir

    return [m.id for m in syllabus.load() if any((curriculum_dir() / m.id).glob("*.ipynb"))]


def cmd_setup(args) -> int:
    from academy.hub import data_root, release

    settings = _settings(args)
    modules = releasable_modules()
    p = data_root.prepare(settings, modules=modules)
    print(f"district {settings['district']['id']} ({settings['district']['name']}): data root {p['root']}")
    if args.release:
        for module_id in modules:
            release.release(settings, [module_id])
            print(f"released {module_id}")
    return 0


def cmd_add_user(args) -> int:
    from academy.hub.people import add_user, login_slip

    settings = _settings(args)
    account = add_user(settings, args.name, role="instructor" if args.instructor else "learner",
                       password=args.password, full_name=args.full_name or "")
    print(login_slip(settings, account))
    return 0


def cmd_demo_accounts(args) -> int:
    """Create the demo people once and print their slips (academy/hub/users.demo_accounts)."""
    from academy.hub.people import demo_accounts, login_slip

    settings = _settings(args)
    for account in demo_accounts(settings):
        print(login_slip(settings, account))
    return 0


def cmd_run(args) -> int:
    """Run the district's hub in the foreground (what run.sh and the systemd unit supervise)."""
    from academy.hub import launch, data_root

    settings = _settings(args)
    hub_dir = data_root.paths(settings)["hub"]
    launch.stop_marker(settings).unlink(missing_ok=True)
    ended = launch.end_orphaned_services(settings)
    if ended:
        print(f"ended {ended} service process(es) left by a hub that was killed", file=sys.stderr)
    os.chdir(hub_dir)
    env = dict(os.environ, ACADEMY_DISTRICT=settings["district"]["id"])
    devnull = os.open(os.devnull, os.O_RDONLY)  # no terminal: services end at once on SIGINT
    os.dup2(devnull, 0)
    launch.default_signals()  # started with `&` by a script, SIGINT is ignored -- and the services with it
    os.execve(sys.executable, [sys.executable, "-m", "jupyterhub", "-f", str(launch.CONFIG)], env)
    return 1  # not reached


def cmd_where(args) -> int:
    """Print the hub's URL, formgrader URL, folder and log (or one of them); ``--wait``: once it answers."""
    settings = _settings(args)
    if args.wait:
        from academy.hub.api import HubAPI

        try:
            HubAPI(settings).wait_until_up(args.wait)
        except TimeoutError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    values = where(settings)
    print(values[args.key] if args.key else "\n".join(f"{key}\t{value}" for key, value in values.items()))
    return 0


def cmd_stop(args) -> int:
    """Stop the academy: every learner's server (through the hub), the hub, then the proxy."""
    from academy.hub import launch

    settings = _settings(args)
    times = launch.stop_academy(settings, timeout=args.timeout)
    print(f"academy {settings['district']['id']} stopped in {times['total']:.1f} s "
          f"(learners' servers {times['servers']:.1f} s, hub {times['hub']:.1f} s, "
          f"proxy {times['proxy_and_leftovers']:.1f} s)")
    return 0


def cmd_systemd(args) -> int:
    """Render (and with --install: install, enable) the district's systemd unit."""
    from academy.hub import supervise

    settings = _settings(args)
    out = Path(args.output)
    paths = supervise.write_units(settings, out)
    for path in paths:
        print(f"wrote {path}")
    if args.install:
        enabled = supervise.install(paths)
        hub_unit = paths[0].name
        print(f"enabled {', '.join(enabled)} (the backup timer is running): systemctl start {hub_unit}; "
              f"stop the whole academy: academy hub stop")
    return 0


def cmd_import(args) -> int:
    from academy.hub.enrolment import import_sheet
    from academy.hub.people import login_slip
    from academy.messages import say

    settings = _settings(args)
    report = import_sheet(settings, Path(args.sheet))
    for problem in report.problems:
        print(problem, file=sys.stderr)
    slips = "\n".join(login_slip(settings, account) for account in report.accounts)
    if args.slips:
        Path(args.slips).write_text(slips, encoding="utf-8")
        os.chmod(args.slips, 0o600)
        print(say("hub.import_done", count=len(report.accounts), slips=args.slips))
    else:
        print(slips)
    return 1 if report.problems else 0


def add_parser(sub) -> None:
    """Register ``academy hub ...`` on the main CLI's subparsers."""
    hub = sub.add_parser("hub", help="the district's JupyterHub: setup, accounts, enrolment").add_subparsers(
        dest="action", required=True)

    with_district = district.with_district_option

    p = with_district(hub.add_parser("setup", help="prepare data root, course and Jupyter config (root)"))
    p.add_argument("--release", action="store_true", help="also generate and release every module")
    p.set_defaults(func=district.guard(cmd_setup))
    p = with_district(hub.add_parser("add-user", help="create an account on the running hub; print its slip"))
    p.add_argument("name")
    p.add_argument("--instructor", action="store_true")
    p.add_argument("--password", help="initial password (default: a new random one)")
    p.add_argument("--full-name", help="Korean name for the slip")
    p.set_defaults(func=district.guard(cmd_add_user))
    p = with_district(hub.add_parser("demo-accounts", help="create the demo people and print their slips"))
    p.set_defaults(func=district.guard(cmd_demo_accounts))
    p = with_district(hub.add_parser("run", help="run the hub in the foreground (for run.sh and systemd)"))
    p.set_defaults(func=district.guard(cmd_run))
    p = with_district(hub.add_parser("where", help="print the hub's url, formgrader, hub_dir and log (for scripts)"))
    p.add_argument("key", nargs="?", choices=["url", "formgrader", "hub_dir", "log"], help="print only this one")
    p.add_argument("--wait", type=float, default=0, help="first wait up to this many seconds for the hub to answer")
    p.set_defaults(func=district.guard(cmd_where))
    p = with_district(hub.add_parser("stop", help="stop the academy: learners' servers, the hub, the proxy"))
    p.add_argument("--timeout", type=float, default=60, help="seconds to wait for each step (default 60)")
    p.set_defaults(func=district.guard(cmd_stop))
    p = with_district(hub.add_parser("systemd", help="render the district's systemd unit (deploy/systemd)"))
    p.add_argument("--output", default="/etc/systemd/system", help="folder for the unit (default /etc/systemd/system)")
    p.add_argument("--install", action="store_true", help="also systemctl daemon-reload and enable it")
    p.set_defaults(func=district.guard(cmd_systemd))
    p = with_district(hub.add_parser("import", help="enrolment sheet (CSV, CP949 or UTF-8) -> accounts + slips"))
    p.add_argument("sheet")
    p.add_argument("--slips", help="write the login slips to this file (0600) instead of printing them")
    p.set_defaults(func=district.guard(cmd_import))


def cmd_backup(args) -> int:
    """Back up the district (academy/hub/backup.py): gradebook, hub database, course, exchange, homes."""
    from academy.hub import backup
    from academy.messages import say

    settings = _settings(args)
    try:
        written = backup.backup(settings, Path(args.destination))
    except backup.BackupError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(say("backup.backup_done", path=written))
    if args.keep > 0 and written.parent == Path(args.destination):  # a folder backup, not an archive
        for old in backup.prune(Path(args.destination), settings["district"]["id"], args.keep):
            print(say("backup.pruned", path=old))
    return 0


def cmd_restore(args) -> int:
    """Restore a backup of the district: verified first, staged, then moved into place."""
    from academy.hub import backup
    from academy.messages import say

    settings = _settings(args)
    try:
        report = backup.restore(settings, Path(args.source), into=args.into and Path(args.into), force=args.force)
    except backup.BackupError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(say("backup.restore_done", root=report.data_root))
    print(say("backup.restore_homes", count=len(report.homes)))
    for path in report.moved_aside:
        print(say("backup.moved_aside", path=path))
    if not args.into:
        print(say("backup.restore_next", id=settings["district"]["id"]))
    return 0


def add_backup_parsers(sub) -> None:
    """Register ``academy backup`` and ``academy restore`` on the main CLI's subparsers."""
    p = sub.add_parser("backup", help="back up a district: gradebook, hub db, course, exchange, learners' homes")
    p.add_argument("destination", metavar="DEST",
                   help="folder for a new timestamped backup folder, or a file ending in .tar.gz")
    p.add_argument("--keep", type=int, default=0, metavar="N",
                   help="after a good backup, keep only the district's N newest backup folders in DEST")
    district.with_district_option(p)
    p.set_defaults(func=district.guard(cmd_backup))
    p = sub.add_parser("restore", help="restore a district backup (verified first; nothing half-restored)")
    p.add_argument("source", metavar="SRC", help="a backup folder or .tar.gz made by `academy backup`")
    district.with_district_option(p)
    p.add_argument("--into", metavar="DATA_ROOT",
                   help="restore into this fresh folder (homes in DATA_ROOT/homes) instead of the district's own")
    p.add_argument("--force", action="store_true",
                   help="replace a non-empty target (what was there is moved aside, not deleted)")
    p.set_defaults(func=district.guard(cmd_restore))
