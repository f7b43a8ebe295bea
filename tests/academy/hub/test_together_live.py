"""Issue 13 item 5 through the real hub: 내 학습 현황, each learner's own progress page.

Two fresh learners (carol, erin) of the session's district hub. carol works through the module
for real (instant check recorded by her own Unix account, fetch, submit, autograde, feedback);
the page follows her: 진행 중 -> 제출함 -> 채점됨 with her score and a feedback link. erin plants
symlinks into carol's folders and asks for carol's page: she still sees only her own empty
progress. Help given: carol, graded, becomes a 도우미 (offers, the instructor approves) and joins
two of erin's help requests -- real shares of erin's server; her page says she helped twice,
erin's says erin has not helped yet, never carol's count. Anonymous visitors are sent to the hub's
login. In a real browser, the link on carol's welcome page opens the page (screenshot in
test-artifacts/: look at it).
"""

from __future__ import annotations

import json
import pwd
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
import requests
from .conftest import ARTIFACTS, PASSWORD
from .helpers import MODULE, browser_session, formgrader, learner, release, solve, submit

from tests.support.probe import Kernel
from academy.together import record

pytestmark = pytest.mark.slow

PAGE = "services/academy-together/"


@pytest.fixture
def pair(district_hub):
    from academy.hub.people import add_user

    for name in ("rosa", "erin"):
        add_user(district_hub.settings, name, role="learner", password=PASSWORD.format(name=name))
    yield "rosa", "erin"  # names no other test grades (the gradebook outlives a removed account)
    for name in ("rosa", "erin"):
        district_hub.remove(name)


def states(html: str) -> dict[str, str]:
    return dict(re.findall(r'data-module="([^"]+)" data-state="([^"]+)"', html))


def helped(html: str) -> str:
    """The help-given count the page shows (its ``#helped`` section)."""
    found = re.search(r'id="helped" data-count="(\d+)"', html)
    assert found, html[-1500:]
    return found.group(1)


def as_learner(hub, name: str, code: str) -> None:
    r = hub.as_unix(name, "/usr/bin/python3", "-c", code)
    assert r.returncode == 0, r.stderr


