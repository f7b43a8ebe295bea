"""The concept ledger: nothing is used in a module before the module that introduces it.

Each module in ``curriculum/syllabus.yml`` lists under ``introduces:`` what it teaches, in five
mechanical categories that this test extracts from code with :mod:`ast`:

  syntax      ast node classes (If, For, BoolOp, And, In, NotIn, IfExp, ListComp, Tuple ...)
  names       builtins used bare (len, sorted, enumerate, ValueError ...)
  attributes  any ``x.NAME`` (methods and attributes, whatever the receiver)
  modules     imported modules (top-level name)
  keywords    keyword arguments ``f(NAME=...)`` of functions the notebook did not define

What is parsed, per module: every code cell of its lesson notebooks (``lessons:`` in the
syllabus), every code cell of ``exercise.ipynb`` except the autograder's test cells (grader code
the learner runs but never writes), the correct answers of the lesson's try-its (``solution=``
functions in ``academy/exercises/mNN_*.py``) and the code shown in every hint (backtick spans
that parse).

Mistake messages are not parsed: they quote the learner's own wrong code (`35,000` read as two
values), which is exactly what was not taught. Names a notebook defines itself (assignments, def,
parameters, loop targets, imports) are not concepts. The allow-list (``SETUP_MODULES``,
``PROBLEM_SET_ALIASES``) covers only the setup cells every notebook starts with and the
instant checks ``q.x.check()`` / ``q.x.hint()``.

A construct used before its module fails the test, naming module, notebook, cell and construct,
unless ``ledger_gaps.yml`` lists it (known debt, kept honest: a listed gap that no longer
occurs fails too, so the file only shrinks).
"""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from academy.admin import syllabus

GAPS_FILE = Path(__file__).resolve().parent / "ledger_gaps.yml"
BACKTICK = re.compile(r"`([^`\n]+)`")

# Structural nodes that are part of every program, not something a lesson teaches.
STRUCTURAL = {"Module", "Expr", "Load", "Store", "Del", "alias", "keyword", "arguments", "arg",
              "comprehension", "FormattedValue", "Interactive", "Expression", "withitem"}

# The setup cells: ``from academy import ____`` (the blank), ``from academy.exercises.mNN import
# lesson as q`` (the checks), ``academy.data_path`` / fonts / chart helpers. The package ``academy``
# is the course's own scaffolding, and ``q.x.check()`` / ``q.x.hint()`` are the instant checks
# taught in 00 as a ritual, not Python to understand -- so attributes reached through the
# problem-set alias are not concepts either.
SETUP_MODULES = {"academy"}
PROBLEM_SET_ALIASES = {"q"}

BUILTIN_NAMES = set(dir(builtins)) | {"display"}


@dataclass(frozen=True)
class Use:
    module: str
    where: str          # "lesson.ipynb cell 12", "hint of q.count_tags", ...
    category: str       # syntax | names | attributes | modules | keywords
    name: str

    @property
    def construct(self) -> str:
        return f"{self.category}:{self.name}"


# -- extraction ----------------------------------------------------------------------------------

def bound_names(tree: ast.AST) -> set[str]:
    """Every name the code binds itself: assignments, def/class, parameters, loop targets, imports."""
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return bound


def _root(node: ast.AST) -> ast.AST:
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node


def constructs(tree: ast.AST, defined: set[str]) -> set[tuple[str, str]]:
    """(category, name) pairs used by ``tree``; ``defined`` are the names the notebook binds."""
    found: set[tuple[str, str]] = set()
    setup_aliases: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            for module in names:
                top = (module or "").split(".")[0]
                if top in SETUP_MODULES:
                    setup_aliases |= {(a.asname or a.name).split(".")[0] for a in node.names}
                    continue
                found.add(("modules", top))
                found.add(("syntax", type(node).__name__))
    for node in ast.walk(tree):
        kind = type(node).__name__
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if kind not in STRUCTURAL:
            found.add(("syntax", kind))
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if node.id not in defined and node.id in BUILTIN_NAMES:
                found.add(("names", node.id))
        elif isinstance(node, ast.Attribute):
            root = _root(node)
            if isinstance(root, ast.Name) and (root.id in PROBLEM_SET_ALIASES or root.id in setup_aliases
                                                or root.id in SETUP_MODULES):
                continue
            found.add(("attributes", node.attr))
        elif isinstance(node, ast.Call):
            callee = node.func.id if isinstance(node.func, ast.Name) else None
            for kw in node.keywords:
                # f(요일=...) names a column the learner chose (data, not Python): not a concept
                if kw.arg is None or not kw.arg.isascii():
                    continue
                if not (callee in defined and callee not in BUILTIN_NAMES):
                    found.add(("keywords", kw.arg))
    return found


