# Installed as {sys.prefix}/etc/ipython/ipython_kernel_config.py by `academy setup`.
# Every kernel of this environment loads the Korean error explainer for learners.
c = get_config()  # noqa: F821
c.InteractiveShellApp.extensions = ["academy.explain"]
# Charts draw Hangul in every kernel, also in a learner's own new notebook (not only after a
# lesson's `use_korean_font()`): applied when the inline backend starts, i.e. on the first
# `import matplotlib.pyplot`. NanumGothic comes from Debian's fonts-nanum (scripts/bootstrap.sh);
# Korean fonts lack U+2212, hence the ASCII minus.
c.InlineBackend.rc = {"font.family": ["NanumGothic", "DejaVu Sans"], "axes.unicode_minus": False}
