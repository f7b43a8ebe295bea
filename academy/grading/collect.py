"""Collect only what each learner's own Unix account submitted.

Stock nbgrader files an inbound entry under whatever student id its name claims
(``nbgrader submit --student bob`` or a hand-made ``bob+MODULE+...`` folder), and its
``check_owner`` only warns. Here every entry, and every file in it, must belong to the account
``<unix_prefix><student id>``; anything else stays in inbound, uncollected, with a warning.
Collect runs as root, so an entry may hold only folders and regular files, and links are never
followed while copying: a learner's symlink to the source notebooks (solutions, hidden tests) or
the gradebook would otherwise be read as root and come back in feedback; a FIFO would hang it.
A study circle's own account (``circle-<id>``, academy/together/circle_server.py) is nobody's: its
entries are never collected. Without ``unix_prefix`` (plain course roots, no accounts) this is stock ``ExchangeCollect``.
"""

from __future__ import annotations

import os
import pwd
import shutil
import stat

from nbgrader.exchange.default.collect import ExchangeCollect
from nbgrader.utils import ignore_patterns
from traitlets import Unicode

from academy.district import CIRCLE_ACCOUNT_PREFIX
from academy.messages import say


class VerifiedCollect(ExchangeCollect):
    unix_prefix = Unicode("", help="Learner NAME submits as Unix account <unix_prefix>NAME; "
                                   "empty: no accounts, collect like stock nbgrader").tag(config=True)

    def _path_to_record(self, path):
        record = super()._path_to_record(path)
        record["impostor"] = self._impostor(path, record["username"]) if self.unix_prefix else None
        if record["impostor"]:
            self.log.warning(say("grading.forged_submission", entry=record["filename"], student=record["username"],
                                 reason=record["impostor"]))
        return record

    def _sort_by_timestamp(self, records):
        # Called per claimed learner to pick the entry to collect: the newest genuine one, so a
        # forged newer entry cannot hide (or replace) the learner's own submission.
        genuine = [r for r in records if not r.get("impostor")]
        return super()._sort_by_timestamp(genuine or records)

    def copy_files(self):
        if self.unix_prefix:
            self.src_records = [r for r in self.src_records if not r.get("impostor")]
            self.check_owner = False  # stock check compares with the bare id and only warns; ours is stricter
        super().copy_files()

    def do_copy(self, src, dest, log=None):
        if not self.unix_prefix:
            return super().do_copy(src, dest, log)
        # Stock do_copy, except that links are copied as links (never followed, even if one is
        # swapped in after the check) and then dropped, and only folders and regular files count.
        if self.get_size(src) > 1000 * self.coursedir.max_dir_size:
            raise RuntimeError(f"Directory size is too big (maximum {1000 * self.coursedir.max_dir_size})")
        stock_ignore = ignore_patterns(exclude=self.coursedir.ignore, include=self.coursedir.include,
                                       max_file_size=self.coursedir.max_file_size, log=self.log)

        def ignore(folder, names):
            special = {n for n in names if not _plain(os.lstat(os.path.join(folder, n)).st_mode)
                       and not os.path.islink(os.path.join(folder, n))}
            return set(stock_ignore(folder, names)) | special

        shutil.copytree(src, dest, symlinks=True, ignore=ignore)
        for folder, dirs, files in os.walk(dest):
            for name in dirs + files:
                if os.path.islink(os.path.join(folder, name)):
                    os.unlink(os.path.join(folder, name))

    def _impostor(self, path: str, student_id: str) -> str | None:
        """Why ``path`` is not ``student_id``'s own submission (None: it is)."""
        account = self.unix_prefix + student_id
        if student_id.startswith(CIRCLE_ACCOUNT_PREFIX):  # a study circle's account: nobody's work
            return say("grading.circle_account", account=account)
        try:
            uid = pwd.getpwnam(account).pw_uid
        except KeyError:
            return say("grading.no_account", account=account)
        entries = [os.lstat(path)]
        for folder, dirs, files in os.walk(path):  # symlinks are not followed: their own owner counts
            entries += [os.lstat(os.path.join(folder, name)) for name in dirs + files]
        if not all(_plain(entry.st_mode) for entry in entries):
            return say("grading.special_file", account=account)
        strangers = {entry.st_uid for entry in entries} - {uid}
        if not strangers:
            return None
        return say("grading.owned_by", account=account, owners=", ".join(sorted(map(_user_name, strangers))))


def _plain(mode: int) -> bool:
    """Only folders and regular files may be collected (no links, FIFOs, sockets, devices)."""
    return stat.S_ISDIR(mode) or stat.S_ISREG(mode)


def _user_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"
