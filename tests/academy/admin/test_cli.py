"""`academy setup` installs the learner defaults into this environment."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from academy.admin.cli import main


def test_setup_installs_explainer_and_korean_lab(capsys):
    assert main(["setup"]) == 0
    kernel_config = Path(sys.prefix, "etc", "ipython", "ipython_kernel_config.py").read_text(encoding="utf-8")
    assert "academy.explain" in kernel_config
    overrides = json.loads(Path(sys.prefix, "share", "jupyter", "lab", "settings", "overrides.json").read_text())
    assert overrides["@jupyterlab/translation-extension:plugin"]["locale"] == "ko_KR"
    assert "NanumGothic" in capsys.readouterr().out


def test_unknown_module_in_release_is_a_clear_error(tmp_path, capsys):
    assert main(["course", "init", str(tmp_path / "c"), "--module", "99-nope", "--course", "x"]) == 2
    assert "unknown module" in capsys.readouterr().err
