"""The ``academy-weekly`` service's rounds with real Unix accounts and real papermill/nbconvert jobs.

No hub here (tests/academy/hub/test_weekly_live.py runs the managed service through one): the test plays
the service's rounds (``Service.tick``) with an injected clock. Learners are real accounts with
private homes; every file check that matters is made *as* a learner's Unix account.
"""

from __future__ import annotations

import fcntl
import json
import os
import pwd
import re
import shutil
import stat
import subprocess
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import nbformat
import pytest

from academy import district
from academy.data import data_path
from academy.layout import CGROUP_V1_MEMORY
from academy.weekly import service as weekly_service
from academy.weekly import timing
from .conftest import run_as, throwaway_folder

pytestmark = pytest.mark.slow

SAMPLE_EXPORT = "knitting/instagram-siltarae.knit-2026-07-01-k9QeR2.zip"


def report_notebook(extra: str = "") -> nbformat.NotebookNode:
    """A tiny report notebook: a ``parameters`` cell, the learner's reading, a chart, a summary."""
    params = nbformat.v4.new_code_cell('export_path = ""\nstart_date = ""\nend_date = ""\nplatform = "instagram"')
    params.metadata["tags"] = ["parameters"]
    cells = [nbformat.v4.new_markdown_cell("# 나의 주간 SNS 보고서"), params,
             nbformat.v4.new_code_cell("from academy.readers import read_export\n"
                                       "posts = read_export(export_path).posts\n"
                                       "print(f'{platform} 게시물 {len(posts)}개, 기간 {start_date} ~ {end_date}')"),
             nbformat.v4.new_code_cell("import matplotlib.pyplot as plt\nfrom academy.fonts import use_korean_font\n"
                                       "use_korean_font()\n"
                                       "plt.bar(['좋아요'], [int(posts['likes'].sum())]); plt.show()")]
    if extra:
        cells.append(nbformat.v4.new_code_cell(extra))
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def as_unix(account: str, *args: str, cwd: str = "/") -> subprocess.CompletedProcess:
    return run_as(account, *args, cwd=cwd, timeout=120)


def give(account: str, path: Path, data: bytes) -> Path:
    """Write ``path`` into a learner's home as that learner would have (owner = the learner)."""
    entry = pwd.getpwnam(account)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    for p in [path, *path.relative_to(entry.pw_dir).parents]:
        full = Path(entry.pw_dir) / p
        if full != Path(entry.pw_dir):
            os.chown(full, entry.pw_uid, entry.pw_gid)
    return path


def subscribe_as(account: str, python: str, notebook: str, export: str, **kwargs) -> subprocess.CompletedProcess:
    """The learner's one call, run as the learner's own account (as their kernel would)."""
    extra = "".join(f", {k}={v!r}" for k, v in kwargs.items())
    code = f"import academy.weekly as w; w.subscribe({notebook!r}, export={export!r}{extra})"
    result = as_unix(account, python, "-c", code, cwd=pwd.getpwnam(account).pw_dir)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def place():
    """Settings of a throw-away district and learners alice and bob with private homes."""
    if os.geteuid() != 0:
        pytest.skip("runs jobs as real Unix accounts: needs root")
    from academy.hub import unix_accounts, launch, data_root

    tag, base = throwaway_folder("weekly")
    settings = district.validate(district.merge(district.defaults(), {
        "district": {"id": f"w{tag}", "name": "테스트구"}, "people": {"instructors": ["teach"]},
        "hub": {"data_root": str(base / "data")},
        "accounts": {"unix_prefix": f"sca-w{tag}-", "home_root": str(base / "home")},
        "limits": {"memory_mb": 512}, "weekly": {"parallel": 1, "keep": 2}}))
    (base / "data").mkdir(mode=0o711)
    os.chmod(base / "data", 0o711)
    names = ["alice", "bob"]
    accounts_made = [settings["accounts"]["unix_prefix"] + n for n in names]
    try:
        for unix in accounts_made:
            unix_accounts.ensure_unix_user(unix, settings["accounts"]["home_root"])
        python = str(data_root.build_runtime(settings))
        yield settings, python, names
    finally:
        for unix in accounts_made:
            unix_accounts.stop_processes_of(unix, timeout=5)
            unix_accounts.remove_unix_user(unix)
        launch.remove_district_cgroup(settings)
        shutil.rmtree(base, ignore_errors=True)


