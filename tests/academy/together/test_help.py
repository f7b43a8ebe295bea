"""The rules of 도움 요청 (academy/together/help.py) against a recorded hub REST API.

What the real hub does with the shares (and that a revoked helper is refused) is proven in
tests/academy/hub/test_help_live.py; here: who may help, when shares are revoked (time limit, a
forgotten request, a hub that refused a revocation is asked again), what the learner may ask.
"""

from __future__ import annotations

import json

import pytest

from academy import district
from academy.together import help as helping
from academy.together.help import Help, HelpError


class RecordedHub:
    """Answers like JupyterHub's REST API for the calls the service makes; records them."""

    def __init__(self):
        self.calls: list[tuple[str, str, object]] = []
        self.patch_status = 200

    def request(self, method, path, body=None, **_):
        self.calls.append((method, path, body))
        if path.startswith("/groups/"):
            return {"users": ["tutor"]}
        if path.startswith("/users/"):
            return {"servers": {"": {"ready": True}}}
        raise AssertionError(path)

    def call(self, method, path, body=None, **_):
        self.calls.append((method, path, body))
        if method == "POST":
            return 200, {"scopes": [f"access:servers!server={path.split('/')[2]}/"]}
        return self.patch_status, {}

    def patches(self):
        return [(path, body["user"]) for method, path, body in self.calls if method == "PATCH"]


@pytest.fixture
def service(tmp_path, monkeypatch):
    settings = district.validate(district.merge(district.defaults(), {
        "district": {"id": "h1", "name": "테스트구"}, "people": {"instructors": ["teach"]},
        "hub": {"data_root": str(tmp_path / "data")}, "help": {"share_minutes": 30, "open_hours": 8}}))
    clock = {"now": 1_000_000.0}
    monkeypatch.setattr(helping, "now", lambda: clock["now"])
    circles = {"1": ["hana", "mina", "jun"]}
    monkeypatch.setattr("academy.together.circles.circles", lambda _settings: circles)
    hub = RecordedHub()
    modules = [{"id": "01-values", "title": "값과 변수"}]
    return Help(settings, modules, hub), hub, clock


def test_who_may_help(service):
    help, hub, _ = service
    alone = help.ask("hana", "h1/01-values/lesson-1.ipynb", "막혔어요", with_circle=False)
    shared = help.ask("hana", "h1/01-values/exercise.ipynb", "", with_circle=True)
    assert (alone["module"], alone["part"], shared["circle"]) == ("01-values", "lesson-1", "1")
    assert [r["id"] for r in help.queue("tutor")[1]] == [alone["id"], shared["id"]]  # instructors: all
    assert help.queue("mina") == (True, [help.store.load()[shared["id"]]])  # the circle: what was shared
    assert help.queue("bora") == (False, [])  # neither: no queue at all
    for name, request in (("mina", alone), ("bora", shared), ("hana", alone)):
        with pytest.raises(HelpError):
            help.join(name, request["id"])
    assert not [c for c in hub.calls if c[0] == "POST"]
    with pytest.raises(HelpError):  # only the learner (or an instructor) closes
        help.close("mina", shared["id"])


def test_shares_end_on_close_on_time_and_when_forgotten(service):
    help, hub, clock = service
    request = help.ask("hana", "h1/01-values/lesson-1.ipynb", "", with_circle=True)
    help.join("tutor", request["id"])
    help.join("mina", request["id"])
    assert [(c[1], c[2]) for c in hub.calls if c[0] == "POST"] == [("/shares/hana/", {"user": "tutor"}),
                                                                   ("/shares/hana/", {"user": "mina"})]
    clock["now"] += 29 * 60
    assert help.sweep() == 0 and hub.patches() == []
    clock["now"] += 2 * 60  # past share_minutes: both revoked, the request stays open
    assert help.sweep() == 2 and sorted(u for _, u in hub.patches()) == ["mina", "tutor"]
    assert help.store.load()[request["id"]]["status"] == "open"
    help.join("tutor", request["id"])  # joining again: a new share, a new time limit
    help.close("hana", request["id"])
    assert hub.patches()[-1] == ("/shares/hana/", "tutor")
    with pytest.raises(HelpError, match="이미 닫혔어요"):
        help.join("tutor", request["id"])
    log = [(e["event"], e["helper"], e.get("why")) for e in help.store.read_log()]
    assert log == [("grant", "tutor", None), ("grant", "mina", None), ("revoke", "tutor", "expired"),
                   ("revoke", "mina", "expired"), ("grant", "tutor", None), ("revoke", "tutor", "closed")]
    assert all(e["learner"] == "hana" and e["server"] == "hana/" and e["from"] for e in help.store.read_log())

    forgotten = help.ask("hana", "h1/01-values/exercise.ipynb", "", with_circle=False)
    clock["now"] += 8 * 3600 + 1
    assert help.sweep() == 0 and help.store.load()[forgotten["id"]]["status"] == "closed"


