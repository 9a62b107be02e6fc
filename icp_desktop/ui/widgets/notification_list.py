"""The in-app list of notifications: newest first, unread ones bold, long ones wrapped.

Every notification is listed here whatever else showed it (a desktop notification, a tray
balloon, or nothing on a desktop without either), and the list is filled again from the
service's events on every sign-in, so the account's notifications are kept across sessions.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from icp_desktop.ui.formatting import BEIJING, beijing_clock_labelled
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from icp_desktop.client.event_models import Event

NOTE_ROLE = Qt.ItemDataRole.UserRole


class WrappingDelegate(QStyledItemDelegate):
    """Items as tall as their text wrapped to the list's width: nothing cut off with "…"."""

    PADDING = 8

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 300
        width = max(80, width - 2 * self.PADDING - 4)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = QFontMetrics(font).boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width, rect.height() + 2 * self.PADDING)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone


class NotificationList(Retranslatable, QListWidget):
    """The in-app list of notifications, newest first; unread ones are bold.

    Signals:
        open_status(int): the user opened a notification about this change.
        unread_changed(int): the number of unread notifications.
        read(int): the notification of this event id was read (to remember it).
    """

    open_status = Signal(int)
    unread_changed = Signal(int)
    read = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notification_list")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # wrap again when the width changes
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(WrappingDelegate(self))
        self.setSpacing(3)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._on_item_opened)
        self.itemClicked.connect(self._on_item_opened)
        self.empty = EmptyState(self)
        # Words a notification again in the interface language: (event) -> (title, message).
        self.describe: Callable[[Event], tuple[str, str]] | None = None
        self.language_changed: Callable[[], None] | None = None  # the notifier's own texts
        self._event_ids: set[int] = set()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Titles, messages and times from the events; read or unread stays."""
        for row in range(self.count()):
            item = self.item(row)
            note = dict(item.data(NOTE_ROLE) or {})
            if self.describe is not None and note.get("event"):
                note["title"], note["message"] = self.describe(note["event"])
                item.setData(NOTE_ROLE, note)
            item.setText(self.item_text(note))
        self.setAccessibleName(self.tr("Notifications"))
        self.empty.set_text(
            self.tr(
                "No notifications yet. Outcomes of your changes (first review, submission to "
                "the administration, its decision) appear here the moment they are recorded, "
                "and stay here across sign-ins."
            )
        )

    @staticmethod
    def item_text(note: dict[str, Any]) -> str:
        """ "Title · 14:05 (Beijing time)" and the message below it; the time in Beijing time
        as the interface language writes it."""
        moment = datetime.fromtimestamp(note.get("at") or time.time(), BEIJING)
        return f"{note['title']} · {beijing_clock_labelled(moment)}\n{note['message']}"

    def has_event(self, event_id: int | None) -> bool:
        return event_id is not None and int(event_id) in self._event_ids

    def add(self, note: dict[str, Any], *, unread: bool = True) -> QListWidgetItem | None:
        """List ``note`` in event order (newest first); None when its event is listed already."""
        event_id = note.get("event_id")
        if self.has_event(event_id):
            return None
        item = QListWidgetItem(self.item_text(note))
        item.setData(NOTE_ROLE, note)
        font = item.font()
        font.setBold(unread)
        item.setFont(font)
        row = 0
        if event_id is not None:
            self._event_ids.add(int(event_id))
            while row < self.count():
                other = (self.item(row).data(NOTE_ROLE) or {}).get("event_id")
                if other is None or int(other) < int(event_id):
                    break
                row += 1
        self.insertItem(row, item)
        self.empty.update_visibility()
        self.unread_changed.emit(self.unread_count())
        return item

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.language_changed is not None:
            self.language_changed()

    def notes(self) -> list[dict[str, Any]]:
        return [self.item(i).data(NOTE_ROLE) for i in range(self.count())]

    def unread_count(self) -> int:
        return sum(1 for i in range(self.count()) if self.item(i).font().bold())

    def mark_read(self, item: QListWidgetItem) -> None:
        if not item.font().bold():
            return
        font = item.font()
        font.setBold(False)
        item.setFont(font)
        self.unread_changed.emit(self.unread_count())
        event_id = (item.data(NOTE_ROLE) or {}).get("event_id")
        if event_id is not None:
            self.read.emit(int(event_id))

    def clear_notes(self) -> None:
        self.clear()
        self._event_ids.clear()
        self.empty.update_visibility()
        self.unread_changed.emit(0)

    def _on_item_opened(self, item: QListWidgetItem) -> None:
        self.mark_read(item)
        note = item.data(NOTE_ROLE) or {}
        if note.get("change_id") is not None:
            self.open_status.emit(int(note["change_id"]))
