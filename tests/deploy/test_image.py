"""The learners' single-user image (deploy/image/Dockerfile) stays in step with environment.yml and
pyproject.toml: one dependency list, the same version, every package a learner's kernel imports
installed, the same Debian package names as bootstrap.sh, and nothing hidden copied in; its
labextension stage builds the academy's JupyterLab extension from the sources and with the steps
scripts/bootstrap.sh uses (section 3b) and the image carries the result where JupyterLab finds it."""

from __future__ import annotations

import ast
import json
import re
import shlex
import subprocess
import sys
import tomllib
from importlib import metadata

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from academy.district import SETTINGS
from academy.layout import REPO

DOCKERFILE = (REPO / "deploy" / "image" / "Dockerfile").read_text(encoding="utf-8")
ENVIRONMENT = yaml.safe_load((REPO / "environment.yml").read_text(encoding="utf-8"))
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
# Imports that are no package of ours to install, each with its reason.
NOT_INSTALLED = {
    "my_sns": "the learner's own module, written in module 12",
}


def stages() -> list[list[str]]:
    """The Dockerfile's build stages, each its instruction lines (continuations joined), ``FROM`` first."""
    found: list[list[str]] = []
    for line in re.sub(r"\\\n", " ", DOCKERFILE).splitlines():
        if line.split(None, 1)[:1] == ["FROM"]:
            found.append([])
        if found and line.strip() and not line.lstrip().startswith("#"):
            found[-1].append(line)
    return found


def instructions(keyword: str, stage: int = -1) -> list[str]:
    """Every instruction ``keyword`` of one build stage (default: the final one, the image itself)."""
    return [line.split(None, 1)[1] for line in stages()[stage] if line.split(None, 1)[:1] == [keyword]]


def pip_section() -> list[str]:
    return next(d["pip"] for d in ENVIRONMENT["dependencies"] if isinstance(d, dict) and "pip" in d)


