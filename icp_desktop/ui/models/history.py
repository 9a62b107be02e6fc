"""A filer's changes, every status, newest first, as a table model paged from the service.

``GET /v1/change-requests`` filters on the service (``status``, ``q``: license number,
website name or domain, or ``#12``); pages arrive through ``canFetchMore``/``fetchMore``.
A filer has tens of changes, not 100,000: a plain list is enough.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from icp_desktop.client.change_models import Change, ChangePage
from icp_desktop.ui.calls import Call
from icp_desktop.ui.formatting import beijing_time, format_number
from icp_desktop.ui.presenters.workflow import status_label

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from icp_desktop.ui.page_backend import PageBackend

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
COLUMN_COUNT = 6


def _t(text: str) -> str:
    return QCoreApplication.translate("ChangeHistoryModel", text)


class ChangeHistoryModel(QAbstractTableModel):
    """Changes as rows: number, license number, website, status (with round), IPs, updated.

    Args:
        backend: runs the service calls off the GUI thread.

    Signals:
        loading_changed(bool): a page request is out / answered.
        load_failed(object): the ApiError of a failed request.
    """

    loading_changed = Signal(bool)
    load_failed = Signal(object)

    def __init__(
        self, backend: PageBackend, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._page_size = page_size
        self._rows: list[Change] = []
        self._query = ""
        self._status = ""
        self._cursor: str | None = None
        self._more = False
        self._pending: Call[ChangePage] | None = None
        self.loaded_once = False

    # --- state -----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._pending is not None

    @property
    def query(self) -> tuple[str, str]:
        """The search text and status filter of the rows shown."""
        return self._query, self._status

    def change_at(self, row: int) -> Change | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, change_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == change_id), -1)

    def update_change(self, change: Change) -> None:
        """A change moved on: replace its row (new changes come with a reload)."""
        row = self.row_of(change.id)
        if row >= 0:
            self._rows[row] = change
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    # --- queries ---------------------------------------------------------------------------

    def set_query(self, query: str, status: str = "") -> None:
        """Show the changes matching ``query`` and ``status`` ('' for all), from page one."""
        self._query, self._status = query.strip(), status
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        self._cursor = None
        self._more = True
        self._request_page(first=True)

    def reload(self) -> None:
        self.set_query(self._query, self._status)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._pending is None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request_page(first=False)

    def _request_page(self, first: bool) -> None:
        query, status, cursor, limit = self._query, self._status, self._cursor, self._page_size
        self._pending = self._backend.call(
            lambda api: api.list_changes(
                status=status or None, cursor=cursor, limit=limit, q=query or None
            ),
            lambda page: self._on_page(page, first),
            self._on_failed,
        )
        self.loading_changed.emit(True)

    def _on_page(self, page: ChangePage, first: bool) -> None:
        self._pending = None
        items = list(page.items)
        self._cursor = page.next_cursor
        self._more = self._cursor is not None
        if first:
            self.beginResetModel()
            self._rows = items
            self.endResetModel()
        elif items:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(items) - 1)
            self._rows.extend(items)
            self.endInsertRows()
        self.loaded_once = True
        self.loading_changed.emit(False)

    def _on_failed(self, error: Exception) -> None:
        self._pending = None
        self._more = False
        self.loading_changed.emit(False)
        self.load_failed.emit(error)

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (
            _t("Change"),
            _t("License number"),
            _t("Website"),
            _t("Status"),
            _t("Proposed IPs"),
            _t("Last update (Beijing time)"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        change = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return change
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        website = change.website
        column = index.column()
        if column == 0:
            return f"#{change.id}"
        if column == 1:
            return website.license_number
        if column == 2:
            return f"{website.name} · {website.domain}"
        if column == 3:
            text = status_label(change.status)
            if change.round > 1:
                text += " " + _t("(round {0})").format(format_number(change.round))
            return text
        if column == 4:
            return ", ".join(change.proposed_ips)
        return beijing_time(change.updated_at)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            )