def home(settings, name) -> Path:
    return Path(pwd.getpwnam(settings["accounts"]["unix_prefix"] + name).pw_dir)


def run_until_idle(svc: weekly_service.Service, rounds: int = 240) -> list[str]:
    """Play rounds until no job runs; returns every event (bounded, no timing asserted)."""
    events = svc.tick()
    for _ in range(rounds):
        if not svc.running:
            break
        assert len(svc.running) <= svc.weekly["parallel"]
        time.sleep(0.5)
        events += svc.tick()
    assert not svc.running, "jobs still running"
    return events


def look_offline_in_chromium(html: str, screenshot: str) -> None:
    """Open the report in Chromium with every network request refused; keep a screenshot."""
    from .conftest import ARTIFACTS, CHROMIUM, CHROMIUM_FLAGS

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/bootstrap.sh (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    artifacts = ARTIFACTS
    artifacts.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "report.html"
        page_file.write_text(html, encoding="utf-8")
        asked = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            try:
                page = browser.new_page(viewport={"width": 1000, "height": 1400})

                def offline(route):
                    if route.request.url.startswith("file://"):
                        route.continue_()
                    else:
                        asked.append(route.request.url)
                        route.abort()

                page.route("**/*", offline)
                page.goto(page_file.as_uri())
                page.wait_for_load_state("load")
                shown = page.inner_text("body")
                images = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.naturalWidth)")
                page.screenshot(path=str(artifacts / screenshot), full_page=True)
            finally:
                browser.close()
    assert asked == [], f"the report asked the network for {asked}"
    assert "게시물" in shown and images and all(w > 0 for w in images), (shown[:500], images)


