"""District settings: one small TOML file per district, merged onto one set of defaults.

Every setting is declared once in ``SETTINGS`` (default, what it is, how it is checked, how to
fix it). ``load("demo")`` reads ``districts/demo.toml``, deep-copies the defaults, merges the
file onto them and validates every key; a bad value raises ``DistrictError`` naming the file,
the key and the fix (in Korean, for the district admin).

>>> d = load("demo")                                               # doctest: +SKIP
>>> d["hub"]["port"], d["district"]["course_id"]                  # doctest: +SKIP
(8000, 'demo')

Files in, settings out::

    # districts/demo.toml                      load("demo")
    [district]                                 {"district": {"id": "demo", "name": "데모구",
    id = "demo"                                              "course_id": "demo"},
    name = "데모구"                              "hub": {"ip": "127.0.0.1", "port": 8000, ...},
                                                ...every other key from SETTINGS...}
"""

from __future__ import annotations

import copy
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from academy.kernels.limits import LIMITS
from academy.layout import REPO

SLUG = re.compile(r"^[a-z][a-z0-9-]{0,19}$")
USERNAME = re.compile(r"^[a-z][a-z0-9_-]{0,23}$")
# Hub and Unix names of study circles' own accounts (academy/together/circle_server.py): never a person's.
CIRCLE_ACCOUNT_PREFIX = "circle-"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def circle_of_account(hub_name: str) -> str | None:
    """The study circle whose own account ``hub_name`` is, or None for a person.

    >>> circle_of_account("circle-morning-a"), circle_of_account("kim")
    ('morning-a', None)
    """
    return hub_name[len(CIRCLE_ACCOUNT_PREFIX):] if hub_name.startswith(CIRCLE_ACCOUNT_PREFIX) else None


class DistrictError(ValueError):
    """A district file is wrong; the message names the file, the key and the fix."""


@dataclass(frozen=True)
class Setting:
    """One district setting: its default, what it means, its check and the fix to suggest."""

    default: Any
    help: str
    check: Callable[[Any], bool]
    fix: str


def is_username(value: Any) -> bool:
    """A hub login id (also the Unix account's suffix): lower-case letter first, then up to 23
    lower-case letters, digits, ``_`` or ``-``. One rule for district files and enrolment sheets.

    Names starting with ``CIRCLE_ACCOUNT_PREFIX`` belong to study circles' own accounts, never to a person.

    >>> is_username("kim01"), is_username("Park 03"), is_username(7), is_username("circle-1")
    (True, False, False, False)
    """
    return isinstance(value, str) and bool(USERNAME.match(value)) and not value.startswith(CIRCLE_ACCOUNT_PREFIX)


