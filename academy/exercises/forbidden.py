""""Write it yourself": did a learner's function use a library the exercise rules out?

Graded parts that ask for a learner's own code (module 10's readers, module 12's ``my_sns``)
refuse answers that just call the instructors' reference code (``academy.readers``). Checking the
names a function's code mentions is not enough: ``import academy.readers as r`` at the top, ``from
academy.readers import instagram as ig``, ``importlib.import_module("academy." + "readers")`` or
``__import__`` inside the function all hide the name. Two checks together hold for the whole class:

* :func:`reaches` -- *what the function can get to*: the objects behind the global names its code
  (and nested code) uses, its closure and defaults, followed into helpers defined beside it in the
  notebook: any module, function, class or instance from a forbidden package (or a forbidden
  module's namespace dict) counts;
* :func:`unreachable` -- *what it does*: the function runs with the forbidden packages made
  unimportable (their ``sys.modules`` entries and the parent package's attribute replaced by a
  tripwire module: importing it gives nothing, touching any name of it is noticed; all restored
  afterwards) and a profile hook that notices any code from those packages' files running,
  however it was reached (an object captured earlier, a helper's ``__globals__``, ``gc``).

Code that names the tools for getting around the watch itself (``sys.setprofile``/``settrace``,
``gc.get_objects``/``get_referrers``) counts as reaching too: a reader has no use for them. What
stays out of reach of any in-process check: a function that starts another Python process.

``allowed`` lists functions an exercise permits (module 10 lets learners use ``hashtags``): they
and everything they call are not counted.

>>> import json
>>> reaches(lambda s: json.loads(s), ("json",))
True
>>> uses(lambda s: s.upper(), ("json",), "abc")
False
"""

from __future__ import annotations

import contextlib
import io
import sys
import threading
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

_MAX_OBJECTS = 2000  # bound on the objects one static check visits
_TAMPER_NAMES = {"setprofile", "settrace", "get_objects", "get_referrers", "get_referents"}


def _under(name: Any, prefixes: tuple[str, ...]) -> bool:
    return isinstance(name, str) and any(name == p or name.startswith(p + ".") for p in prefixes)


def _forbidden_modules(prefixes: tuple[str, ...]) -> list[types.ModuleType]:
    return [m for name, m in list(sys.modules.items()) if m is not None and _under(name, prefixes)]


def _folders(prefixes: tuple[str, ...]) -> tuple[str, ...]:
    """Source folders (packages) and files (plain modules) of the forbidden modules."""
    found = set()
    for module in _forbidden_modules(prefixes):
        for folder in getattr(module, "__path__", None) or ():
            found |= {str(Path(folder).absolute()) + "/", str(Path(folder).resolve()) + "/"}
        if getattr(module, "__file__", None):
            found |= {str(Path(module.__file__).absolute()), str(Path(module.__file__).resolve())}
    return tuple(sorted(found))


def reaches(func: Any, prefixes: Iterable[str], *, allowed: Iterable[Callable] = ()) -> bool:
    """Whether ``func`` can get to a forbidden package's code without importing it (static)."""
    prefixes = tuple(prefixes)
    allowed_ids = {id(a) for a in allowed}
    namespaces = {id(vars(m)) for m in _forbidden_modules(prefixes)}
    folders = _folders(prefixes)
    own_globals: set[int] = set()
    seen: set[int] = set()
    stack: list[Any] = [func]

    def from_forbidden_file(code: types.CodeType) -> bool:
        filename = code.co_filename or ""
        return any(filename == f or filename.startswith(f) for f in folders)

    while stack and len(seen) < _MAX_OBJECTS:
        obj = stack.pop()
        if id(obj) in seen or id(obj) in allowed_ids:
            continue
        seen.add(id(obj))
        if isinstance(obj, types.ModuleType):
            if _under(obj.__name__, prefixes):
                return True
            continue
        if isinstance(obj, dict):
            if id(obj) in namespaces:
                return True  # e.g. an allowed function's __globals__
            continue
        if isinstance(obj, types.CodeType):
            if from_forbidden_file(obj):
                return True
            stack.extend(c for c in obj.co_consts if isinstance(c, types.CodeType))
            continue
        if isinstance(obj, types.MethodType):
            stack += [obj.__func__, obj.__self__]
            continue
        if isinstance(obj, (staticmethod, classmethod)):
            stack.append(obj.__func__)
            continue
        if hasattr(obj, "func") and hasattr(obj, "keywords") and hasattr(obj, "args"):  # functools.partial
            stack += [obj.func, *obj.args, *obj.keywords.values()]
            continue
        if isinstance(obj, (list, tuple, set, frozenset)):
            stack.extend(obj)
            continue
        if isinstance(obj, (type, types.FunctionType, types.BuiltinFunctionType)):
            module = getattr(obj, "__module__", None)
        else:
            module = getattr(type(obj), "__module__", None)  # an instance of a forbidden class
        if _under(module, prefixes):
            return True
        if isinstance(obj, types.FunctionType):
            code = obj.__code__
            if from_forbidden_file(code):
                return True
            if not own_globals:
                own_globals.add(id(obj.__globals__))
            if id(obj.__globals__) not in own_globals and obj is not func:
                continue  # a library's function: only its module counts (checked above)
            if _TAMPER_NAMES & _names(code):
                return True
            stack.append(code)
            stack.extend(cell.cell_contents for cell in (obj.__closure__ or ()) if _filled(cell))
            stack.extend(obj.__defaults__ or ())
            stack.extend((obj.__kwdefaults__ or {}).values())
            for name in _names(code):
                value = obj.__globals__.get(name, _MISSING)
                if value is _MISSING:
                    continue
                if isinstance(value, types.ModuleType) and any(p.startswith(value.__name__ + ".") for p in prefixes):
                    # ``import academy`` then ``academy.readers...``: the next attribute is the package
                    nexts = {p[len(value.__name__) + 1:].split(".")[0] for p in prefixes
                             if p.startswith(value.__name__ + ".")}
                    if nexts & _names(code):
                        return True
                stack.append(value)
        elif isinstance(obj, type) and obj.__module__ == getattr(func, "__module__", None):
            stack.extend(v for k, v in vars(obj).items() if not k.startswith("__"))  # a class of the notebook
    return False


