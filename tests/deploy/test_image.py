"""The learners' single-user image (deploy/image/Dockerfile) stays in step with environment.yml and
pyproject.toml: one dependency list, the same version, every package a learner's kernel imports
installed, the same Debian package names as bootstrap.sh, and nothing hidden copied in."""

from __future__ import annotations

import ast
import json
import re
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


def instructions(keyword: str) -> list[str]:
    """Every Dockerfile instruction ``keyword`` (continuation lines joined)."""
    joined = re.sub(r"\\\n", " ", DOCKERFILE)
    return [line.split(None, 1)[1] for line in joined.splitlines() if line.split(None, 1)[:1] == [keyword]]


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
