"""Module 11's keyword analysis needs the Korean morphological analyser kiwipiepy and its model,
installed by the project's own set-up (pyproject.toml -> scripts/bootstrap.sh). The model must
come from the installed package: a learner's kernel has no internet, so nothing may download at
run time. The check runs in a child process inside a network namespace with no interfaces but
loopback (``unshare -n``, as root), so any download attempt fails there."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from importlib import metadata

import pytest

SCRIPT = textwrap.dedent("""
    import json
    from kiwipiepy import Kiwi
    kiwi = Kiwi()
    tokens = kiwi.tokenize("빵이 맛있어요. 빵을 샀어요. 실타래 공방의 뜨개질 수업은 일요일이에요.")
    print(json.dumps([[t.form, t.tag] for t in tokens], ensure_ascii=False))
""")


def _offline(command: list[str]) -> list[str]:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare(1) to cut the network off")
    return ["unshare", "--net", "--", *command]


def test_pinned_versions_match():
    """kiwipiepy accepts only a model of its own minor version (>=0.X,<0.X+1)."""
    kiwi, model = metadata.version("kiwipiepy"), metadata.version("kiwipiepy_model")
    assert kiwi.split(".")[:2] == model.split(".")[:2], (kiwi, model)


def test_kiwi_loads_offline_and_finds_nouns():
    run = subprocess.run(_offline([sys.executable, "-c", SCRIPT]), capture_output=True, text=True,
                         timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert run.returncode == 0, run.stderr
    tokens = [tuple(t) for t in json.loads(run.stdout)]
    nouns = [form for form, tag in tokens if tag in ("NNG", "NNP")]
    # "빵이", "빵을" are one noun with two particles: split() would see two different words
    assert nouns.count("빵") == 2
    assert ("이", "JKS") in tokens and ("을", "JKO") in tokens
    assert {"실타래", "공방", "뜨개질", "수업", "일요일"} <= set(nouns)
