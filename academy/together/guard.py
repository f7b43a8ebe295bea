"""The learner's side of 도움 요청 (academy/together/help.py): a Jupyter server extension in every
learner's and instructor's server (academy/hub/data_root.py enables it) that holds a *helper* -- anyone
the server's owner shared it with -- to what the learner agreed to.

* **No cached login for helpers.** JupyterHub's singleuser server caches the hub's answer about a
  login for ``HubAuth.cache_max_age`` (5 minutes): a helper whose share was revoked would keep
  getting in that long. Here only the owner's answers are cached; a helper's every request is
  checked with the hub, so the first request after the share is revoked is refused (403).
* **Open connections closed.** A kernel or other websocket opened by a helper outlives any later
  check; every ``WATCH_SECONDS`` each helper's open websocket is checked with the hub again and
  closed once the share is gone.
* **The private-data folder refused.** Any request of a helper naming a path through
  ``help.PRIVATE_FOLDER`` (``내보내기``) -- in the URL (contents, files, downloads, nbconvert, the lab
  tree, RTC's collaboration session), in a query argument (RTC's ``/api/fileid/id?path=``) or as
  ``path`` / ``copy_from`` in its JSON body (copy, rename, sessions) -- is refused; so is one naming
  a file by its RTC file id (a shared document's room, fork, undo/redo; ``/api/fileid/path?id=``)
  when that id is a file of the private folder (academy/hub/rtc.py: live co-editing).
* **No global awareness for helpers.** JupyterLab's collaboration panel shares, through the room
  ``JupyterLab:globalAwareness``, which document each person has in front of them -- by path, so a
  learner looking at a file of the private folder would show its name to a helper. A helper is
  refused that room (his client retries quietly); the document he was let into still shows the
  learner's cursor and name through that document's own room.

What this cannot do (the learner is told so before asking, academy/messages/ko/help.yml): a helper
who runs code in the learner's kernel runs it as the learner's Unix account, which can read every
file of the learner, the private folder included; JupyterHub's scopes are per server, not per path.
"""

from __future__ import annotations

import json
import os
import re
import weakref
from typing import Any, Callable
from urllib.parse import unquote

from academy.together.help import private

WATCH_SECONDS = 3


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "academy.together.guard"}]


# RTC's room of who is looking at which document (paths included): the owner's only
GLOBAL_AWARENESS = re.compile(r"/api/collaboration/room/JupyterLab:globalAwareness/?$")
# RTC's routes that name a file by its id: .../api/collaboration/{room,fork,undo_redo}/<format>:<type>:<id>
FILE_ID_ROUTE = re.compile(r"/api/collaboration/(?:room|fork|undo_redo)/[^/:]*:[^/:]*:([^/?]+)")


def file_ids(path: str, arguments: dict[str, list[bytes]]) -> list[str]:
    """The RTC file ids a request names (in its URL or as ``?id=``).

    >>> file_ids("/user/kim/api/collaboration/room/json:notebook:0f1e", {})
    ['0f1e']
    >>> file_ids("/user/kim/api/fileid/path", {"id": [b"0f1e"]})
    ['0f1e']
    """
    found = FILE_ID_ROUTE.findall(unquote(path))
    if path.rstrip("/").endswith("/api/fileid/path"):
        found += [value.decode(errors="replace") for value in arguments.get("id", [])]
    return found