def test_progress_page_follows_each_learner_and_shows_only_their_own(district_hub, pair, browser):
    hub, (carol, erin) = district_hub, pair
    url = hub.base_url + PAGE
    anonymous = requests.get(url, timeout=60)
    assert "/hub/login" in anonymous.url and "data-module" not in anonymous.text

    # carol's instant check, as her kernel writes it (the hook itself: tests/academy/together/test_record.py)
    line = json.dumps({"module": MODULE, "problem": "double", "kind": "correct", "at": "2026-12-03T10:00:00+0900"})
    as_learner(hub, carol, f"import os; os.makedirs(os.path.expanduser('~/.academy'), mode=0o700, exist_ok=True); "
                           f"open(os.path.expanduser('~/.academy/checks.jsonl'), 'a').write({line!r} + '\\n')")
    # erin points her own folders at carol's (the service reads homes as root: it must not follow)
    home = {n: hub.as_unix(n, "/bin/sh", "-c", "echo $HOME").stdout.strip() for n in (carol, erin)}
    as_learner(hub, erin, f"import os; os.symlink({home[carol] + '/.academy'!r}, os.path.expanduser('~/.academy')); "
                          f"os.symlink({home[carol] + '/' + hub.course!r}, os.path.expanduser('~/{hub.course}'))")

    s_carol, s_erin = browser_session(hub, carol), browser_session(hub, erin)
    page = s_carol.get(url, timeout=60)
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store", page.text[:500]
    assert "내 학습 현황" in page.text and f'id="who">{carol}<' in page.text
    assert states(page.text) == {MODULE: "doing"} and "1개 통과" in page.text
    assert helped(page.text) == "0" and "아직 다른 분을 도와준 적은 없어요" in page.text

    # carol fetches, solves, submits: 제출함
    release(hub)
    hub.start_server(carol)
    # a real instant check in carol's kernel lands in her private record (the hub turned recording on)
    token = hub.login(carol).headers["Authorization"].split()[1]
    out = Kernel.start(hub.base_url, carol, token).execute(
        "from academy.exercises.m01_values import lesson\nlesson.weekend_total.check(42000 * 4)")
    assert out["status"] == "ok", out
    entry = pwd.getpwnam(hub.unix(carol))
    kept = [(e["module"], e["problem"], e["kind"]) for e in record.parse(record.read_lines(Path(entry.pw_dir), entry.pw_uid))]
    assert ("01-values", "weekend_total", "correct") in kept, kept
    r = learner(hub, carol, "POST", "assignments/fetch", data={"course_id": hub.course, "assignment_id": MODULE})
    assert r.status_code == 200 and r.json()["success"], r.text
    solve(hub, carol)
    submit(hub, carol)
    assert states(s_carol.get(url, timeout=60).text) == {MODULE: "submitted"}

    # the instructor grades: 채점됨 with the score; the next step is fetching the feedback
    assert formgrader(hub, "teach", "POST", f"assignment/{MODULE}/collect").json()["success"]
    r = formgrader(hub, "teach", "POST", f"submission/{MODULE}/{carol}/autograde")
    assert r.json()["success"], r.text
    page = s_carol.get(url, timeout=60).text
    assert states(page) == {MODULE: "graded"} and "2 / 2점" in page and "피드백 받기" in page
    assert formgrader(hub, "teach", "POST", f"assignment/{MODULE}/generate_feedback").json()["success"]
    assert formgrader(hub, "teach", "POST", f"assignment/{MODULE}/release_feedback").json()["success"]
    r = learner(hub, carol, "POST", "assignments/fetch_feedback", data={"course_id": hub.course, "assignment_id": MODULE})
    assert r.status_code == 200 and r.json()["success"], r.text
    page = s_carol.get(url, timeout=60).text
    link = re.search(r'class="feedback" href="([^"]+)"', page)
    assert link and link.group(1) == f"/hub/user-redirect/lab/tree/{hub.course}/{MODULE}/feedback", page

    # erin: her own page only, whatever she asks for and whatever she links
    for path in (PAGE, PAGE + "progress", PAGE + f"?user={carol}", PAGE + f"progress?name={carol}"):
        theirs = s_erin.get(hub.base_url + path, timeout=60)
        assert theirs.status_code == 200 and f'id="who">{erin}<' in theirs.text
        assert states(theirs.text) == {MODULE: "todo"} and "통과" not in theirs.text, path
        assert 'class="score"' not in theirs.text and 'class="feedback"' not in theirs.text, path
    # a hub user outside the course (no role for the service): 403
    # (every account of a district is in its course group: the instructor-made admin service token stands in)
    admin = requests.get(url, headers={"Authorization": f"token {admin_token(hub)}"}, timeout=60)
    assert admin.status_code == 403

    # help given: carol (graded) offers to help with the module, the instructor approves, and she
    # joins two of erin's help requests (JupyterHub shares of erin's running server)
    as_learner(hub, erin, "import os; os.unlink(os.path.expanduser('~/.academy')); "  # her own folders again
                          f"os.unlink(os.path.expanduser('~/{hub.course}'))")
    help_url = url + "help/"
    r = hub.login(carol).post(help_url + "volunteer", data={"module": MODULE}, allow_redirects=False, timeout=60)
    assert r.status_code == 302, r.text
    r = hub.login("teach").post(help_url + "approve", data={"name": carol, "module": MODULE},
                                allow_redirects=False, timeout=60)
    assert r.status_code == 302, r.text
    hub.start_server(erin)
    for part in ("exercise", "lesson"):
        r = hub.login(erin).post(help_url + "ask", data={"path": f"{hub.course}/{MODULE}/{part}.ipynb"},
                                 allow_redirects=False, timeout=60)
        assert r.status_code == 302, r.text
    asked = re.findall(r'data-request="([0-9a-f]{12})" data-status="open"', s_erin.get(help_url + "mine", timeout=60).text)
    assert len(asked) == 2, asked
    for request_id in asked:
        r = hub.login(carol).post(help_url + f"{request_id}/join", allow_redirects=False, timeout=60)
        assert r.status_code == 302 and f"/user/{erin}/lab/tree/" in r.headers["Location"], (r.status_code, r.text)
    mine = s_carol.get(url, timeout=60).text
    assert helped(mine) == "2" and "다른 분을 2번 도와줬어요" in mine and "아직 다른 분을" not in mine
    theirs = s_erin.get(url, timeout=60).text
    assert helped(theirs) == "0" and "번 도와줬어요" not in theirs and "아직 다른 분을 도와준 적은 없어요" in theirs
    for request_id in asked:  # erin closes both: the shares go, the help given stays counted
        r = hub.login(erin).post(help_url + f"{request_id}/close", allow_redirects=False, timeout=60)
        assert r.status_code == 302, r.text
    assert helped(s_carol.get(url, timeout=60).text) == "2"

    # the welcome page's link opens the page in a real browser
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="ko-KR")
    tab = context.new_page()
    tab.set_default_timeout(90_000)
    base = hub.base_url.rstrip("/")
    tab.goto(f"{base}/hub/login")
    tab.fill("#username_input", carol)
    tab.fill("#password_input", PASSWORD.format(name=carol))
    tab.click("#login_submit")
    tab.wait_for_load_state()
    tab.goto(f"{base}/user/{carol}/lab/tree/{'시작하기.md'}")
    tab.wait_for_selector(".jp-RenderedMarkdown a:has-text('내 학습 현황')")
    with context.expect_page() as opened:
        tab.click(".jp-RenderedMarkdown a:has-text('내 학습 현황')")
    shown = opened.value
    shown.wait_for_selector("#modules")
    ARTIFACTS.mkdir(exist_ok=True)
    shown.screenshot(path=str(ARTIFACTS / "together-progress.png"), full_page=True)
    assert unquote(shown.url).startswith(f"{base}/services/academy-together/")
    assert "채점됨" in shown.inner_text("#modules") and "2 / 2점" in shown.inner_text("#modules")
    assert "다른 분을 2번 도와줬어요" in shown.inner_text("#helped")
    context.close()


def admin_token(hub) -> str:
    from academy.hub import data_root

    return data_root.admin_token(hub.settings)
