"""Quitting while a request hangs on a slow service: fast, clean, no thread left running.

Uses the slow loopback server from conftest (a stand-in for a hanging service).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread

ROOT = Path(__file__).resolve().parents[2]

QUIT_MID_REQUEST = textwrap.dedent("""
    import argparse, sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from icp_desktop.ui.controller import AppController
    from icp_desktop.ui.paths import AppPaths

    url, data = sys.argv[1], Path(sys.argv[2])
    app = QApplication([])
    args = argparse.Namespace(server=url, demo=False, lang="en", ca_bundle=None,
                              data_dir=data, quit_after_startup=False)
    controller = AppController(app, args, AppPaths.under(data))
    controller.window.show()
    controller.after_first_paint()
    controller.backend.call(lambda c: c.me(), lambda r: print("answered", flush=True))
    def quit_now():
        print("quitting busy=%s" % controller.backend.busy, flush=True)
        controller.quit()
    QTimer.singleShot(500, quit_now)
    code = app.exec()
    started = time.monotonic()
    controller.shutdown()
    print("shutdown took %.2f" % (time.monotonic() - started), flush=True)
    sys.exit(code)
""")


def test_shutdown_mid_request_stops_every_thread_at_once(
    qtbot: Any,
    make_controller: Any,
    slow_server: Any,
) -> None:
    slow_server.delay = 20.0
    controller = make_controller(slow_server.url)
    controller.backend.call(lambda c: c.me(), lambda _r: None)
    qtbot.waitUntil(lambda: slow_server.hits >= 1, timeout=5_000)
    worker_threads: list[QThread] = controller.backend.threads()
    started = time.monotonic()
    controller.shutdown()
    assert time.monotonic() - started < 3.0
    assert all(thread.isFinished() or not thread.isRunning() for thread in worker_threads)
    assert not controller.backend.busy


def test_the_app_quits_cleanly_while_a_request_hangs(slow_server: Any, tmp_path: Path) -> None:
    slow_server.delay = 30.0
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", QUIT_MID_REQUEST, slow_server.url, str(tmp_path / "app")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert "quitting busy=True" in done.stdout
    assert "answered" not in done.stdout
    assert "QThread" not in done.stderr, done.stderr
    assert elapsed < 15, f"quitting took {elapsed:.1f} s"


QUIT_ON_SIGTERM_WITH_TRAY = textwrap.dedent("""
    import argparse, os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from icp_desktop.ui.app import quit_on_signals
    from icp_desktop.ui.controller import AppController
    from icp_desktop.ui.paths import AppPaths

    url, data = sys.argv[1], Path(sys.argv[2])
    app = QApplication([])
    args = argparse.Namespace(server=url, demo=False, lang="en", ca_bundle=None,
                              data_dir=data, quit_after_startup=False)
    controller = AppController(app, args, AppPaths.under(data), use_tray=True)
    controller.window.show()
    controller.after_first_paint()
    print("keeps in tray=%s" % controller.window.keep_in_tray, flush=True)
    quit_on_signals(app, controller.quit)
    QTimer.singleShot(1500, lambda: os.kill(os.getpid(), signal.SIGTERM))
    QTimer.singleShot(8000, lambda: (print("still running", flush=True), app.exit(3)))
    code = app.exec()
    # Under X11 a plain QApplication.quit() closes the window, which hides in the tray and
    # refuses, and the app stays; the controller's quit marks the window as quitting first.
    print("quitting=%s" % controller.window.quitting, flush=True)
    controller.shutdown()
    sys.exit(code)
""")


def test_sigterm_quits_even_when_closing_the_window_would_hide_it_in_the_tray(
    slow_server: Any, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-c", QUIT_ON_SIGTERM_WITH_TRAY, slow_server.url, str(tmp_path / "app")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "keeps in tray=True" in done.stdout, done.stderr
    assert "quitting=True" in done.stdout
    assert "still running" not in done.stdout
    assert done.returncode == 0, done.stderr