def parse_cell(source: str) -> ast.AST:
    """A notebook cell as Python. Jupyter commands are not Python concepts: a ``%line`` magic or
    ``!shell`` line is skipped; a ``%%cell`` magic's body is read as Python when it is Python
    (``%%writefile report.py`` holds a script the learner writes), else skipped."""
    lines = source.splitlines()
    if lines and lines[0].lstrip().startswith("%%"):
        try:
            return ast.parse("\n".join(lines[1:]))
        except SyntaxError:
            return ast.parse("")
    return ast.parse("\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in lines))


def is_grader_test(cell: dict) -> bool:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return bool(meta.get("grade")) and not meta.get("solution")


def notebook_units(module: syllabus.Module, folder: Path) -> list[tuple[str, list[tuple[str, ast.AST]]]]:
    """Per notebook of one module (its lessons in syllabus.yml, then exercise.ipynb): [(name, [(where, tree)])]."""
    units = []
    notebooks = [folder / lesson.notebook for lesson in module.lessons] + [folder / "exercise.ipynb"]
    for path in notebooks:
        if not path.exists():  # test_structure fails on a missing notebook; here there is nothing to read
            continue
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        trees = []
        for number, cell in enumerate(cells):
            if cell["cell_type"] != "code" or is_grader_test(cell):
                continue
            source = "".join(cell["source"])
            try:
                trees.append((f"{path.name} cell {number}", parse_cell(source)))
            except SyntaxError as error:
                tags = cell.get("metadata", {}).get("tags", [])
                if "raises-exception" not in tags:  # only a deliberate SyntaxError demo may skip
                    raise AssertionError(f"{folder.name}/{path.name} cell {number} is not Python: {error}") from None
        units.append((path.name, trees))
    return units


def hint_trees(text: str) -> list[ast.AST]:
    """Backtick spans of a hint that parse as Python (a header like ``if x in y:`` gets a body)."""
    trees = []
    for span in BACKTICK.findall(text):
        for candidate in (span, span + " ...") if span.rstrip().endswith(":") else (span,):
            try:
                tree = ast.parse(candidate)
            except SyntaxError:
                continue
            if not _trivial(tree):
                trees.append(tree)
            break
    return trees


def _trivial(tree: ast.Module) -> bool:
    """A span naming one thing (`f`, `likes`, `0`) or punctuation (`{ }`, `[]`): prose, not code."""
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return False
    value = tree.body[0].value
    if isinstance(value, ast.Dict):
        return not value.keys
    if isinstance(value, (ast.List, ast.Tuple, ast.Set)):
        return not value.elts
    return isinstance(value, (ast.Name, ast.Constant))


def exercise_units(module: syllabus.Module) -> list[tuple[str, ast.AST, set[str]]]:
    """Hints of every problem, and the lesson try-its' solution functions: [(where, tree, defined)]."""
    try:
        declarations = importlib.import_module(module.exercises_module)
    except ModuleNotFoundError:
        return []
    source_file = Path(inspect.getfile(declarations))
    file_tree = ast.parse(source_file.read_text(encoding="utf-8"))
    top_level = bound_names(ast.Module(body=[n for n in file_tree.body
                                             if not isinstance(n, (ast.FunctionDef, ast.ClassDef))],
                                       type_ignores=[]))
    top_level |= {n.name for n in file_tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    units = []
    for set_name in ("lesson", "exercise"):
        problems = getattr(declarations, set_name, None)
        if problems is None:
            continue
        for problem in problems:
            for number, hint in enumerate(problem.hints, 1):
                for tree in hint_trees(hint):
                    units.append((f"hint {number} of {set_name} q.{problem.name}", tree, bound_names(tree)))
            solution = getattr(problem, "solution", None)
            if set_name == "lesson" and callable(solution) and hasattr(solution, "__code__"):
                node = _function_node(file_tree, solution)
                if node is not None:
                    _strip_annotations(node)  # type hints are the declaration file's, not the learner's
                    wrapped = ast.Module(body=[node] if isinstance(node, ast.stmt) else [ast.Expr(node)],
                                         type_ignores=[])
                    units.append((f"solution of lesson q.{problem.name} ({source_file.name})", wrapped,
                                  top_level | bound_names(wrapped)))
    return units


def _strip_annotations(node: ast.AST) -> None:
    for inner in ast.walk(node):
        if isinstance(inner, ast.arg):
            inner.annotation = None
        elif isinstance(inner, ast.FunctionDef):
            inner.returns = None


def _function_node(file_tree: ast.Module, func) -> ast.AST | None:
    """The answer's code: a top-level ``def`` or a ``lambda`` in the declarations file.

    A function made inside a helper (``_labeller(50, 20)`` builds right and wrong answers for
    the self-test) is checker machinery, not an answer shaped like the learner's: not parsed.
    """
    line, params = func.__code__.co_firstlineno, func.__code__.co_varnames[:func.__code__.co_argcount]
    for node in file_tree.body:
        if isinstance(node, ast.FunctionDef) and node.lineno == line and node.name == func.__name__:
            return node
    for node in ast.walk(file_tree):
        if isinstance(node, ast.Lambda) and node.lineno == line and tuple(a.arg for a in node.args.args) == tuple(params):
            return node
    return None


def module_uses(module: syllabus.Module, root: Path | None = None) -> list[Use]:
    uses: list[Use] = []
    folder = module.folder(root)
    defined_in_module: set[str] = set()
    for notebook, trees in notebook_units(module, folder):
        defined = set().union(*(bound_names(t) for _, t in trees)) if trees else set()
        defined_in_module |= defined
        for where, tree in trees:
            uses += [Use(module.id, where, c, n) for c, n in sorted(constructs(tree, defined))]
    for where, tree, defined in exercise_units(module):
        uses += [Use(module.id, where, c, n) for c, n in sorted(constructs(tree, defined | defined_in_module))]
    return uses


def ledger(modules: list[syllabus.Module]) -> dict[str, int]:
    """construct -> the number of the module that introduces it."""
    return {f"{category}:{name}": m.number
            for m in modules for category, names in m.introduces.items() for name in names}


def violations(modules: list[syllabus.Module]) -> dict[tuple[str, str], Use]:
    """(module id, construct) -> the first place it is used before being introduced."""
    taught = ledger(modules)
    found: dict[tuple[str, str], Use] = {}
    for module in modules:
        for use in module_uses(module):
            introduced = taught.get(use.construct)
            if introduced is None or introduced > module.number:
                found.setdefault((module.id, use.construct), use)
    return found


def read_gaps() -> dict[tuple[str, str], str]:
    if not GAPS_FILE.exists():
        return {}
    document = yaml.safe_load(GAPS_FILE.read_text(encoding="utf-8")) or {}
    return {(module, entry["construct"]): entry.get("where", "")
            for module, entries in document.items() for entry in entries or []}


def describe(use: Use, taught: dict[str, int]) -> str:
    introduced = taught.get(use.construct)
    when = f"introduced only in module {introduced:02d}" if introduced is not None else "introduced by no module"
    return f"{use.module} / {use.where}: {use.construct} ({when})"


# -- tests ---------------------------------------------------------------------------------------

MODULES = syllabus.load()


@pytest.fixture(scope="module")
def found():
    return violations(MODULES)


def test_nothing_is_used_before_it_is_taught(found):
    taught = ledger(MODULES)
    gaps = read_gaps()
    new = [describe(use, taught) for key, use in sorted(found.items()) if key not in gaps]
    assert not new, ("used before the module that teaches it -- teach it earlier, use something "
                     "already taught, or add it to `introduces:` of this module:\n  " + "\n  ".join(new))


def test_gaps_file_lists_only_real_gaps(found):
    stale = [f"{module}: {construct}" for module, construct in sorted(read_gaps()) if (module, construct) not in found]
    assert not stale, f"fixed -- remove from {GAPS_FILE.name}:\n  " + "\n  ".join(stale)


def lesson_markdown_constructs(module: syllabus.Module) -> set[str]:
    """Constructs a lesson shows in its prose: inline code like `max(likes)` in a table."""
    shown: set[str] = set()
    for lesson in module.lessons:
        path = module.folder() / lesson.notebook
        if not path.exists():
            continue
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "markdown":
                for tree in hint_trees("".join(cell["source"])):
                    shown |= {f"{c}:{n}" for c, n in constructs(tree, bound_names(tree))}
    return shown


def test_every_introduced_construct_is_used_in_its_module():
    """An ``introduces:`` entry its own module never shows (in code, or as code in a lesson's
    prose) is a typo or a lie."""
    unused = []
    for module in MODULES:
        used = {use.construct for use in module_uses(module)} | lesson_markdown_constructs(module)
        unused += [f"{module.id}: {category}:{name}" for category, names in module.introduces.items()
                   for name in names if f"{category}:{name}" not in used]
    assert not unused, "introduced but never used in that module:\n  " + "\n  ".join(unused)


# -- the extractor itself, on small known programs ----------------------------------------------

def test_extractor_sees_each_category():
    tree = ast.parse("import json as j\nrows = sorted(j.loads(s), key=len, reverse=True)\n"
                     "ok = x in rows and not y\nlabel = 'a' if ok else 'b'\n")
    got = constructs(tree, bound_names(tree))
    assert {("modules", "json"), ("names", "sorted"), ("names", "len"), ("attributes", "loads"),
            ("keywords", "key"), ("keywords", "reverse"), ("syntax", "In"), ("syntax", "BoolOp"),
            ("syntax", "And"), ("syntax", "Not"), ("syntax", "IfExp"), ("syntax", "Import")} <= got
    assert ("names", "rows") not in got and ("names", "j") not in got


def test_extractor_ignores_own_names_and_setup():
    tree = ast.parse("from academy import ____, data_path\nfrom academy.exercises.m04_functions import lesson as q\n"
                     "def total(price, shipping=0):\n    return price + shipping\n"
                     "total(1, shipping=2)\nq.total.check()\npath = data_path('x')\n")
    got = constructs(tree, bound_names(tree))
    assert not {c for c in got if c[0] in ("modules", "attributes", "keywords")}, got
    assert ("syntax", "FunctionDef") in got and ("syntax", "ImportFrom") not in got


def test_magics_are_not_concepts_but_a_written_script_is():
    assert not constructs(parse_cell("%matplotlib inline\n!ls"), set())
    got = constructs(parse_cell("%%writefile report.py\nimport sys\nprint(sys.argv)\n"), set())
    assert ("modules", "sys") in got and ("attributes", "argv") in got
    assert not any("magic" in name for _, name in got)


def test_hint_spans_that_are_code():
    trees = hint_trees("`if tag in counts:`로 나눠요. `counts.get(tag, 0)`은 0을 돌려줘요. `:,`는 쉼표예요.")
    got = set().union(*(constructs(t, {"tag", "counts"}) for t in trees))
    assert {("syntax", "If"), ("syntax", "In"), ("attributes", "get")} <= got


def test_a_use_before_its_module_is_caught(tmp_path):
    common = dict(title="t", summary="s", objectives=["o"], minutes=20, exercise_minutes=10, points=1,
                  lessons=(syllabus.Lesson("lesson.ipynb", 10),))
    late = syllabus.Module(id="01-values", **common,
                           introduces={"syntax": ["Assign", "Constant", "Name", "Call"], "names": ["print"]})
    early = syllabus.Module(id="00-start", **common, introduces={"syntax": ["BinOp"]})
    folder = tmp_path / "00-start"
    folder.mkdir()
    cell = {"cell_type": "code", "metadata": {}, "source": ["x = 1\n", "print(x)\n"], "outputs": [],
            "execution_count": None}
    for name, cells in (("lesson.ipynb", [cell]), ("exercise.ipynb", [])):
        (folder / name).write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}),
                                   encoding="utf-8")
    uses = module_uses(early, tmp_path)
    taught = ledger([early, late])
    before = {u.construct for u in uses if taught.get(u.construct, 99) > 0}
    assert {"syntax:Assign", "names:print", "syntax:Call"} <= before
