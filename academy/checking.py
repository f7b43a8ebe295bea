"""Instant checks: an exercise is data, the checking logic is written once (here).

A module's checks are declared in ``academy/exercises/mNN_slug.py`` as ``Problem`` objects
collected in a ``ProblemSet``; notebooks import the set as ``q`` and call ``q.<name>.check()``.
Three outcomes, each rendered from ``academy/messages/ko/``:

* not attempted  -- the name is missing, still ``____``, or raises ``NotImplementedError``;
* incorrect      -- with the likely cause (a declared ``Mistake``, a wrong type, a missing
                    ``return`` ...), never the expected value;
* correct.

Lesson problems print their verdict; graded problems (``graded=True``, used in nbgrader test
cells) raise ``CheckFailed`` -- an ``AssertionError`` whose traceback shows only the Korean
message -- so nbgrader scores the cell 0.

>>> fee = Problem("fee", expected=45000, hints=["수강생 수 × 1인 수강료"])
>>> fee.evaluate(45000).kind
'correct'
>>> fee.evaluate("45000").kind
'incorrect'
>>> fee.evaluate(____).kind
'not_attempted'
"""

from __future__ import annotations

import copy
import inspect
import math
import numbers
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from academy.messages import say, type_name

__all__ = ["____", "Mistake", "Problem", "ProblemSet", "Outcome", "CheckFailed", "same_value", "result_of", "raises"]


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


class CheckFailed(AssertionError):
    """Raised by graded checks. Jupyter shows only the Korean message, not a traceback."""

    def _render_traceback_(self) -> list[str]:
        return [f"\x1b[0;31m{line}\x1b[0m" for line in str(self).splitlines()]


@dataclass(frozen=True)
class Outcome:
    kind: str  # "correct" | "incorrect" | "not_attempted"
    message: str

    @property
    def passed(self) -> bool:
        return self.kind == "correct"


