"""Desktop notifications of review outcomes: the system tray and the in-app notification list.

:class:`Notifier` turns service events into readable notifications, pops a tray message where a
system tray exists, and always records the notification in :class:`NotificationList` (for
desktops without a tray, and for later reading). Clicking either opens that change's status.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.domain.clock import Clock, SystemClock
from icp_desktop.ui.formatting import BEIJING, beijing_clock_labelled

NOTIFIED_KINDS = frozenset({
    "first_review.approved",
    "first_review.rejected",
    "administration.submitted",
    "administration.approved",
    "administration.rejected",
    "sms_verification.reminder",
    "sms_verification.failed_attempt",
})


class NotificationList(QListWidget):
    """The in-app list of notifications, newest first; unread ones are bold.

    Signals:
        open_status(int): the user opened a notification about this change.
        unread_changed(int): the number of unread notifications.
    """

    open_status = Signal(int)
    unread_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notification_list")
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._on_item_opened)
        self.itemClicked.connect(self._on_item_opened)
        # Words a notification again in the interface language: (event) -> (title, message).
        self.describe: Callable[[dict[str, Any]], tuple[str, str]] | None = None
        self.language_changed: Callable[[], None] | None = None  # the notifier's own texts

    @staticmethod
    def item_text(note: dict[str, Any]) -> str:
        """"Title · 14:05 (Beijing time)" and the message below it; the time in Beijing time
        as the interface language writes it."""
        moment = datetime.fromtimestamp(note.get("at") or time.time(), BEIJING)
        return f"{note['title']} · {beijing_clock_labelled(moment)}\n{note['message']}"

    def add(self, note: dict[str, Any]) -> QListWidgetItem:
        item = QListWidgetItem(self.item_text(note))
        item.setData(Qt.ItemDataRole.UserRole, note)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.insertItem(0, item)
        self.unread_changed.emit(self.unread_count())
        return item

    def changeEvent(self, event: QEvent) -> None:
        # Titles, messages and times follow a language switch; read or unread stays.
        if event.type() == QEvent.Type.LanguageChange:
            for row in range(self.count()):
                item = self.item(row)
                note = dict(item.data(Qt.ItemDataRole.UserRole) or {})
                if self.describe is not None and note.get("event"):
                    note["title"], note["message"] = self.describe(note["event"])
                    item.setData(Qt.ItemDataRole.UserRole, note)
                item.setText(self.item_text(note))
            if self.language_changed is not None:
                self.language_changed()
        super().changeEvent(event)

    def notes(self) -> list[dict[str, Any]]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def unread_count(self) -> int:
        return sum(1 for i in range(self.count()) if self.item(i).font().bold())

    def mark_read(self, item: QListWidgetItem) -> None:
        font = item.font()
        font.setBold(False)
        item.setFont(font)
        self.unread_changed.emit(self.unread_count())

    def _on_item_opened(self, item: QListWidgetItem) -> None:
        self.mark_read(item)
        note = item.data(Qt.ItemDataRole.UserRole) or {}
        if note.get("change_id") is not None:
            self.open_status.emit(int(note["change_id"]))


class Notifier(QObject):
    """Shows review outcomes as tray messages and records them in the in-app list.

    Signals:
        notified(dict): a notification was shown (``kind``, ``change_id``, ``title``,
            ``message``, ``shown_in_tray``, ``at``); tests and benchmarks observe this.
        open_status(int): the user clicked a notification about this change.
        open_requested(), sign_out_requested(), quit_requested(): the tray menu.
        said(str, str): a message about the app itself was shown (title, message).
    """

    said = Signal(str, str)

    notified = Signal(dict)
    open_status = Signal(int)
    open_requested = Signal()
    sign_out_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None, *,
                 use_tray: bool | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.list = NotificationList()
        self.list.describe = self.describe
        self.list.language_changed = self.retranslate_ui
        self.list.open_status.connect(self.open_status)
        self.last_change_id: int | None = None
        # (event) -> whether it pops up as a desktop notification (SMS reminders: see
        # ui/sms_reminders.py); the in-app list records every notification regardless.
        self.popup_filter: Callable[[dict[str, Any]], bool] | None = None
        self.account: dict[str, Any] | None = None
        self.tray: QSystemTrayIcon | None = None
        available = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        if available:
            self.tray = QSystemTrayIcon(self)
            self.tray.setIcon(icon)  # before show(): a tray icon without one is not shown
            self.menu = QMenu()
            self.menu_actions: list[QAction] = []
            for signal in (self.open_requested, self.sign_out_requested, self.quit_requested):
                action = QAction(self.menu)
                action.triggered.connect(signal)
                self.menu.addAction(action)
                self.menu_actions.append(action)
            self.tray.setContextMenu(self.menu)
            self.retranslate_ui()
            self.tray.messageClicked.connect(self._on_tray_message_clicked)
            self.tray.activated.connect(self._on_tray_activated)
            self.tray.show()

    @property
    def has_tray(self) -> bool:
        return self.tray is not None

    def retranslate_ui(self) -> None:
        """The tray's menu and tooltip in the interface language (after a switch too)."""
        if self.tray is None:
            return
        for action, text in zip(self.menu_actions, (self.tr("Open"), self.tr("Sign out"),
                                                    self.tr("Quit")), strict=True):
            action.setText(text)
        self._update_tooltip()

    def set_account(self, account: dict[str, Any] | None) -> None:
        """The tray icon's tooltip names the signed-in account: two running apps (two
        accounts) are told apart by it."""
        self.account = account
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        if self.tray is None:
            return
        text = self.tr("ICP Desktop")
        account = self.account
        if account is not None:
            name = account.get("display_name") or account.get("username", "")
            roles = {"filer": self.tr("filer"), "reviewer": self.tr("reviewer"),
                     "operator": self.tr("operator")}
            role = str(account.get("role", ""))
            text = self.tr("ICP Desktop — {0} ({1})").format(name, roles.get(role, role))
        self.tray.setToolTip(text)

    def say(self, title: str, message: str) -> bool:
        """A passing message about the app itself (not a review outcome): not listed."""
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information,
                                  10_000)
            self.said.emit(title, message)
            return True
        return False

    def describe(self, event: dict[str, Any]) -> tuple[str, str]:
        """A title and a message for an outcome event."""
        payload = event.get("payload") or {}
        subject = payload.get("license_number") or payload.get("domain") or self.tr(
            "Change #{0}").format(event.get("change_id"))
        titles = {
            "first_review.approved": self.tr("First review approved (初审通过)"),
            "first_review.rejected": self.tr("First review rejected (初审驳回)"),
            "administration.submitted": self.tr("Submitted to the administration (已提交管局)"),
            "administration.approved": self.tr("Filing approved (已完成备案)"),
            "administration.rejected": self.tr("Rejected by the administration (管局驳回)"),
        }
        title = titles.get(str(event.get("kind")), str(event.get("kind")))
        if str(event.get("kind")).startswith("sms_verification."):
            return self._describe_sms(event, str(subject))
        from icp_desktop.ui.reason_text import reason_text

        # a common reason's code shows in the interface language, others as written
        reasons = [reason_text(r) for r in payload.get("reasons") or [] if isinstance(r, dict)]
        message = str(subject)
        if reasons:
            message += " — " + "; ".join(reasons[:3])
        return title, message

    def _describe_sms(self, event: dict[str, Any], subject: str) -> tuple[str, str]:
        payload = event.get("payload") or {}
        if event.get("kind") == "sms_verification.failed_attempt":
            return (self.tr("SMS verification: a wrong try (短信核验失败)"),
                    self.tr("{subject}: wrong try {n} of {max}; after {max} the application "
                            "is returned.").format(subject=subject, n=payload.get("failures"),
                                                   max=payload.get("max_failures") or 5))
        seconds = int(payload.get("seconds_left") or 0)
        hours, minutes = seconds // 3600, seconds % 3600 // 60
        titles = {
            "start": self.tr("MIIT SMS verification has begun (短信核验)"),
            "12h_left": self.tr("SMS verification: 12 hours left (短信核验)"),
            "4h_left": self.tr("SMS verification: 4 hours left (短信核验)"),
        }
        title = titles.get(str(payload.get("stage")), titles["start"])
        message = self.tr("{subject}: verify on the MIIT filing site; {h} h {m} min left, "
                          "or the application is returned.").format(
            subject=subject, h=hours, m=minutes)
        return title, message

    def _event_time(self, event: dict[str, Any]) -> float:
        """When the outcome was recorded (the service's time of the event), as a timestamp;
        the app's clock for an event without one."""
        try:
            moment = datetime.fromisoformat(str(event["at"]).replace("Z", "+00:00"))
        except (KeyError, ValueError):
            moment = self.clock.now()
        return moment.timestamp()

    def handle_events(self, events: list[dict[str, Any]]) -> None:
        for event in events:
            if event.get("kind") in NOTIFIED_KINDS:
                self.notify(event)

    def notify(self, event: dict[str, Any]) -> dict[str, Any]:
        title, message = self.describe(event)
        change_id = event.get("change_id")
        note = {"kind": event.get("kind"), "change_id": change_id, "title": title,
                "message": message, "shown_in_tray": False, "at": self._event_time(event),
                "event_id": event.get("id"), "event": event}
        if change_id is not None:
            self.last_change_id = int(change_id)
        popup = self.popup_filter is None or self.popup_filter(event)
        if popup and self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10_000)
            note["shown_in_tray"] = True
        self.list.add(note)
        self.notified.emit(note)
        return note

    def _on_tray_message_clicked(self) -> None:
        if self.last_change_id is not None:
            self.open_status.emit(self.last_change_id)

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def clear(self) -> None:
        self.list.clear()
        self.list.unread_changed.emit(0)
        self.last_change_id = None

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()


def notification_panel(notifier: Notifier, parent: QWidget | None = None) -> QWidget:
    """A plain panel holding the notification list (for a dock)."""
    panel = QWidget(parent)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(notifier.list)
    return panel
