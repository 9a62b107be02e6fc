"""The app's action icons: SVG, sharp at any scale, drawn in the palette's text colour.

The files in ``resources/icons`` stroke with ``currentColor``. :func:`icon` renders them with
the colour of the current palette (light or dark scheme, disabled state greyed), so one set of
files serves both schemes and every device pixel ratio.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from icp_desktop.ui.paths import RESOURCES_DIR

ICONS_DIR = RESOURCES_DIR / "icons"
NAMES = (
    "add",
    "approve",
    "back",
    "calendar",
    "estimated",
    "home",
    "language",
    "notifications",
    "open",
    "refresh",
    "reject",
    "remove",
    "save",
    "search",
    "sign-out",
    "submit",
    "warning",
    "withdraw",
)


@cache
def _svg_text(name: str) -> str:
    return (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8")


class TintedSvgEngine(QIconEngine):
    """Paints one ``currentColor`` SVG in the palette colour that fits the icon mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _color(self, mode: QIcon.Mode) -> str:
        palette = QGuiApplication.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if mode == QIcon.Mode.Selected
            else QPalette.ColorRole.ButtonText
        )
        return palette.color(group, role).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        from PySide6.QtSvg import QSvgRenderer  # only once an icon is painted: not at start-up

        svg = _svg_text(self.name).replace("currentColor", self._color(mode))
        QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.name)


def icon(name: str) -> QIcon:
    """The action icon ``name`` (one of :data:`NAMES`); an empty icon for an unknown name."""
    if not (ICONS_DIR / f"{name}.svg").exists():
        return QIcon()
    return QIcon(TintedSvgEngine(name))


def app_icon() -> QIcon:
    """The application's own icon (kept in its own colours)."""
    return QIcon(str(ICONS_DIR / "icp-desktop.svg"))
