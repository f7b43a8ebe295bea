"""The cohort showcase 작품 전시 (issue 13 item 4): learners publish a rendered notebook to their
district's gallery, a page of the ``academy-together`` service that only the district's course
members can open (the hub's role for the service).

How a notebook gets here without the service reading homes: the learner's own kernel renders it
(:mod:`academy.together.publish`, nbconvert, outputs only unless the learner chose code) and POSTs
the HTML with the server's own hub token to ``<prefix>gallery/api/items``. The service keeps only
what it sanitized (:func:`sanitize`) under ``<data_root>/hub/gallery/`` (root only), as a *draft*
that only its owner sees: the preview shows exactly the stored page, and ``전시하기`` makes it
visible to the cohort. The owner can take it down (it is deleted); an instructor can hide it (and
show it again). Everyone but the owner may like an item once (👍 with a text label).

The page itself is served as ``<prefix>gallery/<id>/content`` with ``Content-Security-Policy:
sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'`` inside ``<iframe sandbox>``:
even a script the sanitizer missed cannot run, load anything or reach the hub's origin.

>>> page = sanitize('<p onclick="x()">hi<script>alert(1)</script><a href="data/export.json">file</a>'
...                 '<img src="data:image/png;base64,AAAA"><img src="posts.csv"></p>')
>>> page
'<p>hi<span>file</span><img src="data:image/png;base64,AAAA"/></p>'
"""

from __future__ import annotations

import json
import os
import re
import secrets
import time
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from jupyterhub.utils import url_path_join
from tornado import web

from academy.messages import say
from academy.together.pages import Page, Refused, is_instructor

MAX_HTML = 8 * 1024 * 1024  # one rendered notebook with its figures inline
MAX_TITLE = 80
MAX_ITEMS_PER_LEARNER = 10
ITEM_ID = re.compile(r"^[0-9a-f]{16}$")
CONTENT_CSP = ("sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
               "frame-ancestors 'self'")

# Elements that run, load, embed or submit something: never kept (with what is inside them).
DROP = {"script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
        "button", "textarea", "select", "option", "link", "meta", "base", "template", "audio", "video",
        "source", "track", "portal", "dialog"}
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "background", "ping",
                  "data", "codebase", "cite", "longdesc", "usemap", "lowsrc", "dynsrc"}
INLINE_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=\s]*$")


class GalleryError(ValueError):
    """A publish request the learner must change (Korean)."""


