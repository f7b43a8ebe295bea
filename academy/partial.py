"""Partial credit per test inside one graded part, each failed test with its Korean reason (issue 17 item 4).

nbgrader scores a test cell all or nothing, unless the cell's value is a number: then that number
is the cell's score (``nbgrader.utils.determine_grade``). A :class:`Part` gathers a part's tests,
each with the reason a learner reads when it fails, and ends the cell as the points earned (its
``text/plain``, what nbgrader reads) and a Korean box (its ``text/html``, what the learner and the
feedback page see). The curriculum's test cells (converted by ``python -m academy.admin.partial_cells``)::

    # 확인 셀: 실행만 하세요. (고치지 마세요)
    ### BEGIN HIDDEN TESTS
    from academy.partial import Part
    _credit = Part(3)                    # the cell's points (its nbgrader metadata), equal shares per test
    ### END HIDDEN TESTS
    q.notice.check()                   # visible: one test of the open part (its verdict is the reason)
    ### BEGIN HIDDEN TESTS
    _credit.test(lambda: notice.startswith(student_name + "님"), "안내 문자가 이름과 '님'으로 시작하지 않아요.")
    _credit.test(q.post_summary, cases=[(("수", 7, 1), "수요일 게시물: 좋아요 7개, 댓글 1개")])
    _credit
    ### END HIDDEN TESTS

The learner's released cell is the visible line alone: the same instant verdict as ever (a
``CheckFailed`` when wrong). In the grader's run the hidden first lines open the part, and the
graded check in the same cell records its verdict there instead of raising (``open_part``,
read by :meth:`academy.checking.Problem.check`), so one failed test costs its share only.

Never shown: a hidden test's code (the feedback clears hidden regions, academy/grading/feedback/steps.py),
its inputs or an expected value (an assert's reason is the author's words; a hidden ``cases=``
check says only the function, the error's type, a declared likely mistake and the hint:
``Problem.evaluate(..., hidden=True)``). Give hidden tests as lambdas: a learner's missing name
or crashing code then fails that one test with its reason instead of the whole cell.

>>> part = Part(3)
>>> part.test(True, "하나")
>>> part.test(lambda: 1 / 0, "금액을 0으로 나눴어요.")
>>> part.test(lambda: False, "쉼표가 없어요.")
>>> part.score, repr(part)
(1.0, '1.0')
>>> print(part.notice.text())
[부분 점수] 테스트 3개 중 1개를 통과했어요: 1 / 3점
✘ 못 맞힌 부분: 금액을 0으로 나눴어요.
✘ 못 맞힌 부분: 쉼표가 없어요.
"""

from __future__ import annotations

import inspect
from collections import Counter
from typing import Any, Callable, Sequence

from academy.messages import say
from academy.messages.notice import Notice

__all__ = ["Part", "METADATA", "open_part"]

METADATA = "academy/partial"  # key of the execute_result metadata with the failed tests' reasons


_OPEN: "tuple[Part, Any] | None" = None  # the part opened by the running cell, and that cell's number


