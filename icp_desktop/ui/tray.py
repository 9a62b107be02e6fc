"""Desktop notifications of review outcomes: the desktop's notification service, the system
tray, and the in-app notification list.

:class:`Notifier` turns service events into readable notifications and shows each one where
the desktop can: through the freedesktop notification service over D-Bus (GNOME and other
desktops without a tray; :mod:`icp_desktop.ui.notifications_dbus`), else as a tray balloon,
and always in the in-app :class:`NotificationList`. Clicking any of them opens that change.
A balloon never replaces one shown less than :data:`BALLOON_MS` ago: notifications wait in
turn, and several waiting are merged into one balloon.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from icp_desktop.domain.clock import Clock, SystemClock
from icp_desktop.ui.presenters.workflow import role_label
from icp_desktop.ui.widgets.notification_list import NotificationList

if TYPE_CHECKING:
    from icp_desktop.client.event_models import Event
    from icp_desktop.client.models import Account
    from icp_desktop.ui.notifications_dbus import DesktopNotifications

__all__ = ["NOTIFIED_KINDS", "NotificationList", "Notifier"]

NOTIFIED_KINDS = frozenset(
    {
        "first_review.approved",
        "first_review.rejected",
        "administration.submitted",
        "administration.approved",
        "administration.rejected",
        "sms_verification.reminder",
        "sms_verification.failed_attempt",
    }
)
BALLOON_MS = 6000  # a tray balloon stays this long before the next may take its place


class Notifier(QObject):
    """Shows review outcomes as tray messages and records them in the in-app list.

    Signals:
        notified(dict): a notification was shown (``kind``, ``change_id``, ``title``,
            ``message``, ``shown_in_tray``, ``shown_on_desktop``, ``at``); tests and
            benchmarks observe this.
        balloon_shown(str, str): a tray balloon was shown (title, message).
        open_status(int): the user clicked a notification about this change.
        open_requested(), sign_out_requested(), quit_requested(): the tray menu.
        said(str, str): a message about the app itself was shown (title, message).
    """

    said = Signal(str, str)
    balloon_shown = Signal(str, str)

    notified = Signal(dict)
    open_status = Signal(int)
    open_requested = Signal()
    sign_out_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        icon: QIcon,
        parent: QObject | None = None,
        *,
        use_tray: bool | None = None,
        clock: Clock | None = None,
        desktop: DesktopNotifications | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.desktop = desktop
        self._desktop_notes: dict[int, dict[str, Any]] = {}  # key -> note sent over D-Bus
        self._next_key = 0
        self._waiting: list[dict[str, Any]] = []  # notes waiting for the tray balloon
        self._balloon_timer = QTimer(self)
        self._balloon_timer.setSingleShot(True)
        self._balloon_timer.setInterval(BALLOON_MS)
        self._balloon_timer.timeout.connect(self._show_waiting)
        if desktop is not None:
            desktop.activated.connect(self._on_desktop_activated)
            desktop.failed.connect(self._on_desktop_failed)
        self.list = NotificationList()
        self.list.describe = self.describe
        self.list.language_changed = self.retranslate_ui
        self.list.open_status.connect(self.open_status)
        self.last_change_id: int | None = None
        # (event) -> whether it pops up as a desktop notification (SMS reminders: see
        # ui/sms_reminders.py); the in-app list records every notification regardless.
        self.popup_filter: Callable[[Event], bool] | None = None
        self.account: Account | None = None
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
        for action, text in zip(
            self.menu_actions, (self.tr("Open"), self.tr("Sign out"), self.tr("Quit")), strict=True
        ):
            action.setText(text)
        self._update_tooltip()

    def set_account(self, account: Account | None) -> None:
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
            text = self.tr("ICP Desktop — {0} ({1})").format(
                account.shown_name, role_label(account.role.value)
            )
        self.tray.setToolTip(text)

    def say(self, title: str, message: str) -> bool:
        """A passing message about the app itself (not a review outcome): not listed."""
        if self.desktop is not None and self.desktop.available:
            self._next_key += 1
            self.desktop.send(self._next_key, title, message, self.tr("Open"))
            self.said.emit(title, message)
            return True
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10_000)
            self.said.emit(title, message)
            return True
        return False

    def describe(self, event: Event) -> tuple[str, str]:
        """A title and a message for an outcome event."""
        payload = event.payload
        subject = (
            payload.get("license_number")
            or payload.get("domain")
            or self.tr("Change #{0}").format(event.change_id)
        )
        titles = {
            "first_review.approved": self.tr("First review approved (初审通过)"),
            "first_review.rejected": self.tr("First review rejected (初审驳回)"),
            "administration.submitted": self.tr("Submitted to the administration (已提交管局)"),
            "administration.approved": self.tr("Filing approved (已完成备案)"),
            "administration.rejected": self.tr("Rejected by the administration (管局驳回)"),
        }
        title = titles.get(event.kind, event.kind)
        if event.kind.startswith("sms_verification."):
            return self._describe_sms(event, str(subject))
        from icp_desktop.ui.reason_text import reason_text

        # a common reason's code shows in the interface language, others as written
        given = payload.get("reasons")
        reasons = (
            [reason_text(r) for r in given if isinstance(r, dict)]
            if isinstance(given, list)
            else []
        )
        message = str(subject)
        if reasons:
            message += " — " + "; ".join(reasons[:3])
        return title, message

    def _describe_sms(self, event: Event, subject: str) -> tuple[str, str]:
        payload = event.payload
        if event.kind == "sms_verification.failed_attempt":
            return (
                self.tr("SMS verification: a wrong try (短信核验失败)"),
                self.tr(
                    "{subject}: wrong try {n} of {max}; after {max} the application is returned."
                ).format(
                    subject=subject, n=payload.get("failures"), max=payload.get("max_failures") or 5
                ),
            )
        seconds = int(str(payload.get("seconds_left") or 0))
        hours, minutes = seconds // 3600, seconds % 3600 // 60
        titles = {
            "start": self.tr("MIIT SMS verification has begun (短信核验)"),
            "12h_left": self.tr("SMS verification: 12 hours left (短信核验)"),
            "4h_left": self.tr("SMS verification: 4 hours left (短信核验)"),
        }
        title = titles.get(str(payload.get("stage")), titles["start"])
        message = self.tr(
            "{subject}: verify on the MIIT filing site; {h} h {m} min left, "
            "or the application is returned."
        ).format(subject=subject, h=hours, m=minutes)
        return title, message

    def handle_events(self, events: list[Event]) -> None:
        for event in events:
            if event.kind in NOTIFIED_KINDS:
                self.notify(event)

    def notify(self, event: Event) -> dict[str, Any]:
        title, message = self.describe(event)
        change_id = event.change_id
        note = {
            "kind": event.kind,
            "change_id": change_id,
            "title": title,
            "message": message,
            "shown_in_tray": False,
            "shown_on_desktop": False,
            "at": event.at.timestamp(),
            "event_id": event.id,
            "event": event,
        }
        if self.list.has_event(event.id):
            return note  # listed already (the history loaded at sign-in has it)
        if change_id is not None:
            self.last_change_id = int(change_id)
        popup = self.popup_filter is None or self.popup_filter(event)
        if popup and self.desktop is not None and self.desktop.available:
            self._next_key += 1
            self._desktop_notes[self._next_key] = note
            self.desktop.send(self._next_key, title, message, self.tr("Open the change"))
            note["shown_on_desktop"] = True
        elif popup and self._can_balloon():
            self._queue_balloon(note)
            note["shown_in_tray"] = True
        self.list.add(note)
        self.notified.emit(note)
        return note

    def load_history(self, events: list[Event], read: set[int]) -> None:
        """The account's earlier outcomes, listed quietly (read or not as remembered)."""
        for event in events:
            if event.kind not in NOTIFIED_KINDS or self.list.has_event(event.id):
                continue
            title, message = self.describe(event)
            note = {
                "kind": event.kind,
                "change_id": event.change_id,
                "title": title,
                "message": message,
                "shown_in_tray": False,
                "shown_on_desktop": False,
                "at": event.at.timestamp(),
                "event_id": event.id,
                "event": event,
            }
            self.list.add(note, unread=event.id not in read)

    # --- the tray balloon: one at a time, never replaced before it can be read -------------

    def _can_balloon(self) -> bool:
        return self.tray is not None and QSystemTrayIcon.supportsMessages()

    def _queue_balloon(self, note: dict[str, Any]) -> None:
        self._waiting.append(note)
        if not self._balloon_timer.isActive():
            self._show_waiting()

    def _show_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        if not waiting or self.tray is None:
            return
        if len(waiting) == 1:
            title, message = waiting[0]["title"], waiting[0]["message"]
        else:  # several came while one was shown: one balloon says them all, oldest first
            title = self.tr("{0} review updates").format(len(waiting))
            message = "\n".join(f"{n['title']}: {n['message']}" for n in waiting)
        self._balloon_change = waiting[-1].get("change_id")
        self.tray.showMessage(
            title, message, QSystemTrayIcon.MessageIcon.Information, BALLOON_MS + 4000
        )
        self.balloon_shown.emit(title, message)
        self._balloon_timer.start()

    # --- the desktop's notification service -------------------------------------------------

    def _on_desktop_activated(self, key: int) -> None:
        note = self._desktop_notes.get(key)
        if note is not None and note.get("change_id") is not None:
            self.open_status.emit(int(note["change_id"]))

    def _on_desktop_failed(self, key: int) -> None:
        """The service refused it: the tray (or the list alone) shows it instead."""
        note = self._desktop_notes.pop(key, None)
        if note is not None and self._can_balloon():
            self._queue_balloon(note)

    def _on_tray_message_clicked(self) -> None:
        change_id = getattr(self, "_balloon_change", None) or self.last_change_id
        if change_id is not None:
            self.open_status.emit(int(change_id))

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def clear(self) -> None:
        self.list.clear_notes()
        self.last_change_id = None
        self._waiting.clear()
        self._desktop_notes.clear()

    def hide(self) -> None:
        """Take the icon away and stop everything pending (the app is quitting)."""
        # a timer left running on an object that a collection on another thread deletes
        # would fire on freed memory
        self._balloon_timer.stop()
        self._waiting.clear()
        if self.tray is not None:
            self.tray.hide()
        if self.desktop is not None:
            self.desktop.stop()
