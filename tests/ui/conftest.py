"""Shared fixtures for the desktop app's tests.

- ``english_locale`` (autouse): ``QLocale`` defaults to English (United States), as in the app.
- ``memory_keyring`` (autouse): an in-memory keyring backend, so no test reaches a real keyring;
  the fixture value is the backend (its ``.store`` dict holds what was saved).
- ``failing_keyring``: the keyring's own "fail" backend (as on a headless machine without one).
- ``app_paths``: the app's config/data/cache/log directories under ``tmp_path``.
- ``live_server``: the real filing service (demo data, administration simulator off), one per
  test module; ``fresh_live_server`` gives one per test.
- ``ui_backend``: a :class:`Backend` with its worker threads, shut down after the test (not
  ``backend``, which a page test may name its own).
- ``backend_for``: ``backend_for("reviewer")`` is a backend signed in on ``live_server``;
  ``demo_backend`` is the demo filer's, and ``demo_http`` an httpx client signed in as the demo
  filer (to set up or check data over the API).
- ``make_controller``: builds an :class:`AppController` (window, backend, notifier) against a
  server URL and shuts it down after the test.
- ``sign_in``: signs a controller in through the sign-in page and waits for the session.
- ``slow_server``: a tiny loopback HTTP server (not the service) that answers after seconds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from PySide6.QtCore import QLocale

from icp_desktop.ui.paths import AppPaths
from tests.helpers.live_server import LiveServer, api_client, start_live_server
from tests.helpers.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def english_locale() -> None:
    """Dates and numbers as the English interface writes them (the app sets this with its
    language at start-up; a page built alone in a test would get the machine's locale)."""
    from icp_desktop.ui.i18n import qt_locale

    QLocale.setDefault(qt_locale("en"))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def failing_keyring(memory_keyring: MemoryKeyring) -> keyring.backends.fail.Keyring:
    backend = keyring.backends.fail.Keyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "app").ensure()


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path_factory.mktemp("service"), admin_simulator="off")
    yield server
    server.stop(timeout=3.0)  # a long-poll left open would hold a graceful stop for its wait


@pytest.fixture
def fresh_live_server(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "service", admin_simulator="off")
    yield server
    server.stop(timeout=3.0)


@pytest.fixture
def ui_backend(qapp: Any) -> Iterator[Any]:
    from icp_desktop.ui.backend import Backend

    instance = Backend()
    yield instance
    assert instance.shutdown(), "the worker thread did not stop"


@pytest.fixture
def backend_for(live_server: LiveServer, qapp: Any) -> Iterator[Callable[[str], Any]]:
    from icp_desktop.client.api import ApiClient
    from icp_desktop.ui.backend import Backend

    made: list[Backend] = []

    def make(username: str) -> Backend:
        login = ApiClient(live_server.url).login(username, f"{username}-pass")
        instance = Backend()
        instance.set_server(live_server.url)
        instance.set_session(login.token, login.account)
        made.append(instance)
        return instance

    yield make
    for instance in made:
        assert instance.shutdown(), "the worker thread did not stop"


@pytest.fixture
def demo_backend(backend_for: Callable[[str], Any]) -> Any:
    return backend_for("demo")


@pytest.fixture
def demo_http(live_server: LiveServer) -> Iterator[httpx.Client]:
    with api_client(live_server.url, "demo") as client:
        yield client


def controller_args(server: str | None, *, demo: bool = True, **extra: Any) -> argparse.Namespace:
    values = {
        "server": server,
        "demo": demo,
        "lang": "en",
        "ca_bundle": None,
        "data_dir": None,
        "quit_after_startup": False,
        "notification_bus": "",
    }  # no desktop notification service unless a test gives one
    values.update(extra)
    return argparse.Namespace(**values)


