"""Issue 20 (items 2, 3, 6): what a learner sees in a real browser, from first login to feedback.

A new learner lands on a Korean welcome that says what to do next (not an empty launcher); a
returning learner lands on the lesson of the module in progress; nbgrader's commands in the palette
are Korean; a fetch the exchange refuses and a Fetch Feedback with nothing returned yet are answered
in Korean; a failing Validate carries the Korean error explainer; the assignment list shows
submission times in Korean time; the feedback page is Korean and loads nothing from the internet.
Screenshots go to test-artifacts/ (git-ignored): look at them.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from academy.messages import say
from academy.messages.notice import plain

from .conftest import ARTIFACTS, PASSWORD
from .helpers import MODULE, first_login, formgrader, learner, release, solve

pytestmark = pytest.mark.slow

NEW_PASSWORD = "dana-own-pw-2026"
# nbgrader's and nbconvert's stock feedback page; none of it may reach a learner.
FEEDBACK_ENGLISH = ["Test cell", "Student's answer", "Comments", "No response", "Score", "(Top)", "Grade cell",
                    "Written response", "Coding free-response", "In\xa0[", "Out["]


@pytest.fixture
def dana(district_hub):
    from academy.hub.people import add_user

    add_user(district_hub.settings, "dana", role="learner", password=PASSWORD.format(name="dana"),
             full_name="이수강")
    yield "dana"
    district_hub.remove("dana")


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"korean-{name}.png"))


def main_text(page) -> str:
    return page.inner_text("#jp-main-dock-panel")


# nbgrader's lab extension's own words (@jupyter/nbgrader 0.9.6); the academy's extension makes them Korean.
NBGRADER_ENGLISH = ["Nbgrader", "Assignment List", "Assignments", "Released", "Downloaded", "Submitted",
                    "Fetch", "Submit", "Validat", "The following cell", "You did not provide", "Success!",
                    "There are no", "Loading", "please wait", "Invalid Submission", "not submitted", "feedback",
                    "Partial credit", "assignments", "course:"]


def english_in(text: str) -> list[str]:
    return [word for word in NBGRADER_ENGLISH if word in text]


# What nbgrader's server sends back when the exchange refuses (its Python traceback), and its commands' labels.
SERVER_ENGLISH = ["Traceback", "Error", "Exchange", "Assignment not found", "You already have", "permission",
                  "Course List", "Formgrader", "Create assignment", "nbgrader"]


def english_anywhere(text: str) -> list[str]:
    return english_in(text) + [word for word in SERVER_ENGLISH if word in text]


def list_error(page, expected: str) -> str:
    """The message nbgrader's panel shows in its lists when the server answers a failure."""
    page.wait_for_function("s => document.querySelector('#released_assignments_list_error').innerText.includes(s)",
                           arg=expected, timeout=30_000)
    return page.inner_text("#released_assignments_list_error")


def palette_after(page, query: str) -> str:
    """The command palette's entries (headings and labels) for ``query``, as a learner types it."""
    page.fill("#modal-command-palette .lm-CommandPalette-input", query)
    page.wait_for_timeout(300)
    return page.inner_text("#modal-command-palette .lm-CommandPalette-content")


def open_panel(page) -> None:
    """과제 → 과제 목록 (nbgrader's "Nbgrader" → "Assignment List")."""
    page.click(".lm-MenuBar-itemLabel:text-is('과제')")
    page.click("#jp-mainmenu-nbgrader .lm-Menu-itemLabel:text-is('과제 목록')")
    page.wait_for_selector("#nbgrader-assignment-list #released_assignments_list")


