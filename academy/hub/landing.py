"""A learner's first screen: a Korean welcome page that says what to do next (Jupyter server extension).

Loaded in learners' and instructors' servers (``academy hub setup`` enables it and writes the
course's module list into their ``jupyter_server_config.json``: learners cannot read the
curriculum itself). The hub sends everyone to ``/academy/start`` (``c.Spawner.default_url``);
that handler rewrites ``~/시작하기.md`` for the learner's current step and opens:

* nothing fetched yet, or the last fetched module already submitted: the welcome page
  (fetch ``00-start`` / the next module, open its lesson, run the first cell);
* a fetched module not submitted yet: its first lesson notebook (where the learner left off).

Submitted modules are read from the learner's own nbgrader cache (``nbgrader submit`` copies each
submission there; the exchange's inbound folder is write-only for learners).

>>> modules = [{"id": "00-start", "title": "주피터 첫걸음", "lesson": "lesson.ipynb"},
...            {"id": "01-values", "title": "값과 변수", "lesson": "lesson.ipynb"}]
>>> next_step(modules, fetched={"00-start"}, submitted=set())["kind"]
'continue'
>>> next_step(modules, fetched={"00-start"}, submitted={"00-start"})["module"]["id"]
'01-values'
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jupyter_core.paths import jupyter_data_dir
from traitlets import Dict, List, Unicode
from traitlets.config import LoggingConfigurable

from academy.deadlines import banner
from academy.hub.labext import notebook_label
from academy.messages import say

START_PATH = "/academy/start"


class AcademyLanding(LoggingConfigurable):
    """Where ``/academy/start`` leads; the settings are written by ``academy hub setup``."""

    modules = List(Dict(), help="The course's modules in syllabus order: {id, title, lesson, due}.").tag(config=True)
    late_policy = Unicode("note", help="The district's late policy (academy/deadlines.py): accept, note, refuse.").tag(config=True)
    course_id = Unicode("", help="nbgrader course id (fetched modules are in ~/<course_id>/<module>/).").tag(config=True)
    district_name = Unicode("", help="The district's Korean name, for the page title.").tag(config=True)
    filename = Unicode("시작하기.md", help="The welcome page, in the learner's home.").tag(config=True)
    nbgrader_cache = Unicode(help="nbgrader's local submission cache (nbgrader's own default).").tag(config=True)

    def _nbgrader_cache_default(self) -> str:
        return str(Path(jupyter_data_dir()) / "nbgrader_cache")

    def fetched(self, home: Path) -> set[str]:
        course = home / self.course_id if self.course_id else home
        return {m["id"] for m in self.modules if (course / m["id"]).is_dir()}

    def submitted(self) -> set[str]:
        """Module ids with a submission in the learner's cache (``<student>+<module>+<time>``)."""
        folder = Path(self.nbgrader_cache) / self.course_id
        names = [p.name for p in folder.iterdir()] if folder.is_dir() else []
        return {name.split("+")[1] for name in names if name.count("+") >= 2}

    def refresh(self, home: Path) -> str:
        """Rewrite the welcome page for the current step; the path (relative to home) to open."""
        step = next_step(self.modules, fetched=self.fetched(home), submitted=self.submitted())
        page = welcome_page(step, self.modules, district=self.district_name, filename=self.filename,
                            late_policy=self.late_policy, progress_url=progress_url())
        target = home / self.filename
        if not target.exists() or target.read_text(encoding="utf-8") != page:
            target.write_text(page, encoding="utf-8")
        if step["kind"] == "continue":
            lesson = Path(self.course_id, step["module"]["id"], step["module"]["lesson"]) if self.course_id \
                else Path(step["module"]["id"], step["module"]["lesson"])
            if (home / lesson).is_file():
                return lesson.as_posix()
        return self.filename


