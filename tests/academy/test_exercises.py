"""Every declared check of every module, tested both ways, and the graded answers kept sealed.

Lesson sets carry their references: each ``solution`` is judged correct and each Mistake's
``example`` is judged incorrect *with that mistake's message*. Graded sets carry none: their
solution is taken from the source notebook (the seal command's executor,
:func:`academy.exercises.seal.run_reference`) and their wrong examples from
``tests/academy/graded_examples/mNN_slug.py``. No hint or message reveals an expected value, and
nothing a learner can import or read in the package holds a graded answer.
"""

from __future__ import annotations

import copy
import functools
import importlib
import inspect
import json
import types
from typing import Any

import pytest

from academy.admin import syllabus
from academy.checking import NO_EXAMPLE, Mistake, Problem, ProblemSet, Seal, canonical, result_of
from academy.exercises.seal import graded_examples, run_reference, seal_module

MODULES = syllabus.load()


def _problems(set_name: str):
    for module in MODULES:
        declarations = importlib.import_module(module.exercises_module)
        for problem in getattr(declarations, set_name):
            yield pytest.param(module, problem, id=f"{module.id}.{set_name}.{problem.name}")


LESSON_PROBLEMS = list(_problems("lesson"))
GRADED_PROBLEMS = list(_problems("exercise"))
MODULE_PARAMS = [pytest.param(m, id=m.id) for m in MODULES]


@functools.lru_cache(maxsize=None)
def reference(module_id: str) -> dict[str, Any]:
    """The source exercise notebook's namespace after its setup and solution cells."""
    return run_reference(module_id)


def slug(module) -> str:
    return module.exercises_module.rsplit(".", 1)[-1]


@functools.lru_cache(maxsize=None)
def wrong_examples(module_slug: str) -> dict[str, list]:
    return graded_examples(module_slug)


def solution_of(module, problem: Problem) -> Any:
    if problem.has_reference:  # a set not sealed yet
        return problem.solution
    return reference(module.id)[problem.name]


def examples_of(module, problem: Problem) -> list:
    if problem.has_reference:
        return [m.example for m in problem.mistakes]
    return wrong_examples(slug(module)).get(problem.name, [])


def expected_values(module, problem: Problem) -> list[Any]:
    """What a right answer gives: the value, or the results for each declared input."""
    if problem.expected is not None and problem.has_reference and not problem.is_function:
        return [problem.expected] if problem.accept is None else []
    if problem.cases:
        return [e for _, e in problem.cases]
    answer = reference(module.id).get(problem.name)
    if problem.is_function:
        values = []
        for args in problem.inputs:
            try:
                values.append(result_of(answer, *args))
            except Exception:
                pass
        return values
    return [answer]


# -- both ways -------------------------------------------------------------------------------

def _both_ways(problem: Problem, solution: Any, examples: list) -> None:
    outcome = problem.evaluate(solution)
    assert outcome.kind == "correct", outcome.message
    assert problem.hints, f"{problem.name}: declare at least one hint"
    assert len(examples) == len(problem.mistakes), \
        f"{problem.name}: {len(problem.mistakes)} mistakes but {len(examples)} wrong examples"
    for mistake, example in zip(problem.mistakes, examples):
        outcome = problem.evaluate(example)
        assert outcome.kind == "incorrect", f"{problem.name}: example {example!r} was not rejected"
        assert mistake.say in outcome.message, \
            f"{problem.name}: {example!r} got another message: {outcome.message}"


def lesson_solution_of(module, problem: Problem) -> Any:
    """A lesson try-it's reference: in the package, unless it would also answer a graded part --
    then it lives with the tests (``LESSON`` in tests/academy/graded_examples/<slug>.py)."""
    if problem.solution is not NO_EXAMPLE:
        return problem.solution
    return graded_examples(slug(module), "LESSON")[problem.name]


@pytest.mark.parametrize("module, problem", LESSON_PROBLEMS)
def test_lesson_check_both_ways(module, problem):
    _both_ways(problem, lesson_solution_of(module, problem), [m.example for m in problem.mistakes])


@pytest.mark.parametrize("module, problem", GRADED_PROBLEMS)
def test_graded_check_both_ways(module, problem):
    """The source notebook's solution passes; each wrong example kept with the tests is rejected
    with its own mistake's message."""
    _both_ways(problem, solution_of(module, problem), examples_of(module, problem))


@pytest.mark.parametrize("module", MODULE_PARAMS)
def test_graded_sets_are_sealed_and_current(module):
    exercise = importlib.import_module(module.exercises_module).exercise
    assert exercise.seal is not None, f"{module.id}: the graded set is not sealed"
    assert not any(p.has_reference for p in exercise), f"{module.id}: a graded problem carries its answer"
    result = seal_module(module.id, check=True)
    assert result.status == "current", f"{module.id}: run `academy exercises seal {module.id}`"