def assert_korean_panel(page) -> None:
    page.wait_for_function("() => !document.querySelector('#nbgrader-assignment-list').innerText"
                           ".includes('Loading')")  # (loading placeholders hidden, or still English: fails below)
    panel = page.inner_text("#nbgrader-assignment-list")
    tooltips = " ".join(page.eval_on_selector_all("#nbgrader-assignment-list [title]",
                                                  "els => els.map(e => e.title)"))
    menu = page.inner_text("#jp-menu-panel")
    tab = page.inner_text(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current")
    assert english_in(panel + tooltips + menu + tab) == [], (panel, tooltips, menu, tab)
    assert "받을 수 있는 과제" in panel and "받은 과제" in panel and "낸 과제" in panel and "과제 목록" in tab


def validation_dialog(page, name: str) -> str:
    """The Validate dialog's text (nbgrader's dialog; the learner's code and Python's traceback aside)."""
    page.wait_for_selector(".jp-Dialog #validation-message")
    page.wait_for_timeout(300)
    shot(page, name)
    text = page.inner_text(".jp-Dialog")
    prose = page.eval_on_selector(".jp-Dialog", "d => { const c = d.cloneNode(true);"
                                  " c.querySelectorAll('pre').forEach(p => p.remove()); return c.innerText; }")
    assert english_in(prose) == [], prose
    return text


def test_first_screen_times_and_feedback_are_korean(district_hub, browser, dana):
    hub, name = district_hub, dana
    release(hub)
    hub.login(name)  # an API session for the steps done outside the browser (before the password changes)
    base = hub.base_url.rstrip("/")
    page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="ko-KR")
    page.set_default_timeout(90_000)

    # First login: password change, then the server starts and JupyterLab opens on the welcome page.
    first_login(page, base, name, NEW_PASSWORD)
    assert "로그아웃" in page.inner_text("nav") and "Logout" not in page.inner_text("nav")
    page.goto(f"{base}/hub/spawn")
    page.wait_for_url(f"**/user/{name}/lab/tree/**", timeout=150_000)
    assert unquote(page.url).endswith("/lab/tree/시작하기.md"), page.url
    page.wait_for_selector(".jp-RenderedMarkdown h1")  # rendered, not Markdown source in an editor
    page.wait_for_timeout(1000)
    shot(page, "1-first-screen")
    welcome = main_text(page)
    assert "코딩 아카데미에 오신 것을 환영해요!" in welcome
    assert "지금 할 일" in welcome and f"첫 과제 {MODULE}(허브 점검)" in welcome  # title from syllabus.yml
    assert "과제 목록" in welcome and "받기" in welcome and "Shift + Enter" in welcome
    # the welcome names the panel as the learner sees it (`feedback` is the folder nbgrader makes)
    assert english_in(welcome.replace("feedback 폴더", "")) == []
    assert "#" not in welcome and "**" not in welcome  # no raw markup

    # The assignment panel (the academy's lab extension, labextension/): Korean menu, panel and buttons,
    # the module's Korean title; fetch with its button.
    assert page.evaluate("() => document.body.dataset.academyLab") == "nbgrader-ko", "labextension/ not loaded"
    open_panel(page)
    row = f"#released_assignments_list .list_item:has-text('허브 점검 ({MODULE})')"
    page.wait_for_selector(row)
    shot(page, "3-panel-released")
    assert_korean_panel(page)

    # nbgrader's commands in the palette are Korean, under a Korean heading (labextension/, lab.yml commands);
    # searching their English names finds nothing, and the palette says so in Korean.
    page.click("#jp-main-dock-panel")
    page.keyboard.press("Control+Shift+C")
    page.wait_for_selector("#modal-command-palette .lm-CommandPalette-input")
    listed = palette_after(page, "")
    shot(page, "3b-palette")
    labels = page.eval_on_selector_all("#modal-command-palette .lm-CommandPalette-itemLabel", "ls => ls.map(l => l.innerText)")
    headings = page.eval_on_selector_all("#modal-command-palette .lm-CommandPalette-header", "hs => hs.map(h => h.innerText)")
    assert "과제 목록" in labels and "과제" in [h.strip() for h in headings], (labels, headings)
    assert english_in(listed) == [] and "nbgrader" not in listed.lower() and "Course List" not in listed
    for query in ("Assignment", "nbgrader", "과제"):
        found = palette_after(page, query)
        assert english_anywhere(found.replace(f"'{query}'", "")) == [] and "No commands" not in found, (query, found)
        assert f"'{query}'에 맞는 명령이 없어요." in found, found  # (Lumino's search cannot match Korean words)
    shot(page, "3c-palette-search")
    page.keyboard.press("Escape")

    # A fetch the exchange refuses is answered in Korean with the next step (nbgrader dropped it: the
    # click seemed to do nothing): here a folder of the module's name is already in the learner's home.
    for folder in (hub.course, f"{hub.course}/{MODULE}"):
        r = learner(hub, name, "PUT", f"api/contents/{folder}", json={"type": "directory"})
        assert r.status_code in (200, 201), r.text
    page.click(f"{row} button:has-text('받기')")
    refused = list_error(page, "과제 폴더가 이미 있어요")
    shot(page, "3d-fetch-refused")
    assert english_anywhere(page.inner_text("#nbgrader-assignment-list")) == [], refused
    assert "허브 점검(" in refused and "새로 고침" in refused
    assert learner(hub, name, "DELETE", f"api/contents/{hub.course}/{MODULE}").status_code == 204
    # ... and through the same server extension: a module never released, a submit of a module not fetched.
    for action, module, expected in (("fetch", "99-not-released", "지금 받을 수 없어요"),
                                     ("submit", "99-not-released", "과제 폴더를 찾지 못했어요")):
        answer = learner(hub, name, "POST", f"assignments/{action}",
                         data={"course_id": hub.course, "assignment_id": module}).json()
        assert answer["success"] is False and expected in answer["value"], answer
        assert english_anywhere(answer["value"]) == [], answer
    page.click("#refresh_assignments_list")
    page.wait_for_selector(row)
    page.click(f"{row} button:has-text('받기')")
    page.wait_for_selector(f"#fetched_assignments_list .list_item:has-text('허브 점검 ({MODULE})')")

    # A returning learner with the module fetched lands on its lesson; its Validate button is Korean too.
    page.goto(f"{base}/user/{name}/")
    page.wait_for_url(f"**/lab/tree/{hub.course}/{MODULE}/lesson.ipynb", timeout=60_000)
    page.wait_for_selector(".jp-Notebook .jp-RenderedMarkdown h1")
    page.wait_for_selector(".validate-button")
    shot(page, "2-returning-lands-on-lesson")
    assert "허브 점검 강의" in main_text(page)
    assert page.inner_text(".validate-button").strip() == "검사"
    # The kernel's name in the notebook's toolbar is the district's Korean one (kernelspec display_name).
    page.wait_for_function("document.querySelector('.jp-Toolbar-kernelName')?.innerText.trim() === '파이썬 3'")
    # JupyterLab's own menus: the language pack's wrong particle corrected (academy/patches/jupyterlab_server.py).
    page.click(".lm-MenuBar-itemLabel:text-is('실행')")
    run_menu = page.locator(".lm-Menu-itemLabel").all_inner_texts()
    page.keyboard.press("Escape")
    assert "커널 재시작 및 모든 셀 실행" in run_menu and not [label for label in run_menu if "재시작와" in label], run_menu
    assert page.get_attribute(".validate-button", "title") == "과제 검사하기"

    # Validate before answering: the dialog says, in Korean, which cell failed.
    open_panel(page)
    page.click(f"#fetched_assignments_list .list_item:has-text('{MODULE}') .assignment-notebooks-link")
    validate = "#fetched_assignments_list .nested_list_item:has-text('연습 문제') button:has-text('검사')"
    page.click(validate)
    dialog = validation_dialog(page, "4-validate-failed")
    assert "검사 결과" in dialog and "이 셀에서 막혔어요:" in dialog and "assert double(2) == 4" in dialog
    # under Python's traceback, the Korean error explainer of the learners' kernel (academy/hub/validate.py)
    page.eval_on_selector(".jp-Dialog #validation-message", "m => { const p = [...m.querySelectorAll('pre')].pop();"
                          " p.scrollTop = p.scrollHeight; p.scrollIntoView({block: 'end'}); }")
    page.wait_for_timeout(300)
    shot(page, "4b-validate-explained")
    assert "[오류 도우미]" in dialog and plain(say("explain.NotImplementedError")) in dialog, dialog
    sideways = page.eval_on_selector(".jp-Dialog #validation-message", "m => { const p = [...m.querySelectorAll('pre')]"
                                     ".pop(); return p.scrollWidth - p.clientWidth; }")
    assert sideways <= 1, sideways  # wrapped at the dialog's width: nothing to scroll sideways for
    page.click(".jp-Dialog .jp-mod-accept")
    # Answered: the dialog says it passes and what to do next.
    solve(hub, name)
    page.click(validate)
    dialog = validation_dialog(page, "5-validate-passed")
    assert "잘했어요! 노트북이 모든 확인을 통과했어요." in dialog and "제출" in dialog
    page.click(".jp-Dialog .jp-mod-accept")

    # Submitted with the panel's button: the list shows the time in Korean time, not UTC with microseconds.
    page.click(f"#fetched_assignments_list .list_item:has-text('{MODULE}') button:has-text('제출')")
    page.wait_for_selector(f"#submitted_assignments_list .list_item:has-text('허브 점검 ({MODULE})')")
    # Fetch Feedback before any is returned: said in Korean (nbgrader only logged it; the click did nothing).
    page.click(f"#submitted_assignments_list .list_item:has-text('{MODULE}') button:has-text('피드백 받기')")
    waiting = list_error(page, "아직 돌려받을 피드백이 없어요")
    shot(page, "6b-no-feedback-yet")
    assert english_anywhere(page.inner_text("#nbgrader-assignment-list")) == [], waiting
    page.click("#refresh_assignments_list")
    page.wait_for_selector(f"#submitted_assignments_list .list_item:has-text('허브 점검 ({MODULE})')")
    listed = learner(hub, name, "GET", "assignments", params={"course_id": hub.course}).json()["value"]
    stamps = [s["timestamp"] for a in listed if a["status"] == "submitted" for s in a["submissions"]]
    assert stamps and all(re.fullmatch(r"\d{4}년 \d{1,2}월 \d{1,2}일 오[전후] \d{1,2}:\d\d", s) for s in stamps), stamps
    page.wait_for_function("s => document.querySelector('#submitted_assignments_list').innerText.includes(s)",
                           arg=stamps[0])
    panel = page.inner_text("#submitted_assignments_list")
    shot(page, "6-submitted-korean-time")
    assert stamps[0] in panel and "UTC" not in panel
    assert_korean_panel(page)

    # Graded and returned: the feedback page is Korean and asks the internet for nothing.
    assert formgrader(hub, "teach", "POST", f"assignment/{MODULE}/collect").json()["success"]
    assert formgrader(hub, "teach", "POST", f"submission/{MODULE}/{name}/autograde").json()["success"]
    assert formgrader(hub, "teach", "POST", f"assignment/{MODULE}/generate_feedback").json()["success"]
    assert formgrader(hub, "teach", "POST", f"assignment/{MODULE}/release_feedback").json()["success"]
    page.click("#refresh_assignments_list")
    submitted = f"#submitted_assignments_list .list_item:has-text('{MODULE}')"
    page.wait_for_selector(f"{submitted}:has-text('받을 피드백이 있어요')")
    page.click(f"{submitted} button:has-text('피드백 받기')")
    page.wait_for_selector(f"{submitted}:has-text('피드백 보기')")
    shot(page, "7-feedback-fetched")
    assert_korean_panel(page)
    feedback_root = f"api/contents/{hub.course}/{MODULE}/feedback"
    (stamp,) = [e["name"] for e in learner(hub, name, "GET", feedback_root).json()["content"]]
    outside = []
    page.on("request", lambda request: outside.append(request.url)
            if not request.url.startswith(base) and not request.url.startswith("data:") else None)
    page.goto(f"{base}/user/{name}/files/{hub.course}/{MODULE}/feedback/{stamp}/exercise.html")
    page.wait_for_selector("#toc")
    page.wait_for_timeout(1000)
    shot(page, "8-feedback")
    text = page.inner_text("body")
    assert [word for word in FEEDBACK_ENGLISH if word in text] == []
    assert "허브 점검 — 연습 문제 피드백" in text and "점수 2 / 2" in text and "확인 셀" in text
    assert "모두 맞았어요!" in text  # full marks: the next step is the next module
    assert outside == []
    page.close()


