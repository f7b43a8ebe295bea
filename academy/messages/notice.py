"""Check verdicts, hints and error explanations as rich output that reads like a page.

A :class:`Notice` is one boxed message: a text label that carries the meaning (``정답이에요``,
``다시 봐요``, ``힌트 1/3``, ``오류 도우미`` -- no emoji is needed to understand it), coloured
by its kind, and message lines written in the catalogue's light markup (```code``` spans).

* ``text/html`` (JupyterLab, the feedback page): a box with a coloured left border, the label
  in bold, code spans as ``<code>``; sizes in ``em`` so it grows with the district's font size.
* ``text/plain`` (nbval, a terminal, ``print``): ``[label] first line`` then the other lines,
  code spans without their backticks -- no markup character is left to read.

>>> print(Notice("incorrect", "다시 봐요", ("아직 정답이 아니에요.", "`q.fee.hint()`로 힌트를 봐요.")))
[다시 봐요] 아직 정답이 아니에요.
q.fee.hint()로 힌트를 봐요.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

__all__ = ["Notice", "KINDS", "plain"]

# kind -> (accent colour, background): readable on JupyterLab's light theme, contrast >= 4.5:1
KINDS = {
    "correct": ("#1a7f37", "#e9f7ec"),
    "incorrect": ("#b3261e", "#fdecea"),
    "not_attempted": ("#8a5300", "#fff4e0"),
    "hint": ("#0b57d0", "#e8f0fe"),
    "explain": ("#5b3da8", "#f1ecfb"),
}

_CODE = re.compile(r"`([^`\n]+)`")


def plain(line: str) -> str:
    """A catalogue line as plain text: code spans lose their backticks."""
    return _CODE.sub(r"\1", line)


def _html_line(line: str) -> str:
    parts = _CODE.split(line)  # even: text, odd: code
    return "".join(
        f'<code style="font-family:var(--jp-code-font-family,monospace);font-size:0.95em;'
        f'background:rgba(0,0,0,0.06);padding:0 0.25em;border-radius:3px">{html.escape(p)}</code>'
        if i % 2 else html.escape(p) for i, p in enumerate(parts))


@dataclass(frozen=True)
class Notice:
    kind: str
    label: str
    lines: tuple[str, ...]

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown notice kind {self.kind!r}; one of {sorted(KINDS)}")
        object.__setattr__(self, "lines", tuple(self.lines))

    # text/plain -- also what print() and str() give
    def text(self) -> str:
        first, *rest = [plain(line) for line in self.lines] or [""]
        return "\n".join([f"[{self.label}] {first}".rstrip(), *rest])

    __str__ = text

    def __repr__(self) -> str:
        return self.text()

    def _repr_pretty_(self, printer, cycle) -> None:  # IPython's text/plain
        printer.text(self.text())

    def _repr_html_(self) -> str:
        accent, background = KINDS[self.kind]
        body = "".join(f'<div style="margin:0.15em 0">{_html_line(line)}</div>' for line in self.lines)
        return (f'<div class="academy-notice academy-notice-{self.kind}" role="note" '
                f'style="border-left:0.35em solid {accent};background:{background};color:#1f1f1f;'
                f'padding:0.45em 0.8em;margin:0.3em 0;border-radius:4px;line-height:1.6;'
                f'font-family:var(--jp-content-font-family,sans-serif);font-size:var(--jp-content-font-size1,14px)">'
                f'<div style="font-weight:700;color:{accent};margin-bottom:0.15em">{html.escape(self.label)}</div>'
                f'{body}</div>')

    def show(self) -> None:
        """Display in a notebook (rich), print elsewhere (plain)."""
        try:
            from IPython import get_ipython
            from IPython.display import display
        except ImportError:  # pragma: no cover -- IPython is a dependency
            print(self.text())
            return
        if get_ipython() is None:
            print(self.text())
        else:
            display(self)
