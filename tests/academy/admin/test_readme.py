"""The README's module table is generated from syllabus.yml and kept current."""

from __future__ import annotations

import shutil

from academy.admin import syllabus
from academy.admin.cli import main
from academy.admin.readme import BEGIN, END, module_table, update_module_table


def test_readme_table_is_current(repo):
    assert not update_module_table(repo / "README.md", check=True), "run `academy syllabus-table`"


def test_table_lists_every_module_and_regeneration_is_idempotent(repo, tmp_path):
    table = module_table()
    for module in syllabus.load():
        assert f"`{module.id}`" in table and module.title in table
    readme = tmp_path / "README.md"
    shutil.copy(repo / "README.md", readme)
    text = readme.read_text(encoding="utf-8")
    readme.write_text(text.replace(BEGIN, BEGIN + "\n| stale |"), encoding="utf-8")
    assert main(["syllabus-table", "--readme", str(readme), "--check"]) == 1
    assert main(["syllabus-table", "--readme", str(readme)]) == 0
    assert main(["syllabus-table", "--readme", str(readme), "--check"]) == 0
    assert readme.read_text(encoding="utf-8").count(END) == 1