def test_weekly_round_as_the_learner_once_a_week_and_records(place):
    settings, python, names = place
    unix = {n: settings["accounts"]["unix_prefix"] + n for n in names}
    alice = home(settings, "alice")
    home(settings, "bob")
    probe = ("import resource\n"
             "memory = [l.split(':')[2] for l in open('/proc/self/cgroup') if ':memory:' in l]\n"
             "print('memory cgroup', memory, 'data limit', resource.getrlimit(resource.RLIMIT_DATA)[0])")
    give(unix["alice"], alice / "my_report.ipynb", nbformat.writes(report_notebook(probe)).encode())
    give(unix["alice"], alice / "내보내기" / "instagram.zip", data_path(SAMPLE_EXPORT).read_bytes())
    out = subscribe_as(unix["alice"], python, "my_report.ipynb", "~/내보내기/instagram.zip").stdout
    assert "주간 보고서를 신청했어요" in out

    now = datetime.now(timezone.utc)
    due = timing.next_due(settings, now)
    date = timing.report_date(due)
    svc = weekly_service.Service(settings, learners=lambda: names, clock=lambda: due + timedelta(minutes=1))
    assert weekly_service.Service(settings, learners=lambda: names, clock=lambda: now).due(now) == [], \
        "subscribed just now: nothing due before the next weekly moment"

    events = run_until_idle(svc)
    assert events == ["alice: started", "alice: ok"], (events, svc.state.learner("alice")["runs"], (svc.dirs["logs"] / f"{unix['alice']}.log").read_text()[-3000:])
    report = alice / "reports" / f"{date}.html"
    info = report.stat()
    assert (info.st_uid, stat.S_IMODE(info.st_mode)) == (pwd.getpwnam(unix["alice"]).pw_uid, 0o600)
    html = report.read_text(encoding="utf-8")
    start, end = timing.report_range(due)
    assert "instagram 게시물" in html and f"기간 {start} ~ {end}" in html and "<img" in html
    assert "read_export" not in html, "code cells are hidden"
    assert not re.findall(r"""(?:src|href)\s*=\s*["']https?://""", html), "the report opens offline"
    # The kernel that ran the notebook had the memory limit of alice's server (memory_mb + 512 MB).
    limit = (settings["limits"]["memory_mb"] + 512) * 1024 ** 2
    group = CGROUP_V1_MEMORY / f"academy-{settings['district']['id']}" / unix["alice"]
    if group.exists():
        assert f"memory cgroup ['/academy-{settings['district']['id']}/{unix['alice']}" in html, html[-3000:]
        assert int((group / "memory.limit_in_bytes").read_text()) == limit
    else:
        assert f"data limit {limit}" in html
    look_offline_in_chromium(html, "weekly-report.png")
    # Another learner cannot read it, acting as their own Unix account.
    denied = as_unix(unix["bob"], "/bin/cat", str(report))
    assert denied.returncode != 0 and "Permission denied" in denied.stderr

    # Records: learner-readable (alice, as herself, through academy.weekly.runs), not bob's.
    runs_file = weekly_service.folders(settings)["runs"] / f"{unix['alice']}.json"
    table = as_unix(unix["alice"], python, "-c",
                    "import os, academy.weekly as w; os.environ['ACADEMY_WEEKLY_RUNS'] = "
                    f"{str(runs_file.parent)!r}; print(w.runs().to_csv(index=False))")
    assert table.returncode == 0 and "시작,끝,결과,오류" in table.stdout and "성공" in table.stdout, table
    assert as_unix(unix["bob"], "/bin/cat", str(runs_file)).returncode != 0
    assert as_unix(unix["alice"], "/bin/sh", "-c", f"echo x >> {runs_file}").returncode != 0, "records are not hers to change"

    # Once a week: the same clock again, and a restarted service, start nothing.
    assert svc.tick() == []
    restarted = weekly_service.Service(settings, learners=lambda: names, clock=lambda: due + timedelta(hours=5))
    assert restarted.tick() == []

    # Next week the export is gone: a Korean record naming it, the old report untouched, no part file.
    (alice / "내보내기" / "instagram.zip").unlink()
    later = due + timedelta(days=7, minutes=1)
    restarted.clock = lambda: later
    assert run_until_idle(restarted) == ["alice: started", "alice: error"]
    last = restarted.state.learner("alice")["runs"][-1]
    assert "내보내기 파일 ~/내보내기/instagram.zip이 없어요" in last["error"], last
    assert sorted(p.name for p in (alice / "reports").iterdir()) == [f"{date}.html"]

    # A broken export: the reader's Korean message reaches the record; still no half-written file.
    give(unix["alice"], alice / "내보내기" / "instagram.zip", b"PK\x03\x04 not really a zip")
    restarted.clock = lambda: later + timedelta(days=7)
    assert run_until_idle(restarted) == ["alice: started", "alice: error"]
    last = restarted.state.learner("alice")["runs"][-1]
    assert "코드 셀에서 오류가 났어요" in last["error"] and "instagram.zip" in last["error"], last
    assert sorted(p.name for p in (alice / "reports").iterdir()) == [f"{date}.html"]
    records = json.loads(runs_file.read_text(encoding="utf-8"))["runs"]
    assert [r["outcome"] for r in records] == ["ok", "error", "error"]


def test_a_job_cannot_read_another_learners_home(place):
    """The job runs as the learner: a report notebook that reads bob's report file fails."""
    settings, python, names = place
    unix = {n: settings["accounts"]["unix_prefix"] + n for n in names}
    alice, bob = home(settings, "alice"), home(settings, "bob")
    secret = give(unix["bob"], bob / "secret.txt", "bob의 비밀".encode())
    nosy = report_notebook(f"print(open({str(secret)!r}).read())")
    give(unix["alice"], alice / "nosy.ipynb", nbformat.writes(nosy).encode())
    give(unix["alice"], alice / "내보내기" / "instagram.zip", data_path(SAMPLE_EXPORT).read_bytes())
    subscribe_as(unix["alice"], python, "nosy.ipynb", "내보내기/instagram.zip")
    svc = weekly_service.Service(settings, learners=lambda: ["alice"],
                                 clock=lambda: timing.next_due(settings, datetime.now(timezone.utc)) + timedelta(days=30))
    assert run_until_idle(svc)[-1] == "alice: error"
    error = svc.state.learner("alice")["runs"][-1]["error"]
    assert "PermissionError" in error and "bob의 비밀" not in error, error
    assert not any("bob의 비밀" in p.read_text(encoding="utf-8") for p in (alice / "reports").glob("*.html"))


