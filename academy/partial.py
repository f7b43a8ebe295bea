"""Partial credit per test inside one graded part, each failed test with its Korean reason (issue 17 item 4).

nbgrader scores a test cell all or nothing, unless the cell's value is a number: then that number
is the cell's score (``nbgrader.utils.determine_grade``). A :class:`Part` gathers a part's tests,
each with the reason a learner reads when it fails, and ends the cell as the points earned (its
``text/plain``, what nbgrader reads) and a Korean box (its ``text/html``, what the learner and the
feedback page see)::

    part = Part(3)                     # visible; the cell's points, equal shares per test
    part.test(q.notice)                # an instant check: its Korean verdict is the reason
    ### BEGIN HIDDEN TESTS
    part.test(lambda: notice.startswith(student_name + "님"), "안내 문자가 이름과 '님'으로 시작하지 않아요.")
    part.test(lambda: "54,500원" in notice, "금액에 천 단위 쉼표(,)가 없어요.")
    ### END HIDDEN TESTS
    part                               # 2.0 of 3 when one test fails

Never shown: a hidden test's code (the feedback clears hidden regions, academy/grading/feedback.py)
or an expected value (the reasons are the author's words; an instant check's verdict never holds
it). Give hidden tests as lambdas: a learner's missing name or crashing code then fails that one
test with its reason instead of the whole cell.

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
from typing import Any, Callable

from academy.messages import say
from academy.messages.notice import Notice

__all__ = ["Part", "METADATA"]

METADATA = "academy/partial"  # key of the execute_result metadata with the failed tests' reasons


class Part:
    """One graded part's tests; its value is the points earned (equal shares per test)."""

    def __init__(self, points: float):
        if not points > 0:
            raise ValueError("Part(points): the cell's points, more than 0")
        self.points = float(points)
        self.results: list[tuple[bool, str]] = []

    def test(self, check: bool | Callable[[], Any] | Any, reason: str = "") -> None:
        """One test: a bool, a function returning one (an exception counts as failed), or an
        instant-check problem (``q.notice``: the learner's value of that name is checked, and the
        check's Korean verdict is the reason)."""
        if hasattr(check, "evaluate") and hasattr(check, "name"):
            frame = inspect.currentframe().f_back
            answer = frame.f_locals.get(check.name, frame.f_globals.get(check.name, _missing()))
            del frame
            outcome = check.evaluate(answer)
            self.results.append((outcome.passed, reason or outcome.notice.text().split("\n", 1)[-1]))
            return
        if not reason:
            raise ValueError("Part.test: a hidden test needs the reason a learner reads when it fails")
        try:
            passed = bool(check() if callable(check) else check)
        except Exception:  # the learner's code failing fails this test only
            passed = False
        self.results.append((passed, reason))

    @property
    def score(self) -> float:
        if not self.results:
            return 0.0
        return round(self.points * sum(passed for passed, _ in self.results) / len(self.results), 2)

    @property
    def notice(self) -> Notice:
        passed = sum(ok for ok, _ in self.results)
        lines = [say("partial.summary", total=len(self.results), passed=passed, score=self.score, points=self.points)]
        lines += [say("partial.failed", reason=reason) for ok, reason in self.results if not ok]
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
        (academy/grading/reports.py ``failure_message``)."""
        failed = [reason for ok, reason in self.results if not ok]
        return {"text/plain": repr(self), "text/html": self._repr_html_()}, {METADATA: {"failed": failed}}


def _missing():
    from academy.checking import _MISSING

    return _MISSING
