"""Publish a notebook to the district's gallery 작품 전시, from the learner's own kernel or terminal.

In a notebook cell::

    from academy.together.publish import publish
    publish("보고서.ipynb")              # outputs only: tables, figures, text
    publish("보고서.ipynb", code=True)   # code cells too

In a terminal of the learner's server: ``python -m academy.together.publish 보고서.ipynb [--code]``.

The notebook is rendered here, with the learner's own rights (nbconvert's ``lab`` HTML; code cell
inputs, prompts, raw cells and cell attachments left out unless ``code=True``), and sent with the
server's hub token (``JUPYTERHUB_API_TOKEN``) to the ``academy-together`` service, which sanitizes
and keeps it as a draft only the learner sees (:mod:`academy.together.gallery`). Nothing else of
the home leaves it; the service never reads homes for the gallery. Publishing happens on the
preview page, after the learner has seen exactly what will be shown.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.request
from html import escape
from pathlib import Path

from academy.messages import say

SERVICE = "academy-together"
INLINE_PICTURES = ("image/png", "image/jpeg", "image/gif")


class PublishError(RuntimeError):
    """Why the notebook was not sent (Korean)."""


def render(path: Path, *, code: bool = False) -> tuple[str, str]:
    """``(title, html)`` of the notebook at ``path``: the first heading (or the file name) and the page."""
    import nbformat
    from nbconvert import HTMLExporter

    try:
        notebook = nbformat.read(path, as_version=4)
    except (OSError, ValueError, nbformat.reader.NotJSONError):
        raise PublishError(say("gallery.bad_notebook", path=path.name)) from None
    notebook.metadata.pop("widgets", None)  # widget state: scripts only, nothing a static page shows
    for cell in notebook.cells:  # files pasted into markdown: pictures stay inline, anything else never leaves
        for name, bundle in list(cell.get("attachments", {}).items()):
            pictures = {k: v for k, v in bundle.items() if k in INLINE_PICTURES}
            if pictures:
                cell.attachments[name] = pictures
            else:
                del cell.attachments[name]
                cell.source = cell.source.replace(f"attachment:{name}", "")
    notebook.cells = [c for c in notebook.cells if c.cell_type != "raw"]
    exporter = HTMLExporter(template_name="lab", exclude_input=not code, exclude_input_prompt=True,
                            exclude_output_prompt=True, exclude_raw=True)
    html, _ = exporter.from_notebook_node(notebook)
    return title_of(notebook, path), html


def title_of(notebook, path: Path) -> str:
    """The first markdown heading's text, else the file name without ``.ipynb``.

    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("## 우리 가게 주간 보고서\\n본문")])
    >>> title_of(nb, Path("report.ipynb")), title_of(nbformat.v4.new_notebook(), Path("report.ipynb"))
    ('우리 가게 주간 보고서', 'report')
    """
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.lstrip().startswith("#"):
                    return line.lstrip("# \t").strip()[:80] or path.stem
    return path.stem


def _hub_call(method: str, url: str, token: str, body: bytes | None = None) -> dict:
    request = urllib.request.Request(url, data=body, method=method,
                                     headers={"Authorization": f"token {token}", "Accept": "application/json",
                                              "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        try:
            reason = json.loads(error.read()).get("error") or error.reason
        except ValueError:
            reason = error.reason
        raise PublishError(say("gallery.hub_refused", reason=reason)) from None
    except (urllib.error.URLError, OSError, ValueError):
        raise PublishError(say("gallery.hub_unreachable")) from None


def send(title: str, source: str, html: str, *, code: bool) -> str:
    """POST the page to the service as this server's owner; the preview's path on the hub."""
    api, token = os.environ.get("JUPYTERHUB_API_URL"), os.environ.get("JUPYTERHUB_API_TOKEN")
    if not api or not token:
        raise PublishError(say("gallery.no_hub"))
    service = _hub_call("GET", f"{api.rstrip('/')}/services/{SERVICE}", token)
    if not service.get("url") or not service.get("prefix"):
        raise PublishError(say("gallery.hub_unreachable"))
    # straight to the service on loopback (the hub tells where), not through the public proxy
    target = service["url"].rstrip("/") + service["prefix"].rstrip("/") + "/gallery/api/items"
    body = json.dumps({"title": title, "source": source, "with_code": code, "html": html}).encode("utf-8")
    return _hub_call("POST", target, token, body)["preview"]


class Draft(str):
    """The preview's address; shown in a notebook as a link to open."""

    def _repr_html_(self) -> str:
        return (f"<p>{escape(self.message)}</p><p><a href=\"{escape(self)}\" target=\"_blank\" rel=\"noopener\">"
                f"{escape(say('gallery.open_preview'))}</a></p>")

    def __repr__(self) -> str:
        return f"{self.message}\n{self}"

    message = ""


def publish(notebook: str | os.PathLike, *, code: bool = False, title: str | None = None) -> Draft:
    """Render ``notebook`` and send it as a draft to the gallery; returns the preview link."""
    path = Path(notebook).expanduser()
    if path.suffix != ".ipynb":
        raise PublishError(say("gallery.not_notebook", path=str(notebook)))
    if not path.is_file():
        raise PublishError(say("gallery.not_found", path=str(notebook), cwd=os.getcwd()))
    found_title, html = render(path, code=code)
    preview = Draft(send(title or found_title, path.name, html, code=code))
    preview.message = say("gallery.drafted") + (" " + say("gallery.drafted_code") if code else "")
    return preview


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m academy.together.publish",
                                     description="send a notebook to the district's gallery as a draft to preview")
    parser.add_argument("notebook")
    parser.add_argument("--code", action="store_true", help="show code cells too (default: outputs only)")
    parser.add_argument("--title", help="title on the gallery (default: the notebook's first heading)")
    args = parser.parse_args(argv)
    try:
        preview = publish(args.notebook, code=args.code, title=args.title)
    except PublishError as error:
        print(error, file=sys.stderr)
        return 1
    print(repr(preview))
    return 0


if __name__ == "__main__":
    sys.exit(main())