# -- messages never reveal the answer ------------------------------------------------------------

def _revealing_forms(value: Any) -> set[str]:
    if isinstance(value, bool) or value is None:
        return set()
    if isinstance(value, int) and abs(value) >= 100:
        return {str(value), f"{value:,}"}
    if isinstance(value, float) and not value.is_integer():
        return {repr(value), repr(round(value, 2))}
    if isinstance(value, str) and len(value) >= 4:
        return {value}
    if isinstance(value, (list, tuple, dict)) and value:
        return {repr(value), json.dumps(value, ensure_ascii=False)} if _is_plain(value) else set()
    return set()


def _is_plain(value: Any) -> bool:
    if isinstance(value, (list, tuple)):
        return all(_is_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_plain(v) for k, v in value.items())
    return isinstance(value, (str, int, float, bool)) or value is None


@pytest.mark.parametrize("module, problem", LESSON_PROBLEMS + GRADED_PROBLEMS)
def test_messages_never_reveal_the_answer(module, problem):
    forms = set().union(set(), *(_revealing_forms(v) for v in expected_values(module, problem)))
    texts = list(problem.hints) + [m.say for m in problem.mistakes]
    for form in forms:
        for text in texts:
            assert form not in text, f"{problem.name}: {text!r} reveals the answer"


# -- the package reveals no graded answer ----------------------------------------------------------

_LEAVES = (str, bytes, int, float, bool, complex, type(None), type, types.ModuleType, types.BuiltinFunctionType)


def reachable(root: Any, package: str = "academy", limit: int = 50_000) -> list[Any]:
    """Every object a learner reaches from ``root`` by following fields, containers, defaults,
    closures, code constants and the module globals a function's code names (within ``package``).
    """
    seen: dict[int, Any] = {}
    stack = [root]
    while stack and len(seen) < limit:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen[id(obj)] = obj
        if isinstance(obj, _LEAVES):
            continue
        if isinstance(obj, ProblemSet):
            stack.extend(obj)
            stack.append(obj.seal)
        elif isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
        elif isinstance(obj, (list, tuple, set, frozenset)):
            stack.extend(obj)
        elif isinstance(obj, functools.partial):
            stack.extend([obj.func, obj.args, obj.keywords])
        elif isinstance(obj, types.MethodType):
            stack.extend([obj.__func__, obj.__self__])
        elif isinstance(obj, types.FunctionType):
            if not (obj.__module__ or "").startswith(package):
                continue
            stack.extend([obj.__defaults__ or (), obj.__kwdefaults__ or {}, obj.__code__])
            stack.extend(cell.cell_contents for cell in obj.__closure__ or () if _filled(cell))
            stack.extend(obj.__globals__[n] for n in _names(obj.__code__) if n in obj.__globals__)
        elif isinstance(obj, types.CodeType):
            stack.extend(obj.co_consts)
        elif type(obj).__module__.startswith("pandas") or type(obj).__module__.startswith("numpy"):
            continue  # a table is a leaf: compared as a whole
        elif hasattr(obj, "__dict__") and type(obj).__module__.startswith(package):
            stack.extend(vars(obj).values())
    return list(seen.values())


def _filled(cell) -> bool:
    try:
        cell.cell_contents
    except ValueError:
        return False
    return True


def _names(code: types.CodeType) -> set[str]:
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _names(const)
    return names


def _revealing(value: Any) -> bool:
    """Expected values worth hiding: not ``0``, ``True``, ``[]``, a small whole number or a short
    label the problem statement names anyway ("인기", "보통")."""
    if value is None or isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return abs(value) >= 100 or not float(value).is_integer()
    if isinstance(value, str):
        return len(value) >= 4
    try:
        return len(value) > 0
    except TypeError:
        return True


def revealed_answers(module_source: str, exercise: ProblemSet, expected: dict[str, list[Any]]) -> list[str]:
    """What of the graded answers a learner can read in ``module_source`` or reach from
    ``exercise``: expected values (as text or objects) and callables the check judges correct."""
    found = []
    given = _given(exercise)
    objects = reachable(exercise)
    canon_objects = {}
    for obj in objects:
        try:
            canon_objects.setdefault(canonical(obj), obj)
        except Exception:
            pass
    for problem in exercise:
        for value in expected.get(problem.name, []):
            if not _revealing(value) or _canon_or_none(value) in given["objects"]:
                continue  # a value that is one of the visible inputs reveals nothing
            for form in _revealing_forms(value):
                if form in module_source and form not in given["text"]:
                    found.append(f"{problem.name}: the source text holds {form!r}")
            try:
                key = canonical(problem.comparable(value))
            except Exception:
                continue
            if key in canon_objects or canonical(value) in canon_objects:
                found.append(f"{problem.name}: an object reachable from the set equals {_brief(value)}")
        if problem.is_function:
            for obj in objects:
                if isinstance(obj, types.FunctionType) and _judged_correct(problem, obj):
                    found.append(f"{problem.name}: {obj.__qualname__} is a reference solution")
    return found


