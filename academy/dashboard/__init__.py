"""The class dashboard (issue 17 item 3): a hub service page for the course's instructors, in Korean.

* :mod:`.figures`  -- what the page shows, from the gradebook through :mod:`academy.reports.grades`
                      (one copy of every figure: the page, its CSV and its charts are the report's) and
                      from learners' instant-check records (:mod:`academy.together.record`);
* :mod:`.job`      -- "전체 채점 / 피드백 모두 돌려주기": the engine of ``academy grade`` in a
                      background process, one at a time, its progress in a small JSON file;
* :mod:`.service`  -- the ``academy-dashboard`` hub service (HubOAuth; the course's instructor group
                      may open it, nobody else), started by academy/hub/config.py ``update_dashboard``.
"""
