"""Enrolment sheets as Excel exports them (CP949 / UTF-8 with BOM, Korean headers)."""

from __future__ import annotations

import pwd

import pytest

from academy.hub import enrolment
from academy.hub.enrolment import SheetError, parse_sheet

SHEET = "번호,이름,아이디,연락처,구분\n1,김민지,kim01,010-1111-2222,수강생\n2,,lee02,,\n3,박서준,Park 03,,\n" \
        "4,최유나,choi04,,강사\n5,정하늘,kim01,,\n"


@pytest.mark.parametrize("encoding", ["cp949", "utf-8-sig"])
def test_excel_encodings_and_bad_rows(tmp_path, encoding):
    path = tmp_path / "수강생명단.csv"
    path.write_bytes(SHEET.encode(encoding))
    rows, problems = parse_sheet(path)
    assert [(r.name, r.full_name, r.role) for r in rows] == [("kim01", "김민지", "learner"),
                                                            ("choi04", "최유나", "instructor")]
    assert len(problems) == 3
    assert problems[0].startswith("수강생명단.csv 3번째 줄: 이름이 비어 있어요")
    assert "4번째 줄" in problems[1] and "Park 03" in problems[1]
    assert "6번째 줄" in problems[2] and "겹쳐요" in problems[2]
    assert all("건너뛰고 나머지는 등록했어요" in p for p in problems)


def test_missing_column_is_named(tmp_path):
    path = tmp_path / "명단.csv"
    path.write_bytes("이름,연락처\n김민지,010\n".encode("cp949"))
    with pytest.raises(SheetError, match="'아이디' 열이 없어요"):
        parse_sheet(path)


def test_unreadable_encoding_says_how_to_save(tmp_path):
    path = tmp_path / "명단.csv"
    path.write_bytes(b"\xff\xfe\x00\xd8garbage\x81")
    with pytest.raises(SheetError, match="CSV UTF-8"):
        parse_sheet(path)


@pytest.mark.slow
def test_import_creates_accounts_and_slips(district_hub, tmp_path):
    from academy.hub.people import login_slip

    hub = district_hub
    path = tmp_path / "명단.csv"
    path.write_bytes("이름,아이디\n한가람,han05\n,broken\n".encode("cp949"))
    report = enrolment.import_sheet(hub.settings, path)
    try:
        assert [a.name for a in report.accounts] == ["han05"] and len(report.problems) == 1
        account = report.accounts[0]
        assert pwd.getpwnam(hub.unix("han05")).pw_dir.endswith(hub.unix("han05"))
        text = login_slip(hub.settings, account)
        assert "한가람 님" in text and account.password in text and "아이디: han05" in text
        # The slip's password logs in; the first page is the password change.
        import requests

        s = requests.Session()
        s.get(f"{hub.base_url}hub/login", timeout=30)
        r = s.post(f"{hub.base_url}hub/login", allow_redirects=False, timeout=30,
                   data={"username": "han05", "password": account.password, "_xsrf": s.cookies.get("_xsrf")})
        assert r.status_code == 302 and r.headers["location"].endswith("/hub/change-password")
        student = hub.login("teach").get(
            f"{hub.base_url}services/{hub.course}/formgrader/api/student/han05", timeout=60).json()
        assert (student["last_name"], student["first_name"]) == ("한", "가람")
    finally:
        hub.remove("han05")
