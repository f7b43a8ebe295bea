"""A Korean explainer shown under Python tracebacks for the errors beginners meet first.

Loaded for every learner kernel as an IPython extension (``academy setup`` writes the kernel
config; notebooks may also run ``%load_ext academy.explain``). The traceback the kernel sends
is left as it is (an error still counts as an error for nbgrader and nbval: the cell status,
``ename``, ``evalue`` and traceback are untouched); the explanation follows it as its own
output, a rich box labelled ``오류 도우미`` (:class:`academy.messages.notice.Notice`: HTML in
JupyterLab and the feedback page, plain text for a terminal and nbval).

Why ``_showtraceback`` and not IPython's public ``set_custom_exc`` (issue 22): a custom
exception handler only sees errors raised while a cell *runs*; ``SyntaxError`` and
``IndentationError`` -- two of the errors beginners meet most -- are raised while the cell is
compiled and go through ``showsyntaxerror``, which no custom handler reaches. IPython also
keeps only one custom handler per shell, and the learner kernel already uses it for
``MemoryError`` (academy/kernels/learner.py). ``_showtraceback`` is the one point every shown
error passes through (ipykernel overrides it to send the ``error`` message), so the explainer
wraps it and calls the original unchanged.

>>> explain(NameError("name 'pirce' is not defined"), namespace={"price": 1})[1]
'혹시 `price`를 쓰려던 건가요?'
"""

from __future__ import annotations

import ast
import difflib
import linecache
import re
import sys
import sysconfig
from types import TracebackType
from typing import Any, Iterable, Mapping

from academy.messages import has, say, type_name
from academy.messages.notice import Notice

_MARK = "_academy_explainer_original"


def _notebook_writing(filename: str, limit: int = 5_000_000) -> str | None:
    """The notebook in the current folder with a ``%%writefile <filename>`` cell, if any (its name):
    a module the learner makes in one lesson and imports in the next."""
    import os

    try:
        names = sorted(n for n in os.listdir(".") if n.endswith(".ipynb"))
    except OSError:
        return None
    needle = f"%%writefile {filename}"
    for name in names[:50]:
        try:
            if os.path.getsize(name) <= limit and needle in open(name, encoding="utf-8", errors="replace").read():
                return name
        except OSError:
            continue
    return None


def _closest(word: str, candidates: Iterable[Any], limit: int = 3) -> list[str]:
    names = sorted({str(c) for c in candidates if isinstance(c, str) and not c.startswith("_")})
    return difflib.get_close_matches(str(word), names, n=limit, cutoff=0.6)


_LIBRARY_PREFIXES = tuple({sys.prefix, sys.base_prefix, sysconfig.get_paths()["purelib"]})


def _user_frames(tb: TracebackType | None) -> list[Any]:
    """Traceback entries in the learner's own code (not inside pandas, the stdlib, ...)."""
    frames = []
    while tb is not None:
        if not tb.tb_frame.f_code.co_filename.startswith(_LIBRARY_PREFIXES):
            frames.append(tb)
        tb = tb.tb_next
    return frames


