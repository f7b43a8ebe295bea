"""The hub's own pages, rendered by JupyterHub's template loader with the district's template paths.

JupyterHub's stock pages say "Your server is starting up", "Event log", "Stop Server", "Home",
"Token" and "Logout"; the academy's templates (academy/hub/templates/) say it in Korean.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader
from jupyterhub.app import JupyterHub
from traitlets.config import Config

from academy import district
from academy.hub.config import update_auth

ENGLISH = ["Your server is starting up", "You will be redirected", "Event log", "Stop Server", "Complete",
           ">Home<", ">Token<", "Logout", ">Services<", "JupyterHub</title>", "Server not running", "Spawn failed",
           "Would you like", "Launch", "Relaunch", "My Server", "Named Servers", "is not running"]


def render(name: str, **context) -> str:
    """Render ``name`` exactly as JupyterHub loads it (app.py: init_tornado_settings)."""
    c = Config()
    update_auth(c, district.load("demo"))
    base = JupyterHub()._template_paths_default()[0]
    loader = ChoiceLoader([PrefixLoader({"templates": FileSystemLoader([base])}, "/"),
                           FileSystemLoader([*c.JupyterHub.template_paths, base])])
    env = Environment(loader=loader, autoescape=True)
    page = {"base_url": "/hub/", "static_url": lambda path, **kw: f"/hub/static/{path}", "prefix": "/",
            "user": SimpleNamespace(name="ana", spawner=SimpleNamespace(name="")), "parsed_scopes": set(), "services": [], "logout_url": "/hub/logout",
            "login_url": "/hub/login", "progress_url": "/hub/api/users/ana/server/progress", "xsrf": "x",
            **c.JupyterHub.template_vars}
    return env.get_template(name).render(**page, **context)


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<script\b.*?</script>", "", html, flags=re.S))


@pytest.mark.parametrize("name, context", [
    ("spawn_pending.html", {}), ("page.html", {}), ("not_running.html", {"failed": False}),
    ("not_running.html", {"failed": True}), ("not_running.html", {"implicit_spawn_seconds": 5}),
    ("home.html", {"default_server": SimpleNamespace(active=True), "url": "/user/ana/"}),
    ("home.html", {"default_server": SimpleNamespace(active=False), "url": "/hub/spawn"}),
])
def test_hub_pages_speak_korean(name, context):
    html = text(render(name, **context))
    assert [word for word in ENGLISH if word in html] == []
    assert "로그아웃" in html and "코딩 아카데미</title>" in html


def test_server_starting_page_says_what_happens_in_korean():
    html = render("spawn_pending.html")
    assert "ana 님의 주피터 작업 공간을 준비하고 있어요." in html and "저절로 열려요" in html
    assert 'id="progress-bar"' in html and "/hub/api/users/ana/server/progress" in html  # JupyterHub's script still runs
    assert "작업 공간을 열지 못했어요." in html  # shown by the page's script when the start fails


def test_a_stopped_workspace_page_offers_to_reopen_it_in_korean():
    assert "작업 공간이 꺼져 있어요" in render("not_running.html", spawn_url="/hub/spawn/ana")
    assert "작업 공간을 열지 못했어요" in render("not_running.html", failed=True, spawn_url="/hub/spawn/ana")
    home = render("home.html", default_server=SimpleNamespace(active=True), url="/user/ana/")
    assert "작업 공간 끄기" in home and "작업 공간으로 가기" in home


@pytest.mark.parametrize("owner, title", [("circle-a", "스터디 모임 노트북에 들어가요"), ("hana", "다른 분의 작업 공간에 들어가요")])
def test_opening_someone_elses_server_asks_once_in_korean(owner, title):
    """The page JupyterHub shows the first time someone opens a server not their own (a study
    circle's, or a learner's during 도움 요청): Korean, and it posts what JupyterHub's own page posts."""
    client = SimpleNamespace(description=f"Server at /user/{owner}/", redirect_uri=f"/user/{owner}/oauth_callback")
    html = render("oauth.html", oauth_client=client, allowed_scopes=[f"access:servers!server={owner}/"],
                  scope_descriptions=[{"scope": "identify", "description": "Identify", "filter": ""}])
    assert title in text(html) and "처음 한 번만" in html
    assert not [word for word in ("Authorize", "would like permission", "This will grant") if word in html]
    assert f'<input type="hidden" name="scopes" value="access:servers!server={owner}/" />' in html
    assert '<input type="hidden" name="_xsrf" value="x" />' in html and 'type="submit"' in html


@pytest.mark.parametrize("status, title", [(403, "들어갈 수 없는 곳이에요"), (404, "찾는 페이지가 없어요"),
                                           (500, "문제가 생겼어요")])
def test_the_hubs_error_page_speaks_korean_and_keeps_the_hubs_sentence_small(status, title):
    """E.g. a learner outside a study circle who opens its server (academy/together/circle_server.py)."""
    html = render("error.html", status_code=status, status_message="Forbidden",
                  message="You do not have permission to access Server at /user/circle-a/")
    assert title in text(html) and "코딩 아카데미</title>" in html
    assert html.index('id="error-help"') < html.index('id="error-detail"') < html.index("You do not have permission")
    assert "Forbidden</h1>" not in html
