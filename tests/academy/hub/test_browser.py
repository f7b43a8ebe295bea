"""Issue 5, test (c): a learner and an instructor in a real browser (Debian's Chromium).

The learner logs in with the slip's password, replaces it, sees JupyterLab in Korean, fetches
the module from Assignments, runs a cell, submits; the instructor opens formgrader and sees
the submission. Screenshots go to test-artifacts/ (git-ignored).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from .conftest import ARTIFACTS, CHROMIUM, PASSWORD
from .helpers import MODULE, first_login, formgrader, release

pytestmark = pytest.mark.slow

NEW_PASSWORD = "carol-own-pw-2026"



@pytest.fixture
def carol(district_hub):
    from academy.hub.people import add_user

    add_user(district_hub.settings, "carol", role="learner", password=PASSWORD.format(name="carol"),
             full_name="최수강")
    yield "carol"
    district_hub.remove("carol")


def accept_kernel_dialog(page) -> None:
    """JupyterLab sometimes asks which kernel to use (커널 선택); take the offered Python 3."""
    try:
        page.wait_for_selector(".jp-Dialog .jp-mod-accept", timeout=3000)
    except Exception:
        return
    page.click(".jp-Dialog .jp-mod-accept")


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"browser-{name}.png"))


def test_learner_submits_and_instructor_sees_it(district_hub, browser, carol):
    hub = district_hub
    release(hub)
    base = hub.base_url.rstrip("/")
    page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="ko-KR")
    page.set_default_timeout(90_000)

    # Log in with the slip's password; the hub asks for a new one first.
    def on_login_page(page) -> None:
        assert "로그인" in page.inner_text("body")
        shot(page, "1-login")

    first_login(page, base, carol, NEW_PASSWORD, on_login_page=on_login_page)
    shot(page, "2-password-changed")

    # JupyterLab, in Korean.
    page.goto(f"{base}/hub/spawn")
    page.wait_for_url(f"**/user/{carol}/lab**", timeout=150_000)
    page.wait_for_selector(".lm-MenuBar-itemLabel")
    # JupyterLab opens on the Korean welcome page (academy/hub/landing.py); wait for it, or it
    # takes the focus from the Assignments panel opened below.
    page.wait_for_selector(".jp-RenderedMarkdown h1")
    menus = [m.inner_text() for m in page.query_selector_all(".lm-MenuBar-itemLabel")]
    assert {"파일", "편집", "커널", "도움말"} <= set(menus), menus
    assert "Formgrader" not in page.inner_text("#jp-main-menu, .lm-MenuBar")
    shot(page, "3-lab-korean")

    # Assignments: fetch, open the exercise, run a cell, save, submit.
    # (nbgrader's menu and panel in Korean: the academy's lab extension, labextension/)
    page.click(".lm-MenuBar-itemLabel:text-is('과제')")
    page.click(".lm-Menu-itemLabel:text-is('과제 목록')")
    page.click(f"#released_assignments_list .list_item:has-text('{MODULE}') button:has-text('받기')")
    page.wait_for_selector(f"#fetched_assignments_list .list_item:has-text('{MODULE}')")
    shot(page, "4-fetched")
    page.click(f"#fetched_assignments_list a.assignment-notebooks-link:has-text('{MODULE}')")
    page.click(f"#nbgrader-{hub.course}-{MODULE} a:has-text('연습 문제')")
    page.wait_for_selector(".jp-Notebook .jp-Cell")
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle'], .jp-mod-idle, "
                           ".jp-KernelStatus-success", state="attached")
    accept_kernel_dialog(page)
    answer = page.locator(".jp-Notebook .jp-CodeCell").nth(0)
    answer.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    # Whether or not the editor auto-indents after ':', the body ends up indented.
    page.keyboard.type("def double(x):\n    return 2 * x")
    prompt_shows = ("n => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]"
                    ".some(p => p.textContent.includes('[' + n + ']'))")
    try:
        page.keyboard.press("Shift+Enter")  # runs the answer
        accept_kernel_dialog(page)
        page.wait_for_function(prompt_shows, arg=1, timeout=120_000)
        # then the visible test, selected explicitly (a key pressed while the first cell runs can be lost)
        page.locator(".jp-Notebook .jp-CodeCell").nth(1).locator(".jp-InputPrompt").click()
        page.keyboard.press("Shift+Enter")
        page.wait_for_function(prompt_shows, arg=2, timeout=120_000)
    except Exception:
        shot(page, "5-cell-run-FAILED")
        raise
    errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    assert errors.count() == 0, errors.all_inner_texts()
    page.keyboard.press("Control+S")
    page.wait_for_timeout(1500)
    shot(page, "5-cell-run")
    page.click(".lm-TabBar-tabLabel:has-text('과제 목록')")
    page.click(f"#fetched_assignments_list .list_item:has-text('{MODULE}') button:has-text('제출')")
    page.wait_for_selector(f"#submitted_assignments_list .list_item:has-text('{MODULE}')")
    shot(page, "6-submitted")
    page.close()

    # The instructor opens formgrader (in its own tab: JupyterHub forbids framing it) and sees it.
    r = formgrader(hub, "teach", "POST", f"assignment/{MODULE}/collect")
    assert r.status_code == 200 and r.json()["success"], r.text
    teacher = browser.new_page(viewport={"width": 1280, "height": 800})
    teacher.set_default_timeout(90_000)
    teacher.goto(f"{base}/hub/login")
    teacher.fill("#username_input", "teach")
    teacher.fill("#password_input", PASSWORD.format(name="teach"))
    teacher.click("#login_submit")
    teacher.wait_for_load_state()
    teacher.goto(f"{base}/services/{hub.course}/formgrader/manage_submissions/{MODULE}")
    teacher.wait_for_selector(f"text={carol}")
    shot(teacher, "7-formgrader-submission")
    assert carol in teacher.inner_text("body")
    teacher.close()


def test_chromium_flags_are_the_documented_ones():
    assert shutil.which("chromium") == CHROMIUM or Path(CHROMIUM).exists()
