"""Issue 20.6: lesson cells show what they teach, not matplotlib's return values.

A cell whose last line is a matplotlib call (``ax.set_ylabel(...)``, ``plt.title(...)``) or the
font setup shows ``Text(0, 0.5, '…')`` / ``'NanumGothic'`` under the chart unless it ends with
``;`` (or ``plt.show()``). Checked statically with IPython's own rule for a trailing ``;``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from IPython.core.displayhook import DisplayHook

CURRICULUM = Path(__file__).resolve().parents[2] / "curriculum"
NOISY_LAST_LINE = re.compile(r"^(ax\w*|plt|fig)\.\w+\(|^use_korean_font\(")


def noisy_cells() -> list[str]:
    found = []
    for notebook in sorted(CURRICULUM.glob("*/lesson*.ipynb")):
        for index, cell in enumerate(json.loads(notebook.read_text(encoding="utf-8"))["cells"]):
            source = "".join(cell["source"]).rstrip()
            if cell["cell_type"] != "code" or not source:
                continue
            last = source.splitlines()[-1]
            if NOISY_LAST_LINE.match(last) and ".show()" not in last and "savefig" not in last \
                    and "=" not in last.split("(")[0] and not DisplayHook.semicolon_at_end_of_expression(source):
                found.append(f"{notebook.relative_to(CURRICULUM)} cell {index}: {last}")
    return found


def test_no_lesson_cell_prints_a_matplotlib_return_value():
    assert noisy_cells() == []


def test_the_rule_sees_a_noisy_cell():
    assert NOISY_LAST_LINE.match('ax.set_ylabel("매출(원)")') and NOISY_LAST_LINE.match("use_korean_font()")
    assert DisplayHook.semicolon_at_end_of_expression('use_korean_font();  # 한글')


def test_no_lesson_says_right_or_wrong_only_with_an_emoji():
    """Issue 20.4: ❌ ⭕ ✅ render as empty boxes without an emoji font; lessons say 맞음 / 틀림."""
    marked = [f"{nb.relative_to(CURRICULUM)}: {line.strip()[:60]}"
              for nb in sorted(CURRICULUM.glob("*/*.ipynb"))
              for cell in json.loads(nb.read_text(encoding="utf-8"))["cells"]
              for line in "".join(cell["source"]).splitlines() if re.search("[❌⭕✅✔✖]", line)]
    assert marked == []
