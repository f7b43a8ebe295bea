"""Issue 13 items 4 and 6 through the real hub: the cohort gallery 작품 전시 and the instructor's live view.

Gallery: dana's own kernel renders her report and posts it with her server's token; the service
keeps a sanitized draft that only dana sees (preview in her browser), she presses 전시하기, finn (same
district) sees it in his browser, with no script and no code; anonymous visitors and a learner of
another district's hub get 403 (or the login page), also with their own hub's cookies and token;
the instructor hides it; dana takes it down (stored files gone). A form POST without the hub's
xsrf token is refused. Live view: planted check records give the figures and the order; learners
get 403. Progress page: a broken gradebook gives the Korean error page (503), not tornado's.
Screenshots in test-artifacts/ (look at them).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
import requests

from .conftest import ARTIFACTS, PASSWORD, throwaway_district
from .helpers import browser_login as login_tab, learner
from .test_together_live import browser_session

from tests.support.probe import Kernel

pytestmark = pytest.mark.slow

SERVICE = "services/academy-together/"


def chart() -> str:
    """A real figure, as a report's output holds it (base64 PNG)."""
    import base64
    import io

    from matplotlib.figure import Figure

    from academy.fonts import use_korean_font

    use_korean_font()
    figure = Figure(figsize=(5, 2.5))
    figure.subplots().bar(["월", "화", "수", "목", "금"], [120, 340, 210, 480, 390], color="#4a7fb5")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=80)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


PNG = chart()
REPORT = {
    "nbformat": 4, "nbformat_minor": 5, "metadata": {},
    "cells": [
        {"cell_type": "markdown", "id": "a1", "metadata": {},
         "source": "# 뜨개 공방 주간 보고서\n이번 주 게시물 반응을 정리했어요. [원본 내보내기](내보내기/posts_1.json)"},
        {"cell_type": "code", "id": "a2", "metadata": {}, "execution_count": 3,
         "source": "posts = read_posts('~/내보내기/CODE_MARK_7731.json')\nchart(posts)",
         "outputs": [{"output_type": "display_data", "metadata": {},
                      "data": {"image/png": PNG, "text/plain": "<Figure>"}},
                     {"output_type": "display_data", "metadata": {},
                      "data": {"text/html": "<b>좋아요 합계 1,204개</b><script>window.top.PWNED = 1</script>"
                                            "<img src=x onerror=\"window.top.PWNED = 2\">"}}]},
        {"cell_type": "raw", "id": "a3", "metadata": {}, "source": "RAW_MARK_5520"},
    ],
}


@pytest.fixture
def people(district_hub):
    from academy.hub.people import add_user

    names = ("dana", "finn", "gus")
    for name in names:
        add_user(district_hub.settings, name, role="learner", password=PASSWORD.format(name=name))
    yield names
    for name in names:
        district_hub.remove(name)
    from academy.together.gallery import Gallery, folder

    store = Gallery(folder(district_hub.settings))  # what a failed test left published
    for item in store.items():
        if item["owner"] in names:
            store.remove(item["id"])


def xsrf_of(html: str) -> str:
    found = re.search(r'name="_xsrf" value="([^"]+)"', html)
    assert found, html[:500]
    return found.group(1)


def press(session: requests.Session, page_url: str, action: str) -> requests.Response:
    """Press a button of an item page as a browser would (the form with its xsrf token)."""
    page = session.get(page_url, timeout=60)
    return session.post(page_url.rstrip("/") + "/" + action, data={"_xsrf": xsrf_of(page.text)}, timeout=60)


def publish_in_kernel(hub, name: str, code: str) -> str:
    token = hub.login(name).headers["Authorization"].split()[1]
    out = Kernel.start(hub.base_url, name, token).execute(code)
    assert out["status"] == "ok", (out.get("error"), out.get("stderr"), out.get("stdout"))
    return out["stdout"]



