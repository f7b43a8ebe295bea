"""Korean fonts for matplotlib, with no internet at run time.

Prefers Debian's ``fonts-nanum`` (installed by ``scripts/bootstrap.sh``); falls back to the
OFL NanumGothic files bundled in the ``koreanize-matplotlib`` wheel (located, never imported:
that package imports ``distutils``), then to any Korean family matplotlib already knows.
"""

from __future__ import annotations

import importlib.util
import warnings
from pathlib import Path

from academy.messages import say

SYSTEM_FONT_FILES = [
    Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
]
KNOWN_FAMILIES = ["NanumGothic", "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "AppleGothic"]


def _bundled_font_files() -> list[Path]:
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(list(spec.submodule_search_locations)[0]) / "fonts"
    return sorted(folder.glob("NanumGothic*.ttf"))


def korean_font_file() -> Path | None:
    """The first Korean font file available on this machine, if any."""
    for path in SYSTEM_FONT_FILES + _bundled_font_files():
        if path.is_file():
            return path
    return None


def use_korean_font() -> str | None:
    """Make matplotlib draw Korean; return the family used (None, with a Korean warning, if none)."""
    import matplotlib as mpl
    from matplotlib import font_manager

    family = None
    path = korean_font_file()
    if path is not None:
        font_manager.fontManager.addfont(str(path))
        family = font_manager.FontProperties(fname=str(path)).get_name()
    else:
        installed = {f.name for f in font_manager.fontManager.ttflist}
        family = next((name for name in KNOWN_FAMILIES if name in installed), None)
    if family is None:
        warnings.warn(say("fonts.missing"), stacklevel=2)
        return None
    mpl.rcParams["font.family"] = [family, "DejaVu Sans"]
    mpl.rcParams["axes.unicode_minus"] = False  # Korean fonts lack U+2212
    return family
