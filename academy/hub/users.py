"""Add and remove the district's people on a running hub: Unix account, login, hub groups.

>>> add_user(settings, "kim01", role="learner", full_name="김민지")     # doctest: +SKIP
Account(name='kim01', unix='sca-kim01', password='abcd-2345', role='learner', full_name='김민지')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from academy.course import course_group, instructor_group
from academy.hub import accounts, setup
from academy.hub.api import HubAPI  # noqa: F401  (the one hub client; imported from here too)
from academy.hub.auth import remove_login, set_login

ROLES = ("learner", "instructor")


@dataclass(frozen=True)
class Account:
    name: str
    unix: str
    password: str
    role: str
    full_name: str = ""


def add_user(settings: dict[str, Any], name: str, *, role: str = "learner", password: str | None = None,
             full_name: str = "", api: HubAPI | None = None, must_change: bool = True,
             keep_existing_login: bool = False) -> Account:
    """Create (or reset) ``name``: Unix account with a private home, hub login, course groups.

    The login is the hub's own (``auth.mode = "native"``) or the Unix password (``"pam"``).
    """
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")
    api = api or HubAPI(settings)
    course = settings["district"]["course_id"]
    unix = accounts.unix_name(settings, name)
    accounts.ensure_unix_user(unix, settings["accounts"]["home_root"], comment=full_name or name)
    accounts.join_district(settings, unix)  # only the district's accounts reach its data root
    password = password or accounts.make_password()
    if settings["auth"]["mode"] == "native":
        set_login(setup.db_url(settings), name, password, full_name=full_name, must_change=must_change,
                  keep_existing=keep_existing_login)
    elif not (keep_existing_login and accounts.has_unix_password(unix)):
        # pam: the hub checks the Unix password. It is not expired on purpose (the hub cannot
        # ask for a new one at login); the district admin sets a new one by adding the user again.
        accounts.set_unix_password(unix, password)
    api.request("POST", f"/users/{name}", ok=(201, 409))
    groups = [course_group(course)] + ([instructor_group(course)] if role == "instructor" else [])
    for group in groups:
        api.request("POST", f"/groups/{group}/users", {"users": [name]})
    return Account(name=name, unix=unix, password=password, role=role, full_name=full_name)


def remove_user(settings: dict[str, Any], name: str, *, api: HubAPI | None = None) -> None:
    """Stop the server, delete the hub user, its login and its Unix account with home."""
    api = api or HubAPI(settings)
    try:
        api.request("DELETE", f"/users/{name}/server", ok=(202, 204, 400, 404))
        api.request("DELETE", f"/users/{name}", ok=(204, 404))
    except (OSError, RuntimeError):
        pass  # hub already down: the Unix account still goes
    if settings["auth"]["mode"] == "native":
        remove_login(setup.db_url(settings), name)
    accounts.remove_unix_user(accounts.unix_name(settings, name))
