"""academy/patches/jupyterlab_server.py: JupyterLab's Korean language pack, as the learners' servers
serve it, carries the academy's corrections (lab.yml ``language_pack``) -- for Korean only."""

from __future__ import annotations

import json
import re

from jupyterlab_server import translations_handler

from academy.patches import jupyterlab_server as patches


def served(monkeypatch, patched: bool, locale: str = "ko_KR") -> dict:
    monkeypatch.setattr(translations_handler, "get_language_pack", translations_handler.get_language_pack)
    if patched:
        patches.apply()
        patches.apply()  # idempotent
    data, message = translations_handler.get_language_pack(locale)
    assert message == "", message
    return data


def test_the_run_menu_reads_right_only_with_the_patch(monkeypatch):
    stock = served(monkeypatch, patched=False)["jupyterlab"]
    assert stock["%1 and %2"] == ["%1와 %2"]  # the pack as installed: "커널 재시작와 모든 셀 실행"
    ours = served(monkeypatch, patched=True)["jupyterlab"]
    assert ours["%1 and %2"] == ["%1 및 %2"]
    assert ours["Are you sure you want to delete %1"] == ["정말로 %1을(를) 삭제하시겠습니까?"]
    # everything else is the pack's own
    assert {k: v for k, v in ours.items() if k not in patches.corrections()["jupyterlab"]} == \
        {k: v for k, v in stock.items() if k not in patches.corrections()["jupyterlab"]}


def test_every_correction_names_a_string_the_pack_has(monkeypatch):
    """A msgid the pack no longer has would silently correct nothing."""
    stock = served(monkeypatch, patched=False)
    for domain, strings in patches.corrections().items():
        missing = sorted(set(strings) - set(stock[domain]))
        assert missing == [], (domain, missing)
        for msgid, msgstr in strings.items():  # a placeholder keeps its number
            assert sorted(set(re.findall(r"%\d", msgid))) == sorted(set(re.findall(r"%\d", msgstr))), msgid


def test_other_locales_and_shapes_are_left_alone():
    english = {"jupyterlab": {"%1 and %2": ["%1 and %2"]}}
    assert patches.corrected(json.loads(json.dumps(english)), "en") == english
    assert patches.corrected({}, "ko_KR") == {} and patches.corrected("odd", "ko-KR") == "odd"
