"""Change history (变更记录): every change of every website of the filer, all statuses.

Searchable (license number, website name or domain, ``#12``) and filterable by status on the
service; the selected change's timeline shows beside the list, and View progress opens its
status page, finished changes included.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.change_models import Change
from icp_desktop.domain.status import ChangeStatus
from icp_desktop.ui.calls import Call
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.models.history import ChangeHistoryModel
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.presenters.workflow import status_label
from icp_desktop.ui.widgets.busy import BusySpinner
from icp_desktop.ui.widgets.empty_state import EmptyState
from icp_desktop.ui.widgets.timeline import TimelineView

if TYPE_CHECKING:
    from icp_desktop.client.event_models import Event
    from icp_desktop.ui.page_backend import PageBackend
    from icp_desktop.ui.pages.contract import Navigator

SEARCH_DELAY_MS = 250


class HistoryPage(Retranslatable, QWidget):
    """The filer's changes, newest first, with the timeline of the selected one.

    Signals:
        open_status(int): change id whose status page to open (View progress, Enter).
    """

    open_status = Signal(int)

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._detail_call: Call[Change] | None = None
        self.model = ChangeHistoryModel(backend, parent=self)

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.on_search_text_changed)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem("", "")
        for status in ChangeStatus:
            self.status_filter.addItem("", status.value)
        self.status_filter.currentIndexChanged.connect(self.on_status_filter_changed)
        self.spinner = BusySpinner(self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.spinner)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.empty = EmptyState(self.table)

        detail = QWidget(self)
        side = QVBoxLayout(detail)
        side.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(detail)
        self.detail_title.setWordWrap(True)
        self.detail_title.setStyleSheet("font-weight: bold;")
        self.timeline = TimelineView(detail)
        self.progress_button = QPushButton(detail)
        self.progress_button.clicked.connect(self.on_progress_clicked)
        side.addWidget(self.detail_title)
        side.addWidget(self.timeline, 1)
        side.addWidget(self.progress_button, 0, Qt.AlignmentFlag.AlignRight)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.on_find_shortcut)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search.clear)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_query)
        self.model.loading_changed.connect(self.on_model_loading_changed)
        self.model.load_failed.connect(self.on_model_load_failed)
        self.model.modelReset.connect(self._show_selected)
        self._activated = False
        self._load_error: Exception | None = None
        self.retranslate_ui()

    # --- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Change history"))
        self.search.setPlaceholderText(
            self.tr("Search license number, website name or domain, or #change number")
        )
        self.search.setAccessibleName(self.tr("Search your changes"))
        self.status_filter.setAccessibleName(self.tr("Show changes with status"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for i in range(1, self.status_filter.count()):
            self.status_filter.setItemText(i, status_label(self.status_filter.itemData(i)))
        self.table.setAccessibleName(self.tr("Your changes"))
        self.progress_button.setText(self.tr("View progress"))
        self.model.retranslate()
        self._show_selected()
        self._update_empty_text()
        if self.message.isVisible():
            self.on_model_load_failed(self._load_error)

    def _update_empty_text(self) -> None:
        query, status = self.model.query
        if self.model.loading and not self.model.loaded_once:
            text = self.tr("Loading your changes…")
        elif query or status:
            text = self.tr(
                "No change matches this search or status. Every change you filed "
                "is kept here; clear the search (Esc) or choose All statuses."
            )
        else:
            text = self.tr(
                "No changes yet. Every Change Access you open is listed here — "
                "drafts, those under review and finished ones — with its "
                "timeline. Start one from Licenses and websites."
            )
        self.empty.set_text(text)

    # --- page contract ---------------------------------------------------------------------

    def connect_navigation(self, navigator: Navigator) -> None:
        self.open_status.connect(navigator.open_status)

    def shows_countdown_of(self, _change_id: int) -> bool:
        return False

    def activate(self, **_target: int) -> None:
        """First show: load; later shows: reload (a change may have moved on meanwhile)."""
        self._activated = True
        self._run_query()
        self.table.setFocus()

    def on_event(self, event: Event) -> None:
        """A change of the filer's moved on: update its row (or reload for a new one)."""
        change_id = event.change_id
        if not self._activated or not change_id:
            return
        if self.model.row_of(change_id) < 0:
            self.model.reload()
            return
        self._backend.call(
            lambda api: api.get_change(change_id), self._on_change_fresh, lambda _error: None
        )

    def _on_change_fresh(self, change: Change) -> None:
        self.model.update_change(change)
        selected = self.selected_change()
        if selected is not None and selected.id == change.id:
            self._show_change(change)

    # --- search and filter -----------------------------------------------------------------

    def on_find_shortcut(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def on_status_filter_changed(self, _index: int) -> None:
        self._search_timer.stop()
        self._run_query()

    def _run_query(self) -> None:
        self.message.hide()
        self._load_error = None
        self.model.set_query(self.search.text(), str(self.status_filter.currentData() or ""))
        self._update_empty_text()

    def on_model_loading_changed(self, loading: bool) -> None:
        self.spinner.set_running(loading)
        self._update_empty_text()
        if not loading and self.model.rowCount() and not self.selected_change():
            self.table.selectRow(0)

    def on_model_load_failed(self, error: Exception | None) -> None:
        self._load_error = error  # worded again after a language switch
        if error is None:
            return
        detail = error_reason(error)
        self.message.setText(self.tr("Could not load your changes: {0}").format(detail))
        self.message.show()

    # --- selection -------------------------------------------------------------------------

    def selected_change(self) -> Change | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.change_at(rows[0].row()) if rows else None

    def on_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._show_selected()
        change = self.selected_change()
        if change is None:
            return
        change_id = change.id
        if self._detail_call is not None:
            self._detail_call.cancel()
        # the list's rows carry the timeline already; a fresh read brings any later step
        self._detail_call = self._backend.call(
            lambda api: api.get_change(change_id), self._on_detail, lambda _e: None
        )

    def _on_detail(self, change: Change) -> None:
        self._detail_call = None
        self._on_change_fresh(change)

    def _show_selected(self, *_args: object) -> None:
        self._show_change(self.selected_change())

    def _show_change(self, change: Change | None) -> None:
        self.progress_button.setEnabled(change is not None)
        if change is None:
            self.detail_title.setText(self.tr("Select a change to see its timeline."))
            self.timeline.set_entries([])
            return
        self.detail_title.setText(
            self.tr("Change #{0} · {1} · {2}").format(
                change.id, change.website.license_number, status_label(change.status)
            )
        )
        self.timeline.set_entries(list(change.timeline))

    def on_progress_clicked(self) -> None:
        change = self.selected_change()
        if change is not None:
            self.open_status.emit(change.id)

    def on_table_activated(self, index: QModelIndex) -> None:
        change = self.model.change_at(index.row())
        if change is not None:
            self.open_status.emit(change.id)
