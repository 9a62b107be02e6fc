"""The tray: its menu, messages that open a change, and closing the window with and without it.

Offscreen there is no system tray, so the tray is forced on where a test needs one; the
in-app list is what a desktop without a tray shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from icp_desktop.ui.paths import RESOURCES_DIR
from icp_desktop.ui.tray import Notifier
from tests.helpers.events import event

REJECTED = event(
    {
        "id": 9,
        "kind": "first_review.rejected",
        "change_id": 42,
        "payload": {
            "license_number": "京ICP备12345678号-2",
            "reasons": [{"field": "proposed_ips", "message": "Not your server."}],
        },
    }
)


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
    for text, signal in (
        ("Open", notifier.open_requested),
        ("Sign out", notifier.sign_out_requested),
        ("Quit", notifier.quit_requested),
    ):
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
    qtbot: Any,
    make_controller: Any,
    live_server: Any,
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
    qtbot: Any,
    make_controller: Any,
    live_server: Any,
) -> None:
    controller = make_controller(live_server.url, use_tray=False)
    assert not controller.window.keep_in_tray
    controller.window.quit_requested.disconnect(controller.quit)  # keep the test's app running
    with qtbot.waitSignal(controller.window.quit_requested):
        controller.window.close()


def test_closing_the_window_says_once_that_the_app_goes_on_in_the_tray(
    qtbot: Any,
    make_controller: Any,
    live_server: Any,
) -> None:
    controller = make_controller(live_server.url, use_tray=True)
    said: list[tuple[str, str]] = []
    controller.notifier.said.connect(lambda title, text: said.append((title, text)))
    for _ in range(2):
        controller.window.close()
        assert not controller.window.isVisible()
        controller.notifier.open_requested.emit()
    if QSystemTrayIcon.supportsMessages():
        assert len(said) == 1
        assert "still running" in said[0][0]
        assert "Ctrl+Q" in said[0][1]
    controller.notifier.hide()


def test_file_quit_and_ctrl_q_quit_even_with_a_tray(
    qtbot: Any,
    make_controller: Any,
    live_server: Any,
) -> None:
    controller = make_controller(live_server.url, use_tray=True)
    window = controller.window
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["File", "Go", "Language", "Help"]
    quit_action = window.menus.quit_action
    assert quit_action in menus["File"].actions()
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    controller.window.quit_requested.disconnect(controller.quit)  # keep the test's app running
    with qtbot.waitSignal(window.quit_requested):
        quit_action.trigger()
    controller.notifier.hide()


def test_the_tray_tooltip_names_the_signed_in_account(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: Any,
) -> None:
    controller = make_controller(live_server.url, use_tray=True)
    tray = controller.notifier.tray
    assert tray.toolTip() == "ICP Desktop"
    account = sign_in(controller, "reviewer")
    name = account.display_name or "reviewer"
    assert name in tray.toolTip() and "reviewer" in tray.toolTip()
    controller.sign_out()
    assert tray.toolTip() == "ICP Desktop"
    controller.notifier.hide()


def test_the_language_menu_and_the_f1_hint_are_there_to_be_found(
    qtbot: Any,
    make_controller: Any,
    live_server: Any,
) -> None:
    controller = make_controller(live_server.url)
    window = controller.window
    languages = [a.text() for a in window.menus.language_menu.actions()]
    assert languages == ["简体中文", "English"]
    assert window.menus.shortcuts_action.shortcut().toString() == "F1"
    assert window.menus.shortcuts_action in window.menus.help_menu.actions()
    qtbot.waitUntil(window.menus.hint.isVisible)  # in the status bar, on every page
    assert "F1" in window.menus.hint.text()


def test_the_window_title_names_the_app_once(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: Any,
) -> None:
    from PySide6.QtWidgets import QApplication

    controller = make_controller(live_server.url)
    QApplication.instance().setApplicationDisplayName("ICP Desktop")
    window = controller.window

    def shown_title() -> str:
        # what the window system shows: Qt adds the display name unless the title ends with it
        title, name = window.windowTitle(), QApplication.applicationDisplayName()
        return title if title.endswith(name) else f"{title} — {name}"

    assert shown_title().count("ICP Desktop") == 1
    sign_in(controller, "demo")
    assert shown_title().count("ICP Desktop") == 1
    assert window.windowTitle().startswith("demo — ")


APPROVED = event(
    {
        "id": 31,
        "kind": "first_review.approved",
        "change_id": 12,
        "payload": {"license_number": "京ICP备12345678号-1"},
    }
)
SUBMITTED = event(
    {
        "id": 32,
        "kind": "administration.submitted",
        "change_id": 12,
        "payload": {"license_number": "京ICP备12345678号-1"},
    }
)
FILED = event(
    {
        "id": 33,
        "kind": "administration.approved",
        "change_id": 12,
        "payload": {"license_number": "京ICP备12345678号-1"},
    }
)


def test_a_balloon_is_not_replaced_before_it_can_be_read(qtbot: Any) -> None:
    if not QSystemTrayIcon.supportsMessages():
        return
    notifier = Notifier(icon(), use_tray=True)
    notifier._balloon_timer.setInterval(300)
    balloons: list[tuple[str, str]] = []
    notifier.balloon_shown.connect(lambda title, text: balloons.append((title, text)))
    notifier.handle_events([APPROVED])
    notifier.handle_events([SUBMITTED])  # 0.1 s later in the issue: it used to overwrite
    notifier.handle_events([FILED])
    assert [b[0] for b in balloons] == ["First review approved (初审通过)"]
    qtbot.waitUntil(lambda: len(balloons) == 2, timeout=3_000)
    title, text = balloons[1]
    assert title == "2 review updates"  # the two that waited, merged, oldest first
    assert text.index("Submitted to the administration") < text.index("Filing approved")
    assert notifier.list.count() == 3
    notifier.hide()


def test_notification_items_wrap_instead_of_being_cut_off(qtbot: Any) -> None:
    notifier = Notifier(icon(), use_tray=False)
    listing = notifier.list
    qtbot.addWidget(listing)
    listing.resize(260, 400)
    listing.show()
    long_reason = event(
        {
            "id": 40,
            "kind": "first_review.rejected",
            "change_id": 42,
            "payload": {
                "license_number": "京ICP备12345678号-2",
                "reasons": [
                    {
                        "field": "proposed_ips",
                        "message": "The domain does not resolve to "
                        "this address, and the server named in the filing is another one.",
                    }
                ],
            },
        }
    )
    listing.resize(600, 400)
    notifier.handle_events([long_reason])
    item = listing.item(0)
    wide = listing.visualItemRect(item).height()
    listing.resize(220, 400)  # the panel made narrower: the item wraps again, taller
    line = listing.fontMetrics().height()
    qtbot.waitUntil(lambda: listing.visualItemRect(item).height() >= 5 * line, timeout=3_000)
    assert listing.visualItemRect(item).height() > wide
    assert listing.visualItemRect(item).width() <= listing.viewport().width()
    assert listing.textElideMode() == Qt.TextElideMode.ElideNone  # never cut off with "…"


def test_an_empty_notification_list_says_what_would_be_there(qtbot: Any) -> None:
    notifier = Notifier(icon(), use_tray=False)
    qtbot.addWidget(notifier.list)
    notifier.list.show()
    assert notifier.list.empty.shown
    assert "No notifications yet" in notifier.list.empty.text()
    notifier.handle_events([APPROVED])
    assert not notifier.list.empty.shown
