"""Check declarations per module (``mNN_slug.py``): a ``lesson`` and an ``exercise`` ProblemSet each."""
