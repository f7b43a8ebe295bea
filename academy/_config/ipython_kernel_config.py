# Installed as {sys.prefix}/etc/ipython/ipython_kernel_config.py by `academy setup`.
# Every kernel of this environment loads the Korean error explainer for learners.
c = get_config()  # noqa: F821
c.InteractiveShellApp.extensions = ["academy.explain"]
