"""One learner's weekly report, run by the ``academy-weekly`` service as the learner's own account.

``python -m academy.weekly.job --notebook REL --export REL --date YYYY-MM-DD --start D --end D
[--platform P] --keep N`` (paths relative to the learner's home, taken from the learner's own
password entry, never from the environment):

1. both paths must stay inside the home once symlinks are resolved, and exist;
2. papermill executes the notebook into a private temporary copy with the parameters
   ``export_path``, ``start_date``, ``end_date`` (the last seven days, inclusive) and ``platform``;
3. nbconvert renders it to HTML without code (``exclude_input``, like ``--no-input``), without
   warnings (stderr streams) and without any CDN script (MathJax, require.js, widgets, mermaid), so the report opens offline;
4. the HTML is written to a hidden ``~/reports/.<date>.html.part`` and renamed onto
   ``~/reports/<date>.html`` only when complete; then only the newest ``keep`` reports stay.

The last line on stdout is the result for the service: ``{"outcome": "ok", "report": ...}`` or
``{"outcome": "error", "error": "<Korean>"}``. Nothing of the learner's data leaves their home.
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import re
import shutil
import sys
import tempfile
from pathlib import Path

from academy.messages import say
from academy.weekly.subscription import Refused, resolve

REPORT = re.compile(r"^\d{4}-\d{2}-\d{2}\.html$")
PART_PREFIX = ".weekly-"
OFFLINE = {"mathjax_url": "", "require_js_url": "", "jquery_url": "", "jupyter_widgets_base_url": "",
           "widget_renderer_url": "", "mermaid_js_url": "", "mermaid_layout_elk_js_url": ""}


class JobError(Exception):
    """A failure the learner can act on; ``str(error)`` is the Korean record."""


def render_html(notebook_path: Path) -> str:
    """The executed notebook as standalone HTML: outputs only, no CDN scripts."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(notebook_path), as_version=4)
    for cell in nb.cells:  # a report shows results, not the warnings printed on the way
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if not (o.output_type == "stream" and o.name == "stderr")]
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True, **OFFLINE)
    body, _ = exporter.from_notebook_node(nb)
    return body


def execute(notebook: Path, executed: Path, parameters: dict[str, str]) -> None:
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        papermill.execute_notebook(str(notebook), str(executed), parameters=parameters, kernel_name="python3",
                                   cwd=str(notebook.parent), progress_bar=False, log_output=False)
    except PapermillExecutionError as error:
        if error.ename == "MemoryError":
            raise JobError(say("weekly.memory")) from None
        evalue = str(error.evalue).strip().replace("\n", " ")
        evalue = evalue if len(evalue) <= 300 else evalue[:300] + "…"
        raise JobError(say("weekly.notebook_failed", cell=error.exec_count or error.cell_index + 1,
                           ename=error.ename, evalue=evalue.rstrip(".") + ".")) from None


def write_atomically(folder: Path, name: str, text: str) -> Path:
    """``folder/name`` appears complete or not at all (a hidden part file, then one rename)."""
    fd, part = tempfile.mkstemp(dir=folder, prefix=PART_PREFIX, suffix=".html.part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(part, 0o600)
        os.replace(part, folder / name)
    except BaseException:
        Path(part).unlink(missing_ok=True)
        raise
    return folder / name


def keep_newest(folder: Path, keep: int) -> list[str]:
    """Delete all but the newest ``keep`` ``YYYY-MM-DD.html`` reports (regular files only)."""
    reports = sorted(p.name for p in folder.iterdir() if REPORT.match(p.name) and p.is_file() and not p.is_symlink())
    removed = reports[:-keep] if keep < len(reports) else []
    for name in removed:
        (folder / name).unlink()
    return removed


def reports_folder(home: Path) -> Path:
    folder = home / "reports"
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise JobError(say("weekly.outside_home", path="~/reports"))
    folder.mkdir(mode=0o700, exist_ok=True)
    for stale in folder.glob(PART_PREFIX + "*.html.part"):  # left by a job that was stopped
        stale.unlink(missing_ok=True)
    return folder


def run(home: Path, *, notebook: str, export: str, date: str, start: str, end: str, platform: str | None,
        keep: int) -> dict[str, str]:
    try:
        nb_path = resolve(home, notebook)
        export_path = resolve(home, export, folder_ok=True)
        if not nb_path.is_file():
            raise JobError(say("weekly.notebook_missing", path="~/" + notebook))
        if not export_path.exists():
            raise JobError(say("weekly.export_missing", path="~/" + export))
        folder = reports_folder(home)
        parameters = {"export_path": str(export_path), "start_date": start, "end_date": end}
        if platform:
            parameters["platform"] = platform
        work = Path(tempfile.mkdtemp(prefix="academy-weekly-"))  # 0700, the learner's own
        try:
            executed = work / nb_path.name
            execute(nb_path, executed, parameters)
            try:
                html = render_html(executed)
            except Exception as error:  # noqa: BLE001  (nbconvert's many failure types)
                raise JobError(say("weekly.render_failed", why=type(error).__name__)) from None
        finally:
            shutil.rmtree(work, ignore_errors=True)
        report = write_atomically(folder, f"{date}.html", html)
        keep_newest(folder, keep)
        return {"outcome": "ok", "report": "~/reports/" + report.name}
    except (JobError, Refused) as error:
        return {"outcome": "error", "error": str(error)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m academy.weekly.job")
    for name in ("notebook", "export", "date", "start", "end"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--platform", default=None)
    parser.add_argument("--keep", type=int, required=True)
    args = parser.parse_args(argv)
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    os.umask(0o077)
    result = run(home, notebook=args.notebook, export=args.export, date=args.date, start=args.start, end=args.end,
                 platform=args.platform, keep=args.keep)
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
