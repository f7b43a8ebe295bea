"""The grading zygote's bubblewrap command line: the allow-list as bwrap options (no root needed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from academy.kernels.jail import JailError, zygote_sandbox


def options(argv: list[str], name: str, arity: int) -> list[tuple[str, ...]]:
    return [tuple(argv[i + 1:i + 1 + arity]) for i, arg in enumerate(argv) if arg == name]


@pytest.fixture
def machine(tmp_path: Path) -> Path:
    """An allowed folder holding a repository and a curriculum, a link to it, a secret beside it."""
    allowed = tmp_path / "srv" / "academy" / "data"
    (allowed / ".git").mkdir(parents=True)
    (allowed / "shop").mkdir()
    (allowed / "curriculum").mkdir()
    (allowed / "shop" / "sales.csv").write_text("won\n1000\n")
    (allowed / "token").write_text("SECRET")
    (tmp_path / "srv" / "secret.txt").write_text("SECRET")
    (tmp_path / "link").symlink_to(allowed, target_is_directory=True)
    return tmp_path


def test_only_the_allow_list_is_bound_read_only(machine: Path):
    allowed = machine / "srv" / "academy" / "data"
    argv = zygote_sandbox([str(machine / "link"), "/usr"], [str(allowed / ".git"), str(allowed / "token")],
                          str(machine / "run"), (62000, 62002))
    assert argv[0].endswith("bwrap") and argv[-1] == "--"
    assert options(argv, "--ro-bind", 2)[:2] == [("/usr", "/usr"), (str(allowed), str(allowed))]
    assert options(argv, "--symlink", 2) == [(str(allowed), str(machine / "link"))]
    assert options(argv, "--bind", 2) == [(str(machine / "run"), str(machine / "run"))]  # scratch, root-only
    # the secret beside the allowed folder is not there; the way to it is traverse-only
    assert not any(str(machine / "srv" / "secret.txt") in arg for arg in argv)
    dirs = options(argv, "--dir", 1)
    assert (str(machine / "srv"),) in dirs and (str(machine / "srv" / "academy"),) in dirs
    where = argv.index(str(machine / "srv"))
    assert argv[where - 3:where] == ["--perms", "0711", "--dir"]
    # masked: an empty read-only tmpfs over the folder, /dev/null over the file, after the bind
    assert (str(allowed / ".git"),) in options(argv, "--tmpfs", 1)
    assert (str(allowed / ".git"),) in options(argv, "--remount-ro", 1)
    assert ("/dev/null", str(allowed / "token")) in options(argv, "--ro-bind", 2)
    assert argv.index(str(allowed / ".git")) > argv.index(str(allowed))


def test_no_network_no_capabilities_but_the_few_it_needs(machine: Path):
    argv = zygote_sandbox(["/usr"], [], str(machine / "run"), (62000, 62000))
    for flag in ("--unshare-net", "--unshare-ipc", "--unshare-uts", "--die-with-parent", "--new-session"):
        assert flag in argv
    assert options(argv, "--cap-drop", 1) == [("ALL",)]
    assert {c for (c,) in options(argv, "--cap-add", 1)} == {"CAP_SYS_ADMIN", "CAP_SETUID", "CAP_SETGID",
                                                              "CAP_CHOWN", "CAP_NET_ADMIN"}


def test_passwd_names_only_root_and_the_throwaway_uids(machine: Path):
    argv = zygote_sandbox(["/usr"], [], str(machine / "run"), (62000, 62002))
    (passwd,) = [src for src, dst in options(argv, "--ro-bind", 2) if dst == "/etc/passwd"]
    assert Path(passwd).read_text().splitlines() == [
        "root:x:0:0:root:/:/usr/sbin/nologin",
        *(f"learner:x:{uid}:{uid}:learner:/tmp:/usr/sbin/nologin" for uid in (62000, 62001, 62002))]
    assert oct(os.stat(passwd).st_mode & 0o777) == "0o644"


def test_without_bubblewrap_it_says_how_to_install_it(machine: Path, monkeypatch):
    monkeypatch.setenv("PATH", str(machine))
    with pytest.raises(JailError, match="apt-get install bubblewrap"):
        zygote_sandbox(["/usr"], [], str(machine / "run"), (62000, 62000))

