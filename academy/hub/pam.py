"""Logins with the machine's own Unix passwords (district option ``auth.mode = "pam"``).

JupyterHub's ``PAMAuthenticator`` assumes hub user ``kim`` *is* Unix user ``kim``. Here hub
user ``kim`` runs as ``<unix_prefix>kim`` (``sca-kim``, see ``unix_accounts.py``), and who may log
in is the course roster the hub already keeps. ``AcademyPAMAuthenticator`` therefore

* checks the typed password against the Unix account ``<unix_prefix><name>`` (PAM service
  ``login``, account check included), while the learner types the hub name on the slip;
* reads ``allowed_groups`` as *hub* groups (``nbgrader-<course>``: ``users.add_user`` puts every
  learner and instructor there), not Unix groups; ``allowed_users`` (instructors, admins) too;
* does not let every user in the hub database log in (``allow_existing_users`` is off): a hub
  user taken out of the course group can no longer log in;
* accepts hub users whose Unix account does not exist yet (the district admin creates it with
  ``academy hub add-user``; instructors are hub users from the first start).

Passwords are set with ``chpasswd`` (``accounts.set_unix_password``). Learners have no terminal,
so a new password comes from the district admin (``academy hub add-user NAME`` again); the
login slip says so.
"""

from __future__ import annotations

from jupyterhub.auth import Authenticator, PAMAuthenticator
from traitlets import Unicode, default

from academy.district import SETTINGS


class AcademyPAMAuthenticator(PAMAuthenticator):
    # The default is the district's (academy/district.py); hub/config.py sets the district's value.
    unix_prefix = Unicode(SETTINGS["accounts"]["unix_prefix"].default, config=True,
                          help="hub user NAME logs in with Unix account <unix_prefix>NAME")

    @default("allow_existing_users")
    def _no_existing_users(self):
        return False

    def unix_name(self, hub_name: str) -> str:
        return self.unix_prefix + hub_name

    async def authenticate(self, handler, data):
        """PAM-authenticate ``<unix_prefix><name>``; the hub user is ``<name>``."""
        name = self.normalize_username(data.get("username", ""))
        if not name or not self.validate_username(name):
            return None
        unix = await super().authenticate(handler, {**data, "username": self.unix_name(name)})
        return name if unix else None

    def check_allowed_groups(self, username, authentication=None):
        """Membership of one of ``allowed_groups`` — the hub's groups (the course roster)."""
        if not self.allowed_groups:
            return False
        from jupyterhub import orm

        user = orm.User.find(self.parent.db, username)
        return user is not None and any(group.name in self.allowed_groups for group in user.groups)

    def system_user_exists(self, user):
        try:
            self._getpwnam(self.unix_name(user.name))
        except KeyError:
            return False
        return True

    def add_user(self, user):
        # Skip LocalAuthenticator's "Unix account must exist" (it would look for ``kim``, and the
        # account may be created after the hub user); only the base bookkeeping.
        return Authenticator.add_user(self, user)
