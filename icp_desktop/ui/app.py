"""``icp-desktop``: command line, translations, the first paint, then everything else.

Only Qt is imported before the sign-in window is painted. The controller's heavier work (the
embedded service, requests, keyring, the event poller) starts after the first paint, and so does
reading the system's colour-scheme hint (see :func:`paint_scheme`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from icp_desktop import APP_ID, APP_NAME
from icp_desktop.ui import collector
from icp_desktop.ui.paths import AppPaths


class _VersionAction(argparse.Action):
    """``--version``, reading the package metadata only when asked (it is slow to import)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from icp_desktop import __version__

        print(f"{APP_NAME} {__version__}")
        parser.exit()


LANGUAGES = ("zh_CN", "en")
_FLAGS = {"--demo": "demo", "--quit-after-startup": "quit_after_startup"}
_VALUES = {
    "--server": "server",
    "--lang": "lang",
    "--ca-bundle": "ca_bundle",
    "--data-dir": "data_dir",
    "--now": "now",
}


def _quick_parse(argv: Sequence[str]) -> argparse.Namespace | None:
    """The common command lines without argparse, whose message catalog lookups (gettext
    searching the disk for every string) cost milliseconds before the first paint.

    Returns None for anything else (help, version, errors): :func:`build_parser` handles those.
    """
    values: dict[str, object] = {
        "server": None,
        "demo": False,
        "lang": None,
        "ca_bundle": None,
        "data_dir": None,
        "now": None,
        "quit_after_startup": False,
    }
    args = iter(argv)
    for arg in args:
        if arg in _FLAGS:
            values[_FLAGS[arg]] = True
            continue
        key, eq, value = arg.partition("=")
        if key not in _VALUES:
            return None
        if not eq:
            value = next(args, "")
            if not value or value.startswith("-"):
                return None
        values[_VALUES[key]] = value
    if values["lang"] not in (None, *LANGUAGES):
        return None
    if values["data_dir"] is not None:
        values["data_dir"] = Path(str(values["data_dir"]))
    return argparse.Namespace(**values)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    argv = sys.argv[1:] if argv is None else list(argv)
    return _quick_parse(argv) or build_parser().parse_args(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="icp-desktop",
        description="ICP filing Change Access (备案变更接入) desktop app.",
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="the filing service to use (default: start a local demo service)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="the server is a demo service: offer the demo accounts"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="user interface language (default: the system's)"
    )
    parser.add_argument(
        "--ca-bundle",
        metavar="PATH",
        help="a CA bundle to verify the server's TLS certificate against",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="keep settings, data and logs under DIR instead of the user dirs",
    )
    parser.add_argument(
        "--now",
        metavar="MOMENT",
        help="pin the clock of the app and its local service to MOMENT "
        "(ISO 8601 with an offset, e.g. 2026-12-31T23:59+08:00); it runs "
        "on from there (demos)",
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="exit as soon as the sign-in window is shown and takes input",
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        nargs=0,
        default=argparse.SUPPRESS,
        help="show the version and exit",
    )
    return parser


class FirstPaint(QObject):
    """Calls ``callback`` once, from a zero timer after ``widget``'s first paint event."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            # after this paint has finished and the event loop takes input again
            QTimer.singleShot(0, callback)
        return False


def quit_on_signals(app: QApplication, quit_app: Callable[[], None] | None = None) -> None:
    """Quit cleanly (stopping the local service) on Ctrl+C or SIGTERM.

    Python runs signal handlers only between bytecodes, and the Qt event loop may sleep in C++:
    the signal's wakeup byte on a socket pair wakes the loop, and the handler quits it with
    ``quit_app`` (the controller's quit: a window that hides to the tray when closed would
    otherwise refuse the close that ``QApplication.quit`` asks for, and the app would stay).
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: reader.recv(64))
    app._signal_sockets = (reader, writer, notifier)  # type: ignore[attr-defined]
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: (quit_app or app.quit)())


