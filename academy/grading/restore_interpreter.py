"""Sent to each grading kernel before the first cell (academy/grading/execute.py), not imported.

``_academy_guard_install()`` remembers the pristine interpreter -- builtins, the shell's classes
and hooks, input/AST transformers, event callbacks, sys hooks -- and registers
``sys.modules["academy.grading._guard"].restore()``, which execute.py runs silently before every
test cell: whatever learner code did to the interpreter is undone before a test judges it.
Runs inside the kernel (``get_ipython`` is the kernel's); this file only defines the function.
"""


def _academy_guard_install():
    import builtins, sys
    shell = get_ipython()  # noqa: F821  (the kernel's)
    classes = [c for c in type(shell).__mro__ if c is not object]
    snapshot = {
        "builtins": dict(vars(builtins)),
        "classes": [(c, dict(vars(c))) for c in classes],
        "instance": set(vars(shell)),
        "lists": {name: list(getattr(shell, name)) for name in
                  ("input_transformers_cleanup", "input_transformers_post", "ast_transformers")},
        "events": {k: list(v) for k, v in shell.events.callbacks.items()},
        "hooks": (sys.excepthook, sys.displayhook, sys.stdout, sys.stderr),
    }

    def restore():
        current = vars(builtins)
        for name in [n for n in current if n not in snapshot["builtins"]]:
            del current[name]
        for name, value in snapshot["builtins"].items():
            if current.get(name) is not value:
                current[name] = value
        methods = set()
        for cls, attrs in snapshot["classes"]:
            methods.update(n for n, v in attrs.items() if callable(v))
            for name, value in attrs.items():
                if vars(cls).get(name) is not value:
                    try:
                        setattr(cls, name, value)
                    except (AttributeError, TypeError):
                        pass
            for name in [n for n in vars(cls) if n not in attrs and not n.startswith("_")]:
                try:
                    delattr(cls, name)
                except (AttributeError, TypeError):
                    pass
        for name in [n for n in vars(shell) if n in methods and n not in snapshot["instance"]]:
            delattr(shell, name)  # an instance attribute shadowing a method, e.g. run_cell
        for name, items in snapshot["lists"].items():
            getattr(shell, name)[:] = items
        for key, items in snapshot["events"].items():
            shell.events.callbacks[key] = list(items)
        sys.settrace(None)
        sys.setprofile(None)
        sys.excepthook, sys.displayhook, sys.stdout, sys.stderr = snapshot["hooks"]

    guard = type(sys)("academy.grading._guard")
    guard.restore = restore
    sys.modules[guard.__name__] = guard
