"""Social City Academy: learner helpers, curriculum tools and the CLI.

Learners' notebooks start with::

    from academy import ____, data_path
    from academy.exercises.m01_values import lesson as q
"""

from academy.checking import ____
from academy.data import data_path

__all__ = ["____", "data_path"]
__version__ = "0.1.0"
