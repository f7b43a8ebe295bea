"""도움 요청 (issue 13 item 1): live help inside the learner's own server, on JupyterHub's own sharing.

A learner asks from the notebook they are stuck in (``help/ask?path=...``): which notebook, the
module and part (from the path), an optional one-line question, and whether their study circle
(:mod:`academy.together.circles`) may see it too. Before asking they read, in Korean, what a
helper can see. The course's instructors (hub group ``formgrade-<course>``), and the learner's
circle if chosen, see open requests in the queue (``help/queue``). A helper who joins gets a
JupyterHub share of *that learner's* default server (``POST /hub/api/shares/<learner>/``,
``access:servers!server=<learner>/``, granted by this service with its ``shares`` scope) and opens
the same notebook there. JupyterHub's direct shares never expire by themselves, so this service
revokes each one (``PATCH /hub/api/shares/<learner>/ {"user": helper}``) when the learner closes
the request, when ``[help] share_minutes`` have passed, or when the request is ``[help] open_hours``
old; a revocation the hub refused is retried every sweep. Every grant and revocation is a line of
``<data_root>/help/shares.jsonl`` (who, whose server, from, to, why); requests are kept in
``<data_root>/help/requests.json`` (root only, 0600).

Peer helpers (도우미, issue 13 item 2): a learner whose module is graded in the gradebook may offer
to help with it (``volunteer``); an instructor approves (``approve``); from then on the queue shows
them the open requests of that module only -- never the gradebook, hidden tests or anyone's grades
(the queue carries the request alone). Help given is counted from the share log (``helped``).
Kept in ``<data_root>/help/peers.json``.

What a helper can and cannot reach (said to the learner in academy/messages/ko/help.yml, enforced
in the learner's server by :mod:`academy.together.guard`): a JupyterHub scope covers a whole server,
not a folder, so inside the server the helper can do whatever the learner can -- including running
code as the learner, which can read every file of the learner. What the guard adds: the helper's
file browser, editor, downloads and exports refuse any path through the private-data folder
(``PRIVATE_FOLDER``, where module 12 asks learners to put their own SNS exports), and a revoked
helper is refused at the next request (the server does not cache a helper's login) and their open
kernel connections are closed within seconds.
"""

from __future__ import annotations

import json
import os
import posixpath
import secrets
import time
import unicodedata
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from academy.messages import say

PRIVATE_FOLDER = "내보내기"  # module 12, lesson 2: "`내보내기` 폴더에 두면 찾기 쉬워요"
QUESTION_LIMIT = 200
PATH_LIMIT = 255
REQUEST_LIMIT = 5  # open requests per learner at once
KEEP_CLOSED = 500  # closed requests kept in requests.json (the share log keeps everything)


