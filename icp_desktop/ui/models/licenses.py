"""The filer's websites as a table model, loaded page by page from the filing service.

A plain Python list behind a ``QAbstractTableModel``: filtering and sorting happen on the list
(a proxy model calls ``data()`` per row and is far too slow at 100,000 rows). Pages arrive
through ``canFetchMore``/``fetchMore``; the search text and status filter are applied by the
service (``q``, ``status``) and, for instant feedback while the service answers, to the rows
already loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from icp_desktop.ui.widgets.labels import status_label

Index = QModelIndex | QPersistentModelIndex
WEBSITE_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 500

COLUMNS = ("license_number", "name", "domain", "ips", "status")


@dataclass(slots=True)
class WebsiteRow:
    """One website and what filtering and sorting need, computed once."""

    website: dict[str, Any]
    haystack: str = field(init=False)
    status: str = field(init=False)

    def __post_init__(self) -> None:
        w = self.website
        self.haystack = f"{w['license_number']}\x00{w['name']}\x00{w['domain']}".casefold()
        self.status = (w.get("open_change") or {}).get("status") or "none"

    def matches(self, needle: str, status: str) -> bool:
        return (not needle or needle in self.haystack) and (not status or status == self.status)

    def sort_key(self, column: int) -> Any:
        name = COLUMNS[column]
        if name == "ips":
            return ", ".join(self.website["ips"])
        if name == "status":
            return self.status
        return str(self.website[name]).casefold()


class LicenseTableModel(QAbstractTableModel):
    """Websites with their license number, name, domain, associated IPs and open change.

    Args:
        backend: runs ``fn(api_client)`` off the GUI thread (``call``/``cancel``).
        page_size: rows asked per request.

    Signals:
        loading_changed(bool): a page request is out / answered.
        total_changed(int): the number of matching websites reported by the service (-1: unknown).
        load_failed(object): the ApiError of a failed page request.
    """

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    load_failed = Signal(object)

    def __init__(self, backend: Any, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._page_size = page_size
        self._loaded: list[WebsiteRow] = []  # rows of the current server query
        self._rows: list[WebsiteRow] = []  # what the view shows: loaded, filtered, sorted
        self._query = ""
        self._status = ""
        self._needle = ""
        self._cursor: str | None = None
        self._more = False  # the service has more pages for the current query
        self._pending: int | None = None
        self._total = -1
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- state for the page ----------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._pending is not None

    @property
    def loaded_count(self) -> int:
        return len(self._loaded)

    def website_at(self, row: int) -> dict[str, Any] | None:
        return self._rows[row].website if 0 <= row < len(self._rows) else None

    def row_of(self, website_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.website["id"] == website_id:
                return i
        return -1

    def update_website(self, website: dict[str, Any]) -> None:
        """Replace one loaded website (e.g. its open change moved on) without reloading."""
        for i, row in enumerate(self._loaded):
            if row.website["id"] == website["id"]:
                self._loaded[i] = fresh = WebsiteRow(website)
                break
        else:
            return
        for i, row in enumerate(self._rows):
            if row.website["id"] == website["id"]:
                self._rows[i] = fresh
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return

    # --- queries ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the service again for the current query from its first page."""
        self.set_query(self._query, self._status, force=True)

    def filter_loaded(self, query: str, status: str = "") -> None:
        """Narrow the rows already loaded at once, before the service answers."""
        self._needle = query.strip().casefold()
        self._status = status
        self.beginResetModel()
        self._rows = [r for r in self._loaded if r.matches(self._needle, status)]
        self._apply_sort()
        self.endResetModel()

    def set_query(self, query: str, status: str = "", force: bool = False) -> None:
        """Show the websites matching ``query`` and ``status`` ('' all, 'none', a status code)."""
        query = query.strip()
        if not force and query == self._query and status == self._status and self._cursor:
            return
        self._query, self._status = query, status
        if self._pending is not None:
            self._backend.cancel(self._pending)
            self._pending = None
        self.filter_loaded(query, status)
        self._cursor = None
        self._more = True
        self._request_page(first=True)

    # --- paging ----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._pending is None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request_page(first=False)

    def _request_page(self, first: bool) -> None:
        query, status, cursor, limit = self._query, self._status, self._cursor, self._page_size

        def fetch(api: Any) -> dict[str, Any]:
            return api.list_websites(
                q=query or None, status=status or None, cursor=cursor, limit=limit
            )

        self._pending = self._backend.call(
            fetch,
            lambda page: self._on_page(page, first),
            self._on_page_failed,
        )
        self.loading_changed.emit(True)

    def _on_page(self, page: dict[str, Any], first: bool) -> None:
        self._pending = None
        new = [WebsiteRow(item) for item in page.get("items", [])]
        self._cursor = page.get("next_cursor")
        self._more = self._cursor is not None
        if first:
            self._loaded = new
            total = page.get("total")
            self._total = int(total) if total is not None else -1
            self.beginResetModel()
            self._rows = [r for r in new if r.matches(self._needle, self._status)]
            self._apply_sort()
            self.endResetModel()
            self.total_changed.emit(self._total)
        else:
            self._loaded.extend(new)
            shown = [r for r in new if r.matches(self._needle, self._status)]
            if shown:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(shown) - 1)
                self._rows.extend(shown)
                self.endInsertRows()
                if self._sort is not None:
                    self.sort(*self._sort)
        self.loading_changed.emit(False)

    def _on_page_failed(self, error: Exception) -> None:
        self._pending = None
        self._more = False  # no retry loop from the view; the page offers reload
        self.loading_changed.emit(False)
        self.load_failed.emit(error)

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if not 0 <= section < len(COLUMNS):
            return None
        tr = QCoreApplication.translate
        return (
            tr("LicenseTableModel", "License number"),
            tr("LicenseTableModel", "Website name"),
            tr("LicenseTableModel", "Domain"),
            tr("LicenseTableModel", "Associated service IPs"),
            tr("LicenseTableModel", "Change status"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == WEBSITE_ROLE:
            return row.website
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        name = COLUMNS[index.column()]
        if name == "ips":
            return ", ".join(row.website["ips"])
        if name == "status":
            return status_label(None if row.status == "none" else row.status)
        return str(row.website[name])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column``; -1 restores the service's order."""
        if column >= len(COLUMNS):
            return
        self._sort = (column, order) if column >= 0 else None
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = [self._rows[i.row()] for i in before]
        self._apply_sort()
        position = {id(r): i for i, r in enumerate(self._rows)}
        after = [
            self.index(position[id(r)], i.column())
            for r, i in zip(old_rows, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            position = {id(r): i for i, r in enumerate(self._loaded)}
            self._rows.sort(key=lambda r: position.get(id(r), 0))
            return
        column, order = self._sort
        self._rows.sort(
            key=lambda r: r.sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder
        )
