"""The first paint is light or dark as the desktop is, and the theme takes over after it."""

from __future__ import annotations

from typing import Any

import pytest

from icp_desktop.ui import theme
from icp_desktop.ui.app import follow_scheme, paint_scheme


def test_a_dark_desktop_palette_gives_a_dark_first_paint(
    qapp: Any, restore_look: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(theme.SCHEME_ENV, raising=False)
    qapp.setStyle("Fusion")
    qapp.setPalette(theme.dark_palette())  # what a dark desktop's platform palette looks like
    assert paint_scheme(qapp) is True
    assert theme.is_dark()


def test_a_light_desktop_palette_gives_a_light_first_paint(
    qapp: Any, restore_look: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(theme.SCHEME_ENV, raising=False)
    qapp.setStyle("Fusion")
    qapp.setPalette(qapp.style().standardPalette())
    assert paint_scheme(qapp) is False
    assert not theme.is_dark()


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_the_override_decides_the_first_paint_and_after_it(
    qapp: Any, restore_look: None, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    monkeypatch.setenv(theme.SCHEME_ENV, scheme)
    qapp.setStyle("Fusion")
    # the desktop's palette says the opposite of the override
    qapp.setPalette(qapp.style().standardPalette() if scheme == "dark" else theme.dark_palette())
    expected = theme.dark_palette() if scheme == "dark" else qapp.style().standardPalette()
    painted_dark = paint_scheme(qapp)
    assert painted_dark is (scheme == "dark")
    assert qapp.palette() == expected  # for the first paint
    follow_scheme(qapp, painted_dark)  # after it
    assert qapp.palette() == expected