def test_gallery_publish_view_hide_unpublish(district_hub, people, browser):
    hub, (dana, finn, _) = district_hub, people
    gallery_url = hub.base_url + SERVICE + "gallery"
    hub.start_server(dana)
    r = learner(hub, dana, "PUT", "api/contents/report.ipynb",
                data=json.dumps({"type": "notebook", "format": "json", "content": REPORT}))
    assert r.status_code in (200, 201), r.text

    # dana's kernel renders and sends: a draft and its preview link (no code: not chosen)
    shown = publish_in_kernel(hub, dana, "from academy.together.publish import publish\nprint(repr(publish('report.ipynb')))")
    assert "미리보기를 만들었어요" in shown, shown
    preview = re.search(r"/services/academy-together/gallery/([0-9a-f]{16})", shown)
    assert preview, shown
    item_id = preview.group(1)
    item_url, content_url = f"{gallery_url}/{item_id}", f"{gallery_url}/{item_id}/content"
    stored = Path(hub.settings["hub"]["data_root"]) / "hub" / "gallery" / item_id / "page.html"
    page = stored.read_text(encoding="utf-8")
    assert "좋아요 합계 1,204개" in page and PNG in page and "뜨개 공방 주간 보고서" in page
    for gone in ("<script", "onerror", "PWNED", "CODE_MARK_7731", "RAW_MARK_5520", "posts_1.json"):
        assert gone not in page, gone
    # the learner's own account cannot read the stored gallery (root only); the service reads no home for it
    assert hub.as_unix(dana, "/bin/cat", str(stored)).returncode != 0

    s_dana, s_finn = browser_session(hub, dana), browser_session(hub, finn)
    # a draft: dana's preview only (both logged in to the service first: the content answers no login)
    cohort = s_finn.get(gallery_url, timeout=60)
    assert cohort.status_code == 200 and 'id="items"' in cohort.text and item_id not in cohort.text
    assert s_finn.get(item_url, timeout=60).status_code == 404
    assert s_finn.get(content_url, timeout=60).status_code == 403
    assert s_dana.get(item_url, timeout=60).status_code == 200
    mine = s_dana.get(content_url, timeout=60)
    assert mine.status_code == 200, (mine.status_code, mine.url, mine.text[:300])
    assert "sandbox" in mine.headers["Content-Security-Policy"], mine.headers
    assert "script-src" not in mine.headers["Content-Security-Policy"]  # default-src 'none' covers scripts
    assert "default-src 'none'" in mine.headers["Content-Security-Policy"]
    # a cross-site form (no xsrf token) cannot publish for her
    forged = s_dana.post(item_url + "/publish", data={}, timeout=60, allow_redirects=False)
    assert forged.status_code == 403 and "draft" in s_dana.get(item_url, timeout=60).text

    # in dana's browser: the preview, then 전시하기
    ARTIFACTS.mkdir(exist_ok=True)
    context, tab = login_tab(browser, hub, dana)
    tab.goto(item_url)
    tab.wait_for_selector("#preview-note")
    tab.frame_locator("#work").locator("text=좋아요 합계 1,204개").wait_for()
    tab.screenshot(path=str(ARTIFACTS / "together-gallery-preview.png"), full_page=True)
    tab.click("#publish")
    tab.wait_for_selector("#state[data-state=published]")
    context.close()

    # finn (same district) sees it in his browser: the report, no code, no script ran
    context, tab = login_tab(browser, hub, finn)
    tab.goto(gallery_url)
    tab.wait_for_selector(f"[data-item='{item_id}']")
    tab.screenshot(path=str(ARTIFACTS / "together-gallery-list.png"), full_page=True)
    tab.click(f"[data-item='{item_id}'] a")
    frame = tab.frame_locator("#work")
    frame.locator("text=좋아요 합계 1,204개").wait_for()
    body = frame.locator("body").inner_text()
    assert "뜨개 공방 주간 보고서" in body and "CODE_MARK_7731" not in body and "read_posts" not in body
    assert tab.evaluate("window.PWNED") is None
    assert frame.locator("img").count() == 1  # the figure, inline
    tab.click("#like")
    tab.wait_for_selector("#likes:has-text('좋아요 1개')")
    tab.screenshot(path=str(ARTIFACTS / "together-gallery-cohort.png"), full_page=True)
    context.close()

    # anonymous: the login page for the gallery, 403 for the content and the publish API
    anonymous = requests.get(gallery_url, timeout=60)
    assert "/hub/login" in anonymous.url and item_id not in anonymous.text
    assert requests.get(content_url, timeout=60).status_code == 403
    assert requests.post(gallery_url + "/api/items", json={"html": "<p>x</p>"}, timeout=60).status_code == 403

    # the instructor hides it: gone for finn, still there (marked) for dana and the instructor
    teach = browser_session(hub, "teach")
    assert press(teach, item_url, "hide").status_code == 200
    assert s_finn.get(item_url, timeout=60).status_code == 404 and item_id not in s_finn.get(gallery_url, timeout=60).text
    assert 'id="hidden"' in s_dana.get(item_url, timeout=60).text
    assert press(teach, item_url, "show").status_code == 200
    assert item_id in s_finn.get(gallery_url, timeout=60).text
    # learners cannot hide, and nobody but dana takes it down
    assert press(s_finn, item_url, "hide").status_code == 403
    assert press(s_finn, item_url, "unpublish").status_code == 403 and stored.exists()

    # dana takes it down: gone for everyone, stored files removed
    assert press(s_dana, item_url, "unpublish").status_code == 200
    assert not stored.exists() and s_finn.get(item_url, timeout=60).status_code == 404

    # with code, when chosen (the terminal command, as in a terminal of her server)
    shown = publish_in_kernel(hub, dana, "import subprocess, sys\n"
                                         "r = subprocess.run([sys.executable, '-m', 'academy.together.publish', "
                                         "'report.ipynb', '--code'], capture_output=True, text=True)\n"
                                         "print(r.returncode, r.stdout, r.stderr)")
    assert shown.startswith("0 ") and "코드 셀도 포함했어요" in shown, shown
    item_id = re.search(r"gallery/([0-9a-f]{16})", shown).group(1)
    page = s_dana.get(f"{gallery_url}/{item_id}/content", timeout=60).text
    assert "CODE_MARK_7731" in page and "<script" not in page.lower()
    assert press(s_dana, f"{gallery_url}/{item_id}", "unpublish").status_code == 200


