"""A learner's zygote skips the traceback warm-up grading's zygotes do (academy/kernels/warm.py):
it costs every idle learner ~52 MB (benchmarks/bench_footprint.py; issue 15: <= 120 MB idle)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from academy.layout import REPO

# In a fresh interpreter: what the zygote's preload does in this environment, warm-up or not.
CHILD = textwrap.dedent("""
    import sys
    from academy.kernels import zygote
    ran = []
    zygote._warm_tracebacks = lambda: ran.append(True)
    zygote.preload([])
    print("warm" if ran else "cold")
""")


def _zygote_preload(env_setup: str) -> str:
    code = env_setup + "\n" + CHILD
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.split()[-1]


def test_a_learners_zygote_is_cold_and_grading_keeps_the_warm_up():
    learner = """
import os
os.environ.pop("ACADEMY_ZYGOTE_TRACEBACKS", None)
from academy.kernels import forked, warm
forked.Zygote.get = staticmethod(lambda *a, **k: None)  # what learner_zygote hands the zygote: its env
warm.learner_zygote()
"""
    assert _zygote_preload(learner) == "cold"
    grading = 'import os\nos.environ.pop("ACADEMY_ZYGOTE_TRACEBACKS", None)'
    assert _zygote_preload(grading) == "warm"


def test_one_name_for_the_switch():
    from academy.kernels import warm, zygote

    assert warm.COLD_TRACEBACKS[0] == zygote.TRACEBACKS_ENV
