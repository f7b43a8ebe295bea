"""Study circles as the real Unix accounts: members read and write the circle folder, nobody else does."""

from __future__ import annotations

import grp
import json
import os
import pwd
import shutil
import subprocess
from pathlib import Path

import pytest

from academy.together import circles
from tests.support.accounts import need_root, run_as, throwaway_folder

NAMES = ("ann", "ben", "cho", "dan", "eun", "fay", "gil")


@pytest.fixture(scope="module")
def district():
    need_root()
    from academy.hub.unix_accounts import ensure_unix_user, remove_unix_user

    from academy.hub.unix_accounts import remove_district_group

    tag, base = throwaway_folder("circles")
    (base / "data").mkdir(mode=0o711)
    settings = {"district": {"id": f"c{tag}", "course_id": f"c{tag}"}, "hub": {"data_root": str(base / "data")},
                "accounts": {"unix_prefix": f"sca-c{tag}-", "home_root": str(base / "home")}}
    made = []
    try:
        for name in NAMES:
            made.append(ensure_unix_user(f"sca-c{tag}-{name}", base / "home").pw_name)
        yield settings
    finally:
        for group in list(circles.circles(settings)):
            circles.dissolve(settings, group)
        for unix in made:
            remove_unix_user(unix)
        for circle in ("a", "b", "c", "1"):
            remove_unix_user(circles.account_unix(settings, circle))
        remove_district_group(settings)
        shutil.rmtree(base, ignore_errors=True)


def as_member(settings, name: str, *args: str) -> subprocess.CompletedProcess:
    """Run as the learner's account with the groups a newly started server gets, from their home,
    with Jupyter's usual umask (the folder's default ACL still makes files shared)."""
    account = settings["accounts"]["unix_prefix"] + name
    return run_as(account, *args, cwd=pwd.getpwnam(account).pw_dir, umask=0o022)


def test_members_share_their_folder_and_no_one_else_reaches_it(district):
    a = circles.form(district, "a", ["ann", "ben", "cho"])
    b = circles.form(district, "b", ["dan", "eun", "fay"])
    assert circles.circles(district) == {"a": ["ann", "ben", "cho"], "b": ["dan", "eun", "fay"]}
    assert oct(a.stat().st_mode & 0o7777) == "0o2770" and grp.getgrgid(a.stat().st_gid).gr_name.endswith("-c-a")

    # ann writes through her own link; ben reads it and adds to it; cho makes a folder ben writes in
    assert as_member(district, "ann", "/bin/sh", "-c", "echo 우리 계획 > ~/스터디모임-a/plan.txt").returncode == 0
    r = as_member(district, "ben", "/bin/sh", "-c", "cat ~/스터디모임-a/plan.txt && echo 보탬 >> ~/스터디모임-a/plan.txt")
    assert r.returncode == 0 and "우리 계획" in r.stdout, r.stderr
    assert as_member(district, "cho", "/bin/sh", "-c", "mkdir ~/스터디모임-a/notes").returncode == 0
    assert as_member(district, "ben", "/bin/sh", "-c", "echo hi > ~/스터디모임-a/notes/ben.txt").returncode == 0
    assert (a / "plan.txt").read_text() == "우리 계획\n보탬\n"
    assert (a / "plan.txt").stat().st_mode & 0o077 == 0o060  # group rw, others nothing (umask 022)

    # dan (circle b), gil (no circle): not by path, not by listing, not by writing
    for outsider in ("dan", "gil"):
        for command in (f"cat {a}/plan.txt", f"ls {a}", f"echo x > {a}/theirs.txt", f"ls {a.parent}"):
            r = as_member(district, outsider, "/bin/sh", "-c", command)
            assert r.returncode != 0 and "Permission denied" in r.stderr, (outsider, command, r.stdout)
    assert not (a / "theirs.txt").exists()
    r = as_member(district, "ann", "/bin/sh", "-c", f"ls {b}")
    assert r.returncode != 0  # the other way round too


