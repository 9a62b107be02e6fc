"""The app as a whole: command line, start-up without heavy imports, the embedded default,
remembered window state, and logs without secrets."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from icp_desktop.ui.embedded import pid_alive
from icp_desktop.ui.logging_setup import LOG_FILE_NAME, scrub, setup_logging
from tests.helpers import http_client
from tests.helpers.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]


def run_app(
    *args: str, tmp_path: Path, importtime: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    flags = ["-X", "importtime"] if importtime else []
    return subprocess.run(
        [sys.executable, *flags, "-m", "icp_desktop", "--data-dir", str(tmp_path / "app"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_version(tmp_path: Path) -> None:
    done = run_app("--version", tmp_path=tmp_path)
    assert done.returncode == 0
    assert done.stdout.startswith("ICP Desktop ")


def test_quit_after_startup_exits_without_importing_heavy_modules(tmp_path: Path) -> None:
    done = run_app("--quit-after-startup", tmp_path=tmp_path, importtime=True)
    assert done.returncode == 0, done.stderr[-2000:]
    imported = {
        line.split("|")[-1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "PySide6.QtWidgets" in imported
    for heavy in ("requests", "keyring", "urllib3", "icp_desktop.server", "sqlalchemy"):
        assert heavy not in imported, f"{heavy} was imported before the first paint"
    # nothing was started: no service directory appeared
    assert not (tmp_path / "app" / "data" / "service" / "service.json").exists()


def test_the_embedded_service_starts_serves_and_stops_with_the_app(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
) -> None:
    controller = make_controller(None)  # no --server: the embedded local service
    url = controller.backend.server_url
    assert url is not None and url.startswith("http://127.0.0.1:")
    page = controller.window.sign_in_page
    assert page.demo_combo.isVisible()
    assert page.sign_in_button.isEnabled()
    assert sign_in(controller, "demo").role == "filer"
    pid = controller.embedded.pid
    assert pid_alive(pid)
    controller.shutdown()
    deadline = time.monotonic() + 10
    while pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not pid_alive(pid)
    try:
        http_client.get(f"{url}/v1/health", timeout=2)
    except httpx.TransportError:
        pass
    else:
        raise AssertionError("the service still answers after the app quit")


def test_window_geometry_is_remembered(
    qtbot: Any,
    make_controller: Any,
    live_server: LiveServer,
    app_paths: Any,
) -> None:
    first = make_controller(live_server.url)
    first.window.resize(700, 500)  # within the offscreen screen (800x600): no clamping
    assert (first.window.width(), first.window.height()) == (700, 500)
    first.shutdown()
    second = make_controller(live_server.url, paths=app_paths)
    assert (second.window.width(), second.window.height()) == (700, 500)


def test_the_last_page_is_reopened_after_sign_in(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: LiveServer,
    app_paths: Any,
) -> None:
    first = make_controller(live_server.url)
    sign_in(first, "operator")
    assert first.window.current_page_name() == "operator"
    first.window.open_page("review_queue")
    first.shutdown()

    second = make_controller(live_server.url, paths=app_paths)
    sign_in(second, "operator")
    assert second.window.current_page_name() == "review_queue"


def test_logs_carry_no_passwords_or_tokens(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: LiveServer,
    app_paths: Any,
) -> None:
    controller = make_controller(live_server.url)
    sign_in(controller, "demo", remember=True)
    token = controller.backend.token
    logging.getLogger("icp_desktop.test").warning(
        "request failed: Authorization: Bearer %s password=demo-pass", token
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (app_paths.log / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "request failed" in text
    assert token not in text
    assert "demo-pass" not in text


def test_scrub_removes_secrets_in_their_usual_shapes(tmp_path: Path) -> None:
    assert scrub("Authorization: Bearer abc.DEF-123") == "Authorization: Bearer [redacted]"
    assert "hunter2" not in scrub('{"username": "demo", "password": "hunter2"}')
    assert "hunter2" not in scrub("password=hunter2&user=demo")
    assert "s3cr3t" not in scrub("token: s3cr3t")
    path = setup_logging(tmp_path / "log")
    try:
        raise RuntimeError("login failed for password=hunter2")
    except RuntimeError:
        logging.getLogger("x").exception("oops")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "hunter2" not in path.read_text(encoding="utf-8")


def test_the_pages_navigate_through_the_main_window(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: LiveServer,
) -> None:
    controller = make_controller(live_server.url)
    sign_in(controller, "demo")
    window = controller.window
    licenses = window.pages["licenses"]
    with http_client.Client(base_url=live_server.url) as http:
        token = http.post(
            "/v1/auth/login", json={"username": "demo", "password": "demo-pass"}
        ).json()["token"]
        changes = http.get(
            "/v1/change-requests", headers={"Authorization": f"Bearer {token}"}
        ).json()["items"]
    change = changes[0]
    licenses.open_change_access.emit(change["website_id"])
    assert window.current_page_name() == "change_access"
    window.pages["change_access"].open_status.emit(change["id"])
    assert window.current_page_name() == "review_status"
    window.go_back()
    assert window.current_page_name() == "change_access"
    window.go_home()
    assert window.current_page_name() == "licenses"
    # a page's own requests finish without errors while the user moves around
    qtbot.waitUntil(lambda: not controller.backend.busy, timeout=15_000)


def test_the_quick_command_line_parse_agrees_with_argparse() -> None:
    from icp_desktop.ui.app import _quick_parse, build_parser

    for argv in (
        [],
        ["--demo"],
        ["--server", "https://icp.example.cn", "--lang", "zh_CN"],
        ["--server=http://127.0.0.1:8000", "--quit-after-startup", "--data-dir", "/x"],
        ["--ca-bundle", "/etc/ca.pem", "--lang=en", "--demo"],
    ):
        assert _quick_parse(argv) == build_parser().parse_args(argv), argv
    # anything else is left to argparse (help, version, bad values, unknown options)
    for argv in (["--help"], ["--version"], ["--lang", "fr"], ["--server"], ["--bogus"]):
        assert _quick_parse(argv) is None, argv


def test_sigterm_quits_the_app_and_stops_its_local_service(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    data = tmp_path / "app"
    app = subprocess.Popen(
        [sys.executable, "-m", "icp_desktop", "--data-dir", str(data), "--lang", "en"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    state_file = data / "data" / "service" / "service.json"
    service_pid = 0
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not service_pid:
            try:
                state = json.loads(state_file.read_text())
                service_pid = int(state.get("pid") or 0)
            except (OSError, ValueError):
                pass
            assert app.poll() is None, app.communicate()[1][-2000:]
            time.sleep(0.1)
        assert service_pid and pid_alive(service_pid)
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=30)
        assert app.returncode == 0, err[-2000:]
        assert "QThread" not in err
        assert not pid_alive(service_pid), "the local service outlived the app"
    finally:
        if app.poll() is None:
            app.kill()
        if service_pid and pid_alive(service_pid):
            os.kill(service_pid, signal.SIGKILL)


def test_the_default_directories_are_platformdirs_own(monkeypatch: Any, tmp_path: Path) -> None:
    from icp_desktop.ui.paths import AppPaths

    def both() -> tuple[tuple[Path, ...], tuple[Path, ...]]:
        fast, slow = AppPaths.default(), AppPaths.from_platformdirs()
        return (
            (fast.config, fast.data, fast.cache, fast.log),
            (slow.config, slow.data, slow.cache, slow.log),
        )

    fast, slow = both()  # the test's own XDG directories (tests/conftest.py)
    assert fast == slow
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name)
    fast, slow = both()  # defaults under HOME
    assert fast == slow
    assert str(fast[0]).startswith(str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/ignored")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    fast, slow = both()
    assert fast == slow
