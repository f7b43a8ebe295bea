"""Instant checks: an exercise is data, the checking logic is written once (here).

A module's checks are declared in ``academy/exercises/mNN_slug.py`` as ``Problem`` objects
collected in a ``ProblemSet``; notebooks import the set as ``q`` and call ``q.<name>.check()``.
Three outcomes, each rendered from ``academy/messages/ko/``:

* not attempted  -- the name is missing, still ``____``, or raises ``NotImplementedError``;
* incorrect      -- with the likely cause (a declared ``Mistake``, a wrong type, a missing
                    ``return`` ...), never the expected value;
* correct.

Lesson problems show their verdict as a labelled box (``정답이에요`` / ``다시 봐요`` /
``아직 답이 없어요``, :class:`academy.messages.notice.Notice`: HTML in a notebook, plain text
elsewhere); graded problems (``graded=True``, used in nbgrader test cells) raise ``CheckFailed``
-- an ``AssertionError`` whose traceback shows only the Korean message in plain text (its label
first, no markup) -- so nbgrader scores the cell 0.

>>> fee = Problem("fee", expected=45000, hints=["수강생 수 × 1인 수강료"])
>>> fee.evaluate(45000).kind
'correct'
>>> fee.evaluate("45000").kind
'incorrect'
>>> fee.evaluate(____).kind
'not_attempted'

Lesson try-its vs graded exercises
----------------------------------
A *lesson* set may carry its reference (``expected=``, ``cases=``, ``solution=``): lesson
try-its are practice, like learntools' ``solution()``, and a learner who reads the package
learns nothing that is graded. A *graded* set (``graded=True``) carries no answer at all. Its
problems name what is compared, and the expected results live only as slow keyed digests in
``academy/exercises/sealed/<module id>.json``::

    exercise = ProblemSet([
        # function problem: the learner's function is called on `inputs`, the results are
        # compared with the sealed digests of the reference results on the same inputs
        Problem("engagement_rate", inputs=[(45, 5, 1000), (10, 2, 0)],
                hints=[...],
                mistakes=[Mistake(when=lambda f: raises(f, 10, 2, 0, error=ZeroDivisionError), say="..."),
                          Mistake(gives=((45, 5, 1000), "no_percent"), say="...")]),
        # value problem: the learner's variable is compared with a sealed digest
        Problem("december_revenue", hints=[...]),
        # property problem: no reference at all (any non-empty name, a chart that shows its data)
        Problem("my_name", accept=lambda v: isinstance(v, str) and v.strip() != ""),
    ], graded=True, sealed="04-functions")

``academy exercises seal MODULE`` writes the digests from the ONE copy of the reference, the
source notebook ``curriculum/<id>/exercise.ipynb`` (its setup and solution cells, executed in
order in a fresh namespace; see :mod:`academy.exercises.seal`); ``--check`` exits 1 when they
are stale. Hidden tests in the source notebook pass their own cases,
``q.engagement_rate.check(cases=[(args, expected)])``; those never reach the package.

Mistakes in graded sets recognise a *property* (``when=``: a type, a length, ``None``, an
error, one known wrong number) -- never a rebuilt answer or near-answer. A mistake that only a
near-answer reveals is sealed too: ``Mistake(gives="key")`` (value problems) or
``Mistake(gives=(args, "key"))`` (function problems: the learner's result for ``args``) matches
the digest of the wrong example kept with the tests
(``tests/academy/graded_examples/mNN_slug.py``, ``WRONG = {name: [one example per mistake]}``).

Digests compare what :func:`same_value` compares: numbers by value (rounded to 10 significant
digits, so ``45000 == 45000.0`` and float noise vanish), containers with their type, pandas
tables by labels and values (dtype-lenient, names ignored); ``compare_as=`` normalises both
sides first (e.g. ``str.strip``). The hash is PBKDF2-HMAC-SHA256 keyed by the module, problem
and slot, with ``DIGEST_ITERATIONS`` rounds: one digest costs ~2.5 ms here (a check of four
inputs ~10 ms), so trying a million candidate answers for one slot costs ~40 CPU-minutes, and
precomputed tables do not carry over between slots or modules (the salt differs). The
trade-off: a digest of a small integer or a yes/no can still be found by trying every candidate
(and the check itself answers such guesses) -- more effort than solving the exercise, but not
impossible. The expected *type* name is stored in clear, so "wrong type" messages work.

>>> problems = [Problem("total", hints=["h"]), Problem("double", inputs=[(2,), (0,)], hints=["h"])]
>>> seal = Seal.build("demo", problems, reference={"total": 45000, "double": lambda x: x * 2})
>>> q = ProblemSet(problems, graded=True, sealed=seal)
>>> q.total.evaluate(45000.0).kind, q.total.evaluate(44000).kind
('correct', 'incorrect')
>>> q.double.evaluate(lambda x: x + x).kind, q.double.evaluate(lambda x: x + 2).kind
('correct', 'incorrect')
"""