SCHEME_ENV = "ICP_COLOR_SCHEME"  # the same variable as icp_desktop.ui.theme.SCHEME_ENV


def make_application() -> QApplication:
    """The QApplication, with the Fusion style.

    A new application gets Fusion through its ``-style`` argument, made in C++: calling
    ``setStyle`` from Python first has PySide6 build the ``QStyle`` type and its dozen enums,
    work the first paint would wait for.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        existing.setStyle("Fusion")
        return existing
    return QApplication([sys.argv[0] if sys.argv else APP_ID, "-style", "fusion"])


def paint_scheme(app: QApplication) -> bool:
    """The palette for the first paint: dark (returns True) or as the platform has it.

    The system's hint (``QStyleHints.colorScheme``) returns a ``Qt`` namespace enum, and
    PySide6 creates all of that namespace's enums on its first use, more work than anything
    else the sign-in window needs. Before the first paint the platform's palette
    says whether the desktop is dark (light text on a dark window); :func:`follow_scheme`
    reads the hint itself after the paint. ``ICP_COLOR_SCHEME`` overrides both, as in
    :mod:`icp_desktop.ui.theme`. Light keeps the platform's palette until then (Fusion's own
    when the platform has none), as Fusion's needs the ``QStyle`` type as well.
    """
    from PySide6.QtGui import QPalette

    override = os.environ.get(SCHEME_ENV, "").strip().lower()
    platform = app.palette()
    window = platform.color(QPalette.ColorRole.Window).lightness()
    text = platform.color(QPalette.ColorRole.WindowText).lightness()
    dark = override == "dark" or (override != "light" and text > window)
    if dark:
        from icp_desktop.ui.theme import dark_palette

        app.setPalette(dark_palette())
    elif override == "light":
        app.setPalette(app.style().standardPalette())
    return dark


def follow_scheme(app: QApplication, painted_dark: bool) -> None:
    """After the first paint: the theme's palette for the system's colour-scheme hint (or
    ``ICP_COLOR_SCHEME``), now if the first paint's differs, and whenever the hint changes."""
    from PySide6.QtCore import Qt

    from icp_desktop.ui import theme

    def follow(_scheme: object = None) -> None:
        if not os.environ.get(theme.SCHEME_ENV):
            theme.apply_scheme(app, None)

    app.styleHints().colorSchemeChanged.connect(follow)
    wanted_dark = theme.wanted_scheme(app) == Qt.ColorScheme.Dark
    if wanted_dark != painted_dark or (
        not wanted_dark and app.palette() != app.style().standardPalette()
    ):
        theme.apply_scheme(app, None)


def resume_collector() -> None:
    """After the first paint: the cyclic collector back on (see :mod:`icp_desktop.ui.collector`)."""
    collector.resume()


def main(argv: Sequence[str] | None = None) -> int:
    collector.pause()  # until the first paint (python -m icp_desktop pauses it earlier still)
    args = parse_args(argv)
    app = make_application()
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    painted_dark = paint_scheme(app)  # light or dark as the desktop is
    paths = AppPaths.under(args.data_dir) if args.data_dir else AppPaths.default()
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    # --lang, else the language chosen in the app, else the system's (zh_CN for any Chinese)
    from icp_desktop.ui import i18n

    i18n.install_translators(app, args.lang, settings)

    from icp_desktop.ui.controller import AppController

    controller = AppController(app, args, paths, settings=settings)
    window = controller.window
    if args.quit_after_startup:

        def quit_after_first_paint() -> None:
            resume_collector()
            app.exit(0)

        FirstPaint(window.sign_in_page, quit_after_first_paint)
    else:

        def after_first_paint() -> None:
            resume_collector()
            quit_on_signals(app, controller.quit)
            follow_scheme(app, painted_dark)
            controller.after_first_paint()

        FirstPaint(window.sign_in_page, after_first_paint)
    window.show()
    try:
        code = app.exec()
    finally:
        controller.shutdown()
    return int(code)
