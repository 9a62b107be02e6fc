"""Reconciliation (对账): import the administration's results, read how each one matches, apply
the results to record, acknowledge disagreements.

An import with bad rows is refused whole by the service; the view lists every bad row with its
line. A stored import changes nothing until "Apply" — each applied result is an audited
administration decision. Disagreements stay in the list until acknowledged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.administration_models import ReconciliationImport, ReconciliationItem
from icp_desktop.client.errors import ApiError
from icp_desktop.ui.formatting import format_date, format_number
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.reason_text import reason_text
from icp_desktop.ui.widgets.review_common import BusyBar, scheme_color

if TYPE_CHECKING:
    from icp_desktop.ui.page_backend import PageBackend

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 8


def _t(text: str) -> str:
    return QCoreApplication.translate("Reconciliation", text)


def read_csv_file(path: Path) -> str:
    """The file's text: UTF-8 (with or without BOM), else GB18030 (what Excel writes on a
    Chinese system)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def match_text(item: ReconciliationItem) -> str:
    if item.match == "agrees":
        return _t("agrees")
    if item.match == "to_record":
        return _t("to record")
    kinds = {
        "unknown_license": _t("disagreement: unknown license number"),
        "no_change_at_administration": _t("disagreement: no change at the administration"),
        "contradicts": _t("disagreement: contradicts the recorded result"),
        "filing_cancelled": _t("disagreement: the filing was cancelled"),
        "duplicate_in_import": _t("disagreement: the same round twice in the file"),
        "beyond_window": _t("disagreement: longer than its window, no result"),
    }
    return kinds.get(item.kind or "", _t("disagreement"))


def status_text(item: ReconciliationItem) -> str:
    if item.match == "agrees":
        return "—"  # nothing to do
    texts = {
        "open": _t("open"),
        "applied": _t("applied"),
        "acknowledged": _t("acknowledged"),
        "skipped": _t("skipped"),
    }
    text = texts.get(item.status, item.status)
    if item.status == "skipped" and item.detail.get("skipped"):
        why = {
            "moved_on": _t("the change moved on"),
            "handled_by_simulator": _t("the simulator decides it"),
        }
        text += f" ({why.get(str(item.detail['skipped']), str(item.detail['skipped']))})"
    return text


def result_text(result: str | None) -> str:
    return {
        "approved": _t("approved"),
        "rejected": _t("rejected"),
        "cancelled": _t("cancelled"),
    }.get(result or "", "—")