from __future__ import annotations

import copy
import hashlib
import inspect
import json
import math
import numbers
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from academy.messages import catalogue, say, type_name
from academy.messages.notice import Notice

__all__ = ["____", "Mistake", "Problem", "ProblemSet", "Outcome", "CheckFailed", "same_value", "result_of", "raises",
           "Seal", "canonical", "digest", "DIGEST_ITERATIONS", "SEALED_DIR", "NO_EXAMPLE"]


class _Placeholder:
    """The blank learners replace: ``fee = ____``. Any use of it is 'not attempted'."""

    _instance: "_Placeholder | None" = None

    def __new__(cls) -> "_Placeholder":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"


____ = _Placeholder()
_MISSING = object()
NO_EXAMPLE = _MISSING  # ``Mistake(example=NO_EXAMPLE)``: the example lives with the tests (graded sets)


class CheckFailed(AssertionError):
    """Raised by graded checks. Jupyter shows only the Korean message, not a traceback."""

    def _render_traceback_(self) -> list[str]:
        return [f"\x1b[0;31m{line}\x1b[0m" for line in str(self).splitlines()]


@dataclass(frozen=True)
class Outcome:
    kind: str  # "correct" | "incorrect" | "not_attempted"
    message: str  # the message lines in catalogue markup (`code` spans), one per line
    mistake: int | None = None  # which of the problem's declared mistakes it shows (the class dashboard counts them)

    @property
    def passed(self) -> bool:
        return self.kind == "correct"

    @property
    def notice(self) -> Notice:
        """The verdict as shown: a rich box with its text label, plain text outside notebooks."""
        return Notice(self.kind, say(f"check.label_{self.kind}"), tuple(self.message.split("\n")))

    @property
    def text(self) -> str:
        """The verdict as plain text (what nbval, a terminal and the feedback page read)."""
        return self.notice.text()


@dataclass(frozen=True)
class Mistake:
    """A typical wrong answer and its likely cause (``say``), recognised in one of two ways:

    when     ``when(answer)`` is true: a property of the answer (the learner's value, or their
             function for function problems) -- a type, a length, ``None``, an error, one known
             wrong number. Never a rebuilt answer or near-answer in graded sets.
    gives    sealed near-answer (graded sets): ``"key"`` for a value problem (the answer equals
             that wrong example), ``(args, "key")`` for a function problem (the learner's result
             for ``args`` equals the wrong example's). ``academy exercises seal`` digests it from
             the wrong example kept with the tests.

    ``example`` (lesson sets) is a wrong answer that shows the mistake; the test suite checks
    that it is recognised, so every declared message is proven reachable. Graded sets keep their
    examples with the tests instead (``tests/academy/graded_examples/``).
    """

    when: Callable[[Any], bool] | None = None
    say: str = ""
    example: Any = _MISSING
    gives: str | tuple[tuple, str] | None = None

    def __post_init__(self) -> None:
        if not self.say:
            raise ValueError("Mistake: say= is required")
        if (self.when is None) == (self.gives is None):
            raise ValueError(f"Mistake {self.say[:30]!r}: give exactly one of when= or gives=")
        if isinstance(self.gives, tuple) and not (len(self.gives) == 2 and isinstance(self.gives[0], tuple)
                                                  and isinstance(self.gives[1], str)):
            raise ValueError(f"Mistake {self.say[:30]!r}: gives= is 'key' or ((args...), 'key')")

    @property
    def key(self) -> str | None:
        """The sealed near-answer's key (``gives``), if any."""
        if self.gives is None:
            return None
        return self.gives if isinstance(self.gives, str) else self.gives[1]


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def same_value(answer: Any, expected: Any) -> bool:
    """Strict equality that an object with a rigged ``__eq__`` cannot fool.

    Numbers compare by value (``45000 == 45000.0``, floats approximately); everything else
    must have exactly the expected type before ``==`` is asked.
    """
    if _is_number(expected):
        if not _is_number(answer):
            return False
        if isinstance(expected, float) or isinstance(answer, float):
            return math.isclose(float(answer), float(expected), rel_tol=1e-9, abs_tol=1e-9)
        return int(answer) == int(expected)
    if type(answer) is not type(expected):
        return False
    if isinstance(expected, (list, tuple)):
        return len(answer) == len(expected) and all(same_value(a, e) for a, e in zip(answer, expected))
    if isinstance(expected, dict):
        return answer.keys() == expected.keys() and all(same_value(answer[k], expected[k]) for k in expected)
    return bool(expected == answer)