def _brief(value: Any) -> str:
    text = " ".join(repr(value).split())
    return text if len(text) <= 80 else text[:77] + "..."


def _canon_or_none(value: Any) -> str | None:
    try:
        return canonical(value)
    except Exception:
        return None


def _given(exercise: ProblemSet) -> dict[str, Any]:
    """What the notebook shows anyway: the declared inputs (as objects and as source text)."""
    inputs = [p.inputs for p in exercise]
    objects = {_canon_or_none(o) for o in reachable(inputs)}
    return {"objects": objects, "text": " ".join(repr(i) for i in inputs)}


def _judged_correct(problem: Problem, candidate: Any) -> bool:
    try:
        return copy.copy(problem).evaluate(candidate).kind == "correct"
    except Exception:
        return False


@pytest.mark.parametrize("module", MODULE_PARAMS)
def test_package_reveals_no_graded_answer(module):
    """Neither the module's source text nor any object reachable from its ``exercise`` set
    (problem fields, mistakes, closures, defaults, code constants, module globals they use)
    holds a graded problem's expected value or result, or a function the check accepts."""
    declarations = importlib.import_module(module.exercises_module)
    expected = {p.name: expected_values(module, p) for p in declarations.exercise}
    assert revealed_answers(inspect.getsource(declarations), declarations.exercise, expected) == []


def test_the_detector_finds_answers_the_old_way_shipped():
    """The detector above is not blind: a set declared the pre-seal way (``cases=`` with
    computed results, ``solution=``, a module-level reference) is caught on each count."""
    source = '''
def _double(x):
    return x * 2

exercise = ProblemSet([
    Problem("double", cases=[((x,), _double(x)) for x in (150, 250)], solution=_double,
            hints=["h"], mistakes=[Mistake(when=lambda f: f(150) == 150 + 2, say="s", example=lambda x: x + 2)]),
    Problem("label", expected="1,500원 " + "받았어요", hints=["h"]),
], graded=True)
'''
    namespace = {"__name__": "academy.exercises.m99_planted", "ProblemSet": ProblemSet, "Problem": Problem,
                 "Mistake": Mistake}
    exec(compile(source, "<planted>", "exec"), namespace)
    found = revealed_answers(source, namespace["exercise"],
                             {"double": [300, 500], "label": ["1,500원 받았어요"]})
    assert any("double: an object reachable" in f for f in found)
    assert any("_double is a reference solution" in f for f in found)
    assert any("label: an object reachable" in f for f in found)


# Learner code: what can a learner's own Python get out of the graded sets? Every function the
# declaration module holds, every constant expression its source writes (``35000 * 8`` too),
# every value the problems and mistakes carry -- each tried against the check itself. Prints
# the ones the check accepts. (Value problems with a property check, any name at all, excepted.)
PROBE = r"""
import ast, copy, importlib, importlib.util, json, sys, types

def constants(source):
    allowed = (ast.Constant, ast.BinOp, ast.UnaryOp, ast.Tuple, ast.List, ast.Dict, ast.Set,
               ast.operator, ast.unaryop, ast.Load)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.expr) and all(isinstance(n, allowed) for n in ast.walk(node)):
            try:
                yield eval(compile(ast.Expression(node), "<constant>", "eval"), {"__builtins__": {}})
            except Exception:
                pass

def fields(obj):
    try:
        return list(vars(obj).values())
    except TypeError:
        return []

def expected_type(problem):
    try:
        return problem.seal.expected_types(problem)[0]["type"]
    except Exception:
        return type(getattr(problem, "expected", None)).__name__

def fits(candidate, type_name):
    numbers = ("int", "float", "int64", "float64")
    if type_name in numbers:  # a small whole number is found by trying them all: not a leak
        return (isinstance(candidate, (int, float)) and not isinstance(candidate, bool)
                and (abs(candidate) >= 100 or not float(candidate).is_integer()))
    return type(candidate).__name__ == type_name

found = []
for name, path in json.loads(sys.argv[1]):
    if path:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    else:
        module = importlib.import_module(name)
    with open(module.__file__, encoding="utf-8") as f:
        source = f.read()
    functions = [v for v in vars(module).values() if isinstance(v, types.FunctionType)]
    values = list(constants(source)) + [v for v in vars(module).values()
                                        if not callable(v) and not isinstance(v, types.ModuleType)]
    for problem in module.exercise:
        carried = fields(problem) + [x for m in problem.mistakes for x in fields(m)]
        carried += [x for case in getattr(problem, "cases", ()) for x in case]
        if problem.is_function:
            pool = functions + [x for x in carried if isinstance(x, types.FunctionType)]
        elif getattr(problem, "accept", None) is not None:
            continue
        else:
            type_name = expected_type(problem)
            pool = [v for v in values + carried if fits(v, type_name)]
        for candidate in pool:
            try:
                verdict = copy.copy(problem).evaluate(candidate).kind
            except Exception:
                continue
            if verdict == "correct":
                label = getattr(candidate, "__qualname__", None) or " ".join(repr(candidate).split())[:60]
                found.append(f"{name.rsplit('.', 1)[-1]}.{problem.name}: {label}")
                break
print(json.dumps(found, ensure_ascii=False))
"""


