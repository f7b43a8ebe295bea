"""Logins as a district office hands them out: hub-kept passwords, printed slips, first-login change.

``AcademyAuthenticator`` is NativeAuthenticator (bcrypt passwords in the hub database, optional
self sign-up that an instructor approves at ``/hub/authorize``, ``/hub/change-password``) plus
one table of our own, ``academy_accounts``: the learner's Korean name (for login slips) and
whether the initial password from the slip must still be changed. Until it is, every visit to
the hub's front door leads to ``/hub/change-password``.

Accounts are written from outside the running hub (``academy hub add-user``, the enrolment
import) straight into the hub database with ``set_login``.
"""

from __future__ import annotations

import asyncio
from typing import Any

import bcrypt
from jupyterhub.orm import Base
from nativeauthenticator import NativeAuthenticator
from nativeauthenticator.orm import UserInfo
from sqlalchemy import Boolean, Column, String, create_engine
from sqlalchemy.orm import Session

from academy.district import CIRCLE_ACCOUNT_PREFIX


class AcademyAccount(Base):
    """What the academy adds to a hub login."""

    __tablename__ = "academy_accounts"
    username = Column(String(128), primary_key=True)
    full_name = Column(String(128), default="")
    must_change_password = Column(Boolean, default=True)


BCRYPT_ROUNDS = 10  # OWASP's floor; 4x cheaper than bcrypt's default 12 at the 09:00 rush


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def _ensure_tables(bind) -> None:
    UserInfo.__table__.create(bind, checkfirst=True)
    AcademyAccount.__table__.create(bind, checkfirst=True)


class AcademyAuthenticator(NativeAuthenticator):
    """NativeAuthenticator that remembers who still has to replace the slip's initial password.
    """

    def get_handlers(self, app):
        # NativeAuthenticator's own /login handler predates JupyterHub 5 (it uses the removed
        # `statsd`); JupyterHub's login handler calls the same `authenticate` below.
        return [(path, handler) for path, handler in super().get_handlers(app) if path != r"/login"]

    def add_new_table(self):
        super().add_new_table()
        _ensure_tables(self.db.bind)

    async def authenticate(self, handler, data):
        """NativeAuthenticator's check, with bcrypt off the hub's event loop.

        bcrypt costs tens to hundreds of milliseconds of CPU per login; done inline (as
        NativeAuthenticator does) 30 logins at 09:00 stall the whole hub one after another.
        """
        username = self.normalize_username(data["username"])
        if username.startswith(CIRCLE_ACCOUNT_PREFIX):  # a study circle's account: nobody logs in as it
            return None
        user = self.get_user(username)
        if not user or (self.allowed_failed_logins and self.is_blocked(username)):
            return None
        valid = user.is_authorized and await asyncio.to_thread(user.is_valid_password, data["password"])
        if valid and user.has_2fa:
            valid = user.is_valid_token(data.get("2fa"))
        if valid:
            self.successful_login(username)
            return username
        self.add_login_attempt(username)
        return None

    def create_user(self, username, password, **kwargs):
        """Sign-up: never under a study circle's account name (academy/together/circle_server.py)."""
        if self.normalize_username(username).startswith(CIRCLE_ACCOUNT_PREFIX):
            return None
        return super().create_user(username, password, **kwargs)

    def must_change_password(self, username: str) -> bool:
        account = self.db.get(AcademyAccount, username)
        return bool(account and account.must_change_password)

    def change_password(self, username, new_password):
        user = self.get_user(username)
        if user is None or not self.is_password_strong(new_password):
            return None
        user.password = hash_password(new_password)
        self.db.commit()
        changed = True
        account = self.db.get(AcademyAccount, username)
        if changed and account is not None:
            account.must_change_password = False
            self.db.commit()
        return changed


def default_url(handler) -> str | None:
    """Where the hub's front door leads: the password page while the slip's password is in use.

    Returning ``None`` keeps JupyterHub's own choice (start or open the learner's server).
    """
    user = handler.current_user
    authenticator = handler.authenticator
    if user is not None and isinstance(authenticator, AcademyAuthenticator):
        if authenticator.must_change_password(user.name):
            return handler.hub.base_url + "change-password"
    return None


def set_login(db_url: str, username: str, password: str, *, full_name: str = "",
              must_change: bool = True, keep_existing: bool = False) -> bool:
    """Create or reset ``username``'s hub login (authorized) in the hub database at ``db_url``.

    With ``keep_existing`` an existing login is left as it is. Returns whether one was written.
    """
    engine = create_engine(db_url, connect_args={"timeout": 30} if db_url.startswith("sqlite") else {})
    try:
        _ensure_tables(engine)
        with Session(engine) as db:
            hashed = hash_password(password)
            info = db.query(UserInfo).filter(UserInfo.username == username).first()
            if info is not None and keep_existing:
                return False
            if info is None:
                db.add(UserInfo(username=username, password=hashed, is_authorized=True))
            else:
                info.password, info.is_authorized = hashed, True
            account = db.get(AcademyAccount, username)
            if account is None:
                db.add(AcademyAccount(username=username, full_name=full_name, must_change_password=must_change))
            else:
                account.full_name = full_name or account.full_name
                account.must_change_password = must_change
            db.commit()
            return True
    finally:
        engine.dispose()


def remove_login(db_url: str, username: str) -> None:
    engine = create_engine(db_url)
    try:
        _ensure_tables(engine)
        with Session(engine) as db:
            db.query(UserInfo).filter(UserInfo.username == username).delete()
            db.query(AcademyAccount).filter(AcademyAccount.username == username).delete()
            db.commit()
    finally:
        engine.dispose()


def login_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """NativeAuthenticator traits for a district's ``[auth]`` section."""
    return {
        "enable_signup": settings["auth"]["self_signup"],
        "open_signup": False,  # a signed-up learner waits for an instructor's approval
        "minimum_password_length": settings["auth"]["min_password_length"],
        "check_common_password": True,
        "allowed_failed_logins": 5,
        "seconds_before_next_try": 60,
    }