def test_live_view_for_instructors_only(district_hub, people, browser):
    hub, (dana, finn, gus) = district_hub, people
    now = time.time()

    def plant(name: str, *checks: tuple[str, str, float]) -> None:
        lines = "".join(json.dumps({"module": "01-values", "problem": p, "kind": k,
                                    "at": time.strftime("%Y-%m-%dT%H:%M:%S+0000", time.gmtime(now - minutes * 60))})
                        + "\n" for p, k, minutes in checks)
        r = hub.as_unix(name, "/usr/bin/python3", "-c",
                        "import os; os.makedirs(os.path.expanduser('~/.academy'), mode=0o700, exist_ok=True); "
                        f"open(os.path.expanduser('~/.academy/checks.jsonl'), 'w').write({lines!r})")
        assert r.returncode == 0, r.stderr

    from academy.exercises.m01_values import lesson

    first, second = [p.name for p in lesson][:2]
    plant(dana, (first, "correct", 30), (second, "correct", 5), (second, "incorrect", 2))
    plant(finn, (first, "correct", 50), (first, "correct", 20), (second, "incorrect", 1))
    plant(gus, (first, "correct", 60 * 24 * 3))  # last seen three days ago

    url = hub.base_url + SERVICE + "live"
    assert browser_session(hub, dana).get(url, timeout=60).status_code == 403
    page = browser_session(hub, "teach").get(url, timeout=60)
    assert page.status_code == 200 and 'http-equiv="refresh"' in page.text
    rows = re.findall(r'data-learner="([^"]+)" data-module="([^"]+)" data-kind="([^"]+)" data-since="(\d+)"', page.text)
    assert [r[0] for r in rows] == [finn, dana], rows  # finn: no first pass for 50 minutes; dana: 5
    assert rows[0][1:3] == ("01-values", "incorrect") and abs(int(rows[0][3]) - 50 * 60) < 120
    assert abs(int(rows[1][3]) - 5 * 60) < 120
    assert re.search(rf'<li data-learner="{gus}">', page.text) and "teach" not in re.findall(r'data-learner="([^"]+)"', page.text)
    assert "다시 생각해 봐요" in page.text and "50분" in page.text
    assert f"수업 2/{len(list(lesson))}번째 문제 ‘{second}’" in page.text

    context, tab = login_tab(browser, hub, "teach")
    tab.goto(url)
    tab.wait_for_selector("#live tbody tr")
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "together-live.png"), full_page=True)
    context.close()