def test_a_refused_revocation_is_asked_again(service):
    help, hub, clock = service
    request = help.ask("hana", "h1/01-values/lesson-1.ipynb", "", with_circle=False)
    help.join("tutor", request["id"])
    hub.patch_status = 503  # the hub restarting
    help.close("hana", request["id"])
    assert help.store.load()[request["id"]]["helpers"]["tutor"]["to"] is None
    assert [e["event"] for e in help.store.read_log()] == ["grant"]
    hub.patch_status = 200
    assert help.sweep() == 1 and help.store.load()[request["id"]]["helpers"]["tutor"]["to"] is not None
    assert help.store.read_log()[-1]["why"] == "closed"


def test_what_a_learner_may_ask(service):
    help, _, _ = service
    for bad in ("", "../x.ipynb", "/etc/passwd", "notes.txt", "a//b.ipynb", "내보내기/dm.ipynb"):
        with pytest.raises(HelpError):
            help.ask("hana", bad, "", with_circle=False)
    with pytest.raises(HelpError, match="200자"):
        help.ask("hana", "x.ipynb", "가" * 201, with_circle=False)
    first = help.ask("hana", "x.ipynb", "첫 질문", with_circle=False)
    again = help.ask("hana", "x.ipynb", "고친  질문\n", with_circle=False)  # the same notebook: the same request
    assert again["id"] == first["id"] and again["question"] == "고친 질문"
    for i in range(4):
        help.ask("hana", f"n{i}.ipynb", "", with_circle=False)
    with pytest.raises(HelpError, match="5개"):
        help.ask("hana", "n9.ipynb", "", with_circle=False)
    stored = help.store.requests_file
    assert oct(stored.stat().st_mode & 0o777) == "0o600" and oct(stored.parent.stat().st_mode & 0o777) == "0o700"
    assert len(json.loads(stored.read_text(encoding="utf-8"))) == 5


def test_peer_helpers_see_only_the_modules_they_completed_once_approved(service, monkeypatch):
    help, hub, _ = service
    help.modules = [{"id": "01-values", "title": "값과 변수"}, {"id": "02-collections", "title": "모음"}]
    graded = {"bora": {"01-values": {"score": 2, "max_score": 2, "needs_manual": False},
                       "02-collections": {"score": 1, "max_score": 2, "needs_manual": True}}}
    monkeypatch.setattr("academy.together.progress.gradebook_results", lambda _url, name: graded.get(name, {}))
    values = help.ask("hana", "h1/01-values/lesson-1.ipynb", "", with_circle=False)
    help.ask("hana", "h1/02-collections/lesson-1.ipynb", "", with_circle=False)
    help.ask("hana", "연습/mine.ipynb", "", with_circle=False)
    assert help.queue("bora") == (False, [])
    assert help.peer_offers("bora") == [{"module": "01-values", "state": ""}]  # 02 still needs a manual grade
    with pytest.raises(HelpError, match="채점이 끝난"):
        help.volunteer("bora", "02-collections")
    help.volunteer("bora", "01-values")
    assert help.queue("bora") == (False, []) and help.pending_peers() == [{"name": "bora", "module": "01-values"}]
    with pytest.raises(HelpError, match="강사님만"):
        help.approve("hana", "bora", "01-values")
    help.approve("tutor", "bora", "01-values")
    allowed, found = help.queue("bora")
    assert allowed and [r["id"] for r in found] == [values["id"]]
    assert help.peer_offers("bora") == [{"module": "01-values", "state": "approved"}] and help.pending_peers() == []
    help.join("bora", values["id"])
    help.join("bora", values["id"])  # the same request twice counts once
    assert help.helped("bora") == 1 and help.helped("tutor") == 0
    assert help.queue("eun") == (False, [])  # no graded module, no circle, not an instructor


def test_the_service_may_share_course_members_servers_only(tmp_path):
    from traitlets.config import Config

    from academy.hub import config, data_root

    demo = district.load("demo")
    demo["hub"]["data_root"] = str(tmp_path / "data")
    data_root.make_secrets(demo)  # what `academy hub setup` makes and the config only reads
    c = Config()
    config.update_spawner(c, demo)
    config.update_course(c, demo)
    config.update_together(c, demo)
    (role,) = [r for r in c.JupyterHub.load_roles if r["name"] == f"{config.TOGETHER_SERVICE}-help"]
    course = demo["district"]["course_id"]
    assert role["services"] == [config.TOGETHER_SERVICE] and "groups" not in role and "users" not in role
    assert role["scopes"] == [f"shares!group=nbgrader-{course}", f"read:users:name!group=nbgrader-{course}",
                              f"read:servers!group=nbgrader-{course}", f"read:groups!group=formgrade-{course}"]
