"""The learner message catalogue: loads, renders, and stays Korean."""

from __future__ import annotations

import re

import pytest

from academy.messages import catalogue, has, say


def _leaves(node, prefix=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, f"{prefix}{key}.")
    else:
        yield prefix[:-1], str(node)


def test_every_message_is_korean():
    for key, text in _leaves(catalogue()):
        assert re.search(r"[가-힣]", text), f"{key} has no Korean text: {text!r}"


def test_missing_key_names_itself():
    with pytest.raises(KeyError, match="check.nope"):
        say("check.nope")
    assert has("check.correct") and not has("check.nope")


def test_placeholders_render():
    assert "`total`" in say("check.not_defined", name="total")
