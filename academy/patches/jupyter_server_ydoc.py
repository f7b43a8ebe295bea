"""jupyter_server_ydoc (live co-editing, academy/hub/rtc.py), patched in learners' and instructors'
servers: a shared document takes a file that changed on disk *to an older time* as changed too.

The server watches each shared document's file (``FileLoader.maybe_notify``, every second) and
loads it again only when its modification time is *later* than the one it saw last; otherwise it
takes the disk's time as seen -- and the next save writes the shared document over the file.
nbgrader's fetch copies a module with its release's modification times (``shutil.copytree``), so
a learner who starts over (her module folder deleted, fetched again, the old notebook still open)
had the new notebook silently replaced by the old shared document, nbgrader's cells and checksums
of the old release included (tests/academy/hub/test_help_rtc.py). ``notify_on_any_change`` is the
same method with "changed" for "later". Written against jupyter-server-ydoc ``PINNED``; another
version stops the import (academy/patches/__init__.py); tests/academy/patches/test_jupyter_server_ydoc.py
shows it acts.
"""

from __future__ import annotations

from academy.patches import require_version

PINNED = "3.0.4"
VERSION = require_version("jupyter-server-ydoc", PINNED, "academy/patches/jupyter_server_ydoc.py")

from jupyter_server.utils import ensure_async  # noqa: E402
from jupyter_server_ydoc import loaders  # noqa: E402

_original_maybe_notify = loaders.FileLoader.maybe_notify


async def notify_on_any_change(self) -> None:
    """``FileLoader.maybe_notify`` of jupyter-server-ydoc 3.0.4, notifying when the file's
    modification time is another than the one seen last (not only a later one)."""
    do_notify = False
    filepath_change = False
    async with self._lock:
        path = self.path
        if self._current_path != path:
            self._current_path = path
            filepath_change = True
        model = await ensure_async(self._contents_manager.get(path, content=False))
        if self.last_modified is not None and self.last_modified != model["last_modified"]:  # the patch: != for <
            do_notify = True
        self.last_modified = model["last_modified"]
    if filepath_change:
        for callback in self._filepath_subscriptions.values():
            await ensure_async(callback())
    if do_notify:
        for callback in self._subscriptions.values():
            await callback()


def apply() -> None:
    """Install the patch in this process (a learner's or instructor's server; idempotent)."""
    loaders.FileLoader.maybe_notify = notify_on_any_change


__all__ = ["PINNED", "apply", "notify_on_any_change"]
