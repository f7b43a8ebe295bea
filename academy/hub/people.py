"""Add and remove the district's people on a running hub: Unix account, login, hub groups.

>>> add_user(settings, "kim01", role="learner", full_name="김민지")     # doctest: +SKIP
Account(name='kim01', unix='sca-kim01', password='abcd-2345', role='learner', full_name='김민지')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from academy.admin.course import course_group, instructor_group
from academy.district import CIRCLE_ACCOUNT_PREFIX
from academy.hub import unix_accounts, data_root
from academy.hub.api import HubAPI  # noqa: F401  (the one hub client; imported from here too)
from academy.hub.auth import remove_login, set_login

ROLES = ("learner", "instructor")


@dataclass(frozen=True)
class Account:
    name: str
    unix: str
    password: str | None  # None: the person already chose their own (a slip shows none)
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
    if name.startswith(CIRCLE_ACCOUNT_PREFIX):
        raise ValueError(f"{name!r}: names starting with {CIRCLE_ACCOUNT_PREFIX!r} are study circles' accounts")
    api = api or HubAPI(settings)
    course = settings["district"]["course_id"]
    unix = unix_accounts.unix_name(settings, name)
    unix_accounts.ensure_unix_user(unix, settings["accounts"]["home_root"], comment=full_name or name)
    unix_accounts.join_district(settings, unix)  # only the district's accounts reach its data root
    password = password or unix_accounts.make_password()
    if settings["auth"]["mode"] == "native":
        set_login(data_root.db_url(settings), name, password, full_name=full_name, must_change=must_change,
                  keep_existing=keep_existing_login)
    elif not (keep_existing_login and unix_accounts.has_unix_password(unix)):
        # pam: the hub checks the Unix password. It is not expired on purpose (the hub cannot
        # ask for a new one at login); the district admin sets a new one by adding the user again.
        unix_accounts.set_unix_password(unix, password)
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
        remove_login(data_root.db_url(settings), name)
    unix_accounts.remove_unix_user(unix_accounts.unix_name(settings, name))


def login_slip(settings: dict[str, Any], account: Account) -> str:
    """The printed login slip of ``account``, in Korean (academy/messages/ko/hub.yml): the hub's
    address, the login name and -- while it is still the one to use -- the initial password."""
    from academy.hub.config import public_url
    from academy.messages import say

    url = public_url(settings)
    title = say("hub.slip_title", district=settings["district"]["name"])
    body = say("hub.slip_body", full_name=account.full_name or account.name, url=url,
               name=account.name, password=account.password or "\0").rstrip()
    if account.password:
        # Native: the hub makes everyone change it at first login. PAM: it is the Unix password.
        body += "\n" + say(f"hub.slip_change_{settings['auth']['mode']}")
    else:  # the person already chose their own: no initial password to print
        body = "\n".join(line for line in body.splitlines() if "\0" not in line)
        body += "\n" + say("hub.slip_password_own")
    if account.role == "instructor":
        body += "\n" + say("hub.slip_instructor", formgrader=f"{url}services/{settings['district']['course_id']}/formgrader")
    rule = "-" * 44
    return f"{rule}\n{title}\n{body}\n"


def password_changed(settings: dict[str, Any], name: str) -> bool:
    """Whether ``name`` already replaced the initial password (native logins; PAM: unknown, False)."""
    if settings["auth"]["mode"] != "native":
        return False
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from academy.hub.auth import AcademyAccount

    engine = create_engine(data_root.db_url(settings))
    try:
        with Session(engine) as db:
            account = db.get(AcademyAccount, name)
            return account is not None and not account.must_change_password
    finally:
        engine.dispose()


# The demo district's people: (login, role, Korean name).
DEMO_PEOPLE = [("teacher", "instructor", "김강사"), ("learner1", "learner", "이수강"), ("learner2", "learner", "박배움")]


def demo_accounts(settings: dict[str, Any]) -> list[Account]:
    """Create the demo people once (their initial passwords kept 0600 under the hub folder, so
    ``scripts/run.sh`` prints the same slips at every start) and return them; an account whose
    owner already chose their own password comes back without one (its slip shows no stale one)."""
    import json
    import os

    from academy.hub.enrolment import Row, names_in_gradebook

    store = data_root.paths(settings)["hub"] / "demo-accounts.json"
    known = json.loads(store.read_text()) if store.exists() else {}
    people = []
    for name, role, full_name in DEMO_PEOPLE:
        password = known.get(name) or unix_accounts.make_password()
        # Already created: keep the login (and any password the person chose since).
        account = add_user(settings, name, role=role, password=password, full_name=full_name,
                           keep_existing_login=name in known)
        shown = None if name in known and password_changed(settings, name) else password
        known[name] = password
        people.append(Account(account.name, account.unix, shown, role, full_name))
    store.write_text(json.dumps(known))
    os.chmod(store, 0o600)
    names_in_gradebook(settings, [Row(0, name, full_name, role) for name, role, full_name in DEMO_PEOPLE])
    return people
