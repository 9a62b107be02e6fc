"""The app is light or dark as the system (or ICP_COLOR_SCHEME) says, with readable text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from icp_desktop.ui import theme


@pytest.mark.parametrize(("scheme", "dark"), [("dark", True), ("light", False)])
def test_the_scheme_override_sets_a_fitting_palette(
    qapp: Any, restore_look: None, monkeypatch: pytest.MonkeyPatch, scheme: str, dark: bool
) -> None:
    monkeypatch.setenv(theme.SCHEME_ENV, scheme)
    chosen = theme.follow_system_scheme(qapp)
    assert qapp.style().name().lower() == "fusion"
    assert chosen == (Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    assert theme.is_dark() is dark
    palette = qapp.palette()
    text = palette.color(QPalette.ColorRole.WindowText).lightness()
    window = palette.color(QPalette.ColorRole.Window).lightness()
    assert abs(text - window) > 120  # text stands out from its background
    assert palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) != palette.color(
        QPalette.ColorGroup.Active, QPalette.ColorRole.Text
    )


def test_without_an_override_the_system_scheme_is_used(
    qapp: Any, restore_look: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(theme.SCHEME_ENV, raising=False)
    assert theme.wanted_scheme(qapp) == qapp.styleHints().colorScheme()
    theme.apply_scheme(qapp, Qt.ColorScheme.Dark)
    assert theme.is_dark()
    theme.apply_scheme(qapp, Qt.ColorScheme.Light)
    assert not theme.is_dark()
