"""jupyterlab_server, patched in learners' and instructors' servers: the Korean language pack's
strings the academy corrects reach JupyterLab.

JupyterLab's words come from the language pack (jupyterlab-language-pack-ko-KR), served to the page
by jupyterlab_server's ``TranslationsHandler`` through ``get_language_pack``. A few of its Korean
strings put a particle after a placeholder that cannot agree with what fills it: ``'%1 and %2'`` is
``'%1와 %2'``, so the Run menu reads "커널 재시작와 모든 셀 실행" (after 재시작 it must be 과), and
"정말로 %1를 삭제하시겠습니까?" follows a file name whatever its last sound. The corrections are data,
``lab.language_pack`` in academy/messages/ko/lab.yml (domain -> English msgid -> Korean), laid over
the pack's own for a Korean locale only. Written against jupyterlab_server ``PINNED``; another version
stops the import (academy/patches/__init__.py); tests/academy/patches/test_jupyterlab_server.py shows
it acts, and tests/academy/hub/test_browser_korean.py reads the corrected menu in Chromium.
"""

from __future__ import annotations

from typing import Any

from academy.patches import require_version

PINNED = "2.28.1"
VERSION = require_version("jupyterlab-server", PINNED, "academy/patches/jupyterlab_server.py")

from jupyterlab_server import translations_handler  # noqa: E402

_original_get_language_pack = translations_handler.get_language_pack


def corrections() -> dict[str, dict[str, str]]:
    """The academy's Korean for the language pack's strings, by domain (``jupyterlab``, ...)."""
    from academy.messages import catalogue

    return catalogue()["lab"].get("language_pack", {})


def corrected(data: Any, locale_: str) -> Any:
    """``data`` (a language pack as ``get_language_pack`` gives it) with the academy's corrections laid
    over it when ``locale_`` is Korean; other locales and shapes unchanged."""
    if not isinstance(data, dict) or not str(locale_).lower().replace("-", "_").startswith("ko"):
        return data
    for domain, strings in corrections().items():
        bundle = data.get(domain)
        if isinstance(bundle, dict):
            for msgid, msgstr in strings.items():
                if msgid in bundle:
                    bundle[msgid] = [msgstr]  # gettext JSON: a list of forms
    return data


def get_language_pack(locale_: str) -> tuple:
    """jupyterlab_server's ``get_language_pack``, with the academy's corrections."""
    data, message = _original_get_language_pack(locale_)
    return corrected(data, locale_), message


def apply() -> None:
    """Install the patch in this process (a learner's or instructor's server; idempotent)."""
    translations_handler.get_language_pack = get_language_pack


__all__ = ["PINNED", "apply", "corrected", "corrections", "get_language_pack"]
