"""Rendering in the learner's kernel before publishing (academy/together/publish.py): outputs only
unless code is chosen; raw cells and files pasted into markdown never leave."""

from __future__ import annotations

import nbformat
import pytest

from academy.together.publish import PublishError, publish, render

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="


def notebook(path):
    nb = nbformat.v4.new_notebook()
    md = nbformat.v4.new_markdown_cell("# 우리 가게 주간 보고서\n![사진](attachment:photo.png) [원본](attachment:raw.csv)")
    md["attachments"] = {"photo.png": {"image/png": PNG}, "raw.csv": {"text/csv": "QVRUQUNITUVOVF9CWVRFUw=="}}
    code = nbformat.v4.new_code_cell("posts = read_posts('~/내보내기/SECRET_PATH.json')\nplot(posts)")
    code.outputs = [nbformat.v4.new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure>"}),
                    nbformat.v4.new_output("stream", text="게시물 42개\n")]
    raw = nbformat.v4.new_raw_cell("RAW_EXPORT_CONTENT")
    nb.cells = [md, code, raw]
    nbformat.write(nb, path)
    return path


def test_outputs_only_by_default_code_when_chosen(tmp_path):
    path = notebook(tmp_path / "report.ipynb")
    title, html = render(path)
    assert title == "우리 가게 주간 보고서"
    assert html.count(PNG) == 2 and "게시물 42개" in html  # the figure and the pasted picture, inline
    for gone in ("SECRET_PATH", "read_posts", "RAW_EXPORT_CONTENT", "QVRUQUNITUVOVF9CWVRFUw", "raw.csv"):
        assert gone not in html, gone
    _, with_code = render(path, code=True)
    assert "SECRET_PATH" in with_code and "RAW_EXPORT_CONTENT" not in with_code


def test_clear_korean_refusals_before_anything_is_sent(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(PublishError, match="노트북\\(.ipynb\\)이 아니에요"):
        publish("report.html")
    with pytest.raises(PublishError, match="찾을 수 없어요"):
        publish("없는파일.ipynb")
    (tmp_path / "broken.ipynb").write_text("{not json", encoding="utf-8")
    with pytest.raises(PublishError, match="읽을 수 없어요"):
        publish("broken.ipynb")
    notebook(tmp_path / "ok.ipynb")
    monkeypatch.delenv("JUPYTERHUB_API_TOKEN", raising=False)
    with pytest.raises(PublishError, match="허브의 JupyterLab에서만"):
        publish("ok.ipynb")