# -- item 7: readable for older eyes ------------------------------------------------------------

LARGE_TEXT_NOTEBOOK = {
    "cells": [
        {"cell_type": "markdown", "id": "c0", "metadata": {},
         "source": "# 커피 값 확인\n커피 한 잔 값을 `coffee_price`에 담고 확인해요."},
        {"cell_type": "code", "id": "c1", "metadata": {}, "execution_count": None, "outputs": [],
         "source": "from academy.checking import Problem\n"
                   "coffee = Problem('coffee_price', expected=4500, hints=['한 잔 값은 4천5백 원이에요.'])\n"
                   "coffee_price = 4000\ncoffee.check()\ncoffee.hint()"},
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}},
    "nbformat": 4, "nbformat_minor": 5,
}


@pytest.fixture
def mina(district_hub):
    from academy.hub.people import add_user

    add_user(district_hub.settings, "mina", role="learner", password=PASSWORD.format(name="mina"), full_name="박미나")
    yield "mina"
    district_hub.remove("mina")


def _px(page, selector: str, prop: str = "font-size") -> float:
    return page.eval_on_selector(selector, f"e => parseFloat(getComputedStyle(e).getPropertyValue('{prop}'))")


def test_lab_opens_with_the_districts_large_fonts_and_checks_stay_legible(district_hub, browser, mina):
    """The district's [lab] sizes reach every learner through JupyterLab's overrides.json: code,
    text, menus and a check message are larger than JupyterLab's 13/14/13 px; the learner can
    still choose their own size."""
    hub, name = district_hub, mina
    lab = hub.settings["lab"]
    assert lab["font_size_code"] > 13 and lab["font_size_content"] > 14 and lab["font_size_ui"] > 13
    s = hub.login(name)
    base = hub.base_url.rstrip("/")
    page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="ko-KR")
    page.set_default_timeout(90_000)
    first_login(page, base, name, NEW_PASSWORD)
    page.goto(f"{base}/hub/spawn")
    page.wait_for_url(f"**/user/{name}/lab/**", timeout=150_000)
    r = s.put(f"{base}/user/{name}/api/contents/글씨-크기.ipynb", timeout=30,
              json={"type": "notebook", "format": "json", "content": LARGE_TEXT_NOTEBOOK})
    assert r.status_code in (200, 201), r.text

    page.goto(f"{base}/user/{name}/lab/tree/글씨-크기.ipynb")
    page.wait_for_selector(".jp-Notebook .jp-CodeCell .cm-content")
    page.wait_for_function("() => (document.querySelector('#jp-main-statusbar') || {}).innerText?.includes('| 대기')",
                           timeout=120_000)  # the kernel is up (idle) before the cell runs
    page.click(".jp-Notebook .jp-CodeCell .cm-content")
    page.keyboard.press("Shift+Enter")
    try:
        page.wait_for_selector(".jp-OutputArea-output .academy-notice-hint", timeout=120_000)
    finally:
        shot(page, "5-large-fonts-check-message")
    page.wait_for_timeout(800)
    page.click(".jp-Notebook .jp-MarkdownCell")  # leave the code cell: its editor shows as a learner reads it
    shot(page, "5-large-fonts-check-message")

    root = ":root"
    assert page.eval_on_selector(root, "e => getComputedStyle(e).getPropertyValue('--jp-code-font-size').trim()") \
        == f"{lab['font_size_code']}px"
    code = _px(page, ".jp-Notebook .jp-CodeCell .cm-content")
    assert code == lab["font_size_code"]
    assert _px(page, ".jp-Notebook .jp-MarkdownCell .jp-RenderedMarkdown p") == lab["font_size_content"]
    assert _px(page, ".lm-MenuBar-itemLabel") == lab["font_size_ui"]
    verdict = ".jp-OutputArea-output .academy-notice-incorrect"
    assert _px(page, verdict) >= lab["font_size_content"]
    shown = page.inner_text(verdict)
    assert shown.startswith("다시 봐요") and "`" not in shown
    assert _px(page, f"{verdict} code") >= lab["font_size_content"] * 0.9  # code inside a message stays readable
    box = page.eval_on_selector(verdict, "e => e.getBoundingClientRect().width")
    assert box > 600  # the message uses the cell's width, not a narrow column

    # Overrides are defaults: the learner's own choice (Settings → Theme) wins.
    r = s.put(f"{base}/user/{name}/lab/api/settings/@jupyterlab/apputils-extension:themes", timeout=30,
              json={"raw": '{"overrides": {"code-font-size": "20px"}}'})
    assert r.status_code == 204, r.text
    page.reload()
    # (the notebook re-renders its cells after a reload: wait for the editor itself at 20 px)
    page.wait_for_function("() => { const e = document.querySelector('.jp-Notebook .jp-CodeCell .cm-content');"
                           " return !!e && getComputedStyle(e).fontSize === '20px'; }", timeout=90_000)
    page.close()


