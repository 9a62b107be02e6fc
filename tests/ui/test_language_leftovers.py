"""Texts that stayed in the other language after a switch (issue 13, item 8): the sign-in
page's demo accounts, the outbox's last error, region names, the window title."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from icp_desktop.client.event_models import OutboxMessage
from icp_desktop.ui import i18n
from icp_desktop.ui.presenters.workflow import region_label


@pytest.fixture
def chinese(qapp: Any) -> Iterator[None]:
    i18n.switch_language(qapp, "zh_CN")
    QApplication.processEvents()
    try:
        yield
    finally:
        i18n.switch_language(qapp, "en")
        QApplication.processEvents()


def test_the_demo_accounts_follow_a_language_switch(qtbot: Any, ui_backend: Any) -> None:
    from icp_desktop.ui.pages.sign_in import SignInPage

    page = SignInPage(ui_backend)
    qtbot.addWidget(page)
    assert page.demo_combo.itemText(1) == "demo — filer"
    i18n.switch_language(QApplication.instance(), "zh_CN")
    try:
        QApplication.processEvents()
        assert page.demo_combo.itemText(0) == "选择演示账号…"
        assert page.demo_combo.itemText(1) == "demo — 备案人"
        assert page.remember_check.text() != "Remember me on this computer"
    finally:
        i18n.switch_language(QApplication.instance(), "en")
        QApplication.processEvents()
    assert page.demo_combo.itemText(3) == "reviewer — reviewer"


def test_region_names_in_each_language(qapp: Any) -> None:
    assert region_label("cn-beijing", "华北2（北京）") == "North China 2 (Beijing)"
    assert region_label("cn-nowhere", "某地") == "cn-nowhere (某地)"
    i18n.switch_language(qapp, "zh_CN")
    try:
        assert region_label("cn-beijing", "华北2（北京）") == "华北2（北京）"
        assert region_label("cn-nowhere", "某地") == "某地"
    finally:
        i18n.switch_language(qapp, "en")


def test_the_outbox_words_the_missing_smtp_server_in_the_interface_language(
    qtbot: Any,
    ui_backend: Any,
) -> None:
    from icp_desktop.ui.widgets.review_outbox import ReviewOutboxView

    view = ReviewOutboxView(ui_backend)
    qtbot.addWidget(view)
    view.items = [
        OutboxMessage.from_json(
            {
                "id": 1,
                "channel": "email",
                "recipient": "a@example.cn",
                "status": "pending",
                "attempts": 2,
                "last_error": "no SMTP server configured",
                "change_id": 3,
                "subject": "x",
                "body": "",
                "created_at": "2026-11-20T08:00:00Z",
            }
        )
    ]
    view._fill()
    assert "No SMTP server is configured" in view.table.item(0, 5).text()
    i18n.switch_language(QApplication.instance(), "zh_CN")
    try:
        QApplication.processEvents()
        text = view.table.item(0, 5).text()
        assert "SMTP" in text and "未配置" in text
    finally:
        i18n.switch_language(QApplication.instance(), "en")
        QApplication.processEvents()


def test_the_window_title_after_a_switch_names_the_app_once(
    qtbot: Any,
    make_controller: Any,
    live_server: Any,
) -> None:
    controller = make_controller(live_server.url)
    window = controller.window
    i18n.switch_language(QApplication.instance(), "zh_CN")
    try:
        QApplication.processEvents()
        assert window.windowTitle() == "ICP 备案变更接入"
        assert window.menus.file_menu.title() == "文件(&F)"
    finally:
        i18n.switch_language(QApplication.instance(), "en")
        QApplication.processEvents()
    assert window.windowTitle() == "ICP filing Change Access (备案变更接入)"


def test_an_error_on_licenses_and_history_follows_a_switch(qtbot: Any, ui_backend: Any) -> None:
    from icp_desktop.client.errors import Unavailable
    from icp_desktop.ui.pages.history import HistoryPage
    from icp_desktop.ui.pages.licenses import LicensesPage

    licenses, history = LicensesPage(ui_backend), HistoryPage(ui_backend)
    for page in (licenses, history):
        qtbot.addWidget(page)
        page.show()
        page.on_model_load_failed(Unavailable(0, "The service cannot be reached"))
    assert licenses.message.text().startswith("Could not load websites")
    i18n.switch_language(QApplication.instance(), "zh_CN")
    try:
        QApplication.processEvents()
        assert "Could not" not in licenses.message.text()
        assert "Could not" not in history.message.text()
        assert licenses.message.isVisible() and history.message.isVisible()
    finally:
        i18n.switch_language(QApplication.instance(), "en")
        QApplication.processEvents()
