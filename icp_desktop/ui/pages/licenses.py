"""Licenses (备案列表): the filer's websites with search, status filter and sorting."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.domain.status import ChangeStatus
from icp_desktop.ui.formatting import format_number
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.models.licenses import LicenseTableModel
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.presenters.workflow import status_label
from icp_desktop.ui.widgets.busy import BusySpinner
from icp_desktop.ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from icp_desktop.client.event_models import Event
    from icp_desktop.client.models import ChangeRef, Website
    from icp_desktop.ui.page_backend import PageBackend
    from icp_desktop.ui.pages.contract import Navigator

SEARCH_DELAY_MS = 150
# the status filter's choices: all, no open change, each open status, each finished one
FILTER_CODES = ("", "none", *(s.value for s in ChangeStatus if s.is_open), "approved", "withdrawn")


class _WebsiteTable(QTableView):
    """The table; Enter acts like a double-click (Change Access or View progress).

    Its columns share the width it has, so every one stays in view when the window or the
    notifications panel beside it changes the table's width (the status column used to hide
    behind a scroll bar).
    """

    activated_by_key = Signal(QModelIndex)
    SHARES = ((0, 0.27), (1, 0.25), (2, 0.23))  # of the width left beside the status column

    def viewportEvent(self, event: QEvent) -> bool:
        # the viewport, not the table: a vertical scroll bar coming narrows only the viewport
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)

    def fit_columns(self, *_args: object) -> None:
        width = self.viewport().width()
        status = min(
            max(self.horizontalHeader().sectionSizeHint(4), self._status_width()),
            max(width // 4, 120),
        )
        rest = max(width - status, 360)
        for column, share in self.SHARES:
            self.setColumnWidth(column, int(rest * share))
        self.setColumnWidth(4, status)

    def _status_width(self) -> int:
        """The width the widest status text needs, from the texts the column can show (Qt's
        own measure reads up to a thousand rows at every sort and filter)."""
        model = self.model()
        if not isinstance(model, LicenseTableModel):
            return self.sizeHintForColumn(4)
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in model.status_texts())
        return widest + self._cell_padding(model)

    def _cell_padding(self, model: LicenseTableModel) -> int:
        """What a cell adds around its text (the style's margins, the grid line), measured on
        the first row once there is one."""
        if model.rowCount() == 0:
            return 16
        index = model.index(0, 4)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        cell = self.itemDelegateForIndex(index).sizeHint(option, index).width()
        text = self.fontMetrics().horizontalAdvance(str(index.data()))
        return cell - text + (1 if self.showGrid() else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_by_key.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class LicensesPage(Retranslatable, QWidget):
    """The filer's licenses and websites; Change Access and View progress act on the selection.

    Signals:
        open_change_access(int): website id to edit.
        open_status(int): change id whose progress to show.
    """

    open_change_access = Signal(int)
    open_status = Signal(int)

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.model = LicenseTableModel(backend, parent=self)

        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(self.title)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.on_search_text_changed)
        bar.addWidget(self.search, 1)
        self.status_filter = QComboBox(self)
        for code in FILTER_CODES:
            self.status_filter.addItem("", code)
        self.status_filter.currentIndexChanged.connect(self.on_status_filter_changed)
        bar.addWidget(self.status_filter)
        self.spinner = BusySpinner(self)
        bar.addWidget(self.spinner)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.table = _WebsiteTable(self)
        self.table.setModel(self.model)
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
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the IPs take the rest
        header.setStretchLastSection(False)
        self.table.fit_columns()
        for signal in (
            self.model.modelReset,
            self.model.layoutChanged,
            self.model.headerDataChanged,
        ):
            signal.connect(self.table.fit_columns)  # the status names' width may change
        self.table.doubleClicked.connect(self.on_table_activated)
        self.table.activated_by_key.connect(self.on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = EmptyState(self.table)
        # what the chosen filter shows, in words (the filter names alone left users guessing)
        self.filter_hint = QLabel(self)
        self.filter_hint.setWordWrap(True)
        self.filter_hint.setEnabled(False)
        self.filter_hint.hide()
        layout.addWidget(self.filter_hint)
        layout.addWidget(self.table, 1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.codes_button = QPushButton(self)
        self.codes_button.clicked.connect(self.on_codes_clicked)
        buttons.addWidget(self.codes_button)
        buttons.addStretch(1)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.refresh)
        buttons.addWidget(self.reload_button)
        self.progress_button = QPushButton(self)
        self.progress_button.clicked.connect(self.on_progress_clicked)
        buttons.addWidget(self.progress_button)
        self.change_button = QPushButton(self)
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
        self._load_error: Exception | None = None
        self.retranslate_ui()
        self._update_buttons()

    # --- page contract ---------------------------------------------------------------------

    def connect_navigation(self, navigator: Navigator) -> None:
        self.open_change_access.connect(navigator.open_change_access)
        self.open_status.connect(navigator.open_status)

    def shows_countdown_of(self, _change_id: int) -> bool:
        return False

    def activate(self, **_target: int) -> None:
        """Load the first page on first show; later shows keep the user's place and bring the
        selected website up to date (events keep the other rows current)."""
        if not self._activated:
            self._activated = True
            self._run_query()
            return
        website = self.selected_website()
        if website is not None:
            self.refresh_website(website.id)

    def on_codes_clicked(self) -> None:
        from icp_desktop.ui.widgets.authorization_codes_dialog import AuthorizationCodesDialog

        AuthorizationCodesDialog.open_for(self, self._backend)

    def refresh(self) -> None:
        """Reload from the service (e.g. after an event about one of the filer's changes)."""
        self.model.reload()

    def on_event(self, event: Event) -> None:
        """A change of one of the filer's websites moved on: update that row only."""
        if event.website_id:
            self.refresh_website(event.website_id)

    def refresh_website(self, website_id: int) -> None:
        """Read one loaded website again (its open change may have moved on)."""
        if self.model.row_of(website_id) < 0:
            return
        self._backend.call(
            lambda api: api.get_website(website_id), self.model.update_website, lambda _error: None
        )

    def retranslate_ui(self) -> None:
        """Every text of the page, from its source strings and the loaded websites."""
        self.title.setText(self.tr("Licenses and websites"))
        self.search.setPlaceholderText(self.tr("Search license number, website name or domain"))
        self.search.setAccessibleName(self.tr("Search websites"))
        self.status_filter.setAccessibleName(self.tr("Filter by change status"))
        self.table.setAccessibleName(self.tr("Licenses and websites"))
        self.codes_button.setText(self.tr("Authorization codes…"))
        self.codes_button.setToolTip(
            self.tr("Let another account file websites on one of your servers")
        )
        self.reload_button.setText(self.tr("Reload"))
        self.progress_button.setText(self.tr("View progress"))
        self.change_button.setText(self.tr("Change Access"))
        # A fixed width: the count changes while pages load and must not re-lay out the table.
        widest = (
            self.tr("{0} websites").format("100,000,000")
            + " "
            + self.tr("({0} loaded)").format("100,000,000")
            + " · "
            + self.tr("loading…")
        )
        self.count_label.setFixedWidth(self.count_label.fontMetrics().horizontalAdvance(widest))
        if self._load_error is not None:
            self.on_model_load_failed(self._load_error)
        self._word_filters()
        self.model.retranslate()
        self._update_count()

    def _word_filters(self) -> None:
        """Each filter's name and, as its tooltip and the hint below, what it shows."""
        for i in range(self.status_filter.count()):
            code = str(self.status_filter.itemData(i))
            self.status_filter.setItemText(i, self.filter_name(code))
            self.status_filter.setItemData(
                i, self.filter_meaning(code), Qt.ItemDataRole.ToolTipRole
            )
        self._update_filter_hint()

    def filter_name(self, code: str) -> str:
        names = {
            "": self.tr("All websites"),
            "none": self.tr("No open change"),
            "approved": self.tr("Latest change approved (filed)"),
            "withdrawn": self.tr("Latest change withdrawn"),
        }
        return names.get(code) or self.tr("Open change: {0}").format(status_label(code, short=True))

    def filter_meaning(self, code: str) -> str:
        if code == "":
            return self.tr("Every website of your licenses.")
        if code == "none":
            return self.tr(
                "Websites without an open change (never changed, or the latest "
                "change approved or withdrawn): a Change Access can be started."
            )
        if code == "approved":
            return self.tr(
                "Websites whose latest change was approved and filed, with no "
                "change open now — including one you just finished."
            )
        if code == "withdrawn":
            return self.tr("Websites whose latest change was withdrawn, with no change open now.")
        return self.tr("Websites with an open change that is now: {0}.").format(status_label(code))

    def _update_filter_hint(self) -> None:
        code = self.current_status()
        self.status_filter.setToolTip(self.filter_meaning(code))
        self.filter_hint.setText(self.tr("Showing: {0}").format(self.filter_meaning(code)))
        self.filter_hint.setVisible(bool(code))
        self._update_empty_text()

    def _update_empty_text(self) -> None:
        if self.model.loading and self.model.total < 0:
            text = self.tr("Loading your websites…")
        elif self.search.text().strip() or self.current_status():
            text = self.tr(
                "No website matches. Shown here: {0} Clear the search (Esc) or choose All websites."
            ).format(self.filter_meaning(self.current_status()))
        else:
            text = self.tr(
                "No websites yet. The websites of your ICP filings (备案) appear "
                "here once the filing is approved, with their associated service "
                "IPs; a Change Access starts from here."
            )
        self.empty.set_text(text)

    # --- search and filter -----------------------------------------------------------------

    def on_find_shortcut(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def on_search_text_changed(self, text: str) -> None:
        self.model.filter_loaded(text, self.current_status())
        self._search_timer.start()

    def on_status_filter_changed(self, _index: int) -> None:
        self._update_filter_hint()
        self.model.filter_loaded(self.search.text(), self.current_status())
        self._search_timer.stop()
        self._run_query()

    def current_status(self) -> str:
        return str(self.status_filter.currentData() or "")

    def _run_query(self) -> None:
        self.message.hide()
        self._load_error = None
        self.model.set_query(self.search.text(), self.current_status(), force=True)

    # --- selection and actions -------------------------------------------------------------

    def selected_website(self) -> Website | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.website_at(rows[0].row()) if rows else None

    @staticmethod
    def progress_change(website: Website | None) -> ChangeRef | None:
        """The change whose progress View progress shows: the open one, else the latest
        (a finished change's record and timeline stay reachable)."""
        if website is None:
            return None
        return website.open_change or website.last_change

    def _update_buttons(self, *_args: object) -> None:
        website = self.selected_website()
        self.change_button.setEnabled(website is not None)
        self.progress_button.setEnabled(self.progress_change(website) is not None)

    def on_change_clicked(self) -> None:
        website = self.selected_website()
        if website is not None:
            self.open_change_access.emit(website.id)

    def on_progress_clicked(self) -> None:
        change = self.progress_change(self.selected_website())
        if change is not None:
            self.open_status.emit(change.id)

    def on_table_activated(self, index: QModelIndex) -> None:
        website = self.model.website_at(index.row())
        if website is None:
            return
        change = website.open_change
        # An editable change opens the editor; one under review opens its progress.
        if change and not change.status.is_editable:
            self.open_status.emit(change.id)
        else:
            self.open_change_access.emit(website.id)

    # --- feedback --------------------------------------------------------------------------

    def on_model_loading_changed(self, loading: bool) -> None:
        self.spinner.set_running(loading)
        self._update_count()
        self._update_empty_text()

    def on_model_load_failed(self, error: Exception | None) -> None:
        self._load_error = error  # worded again after a language switch
        if error is None:
            return
        detail = error_reason(error)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setText(self.tr("Could not load websites: {0}").format(detail))
        self.message.show()

    def _update_count(self, *_args: object) -> None:
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
