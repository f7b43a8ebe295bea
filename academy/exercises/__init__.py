"""Check declarations per module (``mNN_slug.py``): a ``lesson`` and an ``exercise`` ProblemSet each.

Lesson sets carry their references (practice). Graded ``exercise`` sets carry none: their expected
results are sealed digests in ``sealed/<module id>.json``, written by ``academy exercises seal``
(:mod:`academy.exercises.seal`) from the source exercise notebook; see :mod:`academy.checking`.
"""