def result_of(func: Callable, *args: Any) -> Any:
    """What ``func`` returns for deep copies of ``args``: the learner's function cannot change the
    caller's data. Errors propagate -- inside a ``Mistake.when`` that means 'not this mistake'.

    >>> rows = [3, 1, 2]
    >>> result_of(lambda r: r.sort() or r, rows), rows
    ([1, 2, 3], [3, 1, 2])
    """
    return func(*copy.deepcopy(args))


def raises(func: Callable, *args: Any, error: type[BaseException] | tuple[type[BaseException], ...] = Exception) -> bool:
    """Whether calling ``func`` on deep copies of ``args`` raises ``error`` (any other exception
    propagates, as in :func:`result_of`).

    >>> raises(int, "1,234원", error=ValueError), raises(int, "1234")
    (True, False)
    """
    try:
        func(*copy.deepcopy(args))
    except error:
        return True
    return False


# -- sealed answers: canonical form + slow keyed digest ------------------------------------

DIGEST_ITERATIONS = 5000  # PBKDF2 rounds: ~2-3 ms per digest here; stored in each sealed file
SEALED_DIR = Path(__file__).resolve().parent / "exercises" / "sealed"
_SIGNIFICANT = 10  # numbers are compared rounded to this many significant digits
_SEAL_FORMAT = 1


def _canon_number(value: Any) -> str:
    number = float(value)
    if math.isnan(number):
        return "nan"
    if math.isinf(number):
        return "inf" if number > 0 else "-inf"
    if number == 0:
        return "0"
    return format(number, f".{_SIGNIFICANT}g")


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return type(value).__name__ in {"NaTType", "NAType"}


def _canon_cell(value: Any) -> str:
    """A table cell: None, NaN, NaT and NA are all 'missing', as pandas' own comparison sees them."""
    return "null" if _is_null(value) else canonical(value)


def _is_pandas(value: Any, *names: str) -> bool:
    return type(value).__module__.startswith("pandas") and any(
        cls.__name__ in names for cls in type(value).__mro__)


def canonical(value: Any) -> str:
    """One text per answer, equal exactly when :func:`same_value` (or m06's ``same_series`` /
    ``same_frame``, dtype-lenient) would call two answers equal.

    >>> canonical(45000) == canonical(45000.0) == canonical(45000.000000000004)
    True
    >>> canonical([1, "a"]) == canonical((1, "a")), canonical(True) == canonical(1)
    (False, False)
    >>> canonical({"b": 2, "a": 1}) == canonical({"a": 1, "b": 2})
    True
    >>> import pandas as pd
    >>> canonical(pd.Series([3500, 800], index=["소금빵", "단팥빵"])) == canonical(
    ...     pd.Series([3500.0, 800.0], index=["소금빵", "단팥빵"], name="금액"))
    True
    """
    if value is None:
        return "None"
    if isinstance(value, bool):
        return f"bool:{value}"
    if _is_number(value):
        return "num:" + _canon_number(value)
    if isinstance(value, str):
        return "str:" + json.dumps(value, ensure_ascii=False)
    if isinstance(value, (bytes, bytearray)):
        return "bytes:" + bytes(value).hex()
    if isinstance(value, (list, tuple)):
        return f"{type(value).__name__}[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        items = sorted(canonical(k) + "=" + canonical(v) for k, v in value.items())
        return f"{type(value).__name__}{{" + ",".join(items) + "}"
    if isinstance(value, (set, frozenset)):
        return f"{type(value).__name__}{{" + ",".join(sorted(canonical(v) for v in value)) + "}"
    if _is_pandas(value, "DataFrame"):
        columns = [canonical(c) for c in value.columns]
        cells = ["[" + ",".join(_canon_cell(v) for v in value[c].tolist()) + "]"
                 for c in value.columns] if value.columns.is_unique else \
                ["[" + ",".join(_canon_cell(v) for v in row) + "]" for row in value.itertuples(index=False)]
        return ("DataFrame(columns=[" + ",".join(columns) + "],index=" + canonical(value.index)
                + ",cells=[" + ",".join(cells) + "])")
    if _is_pandas(value, "Series"):
        return ("Series(index=" + canonical(value.index) + ",values=["
                + ",".join(_canon_cell(v) for v in value.tolist()) + "])")
    if _is_pandas(value, "Index"):
        return "Index[" + ",".join(_canon_cell(v) for v in value.tolist()) + "]"
    if type(value).__module__ == "numpy" and hasattr(value, "tolist"):
        return f"array{tuple(getattr(value, 'shape', ()))}:" + canonical(value.tolist())
    if hasattr(value, "isoformat") and not _is_null(value):
        return "time:" + value.isoformat()
    if _is_null(value):
        return "null"
    return f"{type(value).__module__}.{type(value).__qualname__}:{value!r}"


