"""Learning together (issue 13): the learner's own progress page (내 학습 현황) as a hub service.

* :mod:`academy.together.record` -- the learner's private, append-only record of instant-check
  outcomes (``~/.academy/checks.jsonl``), written by :mod:`academy.checking` in the learner's kernel.
* :mod:`academy.together.progress` -- one learner's modules: 시작 전 / 진행 중 / 제출함 / 채점됨,
  from their home (fetched modules, the check record, nbgrader's submission cache) and the gradebook.
* :mod:`academy.together.service` -- the ``academy-together`` hub service (HubOAuth): each person
  sees only their own page.
"""
