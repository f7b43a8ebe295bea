"""The city hall's report: completion per module, district by district, from each district's own
gradebook -- one CSV for Korean Excel and one chart with Korean labels."""

from __future__ import annotations

import csv
import shutil
import warnings
from pathlib import Path

import pytest

from academy.admin.cli import main
from academy.reports.grades import CITY_HEADER, city_completion, write_city_report

# Per district: learners, then {module: {learner: score out of 10}}; 6/10 or more completes.
GANGNAM = (["kim", "lee", "park", "choi"], {"01-values": {"kim": 10, "lee": 6, "park": 3},
                                            "02-collections": {"kim": 8}})
NAMES = {"kim": ("김", "민지"), "lee": ("이", "수강")}  # as enrolment writes them; park and choi have none
DEMO = (["learner1", "learner2"], {"01-values": {"learner1": 10, "learner2": 5}})
EXPECTED = [  # 구, 모듈, 수강생 수, 제출 수, 수료 수, 수료율(%)
    ["강남구", "01-values", "4", "3", "2", "50.0"],
    ["강남구", "02-collections", "4", "1", "1", "25.0"],
    ["데모구", "01-values", "2", "2", "1", "50.0"],
]


def make_gradebook(root: Path, learners: list[str], results: dict[str, dict[str, float]]) -> Path:
    """A course root whose gradebook holds ``results`` (one notebook, one 10-point test per module)."""
    from nbgrader.api import Gradebook

    root.mkdir(parents=True)
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for learner in learners:
            family, given = NAMES.get(learner, (None, None))
            gb.add_student(learner, last_name=family, first_name=given)
        for module, scores in results.items():
            gb.add_assignment(module)
            gb.add_notebook("exercise", module)
            gb.add_grade_cell("test_answer", "exercise", module, max_score=10, cell_type="code")
            for learner, score in scores.items():
                gb.add_submission(module, learner)
                gb.find_grade("test_answer", "exercise", module, learner).auto_score = score
            gb.db.commit()
    return root


@pytest.fixture(scope="module")
def city(tmp_path_factory) -> dict[str, Path]:
    """Two districts' course roots with real gradebooks, written through nbgrader's Gradebook API.

    A new gradebook stamps its schema version by running ``alembic heads`` in a subprocess that
    imports all of nbgrader (~20 s on a busy machine); the same head is read here in-process.
    ``add_submission`` makes SQLAlchemy 2 warn about nbgrader's own autoflush; that is not ours.
    """
    from alembic.script import ScriptDirectory
    from nbgrader.dbutil import ALEMBIC_DIR
    from sqlalchemy.exc import SAWarning

    base = tmp_path_factory.mktemp("city")
    head = ScriptDirectory(ALEMBIC_DIR).get_current_head()
    with pytest.MonkeyPatch.context() as patch, warnings.catch_warnings():
        warnings.simplefilter("ignore", SAWarning)
        patch.setattr("nbgrader.api.get_alembic_version", lambda: head)
        return {"강남구": make_gradebook(base / "gangnam" / "course", *GANGNAM),
                "데모구": make_gradebook(base / "demo" / "course", *DEMO)}


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Korean Excel reads 한글 only with the BOM
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_rows_reuse_each_districts_completion(city):
    assert city_completion(city) == [[r[0], r[1], *map(int, r[2:5]), float(r[5])] for r in EXPECTED]


def test_csv_for_korean_excel_and_chart_without_missing_glyphs(city, tmp_path, artifacts_dir):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = write_city_report(city, tmp_path / "city")
    assert read_csv(out["city"]) == [CITY_HEADER, *EXPECTED]
    assert CITY_HEADER == ["구", "모듈", "수강생 수", "제출 수", "수료 수", "수료율(%)"]
    glyphs = [str(w.message) for w in caught if "Glyph" in str(w.message) or "missing from" in str(w.message)]
    assert glyphs == []
    assert out["city_plot"].read_bytes().startswith(b"\x89PNG") and out["city_plot"].stat().st_size > 5000
    shutil.copy(out["city_plot"], artifacts_dir / "city_completion.png")


def test_the_progress_chart_names_learners_as_instructors_know_them(city, tmp_path, monkeypatch):
    """The learner x module chart's rows read "김민지 (kim)", from the names in the gradebook, not ids."""
    from academy.reports import grades

    labels = {}

    def keep_labels(fig, path):
        labels[path.name] = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        return path

    monkeypatch.setattr(grades, "_save", keep_labels)
    grades.write_reports(city["강남구"], tmp_path / "reports")
    assert labels["수강생별_진도.png"] == ["김민지 (kim)", "이수강 (lee)", "park"]
    assert grades.report_tables(city["강남구"])["names"]["kim"] == "김민지"


def test_a_failed_test_cell_is_named_by_what_the_learner_saw_never_its_code():
    from academy.messages import say
    from academy.reports.grades import failure_message

    def cell(ename, evalue):
        return {"source": "assert secret_answer == 42", "outputs": [
            {"output_type": "error", "ename": ename, "evalue": evalue, "traceback": ["assert secret_answer == 42"]}]}

    assert failure_message(cell("ValueError", "\x1b[31m값이 이상해요\x1b[0m")) == "ValueError: 값이 이상해요"
    bare = failure_message(cell("AssertionError", ""))  # a bare assert: its meaning in Korean, its name kept
    assert bare == say("reports.bare_error.AssertionError") and "AssertionError" in bare and "42" not in bare
    assert failure_message(cell("ZeroDivisionError", "")) == "ZeroDivisionError"  # no gloss: the name alone
    assert failure_message({"outputs": [{"output_type": "stream", "text": "ok"}]}) is None


def test_cli_with_course_roots_and_with_district_files(city, tmp_path, monkeypatch, capsys):
    args = [f"--course-root={name}={root}" for name, root in city.items()]
    assert main(["report", "city", *args, "--out", str(tmp_path / "a")]) == 0
    assert read_csv(tmp_path / "a" / "시청_구별_수료_현황.csv")[1:] == EXPECTED

    districts = tmp_path / "districts"
    districts.mkdir()
    for district_id, name in [("gangnam", "강남구"), ("demo", "데모구")]:
        (districts / f"{district_id}.toml").write_text(
            f'[district]\nid = "{district_id}"\nname = "{name}"\n[people]\ninstructors = ["teacher"]\n'
            f'[hub]\ndata_root = "{city[name].parent}"\n', encoding="utf-8")
    monkeypatch.setenv("ACADEMY_DISTRICTS", str(districts))
    assert main(["report", "city", "--district", "gangnam", "--district", "demo", "--out", str(tmp_path / "b")]) == 0
    assert read_csv(tmp_path / "b" / "시청_구별_수료_현황.csv")[1:] == EXPECTED
    assert "시청_구별_수료율.png" in capsys.readouterr().out


def test_a_course_without_gradebook_is_named_not_created(tmp_path, capsys):
    empty = tmp_path / "nowhere" / "course"
    empty.mkdir(parents=True)
    assert main(["report", "city", "--course-root", f"송파구={empty}", "--out", str(tmp_path / "out")]) == 2
    assert "송파구: 채점 기록(gradebook.db)이 없어요" in capsys.readouterr().err
    assert not (empty / "gradebook.db").exists()
    assert main(["report", "city", "--out", str(tmp_path / "out")]) == 2
    assert "비교할 구를 하나 이상" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["report", "city", "--course-root", "no-equals-sign", "--out", str(tmp_path / "out")])
    assert "이름=경로" in capsys.readouterr().err
