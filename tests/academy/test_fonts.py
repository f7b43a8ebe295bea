"""Korean labels render with a real Korean font and no missing-glyph warning."""

from __future__ import annotations

import warnings

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