class ReconciliationView(Retranslatable, QWidget):
    """See the module docstring.

    Signals:
        message(str, bool): something to tell the operator (text, is_error).
    """

    message = Signal(object, bool)  # (Wording | str, error)

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.shown: ReconciliationImport | None = None
        self.items: list[ReconciliationItem] = []
        self.busy = BusyBar(self)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.choose_file)
        self.open_only = QCheckBox(self)
        self.open_only.toggled.connect(self.on_open_only_toggled)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.bad_rows = QListWidget(self)
        self.bad_rows.setStyleSheet(f"color: {scheme_color('removed')};")
        self.bad_rows.setMaximumHeight(140)
        self.bad_rows.hide()
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply)
        self.note = QLineEdit(self)
        self.acknowledge_button = QPushButton(self)
        self.acknowledge_button.clicked.connect(self.acknowledge)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.open_only)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.heading)
        layout.addWidget(self.bad_rows)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.acknowledge_button)
        bottom.addWidget(self.apply_button)
        layout.addLayout(bottom)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.import_button.setText(_t("Import the administration's results (CSV)…"))
        self.open_only.setText(_t("Open disagreements of every import"))
        self.note.setPlaceholderText(_t("Note on the disagreement (how it was handled)"))
        self.note.setAccessibleName(_t("Note on the disagreement"))
        self.acknowledge_button.setText(_t("Acknowledge"))
        self.apply_button.setAccessibleName(_t("Apply the results"))
        self.table.setAccessibleName(_t("Rows of the import"))
        self.bad_rows.setAccessibleName(_t("Rows that cannot be read"))
        self.table.setHorizontalHeaderLabels(
            [
                _t("Line"),
                _t("License number"),
                _t("Result"),
                _t("Date"),
                _t("Reason"),
                _t("Match"),
                _t("Status"),
                _t("Change"),
            ]
        )
        self._render()

    # --- importing ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _t("The administration's results"), "", _t("CSV files (*.csv);;All files (*)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read ``path`` (off the GUI thread) and send it as one import."""
        self.busy.begin()
        self.bad_rows.clear()
        self.bad_rows.hide()
        self._backend.call(
            lambda api: api.import_results(read_csv_file(path), path.name),
            self._on_imported,
            self._on_import_failed,
        )

    def _on_imported(self, imported: ReconciliationImport) -> None:
        self.busy.end()
        self.open_only.setChecked(False)
        self.show_import(imported)
        self.message.emit(
            lambda: _t(
                "{rows} results imported: {to_record} to record, {bad} "
                "disagreements. Nothing changes until you apply them."
            ).format(
                rows=format_number(imported.rows),
                to_record=format_number(imported.counts.get("to_record", 0)),
                bad=format_number(imported.counts.get("disagreement", 0)),
            ),
            False,
        )

    def _on_import_failed(self, error: ApiError) -> None:
        self.busy.end()
        rows = [reason_text(e) for e in error.field_errors]
        if rows:
            self.bad_rows.clear()
            self.bad_rows.addItems(rows)
            self.bad_rows.show()
            self.message.emit(
                lambda: _t(
                    "Nothing was imported: {n} rows cannot be read (listed with their lines)."
                ).format(n=format_number(len({e.params.get("line") for e in error.field_errors}))),
                True,
            )
        else:
            self.message.emit(
                lambda: _t("Nothing was imported: {0}").format(error_reason(error)), True
            )

    # --- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The open disagreements, or the import shown, again."""
        if self.open_only.isChecked() or self.shown is None:
            self._load_disagreements()
        else:
            import_id = self.shown.id
            self._backend.call(
                lambda api: api.reconciliation_import(import_id), self.show_import, self._on_failed
            )

    def on_open_only_toggled(self, checked: bool) -> None:
        if checked:
            self._load_disagreements()
        elif self.shown is not None:
            self.show_import(self.shown)

    def _load_disagreements(self) -> None:
        self.busy.begin()

        def done(items: list[ReconciliationItem]) -> None:
            self.busy.end()
            self.items = items
            self._render()

        self._backend.call(lambda api: api.disagreements(), done, self._on_failed)

    def show_import(self, imported: ReconciliationImport) -> None:
        self.shown = imported
        if not self.open_only.isChecked():
            self.items = list(imported.items)
        self._render()

    def _on_failed(self, error: ApiError) -> None:
        self.busy.end()
        self.message.emit(lambda: error_reason(error), True)

    def _render(self) -> None:
        if self.open_only.isChecked():
            self.heading.setText(
                _t("Open disagreements: {n}").format(n=format_number(len(self.items)))
            )
        elif self.shown is not None:
            counts = self.shown.counts
            self.heading.setText(
                _t(
                    "Import #{id} ({file}): {rows} rows · {agrees} agree · "
                    "{open} to record · {bad} disagreements · {applied} "
                    "applied"
                ).format(
                    id=self.shown.id,
                    file=self.shown.filename or "—",
                    rows=format_number(self.shown.rows),
                    agrees=format_number(counts.get("agrees", 0)),
                    open=format_number(counts.get("open_to_record", 0)),
                    bad=format_number(counts.get("disagreement", 0)),
                    applied=format_number(counts.get("applied", 0)),
                )
            )
        else:
            self.heading.setText(_t("Import a CSV of license number, result, reason, date."))
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = [
                str(item.line) if item.line else "—",
                item.license_number,
                result_text(item.result),
                format_date(item.result_date) if item.result_date else "—",
                item.reason,
                match_text(item),
                status_text(item),
                f"#{item.change_id}" if item.change_id else "—",
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, item.id)
                if item.match == "disagreement" and item.status == "open":
                    cell.setForeground(QBrush(QColor(scheme_color("overdue"))))
                self.table.setItem(row, column, cell)
        self._update_buttons()

    # --- acting -------------------------------------------------------------------------------

    def selected(self) -> ReconciliationItem | None:
        cells = self.table.selectedItems()
        if not cells:
            return None
        item_id = cells[0].data(ID_ROLE)
        return next((i for i in self.items if i.id == item_id), None)

    def _update_buttons(self) -> None:
        to_record = [i for i in self.items if i.match == "to_record" and i.status == "open"]
        self.apply_button.setText(_t("Apply {n} results").format(n=format_number(len(to_record))))
        self.apply_button.setEnabled(bool(to_record) and not self.open_only.isChecked())
        item = self.selected()
        self.acknowledge_button.setEnabled(
            item is not None and item.match == "disagreement" and item.status == "open"
        )

    def apply(self) -> None:
        if self.shown is None:
            return
        import_id = self.shown.id
        self.busy.begin()

        def done(result: tuple[int, int, ReconciliationImport]) -> None:
            self.busy.end()
            applied, skipped, imported = result
            self.show_import(imported)
            self.message.emit(
                lambda: _t("{applied} results recorded, {skipped} skipped.").format(
                    applied=format_number(applied), skipped=format_number(skipped)
                ),
                skipped > 0,
            )

        self._backend.call(lambda api: api.apply_reconciliation(import_id), done, self._on_failed)

    def acknowledge(self) -> None:
        item = self.selected()
        if item is None:
            return
        note = self.note.text().strip()
        item_id = item.id
        self.busy.begin()

        def done(_item: ReconciliationItem) -> None:
            self.busy.end()
            self.note.clear()
            self.message.emit(lambda: _t("Disagreement acknowledged."), False)
            self.refresh()

        self._backend.call(
            lambda api: api.acknowledge_disagreement(item_id, note), done, self._on_failed
        )