def test_password_page_speaks_to_each_role_and_names_each_failure(district_hub):
    """Item 6: the instructor is not told about the learners' slip; three failures, three messages."""
    hub = district_hub
    page = hub.login("teach").get(f"{hub.base_url}hub/change-password", timeout=30).content.decode("utf-8")
    assert "강사·관리자" in page and "강사님이 새로 만들어" not in page
    s = hub.login("alice")
    assert "안내문의 임시 비밀번호" in s.get(f"{hub.base_url}hub/change-password", timeout=30).content.decode("utf-8")
    old = PASSWORD.format(name="alice")
    tries = {"old": ("not-my-password", "new-pw-2026-x", "new-pw-2026-x"),
             "confirm": (old, "new-pw-2026-x", "new-pw-2026-y"),
             "weak": (old, "abc", "abc")}
    for reason, (current, new, again) in tries.items():
        r = s.post(f"{hub.base_url}hub/change-password", timeout=30, data={
            "old_password": current, "new_password": new, "new_password_confirmation": again,
            "_xsrf": s.cookies.get("_xsrf", path="/hub/")})
        shown = r.content.decode("utf-8")
        assert r.status_code == 200, shown[:300]
        assert f'data-reason="{reason}"' in shown, (reason, shown[-1500:])
        assert "Your" not in shown and "Something went wrong" not in shown


