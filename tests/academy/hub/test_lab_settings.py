"""Issue 20.7: the district's JupyterLab font sizes (``[lab]``) become every learner's defaults.

The browser proof (computed sizes in a notebook and a check message) is in test_browser_korean.py.
"""

from __future__ import annotations

import pytest

from academy import district
from academy.hub.data_root import LAB_OVERRIDES, lab_overrides


def test_the_district_defaults_are_larger_than_jupyterlabs_and_reach_the_overrides():
    settings = district.load("demo")
    lab = settings["lab"]
    assert (lab["font_size_code"], lab["font_size_content"], lab["font_size_ui"]) > (13, 14, 13)
    overrides = lab_overrides(settings)
    theme = overrides["@jupyterlab/apputils-extension:themes"]["overrides"]
    assert theme == {"code-font-size": f"{lab['font_size_code']}px",
                     "content-font-size1": f"{lab['font_size_content']}px",
                     "ui-font-size1": f"{lab['font_size_ui']}px"}
    assert all(overrides[key] == value for key, value in LAB_OVERRIDES.items())  # Korean UI etc. kept


def test_a_district_file_sets_its_own_sizes_and_bad_ones_are_refused(tmp_path):
    path = tmp_path / "big.toml"
    path.write_text('[district]\nid = "big"\nname = "큰글씨구"\n[people]\ninstructors = ["teacher"]\n[lab]\nfont_size_code = 20\n',
                    encoding="utf-8")
    settings = district.load("big", path=path)
    theme = lab_overrides(settings)["@jupyterlab/apputils-extension:themes"]["overrides"]
    assert theme["code-font-size"] == "20px" and theme["ui-font-size1"] == "15px"
    path.write_text('[district]\nid = "big"\nname = "큰글씨구"\n[people]\ninstructors = ["teacher"]\n[lab]\nfont_size_code = "크게"\n', encoding="utf-8")
    with pytest.raises(district.DistrictError, match="font_size_code"):
        district.load("big", path=path)


def test_the_sizes_become_the_persons_theme_setting_until_they_choose_their_own(tmp_path):
    """JupyterLab's theme manager reads CSS overrides from user settings only (academy/hub/lab_fonts.py)."""
    import json

    from academy.hub import lab_fonts

    app = tmp_path / "app"
    app.mkdir()
    settings = district.load("demo")
    (app / "overrides.json").write_text(json.dumps(lab_overrides(settings)), encoding="utf-8")
    wanted = lab_fonts.district_theme(app)
    assert wanted == {"overrides": {"code-font-size": "16px", "content-font-size1": "17px", "ui-font-size1": "15px"}}
    home = tmp_path / "user-settings"
    user_file = home / "@jupyterlab" / "apputils-extension" / "themes.jupyterlab-settings"
    assert lab_fonts.apply(wanted, home) == "written"
    assert json.loads(user_file.read_text(encoding="utf-8")) == wanted
    assert lab_fonts.apply(wanted, home) == "nothing"
    bigger = {"overrides": {**wanted["overrides"], "code-font-size": "18px"}}
    assert lab_fonts.apply(bigger, home) == "updated"  # the district changed, the person had not chosen
    user_file.write_text('{"overrides": {"code-font-size": "20px"}}', encoding="utf-8")  # Settings → Theme
    assert lab_fonts.apply(wanted, home) == "kept"
    assert "20px" in user_file.read_text(encoding="utf-8")
    assert lab_fonts.district_theme(tmp_path / "nowhere") is None and lab_fonts.apply(None, home) == "nothing"
