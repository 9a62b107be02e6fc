"""The action icons are crisp SVGs drawn in the palette's text colour (light and dark)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette

from icp_desktop.ui.icons import NAMES, app_icon, icon


def _ink(pixmap: Any) -> list[QColor]:
    image = pixmap.toImage()
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]


@pytest.mark.parametrize("name", NAMES)
def test_every_icon_draws_at_high_dpi(qapp: Any, name: str) -> None:
    pixmap = icon(name).pixmap(QSize(24, 24), 2.0)
    assert pixmap.size() == QSize(48, 48)  # rendered for the device pixels, not scaled up
    assert _ink(pixmap), f"{name} draws nothing"


def test_icons_follow_a_dark_palette(qapp: Any) -> None:
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText, QColor("#f0f0f0"))
    try:
        qapp.setPalette(dark)
        ink = _ink(icon("home").pixmap(QSize(32, 32)))
        assert ink and all(c.lightness() > 200 for c in ink)
        disabled = _ink(icon("home").pixmap(QSize(32, 32), QIcon.Mode.Disabled))
        assert disabled and disabled[0] != ink[0]
    finally:
        qapp.setPalette(original)
    assert all(c.lightness() < 100 for c in _ink(icon("home").pixmap(QSize(32, 32))))


def test_unknown_names_and_the_app_icon(qapp: Any) -> None:
    assert icon("no-such-icon").isNull()
    assert not app_icon().pixmap(QSize(64, 64)).isNull()
