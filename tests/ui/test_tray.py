"""The tray: its menu, messages that open a change, and closing the window with and without it.

Offscreen there is no system tray, so the tray is forced on where a test needs one; the
in-app list is what a desktop without a tray shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from icp_desktop.ui.paths import RESOURCES_DIR
from icp_desktop.ui.tray import Notifier

REJECTED = {"id": 9, "kind": "first_review.rejected", "change_id": 42,
            "payload": {"license_number": "京ICP备12345678号-2",
                        "reasons": [{"field": "proposed_ips", "message": "Not your server."}]}}


def icon() -> QIcon:
    result = QIcon(str(RESOURCES_DIR / "icons" / "icp-desktop.svg"))
    assert not result.isNull()
    return result


def test_without_a_tray_notifications_go_to_the_in_app_list(qtbot: Any) -> None:
    notifier = Notifier(icon(), use_tray=False)
    assert not notifier.has_tray
    with qtbot.waitSignal(notifier.notified) as shown:
        notifier.handle_events([REJECTED])
    note = shown.args[0]
    assert note["shown_in_tray"] is False
    assert note["title"] == "First review rejected (初审驳回)"
    assert "京ICP备12345678号-2" in note["message"]
    assert "Not your server." in note["message"]
    assert notifier.list.count() == 1
    assert notifier.list.unread_count() == 1


def test_the_tray_menu_offers_open_sign_out_and_quit(qtbot: Any) -> None:
    notifier = Notifier(icon(), use_tray=True)
    assert notifier.tray is not None
    assert not notifier.tray.icon().isNull()
    actions = {a.text(): a for a in notifier.menu.actions()}
    assert list(actions) == ["Open", "Sign out", "Quit"]
    for text, signal in (("Open", notifier.open_requested),
                         ("Sign out", notifier.sign_out_requested),
                         ("Quit", notifier.quit_requested)):
        with qtbot.waitSignal(signal):
            actions[text].trigger()
    notifier.hide()


def test_clicking_a_tray_message_opens_that_change(qtbot: Any) -> None:
    notifier = Notifier(icon(), use_tray=True)
    assert notifier.tray is not None
    with qtbot.waitSignal(notifier.notified) as shown:
        notifier.notify(REJECTED)
    assert shown.args[0]["shown_in_tray"] is QSystemTrayIcon.supportsMessages()
    with qtbot.waitSignal(notifier.open_status) as opened:
        notifier.tray.messageClicked.emit()
    assert opened.args == [42]
    notifier.hide()


def test_closing_the_window_keeps_the_app_in_the_tray(
    qtbot: Any, make_controller: Any, live_server: Any,
) -> None:
    controller = make_controller(live_server.url, use_tray=True)
    window = controller.window
    assert window.keep_in_tray
    quits: list[bool] = []
    window.quit_requested.connect(lambda: quits.append(True))
    window.close()
    assert not window.isVisible()
    assert quits == []
    # the tray's Open brings it back
    controller.notifier.open_requested.emit()
    assert window.isVisible()
    controller.notifier.hide()


def test_without_a_tray_closing_the_window_quits(
    qtbot: Any, make_controller: Any, live_server: Any,
) -> None:
    controller = make_controller(live_server.url, use_tray=False)
    assert not controller.window.keep_in_tray
    controller.window.quit_requested.disconnect(controller.quit)  # keep the test's app running
    with qtbot.waitSignal(controller.window.quit_requested):
        controller.window.close()
