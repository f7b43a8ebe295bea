"""academy/patches/rfc3987_syntax.py: no Lark grammar compiled until rfc3987_syntax is really used,
and then the real answers (in a fresh interpreter each: the point is what an import does)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from academy.layout import REPO

REAL_USE = """
import sys
import jsonschema  # imports rfc3987_syntax for its format checkers
assert "rfc3987_syntax.syntax_helpers" not in sys.modules, "the grammars were compiled at import"
import rfc3987_syntax
assert rfc3987_syntax.is_valid_syntax("iri", "http://x/a") and not rfc3987_syntax.is_valid_syntax("iri", "ht tp://x")
assert "rfc3987_syntax.syntax_helpers" in sys.modules
print(rfc3987_syntax.__file__)
"""


def _python(code: str, **env) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            cwd=REPO, env={"PATH": "/usr/bin:/bin", **env})
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


def test_deferred_in_this_process_until_first_use():
    where = _python("from academy.patches.rfc3987_syntax import defer_rfc3987_syntax\n"
                    "defer_rfc3987_syntax()\n" + REAL_USE)
    assert where.endswith("academy/patches/rfc3987_syntax.py")


def test_the_stub_package_shadows_the_real_one_in_a_runtime(tmp_path):
    import importlib.util

    from academy.patches.rfc3987_syntax import write_rfc3987_stub

    real = Path(importlib.util.find_spec("rfc3987_syntax").submodule_search_locations[0])
    write_rfc3987_stub(tmp_path / "rfc3987_syntax", real)
    where = _python(REAL_USE, PYTHONPATH=str(tmp_path))
    assert where == str(tmp_path / "rfc3987_syntax" / "__init__.py")
