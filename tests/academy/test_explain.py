"""The Korean error explainer: right hint per error type, and errors still count as errors."""

from __future__ import annotations

import linecache
import sys

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from academy.explain import explain


def raised(code: str, namespace: dict | None = None):
    namespace = {} if namespace is None else namespace
    # IPython registers each cell's source with linecache; do the same for "<cell>".
    linecache.cache["<cell>"] = (len(code), None, code.splitlines(True), "<cell>")
    try:
        exec(compile(code, "<cell>", "exec"), namespace)
    except BaseException as error:  # noqa: BLE001 -- the point is to catch anything
        return error, namespace
    raise AssertionError(f"{code!r} did not raise")


def explained(code: str, namespace: dict | None = None) -> str:
    error, ns = raised(code, namespace)
    return "\n".join(explain(error, ns, error.__traceback__))


def test_name_error_suggests_an_existing_name():
    text = explained("total = pirce * 3", {"price": 15000})
    assert "`pirce`" in text and "혹시 `price`" in text


def test_name_error_for_korean_word_suggests_quotes():
    assert '"안녕"' in explained("greeting = 안녕")


@pytest.mark.parametrize("code, expected", [
    ("if x = 3:\n    pass", "`==`"),
    ("print('hi'", "괄호"),
])
def test_syntax_errors(code, expected):
    assert expected in explained(code)


def test_indentation_error():
    assert "들여쓰기" in explained("for i in range(3):\nprint(i)")


def test_str_plus_int():
    assert "str(숫자)" in explained('message = "수강료: " + 15000')


def test_key_error_offers_the_closest_keys_of_the_indexed_dict():
    text = explained('prices = {"카페라떼": 4500, "아메리카노": 4000}\nprices["카페라테"]')
    assert "`카페라테`" in text and "'카페라떼'" in text


def test_key_error_on_a_dataframe_column():
    import pandas as pd

    text = explained('df["좋아요수"]', {"df": pd.DataFrame({"좋아요": [1], "댓글": [2]})})
    assert "'좋아요'" in text


@pytest.mark.parametrize("code, expected", [
    ("[1, 2, 3][3]", "0부터"),
    ("open('없는파일.csv')", "`없는파일.csv`"),
    ("b'\\xb1\\xe8'.decode('utf-8')", "cp949"),
    ("1 / 0", "0으로 나누"),
    ("'abc'.uper()", "혹시 `upper`"),
    ("import pandsa", "`pandsa`"),
    ("int('1,234원')", "replace"),
    ("len(1, 2)", "값의 개수"),
])
def test_common_beginner_errors(code, expected):
    assert expected in explained(code)


def test_unknown_errors_add_nothing():
    assert explain(RuntimeError("custom")) == []


def _notebook(*sources: str):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


@pytest.mark.slow
def test_kernels_show_korean_and_errors_still_fail_the_cell(tmp_path):
    """The installed kernel config (``academy setup``) loads the explainer in a real kernel."""
    nb = _notebook("price = 15000", "total = pirce * 3")
    client = NotebookClient(nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    with pytest.raises(CellExecutionError):
        client.execute()
    error = nb.cells[1].outputs[-1]
    assert error.output_type == "error" and error.ename == "NameError"
    shown = "\n".join(error.traceback)
    assert "오류 도우미" in shown and "혹시 `price`" in shown
    assert sys.prefix  # the kernel is this environment's python3 kernel