def digest(value: Any, salt: str, iterations: int = DIGEST_ITERATIONS) -> str:
    """The slow keyed hash of ``canonical(value)`` (PBKDF2-HMAC-SHA256, 128 bits, hex)."""
    return hashlib.pbkdf2_hmac("sha256", canonical(value).encode("utf-8"), salt.encode("utf-8"),
                               iterations, dklen=16).hex()


def _fingerprint(inputs: Sequence[tuple]) -> str:
    """A quick hash of the declared inputs: a sealed file made for other inputs is stale. A file
    path counts by its last two parts, so a sample file found elsewhere (another install) matches."""
    def portable(value: Any) -> Any:
        if isinstance(value, os.PathLike):
            return "path:" + "/".join(Path(value).parts[-2:])
        if isinstance(value, (list, tuple)):
            return type(value)(portable(v) for v in value)
        return value
    return hashlib.sha256(canonical([portable(tuple(args)) for args in inputs]).encode("utf-8")).hexdigest()[:16]


def _type_key(value: Any) -> dict[str, Any]:
    return {"type": type(value).__name__, "number": _is_number(value)}


class Seal:
    """The sealed digests of one module's graded set: ``academy/exercises/sealed/<id>.json``,
    read on first use (so importing a set never needs it), written by ``academy exercises seal``.
    """

    def __init__(self, module_id: str, data: Mapping[str, Any] | None = None, *, path: Path | None = None):
        self.module_id = module_id
        self.path = path or SEALED_DIR / f"{module_id}.json"
        self._data = dict(data) if data is not None else None
        self._current: set[tuple[str, int]] = set()  # (problem, id(inputs)) whose fingerprint matched

    def __repr__(self) -> str:
        return f"Seal({self.module_id!r})"

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            if not self.path.is_file():
                raise RuntimeError(f"no sealed answers for {self.module_id} ({self.path}): "
                                   f"run `academy exercises seal {self.module_id}`")
            self._data = json.loads(self.path.read_text(encoding="utf-8"))
        return self._data

    def _entry(self, problem: "Problem") -> dict[str, Any]:
        try:
            entry = self.data["problems"][problem.name]
        except KeyError:
            raise RuntimeError(f"{self.module_id}: {problem.name!r} is not sealed: "
                               f"run `academy exercises seal {self.module_id}`") from None
        key = (problem.name, id(problem.inputs))
        if key not in self._current:
            if entry.get("inputs") != _fingerprint(problem.inputs):
                raise RuntimeError(f"{self.module_id}: sealed answers of {problem.name!r} are stale: "
                                   f"run `academy exercises seal {self.module_id}`")
            self._current.add(key)
        return entry

    def _salt(self, problem: str, slot: str) -> str:
        return f"{self.data['salt']}|{self.module_id}|{problem}|{slot}"

    def expected_types(self, problem: "Problem") -> list[dict[str, Any]]:
        """The expected result's type per slot (one per input, or one for a value)."""
        return [{"type": r["type"], "number": r["number"]} for r in self._entry(problem)["results"]]

    def matches(self, problem: "Problem", slot: int, value: Any) -> bool:
        result = self._entry(problem)["results"][slot]
        return digest(value, self._salt(problem.name, f"result{slot}"), self.data["iterations"]) == result["digest"]

    def matches_near(self, problem: "Problem", key: str, value: Any) -> bool:
        sealed = self._entry(problem).get("near", {}).get(key)
        return sealed is not None and digest(
            value, self._salt(problem.name, f"near:{key}"), self.data["iterations"]) == sealed

    # -- writing (the seal command) ------------------------------------------------------------
    @classmethod
    def build(cls, module_id: str, problems: Iterable["Problem"], reference: Mapping[str, Any],
              wrong: Mapping[str, Sequence[Any]] | None = None, *, salt: str | None = None,
              iterations: int = DIGEST_ITERATIONS) -> "Seal":
        """Digest each problem's reference (``reference[name]``: the value, or the function that
        is called on each declared input) and each ``gives`` mistake's wrong example
        (``wrong[name][i]`` for mistake ``i``). Property problems (``accept=``) get no digest."""
        seal = cls(module_id, {"module": module_id, "format": _SEAL_FORMAT, "hash": "pbkdf2_hmac-sha256",
                               "iterations": iterations, "salt": salt or os.urandom(16).hex(), "problems": {}})
        for problem in problems:
            near_mistakes = [(i, m) for i, m in enumerate(problem.mistakes) if m.gives is not None]
            if problem.accept is not None and not near_mistakes:
                continue
            entry: dict[str, Any] = {"inputs": _fingerprint(problem.inputs), "results": [], "near": {}}
            if problem.accept is None:
                if problem.name not in reference:
                    raise KeyError(f"{module_id}: the reference does not define {problem.name!r}")
                answer = reference[problem.name]
                values = [result_of(answer, *args) for args in problem.inputs] if problem.is_function else [answer]
                for slot, value in enumerate(values):
                    entry["results"].append({**_type_key(value), "digest": digest(
                        problem.comparable(value), seal._salt(problem.name, f"result{slot}"), iterations)})
            for index, mistake in near_mistakes:
                examples = (wrong or {}).get(problem.name, [])
                if index >= len(examples):
                    raise KeyError(f"{module_id}: no wrong example for mistake {index} of {problem.name!r}")
                example = examples[index]
                value = result_of(example, *mistake.gives[0]) if isinstance(mistake.gives, tuple) else example
                entry["near"][mistake.key] = digest(problem.comparable(value),
                                                    seal._salt(problem.name, f"near:{mistake.key}"), iterations)
            seal.data["problems"][problem.name] = entry
        return seal

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _short_repr(value: Any) -> str:
    """One short line naming an argument: tables by their size, not their whole contents."""
    shape = getattr(value, "shape", None)
    if shape is not None and hasattr(value, "columns") and len(shape) == 2:
        return f"<표 {shape[0]}행 × {shape[1]}열>"
    if shape is not None and hasattr(value, "index") and len(shape) == 1:
        return f"<시리즈 {shape[0]}개>"
    text = " ".join(repr(value).split())
    return text if len(text) <= 40 else text[:37] + "..."


