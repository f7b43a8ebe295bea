"""A learner's weekly-report subscription: one small JSON file in the learner's own home.

``~/.academy/weekly.json`` is written by the learner (``academy.weekly.subscribe``), so only the
learner can subscribe themselves, and read by the root-run ``academy-weekly`` service. The
learner controls its content completely, so the service reads it as untrusted input:

* :func:`read_file` opens it without following symlinks (``~/.academy`` and the file itself),
  refuses anything but a regular file owned by the learner, and reads at most ``MAX_BYTES``;
* :func:`parse` accepts exactly the known keys with the right types; paths are relative to the
  home, without ``..``; :func:`resolve` then refuses paths that lead outside the home (a symlink
  to another learner's home, ``/etc``...).

Every refusal is a :class:`Refused` carrying a Korean reason for the learner's run record.

>>> parse(b'{"notebook": "my_report.ipynb", "export": "x.zip", "platform": null, "keep": null,'
...       b' "since": "2026-12-01T00:00:00+00:00"}').notebook
'my_report.ipynb'
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from academy.messages import say

FOLDER = ".academy"
NAME = "weekly.json"
MAX_BYTES = 16 * 1024
MAX_PATH = 400
PLATFORMS = ("instagram", "facebook", "x", "youtube", "kakaotalk", "naver_blog", "kakao_channel")
KEYS = {"notebook", "export", "platform", "keep", "since"}


class Refused(ValueError):
    """The subscription cannot be used; ``str(error)`` is the Korean reason."""


@dataclass(frozen=True)
class Subscription:
    notebook: str           # relative to the home, ends in .ipynb
    export: str             # relative to the home (a .zip, a file or a folder)
    platform: str | None    # None: the notebook's own default
    keep: int | None        # None: the district's [weekly] keep
    since: datetime         # aware; only weekly due moments after it count

    def to_json(self) -> str:
        return json.dumps({"notebook": self.notebook, "export": self.export, "platform": self.platform,
                           "keep": self.keep, "since": self.since.isoformat()}, ensure_ascii=False, indent=2) + "\n"


def _field(name: str) -> Refused:
    return Refused(say("weekly.why_bad_field", field=name))


def relative_path(value: object, name: str) -> str:
    """A path inside the home, written relative to it: no absolute path, no ``..``, no NUL."""
    if not isinstance(value, str) or not value or len(value) > MAX_PATH or "\0" in value:
        raise _field(name)
    path = PurePosixPath(value)
    if path.is_absolute() or ".." in path.parts or str(path) in ("", "."):
        raise _field(name)
    return str(path)


def parse(raw: bytes) -> Subscription:
    """Strictly validate the file's bytes (see the module docstring)."""
    if len(raw) > MAX_BYTES:
        raise Refused(say("weekly.why_too_big", size=len(raw), limit=MAX_BYTES))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Refused(say("weekly.why_not_json")) from None
    if not isinstance(data, dict):
        raise Refused(say("weekly.why_not_json"))
    for key in data:
        if key not in KEYS:
            raise _field(str(key)[:40])
    for key in KEYS - set(data):
        raise _field(key)
    notebook = relative_path(data["notebook"], "notebook")
    if not notebook.endswith(".ipynb"):
        raise _field("notebook")
    export = relative_path(data["export"], "export")
    platform = data["platform"]
    if platform is not None and platform not in PLATFORMS:
        raise _field("platform")
    keep = data["keep"]
    if keep is not None and (not isinstance(keep, int) or isinstance(keep, bool) or not 1 <= keep <= 52):
        raise _field("keep")
    try:
        since = datetime.fromisoformat(data["since"])
    except (TypeError, ValueError):
        raise _field("since") from None
    if since.tzinfo is None:
        raise _field("since")
    return Subscription(notebook, export, platform, keep, since)


def read_file(home: Path | str, uid: int) -> bytes | None:
    """The subscription file's bytes, read by root without trusting the learner's home.

    ``None`` when there is no subscription. Raises :class:`Refused` for a symlink, a FIFO, a
    folder, a file another account owns or one larger than ``MAX_BYTES``.
    """
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        home_fd = os.open(home, flags | os.O_DIRECTORY)
    except FileNotFoundError:
        return None
    try:
        try:
            folder_fd = os.open(FOLDER, flags | os.O_DIRECTORY, dir_fd=home_fd)
        except FileNotFoundError:
            return None
        except OSError:  # a symlink (ELOOP) or not a folder (ENOTDIR)
            raise Refused(say("weekly.why_not_file")) from None
        try:
            if os.fstat(folder_fd).st_uid != uid:
                raise Refused(say("weekly.why_not_owner"))
            try:
                fd = os.open(NAME, flags | os.O_NONBLOCK, dir_fd=folder_fd)
            except FileNotFoundError:
                return None
            except OSError:
                raise Refused(say("weekly.why_not_file")) from None
            try:
                info = os.fstat(fd)
                if not stat.S_ISREG(info.st_mode):
                    raise Refused(say("weekly.why_not_file"))
                if info.st_uid != uid:
                    raise Refused(say("weekly.why_not_owner"))
                if info.st_size > MAX_BYTES:
                    raise Refused(say("weekly.why_too_big", size=info.st_size, limit=MAX_BYTES))
                raw = os.read(fd, MAX_BYTES + 1)
                if len(raw) > MAX_BYTES:
                    raise Refused(say("weekly.why_too_big", size=len(raw), limit=MAX_BYTES))
                return raw
            finally:
                os.close(fd)
        finally:
            os.close(folder_fd)
    finally:
        os.close(home_fd)


def resolve(home: Path | str, relative: str, *, folder_ok: bool = False) -> Path:
    """``home/relative`` with every symlink resolved; :class:`Refused` if it leaves the home.

    Missing files resolve too (the job reports them by name); only where they point matters.
    """
    home = Path(os.path.realpath(home))
    path = Path(os.path.realpath(home / relative))
    if path == home or home not in path.parents:
        raise Refused(say("weekly.outside_home", path="~/" + relative))
    if path.exists() and not (path.is_file() or (folder_ok and path.is_dir())):
        raise Refused(say("weekly.outside_home", path="~/" + relative))
    return path
