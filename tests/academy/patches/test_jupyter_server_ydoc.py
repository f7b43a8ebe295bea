"""academy/patches/jupyter_server_ydoc.py: a shared document's file watcher notifies its rooms when
the file on disk changed to an *older* modification time (a module fetched again), as it does for
a later one -- and not when nothing changed."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

from jupyter_server_ydoc import loaders

from academy.patches import jupyter_server_ydoc as patches


class Disk:
    """A contents manager that knows one file's modification time."""

    def __init__(self, when: datetime):
        self.when = when

    def get(self, path, content=True, **kwargs):
        return {"path": path, "last_modified": self.when, "type": "notebook"}


class Ids:
    def get_path(self, file_id):
        return "demo/01-values/exercise.ipynb"


def changes_seen(monkeypatch, patched: bool) -> list[str]:
    monkeypatch.setattr(loaders.FileLoader, "maybe_notify", loaders.FileLoader.maybe_notify)  # restored after
    if patched:
        patches.apply()
        patches.apply()  # idempotent
    then = datetime(2026, 12, 4, 9, 0, tzinfo=timezone.utc)
    disk = Disk(then)
    seen: list[str] = []

    async def run():
        loader = loaders.FileLoader("id", Ids(), disk, poll_interval=None)  # no watcher task: polled by hand

        async def reload():
            seen.append(str(disk.when))

        loader.observe("room", reload)
        await loader.maybe_notify()  # first look
        await loader.maybe_notify()  # nothing changed
        disk.when = then - timedelta(days=3)  # fetched again: the release's older time
        await loader.maybe_notify()
        disk.when = then + timedelta(minutes=1)  # written later: stock behaviour
        await loader.maybe_notify()

    asyncio.run(run())
    return seen


def test_a_file_changed_to_an_older_time_is_loaded_again(monkeypatch):
    assert changes_seen(monkeypatch, patched=True) == ["2026-12-01 09:00:00+00:00", "2026-12-04 09:01:00+00:00"]


def test_stock_jupyter_server_ydoc_misses_it(monkeypatch):
    """What the patch is for (this fails the day jupyter-server-ydoc sees it itself: drop the patch)."""
    assert changes_seen(monkeypatch, patched=False) == ["2026-12-04 09:01:00+00:00"]
