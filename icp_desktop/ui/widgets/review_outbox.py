"""The operator's view of the outbox: emails and SMS with status, attempts, last error, Retry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.ui.calls import Call
from icp_desktop.ui.formatting import beijing_time_labelled, format_number
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.widgets.empty_state import EmptyState
from icp_desktop.ui.widgets.review_common import BusyBar, scheme_color

if TYPE_CHECKING:
    from icp_desktop.client.errors import ApiError
    from icp_desktop.client.event_models import OutboxMessage
    from icp_desktop.ui.page_backend import PageBackend

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_SMTP = "no SMTP server configured"  # the service's words (server/services/notifier.py)
RETRYABLE = frozenset({"failed", "dead", "error"})


def can_retry(message: OutboxMessage) -> bool:
    """Failed messages, and pending ones that already failed once (waiting for a retry)."""
    status = message.status
    return status in RETRYABLE or (status == "pending" and bool(message.last_error))


class ReviewOutboxView(Retranslatable, QWidget):
    """Lists the outbox (optionally one status) and retries failed messages.

    Signals:
        message(str, bool): something to tell the operator (text, is_error).
    """

    message = Signal(object, bool)  # (Wording | str, error)

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._request: Call[list[OutboxMessage]] | None = None
        self.items: list[OutboxMessage] = []
        self.status_combo = QComboBox(self)
        for value in (None, "pending", "sent", "failed"):
            self.status_combo.addItem("", value)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.retry_selected)
        self.busy = BusyBar(self)
        self.table = QTableWidget(0, 8, self)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.status_name = QLabel(self)
        self.status_name.setBuddy(self.status_combo)
        bar = QHBoxLayout()
        bar.addWidget(self.status_name)
        bar.addWidget(self.status_combo)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(self.table)
        self._loaded = False
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.status_name.setText(self.tr("Status:"))
        self.status_combo.setAccessibleName(self.tr("Show messages with status"))
        for index, label in enumerate(
            (self.tr("All"), self.tr("Pending"), self.tr("Sent"), self.tr("Failed"))
        ):
            self.status_combo.setItemText(index, label)
        self.refresh_button.setText(self.tr("Refresh"))
        self.retry_button.setText(self.tr("Re&try"))
        self.retry_button.setToolTip(self.tr("Send the selected failed message again"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Channel"),
                self.tr("To"),
                self.tr("Status"),
                self.tr("Attempts"),
                self.tr("Last error"),
                self.tr("Change"),
                self.tr("Subject or message"),
            ]
        )
        self.table.setAccessibleName(self.tr("Outbox"))
        self._fill()

    def _update_empty_text(self) -> None:
        if not self._loaded:
            text = self.tr("Loading the outbox…")
        elif self.status_combo.currentData():
            text = self.tr(
                "No message with this status. Emails and SMS to filers about "
                "review outcomes are listed here; choose All to see every one."
            )
        else:
            text = self.tr(
                "No messages yet. Every email and SMS the service sends filers "
                "about review outcomes is listed here, with its attempts and "
                "last error."
            )
        self.empty.set_text(text)

    def refresh(self) -> None:
        if self._request is not None:
            self._request.cancel()
            self.busy.end()
        status = self.status_combo.currentData()
        self.busy.begin()
        self._request = self._backend.call(
            lambda api: api.outbox(status), self._on_loaded, self._on_failed
        )

    def _on_loaded(self, messages: list[OutboxMessage]) -> None:
        self._request = None
        self._loaded = True
        self.busy.end()
        self.items = list(messages)
        self._fill()

    def _fill(self) -> None:
        """One row per message, keeping the selected one selected."""
        selected = self.selected_id()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            status = item.status
            failed = status in RETRYABLE
            # An SMS has no subject: its text stands in the same column.
            summary = (item.subject or item.body).splitlines()
            texts = [
                str(item.id),
                self._channel(item.channel),
                item.recipient,
                ("⚠ " if failed else "") + self._status(status),
                format_number(item.attempts),
                self.error_text(item.last_error or ""),
                f"#{item.change_id}" if item.change_id else "",
                summary[0] if summary else "",
            ]
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.id)
                if column in (5, 7) and text:
                    cell.setToolTip(text)
                if failed and column in (3, 5):
                    cell.setForeground(QBrush(QColor(scheme_color("removed"))))
                if column == 3 and item.next_attempt_at and status == "pending":
                    cell.setToolTip(
                        self.tr("Next attempt {time}").format(
                            time=beijing_time_labelled(item.next_attempt_at)
                        )
                    )
                self.table.setItem(row, column, cell)
            if item.id == selected:
                self.table.selectRow(row)
        self._update_buttons()
        self._update_empty_text()

    def _on_failed(self, error: ApiError) -> None:
        self._request = None
        self.busy.end()
        self.message.emit(
            lambda: self.tr("Could not load the outbox: {reason}").format(
                reason=error_reason(error)
            ),
            True,
        )

    def error_text(self, error: str) -> str:
        """The service's last error, in the interface language when it is a known one."""
        known = {
            NO_SMTP: self.tr(
                "No SMTP server is configured: the message waits and is "
                "tried again (the demo sends no email)"
            )
        }
        return known.get(error, error)

    def _status(self, status: str) -> str:
        return {
            "pending": self.tr("pending"),
            "sent": self.tr("sent"),
            "failed": self.tr("failed"),
        }.get(status, status)

    def _channel(self, channel: str) -> str:
        return {"email": self.tr("Email"), "sms": self.tr("SMS")}.get(channel, channel)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.table.item(rows[0].row(), 0)
        return None if value is None else value.data(ID_ROLE)

    def selected_message(self) -> OutboxMessage | None:
        selected = self.selected_id()
        return next((m for m in self.items if m.id == selected), None)

    def select_message(self, message_id: int) -> bool:
        for row, item in enumerate(self.items):
            if item.id == message_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        message = self.selected_message()
        self.retry_button.setEnabled(message is not None and can_retry(message))

    def retry_selected(self) -> None:
        message = self.selected_message()
        if message is None or not can_retry(message):
            return
        message_id = message.id
        self.retry_button.setEnabled(False)
        self.busy.begin()

        def done(_result: OutboxMessage) -> None:
            self.busy.end()
            self.message.emit(
                lambda: self.tr("Message #{id} will be sent again.").format(id=message_id), False
            )
            self.refresh()

        def failed(error: ApiError) -> None:
            self.busy.end()
            self.message.emit(
                lambda: self.tr("Could not retry message #{id}: {reason}").format(
                    id=message_id, reason=error_reason(error)
                ),
                True,
            )
            self._update_buttons()

        self._backend.call(lambda api: api.retry_outbox(message_id), done, failed)
