"""Social City Academy: learner helpers, curriculum tools and the CLI.

Learners' notebooks start with::

    from academy import ____, data_path
    from academy.exercises.m01_values import lesson as q
"""

from academy.checking import ____
from academy.data import data_path

__all__ = ["____", "data_path"]
__version__ = "0.1.0"


def _load_explainer_in_notebooks() -> None:
    """Importing academy in a kernel turns on the Korean error explainer (idempotent), so it
    works on a laptop even where ``academy setup`` never ran."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None and hasattr(shell, "_showtraceback"):
        from academy.explain import load_ipython_extension

        load_ipython_extension(shell)


_load_explainer_in_notebooks()
