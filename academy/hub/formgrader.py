"""Formgrader's Jupyter server runs as root (the grading sandbox needs it): allow it no shell.

``GraderAuthorizer`` keeps JupyterHub's access check and refuses the parts of a Jupyter server
that would hand an instructor a root process: kernels, sessions and terminals. Formgrader's own
pages and API, and the course files, stay available to ``formgrade-<course>`` members.
"""

from __future__ import annotations

from jupyterhub.singleuser.extension import JupyterHubAuthorizer

NO_ROOT_PROCESSES = {"kernels", "sessions", "terminals"}


class GraderAuthorizer(JupyterHubAuthorizer):
    def is_authorized(self, handler, user, action, resource):
        if resource in NO_ROOT_PROCESSES:
            self.log.warning("refused %s on %s for %s: formgrader runs no kernels", action, resource, user.username)
            return False
        return super().is_authorized(handler, user, action, resource)