def _cell_number() -> Any:
    """The running cell's execution count in IPython (None elsewhere): a part captures the
    graded checks of its own cell only."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with every kernel here
        return None
    shell = get_ipython()
    return None if shell is None else shell.execution_count


def open_part() -> "Part | None":
    """The part opened earlier in the running cell, if any (graded checks record into it)."""
    if _OPEN is None:
        return None
    part, cell = _OPEN
    return part if cell is not None and cell == _cell_number() else None  # outside IPython: never


class Part:
    """One graded part's tests; its value is the points earned (equal shares per test)."""

    def __init__(self, points: float):
        global _OPEN
        if not points > 0:
            raise ValueError("Part(points): the cell's points, more than 0")
        self.points = float(points)
        self.results: list[tuple[bool, str]] = []
        self.attempted = True
        _OPEN = (self, _cell_number())

    def test(self, check: bool | Callable[[], Any] | Any, reason: str = "", *,
             cases: Sequence[tuple[tuple, Any]] | None = None, answer_of: Callable[[], Any] | None = None) -> None:
        """One test: a bool, a function returning one (an exception counts as failed), or an
        instant-check problem (``q.notice``: the learner's value of that name is checked, and the
        check's Korean verdict is the reason). With a problem, ``cases=`` checks hidden inputs
        (one test for the group; the reason never names them), and ``answer_of`` returns the
        answer when it is not the problem's name (``lambda: my_sns.read_posts``)."""
        if hasattr(check, "evaluate") and hasattr(check, "name"):
            if answer_of is not None:
                try:
                    answer = answer_of()
                except Exception:  # the learner's module or name is missing: not attempted
                    answer = _missing()
            else:
                frame = inspect.currentframe().f_back
                answer = frame.f_locals.get(check.name, frame.f_globals.get(check.name, _missing()))
                del frame
            if cases is None or "hidden" in inspect.signature(check.evaluate).parameters:
                outcome = check.evaluate(answer, cases, hidden=cases is not None)
            else:  # a problem with its own evaluate: its text may name the hidden call, so say less
                outcome = check.evaluate(answer, cases)
                if not outcome.passed and not reason:
                    reason = check.mistakes[outcome.mistake].say if outcome.mistake is not None else \
                        say("partial.hidden_wrong", name=check.name)
            self.record(outcome, reason)
            return
        if not reason:
            raise ValueError("Part.test: a hidden test needs the reason a learner reads when it fails")
        try:
            passed = bool(check() if callable(check) else check)
        except Exception:  # the learner's code failing fails this test only
            passed = False
        self.results.append((passed, reason))

    def record(self, outcome: Any, reason: str = "") -> None:
        """An instant check's outcome as one test; its reason is the check's Korean verdict (the
        likely mistake and the way to the hint), without the box's label."""
        if outcome.kind == "not_attempted":
            self.attempted = False  # hidden tests a blank stub passes by accident earn nothing
        if not reason:
            reason = " ".join(outcome.message.split("\n"))
        self.results.append((outcome.passed, reason))

    @property
    def score(self) -> float:
        if not self.results or not self.attempted:
            return 0.0
        return round(self.points * sum(passed for passed, _ in self.results) / len(self.results), 2)

    @property
    def notice(self) -> Notice:
        passed = sum(ok for ok, _ in self.results)
        summary = "partial.summary" if self.attempted else "partial.summary_not_attempted"
        lines = [say(summary, total=len(self.results), passed=passed, score=self.score, points=self.points)]
        failed = Counter(reason for ok, reason in self.results if not ok)  # one line per reason, in order
        lines += [say("partial.failed", reason=reason) if times == 1 else
                  say("partial.failed_times", reason=reason, times=times) for reason, times in failed.items()]
        return Notice("correct" if passed == len(self.results) and self.results else "incorrect",
                      say("partial.label"), tuple(lines))

    def __repr__(self) -> str:  # text/plain: the number nbgrader reads as the cell's score
        return repr(self.score)

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(repr(self))

    def _repr_html_(self) -> str:  # what the learner and the feedback page see
        return self.notice._repr_html_()

    def _repr_mimebundle_(self, include=None, exclude=None):
        """The number (nbgrader), the box (people) and, in the output's metadata, the failed tests'
        reasons: the instructors' item analysis counts them like an error message
        (academy/reports/grades.py ``failure_message``)."""
        global _OPEN
        if _OPEN is not None and _OPEN[0] is self:
            _OPEN = None  # shown: the cell is over, later checks raise again
        failed = [reason for ok, reason in self.results if not ok]
        return {"text/plain": repr(self), "text/html": self._repr_html_()}, {METADATA: {"failed": failed}}


def _missing():
    from academy.checking import _MISSING

    return _MISSING
