"""Switching the interface language in a running app: every open page follows at once, and
the user keeps their place (the page, what they typed, the selection)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView, QWidget

from icp_desktop.ui import i18n
from tests.helpers.catalog_texts import leftovers
from tests.ui.every_page import every_page


def texts(widget: QWidget) -> set[str]:
    found = {w.text() for w in widget.findChildren(QLabel)}
    found |= {w.text() for w in widget.findChildren(QAbstractButton)}
    found |= {w.placeholderText() for w in widget.findChildren(QLineEdit)}
    return found


@pytest.fixture
def chinese(qapp: Any) -> Iterator[None]:
    i18n.switch_language(qapp, "zh_CN")
    yield
    i18n.switch_language(qapp, "en")


def test_the_licenses_page_follows_a_switch_and_keeps_the_search(
    chinese: None,
    qapp: Any,
    qtbot: Any,
    live_server: Any,
    make_controller: Callable[..., Any],
    sign_in: Callable[..., Any],
) -> None:
    controller = make_controller(live_server.url)
    sign_in(controller, "demo")
    window = controller.window
    page = window.pages["licenses"]
    qtbot.waitUntil(lambda: any(t.startswith("共 ") for t in texts(page)), timeout=10_000)
    assert "备案与网站" in texts(page)
    search = next(e for e in page.findChildren(QLineEdit) if e.isVisible())
    search.setText("yunzhan")
    settings = QSettings(str(controller.paths.settings_file), QSettings.Format.IniFormat)

    i18n.switch_language(qapp, "en", settings)

    shown = texts(page)
    assert "Licenses and websites" in shown and "备案与网站" not in shown
    assert any(t.endswith(" websites") for t in shown), shown
    assert search.text() == "yunzhan"
    assert window.current_page_name() == "licenses"
    model = page.findChild(QTableView).model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "License number"
    assert i18n.saved_language(settings) == "en"

    i18n.switch_language(qapp, "zh_CN", settings)
    assert "备案与网站" in texts(page)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "备案号"


def test_the_language_button_switches_and_remembers(qapp: Any, qtbot: Any, tmp_path: Any) -> None:
    from icp_desktop.ui.language_menu import LanguageButton

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    button = LanguageButton(settings)
    qtbot.addWidget(button)
    assert [a.text() for a in button.language_menu().actions()] == ["简体中文", "English"]
    try:
        button.menu().actions()[0].trigger()
        assert i18n.current_language() == "zh_CN"
        assert button.text() == "简体中文" and button.actions_by_language["zh_CN"].isChecked()
        assert button.toolTip() == "界面语言"
        assert i18n.saved_language(settings) == "zh_CN"
    finally:
        button.menu().actions()[1].trigger()
    assert button.text() == "English" and i18n.saved_language(settings) == "en"


@pytest.mark.parametrize(("old", "new"), [("zh_CN", "en"), ("en", "zh_CN")])
def test_every_page_follows_a_switch(
    old: str,
    new: str,
    qapp: Any,
    qtbot: Any,
    live_server: Any,
    make_controller: Callable[..., Any],
    sign_in: Callable[..., Any],
) -> None:
    left: list[str] = []
    try:
        for user, pages in every_page(live_server.url):
            i18n.switch_language(qapp, old)
            controller = make_controller(live_server.url)
            sign_in(controller, user)
            for name, kwargs in pages:
                i18n.switch_language(qapp, old)
                controller.window.open_page(name, **kwargs)
                backend = controller.backend
                qtbot.waitUntil(lambda b=backend: not b.busy, timeout=10_000)
                i18n.switch_language(qapp, new)
                left += [f"{name}: {t}" for t in leftovers(controller.window, old, new)]
    finally:
        i18n.switch_language(qapp, "en")
    assert not left, f"still in {old} after switching to {new}:\n" + "\n".join(left)
