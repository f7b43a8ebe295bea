"""Inside the grading sandbox, learner code sees an allow-list, nothing else (issue 14).

Each test runs learner code in a real sandboxed kernel (the ``SandboxedExecute`` path nbgrader,
formgrader and ``academy grade`` all use) and tries to reach what must stay out of reach: the
checkout's ``.git`` (``git show`` of a module's hidden tests), the curriculum source, ``/work``,
another repository elsewhere on the machine, another district's course root and hub state.
The same kernel shows that honest code (pandas, a dataset, a chart) still works.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from .conftest import needs_root, run_cells, text_of

pytestmark = needs_root

REPO = Path(__file__).resolve().parents[3]
MARK = "BEGIN HIDDEN TESTS"
GIT = ("import subprocess\n"
       "def git(*args):\n"
       "    r = subprocess.run(['git', '-c', 'safe.directory=*', *args], capture_output=True, text=True)\n"
       "    return r.returncode, r.stdout + r.stderr\n")


def test_git_runs_but_the_checkouts_history_is_gone(workdir: Path):
    if not (REPO / ".git").is_dir():
        pytest.skip("this checkout has no .git (e.g. unpacked from an archive): nothing to hide")
    shown = subprocess.run(["git", "-C", str(REPO), "show", "HEAD:curriculum/01-values/exercise.ipynb"],
                           capture_output=True, text=True, check=True).stdout
    assert MARK in shown  # what learner code would print into its own feedback
    out = run_cells([
        GIT + "print(git('--version')[0])",
        f"code, text = git('-C', {str(REPO)!r}, 'show', 'HEAD:curriculum/01-values/exercise.ipynb')\n"
        f"print(code != 0, {MARK!r} in text)",
        f"code, text = git('--git-dir', {str(REPO / '.git')!r}, 'cat-file', '-p', 'HEAD')\n"
        "print(code != 0, 'tree' in text)",
        f"import os\nprint(os.path.exists({str(REPO / '.git' / 'HEAD')!r}), os.path.exists({str(REPO / '.git')!r}))",
    ], workdir)
    assert text_of(out[0]).strip() == "0"  # git itself is there: the refusals below are the jail's
    assert text_of(out[1]).strip() == "True False", text_of(out[1])
    assert text_of(out[2]).strip() == "True False", text_of(out[2])
    assert text_of(out[3]).strip() == "False False"


def test_curriculum_source_is_nowhere(workdir: Path, tmp_path: Path, monkeypatch):
    """Neither the checkout's curriculum nor a district's own (``ACADEMY_CURRICULUM``) copy."""
    notebooks = sorted(REPO.glob("curriculum/*/exercise.ipynb"))
    assert notebooks and MARK in notebooks[0].read_text(encoding="utf-8")
    mine = tmp_path / "district-curriculum"
    shutil.copytree(REPO / "curriculum", mine)
    monkeypatch.setenv("ACADEMY_CURRICULUM", str(mine))
    out = run_cells([
        f"import glob\nprint(glob.glob({str(REPO / 'curriculum' / '*' / '*.ipynb')!r}))",
        f"print(glob.glob({str(mine / '*' / '*.ipynb')!r}))",
        f"open({str(notebooks[0])!r}).read()",
    ], workdir)
    assert text_of(out[0]).strip() == "[]"
    assert text_of(out[1]).strip() == "[]"
    assert "FileNotFoundError" in text_of(out[2]) or "PermissionError" in text_of(out[2])


def test_work_root_and_home_cannot_be_listed(workdir: Path):
    out = run_cells([
        f"import os\nos.listdir({str(REPO.parent)!r})",
        f"os.listdir({str(REPO)!r})",
        "os.listdir('/root')",
        "print(sorted(os.listdir('/')))",
    ], workdir)
    for index, cell in enumerate(out[:3]):
        if index == 0 and str(REPO.parent) in ("/tmp", "/var/tmp"):
            # a checkout in /tmp (CI): its parent is the sandbox's own empty /tmp, which shows
            # just the way to the allowed folders, none of the machine's other entries
            assert text_of(cell).strip() == repr([REPO.name]), text_of(cell)
            continue
        assert "PermissionError" in text_of(cell) or "FileNotFoundError" in text_of(cell), text_of(cell)
    top = set(eval(text_of(out[3])))  # noqa: S307 (our own kernel's printed list)
    # the way to the checkout itself is allowed (a clone in /srv or /opt is as good as one in /work)
    assert not top & ({"home", "srv", "mnt", "opt", "boot"} - {REPO.parts[1]}), top


@pytest.fixture
def other_repository():
    """A throwaway repository outside every allowed path, whose *history* holds hidden tests."""
    folder = Path(tempfile.mkdtemp(prefix="academy-other-repo-", dir="/srv"))
    os.chmod(folder, 0o755)  # world-readable, like any checkout on the machine
    try:
        git = ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@example.org"]
        subprocess.run([*git, "init", "-q"], check=True)
        (folder / "exercise.ipynb").write_text(f'{{"source": "### {MARK}\\nassert answer == 42"}}')
        subprocess.run([*git, "add", "exercise.ipynb"], check=True)
        subprocess.run([*git, "commit", "-q", "-m", "tests"], check=True)
        subprocess.run([*git, "rm", "-q", "exercise.ipynb"], check=True)
        subprocess.run([*git, "commit", "-q", "-m", "gone"], check=True)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_another_repository_on_the_machine_is_out_of_reach(workdir: Path, other_repository: Path):
    out = run_cells([
        GIT + f"code, text = git('--git-dir', {str(other_repository / '.git')!r}, 'log', '--all', '-p')\n"
        f"print(code != 0, {MARK!r} in text)",
        f"import os\nprint(os.path.exists({str(other_repository)!r}))",
    ], workdir)
    assert text_of(out[0]).strip() == "True False", text_of(out[0])
    assert text_of(out[1]).strip() == "False"


@pytest.fixture
def other_district():
    """Another district's data root in the checkout's ``var/`` (hub state, course root)."""
    root = REPO / "var" / f"academy-probe-{uuid.uuid4().hex[:8]}"
    try:
        (root / "hub").mkdir(parents=True)
        (root / "hub" / "jupyterhub.sqlite").write_text("HUB-STATE")
        (root / "hub" / "admin-token").write_text("TOKEN")
        (root / "course" / "source" / "m1").mkdir(parents=True)
        (root / "course" / "gradebook.db").write_text("GRADEBOOK")
        (root / "course" / "source" / "m1" / "exercise.ipynb").write_text(MARK)
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)
        if (REPO / "var").is_dir() and not any((REPO / "var").iterdir()):
            (REPO / "var").rmdir()


def test_other_course_roots_and_hub_state_are_out_of_reach(workdir: Path, other_district: Path):
    targets = [other_district / "hub" / "jupyterhub.sqlite", other_district / "hub" / "admin-token",
               other_district / "course" / "gradebook.db",
               other_district / "course" / "source" / "m1" / "exercise.ipynb"]
    out = run_cells([f"open({str(t)!r}).read()" for t in targets]
                    + [f"import os\nos.listdir({str(other_district.parent)!r})"], workdir)
    for target, cell in zip(targets + [other_district.parent], out):
        assert "FileNotFoundError" in text_of(cell) or "PermissionError" in text_of(cell), (target, text_of(cell))


def test_honest_code_still_works(workdir: Path):
    out = run_cells([
        "from academy import data_path\nimport pandas as pd\n"
        "df = pd.read_csv(data_path('bakery/sales_cp949.csv'), encoding='cp949')\nprint(len(df) > 0)",
        "from academy.fonts import use_korean_font\nprint(use_korean_font() is not None)\n"
        "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.bar(['월', '화'], [3, 4])\n"
        "fig.savefig('chart.png')\nimport os\nprint(os.path.getsize('chart.png') > 0)",
        "import numpy, getpass, tempfile\nprint(numpy.arange(4).sum(), getpass.getuser(), "
        "open(tempfile.mktemp(), 'w').write('ok'))",
    ], workdir)
    assert text_of(out[0]).strip() == "True", text_of(out[0])
    assert text_of(out[1]).strip() == "True\nTrue", text_of(out[1])  # Korean glyphs found, chart saved
    assert text_of(out[2]).strip() == "6 learner 2", text_of(out[2])


@pytest.mark.slow
def test_no_repository_or_source_notebook_anywhere_inside(workdir: Path):
    """Walk everything learner code can see: not one ``.git``, not one notebook with hidden tests."""
    out = run_cells([
        "import os\nfound, seen, folders = [], 0, ['/']\n"
        "while folders and seen < 200_000:\n"
        "    folder = folders.pop()\n"
        "    try:\n        entries = list(os.scandir(folder))\n    except OSError:\n        continue\n"
        "    for e in entries:\n        seen += 1\n"
        "        if e.name == '.git' or e.name.endswith('.ipynb'):\n            found.append(e.path)\n"
        "        elif e.is_dir(follow_symlinks=False) and e.path not in ('/proc', '/sys', '/dev'):\n"
        "            folders.append(e.path)\n"
        "print(seen > 1000, seen < 200_000, found)",
    ], workdir, timeout=120)
    assert text_of(out[0]).strip() == "True True []", text_of(out[0])


def test_repositories_and_curriculum_inside_an_allowed_folder_stay_hidden(workdir: Path, monkeypatch):
    """A district's data folder is on the allow-list; a ``.git`` (also one in a sub-folder) and a
    curriculum kept inside it are not."""
    data = Path(tempfile.mkdtemp(prefix="academy-district-data-", dir="/srv"))
    try:
        os.chmod(data, 0o755)
        (data / "shop").mkdir()
        (data / "shop" / "sales.csv").write_text("won\n1000\n")
        for repo in (data, data / "shop"):
            (repo / ".git").mkdir()
            (repo / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
        (data / "curriculum" / "01-values").mkdir(parents=True)
        (data / "curriculum" / "syllabus.yml").write_text("modules: []\n")
        (data / "curriculum" / "01-values" / "exercise.ipynb").write_text(MARK)
        monkeypatch.setenv("ACADEMY_DATASETS", str(data))
        monkeypatch.setenv("ACADEMY_CURRICULUM", str(data / "curriculum"))
        out = run_cells([
            f"print(open({str(data / 'shop' / 'sales.csv')!r}).read().split()[1])",
            f"import os\nprint([os.listdir(p) for p in ({str(data / '.git')!r}, {str(data / 'shop' / '.git')!r}, "
            f"{str(data / 'curriculum')!r})])",
        ], workdir)
        assert text_of(out[0]).strip() == "1000", text_of(out[0])
        assert text_of(out[1]).strip() == "[[], [], []]", text_of(out[1])
    finally:
        shutil.rmtree(data, ignore_errors=True)
