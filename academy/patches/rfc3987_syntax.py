"""rfc3987_syntax, patched: loaded only when something really uses it.

The real module compiles ~35 Lark parsers at import (~3 CPU-seconds here) and is imported by
every Jupyter server and every nbgrader process through jsonschema's format checkers, though no
Jupyter or nbgrader schema uses it. One stand-in, used two ways:

* ``write_rfc3987_stub(folder, real)`` writes it as a package that shadows the real one in the
  learners' runtime (academy/hub/data_root.py): a faster server start at 09:00;
* ``defer_rfc3987_syntax()`` installs it in ``sys.modules`` of this process (the grading
  engine's workers), before jsonschema is imported.

Either way the first real use (``is_valid_syntax`` or any other name) imports the real
``rfc3987_syntax.syntax_helpers`` from the real folder, so results are unchanged. Written against
rfc3987-syntax ``PINNED`` (its module layout); another version stops the import
(academy/patches/__init__.py); tests/academy/patches/test_rfc3987_syntax.py shows both ways act.

>>> defer_rfc3987_syntax()  # doctest: +SKIP
>>> import jsonschema       # no Lark grammars compiled  # doctest: +SKIP
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from pathlib import Path

from academy.patches import require_version

PINNED = "1.1.0"
VERSION = require_version("rfc3987-syntax", PINNED, "academy/patches/rfc3987_syntax.py")

STUB = '''"""Written by academy (academy/patches/rfc3987_syntax.py): the real rfc3987_syntax loads on first use.

Its submodules (utils, syntax_helpers, the grammar) are found in the real folder via __path__.
"""
import importlib as _importlib

__path__ = [*__path__[:1], {folder!r}]


def _load():
    return _importlib.import_module(__name__ + ".syntax_helpers")


def is_valid_syntax(*args, **kwargs):
    return _load().is_valid_syntax(*args, **kwargs)


def __getattr__(name):
    return getattr(_load(), name)
'''


def write_rfc3987_stub(folder: Path, real: Path) -> None:
    """Write the stand-in package ``folder`` whose submodules come from the real package ``real``."""
    if not (real / "__init__.py").exists():
        return
    folder.mkdir(exist_ok=True)
    (folder / "__init__.py").write_text(STUB.format(folder=str(real)))
    os.chmod(folder, 0o755)
    os.chmod(folder / "__init__.py", 0o644)


def defer_rfc3987_syntax() -> None:
    """Put the stand-in into ``sys.modules`` unless the real module is already imported."""
    if "rfc3987_syntax" in sys.modules:
        return
    spec = importlib.util.find_spec("rfc3987_syntax")
    if spec is None or not spec.submodule_search_locations:
        return
    module = types.ModuleType("rfc3987_syntax")
    module.__path__ = []
    module.__file__ = __file__
    exec(compile(STUB.format(folder=list(spec.submodule_search_locations)[0]), __file__, "exec"), module.__dict__)
    sys.modules["rfc3987_syntax"] = module


__all__ = ["PINNED", "STUB", "defer_rfc3987_syntax", "write_rfc3987_stub"]