def _subscripted_containers(tb: TracebackType | None) -> list[Any]:
    """Containers indexed in the failing expression (``prices["라테"]`` -> ``prices``).

    Uses the exact source position Python 3.11 records for the failing instruction and only
    evaluates plain names and attribute chains (no calls), in the failing frame.
    """
    found: list[Any] = []
    for entry in reversed(_user_frames(tb)):
        frame = entry.tb_frame
        try:
            positions = list(frame.f_code.co_positions())
            line, end_line, col, end_col = positions[entry.tb_lasti // 2]
            source_lines = linecache.getlines(frame.f_code.co_filename, frame.f_globals)
            if line is None or col is None or not source_lines:
                continue
            if line == end_line:
                segment = source_lines[line - 1].encode()[col:end_col].decode(errors="replace")
            else:
                segment = source_lines[line - 1].encode()[col:].decode(errors="replace")
            node = ast.parse(segment.strip(), mode="eval").body
        except Exception:
            continue
        while isinstance(node, ast.Subscript):
            target = node.value
            if _is_plain(target):
                try:
                    found.append(eval(compile(ast.Expression(target), "<explain>", "eval"),
                                      frame.f_globals, dict(frame.f_locals)))
                except Exception:
                    pass
            node = target
        if found:
            break
    return found


def _is_plain(node: ast.AST) -> bool:
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


def _keys_of(container: Any) -> list[Any]:
    if isinstance(container, Mapping):
        return list(container.keys())
    columns = getattr(container, "columns", None)  # pandas DataFrame
    if columns is not None:
        return list(columns)
    index = getattr(container, "index", None)  # pandas Series
    if index is not None and not callable(index):
        return list(index)
    return []


def explain(error: BaseException, namespace: Mapping[str, Any] | None = None,
            tb: TracebackType | None = None) -> list[str]:
    """Korean explanation lines for ``error`` in catalogue markup (empty list when there is
    nothing to add); :func:`explanation` puts them in their labelled box."""
    namespace = namespace or {}
    kind = type(error).__name__
    lines: list[str] = []

    if isinstance(error, NameError) and not isinstance(error, UnboundLocalError):
        match = re.search(r"name '([^']+)'", str(error))
        name = match.group(1) if match else getattr(error, "name", "?")
        lines.append(say("explain.NameError", name=name))
        builtin_names = list(namespace.get("__builtins__", {}) if isinstance(namespace.get("__builtins__"), dict) else [])
        suggestions = _closest(name, list(namespace) + builtin_names)
        if suggestions:
            lines.append(say("explain.NameError_suggest", suggestion=suggestions[0]))
        elif re.fullmatch(r"[가-힣]+", name or ""):
            lines.append(say("explain.NameError_quotes", name=name))
    elif isinstance(error, (IndentationError,)):
        key = "explain.TabError" if isinstance(error, TabError) else "explain.IndentationError"
        lines.append(say(key))
        if error.lineno:
            lines.append(say("explain.SyntaxError_line", line=error.lineno))
    elif isinstance(error, SyntaxError):
        lines.append(say("explain.SyntaxError"))
        text = (error.text or "")
        message = str(error.msg or "")
        if "expected ':'" in message:
            lines.append(say("explain.SyntaxError_colon"))
        elif "unterminated string" in message or "EOL while scanning" in message:
            lines.append(say("explain.SyntaxError_quote"))
        elif "was never closed" in message or "unexpected EOF" in message:
            lines.append(say("explain.SyntaxError_paren"))
        if "==" not in text and re.match(r"\s*(if|elif|while)\b[^=]*=[^=]", text) or "Maybe you meant '=='" in str(error):
            lines.append(say("explain.SyntaxError_assign"))
        if error.lineno:
            lines.append(say("explain.SyntaxError_line", line=error.lineno))
    elif isinstance(error, TypeError):
        text = str(error)
        if "concatenate str" in text or ("unsupported operand" in text and "'str'" in text) \
                or "can only concatenate" in text:
            lines.append(say("explain.TypeError_concat"))
        elif "not callable" in text:
            lines.append(say("explain.TypeError_not_callable"))
        elif "not subscriptable" in text:
            lines.append(say("explain.TypeError_not_subscriptable"))
        elif "positional argument" in text or "keyword argument" in text or "takes" in text:
            lines.append(say("explain.TypeError_call"))
        else:
            lines.append(say("explain.TypeError"))
    elif isinstance(error, KeyError):
        key = error.args[0] if error.args else "?"
        lines.append(say("explain.KeyError", key=key))
        candidates: list[Any] = []
        for container in _subscripted_containers(tb):
            candidates.extend(_keys_of(container))
        if not candidates:  # fall back to every dict the notebook holds
            for value in namespace.values():
                if isinstance(value, dict):
                    candidates.extend(value.keys())
        suggestions = _closest(str(key), candidates)
        if suggestions:
            lines.append(say("explain.KeyError_suggest", suggestions=", ".join(f"'{s}'" for s in suggestions)))
    elif isinstance(error, IndexError):
        lines.append(say("explain.IndexError"))
    elif isinstance(error, ModuleNotFoundError):
        writer = _notebook_writing(f"{error.name}.py") if error.name and "." not in error.name else None
        if writer:  # the learner's own module, written by a %%writefile cell not run yet (e.g. 12's my_sns.py)
            lines.append(say("explain.ModuleNotFoundError_own", module=error.name, notebook=writer))
        else:
            lines.append(say("explain.ModuleNotFoundError", module=error.name or "?"))
    elif isinstance(error, FileNotFoundError):
        lines.append(say("explain.FileNotFoundError", filename=error.filename or "?"))
        if error.filename and "/" not in str(error.filename):
            import os
            lines.append(say("explain.FileNotFoundError_where", cwd=os.getcwd()))
    elif isinstance(error, UnicodeDecodeError):
        lines.append(say("explain.UnicodeDecodeError"))
        if error.encoding and error.encoding.lower().replace("-", "") in {"cp949", "euckr"}:
            lines.append(say("explain.UnicodeDecodeError_cp949"))
    elif isinstance(error, ZeroDivisionError):
        lines.append(say("explain.ZeroDivisionError"))
    elif isinstance(error, AttributeError):
        obj = getattr(error, "obj", None)
        attr = getattr(error, "name", None) or "?"
        if obj is None and "'NoneType' object" in str(error):
            lines.append(say("explain.AttributeError_None", attr=attr))
        else:
            match = re.match(r"'(\w+)' object", str(error))
            type_label = type_name(obj) if obj is not None else (match.group(1) if match else "이")
            lines.append(say("explain.AttributeError", type=type_label, attr=attr))
        if obj is not None:
            suggestions = _closest(attr, dir(obj))
            if suggestions:
                lines.append(say("explain.AttributeError_suggest", suggestion=suggestions[0]))
    elif isinstance(error, ValueError) and "invalid literal for int()" in str(error) \
            and re.search(r": '\s*-?[0-9]*\.[0-9]+\s*'$", str(error)):
        lines.append(say("explain.ValueError_decimal", literal=str(error).rsplit(": ", 1)[1].strip("'")))
    elif isinstance(error, ValueError) and "invalid literal for int()" in str(error) \
            or isinstance(error, ValueError) and "could not convert string to float" in str(error):
        lines.append(say("explain.ValueError_int"))
    elif isinstance(error, NotImplementedError):
        lines.append(say("explain.NotImplementedError"))
    elif isinstance(error, (RecursionError, KeyboardInterrupt)) and has(f"explain.{kind}"):
        lines.append(say(f"explain.{kind}"))
    if not lines:
        return []
    if not isinstance(error, NotImplementedError):  # nothing to fix there: it is the blank itself
        lines.append(say("explain.footer"))
    return lines


def explanation(error: BaseException, namespace: Mapping[str, Any] | None = None,
                tb: TracebackType | None = None) -> Notice | None:
    """The labelled box shown under the traceback, or ``None`` when there is nothing to add."""
    lines = explain(error, namespace, tb)
    return Notice("explain", say("explain.label"), tuple(lines)) if lines else None


def _explained_traceback(shell: Any, original: Any):
    def _showtraceback(etype, evalue, stb):
        result = original(etype, evalue, stb)  # the real error first, exactly as it was
        try:
            tb = getattr(evalue, "__traceback__", None)
            notice = explanation(evalue, getattr(shell, "user_ns", {}), tb)
            if notice is not None:
                from IPython.display import display
                display(notice)
        except Exception:  # the explainer must never hide the real error
            pass
        return result

    return _showtraceback


def load_ipython_extension(shell: Any) -> None:
    """Append Korean explanations to every traceback this shell shows (idempotent)."""
    if getattr(shell, _MARK, None) is not None:
        return
    original = shell._showtraceback
    setattr(shell, _MARK, original)
    shell._showtraceback = _explained_traceback(shell, original)


def unload_ipython_extension(shell: Any) -> None:
    original = getattr(shell, _MARK, None)
    if original is not None:
        shell._showtraceback = original
        setattr(shell, _MARK, None)
