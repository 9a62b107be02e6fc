"""Light or dark, as the system is: the Fusion style with a palette for the colour scheme.

Qt 6 reports the desktop's scheme in ``QStyleHints.colorScheme`` and signals changes. Fusion
looks the same on every desktop, and with the palette below it follows the scheme, also when
the user changes it while the app runs. ``ICP_COLOR_SCHEME=light|dark`` overrides the system
(screenshots, tests, a desktop that reports nothing).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SCHEME_ENV = "ICP_COLOR_SCHEME"

# (role, colour) of the dark palette; disabled texts are dimmed separately below
_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#2d2f33",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2d2f33",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.Highlight: "#3d6fb6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Light: "#3c4043",
    QPalette.ColorRole.Midlight: "#34373b",
    QPalette.ColorRole.Mid: "#2a2c30",
    QPalette.ColorRole.Dark: "#111214",
    QPalette.ColorRole.Shadow: "#000000",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def wanted_scheme(app: QGuiApplication) -> Qt.ColorScheme:
    """The scheme to show: ``ICP_COLOR_SCHEME`` when set, else the system's."""
    override = os.environ.get(SCHEME_ENV, "").strip().lower()
    if override == "dark":
        return Qt.ColorScheme.Dark
    if override == "light":
        return Qt.ColorScheme.Light
    return app.styleHints().colorScheme()


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> Qt.ColorScheme:
    """Set the palette for ``scheme`` (default: :func:`wanted_scheme`); returns the scheme."""
    scheme = scheme if scheme is not None else wanted_scheme(app)
    if scheme == Qt.ColorScheme.Dark:
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    return scheme


def follow_system_scheme(app: QApplication) -> Qt.ColorScheme:
    """Use Fusion with the system's light or dark palette, now and whenever it changes."""
    app.setStyle("Fusion")
    app.styleHints().colorSchemeChanged.connect(
        lambda scheme: apply_scheme(app, None) if not os.environ.get(SCHEME_ENV) else None
    )
    return apply_scheme(app)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (for colours that must stay readable)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
