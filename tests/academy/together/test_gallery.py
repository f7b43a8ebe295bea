"""The gallery's sanitizer and store (academy/together/gallery.py); through the real hub and
browsers: tests/academy/hub/test_together_gallery.py."""

from __future__ import annotations

import os
import stat

import pytest

from academy.together import gallery
from academy.together.gallery import Gallery, GalleryError, can_see, sanitize

PNG = "data:image/png;base64,iVBORw0KGgo="

NBCONVERT_LIKE = f"""<html><head><meta charset="utf-8"><script src="require.js"></script>
<style>@import url(https://cdn.example/x.css); body {{ background: url(https://t.example/p.png); }} .a {{ color: red }}</style>
<link rel="stylesheet" href="https://cdn.example/y.css"></head><body>
<div class="jp-Cell jp-CodeCell"><div class="jp-Cell-inputWrapper"><pre>secret_token = load("~/내보내기/posts.json")</pre></div>
<div class="jp-Cell-outputWrapper"><div class="jp-OutputArea"><img src="{PNG}"><img src="~/내보내기/photo.jpg">
<img src="data:text/html;base64,PHNjcmlwdD4="><table><tr><td onmouseover="steal()">12</td></tr></table></div></div></div>
<div class="jp-Cell jp-MarkdownCell"><div class="jp-Cell-inputWrapper"><h2 id="top">주간 보고서</h2>
<a href="내보내기/posts.json">원본 파일</a> <a href="#top">위로</a> <a href="javascript:alert(1)">x</a>
<a href="https://example.com" style="background:url(https://t.example/q)">밖</a></div></div>
<svg><script>alert(1)</script><a xlink:href="javascript:alert(2)"><text>s</text></a><image href="file:///etc/passwd"/></svg>
<iframe src="https://example.com"></iframe><form action="/x"><input name="a"></form>
<object data="x.pdf"></object><SCRIPT>alert(3)</SCRIPT><script type="application/vnd.jupyter.widget-state+json">{{}}</script>
</body></html>"""


def test_sanitize_keeps_the_report_and_drops_what_runs_loads_or_links_a_file():
    page = sanitize(NBCONVERT_LIKE)
    low = page.lower()
    for gone in ("<script", "require.js", "onmouseover", "javascript:", "<iframe", "<form", "<input", "<object",
                 "<link", "@import", "t.example", "cdn.example", "photo.jpg", "posts.json", "data:text/html",
                 "/etc/passwd", "secret_token", "<meta"):
        assert gone not in low, gone
    for kept in ("주간 보고서", PNG, "<table>", ">12<", "원본 파일", 'href="#top"', "위로", ".a { color: red }", ">밖<"):
        assert kept in page, kept


def test_sanitize_keeps_code_only_when_chosen():
    assert "secret_token" in sanitize(NBCONVERT_LIKE, with_code=True)
    assert "<script" not in sanitize(NBCONVERT_LIKE, with_code=True).lower()
    # markdown cells' text is never taken for code
    assert "주간 보고서" in sanitize(NBCONVERT_LIKE, with_code=False)


def test_store_drafts_replace_limits_and_removal(tmp_path):
    store = Gallery(tmp_path / "gallery")
    assert stat.S_IMODE(os.stat(tmp_path / "gallery").st_mode) == 0o700
    first = store.add("dana", title="  주간\n보고서 ", source="report.ipynb", with_code=False, html="<p>1</p>")
    assert first["title"] == "주간 보고서" and first["state"] == "draft"
    assert stat.S_IMODE(os.stat(tmp_path / "gallery" / first["id"] / "page.html").st_mode) == 0o600
    second = store.add("dana", title="", source="report.ipynb", with_code=False, html="<p>2<script>x</script></p>")
    assert store.get(first["id"]) is None, "a new draft of the same notebook replaces the old draft"
    assert second["title"] == "제목 없는 작품" and store.page(second["id"]) == b"<p>2</p>"
    second["state"] = "published"
    store.save(second)
    for i in range(gallery.MAX_ITEMS_PER_LEARNER - 1):
        store.add("dana", title=str(i), source=f"n{i}.ipynb", with_code=False, html="<p>x</p>")
    with pytest.raises(GalleryError, match="10개까지"):
        store.add("dana", title="one more", source="more.ipynb", with_code=False, html="<p>x</p>")
    store.add("finn", title="finn's", source="report.ipynb", with_code=False, html="<p>x</p>")  # per learner
    store.remove(second["id"])
    assert store.get(second["id"]) is None and not (tmp_path / "gallery" / second["id"]).exists()
    assert store.get("../../etc") is None


def test_who_sees_what():
    draft = {"owner": "dana", "state": "draft", "hidden_by": ""}
    shown = {"owner": "dana", "state": "published", "hidden_by": ""}
    hidden = {"owner": "dana", "state": "published", "hidden_by": "teach"}
    assert can_see(draft, "dana", False) and not can_see(draft, "finn", False) and not can_see(draft, "teach", True)
    assert can_see(shown, "finn", False)
    assert can_see(hidden, "dana", False) and can_see(hidden, "teach", True) and not can_see(hidden, "finn", False)
