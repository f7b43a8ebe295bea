"""10-sns-data's lesson literals stay true to the sample export (the package keeps no converter
that would also answer a graded part)."""

from __future__ import annotations

from datetime import datetime, timezone

from academy.exercises import m10_sns_data
from academy.readers.meta import instagram_timestamp


def test_the_carousel_time_literal_is_the_exports():
    expected = m10_sns_data.lesson.carousel_time.expected
    seconds = instagram_timestamp(m10_sns_data._CAROUSEL)
    assert expected == datetime.fromtimestamp(seconds, tz=timezone.utc)
    assert expected.utcoffset().total_seconds() == 9 * 3600


# -- the graded readers: the instructors' readers stay out, however they are reached --------------
# Each trick is written as a learner would in the notebook: names at the top of a cell, the
# function below (module-level here = the notebook's globals there); each spells the reference's
# names so that the names its code mentions give nothing away (what the old check looked at).

import importlib  # noqa: E402
import zipfile  # noqa: E402

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import academy  # noqa: E402
import academy.readers as r  # noqa: E402
from academy.data import data_path  # noqa: E402
from academy.readers import hashtags as find_hashtags  # noqa: E402
from academy.readers import meta as ig  # noqa: E402
from academy.readers import read_export as rx  # noqa: E402
from tests.academy.graded_examples.m10_sns_data import _instagram_rows, _mbs  # noqa: E402

POST_COLUMNS = m10_sns_data.POST_COLUMNS
_HELPER_GLOBALS = find_hashtags.__globals__


def _posts(export):
    return export.posts[POST_COLUMNS]


def zip_alias_module(zip_path):
    return _posts(getattr(r, "read_" + "instagram")(zip_path))


def zip_alias_function(zip_path):
    return _posts(rx(zip_path))


def zip_submodule_alias(zip_path):
    with zipfile.ZipFile(zip_path) as zf:
        name = [n for n in zf.namelist() if n.endswith("/posts_1.json")][0]
        import json
        posts = json.loads(zf.read(name).decode("utf-8"))
    rows = _instagram_rows(zip_path)
    for row, entry in zip(rows, posts):
        row[3] = getattr(ig, "instagram_" + "caption")(entry)  # the reference's caption finder
    return pd.DataFrame(rows, columns=POST_COLUMNS)


def zip_import_module(zip_path):
    return _posts(getattr(importlib.import_module("academy." + "readers"), "read_" + "instagram")(zip_path))


def zip_dunder_import(zip_path):
    return _posts(getattr(__import__("academy." + "readers", fromlist=["x"]), "read_" + "export")(zip_path))


def zip_through_the_parent(zip_path):
    return _posts(getattr(getattr(academy, "read" + "ers"), "read_" + "export")(zip_path))


def zip_through_a_helpers_globals(zip_path):
    return _posts(find_hashtags.__globals__["Export"].__module__ and _reader()(zip_path))


def _reader():
    return getattr(__import__("sys").modules["academy." + "readers"], "read_" + "export")


def _call_it(zip_path):
    return rx(zip_path)


def zip_via_own_helper(zip_path):
    return _posts(_call_it(zip_path))


def _make_closure():
    found = rx

    def reader(zip_path):
        return _posts(found(zip_path))
    return reader


zip_via_closure = _make_closure()


def zip_via_default(zip_path, reader=rx):
    return _posts(reader(zip_path))


def zip_via_gc(zip_path):
    import gc
    import types
    found = [o for o in gc.get_objects() if isinstance(o, types.FunctionType) and o.__name__ == "read_export"]
    return _posts(found[0](zip_path))


def zip_via_stored_globals(zip_path):
    return _posts(_HELPER_GLOBALS["Export"] and rx(zip_path))


TRICKS = [zip_alias_module, zip_alias_function, zip_submodule_alias, zip_import_module, zip_dunder_import,
          zip_through_the_parent, zip_through_a_helpers_globals, zip_via_own_helper, zip_via_closure,
          zip_via_default, zip_via_gc, zip_via_stored_globals]
PET_ZIP = data_path(m10_sns_data.PET_ZIP)
REFUSED = "강사용 레퍼런스 리더(`academy.readers`)를 불렀어요"


def own_reader(zip_path):
    """Written by hand, with the hashtag finder the exercise gives."""
    return pd.DataFrame(_instagram_rows(zip_path), columns=POST_COLUMNS)


@pytest.mark.parametrize("trick", TRICKS, ids=[t.__name__ for t in TRICKS])
def test_every_way_to_the_reference_readers_is_refused(trick):
    assert trick(PET_ZIP) is not None  # the trick works outside the check: it would score
    assert m10_sns_data.uses_reference(trick, PET_ZIP), trick.__name__
    outcome = m10_sns_data.exercise.read_instagram_zip.evaluate(trick)
    assert outcome.kind == "incorrect" and REFUSED in outcome.message, outcome.message
    # ... and the package is whole again afterwards
    import sys

    assert sys.modules["academy.readers"] is r and academy.readers is r and sys.getprofile() is None


def test_a_reader_written_by_hand_passes():
    assert not m10_sns_data.uses_reference(own_reader, PET_ZIP)
    assert m10_sns_data.exercise.read_instagram_zip.evaluate(own_reader).kind == "correct"
    by_hand = _mbs  # the Business Suite reader of the graded examples, written with pandas
    assert not m10_sns_data.uses_reference(by_hand, data_path(m10_sns_data.PET_CSV))
    assert m10_sns_data.exercise.read_business_suite.evaluate(lambda p: _mbs(p)).kind == "correct"