def _int(lo: int, hi: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi


def _is_class(entry: Any) -> bool:
    return (isinstance(entry, dict) and set(entry) == {"days", "start", "end"}
            and isinstance(entry["days"], list) and entry["days"]
            and all(day in WEEKDAYS for day in entry["days"])
            and all(isinstance(entry[k], str) and HHMM.match(entry[k]) for k in ("start", "end"))
            and entry["start"] < entry["end"])


IMAGE = re.compile(r"^[a-z0-9][a-z0-9._/-]*(:[0-9]+)?[a-z0-9._/-]*:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")


def _cores(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0.05 <= value <= 64


def _is_timezone(value: Any) -> bool:
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(value)
    except Exception:
        return False
    return True


def _is_database_url(value: Any) -> bool:
    """Empty (SQLite) or a PostgreSQL URL without a password (academy/database.py)."""
    from academy.database import is_postgres_url

    return value == "" or is_postgres_url(value)


def _is_due_table(value: Any) -> bool:
    from academy.deadlines import is_due

    return isinstance(value, dict) and all(isinstance(k, str) and re.match(r"^\d\d-[a-z][a-z0-9-]*$", k) and is_due(v)
                                           for k, v in value.items())


# The one set of defaults, next to each setting's meaning, type check and fix.
SETTINGS: dict[str, dict[str, Setting]] = {
    "district": {
        "id": Setting("", "district id: the file name, used in paths and unit names",
                      lambda v: isinstance(v, str) and bool(SLUG.match(v)),
                      'id = "gangnam" 처럼 영문 소문자로 시작하는 20자 이하(소문자·숫자·-)로 써 주세요'),
        "name": Setting("", "Korean name shown to learners, e.g. 소셜특별시 데모구",
                        lambda v: isinstance(v, str) and v.strip() != "",
                        'name = "소셜특별시 데모구" 처럼 구 이름을 써 주세요'),
        "course_id": Setting("", "nbgrader course id (empty: the district id)",
                             lambda v: isinstance(v, str) and (v == "" or bool(SLUG.match(v))),
                             'course_id = "demo" 처럼 영문 소문자·숫자·-로 써 주세요 (비우면 구 id를 써요)'),
    },
    "hub": {
        "ip": Setting("127.0.0.1", "address the hub listens on",
                      lambda v: isinstance(v, str) and v != "",
                      'ip = "127.0.0.1" (이 컴퓨터에서만) 또는 "0.0.0.0" (모든 주소)'),
        "port": Setting(8000, "public port; the next six ports are used inside (hub API, proxy API, formgrader, "
                        "academy-together, academy-dashboard, ngshare: academy/hub/config.py ports)",
                        _int(1024, 65000), "port = 8000 처럼 1024~65000 사이 정수를 써 주세요"),
        "base_url": Setting("/", "URL prefix of the hub, e.g. /gangnam/",
                            lambda v: isinstance(v, str) and v.startswith("/") and v.endswith("/"),
                            'base_url = "/" 또는 "/gangnam/" 처럼 /로 시작하고 끝나게 써 주세요'),
        "data_root": Setting("var/{id}", "where the hub keeps its database, course, exchange (relative: to the repository)",
                             lambda v: isinstance(v, str) and v != "",
                             'data_root = "/srv/academy/gangnam" 처럼 폴더를 써 주세요'),
    },
    "people": {
        "instructors": Setting([], "hub user names of the instructors (강사): formgrader + course materials",
                               lambda v: isinstance(v, list) and len(v) >= 1 and all(is_username(n) for n in v),
                               'instructors = ["teacher"] 처럼 강사 아이디를 한 명 이상 써 주세요 (영문 소문자로 시작)'),
        "admins": Setting([], "hub user names of district admins (구청 담당자): hub admin page",
                          lambda v: isinstance(v, list) and all(is_username(n) for n in v),
                          'admins = ["officer"] 처럼 아이디 목록을 써 주세요 (없으면 [])'),
    },
    "accounts": {
        "unix_prefix": Setting("sca-", "prefix of the Unix account behind each hub user (kim -> sca-kim)",
                               lambda v: isinstance(v, str) and bool(re.match(r"^[a-z][a-z0-9-]{0,10}-$", v)),
                               'unix_prefix = "sca-" 처럼 영문 소문자로 시작하고 -로 끝나는 12자 이하로 써 주세요'),
        "home_root": Setting("/home", "folder holding the learners' private home folders",
                             lambda v: isinstance(v, str) and v.startswith("/"),
                             'home_root = "/home" 처럼 /로 시작하는 절대 경로를 써 주세요'),
    },
    "auth": {
        "mode": Setting("native", "native: passwords kept by the hub (login slips); pam: the machine's Unix passwords",
                        lambda v: v in ("native", "pam"), 'mode = "native" 또는 "pam" 중 하나를 써 주세요'),
        "self_signup": Setting(False, "learners may sign up themselves; an instructor approves each one",
                               lambda v: isinstance(v, bool), "self_signup = true 또는 false 로 써 주세요"),
        "min_password_length": Setting(8, "shortest password a learner may choose",
                                       _int(6, 64), "min_password_length = 8 처럼 6~64 사이 정수를 써 주세요"),
    },
    "limits": {
        "max_learners": Setting(40, "most learners with a running server at once",
                                _int(1, 2000), "max_learners = 40 처럼 1~2000 사이 정수를 써 주세요"),
        "memory_mb": Setting(1024, "memory one learner's kernel may use (MB); past it that kernel stops",
                             _int(128, 65536), "memory_mb = 1024 처럼 128~65536 사이 정수를 써 주세요"),
        # Address space, not memory_mb's private memory: module 11's Korean analyser alone reserves ~2.2 GB.
        "grading_memory_mb": Setting(LIMITS.memory_mb, "address space one kernel may use while its notebook "
                                     "is graded (MB, the grading sandbox's RLIMIT_AS)", _int(512, 65536),
                                     "grading_memory_mb = 3072 처럼 512~65536 사이 정수를 써 주세요"),
    },
    "lab": {
        # JupyterLab's defaults for every learner (academy/hub/data_root.py writes its overrides.json);
        # larger than JupyterLab's own for learners in their 60s; each learner may still change them.
        "font_size_code": Setting(16, "code font size in px (JupyterLab's own: 13)", _int(10, 40),
                                  "font_size_code = 16 처럼 10~40 사이 정수(px)를 써 주세요"),
        "font_size_content": Setting(17, "font size of notebook text and outputs in px (JupyterLab's own: 14)",
                                     _int(10, 40), "font_size_content = 17 처럼 10~40 사이 정수(px)를 써 주세요"),
        "font_size_ui": Setting(15, "font size of menus, tabs and the file browser in px (JupyterLab's own: 13)",
                                _int(10, 40), "font_size_ui = 15 처럼 10~40 사이 정수(px)를 써 주세요"),
    },
    "schedule": {
        "timezone": Setting("Asia/Seoul", "time zone of the class schedule", _is_timezone,
                            'timezone = "Asia/Seoul" 처럼 IANA 시간대 이름을 써 주세요'),
        "classes": Setting([], "weekly classes: [{days = [\"mon\"], start = \"09:00\", end = \"12:00\"}]",
                           lambda v: isinstance(v, list) and all(_is_class(e) for e in v),
                           'classes = [{days = ["mon", "wed"], start = "09:00", end = "12:00"}] 처럼 '
                           "요일(mon~sun)과 시작·끝 시각(HH:MM, 시작 < 끝)을 써 주세요"),
        "prestart_minutes": Setting(10, "start learners' servers this many minutes before class",
                                    _int(0, 120), "prestart_minutes = 10 처럼 0~120 사이 정수를 써 주세요"),
        "idle_minutes": Setting(60, "outside class, stop servers idle this long (never during class)",
                                _int(5, 1440), "idle_minutes = 60 처럼 5~1440 사이 정수를 써 주세요"),
    },
    "storm": {
        "concurrent_spawn_limit": Setting(40, "most servers starting at the same moment",
                                          _int(1, 500), "concurrent_spawn_limit = 40 처럼 1~500 사이 정수를 써 주세요"),
        "start_timeout": Setting(180, "seconds a server may take to start",
                                 _int(10, 1200), "start_timeout = 180 처럼 10~1200 사이 정수를 써 주세요"),
        "http_timeout": Setting(180, "seconds a started server may take to answer",
                                _int(10, 1200), "http_timeout = 180 처럼 10~1200 사이 정수를 써 주세요"),
        "prestart_parallel": Setting(3, "before class, start this many learners' servers at a time",
                                     _int(1, 50), "prestart_parallel = 3 처럼 1~50 사이 정수를 써 주세요"),
        "fork_servers": Setting(True, "start learners' servers (and their warm-kernel zygotes) as forks of "
                                      "pre-imported parents (academy/kernels/server_fork.py); a failed fork "
                                      "starts the stock way; false: every server is exec'd",
                                lambda v: isinstance(v, bool), "fork_servers = true 또는 false 로 써 주세요"),
    },
    "weekly": {
        "day": Setting("mon", "weekday of the learners' weekly report job (district time zone: schedule.timezone)",
                       lambda v: v in WEEKDAYS, 'day = "mon" 처럼 요일(mon~sun) 하나를 써 주세요'),
        "time": Setting("07:00", "local time the weekly report job starts (HH:MM)",
                        lambda v: isinstance(v, str) and bool(HHMM.match(v)),
                        'time = "07:00" 처럼 24시간제 HH:MM 으로 써 주세요'),
        "keep": Setting(8, "weekly HTML reports kept per learner (~/reports/), unless the learner asks for fewer",
                        _int(1, 52), "keep = 8 처럼 1~52 사이 정수를 써 주세요"),
        "parallel": Setting(2, "most weekly report jobs running at once (pacing: a class of 100 does not start together)",
                            _int(1, 20), "parallel = 2 처럼 1~20 사이 정수를 써 주세요"),
        "timeout_minutes": Setting(20, "a weekly report job running longer is stopped and recorded as failed",
                                   _int(1, 240), "timeout_minutes = 20 처럼 1~240 사이 정수를 써 주세요"),
    },
    "backup": {
        "dir": Setting("/var/backups/academy", "where the daily backup (`academy hub systemd`: academy-backup-<id>.timer) "
                                               "writes <id>-YYYYMMDD-HHMMSS folders (academy/hub/backup.py)",
                       lambda v: isinstance(v, str) and v.startswith("/"),
                       'dir = "/var/backups/academy" 처럼 /로 시작하는 폴더 경로를 써 주세요'),
        "time": Setting("02:30", "local time of the daily backup (HH:MM, schedule.timezone)",
                        lambda v: isinstance(v, str) and bool(HHMM.match(v)),
                        'time = "02:30" 처럼 24시간제 HH:MM 으로 써 주세요'),
        "keep": Setting(14, "the district's newest backups kept in dir; older ones are removed after a good backup",
                        _int(1, 365), "keep = 14 처럼 1~365 사이 정수를 써 주세요"),
    },
    "deadlines": {
        "due": Setting({}, "module due dates, local time (schedule.timezone); beat syllabus.yml's due: "
                            '{"01-values" = "2026-12-10 18:00"} (academy/deadlines.py)', _is_due_table,
                     'due = {"01-values" = "2026-12-10 18:00"} 처럼 모듈 id와 "연-월-일 시:분"을 써 주세요'),
        "late_policy": Setting("note", "a submission after the due date: accept, note (accepted, marked late, "
                                        "the learner is told) or refuse (the learner's submit is refused; one graded anyway "
                                        "counts 0 points, academy/grading/late.py)",
                                lambda v: v in ("accept", "note", "refuse"),
                                'late_policy = "accept", "note", "refuse" 중 하나를 써 주세요'),
    },
    "database": {
        "hub_url": Setting("", "hub database on PostgreSQL, e.g. postgresql://academy@/academy_demo_hub?host=/run/postgresql "
                               "(empty: SQLite <data_root>/hub/jupyterhub.sqlite; no password in the URL)",
                           _is_database_url,
                           'hub_url = "postgresql://academy@/academy_gangnam_hub?host=/run/postgresql" 처럼 '
                           "PostgreSQL 주소를 써 주세요 (비우면 SQLite, 비밀번호는 URL이 아니라 password_file에)"),
        "gradebook_url": Setting("", "nbgrader gradebook on PostgreSQL, e.g. postgresql://academy@/academy_demo?host=/run/postgresql "
                                     "(empty: SQLite <data_root>/course/gradebook.db; no password in the URL)",
                                 _is_database_url,
                                 'gradebook_url = "postgresql://academy@/academy_gangnam?host=/run/postgresql" 처럼 '
                                 "PostgreSQL 주소를 써 주세요 (비우면 SQLite, 비밀번호는 URL이 아니라 password_file에)"),
        "password_file": Setting("", "libpq password file for both URLs (root's, mode 0600, a line *:*:*:USER:PASSWORD); "
                                     "empty: no password (peer auth on the Unix socket, or root's ~/.pgpass)",
                                 lambda v: isinstance(v, str) and (v == "" or v.startswith("/")),
                                 'password_file = "/etc/academy/gangnam.pgpass" 처럼 절대 경로를 써 주세요 (없으면 "")'),
    },
    "exchange": {
        # How nbgrader's exchange knows who submitted (academy/deploy/ngshare.py).
        "kind": Setting("unix", "nbgrader's exchange: unix (a shared folder; who submitted = the Unix account) or "
                                "ngshare (the hub service ngshare; who submitted = the hub login, as on Kubernetes)",
                        lambda v: v in ("unix", "ngshare"), 'kind = "unix" 또는 "ngshare" 중 하나를 써 주세요'),
        "roster_seconds": Setting(60, "ngshare only: how often it takes the course's people from the hub's groups (s)",
                                  _int(1, 3600), "roster_seconds = 60 처럼 1~3600 사이 정수(초)를 써 주세요"),
    },
    "kubernetes": {
        # Read only by `academy k8s values` (academy/deploy/z2jh.py): one Zero to JupyterHub release per district.
        "singleuser_image": Setting("ghcr.io/social-city-academy/singleuser:0.1.0",
                                    "learners' server image (name:tag), built from deploy/image/Dockerfile",
                                    lambda v: isinstance(v, str) and bool(IMAGE.match(v)),
                                    'singleuser_image = "ghcr.io/social-city-academy/singleuser:0.1.0" 처럼 '
                                    "이미지 이름:태그를 써 주세요"),
        "hub_image": Setting("ghcr.io/social-city-academy/hub:0.1.0",
                             "hub image (name:tag), built from deploy/image/hub.Dockerfile (JupyterHub 6.1.1 and "
                             "academy-scheduler, the culler that knows class windows); empty: the chart's own "
                             "k8s-hub image (JupyterHub 5.5.0, the chart's culler, which culls in class too)",
                             lambda v: isinstance(v, str) and (v == "" or bool(IMAGE.match(v))),
                             'hub_image = "ghcr.io/social-city-academy/hub:0.1.0" 처럼 이미지 이름:태그를 써 주세요 (비우면 차트 기본)'),
        "memory_guarantee_mb": Setting(512, "memory reserved for each learner's server (MB); "
                                            "its limit is limits.memory_mb + 512 as on one machine",
                                       _int(64, 65536), "memory_guarantee_mb = 512 처럼 64~65536 사이 정수를 써 주세요"),
        "cpu_guarantee": Setting(0.25, "CPU cores reserved for each learner's server", _cores,
                                 "cpu_guarantee = 0.25 처럼 0.05~64 사이 숫자(코어 수)를 써 주세요"),
        "cpu_limit": Setting(1.0, "most CPU cores one learner's server may use", _cores,
                             "cpu_limit = 1.0 처럼 0.05~64 사이 숫자(코어 수)를 써 주세요"),
        "home_gb": Setting(2, "size of each learner's home volume (GB)", _int(1, 1000),
                           "home_gb = 2 처럼 1~1000 사이 정수(GB)를 써 주세요"),
    },
    "help": {
        "share_minutes": Setting(30, "a helper who joins a learner's help request (도움 요청) may use the learner's "
                                 "server this long, then the share is revoked (academy/together/help.py)",
                                 _int(5, 240), "share_minutes = 30 처럼 5~240 사이 정수(분)를 써 주세요"),
        "open_hours": Setting(8, "a help request nobody closed is closed after this many hours",
                              _int(1, 72), "open_hours = 8 처럼 1~72 사이 정수(시간)를 써 주세요"),
    },
}

REQUIRED = {("district", "id"), ("district", "name"), ("people", "instructors")}


def defaults() -> dict[str, dict[str, Any]]:
    """A fresh (deep) copy of every default, section by section."""
    return {section: {key: copy.deepcopy(s.default) for key, s in keys.items()}
            for section, keys in SETTINGS.items()}


def districts_dir() -> Path:
    return Path(os.environ.get("ACADEMY_DISTRICTS", REPO / "districts"))


def merge(base: dict[str, Any], override: dict[str, Any], *, source: str = "") -> dict[str, Any]:
    """Deep-merge ``override`` onto a deep copy of ``base``; unknown keys are errors.

    >>> merge({"hub": {"port": 8000, "ip": "x"}}, {"hub": {"port": 9000}})
    {'hub': {'port': 9000, 'ip': 'x'}}
    """
    merged = copy.deepcopy(base)
    for section, values in override.items():
        if section not in merged:
            raise DistrictError(f"{source}: 알 수 없는 구역 [{section}] — 쓸 수 있는 구역: "
                                f"{', '.join(merged)}. 철자를 확인해 주세요.")
        if not isinstance(values, dict):
            raise DistrictError(f"{source}: [{section}]은(는) 표(키 = 값 목록)여야 해요.")
        for key, value in values.items():
            if key not in merged[section]:
                raise DistrictError(f"{source}: 알 수 없는 설정 {section}.{key} — [{section}]에서 쓸 수 있는 "
                                    f"설정: {', '.join(merged[section])}. 철자를 확인해 주세요.")
            merged[section][key] = copy.deepcopy(value)
    return merged


def validate(settings: dict[str, Any], *, source: str = "") -> dict[str, Any]:
    """Check every key; fill derived values (course id, data root). Returns ``settings``."""
    for section, keys in SETTINGS.items():
        for key, setting in keys.items():
            value = settings[section][key]
            if (section, key) in REQUIRED and value in ("", []):
                raise DistrictError(f"{source}: {section}.{key}이(가) 비어 있어요 — {setting.fix}.")
            if not setting.check(value):
                raise DistrictError(f"{source}: {section}.{key} = {value!r} 은(는) 쓸 수 없어요 — {setting.fix}.")
    district = settings["district"]
    district["course_id"] = district["course_id"] or district["id"]
    root = Path(settings["hub"]["data_root"].format(id=district["id"]))
    settings["hub"]["data_root"] = str(root if root.is_absolute() else (REPO / root))
    database = settings["database"]
    if database["hub_url"] and database["hub_url"] == database["gradebook_url"]:
        raise DistrictError(f"{source}: database.hub_url과 database.gradebook_url이 같아요 — 허브와 성적부는 "
                            "표 이름이 겹치니 서로 다른 데이터베이스를 써 주세요 (예: academy_gangnam_hub, academy_gangnam).")
    if len(set(settings["people"]["instructors"])) != len(settings["people"]["instructors"]):
        raise DistrictError(f"{source}: people.instructors에 같은 아이디가 두 번 있어요 — 한 번만 써 주세요.")
    return settings


def load(district_id: str | None = None, *, path: Path | None = None) -> dict[str, Any]:
    """Load, merge and validate a district (``ACADEMY_DISTRICT``, default ``demo``)."""
    if path is None:
        district_id = district_id or os.environ.get("ACADEMY_DISTRICT", "demo")
        path = districts_dir() / f"{district_id}.toml"
    path = Path(path)
    if not path.is_file():
        known = sorted(p.stem for p in path.parent.glob("*.toml"))
        raise DistrictError(f"{path}: 구 설정 파일이 없어요 — 있는 구: {', '.join(known) or '(없음)'}. "
                            f"ACADEMY_DISTRICT를 확인하거나 districts/demo.toml을 복사해 만들어 주세요.")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise DistrictError(f"{path}: TOML 문법 오류 ({error}) — 따옴표와 = 를 확인해 주세요.") from None
    settings = validate(merge(defaults(), data, source=str(path)), source=str(path))
    if settings["district"]["id"] != path.stem:
        raise DistrictError(f"{path}: district.id = {settings['district']['id']!r} 이(가) 파일 이름과 달라요 — "
                            f'id = "{path.stem}" 로 쓰거나 파일 이름을 바꿔 주세요.')
    return settings


def paths(settings: dict[str, Any]) -> dict[str, Path]:
    """The district's folders under its data root (``academy hub setup`` makes them).

    >>> paths({"hub": {"data_root": "/srv/academy/demo"}})["course"]
    PosixPath('/srv/academy/demo/course')
    """
    root = Path(settings["hub"]["data_root"])
    return {"root": root, "hub": root / "hub", "course": root / "course", "exchange": root / "exchange",
            "jupyter": root / "jupyter", "runtime": root / "runtime", "db": root / "hub" / "jupyterhub.sqlite",
            "admin_token": root / "hub" / "admin-token", "cookie_secret": root / "hub" / "jupyterhub_cookie_secret"}


def with_district_option(parser):
    """Add ``--district`` (default: ``$ACADEMY_DISTRICT`` or demo) to a command's parser; returns it."""
    parser.add_argument("--district", default=os.environ.get("ACADEMY_DISTRICT", "demo"),
                        help="district id: districts/<id>.toml (default: $ACADEMY_DISTRICT or demo)")
    return parser


def guard(command: Callable[[Any], int], *errors: type[Exception]) -> Callable[[Any], int]:
    """``command`` printing a district-file error (or one of ``errors``) as one line with its fix,
    exit status 2, instead of a traceback."""
    import sys

    def run(args: Any) -> int:
        try:
            return command(args)
        except (DistrictError, *errors) as error:
            print(f"error: {error}", file=sys.stderr)
            return 2

    return run
