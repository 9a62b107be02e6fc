"""Screenshots of every page in Chinese and English, against a live demo service.

::

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/take_screenshots.py [--out docs/screenshots]
        [--now 2026-11-02T10:00+08:00]   # pin the service's clock (the calendar banner shows
                                         # from 1 November while next year has no data)

Starts the filing service with its demo data on a free loopback port, then, once per language,
runs the real app (controller, main window, pages) and signs in as the demo filer, reviewer and
operator, saving ``<out>/<lang>/<page>.png``.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("zh_CN", "en")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_service(data_dir: Path, now: str | None = None) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 (our own interpreter and module)
        [
            sys.executable,
            "-m",
            "icp_desktop.server",
            "--demo",
            "--port",
            str(port),
            "--data-dir",
            str(data_dir),
            "--admin-simulator",
            "off",
            *(["--now", now] if now else []),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    for line in process.stdout:
        match = re.search(r"listening on (http://\S+)", line)
        if match:
            return process, match.group(1)
    raise SystemExit("the demo service did not start")


def api(url: str, username: str) -> Any:
    from icp_desktop.client.api import ApiClient

    client = ApiClient(url)
    client.login(username, f"{username}-pass")
    return client


def pick_ids(url: str) -> dict[str, int]:
    """Demo objects worth showing: a website to edit, a rejected change, a pending review."""
    filer = api(url, "demo")
    websites = filer.list_websites(limit=200).items
    free = next(w for w in websites if not w.open_change)
    changes = filer.list_changes(limit=200).items
    rejected = next(c for c in changes if c.status == "first_review_rejected")
    queue = api(url, "reviewer").review_queue("first_review").items
    return {
        "website_id": free.id,
        "rejected_change_id": rejected.id,
        "rejected_website_id": rejected.website_id,
        "pending_change_id": queue[0].change.id,
    }


def capture(lang: str, url: str, out: Path, ids: dict[str, int]) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from icp_desktop.ui.app import parse_args
    from icp_desktop.ui.controller import AppController
    from icp_desktop.ui.i18n import install_translators
    from icp_desktop.ui.paths import AppPaths
    from icp_desktop.ui.theme import follow_system_scheme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    dark = follow_system_scheme(app) == Qt.ColorScheme.Dark
    install_translators(app, lang)
    saved: list[Path] = []
    target = out / (f"{lang}-dark" if dark else lang)
    target.mkdir(parents=True, exist_ok=True)

    def settle(condition: Callable[[], bool] = lambda: True, seconds: float = 15.0) -> None:
        deadline = time.monotonic() + seconds
        quiet_since: float | None = None
        while time.monotonic() < deadline:
            app.processEvents()
            busy = controller.backend.busy
            busy = busy() if callable(busy) else bool(busy)
            if condition() and not busy:
                quiet_since = quiet_since or time.monotonic()
                if time.monotonic() - quiet_since > 0.6:
                    return
            else:
                quiet_since = None
            time.sleep(0.02)

    def shot(name: str) -> None:
        path = target / f"{name}.png"
        controller.window.grab().save(str(path))
        saved.append(path)

    for username, pages in (
        (
            "demo",
            [
                ("licenses", {}),
                ("change_access", {"website_id": ids["website_id"]}),
                ("change_access_rejected", {"website_id": ids["rejected_website_id"]}),
                ("review_status", {"change_id": ids["rejected_change_id"]}),
            ],
        ),
        (
            "reviewer",
            [("review_queue", {}), ("review_detail", {"change_id": ids["pending_change_id"]})],
        ),
        ("operator", [("operator", {}), ("operator_calendar", {})]),
    ):
        home = Path(tempfile.mkdtemp(prefix="icp-shots-"))
        args = parse_args(["--server", url, "--demo", "--lang", lang])
        controller = AppController(app, args, AppPaths.under(home).ensure(), use_tray=False)
        controller.window.resize(1100, 720)
        controller.window.show()
        controller.after_first_paint()
        page = controller.window.sign_in_page
        settle(page.sign_in_button.isEnabled)
        if username == "demo":
            shot("sign_in")
        page.username_edit.setText(username)
        page.password_edit.setText(f"{username}-pass")
        page.sign_in_button.click()
        window = controller.window
        settle(lambda w=window: w.current_page_name() is not None)  # type: ignore[misc]
        for name, kwargs in pages:
            page_name = name.removesuffix("_rejected").removesuffix("_calendar")
            if kwargs:
                controller.window.open_page(page_name, **kwargs)
            if name == "operator_calendar":  # the working-day calendar tab
                from icp_desktop.ui.pages.operator import CALENDAR_TAB, OperatorPage

                operator = controller.window.pages["operator"]
                assert isinstance(operator, OperatorPage)
                operator.tabs.setCurrentIndex(CALENDAR_TAB)
            settle()
            shot(name)
        controller.shutdown()
        controller.window.close()
        controller.window.deleteLater()
        app.processEvents()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGUAGES, help="one language (default: both)")
    parser.add_argument("--url", help="use this running demo service")
    parser.add_argument("--now", help="pin the demo service's clock (ISO 8601 with an offset)")
    parser.add_argument(
        "--scheme",
        choices=["light", "dark"],
        help="colour scheme (default: the system's; saved in <lang>-dark/)",
    )
    args = parser.parse_args(argv)
    if args.scheme:
        os.environ["ICP_COLOR_SCHEME"] = args.scheme
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    if args.url is None:
        with tempfile.TemporaryDirectory(prefix="icp-shots-service-") as data:
            process, url = start_service(Path(data), args.now)
            try:
                ids = pick_ids(url)
                for lang in [args.lang] if args.lang else LANGUAGES:
                    # one process per language: each starts with its own translators
                    subprocess.run(  # noqa: S603
                        [
                            sys.executable,
                            __file__,
                            "--lang",
                            lang,
                            "--url",
                            url,
                            "--out",
                            str(args.out),
                        ],
                        check=True,
                    )
            finally:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:  # a long-poll holds the graceful stop
                    process.kill()
                    process.wait()
        print(f"ids used: {ids}")
        return 0
    for path in capture(args.lang or "en", args.url, args.out, pick_ids(args.url)):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
