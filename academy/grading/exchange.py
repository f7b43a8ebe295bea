"""Collect only what each learner's own Unix account submitted.

Stock nbgrader files an inbound entry under whatever student id its name claims
(``nbgrader submit --student bob`` or a hand-made ``bob+MODULE+...`` folder), and its
``check_owner`` only warns. Here every entry, and every file in it, must belong to the account
``<unix_prefix><student id>``; anything else stays in inbound, uncollected, with a warning.
Without ``unix_prefix`` (plain course roots, no accounts) this is stock ``ExchangeCollect``.
"""

from __future__ import annotations

import os
import pwd

from nbgrader.exchange.default.collect import ExchangeCollect
from traitlets import Unicode

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

    def _impostor(self, path: str, student_id: str) -> str | None:
        """Why ``path`` is not ``student_id``'s own submission (None: it is)."""
        account = self.unix_prefix + student_id
        try:
            uid = pwd.getpwnam(account).pw_uid
        except KeyError:
            return say("grading.no_account", account=account)
        strangers = {os.lstat(path).st_uid}
        for folder, dirs, files in os.walk(path):  # symlinks are not followed: their own owner counts
            for name in dirs + files:
                strangers.add(os.lstat(os.path.join(folder, name)).st_uid)
        strangers.discard(uid)
        if not strangers:
            return None
        return say("grading.owned_by", account=account, owners=", ".join(sorted(map(_user_name, strangers))))


def _user_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"
