"""The circle notebook (issue 13 item 3): a study circle edits one notebook live, on JupyterHub itself.

Live co-editing (jupyter-collaboration, RTC) joins the people inside *one* Jupyter server, and
every learner has their own. So each circle gets a server of its own, shared with its members:

* **an account of its own.** Hub user ``circle-<id>`` runs, like every hub user, as Unix account
  ``<unix_prefix>circle-<id>`` (:func:`academy.together.circles.make_account`): a private home, the
  circle's Unix group (its folder) and the district's (its Jupyter config), no member's group and no
  password; nobody logs in as it (``circle-`` names are refused for people:
  ``academy.district.is_username``, sign-up and login in ``academy.hub.auth``). Its server is an
  ordinary learner server -- same memory limit, same Jupyter config (RTC on where learners have
  it) -- whose root is the circle folder (``academy.hub.spawner``), so it holds nothing but what
  the circle put there.
* **shared with each member.** One JupyterHub share of ``circle-<id>/`` per member grants
  ``access:servers`` and ``servers`` (start and stop: the first member to open the notebook
  starts it) on that one server (``POST /hub/api/shares/circle-<id>/ {"user": member}``). Anyone
  else -- another learner, another circle -- gets 403 from the server (404 from the hub, which does
  not tell them the circle's server exists). Every circle account is in the hub group
  ``circles-<course>``, the only servers the ``academy-admin`` service may share
  (academy/hub/config.py ``update_circles``).

  Why not one share with a hub group of the members (JupyterHub >= 5 can share with a group): in
  JupyterHub 6.1.1 a group's share reaches the hub's own pages (the spawn page works) but not the
  server -- the token the server gets through OAuth is cut down to its owner's roles plus the
  shares made to the owner *by name* (``jupyterhub.scopes.get_scopes_for``: ``owner.shared_with_me``,
  not the owner's groups'), so the server refused every member (seen live: "discarding scopes
  access:servers!server=circle-a/"). Shares by name have no such gap, and the shares themselves
  are the hub's list of members (:func:`open_circle` adds and revokes to match /etc/group).
* **opened from 내 학습 현황.** A member's progress page links to :func:`open_url`: JupyterHub's
  spawn page for the circle's server, then ``모임노트.ipynb`` in it.
* **closed with the circle.** ``academy circles dissolve`` revokes the share, stops the server and
  deletes the hub user and group before the Unix side goes; a member's next request is refused
  (the learner-server guard, :mod:`academy.together.guard`, asks the hub about every request of
  anyone but the server's owner, and closes their open connections within seconds).

Graded work stays individual: the circle account is in no course group (its server lists no
course to fetch or submit), and collect refuses any entry of a ``circle-`` account
(academy/grading/collect.py).

Known limits: a member may revoke their own share (JupyterHub lets the shared-with user do so) --
``academy circles sync`` grants it again. (A running circle server does not take a learner's place:
``active_server_limit`` has room for the circles, academy/hub/config.py ``update_limits``; the
도움 요청 button shows only in one's own server, labextension/src/help.ts.)

>>> share_request("1", "ann")
{'user': 'ann', 'scopes': ['access:servers!server=circle-1/', 'servers!server=circle-1/']}
>>> lab_url("/", "1")
'/user/circle-1/lab/tree/%EB%AA%A8%EC%9E%84%EB%85%B8%ED%8A%B8.ipynb'
>>> open_url("/", "1").split("?")[0]
'/hub/spawn/circle-1'
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from academy.district import circle_of_account
from academy.together.circles import NOTEBOOK, account, circles


def circles_group(settings: dict[str, Any]) -> str:
    """The hub group of every circle account of the district's course (what ``academy-admin`` may share).

    >>> circles_group({"district": {"course_id": "demo"}})
    'circles-demo'
    """
    return f"circles-{settings['district']['course_id']}"


def share_request(circle: str, member: str) -> dict[str, Any]:
    """The body of a member's share of the circle's server: use, start and stop that one server."""
    server = f"{account(circle)}/"
    return {"user": member, "scopes": [f"access:servers!server={server}", f"servers!server={server}"]}


def lab_url(base_url: str, circle: str, path: str = NOTEBOOK) -> str:
    """The notebook in the circle's running server."""
    return f"{base_url.rstrip('/')}/user/{account(circle)}/lab/tree/{quote(path)}"


def open_url(base_url: str, circle: str) -> str:
    """Where a member opens the circle notebook: the hub starts the circle's server if it is off
    (the share grants ``servers``), then leads to the notebook."""
    return f"{base_url.rstrip('/')}/hub/spawn/{account(circle)}?next={quote(lab_url(base_url, circle), safe='')}"


def membership(want: list[str], have: list[str]) -> tuple[list[str], list[str]]:
    """(to add, to remove) to make the people a server is shared with ``want``.

    >>> membership(["ann", "ben", "cho"], ["ben", "dan"])
    (['ann', 'cho'], ['dan'])
    """
    return sorted(set(want) - set(have)), sorted(set(have) - set(want))


def shared_with(api: Any, circle: str) -> list[str]:
    """The people the circle's server is shared with now (the hub's word)."""
    answer = api.request("GET", f"/shares/{account(circle)}/?limit=200")
    items = answer.get("items", []) if isinstance(answer, dict) else (answer or [])
    return sorted(item["user"]["name"] for item in items if item.get("user"))


def open_circle(settings: dict[str, Any], circle: str, members: list[str], api: Any) -> list[str]:
    """Make the hub side of ``circle`` match (idempotent): its hub user in ``circles-<course>``, its
    server shared with exactly ``members`` (a former member's share revoked). The members."""
    name = account(circle)
    api.request("POST", f"/users/{name}", ok=(201, 409))
    api.request("POST", f"/groups/{circles_group(settings)}", ok=(201, 409))
    api.request("POST", f"/groups/{circles_group(settings)}/users", {"users": [name]})
    add, remove = membership(members, shared_with(api, circle))
    for member in remove:  # first: nobody has a moment in a circle they left
        api.request("PATCH", f"/shares/{name}/", {"user": member})
    for member in add:
        api.request("POST", f"/shares/{name}/", share_request(circle, member))
    return sorted(members)


def close_circle(settings: dict[str, Any], circle: str, api: Any) -> None:
    """Undo :func:`open_circle`: every share revoked, the server stopped, the hub user deleted
    (a part already gone is no error)."""
    name = account(circle)
    api.request("DELETE", f"/shares/{name}/", ok=(204, 404))
    api.request("DELETE", f"/users/{name}/server", ok=(202, 204, 400, 404))
    api.request("DELETE", f"/users/{name}", ok=(204, 404))


def sync(settings: dict[str, Any], api: Any) -> tuple[list[str], list[str]]:
    """Make the hub's circles those of /etc/group (``academy circles sync``, e.g. after circles were
    formed while the hub was down): (opened, closed)."""
    wanted = circles(settings)
    known = api.request("GET", f"/groups/{circles_group(settings)}", ok=(200, 404)) or {}
    on_hub = {c for c in (circle_of_account(n) for n in known.get("users", [])) if c is not None}
    for circle, members in sorted(wanted.items()):
        open_circle(settings, circle, members, api)
    gone = sorted(on_hub - set(wanted))
    for circle in gone:
        close_circle(settings, circle, api)
    return sorted(wanted), gone