def test_the_circles_own_account_shares_the_folder_and_reads_nothing_of_its_members(district):
    """The account the circle's server runs as (circle_server.py): in the circle's group (and the
    district's, for its Jupyter config), never listed as a member, a private home; it reads and writes
    the circle folder and the circle notebook, and no member's home, private-data folder or other
    circle's folder."""
    a, b = circles.folder(district, "a"), circles.folder(district, "b")
    own = circles.account_unix(district, "a")
    entry = pwd.getpwnam(own)
    groups = {grp.getgrgid(g).gr_name for g in os.getgrouplist(own, entry.pw_gid)}
    assert groups == {own, circles.group_name(district, "a"), f"academy-{district['district']['id']}"}, groups
    assert circles.circles(district)["a"] == ["ann", "ben", "cho"]  # the account is no member
    assert Path(entry.pw_dir).stat().st_mode & 0o077 == 0 and not Path(entry.pw_dir).is_relative_to(a)
    assert not entry.pw_passwd.startswith("$") and subprocess.run(
        ["passwd", "--status", own], capture_output=True, text=True).stdout.split()[1] in ("L", "NP")

    notebook = a / circles.NOTEBOOK
    assert notebook.stat().st_uid == entry.pw_uid and oct(notebook.stat().st_mode & 0o777) == "0o660"
    intro = json.loads(notebook.read_text(encoding="utf-8"))["cells"][0]["source"]
    assert "(/hub/spawn/circle-a?next=" in intro and "스터디모임-a" in intro  # opened alone: the way in together
    r = run_as(own, "/bin/sh", "-c", f"cat {a}/plan.txt && echo 모임에서 >> {a}/plan.txt && "
                                     f"echo 새 파일 > {a}/from-server.txt", umask=0o022)
    assert r.returncode == 0 and "우리 계획" in r.stdout, r.stderr
    r = as_member(district, "ann", "/bin/sh", "-c", "cat ~/스터디모임-a/from-server.txt")
    assert r.returncode == 0 and "새 파일" in r.stdout, r.stderr  # what the server writes, members read

    ann = pwd.getpwnam(district["accounts"]["unix_prefix"] + "ann")
    r = as_member(district, "ann", "/bin/sh", "-c", "mkdir -p ~/내보내기 && echo 비밀 > ~/내보내기/dm.json")
    assert r.returncode == 0, r.stderr
    for command in (f"cat {ann.pw_dir}/내보내기/dm.json", f"ls {ann.pw_dir}", f"cat {b}/x", f"ls {b}",
                    f"echo x > {ann.pw_dir}/planted"):
        r = run_as(own, "/bin/sh", "-c", command)
        assert r.returncode != 0 and "Permission denied" in r.stderr, (command, r.stdout, r.stderr)


def test_circle_account_names_are_nobodys(district):
    """``circle-`` names are the circles' own: no enrolment sheet, district file, add-user or sign-up takes one."""
    from academy.district import is_username
    from academy.hub.people import add_user

    assert is_username("circlea") and not is_username("circle-a")
    with pytest.raises(ValueError, match="circle-"):
        add_user(district, "circle-a")  # before anything is made: no hub needed


def test_bad_requests_are_refused_in_korean_and_change_nothing(district):
    before = circles.circles(district)
    with pytest.raises(circles.CircleError, match="3~5명"):
        circles.form(district, "c", ["gil", "ann"])
    with pytest.raises(circles.CircleError, match="이미 `a` 모임"):
        circles.form(district, "c", ["gil", "ann", "dan"])
    with pytest.raises(circles.CircleError, match="찾을 수 없어요"):
        circles.form(district, "c", ["gil", "nobody", "zed"])
    with pytest.raises(circles.CircleError, match="쓸 수 없어요"):
        circles.form(district, "Bad Name", ["gil", "ann", "dan"])
    assert circles.circles(district) == before


def test_dissolve_takes_members_out_and_keeps_the_folder_for_the_instructor(district):
    shared = circles.folder(district, "b")
    assert sorted(circles.dissolve(district, "b")) == ["dan", "eun", "fay"]
    from academy.hub.unix_accounts import unix_user_exists

    assert not unix_user_exists(circles.account_unix(district, "b"))  # the circle's account went too
    assert "b" not in circles.circles(district)
    home = Path(pwd.getpwnam(district["accounts"]["unix_prefix"] + "dan").pw_dir)
    assert not os.path.lexists(home / "스터디모임-b")
    assert shared.is_dir() and shared.stat().st_mode & 0o077 == 0


