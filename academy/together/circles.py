"""Study circles (스터디 모임, issue 13 item 3): a Unix group and a shared folder per circle.

``academy circles form --district demo 1 alice bob carol`` (or ``--sheet enrolment.xlsx --size 4``)
makes, for circle ``1`` of district ``demo``:

* the Unix group ``academy-demo-c-1`` with the members' accounts (a server started afterwards
  has it; :func:`academy.hub.unix_accounts.join_group`);
* ``<data_root>/circles/1/`` owned by root and that group, mode ``2770`` (setgid: files stay the
  circle's; others: nothing), with a default ACL so what a member writes there is readable and
  writable by the other members whatever their umask (Debian ``acl``: ``setfacl``);
* in each member's home, the link ``~/스터디모임-1`` to it (owned by the member);
* the circle's own account ``<unix_prefix>circle-1`` (hub user ``circle-1``): a private home, the
  circle's group and the district's (to reach its Jupyter config), nobody's password; its server,
  rooted in the folder and shared with the members through the hub, is where they edit
  ``모임노트.ipynb`` live together (:mod:`academy.together.circle_server`).

Graded work stays individual: nbgrader collects only from the exchange's inbound folder, and only
what the learner's own account submitted (academy/grading/collect.py); the circle folder is not
under the exchange; the circle's account is no learner (academy/grading/collect.py refuses its
entries). ``academy circles dissolve`` takes members out, removes the links and the circle's account;
the folder stays (root-only) for the instructor. Circles are read back from /etc/group: no second list.

>>> plan_circles(["a", "b", "c", "d", "e", "f", "g"], size=3)
[['a', 'b', 'c'], ['d', 'e', 'f', 'g']]
"""

from __future__ import annotations

import grp
import os
import pwd
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from academy.district import CIRCLE_ACCOUNT_PREFIX, circle_of_account
from academy.messages import say

MIN_MEMBERS, MAX_MEMBERS = 3, 5
CIRCLE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,11}$")
LINK_PREFIX = "스터디모임-"
NOTEBOOK = "모임노트.ipynb"  # the circle notebook members edit live together, made when the circle is formed


class CircleError(ValueError):
    """A request the instructor must change (Korean, names the fix)."""


def group_name(settings: dict[str, Any], circle: str) -> str:
    from academy.hub.unix_accounts import district_group

    return f"{district_group(settings)}-c-{circle}"


def folder(settings: dict[str, Any], circle: str) -> Path:
    return Path(settings["hub"]["data_root"]) / "circles" / circle


def account(circle: str) -> str:
    """The hub name of the circle's own account (its Unix account: ``<unix_prefix>`` + that).

    >>> account("morning-a"), circle_of_account("circle-morning-a"), circle_of_account("kim")
    ('circle-morning-a', 'morning-a', None)
    """
    return CIRCLE_ACCOUNT_PREFIX + circle


def account_unix(settings: dict[str, Any], circle: str) -> str:
    from academy.hub.unix_accounts import unix_name

    return unix_name(settings, account(circle))


def plan_circles(names: list[str], *, size: int = 4) -> list[list[str]]:
    """Split ``names`` (in order) into circles of ``size``; a short last circle joins the one before it
    while that stays within 5, else the last ones are shared out one by one."""
    if not MIN_MEMBERS <= size <= MAX_MEMBERS:
        raise CircleError(say("together.circle_size", low=MIN_MEMBERS, high=MAX_MEMBERS, count=size))
    if len(names) < MIN_MEMBERS:
        raise CircleError(say("together.circle_size", low=MIN_MEMBERS, high=MAX_MEMBERS, count=len(names)))
    circles = [names[i:i + size] for i in range(0, len(names), size)]
    if len(circles) > 1 and len(circles[-1]) < MIN_MEMBERS:
        rest = circles.pop()
        if len(circles[-1]) + len(rest) <= MAX_MEMBERS:
            circles[-1] += rest
        else:
            for i, name in enumerate(rest):
                circles[-1 - i % len(circles)].append(name)
    return circles


def circles(settings: dict[str, Any]) -> dict[str, list[str]]:
    """``{circle: [hub names]}`` of the district, from /etc/group (people only: not the circle's account)."""
    prefix = group_name(settings, "")
    unix_prefix = settings["accounts"]["unix_prefix"]
    return {g.gr_name[len(prefix):]: sorted(m[len(unix_prefix):] for m in g.gr_mem if m.startswith(unix_prefix)
                                            and circle_of_account(m[len(unix_prefix):]) is None)
            for g in grp.getgrall() if g.gr_name.startswith(prefix)}


