"""academy/kernels/ is the floor: hub and grading stand on it and never import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import academy

PACKAGE = Path(academy.__file__).parent


def imported_modules(path: Path, package: Path = PACKAGE) -> set[str]:
    """Every module ``path`` imports, at any depth (functions included), as absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = "academy." + ".".join(path.relative_to(package).with_suffix("").parts)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                parent = here.rsplit(".", node.level)[0]
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def arrows(source: str, target: str, package: Path = PACKAGE) -> list[str]:
    return sorted(f"{path.relative_to(package.parent)} imports {name}"
                  for path in (package / source).rglob("*.py")
                  for name in imported_modules(path, package)
                  if name == f"academy.{target}" or name.startswith(f"academy.{target}."))


def test_hub_never_imports_grading():
    assert arrows("hub", "grading") == []


def test_grading_never_imports_hub():
    assert arrows("grading", "hub") == []


def test_the_floor_stands_on_neither():
    assert arrows("kernels", "hub") + arrows("kernels", "grading") == []


def test_the_scan_sees_an_arrow(tmp_path: Path):
    """The scan itself is not blind: imports inside functions and relative ones are found."""
    (tmp_path / "academy" / "hub" / "deep").mkdir(parents=True)
    (tmp_path / "academy" / "hub" / "deep" / "probe.py").write_text(
        "def f():\n    from academy.grading.sandbox import Zygote\nfrom ...grading import engine\n"
        "import academy.kernels.forked\n", encoding="utf-8")
    assert arrows("hub", "grading", tmp_path / "academy") == [
        "academy/hub/deep/probe.py imports academy.grading",
        "academy/hub/deep/probe.py imports academy.grading.engine",
        "academy/hub/deep/probe.py imports academy.grading.sandbox",
        "academy/hub/deep/probe.py imports academy.grading.sandbox.Zygote",
    ]