def test_progress_page_database_error_is_a_korean_page(district_hub, people):
    hub, (dana, _, _) = district_hub, people
    book = Path(hub.settings["hub"]["data_root"]) / "course" / "gradebook.db"
    kept = book.with_name("gradebook.db.kept")
    had = book.exists()
    if had:
        book.rename(kept)
    try:
        book.write_bytes(b"this is not a database" * 100)
        page = browser_session(hub, dana).get(hub.base_url + SERVICE + "progress", timeout=60)
        assert page.status_code == 503 and 'id="error"' in page.text
        assert "성적 정보를 지금 불러올 수 없어요" in page.text and "Traceback" not in page.text
    finally:
        book.unlink(missing_ok=True)
        if had:
            kept.rename(book)


def test_gallery_refuses_another_districts_learner(district_hub, people):
    """zoe, a learner of another district whose hub runs on the same machine: her browser sends this
    hub's services her own hub's cookies (same host), and she has her own hub's token; neither opens
    anything of this district's gallery."""
    from academy.together.gallery import Gallery, folder

    hub, (dana, _, _) = district_hub, people
    store = Gallery(folder(hub.settings))  # an item of dana's, published (the kernel's way is tested above)
    item = store.add(dana, title="뜨개 공방 주간 보고서", source="report.ipynb", with_code=False, html="<p>뜨개 공방</p>")
    item.update(state="published", published_at=time.time())
    store.save(item)
    gallery_url = hub.base_url + SERVICE + "gallery"
    item_url, content_url = f"{gallery_url}/{item['id']}", f"{gallery_url}/{item['id']}/content"
    try:
        with throwaway_district(people=(("zoe", "learner"),), log_name="hub-e2e-gallery-other.log") as other:
            s_zoe = browser_session(other, "zoe")
            assert s_zoe.get(other.base_url + SERVICE + "gallery", timeout=60).status_code == 200  # her own district's
            assert any(c.path.startswith("/services/academy-together") for c in s_zoe.cookies)  # sent here too
            zoe_token = other.login("zoe").headers["Authorization"]
            for headers in ({}, {"Authorization": zoe_token}):
                assert s_zoe.get(content_url, headers=headers, timeout=60).status_code == 403
                theirs = s_zoe.get(item_url, headers=headers, timeout=60)
                assert "뜨개 공방" not in theirs.text and (theirs.status_code == 403 or "/hub/login" in theirs.url)
                listing = s_zoe.get(gallery_url, headers=headers, timeout=60)
                assert item["id"] not in listing.text and (listing.status_code == 403 or "/hub/login" in listing.url)
            assert requests.post(gallery_url + "/api/items", json={"html": "<p>x</p>"}, timeout=60,
                                 headers={"Authorization": zoe_token}).status_code == 403
        # the same item is there for this district's learners (the refusals above are about zoe)
        assert browser_session(hub, "finn").get(item_url, timeout=60).status_code == 200
    finally:
        store.remove(item["id"])
