"""12-automation: the learner's module reads another persona's export both ways and names what
it cannot read; the lesson's report renders to an HTML page that opens offline (no CDN script,
style or image), in Korean, with its charts embedded as PNG images."""

from __future__ import annotations

import base64
import io
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from academy.data import data_path
from academy.exercises.m10_sns_data import posts_key
from academy.exercises.m12_automation import PET_DIR, PET_ZIP, exercise, value_error_of
from academy.exercises.seal import run_reference
from academy.layout import REPO, curriculum_dir
from tests.curriculum.conftest import visible_text

ARTIFACTS = REPO / "test-artifacts"
EXTERNAL = re.compile(r"""<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)
CSS_FETCH = re.compile(r"""(?:url\(\s*["']?\s*(?:https?:)?//|@import\s+["']?(?:url\()?\s*["']?(?:https?:)?//)""", re.I)


@pytest.fixture(scope="module")
def my_sns():
    """The reference answer of the exercise: the namespace after its %%writefile my_sns.py cell."""
    return run_reference("12-automation")


def test_the_module_reads_another_personas_export_as_folder_and_zip_alike(my_sns):
    folder = my_sns["read_posts"](data_path(PET_DIR))
    archive = my_sns["read_posts"](data_path(PET_ZIP))
    assert len(folder) > 100 and posts_key(folder) == posts_key(archive)
    assert str(folder["posted_at"].dt.tz) == "Asia/Seoul" and folder["likes"].isna().all()  # no insights in this export


def test_unreadable_exports_get_a_korean_error_naming_the_file(my_sns, tmp_path):
    import zipfile

    html_export = tmp_path / "instagram-html.zip"
    with zipfile.ZipFile(html_export, "w") as zf:
        zf.writestr("your_instagram_activity/content/posts_1.html", "<html></html>")
    notes = tmp_path / "메모.txt"
    notes.write_text("내보내기가 아니에요", encoding="utf-8")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    for path in (html_export, notes, broken, tmp_path / "없는폴더"):
        said = value_error_of(my_sns["read_posts"], path)
        assert said is not None and path.name in said and re.search("[가-힣]", said), (path, said)


def test_the_summary_sentence_reads_right(my_sns):
    sentence = my_sns["change_sentence"]
    assert sentence("참여율", 5.6, 5.0) == "이번 주 참여율은 지난주보다 12% 높아요"
    assert sentence("좋아요", 75, 100) == "이번 주 좋아요는 지난주보다 25% 낮아요"


def test_an_untouched_stub_reader_is_not_attempted():
    def read_posts(path):
        raise NotImplementedError()

    assert exercise.read_posts.evaluate(read_posts).kind == "not_attempted"


def _external_fetches(html: str) -> list[str]:
    return EXTERNAL.findall(html) + CSS_FETCH.findall(html)


def test_the_offline_detector_finds_what_the_stock_template_fetches():
    from nbconvert import HTMLExporter

    stock, _ = HTMLExporter(exclude_input=True).from_notebook_node(nbformat.v4.new_notebook())
    assert _external_fetches(stock)  # require.js and MathJax from a CDN: what the lesson switches off


@pytest.mark.slow
def test_the_lesson_report_renders_to_an_offline_korean_html_page_with_charts(tmp_path):
    from PIL import Image

    folder = tmp_path / "12-automation"
    shutil.copytree(curriculum_dir() / "12-automation", folder)
    lesson = nbformat.read(folder / "lesson-1.ipynb", as_version=4)
    NotebookClient(lesson, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute()
    html = (folder / "reports" / "실타래_주간보고서.html").read_text(encoding="utf-8")

    assert _external_fetches(html) == []
    text = visible_text(html)
    assert "내SNS주간보고서" in text and "좋아요가많았던게시물" in text
    assert "importmy_sns" not in text and "read_instagram_zip(" not in text  # no code in the report
    charts = [Image.open(io.BytesIO(base64.b64decode(data)))
              for data in re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", html)]
    charts = [image for image in charts if image.width >= 300]
    assert charts, "the report has no embedded chart"

    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "m12-report.html").write_text(html, encoding="utf-8")
    charts[0].save(ARTIFACTS / "m12-report-chart.png")
    _screenshot_offline(ARTIFACTS / "m12-report.html", ARTIFACTS / "m12-report-screenshot.png")

    # After the exercise (its %%writefile my_sns.py replaces the lesson's), the same report runs as
    # the hub's weekly job runs it (academy.weekly: its parameters, papermill, offline HTML) and
    # now carries the learner's summary sentence; a week without posts is said, not a traceback.
    from academy.weekly.job import execute, render_html

    exercise_nb = nbformat.read(folder / "exercise.ipynb", as_version=4)
    module_cell = next(c.source for c in exercise_nb.cells if c.source.startswith("%%writefile my_sns.py"))
    (folder / "my_sns.py").write_text(module_cell.split("\n", 1)[1], encoding="utf-8")
    export = data_path("knitting/instagram-siltarae.knit-2026-07-01-k9QeR2.zip")
    for start, end, expected in [("2026-06-24", "2026-06-30", "이번주참여율은지난주보다"),
                                 ("2026-11-24", "2026-11-30", "이번주에는도달숫자가있는게시물이없어요")]:
        executed = tmp_path / f"weekly-{end}.ipynb"
        execute(folder / "my_report.ipynb", executed, {"export_path": str(export), "start_date": start,
                                                       "end_date": end, "platform": "instagram"})
        weekly_html = render_html(executed)
        assert expected in visible_text(weekly_html) and _external_fetches(weekly_html) == []


def _screenshot_offline(page_path: Path, shot: Path) -> None:
    """Open the report in Chromium with every network request refused; none may be attempted."""
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("no Chromium on this machine")
    attempted: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 1400})
            page.route(re.compile(r"^(?!file:|data:).*"), lambda route: (attempted.append(route.request.url), route.abort()))
            page.goto(page_path.as_uri())
            page.wait_for_load_state("load")
            assert page.locator("img").count() >= 1 and "주간 보고서" in page.inner_text("body")
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert attempted == [], f"the report tried to fetch {attempted}"