def _format_args(args: Sequence[Any]) -> str:
    shown = ", ".join(_short_repr(a) for a in args)
    return shown if len(shown) <= 80 else shown[:77] + "..."


@dataclass
class _Expect:
    """What one comparison expects: how to match, and the expected type (for the message)."""

    matches: Callable[[Any], bool]
    type: str | None = None  # the expected value's type name; None: unknown (property checks)
    number: bool = False

    @classmethod
    def of(cls, expected: Any, matches: Callable[[Any], bool]) -> "_Expect":
        return cls(matches, type(expected).__name__, _is_number(expected))


@dataclass
class Problem:
    """One checkable answer: a variable or a function.

    name        the variable or function the learner defines
    expected    the right value (lesson value problems); never shown to the learner
    cases       ``[(args_tuple, expected_result), ...]`` (lesson function problems)
    inputs      ``[args_tuple, ...]`` (graded function problems): results compared with sealed
                digests, or judged by ``accept``
    accept      a property check instead of a reference: ``accept(answer)`` for a value,
                ``accept(result, *args)`` for each input of a function
    (none)      a graded value problem compared with its sealed digest
    hints       ordered, each more specific than the last, none of them the answer
    mistakes    typical wrong answers with the Korean cause to show
    solution    a correct answer for the lesson self-test (defaults to ``expected``)
    compare     equality for ``expected``/``cases`` and hidden cases (default: :func:`same_value`
                for lesson problems, canonical equality for sealed ones)
    compare_as  normalises an answer before it is digested or compared (e.g. ``str.strip``);
                applied to the reference too when sealing
    graded      raise ``CheckFailed`` instead of printing (nbgrader test cells)
    """

    name: str
    expected: Any = _MISSING
    cases: Sequence[tuple[tuple, Any]] = ()
    hints: Sequence[str] = ()
    mistakes: Sequence[Mistake] = ()
    solution: Any = _MISSING
    compare: Callable[[Any, Any], bool] | None = None
    graded: bool = False
    alias: str = "q"
    inputs: Sequence[tuple] = ()
    accept: Callable[..., bool] | None = None
    compare_as: Callable[[Any], Any] | None = None
    seal: Seal | None = field(default=None, repr=False)
    _hints_shown: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        given = [n for n, v in (("expected", self.expected is not _MISSING), ("cases", bool(self.cases)),
                                ("inputs", bool(self.inputs))) if v]
        if len(given) > 1:
            raise ValueError(f"Problem {self.name!r}: give only one of {' / '.join(given)}")
        if self.accept is not None and given and given != ["inputs"]:
            raise ValueError(f"Problem {self.name!r}: accept= goes with inputs= or alone")
        if self.solution is _MISSING and self.expected is not _MISSING:
            self.solution = self.expected

    @property
    def is_function(self) -> bool:
        return bool(self.cases) or bool(self.inputs)

    @property
    def has_reference(self) -> bool:
        """Whether this problem carries its answer (lesson style) rather than a sealed digest."""
        return (self.expected is not _MISSING or bool(self.cases) or self.solution is not _MISSING
                or any(m.example is not _MISSING for m in self.mistakes))

    @property
    def needs_seal(self) -> bool:
        """Whether checking needs sealed digests (no reference and no property check, or a
        sealed near-answer mistake)."""
        sealed_answer = self.accept is None and self.expected is _MISSING and not self.cases
        return sealed_answer or any(m.gives is not None for m in self.mistakes)

    @property
    def hint_call(self) -> str:
        return f"{self.alias}.{self.name}.hint()"

    def comparable(self, value: Any) -> Any:
        """``value`` as it is compared: through ``compare_as`` when declared."""
        return value if self.compare_as is None else self.compare_as(value)

    def _same_canonical(self, answer: Any, expected: Any) -> bool:
        try:
            return canonical(self.comparable(answer)) == canonical(self.comparable(expected))
        except Exception:  # an answer compare_as cannot handle is simply not equal
            return False

    def _explicit(self, expected: Any) -> _Expect:
        """An expectation with the value at hand (lesson problems, hidden tests' cases)."""
        if self.compare is not None:
            compare = self.compare
        elif self.seal is not None or self.inputs or self.compare_as is not None:
            compare = self._same_canonical
        else:
            compare = same_value
        return _Expect.of(expected, lambda answer: bool(compare(answer, expected)))

    def _sealed(self, slot: int, types: list[dict[str, Any]]) -> _Expect:
        def matches(answer: Any) -> bool:
            try:
                value = self.comparable(answer)
            except Exception:
                return False
            return self.seal.matches(self, slot, value)
        return _Expect(matches, types[slot]["type"], types[slot]["number"])

    # -- the one checking routine -------------------------------------------------------
    def evaluate(self, answer: Any, cases: Sequence[tuple[tuple, Any]] | None = None, *,
                 hidden: bool = False) -> Outcome:
        """Judge ``answer`` (a value, or the learner's function) without printing anything.

        ``cases`` replaces the declared inputs of a function problem: hidden tests in an
        exercise pass their own inputs and results, so those never ship in the learner's package.
        ``hidden=True`` (a hidden test's verdict, shown on the feedback page): the message never
        names the call, its inputs or an error's detail -- only the function, the error's type,
        a declared likely mistake and the hint.
        """
        if answer is _MISSING:
            return Outcome("not_attempted", say("check.not_defined", name=self.name))
        if answer is ____:
            return Outcome("not_attempted", say("check.not_attempted", name=self.name))
        if self.is_function or cases is not None:
            return self._evaluate_function(answer, self._trials(cases), hidden=hidden)
        if self.expected is not _MISSING:
            expect = self._explicit(self.expected)
        elif self.accept is not None:
            expect = _Expect(lambda a: bool(self.accept(a)))
        else:
            expect = self._sealed(0, self._require_seal().expected_types(self))
        if _safely(expect.matches, answer):
            return Outcome("correct", say("check.correct"))
        return self._incorrect(answer, self._type_cause(answer, expect))

    def _require_seal(self) -> Seal:
        if self.seal is None:
            raise RuntimeError(f"Problem {self.name!r} has no reference and no sealed answers")
        return self.seal

    def _trials(self, cases: Sequence[tuple[tuple, Any]] | None) -> list[tuple[tuple, _Expect]]:
        if cases is not None:
            return [(tuple(args), self._explicit(expected)) for args, expected in cases]
        if self.cases:
            return [(tuple(args), self._explicit(expected)) for args, expected in self.cases]
        if self.accept is not None:
            return [(tuple(args), _Expect(lambda r, a=tuple(args): bool(self.accept(r, *a))))
                    for args in self.inputs]
        types = self._require_seal().expected_types(self)
        return [(tuple(args), self._sealed(slot, types)) for slot, args in enumerate(self.inputs)]

    def _evaluate_function(self, func: Any, trials: Sequence[tuple[tuple, _Expect]], hidden: bool = False) -> Outcome:
        if not callable(func):
            return self._incorrect(func, say("check.not_callable", name=self.name))
        for args, expect in trials:
            shown = _format_args(args)
            try:
                result = func(*copy.deepcopy(args))
            except NotImplementedError:
                return Outcome("not_attempted", say("check.not_implemented", name=self.name))
            except Exception as error:  # the learner's code failing is an answer too
                cause = say("partial.hidden_raised", name=self.name, error=type(error).__name__) if hidden else \
                    say("check.raised", name=self.name, call=f"{self.name}({shown})",
                        error=type(error).__name__, detail=error)
                return self._incorrect(func, cause)
            if result is ____:
                return Outcome("not_attempted", say("check.not_attempted", name=self.name))
            if _safely(expect.matches, result):
                continue
            if result is None and expect.type not in (None, "NoneType"):
                return self._incorrect(func, say("partial.hidden_returned_none", name=self.name) if hidden
                                       else say("check.returned_none", call=f"{self.name}({shown})"))
            cause = self._type_cause(result, expect) or (
                say("partial.hidden_wrong", name=self.name) if hidden
                else say("check.wrong_for_input", call=f"{self.name}({shown})"))
            return self._incorrect(func, cause)
        return Outcome("correct", say("check.correct"))

    def _type_cause(self, answer: Any, expect: _Expect) -> str | None:
        if expect.type is None or (_is_number(answer) and expect.number):
            return None
        if type(answer).__name__ != expect.type:
            names = catalogue()["type_names"]
            return say("check.wrong_type", name=self.name, expected_type=names.get(expect.type, expect.type),
                       actual_type=type_name(answer))
        return None

    def _incorrect(self, answer: Any, fallback: str | None) -> Outcome:
        index = self.mistake_index(answer)
        cause = self.mistakes[index].say if index is not None else fallback
        lines = [say("check.incorrect")]
        if cause:
            lines.append(cause)
        lines.append(say("check.incorrect_next", hint_call=self.hint_call))
        return Outcome("incorrect", "\n".join(lines), index)

    def shows_mistake(self, mistake: Mistake, answer: Any) -> bool:
        """Whether ``answer`` shows ``mistake`` (a recogniser that fails means 'no')."""
        try:
            if mistake.when is not None:
                return bool(mistake.when(answer))
            value = result_of(answer, *mistake.gives[0]) if isinstance(mistake.gives, tuple) else answer
            return self._require_seal().matches_near(self, mistake.key, self.comparable(value))
        except Exception:  # a recogniser must never crash the check
            return False

    def mistake_index(self, answer: Any) -> int | None:
        """The index of the first declared mistake that ``answer`` shows, if any."""
        for index, mistake in enumerate(self.mistakes):
            if self.shows_mistake(mistake, answer):
                return index
        return None

    def likely_mistake(self, answer: Any) -> str | None:
        """The message of the first declared mistake that ``answer`` shows, if any."""
        index = self.mistake_index(answer)
        return None if index is None else self.mistakes[index].say

    # -- what notebooks call --------------------------------------------------------------
    def check(self, answer: Any = _MISSING, *, cases: Sequence[tuple[tuple, Any]] | None = None) -> None:
        """Check the learner's answer. Without an argument, looks up ``name`` in the notebook.

        ``cases`` (function problems): check these ``(args, expected)`` pairs instead of the
        declared inputs -- what hidden tests use.

        A graded check in a test cell that opened a :class:`academy.partial.Part` (in its hidden
        region, before this line) is one test of that part: no ``CheckFailed``, its verdict is
        the failed test's reason (partial credit per test, issue 17 item 4).
        """
        if answer is _MISSING:
            frame = inspect.currentframe()
            caller = frame.f_back if frame is not None else None
            if caller is not None:
                answer = caller.f_locals.get(self.name, caller.f_globals.get(self.name, _MISSING))
            del frame, caller
        outcome = self.evaluate(answer, cases)
        from academy.together.record import record_check  # the learner's own progress page (issue 13)

        record_check(self, outcome.kind, outcome.mistake)
        if self.graded:
            from academy.partial import open_part  # a graded test cell that opened a Part counts it there

            part = open_part()
            if part is not None:
                part.record(outcome)
                return
        if self.graded and not outcome.passed:
            raise CheckFailed(outcome.text)
        outcome.notice.show()

    def require(self, condition: Any, reason: str) -> None:
        """One more visible requirement of this answer beyond its value (a docstring, say), with the
        Korean ``reason`` shown when it is not met: a box (lesson sets), ``CheckFailed`` (graded
        sets), or one failed test of the :class:`academy.partial.Part` its test cell opened.

        >>> fee = Problem("fee", expected=45000)
        >>> fee.require(True, "설명이 없어요.")
        >>> fee.require("", "설명이 없어요.")
        [다시 봐요] 설명이 없어요.
        """
        passed = bool(condition)
        if self.graded:
            from academy.partial import open_part

            part = open_part()
            if part is not None:
                part.test(passed, reason)
                return
        if passed:
            return
        notice = Notice("incorrect", say("check.label_incorrect"), (reason,))
        if self.graded:
            raise CheckFailed(notice.text())
        notice.show()

    def hint(self, number: int | None = None) -> None:
        """Show the next hint (or hint ``number``, counting from 1)."""
        if not self.hints:
            Notice("hint", say("check.label_no_hints"), (say("check.no_hints"),)).show()
            return
        if number is None:
            self._hints_shown = min(self._hints_shown + 1, len(self.hints))
            number = self._hints_shown
        number = max(1, min(int(number), len(self.hints)))
        follow = "check.hint_more" if number < len(self.hints) else "check.hint_last"
        Notice("hint", say("check.label_hint", number=number, total=len(self.hints)),
               (self.hints[number - 1], say(follow, hint_call=self.hint_call))).show()


