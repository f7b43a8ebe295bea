"""The grading engine around nbgrader: sandboxed, parallel, informative (issue 6).

nbgrader stays the system of record: scores are written by nbgrader's own ``SaveAutoGrades``
into gradebook.db; we only replace *how* learner code runs and *how many* run at once.

* :mod:`.sandbox`   -- ``SandboxKernelManager``: jupyter_client kernels launched through a zygote
                       and confined, both from the floor below (:mod:`academy.kernels`: the zygote,
                       bubblewrap around it, each kernel's own namespaces, throwaway UID, rlimits)
* :mod:`.execute`   -- ``SandboxedExecute``: nbgrader's Execute step on sandboxed kernels, with an
                       output cap, a notebook deadline, kernel-death handling and a test guard
* :mod:`.restore`   -- ``RestoreDeletedCells``: deleted test/locked cells come back from source
* :mod:`.late`      -- ``DistrictLatePolicy``: nbgrader's late-penalty plugin with the district's
                       ``[deadlines] late_policy`` (refuse: a late submission counts 0 points)
* :mod:`.engine`    -- ``grade_module``: a whole class in parallel, tqdm progress, resumable
* :mod:`.pod`       -- ``PodExecute``: on Kubernetes, the grading pod's grader container drives the
                       kernel of its kernel container (:mod:`.pod_kernel`: another UID, no course)
* :mod:`.reports`   -- progress, item analysis, district completion (utf-8-sig CSV + PNG)

Wiring: graders/nbgrader_config.py puts ``SandboxedExecute`` and ``RestoreDeletedCells`` into
``Autograde``'s preprocessor lists and ``DistrictLatePolicy`` into ``AssignLatePenalties``, so ``nbgrader autograde``, formgrader's button and
``academy grade`` all grade the same way.

Why a zygote: a stock kernel start (new Python, ipykernel, IPython, debugpy, pandas) costs
~1-2 CPU-seconds per submission. The zygote imports all of that once, then ``fork()``s a child
per submission (the zygote runs under bubblewrap, holding only the allow-list); the child
confines itself further *before* any learner code exists in it, so learners share nothing
(copy-on-write pages, fresh namespaces, distinct UID). Kernel ready ≈ 0.1 s.

The sandbox needs root (switching to throwaway UIDs, creating namespaces). A grader that is
not root refuses to run learner code (``SandboxUnavailable``) rather than running it unconfined.
"""