def form(settings: dict[str, Any], circle: str, members: list[str]) -> Path:
    """Make circle ``circle`` of ``members`` (hub names); its folder. Refuses (CircleError, nothing
    changed) a bad id, a size outside 3-5, an unknown account or someone already in another circle."""
    from academy.hub.unix_accounts import ensure_group, join_group, unix_name

    if not CIRCLE_ID.match(circle):
        raise CircleError(say("together.circle_bad_id", circle=circle))
    members = list(dict.fromkeys(members))
    if not MIN_MEMBERS <= len(members) <= MAX_MEMBERS:
        raise CircleError(say("together.circle_size", low=MIN_MEMBERS, high=MAX_MEMBERS, count=len(members)))
    accounts = {}
    for name in members:
        try:
            accounts[name] = pwd.getpwnam(unix_name(settings, name))
        except KeyError:
            raise CircleError(say("together.circle_unknown", name=name)) from None
    for other, people in circles(settings).items():
        taken = sorted(set(people) & set(members)) if other != circle else []
        if taken:
            raise CircleError(say("together.circle_taken", name=taken[0], circle=other))
    if len(group_name(settings, circle)) > 32 or len(account_unix(settings, circle)) > 32:
        raise CircleError(say("together.circle_bad_id", circle=circle))
    if shutil.which("setfacl") is None:
        raise CircleError(say("together.circle_no_acl"))
    gid = ensure_group(group_name(settings, circle))
    shared = folder(settings, circle)
    shared.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(shared.parent, 0o711)  # members pass through to their circle's folder; nobody lists circles
    shared.mkdir(exist_ok=True)
    os.lchown(shared, 0, gid)
    os.chmod(shared, 0o2770)
    # New files and folders: the circle reads and writes them, others nothing, whatever the umask.
    subprocess.run(["setfacl", "-m", "g::rwx,o::---", "-d", "-m", "u::rwx,g::rwx,o::---,m::rwx", str(shared)],
                   check=True, capture_output=True, text=True)
    for name, entry in accounts.items():
        join_group(group_name(settings, circle), entry.pw_name)
        link(entry, circle, shared)
    own = make_account(settings, circle)
    from academy.together.circle_server import open_url

    starter_notebook(shared, own, say("together.circle_notebook_intro", circle=circle,
                                      url=open_url(settings["hub"].get("base_url", "/"), circle)))
    return shared


def make_account(settings: dict[str, Any], circle: str) -> pwd.struct_passwd:
    """The circle's own Unix account (idempotent): a private 0700 home under the district's home
    root, a locked password, the circle's group and the district's -- no member's group, so it
    reads no member's home, private-data folder or another circle's folder."""
    from academy.hub.unix_accounts import ensure_unix_user, join_district, join_group

    unix = account_unix(settings, circle)
    entry = ensure_unix_user(unix, settings["accounts"]["home_root"], comment=f"study circle {circle}")
    join_group(group_name(settings, circle), unix)
    join_district(settings, unix)  # its server reads the district's Jupyter config under the data root
    return entry


def starter_notebook(shared: Path, owner: pwd.struct_passwd, intro: str) -> Path:
    """``모임노트.ipynb`` in the circle folder (kept if there), the circle's to edit (group rw); its
    first cell ``intro`` links to the circle's server, where it is edited together (opened through a
    member's own ``~/스터디모임-<id>`` it is theirs alone)."""
    import json

    path = shared / NOTEBOOK
    if os.path.lexists(path):
        return path
    cell = {"cell_type": "markdown", "metadata": {}, "source": intro}
    code = {"cell_type": "code", "metadata": {}, "source": "", "outputs": [], "execution_count": None}
    notebook = {"cells": [cell, code], "nbformat": 4, "nbformat_minor": 5,
                "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                            "language": "python"}, "language_info": {"name": "python"}}}
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o660)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(notebook, f, ensure_ascii=False, indent=1)
    os.chown(path, owner.pw_uid, shared.stat().st_gid)
    os.chmod(path, 0o660)
    return path


def link(entry: pwd.struct_passwd, circle: str, shared: Path) -> None:
    """``~/스터디모임-<circle>`` -> the folder, owned by the member; a file of theirs by that name is kept."""
    path = Path(entry.pw_dir) / f"{LINK_PREFIX}{circle}"
    if path.is_symlink() and os.readlink(path) == str(shared):
        return
    if os.path.lexists(path):
        return  # the learner's own file or folder: never replaced
    os.symlink(shared, path)
    os.lchown(path, entry.pw_uid, entry.pw_gid)


def dissolve(settings: dict[str, Any], circle: str) -> list[str]:
    """Take everyone out of ``circle``, remove their links, the circle's account and the group; the
    folder stays, root-only. (The hub's side -- share, server, hub user -- goes first:
    :func:`academy.together.circle_server.close`.)"""
    from academy.hub.unix_accounts import _shadow_tool, remove_unix_user, unix_name

    people = circles(settings).get(circle)
    if people is None:
        raise CircleError(say("together.circle_missing", circle=circle))
    shared = folder(settings, circle)
    for name in people:
        try:
            entry = pwd.getpwnam(unix_name(settings, name))
        except KeyError:
            continue
        path = Path(entry.pw_dir) / f"{LINK_PREFIX}{circle}"
        if path.is_symlink() and os.readlink(path) == str(shared):
            path.unlink()
    remove_unix_user(account_unix(settings, circle))  # its processes end; its private home goes
    _shadow_tool(["groupdel", group_name(settings, circle)])
    if shared.is_dir():
        os.chown(shared, 0, 0)
        os.chmod(shared, 0o700)
    return people