@dataclass(frozen=True)
class Mistake:
    """A typical wrong answer: ``when(answer)`` recognises it, ``say`` names the likely cause.

    ``example`` is a wrong answer that shows the mistake; the test suite checks that it is
    recognised (so every declared message is proven reachable).
    """

    when: Callable[[Any], bool]
    say: str
    example: Any


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
class Problem:
    """One checkable answer: a variable (``expected``) or a function (``cases``).

    name      the variable or function the learner defines
    expected  the right value (value problems); never shown to the learner
    cases     ``[(args_tuple, expected_result), ...]`` (function problems)
    hints     ordered, each more specific than the last, none of them the answer
    mistakes  typical wrong answers with the Korean cause to show
    solution  a correct answer for the self-test (defaults to ``expected``)
    compare   equality for this problem (default: :func:`same_value`)
    graded    raise ``CheckFailed`` instead of printing (nbgrader test cells)
    """

    name: str
    expected: Any = _MISSING
    cases: Sequence[tuple[tuple, Any]] = ()
    hints: Sequence[str] = ()
    mistakes: Sequence[Mistake] = ()
    solution: Any = _MISSING
    compare: Callable[[Any, Any], bool] = same_value
    graded: bool = False
    alias: str = "q"
    _hints_shown: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        if (self.expected is _MISSING) == (not self.cases):
            raise ValueError(f"Problem {self.name!r}: give exactly one of expected= or cases=")
        if self.solution is _MISSING and self.expected is not _MISSING:
            self.solution = self.expected

    @property
    def is_function(self) -> bool:
        return bool(self.cases)

    @property
    def hint_call(self) -> str:
        return f"{self.alias}.{self.name}.hint()"

    # -- the one checking routine -------------------------------------------------------
    def evaluate(self, answer: Any, cases: Sequence[tuple[tuple, Any]] | None = None) -> Outcome:
        """Judge ``answer`` (a value, or the learner's function) without printing anything.

        ``cases`` replaces the declared cases of a function problem: hidden tests in an
        exercise pass their own inputs, so those never ship in the learner's package.
        """
        if answer is _MISSING:
            return Outcome("not_attempted", say("check.not_defined", name=self.name))
        if answer is ____:
            return Outcome("not_attempted", say("check.not_attempted", name=self.name))
        if self.is_function:
            return self._evaluate_function(answer, self.cases if cases is None else cases)
        if self.compare(answer, self.expected):
            return Outcome("correct", say("check.correct"))
        return self._incorrect(answer, self._type_cause(answer, self.expected))

    def _evaluate_function(self, func: Any, cases: Sequence[tuple[tuple, Any]]) -> Outcome:
        if not callable(func):
            return self._incorrect(func, say("check.not_callable", name=self.name))
        for args, expected in cases:
            shown = _format_args(args)
            try:
                result = func(*copy.deepcopy(args))
            except NotImplementedError:
                return Outcome("not_attempted", say("check.not_implemented", name=self.name))
            except Exception as error:  # the learner's code failing is an answer too
                cause = say("check.raised", name=self.name, args=shown,
                            error=type(error).__name__, detail=error)
                return self._incorrect(func, cause)
            if result is ____:
                return Outcome("not_attempted", say("check.not_attempted", name=self.name))
            if self.compare(result, expected):
                continue
            if result is None and expected is not None:
                return self._incorrect(func, say("check.returned_none", name=self.name, args=shown))
            cause = self._type_cause(result, expected) or say(
                "check.wrong_for_input", name=self.name, args=shown)
            return self._incorrect(func, cause)
        return Outcome("correct", say("check.correct"))

    def _type_cause(self, answer: Any, expected: Any) -> str | None:
        if _is_number(answer) and _is_number(expected):
            return None
        if type(answer) is not type(expected):
            return say("check.wrong_type", name=self.name,
                       expected_type=type_name(expected), actual_type=type_name(answer))
        return None

    def _incorrect(self, answer: Any, fallback: str | None) -> Outcome:
        cause = self.likely_mistake(answer) or fallback
        lines = [say("check.incorrect")]
        if cause:
            lines.append(cause)
        lines.append(say("check.incorrect_next", hint_call=self.hint_call))
        return Outcome("incorrect", "\n".join(lines))

    def likely_mistake(self, answer: Any) -> str | None:
        """The message of the first declared mistake that ``answer`` shows, if any."""
        for mistake in self.mistakes:
            try:
                if mistake.when(answer):
                    return mistake.say
            except Exception:  # a recogniser must never crash the check
                continue
        return None

    # -- what notebooks call --------------------------------------------------------------
    def check(self, answer: Any = _MISSING, *, cases: Sequence[tuple[tuple, Any]] | None = None) -> None:
        """Check the learner's answer. Without an argument, looks up ``name`` in the notebook.

        ``cases`` (function problems): check these ``(args, expected)`` pairs instead of the
        declared ones -- what hidden tests use.
        """
        if answer is _MISSING:
            frame = inspect.currentframe()
            caller = frame.f_back if frame is not None else None
            if caller is not None:
                answer = caller.f_locals.get(self.name, caller.f_globals.get(self.name, _MISSING))
            del frame, caller
        outcome = self.evaluate(answer, cases)
        if self.graded and not outcome.passed:
            raise CheckFailed(outcome.message)
        print(outcome.message)

    def hint(self, number: int | None = None) -> None:
        """Show the next hint (or hint ``number``, counting from 1)."""
        if not self.hints:
            print(say("check.no_hints"))
            return
        if number is None:
            self._hints_shown = min(self._hints_shown + 1, len(self.hints))
            number = self._hints_shown
        number = max(1, min(int(number), len(self.hints)))
        print(say("check.hint_header", number=number, total=len(self.hints)))
        print(self.hints[number - 1])
        follow = "check.hint_more" if number < len(self.hints) else "check.hint_last"
        print(say(follow, hint_call=self.hint_call))


class ProblemSet:
    """The problems of one notebook, reachable as attributes: ``q.fee.check()``."""

    def __init__(self, problems: Iterable[Problem], *, graded: bool = False, alias: str = "q"):
        self._problems: dict[str, Problem] = {}
        for problem in problems:
            if problem.name in self._problems:
                raise ValueError(f"duplicate problem name {problem.name!r}")
            problem.graded = graded
            problem.alias = alias
            self._problems[problem.name] = problem

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
