"""Turn a curriculum exercise's graded test cells into partial credit per test (issue 17 item 4).

``python -m academy.admin.partial_cells [MODULE ...]`` rewrites each graded test cell of
``curriculum/<module>/exercise.ipynb`` (all modules without arguments); ``--check`` changes
nothing and exits 1 naming every cell not converted or whose ``Part(points)`` differs from its
nbgrader points. Idempotent: a converted cell is left alone (its points are checked).

Why the sources and not the build step: the hidden regions are what an instructor reads and
nbgrader runs (``validate``, ``autograde``); converted once, they say exactly what each test is
and what its failure tells the learner. The learner's released cell does not change at all (the
visible line alone), so the simple look is kept where learners look.

One cell, before and after (hidden statements: ``assert cond, "reason"`` and
``q.<name>.check([answer,] cases=...)`` become tests; any other statement is setup, kept as is)::

    >>> cell = '''# 확인 셀: 실행만 하세요. (고치지 마세요)
    ... q.fee.check()
    ... ### BEGIN HIDDEN TESTS
    ... assert fee > 0, "수강료는 0보다 커야 해요."
    ... q.rate.check(cases=[((1, 2), 0.5)])
    ... ### END HIDDEN TESTS'''
    >>> print(convert(cell, 3))
    # 확인 셀: 실행만 하세요. (고치지 마세요)
    ### BEGIN HIDDEN TESTS
    from academy.partial import Part
    _credit = Part(3)
    ### END HIDDEN TESTS
    q.fee.check()
    ### BEGIN HIDDEN TESTS
    _credit.test(lambda: fee > 0, "수강료는 0보다 커야 해요.")
    _credit.test(q.rate, cases=[((1, 2), 0.5)])
    _credit
    ### END HIDDEN TESTS
    >>> convert(convert(cell, 3), 3) == convert(cell, 3)
    True
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

import nbformat

from academy.layout import curriculum_dir

BEGIN, END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
OPEN = "from academy.partial import Part\n_credit = Part({points:g})"
OPENED = re.compile(r"^_credit = Part\(([0-9.]+)\)$", re.M)

__all__ = ["convert", "converted_points", "convert_notebook", "main"]


class CannotConvert(ValueError):
    """A hidden statement the converter cannot turn into a test: convert that cell by hand."""


def converted_points(source: str) -> float | None:
    """The points a converted cell's ``Part`` gives, or None when the cell is not converted."""
    found = OPENED.search(source)
    return float(found.group(1)) if found else None


def _test_of(statement: ast.stmt, code: str) -> str | None:
    """The ``_credit.test(...)`` line for a hidden statement, or None when it is setup."""
    segment = lambda node: ast.get_source_segment(code, node)  # noqa: E731
    if isinstance(statement, ast.Assert):
        if statement.msg is None:
            raise CannotConvert(f"line {statement.lineno}: an assert without its Korean reason")
        return f"_credit.test(lambda: {segment(statement.test)}, {segment(statement.msg)})"
    call = statement.value if isinstance(statement, ast.Expr) else None
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute):
        if call.func.attr == "check" and isinstance(call.func.value, ast.Attribute):
            problem = segment(call.func.value)
            if len(call.args) > 1 or any(k.arg != "cases" for k in call.keywords):
                raise CannotConvert(f"line {statement.lineno}: {problem}.check(...) with unexpected arguments")
            args = [problem]
            if call.args:
                args.append(f"answer_of=lambda: {segment(call.args[0])}")
            args += [f"cases={segment(k.value)}" for k in call.keywords]
            return f"_credit.test({', '.join(args)})"
        if call.func.attr.startswith("assert"):
            raise CannotConvert(f"line {statement.lineno}: {call.func.attr}(...) has no Korean reason: "
                                "write it as `assert ..., \"reason\"`")
    if any(isinstance(node, ast.Assert) for node in ast.walk(statement)):
        raise CannotConvert(f"line {statement.lineno}: an assert inside a block: write it as a top-level test")
    return None


def convert(source: str, points: float) -> str:
    """The converted test cell (see the module's docstring); a converted cell comes back as is
    when its points agree."""
    have = converted_points(source)
    if have is not None:
        if have != float(points):
            raise CannotConvert(f"Part({have:g}) but the cell is worth {points:g} points")
        return source
    lines = source.split("\n")
    begins = [i for i, line in enumerate(lines) if BEGIN in line]
    ends = [i for i, line in enumerate(lines) if END in line]
    if len(begins) != 1 or len(ends) != 1 or ends[0] < begins[0]:
        raise CannotConvert("needs exactly one hidden region")
    visible, hidden, after = lines[:begins[0]], lines[begins[0] + 1:ends[0]], lines[ends[0] + 1:]
    if any(line.strip() for line in after):
        raise CannotConvert("code after the hidden region")
    lead = next((i for i, line in enumerate(visible) if line.strip() and not line.lstrip().startswith("#")), None)
    if lead is None:
        raise CannotConvert("no visible test")
    code = "\n".join(hidden)
    body = []
    for statement in ast.parse(code).body:
        test = _test_of(statement, code)
        # setup is kept line for line (its comments too)
        body.append(test if test is not None else "\n".join(hidden[statement.lineno - 1:statement.end_lineno]))
    opened = OPEN.format(points=float(points))
    return "\n".join([*visible[:lead], BEGIN, opened, END, *visible[lead:], BEGIN, *body, "_credit", END])


def _graded_tests(notebook):
    for cell in notebook.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution") and cell.cell_type == "code":
            yield cell, meta


def convert_notebook(path: Path, *, check: bool = False) -> list[str]:
    """Convert (or with ``check`` only inspect) one exercise; the problems found, one per cell."""
    notebook = nbformat.read(path, as_version=4)
    problems, changed = [], False
    for cell, meta in _graded_tests(notebook):
        where = f"{path}: {meta.get('grade_id')}"
        try:
            new = convert(cell.source, meta["points"])
        except (CannotConvert, SyntaxError) as error:
            problems.append(f"{where}: {error}")
            continue
        if new != cell.source:
            if check:
                problems.append(f"{where}: not converted (run python -m academy.admin.partial_cells)")
            else:
                cell.source, changed = new, True
    if changed:
        nbformat.write(notebook, path)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m academy.admin.partial_cells", description=__doc__.split("\n")[0])
    parser.add_argument("modules", nargs="*", help="module ids (default: every module folder)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a cell is not converted")
    args = parser.parse_args(argv)
    root = curriculum_dir()
    modules = args.modules or sorted(p.name for p in root.iterdir() if (p / "exercise.ipynb").exists())
    problems = [problem for module in modules
                for problem in convert_notebook(root / module / "exercise.ipynb", check=args.check)]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