def test_the_cli_forms_circles_from_the_enrolment_sheet_all_or_nothing(district, tmp_path, monkeypatch, capsys):
    from academy.admin import cli
    from academy.together import cli as circles_cli

    monkeypatch.setattr(circles_cli, "_district", lambda args: district)
    hub = FakeHub()
    monkeypatch.setattr(circles_cli, "_hub", lambda settings: hub)
    sheet = tmp_path / "명단.csv"
    # Excel's Korean CSV: CP949. The instructor is not put in a circle; ann is in circle a already.
    rows = ["이름,아이디,구분", "강사님,teach,강사", "가,ann,수강생", "나,dan,수강생", "다,eun,수강생", "라,nobody,수강생"]
    sheet.write_bytes("\r\n".join(rows).encode("cp949"))
    assert cli.main(["circles", "form", "--sheet", str(sheet), "--size", "3"]) == 2
    assert "nobody" in capsys.readouterr().err and set(circles.circles(district)) == {"a"}  # nothing formed
    sheet.write_bytes("\r\n".join(rows[:-1] + ["라,fay,수강생"]).encode("cp949"))
    assert cli.main(["circles", "form", "--sheet", str(sheet), "--size", "3"]) == 0
    formed = {c: m for c, m in circles.circles(district).items() if c != "a"}
    assert list(formed.values()) == [["dan", "eun", "fay"]], formed
    assert cli.main(["circles", "list"]) == 0 and "dan, eun, fay" in capsys.readouterr().out
    # each circle formed is opened on the hub: its server shared with its members' hub group
    (circle,) = formed
    assert ("POST", f"/shares/circle-{circle}/", {"user": "dan", "scopes": [
        f"access:servers!server=circle-{circle}/", f"servers!server=circle-{circle}/"]}) in hub.calls
    assert hub.shared == {"dan", "eun", "fay"}
    # dissolving closes the hub side first (the share), then the Unix side
    hub.calls.clear()
    assert cli.main(["circles", "dissolve", circle]) == 0
    assert hub.calls[0] == ("DELETE", f"/shares/circle-{circle}/", None) and circle not in circles.circles(district)
    # the hub down: the Unix side is done, the command says what to run, and fails
    hub.down = True
    assert cli.main(["circles", "form", circle, "dan", "eun", "fay"]) == 1
    assert "academy circles sync" in capsys.readouterr().err and circle in circles.circles(district)
    assert cli.main(["circles", "dissolve", circle]) == 1 and circle not in circles.circles(district)


class FakeHub:
    """The hub API as ``academy circles`` uses it: records calls, keeps who the circle's server is shared with."""

    def __init__(self):
        self.calls, self.shared, self.down = [], set(), False

    def request(self, method, path, body=None, ok=(200, 201, 202, 204)):
        if self.down:
            raise OSError("connection refused")
        self.calls.append((method, path, body))
        if path.startswith("/shares/"):
            if method == "GET":
                return {"items": [{"user": {"name": n}} for n in sorted(self.shared)]}
            if method == "POST":
                self.shared.add(body["user"])
            elif method == "PATCH":
                self.shared.discard(body["user"])
            elif method == "DELETE":
                self.shared.clear()
        return {}


def test_collect_never_takes_a_circle_file_as_someones_work(district):
    """A member who puts a circle file into a submission -- hard link or symlink -- is refused by
    collect's owner check (academy/grading/collect.py): the file stays its author's, never theirs."""
    from academy.grading.collect import VerifiedCollect

    shared = circles.folder(district, "a")
    assert as_member(district, "ann", "/bin/sh", "-c", "echo ann의 풀이 > ~/스터디모임-a/answer.ipynb").returncode == 0
    entry = "$HOME/outbox/ben+00-start+2026-12-03 10:00:00.000000 UTC"
    collect = VerifiedCollect(unix_prefix=district["accounts"]["unix_prefix"])
    home = Path(pwd.getpwnam(district["accounts"]["unix_prefix"] + "ben").pw_dir)
    folder = home / "outbox" / "ben+00-start+2026-12-03 10:00:00.000000 UTC"
    for how in (f"ln {shared}/answer.ipynb", f"ln -s {shared}/answer.ipynb"):
        r = as_member(district, "ben", "/bin/sh", "-c", f"rm -rf ~/outbox && mkdir -p \"{entry}\" && "
                                                        f"{how} \"{entry}/exercise.ipynb\"")
        assert r.returncode == 0, (how, r.stderr)
        assert collect._impostor(str(folder), "ben") is not None, how
    # the circle's own account (its server: anyone of the circle can run code as it) submits as itself:
    # never collected, it is nobody's work
    own = circles.account_unix(district, "a")
    circle_entry = f"$HOME/outbox/circle-a+00-start+2026-12-03 10:00:00.000000 UTC"
    r = run_as(own, "/bin/sh", "-c", f"rm -rf ~/outbox && mkdir -p \"{circle_entry}\" && "
                                     f"cp {shared}/answer.ipynb \"{circle_entry}/exercise.ipynb\"", umask=0o022)
    assert r.returncode == 0, r.stderr
    circle_folder = Path(pwd.getpwnam(own).pw_dir) / "outbox" / "circle-a+00-start+2026-12-03 10:00:00.000000 UTC"
    assert "스터디 모임" in (collect._impostor(str(circle_folder), "circle-a") or "")
    # what ben writes himself (also a copy he made) is his own submission
    r = as_member(district, "ben", "/bin/sh", "-c", f"rm -rf ~/outbox && mkdir -p \"{entry}\" && "
                                                    f"echo ben의 풀이 > \"{entry}/exercise.ipynb\"")
    assert r.returncode == 0 and collect._impostor(str(folder), "ben") is None
