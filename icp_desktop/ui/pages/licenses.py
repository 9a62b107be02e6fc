"""Licenses (备案列表): the filer's websites with search, status filter and sorting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.domain.status import ChangeStatus
from icp_desktop.ui.formatting import format_number
from icp_desktop.ui.models.licenses import LicenseTableModel
from icp_desktop.ui.widgets.busy import BusySpinner
from icp_desktop.ui.widgets.labels import status_label

SEARCH_DELAY_MS = 150


class _WebsiteTable(QTableView):
    """The table; Enter acts like a double-click (Change Access or View progress)."""

    activated_by_key = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_by_key.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class LicensesPage(QWidget):
    """The filer's licenses and websites; Change Access and View progress act on the selection.

    Signals:
        open_change_access(int): website id to edit.
        open_status(int): change id whose progress to show.
        back(): leave the page (not used: this is the filer's home page).
    """

    open_change_access = Signal(int)
    open_status = Signal(int)
    back = Signal()

    def __init__(self, backend: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.model = LicenseTableModel(backend, parent=self)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Licenses and websites"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search license number, website name or domain"))
        self.search.setAccessibleName(self.tr("Search websites"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.on_search_text_changed)
        bar.addWidget(self.search, 1)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by change status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        self.status_filter.addItem(status_label(None), "none")
        for status in ChangeStatus:
            self.status_filter.addItem(status_label(status.value), status.value)
        self.status_filter.currentIndexChanged.connect(self.on_status_filter_changed)
        bar.addWidget(self.status_filter)
        self.spinner = BusySpinner(self)
        bar.addWidget(self.spinner)
        self.count_label = QLabel(self)
        # A fixed width: the count changes while pages load and must not re-lay out the table.
        widest = self.tr("{0} websites").format("100,000,000") + " " + self.tr(
            "({0} loaded)").format("100,000,000") + " · " + self.tr("loading…")
        self.count_label.setFixedWidth(self.count_label.fontMetrics().horizontalAdvance(widest))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.table = _WebsiteTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Licenses and websites"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # No sort indicator at first: the service's order (by license number) stands.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        # Fixed row heights: the view never measures 100,000 rows after a reset.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((210, 200, 190, 240)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.on_table_activated)
        self.table.activated_by_key.connect(self.on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.codes_button = QPushButton(self.tr("Authorization codes…"), self)
        self.codes_button.setToolTip(self.tr("Let another account file websites on one of "
                                             "your servers"))
        self.codes_button.clicked.connect(self.on_codes_clicked)
        buttons.addWidget(self.codes_button)
        buttons.addStretch(1)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.clicked.connect(self.refresh)
        buttons.addWidget(self.reload_button)
        self.progress_button = QPushButton(self.tr("View progress"), self)
        self.progress_button.clicked.connect(self.on_progress_clicked)
        buttons.addWidget(self.progress_button)
        self.change_button = QPushButton(self.tr("Change Access"), self)
        self.change_button.clicked.connect(self.on_change_clicked)
        buttons.addWidget(self.change_button)
        layout.addLayout(buttons)

        # Ctrl+F jumps to the search; Escape in the search clears it (keyboard-only use).
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.on_find_shortcut)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search.clear)
        self.change_button.setDefault(True)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_query)

        self.model.loading_changed.connect(self.on_model_loading_changed)
        self.model.total_changed.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._update_buttons)
        self.model.dataChanged.connect(self._update_buttons)  # a row's open change moved on
        self.model.load_failed.connect(self.on_model_load_failed)
        self._activated = False
        self._update_buttons()

    # --- page contract ---------------------------------------------------------------------

    def activate(self, **kwargs: Any) -> None:
        """Load the first page on first show; later shows keep the user's place and bring the
        selected website up to date (events keep the other rows current)."""
        if not self._activated:
            self._activated = True
            self._run_query()
            return
        website = self.selected_website()
        if website is not None:
            self.on_event({"website_id": website["id"]})

    def on_codes_clicked(self) -> None:
        from icp_desktop.ui.widgets.authorization_codes_dialog import AuthorizationCodesDialog

        AuthorizationCodesDialog.open_for(self, self._backend)

    def refresh(self) -> None:
        """Reload from the service (e.g. after an event about one of the filer's changes)."""
        self.model.reload()

    def on_event(self, event: dict[str, Any]) -> None:
        """A change of one of the filer's websites moved on: update that row only."""
        website_id = event.get("website_id")
        if not website_id or self.model.row_of(int(website_id)) < 0:
            return
        self._backend.call(lambda api: api.get_website(int(website_id)),
                           self.model.update_website, lambda _error: None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.status_filter.setItemText(0, self.tr("All statuses"))
            for i in range(1, self.status_filter.count()):
                code = self.status_filter.itemData(i)
                self.status_filter.setItemText(i, status_label(None if code == "none" else code))
            self.model.retranslate()
            self._update_count()
        super().changeEvent(event)

    # --- search and filter -----------------------------------------------------------------

    def on_find_shortcut(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def on_search_text_changed(self, text: str) -> None:
        self.model.filter_loaded(text, self.current_status())
        self._search_timer.start()

    def on_status_filter_changed(self, _index: int) -> None:
        self.model.filter_loaded(self.search.text(), self.current_status())
        self._search_timer.stop()
        self._run_query()

    def current_status(self) -> str:
        return str(self.status_filter.currentData() or "")

    def _run_query(self) -> None:
        self.message.hide()
        self.model.set_query(self.search.text(), self.current_status(), force=True)

    # --- selection and actions -------------------------------------------------------------

    def selected_website(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.website_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: Any) -> None:
        website = self.selected_website()
        open_change = (website or {}).get("open_change")
        self.change_button.setEnabled(website is not None)
        self.progress_button.setEnabled(open_change is not None)

    def on_change_clicked(self) -> None:
        website = self.selected_website()
        if website is not None:
            self.open_change_access.emit(int(website["id"]))

    def on_progress_clicked(self) -> None:
        website = self.selected_website()
        if website is not None and website.get("open_change"):
            self.open_status.emit(int(website["open_change"]["id"]))

    def on_table_activated(self, index: QModelIndex) -> None:
        website = self.model.website_at(index.row())
        if website is None:
            return
        change = website.get("open_change")
        # An editable change opens the editor; one under review opens its progress.
        if change and not ChangeStatus(change["status"]).is_editable:
            self.open_status.emit(int(change["id"]))
        else:
            self.open_change_access.emit(int(website["id"]))

    # --- feedback --------------------------------------------------------------------------

    def on_model_loading_changed(self, loading: bool) -> None:
        self.spinner.set_running(loading)
        self._update_count()

    def on_model_load_failed(self, error: Exception) -> None:
        detail = getattr(error, "detail", None) or getattr(error, "title", None) or str(error)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setText(self.tr("Could not load websites: {0}").format(detail))
        self.message.show()

    def _update_count(self, *_args: Any) -> None:
        total = self.model.total
        if total < 0:
            text = self.tr("{0} websites").format(format_number(self.model.rowCount()))
        else:
            text = self.tr("{0} websites").format(format_number(total))
            loaded = self.model.loaded_count
            if loaded < total:
                text += " " + self.tr("({0} loaded)").format(format_number(loaded))
        if self.model.loading:
            text += " · " + self.tr("loading…")
        self.count_label.setText(text)
