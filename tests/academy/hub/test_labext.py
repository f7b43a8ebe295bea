"""Issue 20.2: the academy's JupyterLab extension (labextension/) is built, installed where learners'
JupyterLab finds it, and its Korean table matches nbgrader's real English words.

The browser proof (the panel, the Validate dialog and the menu in Korean) is in test_browser_korean.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jupyterlab_server.config
import nbgrader
from jupyter_core.paths import jupyter_path

from academy.hub import labext
from academy.messages import catalogue

REPO = Path(__file__).resolve().parents[3]
NBGRADER_LAB = Path(sys.prefix, "share", "jupyter", "labextensions", "@jupyter", "nbgrader", "static")


def test_the_extension_is_built_and_installed_for_the_learners_python():
    package = json.loads((REPO / "labextension" / "package.json").read_text())
    assert package["name"] == labext.NAME and (REPO / "labextension" / "package-lock.json").is_file()
    found = jupyterlab_server.config.get_federated_extensions(jupyter_path("labextensions"))
    assert labext.NAME in found, "run scripts/bootstrap.sh: it builds and installs labextension/"
    assert Path(found[labext.NAME]["ext_path"]) == labext.installed_path()
    build = found[labext.NAME]["jupyterlab"]["_build"]
    static = labext.installed_path() / build["load"]
    assert static.is_file()
    bundle = "".join(p.read_text(errors="replace") for p in static.parent.glob("*.js"))
    assert labext.PLUGIN in bundle and "academyLab" in bundle


def test_every_english_key_is_nbgraders_own_text():
    """A key nbgrader does not write would translate nothing: each one is in nbgrader 0.9.6's lab
    bundle or in its validator (the Validate dialog's reasons come from the server)."""
    bundle = "".join(p.read_text(errors="replace") for p in NBGRADER_LAB.glob("*.js"))
    validator = (Path(nbgrader.__file__).parent / "validator.py").read_text()
    lab = catalogue()["lab"]
    missing = [english for english in lab["nbgrader"] if english.strip() not in bundle and english not in validator]
    assert missing == []
    prefixes = [pattern.lstrip("^").split("(")[0] for pattern, _ in lab["patterns"]]  # a sentence's fixed start
    assert prefixes and all(len(prefix) > 8 and prefix in bundle for prefix in prefixes), prefixes
    korean = lab["nbgrader"].values()
    assert all(any("가" <= ch <= "힣" for ch in text) for text in korean)


def test_every_command_id_is_one_nbgrader_registers():
    """The palette's and menu's labels are replaced by command id: each id is one nbgrader 0.9.6 adds."""
    bundle = "".join(p.read_text(errors="replace") for p in NBGRADER_LAB.glob("*.js"))
    lab = catalogue()["lab"]
    assert "nbgrader:open-assignment-list" in lab["commands"]
    assert [cid for cid in lab["commands"] if f'"{cid}"' not in bundle] == []
    assert 'category:"nbgrader"' in bundle  # the palette heading the extension replaces
    assert all(any("가" <= ch <= "힣" for ch in text) for text in [*lab["commands"].values(), lab["category"]])


def test_the_palettes_sentence_is_jupyterlabs_own_text():
    """Lumino's "No commands found that match '…'" (JupyterLab's bundle, no translator) has a Korean pattern."""
    import jupyterlab

    core = "".join(p.read_text(errors="replace") for p in
                   (Path(sys.prefix, "share", "jupyter", "lab", "static")).glob("jlab_core*.js"))
    assert core, jupyterlab.__file__
    patterns = catalogue()["lab"]["palette_patterns"]
    assert [pattern.lstrip("^").split("'(")[0] for pattern, _ in patterns] == ["No commands found that match "]
    assert all(prefix.lstrip("^").split("'(")[0] in core for prefix, _ in patterns)
    assert json.loads(labext.district_page_config())["patterns"][-len(patterns):] == patterns


def test_the_page_config_carries_the_table_and_the_modules_titles():
    data = json.loads(labext.district_page_config())
    assert data["menu"] == "과제" and data["nbgrader"]["Fetch"] == "받기"
    assert data["names"]["00-start"] == "주피터 첫걸음 (00-start)"
    assert data["names"]["lesson-2"] == "강의 2" and data["names"]["exercise"] == "연습 문제"


def test_setup_writes_the_table_into_learners_and_instructors_page_config(tmp_path):
    from academy import district
    from academy.hub.data_root import write_jupyter_config

    path = tmp_path / "lab.toml"
    path.write_text(f'[district]\nid = "lab"\nname = "실험구"\n[people]\ninstructors = ["teacher"]\n'
                    f'[hub]\ndata_root = "{tmp_path / "data"}"\n', encoding="utf-8")
    folders = write_jupyter_config(district.load("lab", path=path))
    config = {role: json.loads((folder / "labconfig" / "page_config.json").read_text(encoding="utf-8"))
              for role, folder in folders.items()}
    assert json.loads(config["learner"]["academyLab"]) == json.loads(labext.district_page_config())
    assert "academyLab" in config["instructor"] and "academyLab" not in config["grader"]  # formgrader: no lab
    # nbgrader's Validate with the Korean explainer (academy/hub/validate.py) for those who validate
    servers = {role: json.loads((folder / "jupyter_server_config.json").read_text())["ServerApp"]["jpserver_extensions"]
               for role, folder in folders.items()}
    for role in ("learner", "instructor"):
        assert servers[role]["academy.hub.validate"] is True
        assert servers[role]["nbgrader.server_extensions.validate_assignment"] is False
    assert "academy.hub.validate" not in servers["grader"]