def _safely(matches: Callable[[Any], bool], answer: Any) -> bool:
    """A comparison that raises on a strange answer means 'not equal', never a crash."""
    try:
        return bool(matches(answer))
    except Exception:
        return False


class ProblemSet:
    """The problems of one notebook, reachable as attributes: ``q.fee.check()``.

    ``sealed="<module id>"`` (graded sets): expected results come from
    ``academy/exercises/sealed/<module id>.json`` (read on first check); such a set may carry
    no reference (``expected=``, ``cases=``, ``solution=``, ``Mistake(example=...)``).
    """

    def __init__(self, problems: Iterable[Problem], *, graded: bool = False, alias: str = "q",
                 sealed: str | Seal | None = None):
        self._problems: dict[str, Problem] = {}
        self.seal = Seal(sealed) if isinstance(sealed, str) else sealed
        for problem in problems:
            if problem.name in self._problems:
                raise ValueError(f"duplicate problem name {problem.name!r}")
            if self.seal is not None and problem.has_reference:
                raise ValueError(f"Problem {problem.name!r}: a sealed set carries no reference "
                                 "(expected=, cases=, solution=, Mistake(example=))")
            if self.seal is None and problem.needs_seal:
                raise ValueError(f"Problem {problem.name!r}: no reference -- declare it in a "
                                 "ProblemSet(..., sealed='<module id>')")
            problem.graded = graded
            problem.alias = alias
            problem.seal = self.seal
            self._problems[problem.name] = problem
        if graded and self.seal is not None:
            # The exercise's setup cell imports this set: it says the deadline and the days left,
            # counted on the day it runs (nothing where no deadline is known; academy/deadlines.py).
            from academy.deadlines import announce

            announce(self.seal.module_id)

    def __getattr__(self, name: str) -> Problem:
        try:
            return self.__dict__["_problems"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(self):
        return iter(self._problems.values())

    def __len__(self) -> int:
        return len(self._problems)

    def __dir__(self) -> list[str]:
        return sorted(self._problems)