def test_hostile_subscriptions_are_refused_with_a_korean_record(place):
    settings, python, names = place
    unix = {n: settings["accounts"]["unix_prefix"] + n for n in names}
    alice, bob = home(settings, "alice"), home(settings, "bob")
    give(unix["alice"], alice / "secret_report.ipynb", nbformat.writes(report_notebook()).encode())
    when = datetime.now(timezone.utc) + timedelta(days=60)
    later = iter(range(1, 100))

    def round_for_bob() -> str:
        at = when + timedelta(days=7 * next(later))
        svc = weekly_service.Service(settings, learners=lambda: ["bob"], clock=lambda: at)
        run_until_idle(svc)
        return svc.state.learner("bob")["runs"][-1]["error"] or ""

    folder = bob / ".academy"
    if folder.exists():
        shutil.rmtree(folder)
    # 1. bob's subscription is a symlink to alice's file (root would follow it).
    folder.mkdir()
    os.chown(folder, *(pwd.getpwnam(unix["bob"])[2:4]))
    (folder / "weekly.json").symlink_to(alice / ".academy" / "weekly.json")
    assert "보통 파일이 아니에요" in round_for_bob()
    (folder / "weekly.json").unlink()
    # 2. a path leading into alice's home through a symlink in bob's home.
    (bob / "report.ipynb").symlink_to(alice / "secret_report.ipynb")
    give(unix["bob"], bob / "x.zip", b"PK")
    sub = {"notebook": "report.ipynb", "export": "x.zip", "platform": None, "keep": None,
           "since": "2020-01-01T00:00:00+00:00"}
    give(unix["bob"], folder / "weekly.json", json.dumps(sub).encode())
    assert "홈 폴더 밖" in round_for_bob()
    # 3. an absolute path, and a huge file.
    give(unix["bob"], folder / "weekly.json", json.dumps({**sub, "notebook": str(alice / "secret_report.ipynb")}).encode())
    assert "'notebook' 항목이 올바르지 않아요" in round_for_bob()
    give(unix["bob"], folder / "weekly.json", b" " * 10 ** 7)
    assert "너무 커요" in round_for_bob()
    assert not (bob / "reports").exists() or not list((bob / "reports").glob("*.html"))


def test_never_two_jobs_of_one_learner_and_a_timeout_is_recorded(place):
    settings, python, names = place
    unix = {n: settings["accounts"]["unix_prefix"] + n for n in names}
    alice = home(settings, "alice")
    slow = report_notebook("import time\nfor _ in range(600):\n    time.sleep(1)")
    give(unix["alice"], alice / "slow.ipynb", nbformat.writes(slow).encode())
    give(unix["alice"], alice / "내보내기" / "instagram.zip", data_path(SAMPLE_EXPORT).read_bytes())
    subscribe_as(unix["alice"], python, "slow.ipynb", "내보내기/instagram.zip")
    when = datetime.now(timezone.utc) + timedelta(days=400)
    svc = weekly_service.Service(settings, learners=lambda: ["alice"], clock=lambda: when)
    # A job of alice still holds her lock (e.g. left by a service that was restarted): none starts.
    lock = svc.dirs["locks"] / f"{unix['alice']}.lock"
    held = os.open(lock, os.O_RDONLY | os.O_CREAT)
    fcntl.flock(held, fcntl.LOCK_EX)
    try:
        assert svc.tick() == [] and not svc.running
    finally:
        os.close(held)
    svc.weekly = dict(svc.weekly, timeout_minutes=0.05)  # 3 s for this test
    events = svc.tick()
    assert events == ["alice: started"]
    assert "alice: started" not in svc.tick(), "never a second job of alice while hers runs"
    events = run_until_idle(svc)
    assert events[-1] == "alice: error"
    assert "분 안에 끝나지 않아서 멈췄어요" in svc.state.learner("alice")["runs"][-1]["error"]
    import psutil

    uid = pwd.getpwnam(unix["alice"]).pw_uid

    def left() -> list[psutil.Process]:
        return [p for p in psutil.process_iter(["uids", "cmdline", "status"])
                if p.info["uids"] and p.info["uids"].real == uid and p.info["status"] != psutil.STATUS_ZOMBIE]

    # A killed process may still be on its way out (not yet a zombie) under load: give it 10 s.
    deadline = time.monotonic() + 10
    while left() and time.monotonic() < deadline:
        time.sleep(0.2)
    remaining = left()
    assert not remaining, f"processes of the stopped job remain: {[p.info['cmdline'] for p in remaining]}"
    assert not list((alice / "reports").glob(".weekly-*")), "no half-written report"
