"""Live co-editing (RTC) on where help happens, off in formgrader (academy/hub/rtc.py), and its state
in each learner's own home, also in a fork-started server (academy/kernels/server_fork.py).
Through the real hub: tests/academy/hub/test_help_rtc.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from academy.hub import rtc

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def run_python(code: str, **env: str) -> dict:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                            timeout=300, cwd="/", env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                                                       "PYTHONPATH": REPO, **env})
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_rtc_is_on_for_learners_and_instructors_and_off_in_formgrader(tmp_path):
    from academy import district
    from academy.hub.data_root import write_jupyter_config

    path = tmp_path / "lab.toml"
    path.write_text(f'[district]\nid = "lab"\nname = "실험구"\n[people]\ninstructors = ["teacher"]\n'
                    f'[hub]\ndata_root = "{tmp_path / "data"}"\n', encoding="utf-8")
    folders = write_jupyter_config(district.load("lab", path=path))
    servers = {role: json.loads((folder / "jupyter_server_config.json").read_text(encoding="utf-8"))
               for role, folder in folders.items()}
    pages = {role: json.loads((folder / "labconfig" / "page_config.json").read_text(encoding="utf-8"))
             for role, folder in folders.items()}
    for role in ("learner", "instructor"):
        extensions = servers[role]["ServerApp"]["jpserver_extensions"]
        assert extensions["jupyter_server_ydoc"] is True and extensions["jupyter_server_fileid"] is True
        assert servers[role]["YDocExtension"]["ystore_class"] == "academy.hub.rtc.LearnerYStore"
        assert not set(rtc.LAB_PACKAGES) & set(pages[role]["disabledExtensions"])
        assert pages[role]["disabledExtensions"][rtc.SHARE_DIALOG] is True  # help comes in through 도움 요청 only
    extensions = servers["grader"]["ServerApp"]["jpserver_extensions"]
    assert extensions["jupyter_server_ydoc"] is False and extensions["jupyter_server_fileid"] is False
    assert "YDocExtension" not in servers["grader"]
    assert all(pages["grader"]["disabledExtensions"][name] is True for name in rtc.LAB_PACKAGES)

    # what a server started with each role's JUPYTER_CONFIG_PATH loads: the role's word wins over the
    # files jupyter-collaboration installed in <venv>/etc/jupyter (which enable it for everyone)
    for role, on in (("learner", True), ("instructor", True), ("grader", False)):
        loaded = run_python("""
            import json
            from academy.kernels.server_fork import extension_modules
            print(json.dumps(extension_modules()))
        """, JUPYTER_CONFIG_PATH=str(folders[role]), HOME=str(tmp_path))
        assert ("jupyter_server_ydoc" in loaded) is on and ("jupyter_server_fileid" in loaded) is on, (role, loaded)


def test_the_document_history_lives_in_the_servers_own_home(tmp_path):
    """The ystore's path is the running user's, computed when the server makes it (not at import)."""
    facts = run_python(f"""
        import json, os
        from academy.hub.rtc import LearnerYStore
        os.environ["HOME"] = {str(tmp_path)!r}  # the import happened elsewhere (a server parent's home)
        store = LearnerYStore(path="json:notebook:x")
        print(json.dumps({{"db": store.db_path, "squash": store.squash_after_inactivity_of}}))
    """, HOME="/nonexistent")
    assert facts == {"db": str(tmp_path / ".local/share/jupyter/academy_ystore.db"),
                     "squash": rtc.SQUASH_AFTER_SECONDS}
    assert oct(os.stat(tmp_path / ".local/share/jupyter").st_mode & 0o777) == "0o700"


def test_a_forked_server_keeps_its_file_ids_in_its_own_home(tmp_path):
    """jupyter_server_fileid computes its database path at import; a server forked from the parent
    (which imported it with its own home) computes it again for the learner it became."""
    facts = run_python(f"""
        import json, os
        import jupyter_server_fileid.manager as manager
        from academy.kernels import server_fork
        before = manager.default_db_path
        os.environ["HOME"] = {str(tmp_path)!r}  # what the child does before: take_environment, become
        os.makedirs(os.path.join(os.environ["HOME"], ".local/share/jupyter"))  # (its runtime folder is in it)
        server_fork.refresh_import_time_defaults()
        print(json.dumps({{"before": before, "global": manager.default_db_path,
                          "arbitrary": manager.ArbitraryFileIdManager(root_dir="/").db_path}}))
    """, HOME="/nonexistent")
    expected = str(tmp_path / ".local/share/jupyter/file_id_manager.db")
    assert facts["before"].startswith("/nonexistent/")
    assert facts["global"] == expected and facts["arbitrary"] == expected, facts
