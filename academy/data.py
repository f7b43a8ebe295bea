"""One way to find sample data that works the same on a hub, in CI and on a laptop.

>>> data_path("README.md").name
'README.md'
"""

from __future__ import annotations

import difflib
from pathlib import Path

from academy.messages import say
from academy.layout import dataset_roots


class DatasetNotFound(FileNotFoundError):
    """A sample file that does not exist; the message (Korean) says where we looked."""


def data_path(name: str) -> Path:
    """The path of sample file ``name`` (e.g. ``"bakery/sales_cp949.csv"``).

    Searches ``$ACADEMY_DATASETS``, the repository's ``datasets/`` and the installed copy.
    """
    roots = dataset_roots()
    if not roots:
        raise DatasetNotFound(say("data.no_root"))
    for root in roots:
        candidate = root / name
        if candidate.exists():
            return candidate
    known = [str(p.relative_to(root)) for root in roots for p in root.rglob("*") if p.is_file()]
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    searched = ", ".join(str(r) for r in roots)
    message = say("data.not_found", name=name, searched=searched)
    if close:
        message += "\n" + say("explain.NameError_suggest", suggestion=close[0])
    raise DatasetNotFound(message)
