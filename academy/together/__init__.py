"""Learning together (issue 13): the learner's own progress page (내 학습 현황) as a hub service.

* :mod:`academy.together.record` -- the learner's private, append-only record of instant-check
  outcomes (``~/.academy/checks.jsonl``), written by :mod:`academy.checking` in the learner's kernel.
* :mod:`academy.together.progress` -- one learner's modules: 시작 전 / 진행 중 / 제출함 / 채점됨,
  from their home (fetched modules, the check record, nbgrader's submission cache) and the gradebook.
* :mod:`academy.together.service` -- the ``academy-together`` hub service (HubOAuth): each person
  sees only their own page.
* :mod:`academy.together.gallery` / :mod:`academy.together.publish` -- the cohort showcase 작품 전시:
  the learner's kernel renders a notebook and posts it; the service sanitizes it, keeps a draft for
  the preview, and shows it (sandboxed) to the district's course members once published.
* :mod:`academy.together.live` -- the instructors' live view 실시간 수업 현황, from the check records.
* :mod:`academy.together.pages` -- what the service's pages share (headers, the Korean error page).
"""