def next_step(modules: list[dict[str, Any]], *, fetched: set[str], submitted: set[str]) -> dict[str, Any]:
    """The learner's next step: ``fetch`` (a module), ``continue`` (a fetched one) or ``done``.

    The module the learner is on is the last one fetched (in syllabus order). Not submitted yet:
    continue it. Submitted (or nothing fetched): fetch the first module after it not yet
    submitted.
    """
    order = [m["id"] for m in modules]
    current = max((order.index(m) for m in fetched if m in order), default=-1)
    if current >= 0 and order[current] not in submitted:
        return {"kind": "continue", "module": modules[current], "previous": None, "submitted": submitted}
    previous = modules[current] if current >= 0 else None
    for module in modules[current + 1:]:
        if module["id"] not in submitted:
            return {"kind": "fetch", "module": module, "previous": previous, "submitted": submitted}
    return {"kind": "done", "module": None, "previous": previous, "submitted": submitted}


def progress_url() -> str:
    """The learner's own progress page (the hub service ``academy-together``, academy/together/):
    a root-relative link, which JupyterLab's Markdown viewer opens in a new browser tab."""
    import os

    return os.environ.get("JUPYTERHUB_BASE_URL", "/").rstrip("/") + "/services/academy-together/"


def welcome_page(step: dict[str, Any], modules: list[dict[str, Any]], *, district: str, filename: str,
                 late_policy: str = "note", progress_url: str = "") -> str:
    """The Markdown of the welcome page for ``step`` (see ``next_step``); the current module's
    deadline and the days left (counted when the page is written: at every login); the link to
    the learner's progress page when ``progress_url`` is given."""
    module, previous = step["module"], step["previous"]
    lines = [say("landing.title", district=district).replace("  ", " "), "", say("landing.intro"), "",
             say("landing.now_header"), ""]
    if step["kind"] == "fetch":
        if previous is None:
            lines.append(say("landing.fetch_first", module=module["id"], title=module["title"]))
        else:
            lines.append(say("landing.fetch_next", module=module["id"], title=module["title"],
                             previous=previous["id"], previous_title=previous["title"]))
        lines += ["", say("landing.steps_fetch", module=module["id"], lesson=notebook_label(Path(module["lesson"]).stem)).rstrip()]
    elif step["kind"] == "continue":
        lines += [say("landing.continue", module=module["id"], title=module["title"], lesson=module["lesson"]), "",
                  say("landing.steps_continue", module=module["id"], lesson=module["lesson"]).rstrip()]
    else:
        lines.append(say("landing.done"))
    if module is not None and module.get("due"):
        lines += ["", "**" + banner(datetime.fromisoformat(module["due"]), policy=late_policy) + "**"]
    lines += ["", say("landing.steps_feedback"), "", say("landing.course_header"), ""]
    for number, entry in enumerate(modules):
        if entry["id"] in step["submitted"]:
            mark = "mark_submitted"
        elif module is entry:
            mark = "mark_current"
        else:
            mark = "mark_todo"
        lines.append(say("landing.course_row", mark=say(f"landing.{mark}"), number=number, module=entry["id"],
                         title=entry["title"]))
    if progress_url:
        lines += ["", say("landing.progress_link", url=progress_url)]
    lines += ["", say("landing.help", filename=filename), ""]
    return "\n".join(lines)


def _load_jupyter_server_extension(serverapp) -> None:
    from jupyter_server.base.handlers import JupyterHandler
    from jupyter_server.utils import url_path_join
    from tornado import web

    import os

    from academy.district import CIRCLE_ACCOUNT_PREFIX

    if os.environ.get("JUPYTERHUB_USER", "").startswith(CIRCLE_ACCOUNT_PREFIX):
        return  # a study circle's server (academy/together/circle_server.py): its root is the circle's folder
    landing = AcademyLanding(parent=serverapp)
    home = Path(serverapp.root_dir).expanduser()

    class StartHandler(JupyterHandler):
        @web.authenticated
        def get(self):
            try:
                path = landing.refresh(home)
            except OSError as error:  # a full or read-only home must not keep the learner out
                self.log.warning("academy landing: %s", error)
                path = ""
            self.redirect(url_path_join(self.base_url, "lab", "tree", quote(path)))

    serverapp.web_app.add_handlers(".*$", [(url_path_join(serverapp.base_url, START_PATH), StartHandler)])
    try:
        landing.refresh(home)  # the page is there for the file browser from the first start on
    except OSError as error:
        serverapp.log.warning("academy landing: %s", error)


def _jupyter_server_extension_points():
    return [{"module": "academy.hub.landing"}]
