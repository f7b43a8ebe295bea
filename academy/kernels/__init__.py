"""The floor under the hub and grading: how a Python kernel is started, forked and confined.

Both sides stand on this package and never import each other (tests/academy/kernels/test_floor.py):

* :mod:`academy.kernels.zygote`   the zygote process: imports ipykernel & co. once, forks kernels
* :mod:`academy.kernels.forked`   starting/asking a zygote; a forked kernel as a ``Popen`` look-alike
* :mod:`academy.kernels.jail`     confinement of a grading kernel: bubblewrap around the zygote,
                                  each kernel's own namespaces, working copy and throwaway UID
* :mod:`academy.kernels.limits`   a grading kernel's limits, declared once
* :mod:`academy.kernels.learner`  a learner's kernel: the district's memory limit, Korean message
* :mod:`academy.kernels.warm`     the learners' servers' provisioner: warm kernel starts

:mod:`academy.grading.sandbox` builds nbgrader's sandboxed kernel manager on it; the hub's
``academy hub setup`` writes the kernelspec and server config that point learners' servers here.
"""
