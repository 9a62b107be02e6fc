"""The operator's view of the changes at the administration: furthest into their province's
window first, each with its SMS verification step; where an operator records what the
administration reported about the verification (manual gateway)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.administration_models import AdministrationQueue, QueueItem
from icp_desktop.client.change_models import Change
from icp_desktop.client.errors import ApiError
from icp_desktop.domain.status import ChangeStatus
from icp_desktop.ui.calls import Call
from icp_desktop.ui.formatting import beijing_date, format_number
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.widgets.administration_stage import countdown_text
from icp_desktop.ui.widgets.review_common import BusyBar, scheme_color

if TYPE_CHECKING:
    from icp_desktop.ui.page_backend import PageBackend

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 7


def _t(text: str) -> str:
    return QCoreApplication.translate("AdministrationProgress", text)


def sms_cell(item: QueueItem, elapsed: int) -> str:
    sms = item.sms_verification
    if sms is None:
        return "—"
    if sms.awaiting:
        return _t("awaiting · {time} left · wrong tries {n}/{max}").format(
            time=countdown_text(sms.seconds_left - elapsed), n=sms.failures, max=sms.max_failures
        )
    return {
        "verified": _t("verified"),
        "expired": _t("expired"),
        "failed": _t("failed"),
        "closed": _t("closed"),
    }.get(sms.state, sms.state)


class AdministrationProgressView(Retranslatable, QWidget):
    """See the module docstring.

    Signals:
        message(str, bool): something to tell the operator (text, is_error).
        open_review(int): show this change.
    """

    message = Signal(object, bool)  # (Wording | str, error)
    open_review = Signal(int)

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.queue: AdministrationQueue | None = None
        self._loaded_at = time.monotonic()
        self._request: Call[AdministrationQueue] | None = None
        self.busy = BusyBar(self)
        self.summary = QLabel(self)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self._on_double_clicked)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.verified_button = QPushButton(self)
        self.verified_button.clicked.connect(lambda: self.record("verified"))
        self.failure_button = QPushButton(self)
        self.failure_button.clicked.connect(lambda: self.record("failed_attempt"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(self.failure_button)
        row.addWidget(self.verified_button)
        layout.addLayout(row)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                _t("Change"),
                _t("License number"),
                _t("Website"),
                _t("Province"),
                _t("Window"),
                _t("SMS verification"),
                _t("Expected by (Beijing time)"),
            ]
        )
        self.table.setAccessibleName(_t("Changes at the administration"))
        self.refresh_button.setText(_t("Refresh"))
        self.verified_button.setText(_t("Record: SMS verified"))
        self.failure_button.setText(_t("Record: a wrong try"))
        self._render()

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._request is not None:
            self._request.cancel()
            self.busy.end()
        self.busy.begin()
        self._request = self._backend.call(
            lambda api: api.administration_queue(), self._on_loaded, self._on_failed
        )

    def _on_loaded(self, queue: AdministrationQueue) -> None:
        self._request = None
        self.busy.end()
        selected = self.selected_change_id()
        self.queue, self._loaded_at = queue, time.monotonic()
        self._render()
        if selected is not None:
            self.select_change(selected)
        self.ticker.start()

    def _on_failed(self, error: ApiError) -> None:
        self._request = None
        self.busy.end()
        self.message.emit(
            lambda: _t("The queue at the administration could not be loaded: {0}").format(
                error_reason(error)
            ),
            True,
        )

    # --- rendering ------------------------------------------------------------------------------

    def _render(self) -> None:
        items = self.queue.items if self.queue else ()
        counts = self.queue.counts if self.queue else {}
        self.summary.setText(
            _t(
                "{total} at the administration · {sms} awaiting SMS "
                "verification · {late} beyond their window"
            ).format(
                total=format_number(counts.get("total", 0)),
                sms=format_number(counts.get("awaiting_sms", 0)),
                late=format_number(counts.get("beyond_window", 0)),
            )
            + self._left_out(counts)
        )
        self.table.setRowCount(len(items))
        elapsed = int(time.monotonic() - self._loaded_at)
        for row, item in enumerate(items):
            window = item.window
            day = _t("day {n} of {m} ({percent}%)").format(
                n=format_number(window.day),
                m=format_number(window.working_days),
                percent=format_number(round(item.progress * 100)),
            )
            values = [
                f"#{item.change_id}",
                item.license_number,
                f"{item.website_name} · {item.domain}",
                window.province or "—",
                day,
                sms_cell(item, elapsed),
                beijing_date(window.expected_by),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, item.change_id)
                if column == 4 and window.beyond:
                    cell.setForeground(QBrush(QColor(scheme_color("overdue"))))
                self.table.setItem(row, column, cell)
        self._update_buttons()

    @staticmethod
    def _left_out(counts: dict[str, int]) -> str:
        """A line saying the list stops short of the queue, when it does."""
        total, listed = counts.get("total", 0), counts.get("listed", counts.get("total", 0))
        if listed >= total:
            return ""
        return "\n" + _t(
            "Listed: the {listed} nearest their expected date; {more} more are not listed."
        ).format(listed=format_number(listed), more=format_number(total - listed))

    def _tick(self) -> None:
        if self.queue is None or not self.isVisible():
            return
        elapsed = int(time.monotonic() - self._loaded_at)
        for row, item in enumerate(self.queue.items):
            cell = self.table.item(row, 5)
            sms = item.sms_verification
            if cell is not None and sms is not None and sms.awaiting:
                cell.setText(sms_cell(item, elapsed))

    # --- selection and actions --------------------------------------------------------------

    def selected_change_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(ID_ROLE)) if items else None

    def selected_item(self) -> QueueItem | None:
        change_id = self.selected_change_id()
        if change_id is None or self.queue is None:
            return None
        return next((i for i in self.queue.items if i.change_id == change_id), None)

    def select_change(self, change_id: int) -> None:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.data(ID_ROLE) == change_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        item = self.selected_item()
        sms = item.sms_verification if item is not None else None
        allowed = sms.allowed if sms is not None else ()
        self.verified_button.setEnabled("confirm" in allowed)
        self.failure_button.setEnabled("record_failure" in allowed)

    def _on_double_clicked(self, cell: QTableWidgetItem) -> None:
        self.open_review.emit(int(cell.data(ID_ROLE)))

    def record(self, outcome: str) -> None:
        item = self.selected_item()
        if item is None:
            return
        change_id = item.change_id
        self.busy.begin()

        def done(change: Change) -> None:
            self.busy.end()
            returned = change.status is ChangeStatus.ADMINISTRATION_REJECTED

            def text() -> str:
                if outcome == "verified":
                    return _t("Recorded: change #{id} is verified.").format(id=change_id)
                if returned:
                    return _t("Recorded the fifth wrong try: change #{id} was returned.").format(
                        id=change_id
                    )
                return _t("Recorded a wrong try for change #{id}.").format(id=change_id)

            self.message.emit(text, False)
            self.refresh()

        def failed(error: ApiError) -> None:
            self.busy.end()
            self.message.emit(
                lambda: _t("Change #{id}: not recorded: {reason}").format(
                    id=change_id, reason=error_reason(error)
                ),
                True,
            )
            self.refresh()

        self._backend.call(
            lambda api: api.record_sms_verification(change_id, outcome), done, failed
        )
