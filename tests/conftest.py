"""Shared test configuration: where the repository is, and where artefacts go."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Screenshots and plots kept after the run (git-ignored)."""
    path = Path(os.environ.get("ACADEMY_ARTIFACTS", REPO / "test-artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server for this test session (tests/postgres.py): Unix socket in a
    temporary folder, password auth, role ``academy``; stopped and removed at the end."""
    if os.geteuid() != 0:
        pytest.skip("the PostgreSQL tests start a server as the postgres account: run as root (CI does)")
    from tests.postgres import postgres_server

    with postgres_server() as server:
        yield server