@pytest.fixture
def make_controller(qapp: Any, qtbot: Any, app_paths: AppPaths) -> Iterator[Callable[..., Any]]:
    """``make_controller(url, use_tray=False, paths=None, start=True)`` -> AppController."""
    from icp_desktop.ui.controller import AppController

    made: list[Any] = []

    def make(
        server: str | None,
        *,
        use_tray: bool = False,
        paths: AppPaths | None = None,
        start: bool = True,
        **args: Any,
    ) -> Any:
        controller = AppController(
            qapp, controller_args(server, **args), paths or app_paths, use_tray=use_tray
        )
        made.append(controller)
        qtbot.addWidget(controller.window)
        controller.window.show()
        if start:
            with qtbot.waitSignal(controller.server_ready, timeout=90_000):
                controller.after_first_paint()
        return controller

    yield make
    for controller in made:
        controller.shutdown()


@pytest.fixture
def sign_in(qtbot: Any) -> Callable[..., dict[str, Any]]:
    """``sign_in(controller, username, password=None, remember=False)`` -> the account."""

    def do(
        controller: Any, username: str, password: str | None = None, remember: bool = False
    ) -> Any:
        page = controller.window.sign_in_page
        page.username_edit.setText(username)
        page.password_edit.setText(password or f"{username}-pass")
        page.remember_check.setChecked(remember)
        with qtbot.waitSignal(controller.session_started, timeout=15_000) as blocker:
            page.sign_in_button.click()
        return blocker.args[0]

    return do


SLOW_SERVER = textwrap.dedent("""
    import json, sys, time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}") if length else {}
            if self.path.startswith("/__delay/"):
                self.server.delay = float(self.path.rsplit("/", 1)[1])
                return self.answer({"delay": self.server.delay})
            if self.path == "/__hits":
                return self.answer({"hits": self.server.hits})
            if self.path == "/__log":
                return self.answer({"log": self.server.log})
            self.server.hits += 1
            self.server.log.append({"method": self.command, "path": self.path,
                                    "authorization": self.headers.get("Authorization")})
            time.sleep(self.server.delay)
            if self.path == "/v1/auth/login":  # any password; the token names the account
                username = str(body.get("username") or "")
                return self.answer({"token": f"token-{username}",
                                    "expires_at": "2099-01-01T00:00:00Z",
                                    "account": {"id": sum(map(ord, username)),
                                                "username": username, "role": "filer"}})
            self.answer({"status": "ok", "version": "slow", "database": "none",
                         "items": [], "cursor": "0"})

        do_POST = do_GET

        def answer(self, data):
            body = json.dumps(data).encode()
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up (aborted on quit)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.delay, server.hits, server.log = float(sys.argv[1]), 0, []
    print(server.server_address[1], flush=True)
    server.serve_forever()
""")


class SlowServer:
    """A tiny HTTP server on loopback, in its own process, that answers after ``delay`` s.

    Not the filing service: it stands in for a service that is slow or hangs, which the real
    one cannot be made to do on demand. A sign-in (any password) is answered with the token
    ``token-<username>``; every other request gets ``{"status": "ok", "items": [], ...}``.
    :attr:`log` is every request it was sent (method, path, ``Authorization``), in order.
    """

    def __init__(self, delay: float) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SLOW_SERVER, str(delay)], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.url = f"http://127.0.0.1:{int(self.process.stdout.readline())}"
        self._delay = delay

    def _get(self, path: str) -> dict[str, Any]:
        with urllib.request.urlopen(self.url + path, timeout=5) as answer:
            data: dict[str, Any] = json.loads(answer.read())
            return data

    @property
    def delay(self) -> float:
        return self._delay

    @delay.setter
    def delay(self, seconds: float) -> None:
        self._delay = seconds
        self._get(f"/__delay/{seconds}")

    @property
    def hits(self) -> int:
        return int(self._get("/__hits")["hits"])

    @property
    def log(self) -> list[dict[str, Any]]:
        return list(self._get("/__log")["log"])

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(10)


@pytest.fixture
def slow_server() -> Iterator[SlowServer]:
    """``slow_server.delay`` seconds before each answer (3 s unless a test changes it)."""
    server = SlowServer(3.0)
    yield server
    server.stop()
