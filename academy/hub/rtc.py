"""Live co-editing (RTC, jupyter-collaboration) where help happens: learners' and instructors' servers.

Where it is on, and why (``write_jupyter_config`` in academy/hub/data_root.py applies ``settings(role)``):

* **learner** and **instructor** servers: on. 도움 요청 (academy/together/help.py) lets a helper into
  *that* server through a JupyterHub share; with RTC both see each other's typing live, with the
  helper's name on the cursor, and nobody has to save first. The server itself writes the
  document to disk (as the learner's own account, a second after the last change).
* **grader** (the course's formgrader service, root, in the course root): off -- its server
  extensions and its lab packages. Nobody co-edits there; ``generate_assignment`` and autograde
  write the course's notebooks on disk, which an open shared document would load again; and a
  root process would keep its document history in the course root.
* the weekly job (academy/weekly/) runs no Jupyter server: it reads the learner's notebook from
  disk, which RTC keeps saved.

Each learner's document history (the "ystore") and file ids live in *their own* home, under
``~/.local/share/jupyter/`` (out of the file browser's sight), never in a shared place: the paths
are computed in the learner's server, after it became the learner (:class:`LearnerYStore`; the
file-id database's default is computed again in a fork-started server, academy/kernels/server_fork.py).
A history is squashed into one update after an hour without changes, so it cannot grow without end.

nbgrader and RTC: Validate on a shared document reaches the server with the document's plain path
(jupyter-collaboration 5 uses a content provider, not the old ``RTC:`` drive of nbgrader #1836;
academy/patches/nbgrader.py strips such a prefix anyway); nbgrader's cell metadata is kept as it is
in the shared model (tests/academy/hub/test_help_rtc.py compares it before and after a help session).

A shared document also takes a file that changed on disk to an *older* time (a module fetched
again: nbgrader keeps the release's times) instead of writing itself over it: this module is a
server extension in the RTC roles that installs academy/patches/jupyter_server_ydoc.py.

>>> settings("learner")["ServerApp"]["jpserver_extensions"]
{'jupyter_server_ydoc': True, 'jupyter_server_fileid': True, 'academy.hub.rtc': True}
>>> settings("grader")["ServerApp"]["jpserver_extensions"]
{'jupyter_server_ydoc': False, 'jupyter_server_fileid': False, 'academy.hub.rtc': False}
"""

from __future__ import annotations

import os
from typing import Any

import anyio._backends._asyncio  # noqa: F401 -- what the first shared document imports: in the fork parent, shared
from jupyter_server_ydoc.stores import SQLiteYStore
from traitlets import default

RTC_ROLES = ("learner", "instructor")
# The server extensions and lab packages jupyter-collaboration installs (enabled for every server by
# their own files in <venv>/etc/jupyter and share/jupyter/labextensions).
SERVER_EXTENSIONS = ("jupyter_server_ydoc", "jupyter_server_fileid", __name__)  # (this one: the patch)
LAB_PACKAGES = ("@jupyter/docprovider-extension", "@jupyter/collaboration-extension")
# Its "Generate a Shared Link" dialog (top bar, palette) shares a server through the hub around 도움 요청
# -- unlogged, without its time limit or the learner's close; learners hold no share scope, so for them
# it would only fail, in English. Help comes in through 도움 요청 alone.
SHARE_DIALOG = "@jupyter/collaboration-extension:shared-link"
SQUASH_AFTER_SECONDS = 3600  # a document's history becomes one update after an hour without changes
YSTORE_FILE = "academy_ystore.db"


def data_dir() -> str:
    """The running user's Jupyter data folder (``~/.local/share/jupyter``), asked at call time."""
    from jupyter_core.paths import jupyter_data_dir

    return jupyter_data_dir()


class LearnerYStore(SQLiteYStore):
    """jupyter-collaboration's SQLite document history, kept in the server's user's own data folder
    (not ``.jupyter_ystore.db`` in the current folder, which would be the home's visible top)."""

    @default("db_path")
    def _own_data_dir(self) -> str:
        folder = data_dir()
        os.makedirs(folder, mode=0o700, exist_ok=True)
        return os.path.join(folder, YSTORE_FILE)

    @default("squash_after_inactivity_of")
    def _squash(self) -> int:
        return SQUASH_AFTER_SECONDS


def settings(role: str) -> dict[str, Any]:
    """The Jupyter server config (sections) that turns RTC on or off for ``role``."""
    on = role in RTC_ROLES
    values: dict[str, Any] = {"ServerApp": {"jpserver_extensions": {name: on for name in SERVER_EXTENSIONS}}}
    if on:
        values["YDocExtension"] = {"ystore_class": f"{__name__}.LearnerYStore"}
    return values


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": __name__}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    from academy.patches import jupyter_server_ydoc

    jupyter_server_ydoc.apply()  # a file changed on disk to an older time is loaded again, not overwritten
    serverapp.log.info("Live co-editing: document history in %s (academy.hub.rtc)", data_dir())


def disabled_lab_packages(role: str) -> dict[str, bool]:
    """JupyterLab's ``disabledExtensions`` entries for ``role``: the RTC packages where it is off;
    where it is on, jupyter-collaboration's own share dialog (``SHARE_DIALOG``)."""
    return {SHARE_DIALOG: True} if role in RTC_ROLES else {name: True for name in LAB_PACKAGES}


__all__ = ["LAB_PACKAGES", "RTC_ROLES", "LearnerYStore", "disabled_lab_packages", "settings"]