def test_python_packages_come_only_from_environment_yml_and_pyproject():
    # environment.yml's pip section installs this project and nothing else: one dependency list.
    assert pip_section() == ["-e ."]
    runs = " ".join(instructions("RUN"))
    assert re.search(r"micromamba install -y -n base -f environment\.yml", runs)
    # The one exception, pinned in its own file as bootstrap.sh installs it: ngshare-exchange --no-deps.
    exchange = "pip install --no-cache-dir --no-deps -r deploy/ngshare/exchange-requirements.txt"
    bootstrap = (REPO / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    assert exchange in runs and "--no-deps -r \"$REPO/deploy/ngshare/exchange-requirements.txt\"" in bootstrap
    runs = runs.replace(exchange, "")
    assert "pip install" not in runs and "==" not in runs  # the image pins nothing else of its own
    copied = " ".join(instructions("COPY"))
    for needed in ("pyproject.toml", "environment.yml", "academy", "datasets"):
        assert needed in copied.split(), needed


def test_nothing_hidden_goes_into_the_image():
    for source in (words for line in instructions("COPY") for words in [line.split()[:-1]]):
        for path in source:
            assert path.rstrip("/") not in (".", "curriculum", "graders", "districts", "tests", ".git", "var"), path


def test_versions_agree():
    version = PYPROJECT["project"]["version"]
    assert f"ARG ACADEMY_VERSION={version}" in DOCKERFILE
    assert SETTINGS["kubernetes"]["singleuser_image"].default.endswith(f":{version}")
    python = next(d for d in ENVIRONMENT["dependencies"] if isinstance(d, str) and d.startswith("python="))
    wanted = PYPROJECT["project"]["requires-python"]
    assert wanted.startswith(">=") and tuple(map(int, python.split("=")[1].split("."))) >= tuple(
        map(int, wanted[2:].split(".")))


def test_debian_packages_are_the_bootstraps():
    bootstrap = (REPO / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    deb = set(re.search(r"^DEB_PACKAGES=\(([^)]*)\)", bootstrap, re.M).group(1).split())
    line = next(r for r in instructions("RUN") if "apt-get install" in r)
    installed = set(re.search(r"--no-install-recommends ([a-z0-9 .+-]+?) &&", line).group(1).split())
    assert "fonts-nanum" in installed and "fonts-nanum" in deb  # academy/fonts.py prefers Debian's
    assert installed - {"locales"} <= deb, installed - deb


def third_party_imports() -> set[str]:
    """Top-level modules imported by the curriculum's notebooks and by academy/ (kernel and server side)."""
    def tops(source: str) -> set[str]:
        found = set()
        try:
            tree = ast.parse(source)
        except SyntaxError:  # lessons show learners a broken line on purpose (academy/explain.py explains it)
            return found
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
        return found

    modules: set[str] = set()
    for notebook in REPO.glob("curriculum/*/*.ipynb"):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                lines = "".join(cell["source"]).splitlines()
                modules |= tops("\n".join(x for x in lines if not x.lstrip().startswith(("%", "!"))))
    for module in (REPO / "academy").rglob("*.py"):
        modules |= tops(module.read_text(encoding="utf-8"))
    return {m for m in modules if m not in sys.stdlib_module_names and m != "academy"}


def closure(requirements: list[str]) -> set[str]:
    """Distributions pip installs for ``requirements`` (read from this venv's metadata; no extras)."""
    seen: set[str] = set()
    todo = [Requirement(r) for r in requirements]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in seen or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        seen.add(name)
        todo.extend(Requirement(r) for r in (metadata.requires(name) or []))
    return seen


def test_every_package_a_kernel_imports_is_installed_by_the_image():
    installed = closure(PYPROJECT["project"]["dependencies"])
    by_module = metadata.packages_distributions()
    missing = {}
    for module in sorted(third_party_imports() - set(NOT_INSTALLED)):
        distributions = {canonicalize_name(d) for d in by_module.get(module, [])}
        if not distributions & installed:
            missing[module] = sorted(distributions) or "not installed here at all"
    assert not missing, f"imported but not installed by pyproject.toml's dependencies: {missing}"
    assert {"pandas", "nbgrader", "jupyterhub", "kiwipiepy"} <= installed


LABEXT = REPO / "labextension"
LABEXT_PACKAGE = json.loads((LABEXT / "package.json").read_text(encoding="utf-8"))


def labextension_stage() -> int:
    (index,) = [i for i, stage in enumerate(stages()) if stage[0].split()[-2:] == ["AS", "labextension"]]
    return index


def test_the_labextension_stage_builds_bootstraps_sources_the_bootstrap_way():
    stage = labextension_stage()
    assert stage < len(stages()) - 1  # a build stage: node and the sources never reach the image
    # Node from a Debian/npm base, the major version environment.yml asks for.
    base = stages()[stage][0].split()[1]
    node = next(d for d in ENVIRONMENT["dependencies"] if isinstance(d, str) and d.startswith("nodejs="))
    assert re.fullmatch(rf"node:{node.split('=')[1]}-(bookworm|bullseye|trixie)(-slim)?", base), (base, node)
    # The very files bootstrap.sh hashes to decide a rebuild, and nothing else of the repository but
    # pyproject.toml (for the JupyterLab pin).
    bootstrap = (REPO / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    hashed = re.search(r'labext_sum="\$\(cd "\$LABEXT" && cat ([^|]+)\|', bootstrap).group(1).split()
    assert hashed == ["package.json", "package-lock.json", "tsconfig.json", "src/*.ts"]
    copied = [word for line in instructions("COPY", stage) for word in line.split()[:-1]]
    assert sorted(copied) == sorted(["pyproject.toml", *(f"labextension/{f}" for f in hashed[:3]), "labextension/src"])
    runs = instructions("RUN", stage)
    # npm ci on the lock (never npm install), then tsc and jupyter-builder against JupyterLab's core, as bootstrap.sh.
    assert any(re.search(r"cd labextension && npm ci\b", r) for r in runs) and "npm install" not in " ".join(runs)
    assert "npm ci" in bootstrap and "node_modules/.bin/tsc" in bootstrap
    build = next(r for r in runs if "jupyter-builder build" in r)
    assert build.index("node_modules/.bin/tsc") < build.index("jupyter-builder build")
    core = '"staging", "package.json"'
    assert "--core-package-file=" in build and core in build and core in bootstrap
    assert LABEXT_PACKAGE["scripts"]["build"] == "tsc && jupyter-builder build ."
    for dependency in ("@jupyter/builder", "typescript"):
        assert dependency in LABEXT_PACKAGE["devDependencies"]


def test_the_labextension_stage_takes_jupyterlab_at_pyprojects_pin():
    stage = labextension_stage()
    install = next(r for r in instructions("RUN", stage) if "pip install" in r)
    # The requirement is read from pyproject.toml inside the build (the image pins nothing of its own):
    # run that very snippet here against this checkout's pyproject.toml.
    snippet = re.search(r"python3 -c '([^']+)'", install).group(1)
    printed = subprocess.run([sys.executable, "-c", snippet], cwd=REPO, capture_output=True, text=True, check=True)
    wanted = next(d for d in PYPROJECT["project"]["dependencies"] if d.startswith("jupyterlab=="))
    assert printed.stdout.strip() == wanted
    assert "==" not in install.replace('"jupyterlab=="', "")


def test_the_image_carries_the_built_extension_where_jupyterlab_finds_it():
    stage = labextension_stage()
    (copy,) = [c for c in instructions("COPY") if c.startswith("--from=")]
    source, target = shlex.split(copy)[1:]
    assert copy.startswith("--from=labextension ")
    workdir = next(w for w in instructions("WORKDIR", stage))
    assert source == f"{workdir}/labextension/{LABEXT_PACKAGE['jupyterlab']['outputDir']}"
    # micromamba's base prefix (its PATH is /opt/conda/bin): JupyterLab reads <prefix>/share/jupyter/labextensions.
    assert "PATH=/opt/conda/bin:$PATH" in " ".join(instructions("ENV"))
    assert target == f"/opt/conda/share/jupyter/labextensions/{LABEXT_PACKAGE['name']}"
    bootstrap = (REPO / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    assert 'cp -r "$LABEXT/build/labextension" "$LABEXT_DEST"' in bootstrap
    assert LABEXT_PACKAGE["jupyterlab"]["outputDir"] == "build/labextension"
