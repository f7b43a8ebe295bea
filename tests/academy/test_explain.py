"""The Korean error explainer: right hint per error type, and errors still count as errors."""

from __future__ import annotations

import linecache
import sys

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from academy.explain import explain, explanation


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
    assert "`pirce`이라는 이름" not in text and "`pirce`라는 이름" in text  # particle by the final sound
    assert "혹시 `price`를 쓰려던" in text


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
    assert explanation(RuntimeError("custom")) is None


# The errors beginners meet most in modules 00-08, one case each: the explanation names the cause.
BEGINNER_ERRORS = {
    "answer cell not filled in": ("def fee(n):\n    raise NotImplementedError()\nfee(3)", "아직 답을 쓰지 않았어요"),
    "NameError typo": ("class_fee = 30000\ntotal = clas_fee * 8", "혹시 `class_fee`를"),
    "IndentationError": ("if True:\nprint('들여쓰기')", "스페이스 4칸"),
    "SyntaxError missing colon": ("for i in range(3)\n    print(i)", "`:`(쌍점)"),
    "SyntaxError missing quote": ("print('안녕)", "따옴표가 닫히지 않았어요"),
    "SyntaxError open bracket": ("total = sum([1, 2, 3)", "괄호"),
    "TypeError str + int": ('"수강생 " + 8 + "명"', "str(숫자)"),
    "TypeError int + str": ('8 + "명"', "str(숫자)"),
    "KeyError": ('fees = {"뜨개질": 30000}\nfees["뜨게질"]', "'뜨개질'"),
    "IndexError": ("members = ['가', '나']\nmembers[2]", "0부터"),
    "FileNotFoundError Korean path": ("open('수강생 명단.csv', encoding='utf-8')", "`수강생 명단.csv` 파일을"),
    "UnicodeDecodeError cp949": ("'수강료'.encode('cp949').decode('utf-8')", 'encoding="cp949"'),
    "AttributeError on None": ("members = ['나', '가'].sort()\nmembers.append('다')", "`None`(비어 있음)"),
    "AttributeError on str": ("'hello'.uper()", "혹시 `upper`를"),
    "ValueError int('3.5')": ("int('3.5')", "`float()`"),
    "ValueError int('1,234원')": ("int('1,234원')", "replace"),
    "ZeroDivisionError": ("likes = 0\n10 / likes", "0으로 나누"),
    "ModuleNotFoundError": ("import pandsa", "`pandsa` 모듈"),
}


@pytest.mark.parametrize("case", list(BEGINNER_ERRORS))
def test_the_errors_beginners_meet_most_are_explained(case):
    code, expected = BEGINNER_ERRORS[case]
    assert expected in explained(code), explained(code)


def test_a_file_name_without_folder_says_where_it_was_looked_for(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert f"`{tmp_path}`" in explained("open('좋아요.csv')")


def test_a_module_the_learner_writes_in_another_lesson_names_that_lesson(tmp_path, monkeypatch):
    """12's lesson 2 imports my_sns, which lesson 1's %%writefile cell makes: opened first, lesson 2
    said to check the spelling or ask for an install; it names the notebook and the cell to run."""
    import json

    monkeypatch.chdir(tmp_path)
    cell = {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
            "source": ["%%writefile my_sns.py\n", "def read_posts(path):\n", "    ...\n"]}
    (tmp_path / "lesson-1.ipynb").write_text(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4,
                                                          "nbformat_minor": 5}), encoding="utf-8")
    said = explained("import my_sns")
    assert "`lesson-1.ipynb`" in said and "%%writefile my_sns.py" in said and "설치" not in said, said
    assert "설치" in explained("import pandsa")  # a module nobody writes here: the spelling, then an install


def test_attribute_error_names_the_type_in_korean():
    assert "문자열(str) 값에는 `uper`라는 기능" in explained("'abc'.uper()")


def test_the_explanation_is_a_labelled_box_without_markup_in_plain_text():
    error, ns = raised("total = pirce * 3", {"price": 15000})
    notice = explanation(error, ns, error.__traceback__)
    assert notice.kind == "explain" and notice.label == "오류 도우미"
    assert notice.text().startswith("[오류 도우미] pirce라는 이름을") and "`" not in notice.text()
    assert "<code" in notice._repr_html_() and "🧭" not in notice._repr_html_()


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
    error, shown = nb.cells[1].outputs
    assert error.output_type == "error" and error.ename == "NameError"
    assert "오류 도우미" not in "\n".join(error.traceback)  # the real traceback, untouched
    assert shown.output_type == "display_data"
    assert shown.data["text/plain"].startswith("[오류 도우미] pirce라는 이름을")
    assert "혹시 price를 쓰려던" in shown.data["text/plain"] and "오류 도우미" in shown.data["text/html"]
    assert sys.prefix  # the kernel is this environment's python3 kernel