def probe_as_learner(modules: list[tuple[str, str | None]]) -> list[str]:
    """Run :data:`PROBE` as a throw-away learner Unix account (its uid and gid, no other groups)
    with a Python every learner may run; return what it found."""
    import os
    import pwd
    import secrets
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    from academy.hub import unix_accounts, data_root

    if os.geteuid() != 0:
        pytest.skip("needs root: creates a learner Unix account")
    base = Path(tempfile.mkdtemp(prefix="sca-probe-", dir="/tmp"))
    os.chmod(base, 0o755)
    name = f"sca-probe-{secrets.token_hex(3)}"
    home_root = base / "home"
    home_root.mkdir(mode=0o755)
    try:
        python = data_root.build_runtime({"hub": {"data_root": str(base / "data")}})
        unix_accounts.ensure_unix_user(name, home_root)
        entry = pwd.getpwnam(name)
        result = subprocess.run(
            [str(python), "-c", PROBE, json.dumps(modules)], user=entry.pw_uid, group=entry.pw_gid,
            extra_groups=[], cwd=entry.pw_dir, capture_output=True, text=True, timeout=900,
            env={"PATH": "/usr/bin:/bin", "HOME": entry.pw_dir, "LANG": "C.UTF-8", "MPLBACKEND": "Agg"})
    finally:
        unix_accounts.remove_unix_user(name)
        shutil.rmtree(base, ignore_errors=True)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_a_learner_account_gets_no_graded_answer_out_of_the_package():
    """As a learner's Unix account, learner code that tries every function, constant and carried
    value of each module's declarations against the graded checks gets none accepted."""
    modules = [(m.exercises_module, None) for m in MODULES]
    assert probe_as_learner(modules) == []


def test_sealed_check_needs_no_reference_and_is_fast_enough_to_feel_instant():
    """A sealed set works with the digests alone (a fresh Seal from the written JSON)."""
    module = next(m for m in MODULES if m.id == "04-functions")
    exercise = importlib.import_module(module.exercises_module).exercise
    fresh = Seal("04-functions", json.loads(exercise.seal.path.read_text(encoding="utf-8")))
    problem = copy.copy(exercise.engagement_rate)
    problem.seal = fresh
    assert problem.evaluate(reference("04-functions")["engagement_rate"]).kind == "correct"
    assert "퍼센트" in problem.evaluate(wrong_examples("m04_functions")["engagement_rate"][2]).message


def test_seal_check_reports_a_stale_file_and_the_cli_exits_1(tmp_path, monkeypatch, capsys):
    """``academy exercises seal --check``: exit 0 when current; a tampered sealed file is 'stale'
    (exit 1, nothing written); sealing again restores it."""
    from academy.admin.cli import main

    exercise = importlib.import_module("academy.exercises.m02_collections").exercise
    copy_path = tmp_path / "02-collections.json"
    data = json.loads(exercise.seal.path.read_text(encoding="utf-8"))
    data["problems"]["week_total"]["results"][0]["digest"] = "0" * 32
    copy_path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(exercise.seal, "path", copy_path)
    assert main(["exercises", "seal", "--check", "02-collections"]) == 1
    assert "stale" in capsys.readouterr().out
    assert json.loads(copy_path.read_text(encoding="utf-8")) == data
    assert main(["exercises", "seal", "02-collections"]) == 0
    assert main(["exercises", "seal", "--check", "02-collections"]) == 0
