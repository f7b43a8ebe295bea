"""The district's proxy (academy/hub/proxy.py, chp_academy.mjs): the Korean page while the hub is
down, from a real configurable-http-proxy; a token that outlives the hub; only a running proxy is
re-attached; the hub settings that keep learners' servers and the proxy across a restart."""

from __future__ import annotations

import os
import stat
import subprocess
import time

import psutil
import pytest
import requests
from traitlets.config import Config

from academy import district
from academy.hub import config, launch, proxy, data_root
from academy.layout import REPO

CHP = REPO / "node_modules" / ".bin" / "configurable-http-proxy"


@pytest.mark.skipif(not CHP.exists(), reason="configurable-http-proxy is not installed (scripts/bootstrap.sh)")
def test_hub_down_gives_the_korean_page_not_a_bare_error(tmp_path):
    port = launch.free_port_block(4)
    dead_hub = f"http://127.0.0.1:{port + 2}"  # nothing listens: the hub is down
    cmd = proxy.command(str(CHP)) + ["--ip", "127.0.0.1", "--port", str(port), "--api-ip", "127.0.0.1",
                                     "--api-port", str(port + 1), "--default-target", dead_hub,
                                     "--error-target", f"{dead_hub}/hub/error"]
    chp = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=dict(os.environ, CONFIGPROXY_AUTH_TOKEN="t" * 32))
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = requests.get(f"http://127.0.0.1:{port}/hub/home", timeout=5)
                break
            except requests.ConnectionError:
                assert chp.poll() is None and time.monotonic() < deadline, "the proxy did not start"
                time.sleep(0.2)
        assert r.status_code == 503
        assert r.headers["Content-Type"].startswith("text/html") and r.headers["Retry-After"] == "5"
        assert "곧 돌아와요" in r.text and "Service Unavailable" not in r.text
        assert r.content == proxy.ERROR_PAGE.read_bytes()
        # The proxy's API still needs its token.
        assert requests.get(f"http://127.0.0.1:{port + 1}/api/routes", timeout=5).status_code == 403
    finally:
        chp.terminate()
        chp.wait(10)


def test_token_is_made_once_and_private(tmp_path):
    path = tmp_path / "proxy-token"
    token = proxy.auth_token(path)
    assert len(token) == 64 and proxy.auth_token(path) == token
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_only_a_running_proxy_is_reattached(tmp_path):
    pid_file = tmp_path / "jupyterhub-proxy.pid"
    assert proxy.running_proxy(pid_file) is None  # no file
    pid_file.write_text(str(os.getpid()))  # a running process that is not a proxy
    assert proxy.running_proxy(pid_file) is None
    pid_file.write_text("not a pid")
    assert proxy.running_proxy(pid_file) is None
    sleeper = subprocess.Popen(["sleep", "60"])
    try:
        pid_file.write_text(str(sleeper.pid))
        assert proxy.running_proxy(pid_file) is None
    finally:
        sleeper.kill()
        sleeper.wait()
    handle = proxy.RunningProxy(psutil.Process(os.getpid()))
    assert handle.poll() is None and handle.pid == os.getpid()


def test_hub_keeps_servers_and_proxy_across_a_restart(tmp_path):
    settings = district.load("demo")
    settings["hub"]["data_root"] = str(tmp_path / "data")
    data_root.make_secrets(settings)  # `academy hub setup` makes the proxy token; every config load reads it
    first, second = Config(), Config()
    config.update_hub(first, settings)
    config.update_hub(second, settings)
    assert first.JupyterHub.cleanup_servers is False and first.JupyterHub.cleanup_proxy is False
    assert first.JupyterHub.proxy_class is proxy.AcademyProxy
    assert first.ConfigurableHTTPProxy.auth_token == second.ConfigurableHTTPProxy.auth_token, "same proxy token"
    assert first.ConfigurableHTTPProxy.command[1] == str(proxy.WRAPPER)