def touches_private(method: str, path: str, body: bytes, arguments: dict[str, list[bytes]] | None = None,
                    path_of_id: Callable[[str], str | None] = lambda file_id: None) -> bool:
    """Does a request name a path through the private-data folder (``path_of_id``: RTC's file ids)?

    >>> touches_private("GET", "/user/kim/files/%EB%82%B4%EB%B3%B4%EB%82%B4%EA%B8%B0/a.zip", b"")
    True
    >>> touches_private("POST", "/user/kim/api/contents/demo", '{"copy_from": "내보내기/a.json"}'.encode())
    True
    >>> touches_private("PUT", "/user/kim/api/contents/demo/01-values/lesson-1.ipynb", b'{"type": "notebook"}')
    False
    >>> touches_private("GET", "/user/kim/api/fileid/id", b"", {"path": ["내보내기/a.json".encode()]})
    True
    >>> touches_private("GET", "/user/kim/api/collaboration/room/json:file:0f1e", b"", {},
    ...                 {"0f1e": "내보내기/a.json"}.get)
    True
    """
    if private(unquote(path)):
        return True
    for values in (arguments or {}).values():
        if any(private(value.decode(errors="replace")) for value in values):
            return True
    if any(private(path_of_id(file_id) or "") for file_id in file_ids(path, arguments or {})):
        return True
    if method in ("POST", "PUT", "PATCH") and body:
        try:
            model = json.loads(body)
        except ValueError:
            return False
        if isinstance(model, dict):
            return any(isinstance(model.get(key), str) and private(model[key]) for key in ("path", "copy_from"))
    return False


def owner_only_cache(hub_auth: Any, owner: str) -> Any:
    """A cache for ``hub_auth`` keeping only the owner's login answers."""
    from jupyterhub.services.auth import _ExpiringDict

    class OwnerOnlyCache(_ExpiringDict):
        def __setitem__(self, key: Any, value: Any) -> None:
            if isinstance(value, dict) and value.get("name") == owner:
                super().__setitem__(key, value)

    return OwnerOnlyCache(hub_auth.cache_max_age)


def _load_jupyter_server_extension(serverapp: Any) -> None:
    owner = os.environ.get("JUPYTERHUB_USER", "")
    hub_auth = getattr(serverapp.identity_provider, "hub_auth", None)
    if not owner or hub_auth is None:  # not a hub-spawned server: nobody else can be let in
        return
    from tornado import ioloop
    from tornado.websocket import WebSocketHandler

    hub_auth.cache = owner_only_cache(hub_auth, owner)
    authorizer = serverapp.authorizer
    allowed = authorizer.is_authorized
    watched: "weakref.WeakKeyDictionary[Any, str]" = weakref.WeakKeyDictionary()
    log = serverapp.log

    def path_of_id(file_id: str) -> str | None:
        manager = serverapp.web_app.settings.get("file_id_manager")  # RTC's (jupyter_server_fileid)
        try:
            return manager.get_path(file_id) if manager is not None else None
        except Exception:  # noqa: BLE001 -- an id it does not know names no file
            return None

    def is_authorized(handler: Any, user: Any, action: str, resource: str) -> Any:
        if user is not None and getattr(user, "username", owner) != owner:
            request = handler.request
            if GLOBAL_AWARENESS.search(request.path):
                log.debug("help guard: %s refused the global awareness room", user.username)
                return False
            if touches_private(request.method, request.path, request.body or b"", request.query_arguments,
                               path_of_id):
                log.warning("help guard: %s refused %s %s (private folder)", user.username, request.method,
                            request.path)
                return False
            if isinstance(handler, WebSocketHandler):
                token = hub_auth.get_token(handler)
                if token:
                    watched[handler] = token
        return allowed(handler, user, action, resource)

    authorizer.is_authorized = is_authorized

    async def recheck() -> None:
        for handler, token in list(watched.items()):
            if handler.ws_connection is None:
                watched.pop(handler, None)
                continue
            try:
                model = await hub_auth.user_for_token(token, use_cache=False, sync=False)
                still = bool(model) and bool(hub_auth.check_scopes(hub_auth.access_scopes, model))
            except Exception as error:  # noqa: BLE001 -- the hub restarting: keep it, ask again next time
                log.warning("help guard: could not recheck a helper's connection (%s)", error)
                continue
            if not still:
                log.warning("help guard: closing a connection of %s (share revoked)", (model or {}).get("name", "?"))
                watched.pop(handler, None)
                handler.close(code=1008, reason="share revoked")

    ioloop.PeriodicCallback(recheck, WATCH_SECONDS * 1000).start()
    log.info("help guard: helpers of %s are checked with the hub on every request", owner)
