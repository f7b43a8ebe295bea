"""nbgrader's Validate server extension, with the academy's Korean error explainer in its dialog.

A learner's Validate runs the notebook in the learners' own kernel (academy/kernels/learner.py),
which explains an error in Korean (academy/explain.py: a box labelled ``오류 도우미``, its own
display output after the untouched traceback). nbgrader's Validator builds the dialog's text of a
failing cell from the cell's ``error`` outputs and stderr only (``Validator._extract_error``), so
the explanation never reached the dialog: the learner read a bare Python traceback. Here the
explainer's plain text follows the traceback (the dialog shows that text in a ``<pre>``; the
traceback itself stays Python's). A Validate that cannot run at all answers in Korean
(``lab.validate`` in academy/messages/ko/lab.yml) instead of nbgrader's traceback or its English
advice about ``nbgrader update``; the English goes to the server log. The dialog's own words are
made Korean by the academy's lab extension (labextension/src/nbgrader_ko.ts).

>>> cell = {"cell_type": "code", "outputs": [
...     {"output_type": "error", "ename": "NameError", "evalue": "x", "traceback": ["NameError: x"]},
...     {"output_type": "display_data", "metadata": {}, "data": {
...         "text/plain": "[오류 도우미] 아직 만들지 않은 이름이에요.",
...         "text/html": '<div class="academy-notice academy-notice-explain">...</div>'}}]}
>>> explanations(cell)
['[오류 도우미] 아직 만들지 않은 이름이에요.']
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

from nbgrader.nbgraderformat import SchemaTooNewError, SchemaTooOldError
from nbgrader.server_extensions.validate_assignment import handlers
from nbgrader.validator import Validator
from tornado import web

from academy.messages import say

# The explainer's box (academy.messages.notice.Notice of kind "explain") names itself in its HTML.
EXPLAINED = 'class="academy-notice academy-notice-explain"'


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def explanations(cell: Any) -> list[str]:
    """The Korean explainer's plain text in ``cell``'s outputs, in order."""
    found = []
    for output in cell.get("outputs", []) if cell.get("cell_type") == "code" else []:
        data = output.get("data", {}) if output.get("output_type") == "display_data" else {}
        if EXPLAINED in _text(data.get("text/html", "")) and "text/plain" in data:
            found.append(_text(data["text/plain"]))
    return found


class ExplainedValidator(Validator):
    """nbgrader's Validator; a failing cell's text ends with the academy's Korean explanation."""

    def _extract_error(self, cell):
        error = super()._extract_error(cell)
        return "\n\n".join([error, *explanations(cell)])


class ValidateAssignmentHandler(handlers.ValidateAssignmentHandler):
    """nbgrader's handler (its checks and config) with :class:`ExplainedValidator`; failures in Korean."""

    def validate_notebook(self, path):
        root = Path(self.root_dir).resolve()
        target = (root / path).resolve()
        if not target.is_relative_to(root):  # nbgrader's own check, kept
            raise web.HTTPError(403, "Access denied: path outside allowed directory")
        try:
            result = ExplainedValidator(config=self.load_config()).validate(str(target))
        except (SchemaTooOldError, SchemaTooNewError):
            self.log.error("validate %s: %s", target, traceback.format_exc())
            return {"success": False, "value": say("lab.validate.schema")}
        except Exception:
            self.log.error("validate %s: %s", target, traceback.format_exc())
            return {"success": False, "value": say("lab.validate.failed")}
        return {"success": True, "value": result}


def _load_jupyter_server_extension(serverapp) -> None:
    """nbgrader's validate_assignment extension (its routes, with the handler above)."""
    from jupyter_server.utils import url_path_join

    from academy.patches import nbgrader as nbgrader_patches

    nbgrader_patches.apply_server()  # Validate on a shared document's drive path (nbgrader #1836)

    webapp = serverapp.web_app
    webapp.settings["root_dir"] = serverapp.root_dir  # (the handler's root_dir, as nbgrader's load sets it)
    routes = [(pattern, ValidateAssignmentHandler if handler is handlers.ValidateAssignmentHandler else handler)
              for pattern, handler in handlers.default_handlers]
    webapp.add_handlers(".*$", [(url_path_join(webapp.settings["base_url"], pattern), handler)
                                for pattern, handler in routes])
    serverapp.log.info("Loaded nbgrader's validate_assignment with the Korean explainer (academy.hub.validate)")


def _jupyter_server_extension_points():
    return [{"module": "academy.hub.validate"}]