def test_hub_and_server_log_lines_share_one_clock(district_hub):
    """Item 6: the hub's own lines, the proxy's and those of the servers it starts (learners', formgrader) are
    written in the same time zone: neighbouring lines of the one log never jump by hours."""
    from datetime import datetime

    from academy.district import paths

    stamp = re.compile(r"^\[[IWEDC] (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.\d+ (JupyterHub|ServerApp|LabApp|JupyterHubSingleUser)"
                       r"|^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.\d+ \[(ConfigProxy)\]")  # the proxy (chp_academy.mjs)
    lines = (paths(district_hub.settings)["hub"] / "jupyterhub.log").read_text(encoding="utf-8").splitlines()
    last_hub, pairs = None, []
    for line in lines:
        match = stamp.match(line)
        if not match:
            continue
        when = datetime.strptime(match.group(1) or match.group(3), "%Y-%m-%d %H:%M:%S")
        if match.group(2) == "JupyterHub":
            last_hub = when
        elif last_hub is not None:
            pairs.append((last_hub, when))
    assert pairs, "no server line after a hub line in the hub log"
    assert any(" [ConfigProxy] " in line and stamp.match(line) for line in lines), "no proxy line on the hub's clock"
    assert not [line for line in lines if re.match(r"^\d{4}-\d\d-\d\dT[\d:.]+Z \[ConfigProxy\]", line)]  # not UTC ISO
    jumps = [(a, b) for a, b in pairs if abs((b - a).total_seconds()) > 30 * 60]
    assert jumps == [], jumps[:3]