_MISSING = object()


def _filled(cell: types.CellType) -> bool:
    try:
        cell.cell_contents
    except ValueError:
        return False
    return True


def _names(code: types.CodeType, depth: int = 0) -> set[str]:
    names = set(code.co_names)
    if depth < 20:
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                names |= _names(const, depth + 1)
    return names


@dataclass
class Watch:
    """What :func:`unreachable` noticed: forbidden code ran, or the watch itself was removed."""

    used: bool = False
    tampered: bool = False


class _Tripwire(types.ModuleType):
    """Stands in for a forbidden module while a learner's function runs: importing it gives this,
    and touching any of its names is noticed (and fails)."""

    def __init__(self, name: str, watch: Watch):
        super().__init__(name)
        object.__setattr__(self, "_watch", watch)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):  # the import system's own questions
            raise AttributeError(name)
        self._watch.used = True
        raise ImportError(f"{self.__name__} is not for this exercise", name=self.__name__)


@contextlib.contextmanager
def unreachable(prefixes: Iterable[str], *, allowed: Iterable[Callable] = ()) -> Iterator[Watch]:
    """For the duration: the forbidden packages cannot be imported, and running any of their code
    (outside ``allowed`` functions) is noticed. Everything is restored afterwards."""
    prefixes = tuple(prefixes)
    allowed_codes = {a.__code__ for a in allowed if hasattr(a, "__code__")}
    folders = _folders(prefixes)
    watch = Watch()

    def hook(frame, event, arg):
        if event != "call" or watch.used:
            return
        filename = frame.f_code.co_filename
        if not filename or not any(filename == f or filename.startswith(f) for f in folders):
            return
        outer = frame
        while outer is not None:
            if outer.f_code in allowed_codes:
                return
            outer = outer.f_back
        watch.used = True

    saved_modules = {name: sys.modules.get(name, _MISSING) for name in
                     {*prefixes, *(n for n in list(sys.modules) if _under(n, prefixes))}}
    saved_attrs = []
    for prefix in prefixes:
        parent_name, _, child = prefix.rpartition(".")
        parent = sys.modules.get(parent_name) if parent_name else None
        if parent is not None:
            saved_attrs.append((parent, child, vars(parent).get(child, _MISSING)))
    old_profile, old_thread_profile = sys.getprofile(), threading.getprofile()
    for name in saved_modules:
        sys.modules[name] = _Tripwire(name, watch)
    for parent, child, _ in saved_attrs:
        setattr(parent, child, sys.modules[f"{parent.__name__}.{child}"])
    sys.setprofile(hook)
    threading.setprofile(hook)
    try:
        yield watch
    finally:
        if sys.getprofile() is not hook:
            watch.tampered = True
        sys.setprofile(old_profile)
        threading.setprofile(old_thread_profile)
        for parent, child, value in saved_attrs:
            if value is _MISSING:
                vars(parent).pop(child, None)
            else:
                setattr(parent, child, value)
        for name, module in saved_modules.items():
            if module is _MISSING:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module


def _refused_import(error: BaseException, prefixes: tuple[str, ...]) -> bool:
    """An error that says the function tried to get to a forbidden package."""
    if isinstance(error, ImportError):
        return _under(getattr(error, "name", None), prefixes) or any(p in str(error) for p in prefixes)
    if isinstance(error, AttributeError):
        obj, name = getattr(error, "obj", None), getattr(error, "name", None)
        return isinstance(obj, types.ModuleType) and _under(f"{obj.__name__}.{name}", prefixes)
    return False


def uses(func: Any, prefixes: Iterable[str], *args: Any, allowed: Iterable[Callable] = ()) -> bool:
    """Whether ``func`` uses a forbidden package: :func:`reaches` it, or -- called on ``args``
    (when given) inside :func:`unreachable` -- runs its code, tries to import it, or removes the
    watch. Output is swallowed; any other error of the function is not this function's business."""
    prefixes, allowed = tuple(prefixes), tuple(allowed)
    if reaches(func, prefixes, allowed=allowed):
        return True
    if not args:
        return False
    with unreachable(prefixes, allowed=allowed) as watch:
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                func(*args)
        except Exception as error:  # noqa: BLE001 (the learner's function may fail any way)
            if _refused_import(error, prefixes):
                watch.used = True
    return watch.used or watch.tampered
