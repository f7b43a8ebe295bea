"""The one client for a district hub's REST API (``/hub/api``): the admin tools' and the services'.

``HubAPI(settings)`` speaks with the ``academy-admin`` service token (academy/hub/people.py, launch,
enrolment); ``HubAPI.from_service_env()`` with the token the hub gave a managed service
(``JUPYTERHUB_API_URL`` / ``JUPYTERHUB_API_TOKEN``: the scheduler, the weekly service).

>>> api = HubAPI(settings)                          # doctest: +SKIP
>>> api.request("GET", "/users/kim")["name"]        # raises on an error status  # doctest: +SKIP
'kim'
>>> api.call("POST", "/users/kim/server")           # (status, json or None), never raises on a status  # doctest: +SKIP
(202, None)
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from typing import Any

OK = (200, 201, 202, 204)


class HubAPI:
    """A small client for the hub's REST API."""

    def __init__(self, settings: dict[str, Any] | None = None, *, base: str | None = None,
                 token: str | None = None):
        if base is None or token is None:
            if settings is None:
                raise ValueError("HubAPI needs the district settings, or both base and token")
            from academy.hub import data_root
            from academy.hub.config import public_url

            base = base or f"{public_url(settings)}hub/api"
            token = token or data_root.admin_token(settings)
        self.base = base.rstrip("/")
        self.token = token

    @classmethod
    def from_service_env(cls) -> "HubAPI":
        """The client of a hub-managed service (the hub sets both variables)."""
        return cls(base=os.environ["JUPYTERHUB_API_URL"], token=os.environ["JUPYTERHUB_API_TOKEN"])

    def _send(self, method: str, path: str, body: Any, timeout: float) -> tuple[int, str]:
        req = urllib.request.Request(self.base + path, method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": f"token {self.token}",
                                              "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def call(self, method: str, path: str, body: Any = None, timeout: float = 30) -> tuple[int, Any]:
        """``(status, json or None)``: for callers that act on the status (429, 400, ...)."""
        status, text = self._send(method, path, body, timeout)
        return status, (json.loads(text) if text.strip().startswith(("{", "[")) else None)

    def request(self, method: str, path: str, body: Any = None, *, ok: tuple[int, ...] = OK,
                timeout: float = 30) -> Any:
        """The answer's JSON (or None); a status outside ``ok`` raises with the hub's words."""
        status, text = self._send(method, path, body, timeout)
        if status not in ok:
            raise RuntimeError(f"hub API {method} {path} -> {status}: {text[:500]}")
        return json.loads(text) if text.strip() else None

    def wait_until_up(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.request("GET", "/", timeout=2)
                return
            except (OSError, RuntimeError):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"hub API {self.base} did not answer within {timeout:.0f} s") from None
                time.sleep(0.3)


__all__ = ["HubAPI"]