def sanitize(html: str, *, with_code: bool = False) -> str:
    """The HTML a cohort may see: no scripts or event handlers, nothing that loads or links a file
    (links to anything but a place on the page keep only their text; images only inline ``data:``),
    and, unless the learner chose code, no code cell's input (nbconvert's lab/classic markup)."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(lambda t: t.name.lower() in DROP or t.name.lower().endswith(":script")):
        tag.decompose()
    if not with_code:
        for cell in soup.select(".jp-CodeCell, .code_cell"):
            for part in cell.select(".jp-Cell-inputWrapper, .jp-InputArea, .input"):
                part.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        for name in list(tag.attrs):
            low = name.lower()
            if low.startswith("on") or low in ("srcdoc", "formtarget", "http-equiv", "is", "nonce"):
                del tag.attrs[name]
            elif low in URL_ATTRIBUTES:
                value = str(tag.attrs[name]).strip()
                if low == "src" and tag.name.lower() == "img" and INLINE_IMAGE.match(value):
                    continue
                if low in ("href", "xlink:href") and value.startswith("#") and '"' not in value:
                    continue  # a place on the same page (table of contents, footnotes)
                del tag.attrs[name]
                if tag.name.lower() == "img":
                    tag.decompose()
                    break
        else:
            if tag.name.lower() == "a" and "href" not in tag.attrs:
                tag.name = "span"
                tag.attrs = {k: v for k, v in tag.attrs.items() if k in ("class", "id")}
        if not tag.decomposed and "style" in tag.attrs and re.search(r"url\s*\(|expression\s*\(|@import",
                                                                        str(tag.attrs["style"]), re.I):
            del tag.attrs["style"]
    for style in soup.find_all("style"):
        text = style.string or ""
        if re.search(r"@import|url\s*\(\s*['\"]?(?!data:)", text, re.I):
            # the page's look stays; anything fetched from elsewhere goes (CSP would block it anyway)
            style.string = re.sub(r"@import[^;]*;", "", re.sub(r"url\s*\(\s*['\"]?(?!data:)[^)]*\)", "none", text,
                                                               flags=re.I), flags=re.I)
    return str(soup)


def folder(settings: dict[str, Any]) -> Path:
    """Where the gallery lives: ``<data_root>/hub/gallery`` (root only, like the hub's database)."""
    from academy.district import paths

    return paths(settings)["hub"] / "gallery"


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


class Gallery:
    """The district's items: ``<id>/item.json`` (owner, title, state, …) and ``<id>/page.html``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        os.chmod(root, 0o700)

    def items(self) -> list[dict[str, Any]]:
        found = []
        for entry in sorted(os.listdir(self.root)):
            item = self.get(entry)
            if item is not None:
                found.append(item)
        return sorted(found, key=lambda i: i.get("published_at") or i["created_at"], reverse=True)

    def get(self, item_id: str) -> dict[str, Any] | None:
        if not ITEM_ID.match(item_id):
            return None
        try:
            return json.loads((self.root / item_id / "item.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def save(self, item: dict[str, Any]) -> None:
        _write(self.root / item["id"] / "item.json", json.dumps(item, ensure_ascii=False).encode("utf-8"))

    def page(self, item_id: str) -> bytes:
        return (self.root / item_id / "page.html").read_bytes()

    def add(self, owner: str, *, title: str, source: str, with_code: bool, html: str) -> dict[str, Any]:
        """A new draft of ``owner``'s (sanitized here); a draft of the same notebook is replaced."""
        title = " ".join(str(title).split())[:MAX_TITLE] or say("gallery.untitled")
        source = str(source)[:300]
        mine = [i for i in self.items() if i["owner"] == owner]
        for old in mine:
            if old["state"] == "draft" and old["source"] == source:
                self.remove(old["id"])
                mine.remove(old)
        if len(mine) >= MAX_ITEMS_PER_LEARNER:
            raise GalleryError(say("gallery.too_many", limit=MAX_ITEMS_PER_LEARNER))
        item_id = secrets.token_hex(8)
        (self.root / item_id).mkdir(mode=0o700)
        _write(self.root / item_id / "page.html", sanitize(html, with_code=with_code).encode("utf-8"))
        item = {"id": item_id, "owner": owner, "title": title, "source": source, "with_code": bool(with_code),
                "state": "draft", "hidden_by": "", "likes": [], "created_at": time.time(), "published_at": None}
        self.save(item)
        return item

    def remove(self, item_id: str) -> None:
        for name in ("page.html", "item.json"):
            try:
                (self.root / item_id / name).unlink()
            except FileNotFoundError:
                pass
        try:
            (self.root / item_id).rmdir()
        except OSError:
            pass


def can_see(item: dict[str, Any], name: str, instructor: bool) -> bool:
    """Drafts: their owner only. Published: the cohort, unless an instructor hid it (then the owner
    and instructors)."""
    if item["owner"] == name:
        return True
    if item["state"] != "published":
        return False
    return not item["hidden_by"] or instructor


class GalleryPage(Page):
    """``GET <prefix>gallery``: the cohort's published items and, for the learner, their own."""

    gallery: Gallery

    @web.authenticated
    def get(self) -> None:
        name, teacher = self.current_user["name"], is_instructor(self.current_user, self.course)
        items = self.gallery.items()
        shown = [i for i in items if i["state"] == "published" and can_see(i, name, teacher)]
        mine = [i for i in items if i["owner"] == name]
        self.page("gallery.html", items=shown, mine=mine, instructor=teacher, url=self.item_url,
                  when=_when)

    def item_url(self, item: dict[str, Any], action: str = "") -> str:
        return url_path_join(self.prefix, "gallery", item["id"], action)


class ItemPage(GalleryPage):
    """``GET <prefix>gallery/<id>``: one item (the preview for its owner while a draft), and the
    POSTs that change it: publish / unpublish (owner), hide / show (instructor), like (others)."""

    def _item(self, item_id: str) -> tuple[dict[str, Any], str, bool]:
        name, teacher = self.current_user["name"], is_instructor(self.current_user, self.course)
        item = self.gallery.get(item_id)
        if item is None or not can_see(item, name, teacher):
            raise Refused(404, say("together.error_404"))
        return item, name, teacher

    @web.authenticated
    def get(self, item_id: str) -> None:
        item, name, teacher = self._item(item_id)
        self.page("gallery_item.html", item=item, mine=item["owner"] == name, instructor=teacher,
                  liked=name in item["likes"], url=self.item_url, when=_when, xsrf=self.xsrf_form_html())

    @web.authenticated
    def post(self, item_id: str, action: str) -> None:
        item, name, teacher = self._item(item_id)
        owner = item["owner"] == name
        if action == "publish" and owner:
            item.update(state="published", published_at=time.time())
        elif action == "unpublish" and owner:
            self.gallery.remove(item["id"])
            self.redirect(url_path_join(self.prefix, "gallery"))
            return
        elif action == "hide" and teacher and item["state"] == "published":
            item["hidden_by"] = name
        elif action == "show" and teacher:
            item["hidden_by"] = ""
        elif action == "like" and not owner and item["state"] == "published":
            item["likes"] = sorted(set(item["likes"]) ^ {name})  # a second press takes it back
        else:
            raise Refused(403, say("together.error_403"))
        self.gallery.save(item)
        self.redirect(self.item_url(item))


class ItemContent(GalleryPage):
    """``GET <prefix>gallery/<id>/content``: the stored page, sandboxed. No login redirect here:
    someone without the right gets 403 (it is framed, never opened by hand)."""

    def get_login_url(self) -> str:
        raise Refused(403, say("together.error_403"))

    def set_default_headers(self) -> None:
        super().set_default_headers()
        self.set_header("Content-Security-Policy", CONTENT_CSP)

    @web.authenticated
    def get(self, item_id: str) -> None:
        name, teacher = self.current_user["name"], is_instructor(self.current_user, self.course)
        item = self.gallery.get(item_id)
        if item is None or not can_see(item, name, teacher):
            raise Refused(403, say("together.error_403"))
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.write(self.gallery.page(item_id))


class PublishApi(GalleryPage):
    """``POST <prefix>gallery/api/items`` from the learner's kernel (its server's hub token):
    ``{"title", "source", "with_code", "html"}`` -> ``{"id", "preview"}`` (a draft)."""

    def get_login_url(self) -> str:
        raise Refused(403, say("together.error_403"))

    def check_xsrf_cookie(self) -> None:
        if not getattr(self, "_token_authenticated", False):
            raise Refused(403, say("together.error_403"))  # the kernel's token only, never a cookie

    @web.authenticated
    def post(self) -> None:
        if len(self.request.body) > MAX_HTML + 64 * 1024:
            raise Refused(413, say("gallery.too_big", mb=MAX_HTML // (1024 * 1024)))
        try:
            body = json.loads(self.request.body)
            html = body["html"]
            if not isinstance(html, str) or not html.strip():
                raise ValueError
        except (ValueError, KeyError, TypeError):
            raise Refused(400, say("gallery.bad_request")) from None
        try:
            item = self.gallery.add(self.current_user["name"], title=body.get("title") or "",
                                    source=body.get("source") or "", with_code=body.get("with_code") is True,
                                    html=html)
        except GalleryError as error:
            raise Refused(400, str(error)) from None
        self.set_status(201)
        self.finish({"id": item["id"], "preview": url_path_join(self.prefix, "gallery", item["id"])})


def _when(stamp: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp)) if stamp else ""


def routes(prefix: str, settings: dict[str, Any]) -> list[tuple]:
    """The gallery's URL rules for the service's application (academy/together/service.py)."""
    extra = {"settings": settings, "gallery": Gallery(folder(settings))}
    return [
        (url_path_join(prefix, "gallery/api/items"), PublishApi, extra),
        (url_path_join(prefix, r"gallery/([0-9a-f]{16})/content"), ItemContent, extra),
        (url_path_join(prefix, r"gallery/([0-9a-f]{16})/(publish|unpublish|hide|show|like)"), ItemPage, extra),
        (url_path_join(prefix, r"gallery/([0-9a-f]{16})/?"), ItemPage, extra),
        (url_path_join(prefix, r"gallery/?"), GalleryPage, extra),
    ]
