"""A filterable, keyboard-driven queue table that keeps the user's place when it refreshes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.ui.accessibility import announce
from icp_desktop.ui.calls import Call
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.models.review_queue import (
    DUE,
    DUE_ICON_SIZE,
    QueueRows,
    ReviewQueueModel,
    load_decided,
    load_queue,
)
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.widgets.queue_table import QueueTable
from icp_desktop.ui.widgets.review_common import BusyBar

if TYPE_CHECKING:
    from icp_desktop.client.errors import ApiError
    from icp_desktop.client.interface import FilingApi
    from icp_desktop.ui.page_backend import PageBackend


class QueueView(Retranslatable, QWidget):
    """A filterable, keyboard-driven table of queue items that keeps its place on refresh.

    Used by the reviewer's queue and by the operator's lists.

    Signals:
        open_review(int): open the change with this id (Enter, double-click, Open).
        loaded(object): a fresh queue answer arrived (:class:`QueueRows`).
    """

    open_review = Signal(int)
    loaded = Signal(object)

    def __init__(self, backend: PageBackend, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._stage = stage
        self._request: Call[QueueRows] | None = None
        self._remembered: int | None = None
        self._again = False
        self.model = ReviewQueueModel(stage, self)
        #: what the table lists (runs on the worker thread); see :meth:`set_stage`
        self.loader: Callable[[FilingApi], QueueRows] = lambda api: load_queue(api, stage)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.on_filter_text_changed)
        self.filter_edit.returnPressed.connect(self.open_current)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_current)

        self.table = QueueTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setIconSize(DUE_ICON_SIZE)
        self.table.verticalHeader().setVisible(False)
        # Header clicks sort; the service's order (most urgent first) is the due column's.
        self.table.horizontalHeader().setSortIndicator(DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.busy = BusyBar(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        #: said in place of an empty table: what would be listed and why nothing is
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setVisible(False)
        self.empty_text = ""
        self.model.modelReset.connect(self._update_empty)
        for signal in (self.model.modelReset, self.model.headerDataChanged):
            signal.connect(self.table.fit_columns)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

        # J/K only while the table has focus, so they stay typeable in the filter box.
        for key, step in (("J", 1), ("K", -1)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_selection(step))
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.filter_edit.clear)
        for key, step in (("Ctrl+Down", 1), ("Ctrl+Up", -1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_selection(step))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by change, license number, website, domain, filer or IP")
        )
        self.filter_edit.setAccessibleName(self.tr("Filter the queue"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.open_button.setText(self.tr("&Open"))
        self.table.setAccessibleName(self.tr("Queue"))
        self.model.retranslate()

    # --- loading ------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Fetch the queue again; the selection and scroll position survive.

        While a fetch is out, further requests (a burst of events) make one more fetch
        after it, not one each: every call occupies the shared worker thread.
        """
        if self._request is not None:
            self._again = True
            return
        self.busy.begin()
        self._request = self._backend.call(self.loader, self._on_loaded, self._on_failed)

    def set_stage(self, stage: str) -> None:
        """List ``decided`` changes (past their first review) or a queue stage's, and reload."""
        self._stage = stage
        self.model._stage = stage
        self.loader = load_decided if stage == "decided" else (lambda api: load_queue(api, stage))
        self.model.set_items([])
        self.model.retranslate()
        if self._request is not None:
            self._request.cancel()
            self._request = None
            self.busy.end()
        self.refresh()

    def _update_empty(self) -> None:
        """An empty table says why: nothing loaded yet, nothing listed, or the filter."""
        if self.model.rowCount() > 0 or self._request is not None:
            self.empty_label.setVisible(False)
            return
        if self.model.total > 0:
            text = self.tr(
                'No change matches "{text}". Clear the filter (Esc) to see all {n}.'
            ).format(text=self.filter_edit.text().strip(), n=self.model.total)
        else:
            text = self.empty_text
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def _settle(self) -> bool:
        """A fetch ended; True when another one was asked for meanwhile (and is now out)."""
        self._request = None
        self.busy.end()
        if self._again:
            self._again = False
            self.refresh()
            return True
        return False

    def _on_loaded(self, result: QueueRows) -> None:
        if self._settle():
            return
        self.error_label.setVisible(False)
        selected = self.selected_change_id() or self._remembered
        old_row = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_items(result.items)
        self._update_empty()
        self._restore_place(selected, old_row, scroll)
        self.loaded.emit(result)

    def _on_failed(self, error: ApiError) -> None:
        if self._settle():
            return
        self.error_label.setText(
            self.tr("Could not load the queue: {reason}").format(reason=error_reason(error))
        )
        self.error_label.setVisible(True)
        announce(self.error_label, self.error_label.text())

    def _restore_place(self, change_id: int | None, old_row: int, scroll: int) -> None:
        row = self.model.row_of(change_id) if change_id is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            # The selected change left the queue: stay at the same height, i.e. on the next
            # one; with nothing selected yet, start at the most urgent.
            row = min(max(old_row, 0), self.model.rowCount() - 1)
        self.table.verticalScrollBar().setValue(scroll)
        if row >= 0:
            self.select_row(row, scroll_to=False)

    # --- selection and keyboard ---------------------------------------------------------

    def selected_change_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.change_id(index.row())

    def select_change(self, change_id: int) -> bool:
        row = self.model.row_of(change_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def select_row(self, row: int, scroll_to: bool = True) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        if scroll_to:
            self.table.scrollTo(index)

    @Slot(int)
    def move_selection(self, step: int) -> None:
        """Select the next (+1) or previous (-1) row."""
        count = self.model.rowCount()
        if count == 0:
            return
        current = self.table.currentIndex().row()
        row = 0 if current < 0 else min(max(current + step, 0), count - 1)
        self.select_row(row)

    @Slot()
    def open_current(self) -> None:
        change_id = self.selected_change_id()
        if change_id is None and self.model.rowCount() > 0 and self.filter_edit.hasFocus():
            change_id = self.model.change_id(0)
        if change_id is not None:
            self.open_review.emit(change_id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_review.emit(self.model.change_id(index.row()))

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Remembered beyond the selection, which a filter or a reload may clear for a while.
        if current.isValid():
            self._remembered = self.model.change_id(current.row())

    @Slot(str)
    def on_filter_text_changed(self, text: str) -> None:
        # A filter that hides the selected change must not make the reviewer lose it.
        self.model.set_filter_text(text)
        if self._remembered is not None:
            self.select_change(self._remembered)
