"""Issue 5, the class-start storm: learners' kernels are forked warm from their server's zygote
(academy/kernels/warm.py) -- and are still ordinary, separate kernels: the learner's own account,
the notebook's folder, inline plots, the Korean explainer, interrupt and restart.
"""

from __future__ import annotations

import threading
import time

import pytest

from tests.support.probe import Kernel

pytestmark = pytest.mark.slow


def token_of(hub, name: str) -> str:
    return hub.login(name).headers["Authorization"].split()[1]


def session_kernel(hub, name: str, path: str) -> Kernel:
    """Open a notebook as JupyterLab does (POST api/sessions with the notebook's path)."""
    r = hub.login(name).post(f"{hub.base_url}user/{name}/api/sessions", timeout=120,
                             json={"path": path, "name": path.rsplit("/", 1)[-1], "type": "notebook",
                                   "kernel": {"name": "python3"}})
    assert r.status_code == 201, r.text
    return Kernel(hub.base_url, name, token_of(hub, name), r.json()["kernel"]["id"])


def test_kernels_start_warm_and_stay_the_learners_own(district_hub):
    hub = district_hub
    hub.start_server("alice")
    s = hub.login("alice")
    r = s.put(f"{hub.base_url}user/alice/api/contents/warm-test", json={"type": "directory"}, timeout=30)
    assert r.status_code in (200, 201), r.text
    kernel = session_kernel(hub, "alice", "warm-test/lesson.ipynb")

    # Forked from the warm zygote: pandas is there before the learner imports it, and the
    # kernel's parent is not the server (a stock kernel is the server's own child).
    facts = kernel.execute("import os, sys, pwd; (('pandas' in sys.modules), pwd.getpwuid(os.getuid()).pw_name, "
                           "os.getcwd().endswith('/warm-test'), os.environ.get('JUPYTERHUB_USER'))")
    assert facts["result"] == f"(True, '{hub.unix('alice')}', True, 'alice')", facts

    # Plots go inline, errors are explained in Korean.
    assert "inline" in kernel.execute("import matplotlib; matplotlib.get_backend()")["result"]
    error = kernel.execute("print(pirce)")
    assert error["status"] == "error" and "[오류 도우미] pirce라는 이름" in error["display"], error

    # Interrupt stops a running cell; the kernel keeps its state.
    kernel.execute("keep = 7")
    result: dict = {}
    runner = threading.Thread(target=lambda: result.update(kernel.execute("while True: pass", timeout=60)))
    runner.start()
    time.sleep(2)
    r = s.post(f"{hub.base_url}user/alice/api/kernels/{kernel.kernel_id}/interrupt", timeout=30)
    assert r.status_code == 204, r.text
    runner.join(60)
    assert result.get("status") == "error" and "KeyboardInterrupt" in result.get("error", ""), result
    assert kernel.execute("keep")["result"] == "7"

    # A second kernel of the same learner shares nothing with the first.
    other = Kernel.start(hub.base_url, "alice", token_of(hub, "alice"))
    assert other.execute("'keep' in dir()")["result"] == "False"

    # Restart ("커널 다시 시작", module 00) gives a fresh, still warm kernel.
    r = s.post(f"{hub.base_url}user/alice/api/kernels/{kernel.kernel_id}/restart", timeout=120)
    assert r.status_code == 200, r.text
    after = kernel.execute("'keep' in dir(), 'pandas' in __import__('sys').modules", timeout=120)
    assert after["result"] == "(False, True)", after
