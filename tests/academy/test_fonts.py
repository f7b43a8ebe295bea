"""Korean labels render with a real Korean font and no missing-glyph warning."""

from __future__ import annotations

import warnings

import pytest

import matplotlib

matplotlib.use("Agg")

from academy.fonts import korean_font_file, use_korean_font  # noqa: E402


def test_a_korean_font_is_available_offline():
    assert korean_font_file() is not None


def test_chart_with_korean_labels_has_no_missing_glyphs(artifacts_dir):
    import matplotlib.pyplot as plt

    family = use_korean_font()
    assert family and "Nanum" in family or "CJK" in family
    assert matplotlib.rcParams["axes.unicode_minus"] is False
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots(figsize=(5, 3))
        ax.bar(["월", "화", "수", "목", "금"], [12, -3, 25, 18, 30])
        ax.set_title("요일별 좋아요 수 (뜨개질 공방)")
        ax.set_xlabel("요일")
        ax.set_ylabel("좋아요 −1,234")
        fig.savefig(artifacts_dir / "korean_font_chart.png", dpi=80)
        plt.close(fig)
    glyph_warnings = [str(w.message) for w in caught if "Glyph" in str(w.message) or "missing from" in str(w.message)]
    assert glyph_warnings == []


@pytest.mark.slow
def test_a_learners_own_new_notebook_draws_hangul(tmp_path):
    """Issue 20.6: a fresh kernel (the installed kernel config, no lesson setup cell) draws Korean."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "import warnings\nwarnings.simplefilter('error')  # a missing glyph would raise\n"
        "import matplotlib.pyplot as plt\nfrom matplotlib.font_manager import findfont\n"
        "fig, ax = plt.subplots()\nax.set_title('우리 동네 -3도');\nfig.canvas.draw()\n"
        "print(findfont(ax.title.get_fontproperties()))")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(nb, timeout=90, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    printed = "".join(o.get("text", "") for o in nb.cells[0].outputs if o.output_type == "stream")
    assert "Nanum" in printed, nb.cells[0].outputs
