"""The zygote pays a kernel's first traceback once (academy/kernels/zygote.py, _warm_tracebacks)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from academy.layout import REPO

# In a fresh interpreter (this one's caches may be warm from other tests): optionally warm up as
# the zygote does, fork as the zygote does, then count the source files the forked process parses
# while IPython formats a learner's first pandas error -- a column name the warm-up never used.
CHILD = textwrap.dedent("""
    import ast, os, sys
    import pandas
    from IPython.core import ultratb
    from IPython.core.interactiveshell import InteractiveShell
    from academy.kernels import zygote

    if sys.argv[1] == "warm":
        zygote._warm_tracebacks()
    read, write = os.pipe()
    if os.fork() == 0:
        parsed = []
        original = ast.parse
        ast.parse = lambda source, filename="<unknown>", *a, **k: parsed.append(filename) or original(source, filename, *a, **k)
        frame = pandas.DataFrame({"menu": ["latte"], "price": [4500]})
        try:
            frame["prise"]
        except KeyError as error:
            formatter = ultratb.AutoFormattedTB(mode=InteractiveShell.xmode.default_value,
                                                theme_name=InteractiveShell.colors.default_value, tb_offset=1)
            text = "\\n".join(formatter.structured_traceback(type(error), error, error.__traceback__))
        os.write(write, f"{len([p for p in parsed if 'pandas' in p])} {'prise' in text}".encode())
        os._exit(0)
    os.close(write)
    print(os.read(read, 100).decode())
""")


def _first_error(mode: str) -> tuple[int, bool, str]:
    done = subprocess.run([sys.executable, "-c", CHILD, mode], cwd=REPO, capture_output=True, text=True,
                          timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    parsed, shown = done.stdout.split()
    return int(parsed), shown == "True", done.stderr


def test_forked_kernels_inherit_a_warm_traceback_formatter():
    parsed, shown, stderr = _first_error("warm")
    assert "warm-up failed" not in stderr, stderr
    assert shown, "the traceback still names the learner's column"
    assert parsed == 0, f"the forked kernel parsed {parsed} pandas source files for its first error"
    # Without the warm-up the same first error parses pandas' sources in every kernel (what it saves).
    cold, shown, _ = _first_error("cold")
    assert shown and cold > 0
