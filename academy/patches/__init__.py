"""Every patch of a third-party library's internals, one module per library.

Each module names the version it was written against (``PINNED``, the same as the pin in
pyproject.toml; a test keeps the two equal) and refuses, at import, to run on another:
a patch that silently stops applying would make grading slower or different without a word.

* ``academy.patches.nbgrader``        -- the grading workers' gradebook engine and metadata validator;
                                         the servers' Validate on an ``RTC:`` path (nbgrader #1836)
* ``academy.patches.rfc3987_syntax``  -- the module loaded on first use, not at jsonschema's import
* ``academy.patches.jupyter_server_ydoc`` -- a shared document loads a file changed on disk to an older time
* ``academy.patches.jupyterlab_server`` -- the Korean language pack with the academy's corrected particles

IPython needs none: learners' kernels use its public ``set_custom_exc`` hook.
"""

from __future__ import annotations

from importlib import metadata


class UnpatchedVersion(RuntimeError):
    """The installed version of a patched library is not the one its patches were written for."""


def require_version(distribution: str, pinned: str, patches: str) -> str:
    """The installed version of ``distribution``; raise ``UnpatchedVersion`` unless it is ``pinned``.

    >>> require_version("nbgrader", "0.0.1", "academy/patches/nbgrader.py")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    academy.patches.UnpatchedVersion: academy/patches/nbgrader.py patches nbgrader 0.0.1 (pinned in pyproject.toml), but nbgrader ... is installed: ...
    """
    installed = metadata.version(distribution)
    if installed != pinned:
        raise UnpatchedVersion(
            f"{patches} patches {distribution} {pinned} (pinned in pyproject.toml), but {distribution} {installed} "
            f"is installed: install {distribution}=={pinned} (scripts/bootstrap.sh), or check every patch in "
            f"{patches} against {installed} and then change PINNED there and the pin in pyproject.toml together")
    return installed


__all__ = ["UnpatchedVersion", "require_version"]
