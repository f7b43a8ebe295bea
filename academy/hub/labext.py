"""The academy's JupyterLab extension (``labextension/``, built and installed by scripts/bootstrap.sh).

nbgrader 0.9.6's lab extension has no translator hook (academy/hub/assignments.py says which words
that leaves English); the academy's extension (labextension/src/nbgrader_ko.ts) makes its menu,
assignment panel, Validate button, dialogs and commands (palette, menu) Korean and shows each
module's Korean title. Its
words are data, academy/messages/ko/lab.yml; ``page_config`` hands them to the page, with the
modules' titles from syllabus.yml (learners cannot read the curriculum itself), through the
``labconfig/page_config.json`` that ``academy hub setup`` writes for learners and instructors.

>>> data = json.loads(page_config([{"id": "00-start", "title": "주피터 첫걸음", "lessons": ["lesson-1", "lesson-2"]}]))
>>> data["names"]["00-start"], data["names"]["lesson-2"], data["names"]["exercise"]
('주피터 첫걸음 (00-start)', '강의 2', '연습 문제')
>>> data["nbgrader"]["Validate"], data["menu"], data["commands"]["nbgrader:open-assignment-list"], data["category"]
('검사', '과제', '과제 목록', '과제')
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Iterable

from academy.messages import catalogue

NAME = "social-city-academy-lab"  # labextension/package.json's name
PLUGIN = f"{NAME}:nbgrader-ko"


def installed_path(prefix: str | Path = sys.prefix) -> Path:
    """Where bootstrap installs the built extension for the Python learners' servers run
    (``share/jupyter/labextensions`` of that prefix; the runtime venv shares it, academy/hub/data_root.py)."""
    return Path(prefix) / "share" / "jupyter" / "labextensions" / NAME


def notebook_label(stem: str) -> str:
    """A notebook's name as the assignment panel shows it (``lesson-2`` -> ``강의 2``); others stay.

    >>> notebook_label("lesson"), notebook_label("lesson-2"), notebook_label("exercise"), notebook_label("data")
    ('강의', '강의 2', '연습 문제', 'data')
    """
    notebooks = catalogue()["lab"]["notebooks"]
    number = re.fullmatch(r"lesson-(\d+)", stem)
    if number:
        return f"{notebooks['lesson']} {int(number.group(1))}"
    return notebooks.get(stem, stem)


def page_config(modules: Iterable[dict[str, Any]]) -> str:
    """The page config value ``academyLab`` (a JSON string: JupyterLab turns page config objects
    into lists) for ``modules`` ({id, title, lessons: notebook ids})."""
    lab = catalogue()["lab"]
    names = {stem: notebook_label(stem) for stem in lab["notebooks"]}
    for module in modules:
        names[module["id"]] = f"{module['title']} ({module['id']})"  # the Korean title, then the id the exchange uses
        names.update({lesson: notebook_label(lesson) for lesson in module.get("lessons", [])})
    return json.dumps({"menu": lab["menu"], "tab": lab["tab"], "nbgrader": lab["nbgrader"],
                       "patterns": lab["patterns"] + lab["palette_patterns"], "names": names, "help": lab["help"],
                       "commands": lab["commands"], "category": lab["category"]}, ensure_ascii=False)


def district_page_config() -> str:
    """``page_config`` for the course's syllabus (academy/admin/syllabus.py)."""
    from academy.admin import syllabus

    return page_config({"id": m.id, "title": m.title, "lessons": [Path(lesson.notebook).stem for lesson in m.lessons]}
                       for m in syllabus.load())


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "academy.hub.labext"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    """In a learner's or instructor's server: JupyterLab's Korean language pack with the academy's
    corrected particles (academy/patches/jupyterlab_server.py, words in lab.yml ``language_pack``)."""
    from academy.patches import jupyterlab_server

    jupyterlab_server.apply()
    serverapp.log.info("academy.hub.labext: %d corrections over the Korean language pack",
                       sum(len(strings) for strings in jupyterlab_server.corrections().values()))