class HelpError(ValueError):
    """A request the person must change; the message is Korean and names the fix."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def now() -> float:
    return time.time()


def stamp(t: float | None) -> str | None:
    return None if t is None else datetime.fromtimestamp(t, timezone.utc).astimezone().isoformat(timespec="seconds")


def clean_path(path: str) -> str:
    """A notebook path inside the learner's home, as JupyterLab names it (relative, ``/``-separated).

    >>> clean_path("/demo/01-values/lesson-1.ipynb")
    'demo/01-values/lesson-1.ipynb'
    >>> clean_path("../x.ipynb")
    Traceback (most recent call last):
    ...
    academy.together.help.HelpError: 이 노트북으로는 도움을 요청할 수 없어요. 도움이 필요한 노트북을 열고 ‘도움 요청’을 다시 눌러 주세요.
    """
    path = unicodedata.normalize("NFC", (path or "").strip()).lstrip("/")
    parts = path.split("/")
    if (not path or len(path) > PATH_LIMIT or not path.endswith(".ipynb") or any(p in ("", ".", "..") for p in parts)
            or any(ord(ch) < 32 for ch in path) or "\\" in path):
        raise HelpError(say("help.bad_path"))
    if private(path):
        raise HelpError(say("help.private_path", folder=PRIVATE_FOLDER))
    return path


def private(path: str) -> bool:
    """Does ``path`` go through the private-data folder (any component, either Unicode form)?

    >>> private("내보내기/instagram.zip"), private("demo/12-automation/내보내기"), private("내보내기 연습.ipynb")
    (True, True, False)
    """
    return PRIVATE_FOLDER in unicodedata.normalize("NFC", path).split("/")


def where(path: str, course: str, modules: list[dict[str, Any]]) -> tuple[str, str]:
    """(module id or "", part) of a notebook path: ``<course>/<module>/<part>.ipynb`` names both.

    >>> where("demo/01-values/lesson-1.ipynb", "demo", [{"id": "01-values"}])
    ('01-values', 'lesson-1')
    >>> where("연습/mine.ipynb", "demo", [{"id": "01-values"}])
    ('', 'mine')
    """
    parts = path.split("/")
    ids = {m["id"] for m in modules}
    module = parts[1] if len(parts) >= 3 and parts[0] == course and parts[1] in ids else ""
    return module, posixpath.splitext(parts[-1])[0]


def clean_question(text: str) -> str:
    """One line, at most ``QUESTION_LIMIT`` characters (a longer one is an error, never cut silently)."""
    text = " ".join((text or "").split())
    if len(text) > QUESTION_LIMIT:
        raise HelpError(say("help.question_too_long", limit=QUESTION_LIMIT, count=len(text)))
    return text


class Store:
    """Help requests and the share log under ``<data_root>/help/`` (root only). One process (the
    service) writes it; every change is written whole and renamed into place."""

    def __init__(self, settings: dict[str, Any]):
        self.folder = Path(settings["hub"]["data_root"]) / "help"
        self.requests_file = self.folder / "requests.json"
        self.log_file = self.folder / "shares.jsonl"
        self.peers_file = self.folder / "peers.json"

    def _ensure(self) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)

    def load(self, file: Path | None = None) -> dict[str, Any]:
        try:
            data = json.loads((file or self.requests_file).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, file: Path, data: dict[str, Any]) -> None:
        self._ensure()
        tmp = file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
        os.replace(tmp, file)

    def load_peers(self) -> dict[str, dict[str, dict[str, Any]]]:
        """``{learner: {module: {"state": "pending" | "approved", "at": time, "by": instructor}}}``"""
        return self.load(self.peers_file)

    def save_peers(self, peers: dict[str, Any]) -> None:
        self._write(self.peers_file, peers)

    def save(self, requests: dict[str, dict[str, Any]]) -> None:
        closed = sorted((r for r in requests.values() if r["status"] == "closed" and not active_helpers(r)),
                        key=lambda r: r["closed_at"] or 0)
        for old in closed[:max(0, len(closed) - KEEP_CLOSED)]:
            requests.pop(old["id"], None)
        self._write(self.requests_file, requests)

    def log(self, **entry: Any) -> None:
        """One line of the share log: event (grant / revoke), helper, learner, server, request, from, to, why."""
        self._ensure()
        fd = os.open(self.log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def read_log(self) -> list[dict[str, Any]]:
        try:
            return [json.loads(line) for line in self.log_file.read_text(encoding="utf-8").splitlines() if line]
        except FileNotFoundError:
            return []


def times_helped(log: list[dict[str, Any]], name: str) -> int:
    """How many requests ``name`` joined, from the share log (joining one request again counts once).

    >>> times_helped([{"event": "grant", "helper": "mina", "request": "a"},
    ...               {"event": "grant", "helper": "mina", "request": "a"},
    ...               {"event": "grant", "helper": "jun", "request": "b"}], "mina")
    1
    """
    return len({e.get("request") for e in log if e.get("event") == "grant" and e.get("helper") == name})


def active_helpers(request: dict[str, Any]) -> list[str]:
    """Helpers whose share is (as far as the hub last said) still in place."""
    return [name for name, h in request["helpers"].items() if h["to"] is None]


class Help:
    """The rules of help requests; ``hub`` is the service's :class:`academy.hub.api.HubAPI`."""

    def __init__(self, settings: dict[str, Any], modules: list[dict[str, Any]], hub: Any, store: Store | None = None):
        self.settings, self.modules, self.hub = settings, modules, hub
        self.store = store or Store(settings)
        self.course = settings["district"]["course_id"]
        self.share_seconds = settings["help"]["share_minutes"] * 60
        self.open_seconds = settings["help"]["open_hours"] * 3600

    # -- who is who ---------------------------------------------------------------------------
    def instructors(self) -> set[str]:
        from academy.admin.course import instructor_group

        group = self.hub.request("GET", "/groups/" + quote(instructor_group(self.course)))
        return set(group.get("users", [])) | set(self.settings["people"]["instructors"])

    def circle_of(self, name: str) -> tuple[str, list[str]] | None:
        from academy.together.circles import circles

        for circle, members in circles(self.settings).items():
            if name in members:
                return circle, members
        return None

    def may_help(self, helper: str, request: dict[str, Any], instructors: set[str] | None = None) -> bool:
        if helper == request["learner"]:
            return False
        if helper in (instructors if instructors is not None else self.instructors()):
            return True
        if request["module"] and request["module"] in self.approved_modules(helper):
            return True
        if request["circle"]:
            mine = self.circle_of(helper)
            return mine is not None and mine[0] == request["circle"] and request["learner"] in mine[1]
        return False

    # -- the learner ----------------------------------------------------------------------------
    def ask(self, learner: str, path: str, question: str, with_circle: bool) -> dict[str, Any]:
        path, question = clean_path(path), clean_question(question)
        requests = self.store.load()
        mine = [r for r in requests.values() if r["learner"] == learner and r["status"] == "open"]
        for r in mine:
            if r["path"] == path:  # the same notebook again: the open request, with the new question
                r["question"] = question or r["question"]
                self.store.save(requests)
                return r
        if len(mine) >= REQUEST_LIMIT:
            raise HelpError(say("help.too_many", limit=REQUEST_LIMIT))
        circle = self.circle_of(learner) if with_circle else None
        module, part = where(path, self.course, self.modules)
        request = {"id": secrets.token_hex(6), "learner": learner, "path": path, "module": module, "part": part,
                   "question": question, "circle": circle[0] if circle else "", "status": "open",
                   "opened_at": now(), "closed_at": None, "closed_by": "", "helpers": {}}
        requests[request["id"]] = request
        self.store.save(requests)
        return request

    def mine(self, learner: str) -> list[dict[str, Any]]:
        found = [r for r in self.store.load().values() if r["learner"] == learner]
        return sorted(found, key=lambda r: (r["status"] != "open", -r["opened_at"]))[:20]

    def close(self, person: str, request_id: str) -> dict[str, Any]:
        """The learner (or an instructor) ends the request: every helper's share is revoked."""
        requests = self.store.load()
        request = requests.get(request_id)
        if request is None or (person != request["learner"] and person not in self.instructors()):
            raise HelpError(say("help.not_yours"), status=404)
        if request["status"] == "open":
            request.update(status="closed", closed_at=now(), closed_by=person)
        self._revoke_all(request, "closed")
        self.store.save(requests)
        return request

    # -- peer helpers (도우미) --------------------------------------------------------------------
    def completed_modules(self, learner: str) -> list[str]:
        """Modules of ``learner`` the gradebook holds fully graded, in syllabus order."""
        from academy.database import gradebook_url
        from academy.together.progress import gradebook_results

        graded = gradebook_results(gradebook_url(self.settings), learner)
        return [m["id"] for m in self.modules if m["id"] in graded and not graded[m["id"]]["needs_manual"]]

    def approved_modules(self, name: str) -> set[str]:
        return {m for m, entry in self.store.load_peers().get(name, {}).items() if entry["state"] == "approved"}

    def volunteer(self, learner: str, module: str) -> None:
        """``learner`` offers to help with ``module`` (graded in the gradebook); an instructor approves."""
        if module not in self.completed_modules(learner):
            raise HelpError(say("help.peer_not_completed"), status=403)
        peers = self.store.load_peers()
        mine = peers.setdefault(learner, {})
        if module not in mine:
            mine[module] = {"state": "pending", "at": now(), "by": ""}
            self.store.save_peers(peers)

    def approve(self, instructor: str, learner: str, module: str) -> None:
        if instructor not in self.instructors():
            raise HelpError(say("help.peer_instructors_only"), status=403)
        peers = self.store.load_peers()
        entry = peers.get(learner, {}).get(module)
        if entry is None:
            raise HelpError(say("help.not_yours"), status=404)
        entry.update(state="approved", at=now(), by=instructor)
        self.store.save_peers(peers)

    def pending_peers(self) -> list[dict[str, str]]:
        return [{"name": name, "module": module} for name, modules in sorted(self.store.load_peers().items())
                for module, entry in sorted(modules.items()) if entry["state"] == "pending"]

    def peer_offers(self, learner: str) -> list[dict[str, str]]:
        """The learner's completed modules with their 도우미 state: "" (may offer), pending, approved."""
        mine = self.store.load_peers().get(learner, {})
        return [{"module": m, "state": mine.get(m, {}).get("state", "")} for m in self.completed_modules(learner)]

    def helped(self, name: str) -> int:
        """How many requests ``name`` joined (the share log: one per request)."""
        return times_helped(self.store.read_log(), name)

    # -- helpers --------------------------------------------------------------------------------
    def queue(self, helper: str) -> tuple[bool, list[dict[str, Any]]]:
        """(may see the queue at all, open requests ``helper`` may join, oldest first)."""
        instructors = self.instructors()
        circle = self.circle_of(helper)
        if helper not in instructors and circle is None and not self.approved_modules(helper):
            return False, []
        found = [r for r in self.store.load().values()
                 if r["status"] == "open" and self.may_help(helper, r, instructors)]
        return True, sorted(found, key=lambda r: r["opened_at"])

    def join(self, helper: str, request_id: str) -> dict[str, Any]:
        """Share the learner's server with ``helper`` for ``share_minutes``; the request, with
        ``lab_path`` to open."""
        requests = self.store.load()
        request = requests.get(request_id)
        if request is None or not self.may_help(helper, request):
            raise HelpError(say("help.not_yours"), status=404)
        if request["status"] != "open":
            raise HelpError(say("help.already_closed"), status=409)
        learner = request["learner"]
        user = self.hub.request("GET", "/users/" + quote(learner))
        if not (user.get("servers") or {}).get("", {}).get("ready"):
            raise HelpError(say("help.server_off", learner=learner), status=409)
        status, answer = self.hub.call("POST", f"/shares/{quote(learner)}/", {"user": helper})
        if status != 200:
            raise HelpError(say("help.share_failed", status=status), status=502)
        t = now()
        earlier = request["helpers"].get(helper)
        start = earlier["from"] if earlier and earlier["to"] is None else t
        request["helpers"][helper] = {"from": start, "until": t + self.share_seconds, "to": None}
        self.store.log(event="grant", helper=helper, learner=learner, server=f"{learner}/", request=request_id,
                       scopes=answer.get("scopes", []) if isinstance(answer, dict) else [],
                       **{"from": stamp(start), "until": stamp(t + self.share_seconds)})
        self.store.save(requests)
        return request

    # -- revocation -----------------------------------------------------------------------------
    def _revoke(self, request: dict[str, Any], helper: str, why: str) -> bool:
        entry = request["helpers"][helper]
        status, _ = self.hub.call("PATCH", f"/shares/{quote(request['learner'])}/", {"user": helper})
        if status not in (200, 404):  # 404: the learner (or their server) is gone: nothing left to revoke
            return False
        entry["to"] = now()
        self.store.log(event="revoke", helper=helper, learner=request["learner"], server=f"{request['learner']}/",
                       request=request["id"], why=why, **{"from": stamp(entry["from"]), "to": stamp(entry["to"])})
        return True

    def _revoke_all(self, request: dict[str, Any], why: str) -> None:
        for helper in active_helpers(request):
            self._revoke(request, helper, why)

    def sweep(self) -> int:
        """Revoke what is due: shares past ``share_minutes``, requests past ``open_hours`` (closed),
        helpers of closed requests a hub error left in. Returns how many shares were revoked."""
        requests = self.store.load()
        t, revoked, changed = now(), 0, False
        for request in requests.values():
            if request["status"] == "open" and t - request["opened_at"] > self.open_seconds:
                request.update(status="closed", closed_at=t, closed_by="")
                changed = True
            for helper in active_helpers(request):
                entry = request["helpers"][helper]
                why = "closed" if request["status"] == "closed" else "expired" if t >= entry["until"] else ""
                if why and self._revoke(request, helper, why):
                    revoked += 1
                    changed = True
        if changed:
            self.store.save(requests)
        return revoked


def lab_url(base: str, learner: str, path: str) -> str:
    """Where a helper opens the learner's notebook: the learner's own server."""
    return f"{base.rstrip('/')}/user/{quote(learner)}/lab/tree/{quote(path)}"


def view(request: dict[str, Any]) -> dict[str, Any]:
    """A request as the pages show it (times as local ``HH:MM``)."""
    def hhmm(t: float | None) -> str:
        return datetime.fromtimestamp(t).strftime("%H:%M") if t else ""

    return {**request, "opened": hhmm(request["opened_at"]), "closed": hhmm(request["closed_at"]),
            "in": [{"name": n, "since": hhmm(h["from"]), "until": hhmm(h["until"])}
                   for n, h in request["helpers"].items() if h["to"] is None],
            "was_in": [n for n, h in request["helpers"].items() if h["to"] is not None]}
