"""The hub image (deploy/image/hub.Dockerfile) stays in step with pyproject.toml and the district
defaults: JupyterHub 6 at the project's pins, the academy package for academy-scheduler (everything
it imports installed by the image), the same version, nothing hidden copied in."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from academy.deploy import z2jh
from academy.district import SETTINGS
from academy.layout import REPO
from tests.deploy.test_image import closure

DOCKERFILE = (REPO / "deploy" / "image" / "hub.Dockerfile").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def instructions(keyword: str) -> list[str]:
    joined = re.sub(r"\\\n", " ", DOCKERFILE)
    return [line.split(None, 1)[1] for line in joined.splitlines() if line.split(None, 1)[:1] == [keyword]]


def pip_requirements() -> list[Requirement]:
    """What the image's first ``pip install`` names (the second installs academy itself, --no-deps)."""
    run = " ".join(instructions("RUN"))
    first = re.search(r"pip install --no-cache-dir (.+?) &&", run).group(1)
    return [Requirement(word.strip('"')) for word in first.split() if not word.startswith("-")]


def test_pins_are_pyprojects():
    ours = {canonicalize_name(Requirement(r).name): Requirement(r) for r in PYPROJECT["project"]["dependencies"]}
    image = {canonicalize_name(r.name): r for r in pip_requirements()}
    assert {"jupyterhub", "jupyterhub-nativeauthenticator"} <= image.keys()
    for name, requirement in image.items():
        if name in ours:
            assert str(requirement.specifier) == str(ours[name].specifier), name
    assert str(image["jupyterhub"].specifier) == "==6.1.1"
    assert "--no-deps /opt/academy" in " ".join(instructions("RUN"))


def test_version_and_default_tag_agree():
    version = PYPROJECT["project"]["version"]
    assert f"ARG ACADEMY_VERSION={version}" in DOCKERFILE
    assert SETTINGS["kubernetes"]["hub_image"].default == f"{z2jh.HUB_IMAGE}:{version}"
    assert z2jh.ours(SETTINGS["kubernetes"]["hub_image"].default)


def test_only_the_package_goes_in():
    copied = [words.split()[:-1] for words in instructions("COPY")]
    assert ["academy"] in copied
    for source in copied:
        for path in source:
            assert path.rstrip("/") not in (".", "curriculum", "graders", "districts", "tests", ".git", "var"), path


def test_what_academy_scheduler_imports_is_installed_by_the_image():
    # Third-party top-level modules that `python -m academy.hub.prestart_service` imports (a fresh interpreter).
    code = ("import sys; before = set(sys.modules); import academy.hub.prestart_service, academy.district; "
            "print('\\n'.join(sorted({m.split('.')[0] for m in set(sys.modules) - before})))")
    modules = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             cwd=REPO).stdout.split()
    third_party = {m for m in modules if m not in sys.stdlib_module_names and not m.startswith("_")
                   and m not in ("academy", "cython_runtime")}
    from importlib import metadata

    installed = closure([str(r) for r in pip_requirements()])
    by_module = metadata.packages_distributions()
    missing = {m: by_module.get(m) for m in third_party
               if not {canonicalize_name(d) for d in by_module.get(m, [])} & installed}
    assert not missing, f"academy-scheduler imports these, the hub image does not install them: {missing}"
    assert "yaml" in third_party  # the check sees real imports


def test_ngshare_image_is_the_bootstraps_environment():
    text = (REPO / "deploy" / "image" / "ngshare.Dockerfile").read_text(encoding="utf-8")
    joined = re.sub(r"\\\n", " ", text)
    assert f"ARG ACADEMY_VERSION={PYPROJECT['project']['version']}" in text
    assert "-r requirements.txt" in joined and "COPY deploy/ngshare/requirements.txt deploy/ngshare/serve.py ./" in text
    ours = {canonicalize_name(Requirement(r).name): Requirement(r) for r in PYPROJECT["project"]["dependencies"]}
    pinned = re.findall(r"\b([A-Za-z0-9_.-]+)==([0-9][^\s\"]*)", joined)
    assert pinned, "the image pins jupyterhub"
    for name, version in pinned:
        assert str(ours[canonicalize_name(name)].specifier) == f"=={version}", name
    from academy.deploy import manifests

    assert manifests.NGSHARE_IMAGE.endswith("/ngshare")
