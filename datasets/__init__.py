"""Sample data of Social City Academy and its generator (``python -m datasets.generate``).

A regular package (not a namespace one) so that ``python -m datasets.generate`` finds this folder
even when some other distribution named ``datasets`` is installed.
"""
