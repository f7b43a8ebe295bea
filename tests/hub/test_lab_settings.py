"""Issue 20.7: the district's JupyterLab font sizes (``[lab]``) become every learner's defaults.

The browser proof (computed sizes in a notebook and a check message) is in test_browser_korean.py.
"""

from __future__ import annotations

import pytest

from academy import district
from academy.hub.setup import LAB_OVERRIDES, lab_overrides


def test_the_district_defaults_are_larger_than_jupyterlabs_and_reach_the_overrides():
    settings = district.load("demo")
    lab = settings["lab"]
    assert (lab["font_size_code"], lab["font_size_content"], lab["font_size_ui"]) > (13, 14, 13)
    overrides = lab_overrides(settings)
    theme = overrides["@jupyterlab/apputils-extension:themes"]["overrides"]
    assert theme == {"code-font-size": f"{lab['font_size_code']}px",
                     "content-font-size1": f"{lab['font_size_content']}px",
                     "ui-font-size1": f"{lab['font_size_ui']}px"}
    editor = overrides["@jupyterlab/codemirror-extension:plugin"]["defaultConfig"]["customStyles"]
    assert editor == {"lineHeight": lab["line_height"]}
    assert all(overrides[key] == value for key, value in LAB_OVERRIDES.items())  # Korean UI etc. kept


def test_a_district_file_sets_its_own_sizes_and_bad_ones_are_refused(tmp_path):
    path = tmp_path / "big.toml"
    path.write_text('[district]\nid = "big"\nname = "큰글씨구"\n[people]\ninstructors = ["teacher"]\n[lab]\nfont_size_code = 20\nline_height = 1.8\n',
                    encoding="utf-8")
    settings = district.load("big", path=path)
    theme = lab_overrides(settings)["@jupyterlab/apputils-extension:themes"]["overrides"]
    assert theme["code-font-size"] == "20px" and settings["lab"]["line_height"] == 1.8
    path.write_text('[district]\nid = "big"\nname = "큰글씨구"\n[people]\ninstructors = ["teacher"]\n[lab]\nfont_size_code = "크게"\n', encoding="utf-8")
    with pytest.raises(district.DistrictError, match="font_size_code"):
        district.load("big", path=path)
