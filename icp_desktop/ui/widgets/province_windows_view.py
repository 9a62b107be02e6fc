"""The administration's window per province (kept by the operator), and how long each stage
really took: p50 and p90 per province, from the service's own history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.administration_models import ProvinceWindow, StageTimes
from icp_desktop.client.errors import ApiError
from icp_desktop.domain.provinces import MAX_WINDOW_DAYS, MIN_WINDOW_DAYS
from icp_desktop.ui.formatting import format_number
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.reason_text import reason_text
from icp_desktop.ui.widgets.review_common import BusyBar

if TYPE_CHECKING:
    from icp_desktop.ui.page_backend import PageBackend


def _t(text: str) -> str:
    return QCoreApplication.translate("ProvinceWindows", text)


def stage_text(stage: str) -> str:
    return {
        "first_review": _t("First review"),
        "administration_submission": _t("Submission to the administration"),
        "sms_verification": _t("SMS verification"),
        "administration_review": _t("Administration review"),
    }.get(stage, stage)


def hours_text(hours: float) -> str:
    """ "5.5 h" under two days, "3.2 d" (calendar days) above."""
    if hours < 48:
        return _t("{n} h").format(n=format_number(round(hours, 1)))
    return _t("{n} d").format(n=format_number(round(hours / 24, 1)))


class ProvinceWindowsView(Retranslatable, QWidget):
    """See the module docstring.

    Signals:
        message(str, bool): something to tell the operator (text, is_error).
    """

    message = Signal(object, bool)  # (Wording | str, error)

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.windows: list[ProvinceWindow] = []
        self.times: list[StageTimes] = []
        self.busy = BusyBar(self)
        splitter = QSplitter(self)

        self.windows_box = QGroupBox(splitter)
        box = QVBoxLayout(self.windows_box)
        self.windows_table = QTableWidget(0, 2, self.windows_box)
        self.windows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.windows_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.windows_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.windows_table.verticalHeader().setVisible(False)
        self.windows_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.windows_table.itemSelectionChanged.connect(self._on_window_selected)
        box.addWidget(self.windows_table, 1)
        row = QHBoxLayout()
        self.days = QSpinBox(self.windows_box)
        self.days.setRange(MIN_WINDOW_DAYS, MAX_WINDOW_DAYS)
        row.addWidget(self.days)
        self.save_button = QPushButton(self.windows_box)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        box.addLayout(row)

        self.report_box = QGroupBox(splitter)
        report = QVBoxLayout(self.report_box)
        top = QHBoxLayout()
        self.since_label = QLabel(self.report_box)
        top.addWidget(self.since_label)
        self.since = QSpinBox(self.report_box)
        self.since.setRange(1, 3650)
        self.since.setValue(365)
        top.addWidget(self.since)
        self.report_button = QPushButton(self.report_box)
        self.report_button.clicked.connect(self.load_report)
        top.addWidget(self.report_button)
        top.addStretch(1)
        report.addLayout(top)
        self.report_table = QTableWidget(0, 5, self.report_box)
        self.report_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_table.verticalHeader().setVisible(False)
        self.report_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.report_table.horizontalHeader().setStretchLastSection(True)
        report.addWidget(self.report_table, 1)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()
        self._on_window_selected()

    def retranslate_ui(self) -> None:
        self.windows_box.setTitle(_t("The administration's window per province"))
        self.windows_table.setHorizontalHeaderLabels([_t("Province"), _t("Working days")])
        self.windows_table.setAccessibleName(_t("The administration's window per province"))
        self.days.setSuffix(_t(" working days"))
        self.save_button.setText(_t("Save"))
        self.report_box.setTitle(_t("How long each stage took (p50 / p90)"))
        self.since_label.setText(_t("Stages that ended in the last"))
        self.since.setSuffix(_t(" days"))
        self.report_button.setText(_t("Refresh"))
        self.report_table.setHorizontalHeaderLabels(
            [_t("Province"), _t("Stage"), _t("Count"), _t("p50"), _t("p90")]
        )
        self.report_table.setAccessibleName(_t("How long each stage took (p50 / p90)"))
        self._render_times()

    # --- windows ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.busy.begin()
        self._backend.call(lambda api: api.province_windows(), self._on_windows, self._on_failed)
        self.load_report()

    def _on_windows(self, windows: list[ProvinceWindow]) -> None:
        self.busy.end()
        selected = self.selected_province()
        self.windows = windows
        self.windows_table.setRowCount(len(windows))
        for row, window in enumerate(windows):
            for column, value in enumerate((window.province, format_number(window.working_days))):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, window.province)
                self.windows_table.setItem(row, column, cell)
            if window.province == selected:
                self.windows_table.selectRow(row)
        self._on_window_selected()

    def selected_province(self) -> str | None:
        cells = self.windows_table.selectedItems()
        return str(cells[0].data(Qt.ItemDataRole.UserRole)) if cells else None

    def _selected_window(self) -> ProvinceWindow | None:
        province = self.selected_province()
        return next((w for w in self.windows if w.province == province), None)

    def _on_window_selected(self) -> None:
        window = self._selected_window()
        self.days.setEnabled(window is not None)
        self.save_button.setEnabled(window is not None)
        if window is not None:
            self.days.setValue(window.working_days)

    def save(self) -> None:
        window = self._selected_window()
        if window is None:
            return
        days, province, version = self.days.value(), window.province, window.version
        self.busy.begin()

        def done(saved: ProvinceWindow) -> None:
            self.busy.end()
            self.message.emit(
                lambda: _t(
                    "{province}: up to {n} working days; its changes at the administration follow."
                ).format(province=saved.province, n=format_number(saved.working_days)),
                False,
            )
            self.refresh()

        self._backend.call(
            lambda api: api.save_province_window(province, days, version), done, self._on_failed
        )

    def _on_failed(self, error: ApiError) -> None:
        self.busy.end()
        self.message.emit(
            lambda: "; ".join(
                [reason_text(e) for e in error.field_errors] or [error_reason(error)]
            ),
            True,
        )

    # --- report -------------------------------------------------------------------------------

    def load_report(self) -> None:
        days = self.since.value()
        self.busy.begin()

        def done(times: list[StageTimes]) -> None:
            self.busy.end()
            self.times = times
            self._render_times()

        self._backend.call(lambda api: api.administration_times(days), done, self._on_failed)

    def _render_times(self) -> None:
        self.report_table.setRowCount(len(self.times))
        for row, times in enumerate(self.times):
            values = [
                times.province or _t("All provinces"),
                stage_text(times.stage),
                format_number(times.count),
                hours_text(times.p50_hours),
                hours_text(times.p90_hours),
            ]
            for column, value in enumerate(values):
                self.report_table.setItem(row, column, QTableWidgetItem(value))
