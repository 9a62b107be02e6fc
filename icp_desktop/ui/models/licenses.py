"""The filer's websites as a table model, loaded page by page from the filing service.

A plain Python list behind a ``QAbstractTableModel``: filtering and sorting happen on the list
(a proxy model calls ``data()`` per row and is far too slow at 100,000 rows). Pages arrive
through ``canFetchMore``/``fetchMore``; the search text and status filter are applied by the
service (``q``, ``status``) and, for instant feedback while the service answers, to the rows
already loaded.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from icp_desktop.domain.status import ChangeStatus
from icp_desktop.ui import collector
from icp_desktop.ui.calls import Call
from icp_desktop.ui.models.row_lists import ChunkedRelease, position
from icp_desktop.ui.models.website_rows import COLUMNS, SORT_KEYS, WebsiteRow, narrow
from icp_desktop.ui.presenters.workflow import status_label
from icp_desktop.ui.widgets.administration_stage import list_left_text, short_left_text

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from icp_desktop.client.models import Website, WebsitePage
    from icp_desktop.ui.page_backend import PageBackend

Index = QModelIndex | QPersistentModelIndex
WEBSITE_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ToolTipRole.value)
_WEBSITE = int(WEBSITE_ROLE)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
PAGE_SIZE = 500
SCAN_CHUNK = 5_000  # rows filtered per event-loop turn: a few milliseconds
SHOW_EVERY_MS = 150  # while pages stream in, arrived rows are shown at most this often
COUNTDOWN_EVERY_MS = 30_000  # the SMS verification countdowns in the list move this often


class PageOfRows:
    """A page of websites as rows, made on the worker thread (the rows' keys are computed
    there, not on the GUI thread)."""

    __slots__ = ("next_cursor", "rows", "total")

    def __init__(self, page: WebsitePage) -> None:
        self.rows = [WebsiteRow(website) for website in page.items]
        self.next_cursor = page.next_cursor
        self.total = page.total


class LicenseTableModel(QAbstractTableModel):
    """Websites with their license number, name, domain, associated IPs and open change.

    Args:
        backend: runs the service calls off the GUI thread.
        page_size: rows asked per request.

    Signals:
        loading_changed(bool): a page request is out / answered.
        total_changed(int): the number of matching websites reported by the service (-1: unknown).
        load_failed(object): the ApiError of a failed page request.
    """

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self, backend: PageBackend, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._page_size = page_size
        self._loaded: list[WebsiteRow] = []  # rows of the current server query, its order
        self._ordered: list[WebsiteRow] = []  # the same rows in the current sort order
        self._rows: list[WebsiteRow] = []  # what the view shows: ordered, then filtered
        self._order_cache: dict[int, list[WebsiteRow]] = {}  # column -> loaded rows ascending
        self._status_text: dict[str, str] = {}  # status code -> its name, this language
        self._scan: tuple[list[WebsiteRow], int] | None = None  # rows left to filter, from
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.setInterval(0)
        self._scan_timer.timeout.connect(self._on_scan_timer)
        # Rows a new query replaced, let go of a few per turn: dropping them all at once would
        # free every row on the GUI thread in one long stall.
        self._release = ChunkedRelease(self)
        # Rows of later pages not yet in the view: every insert repaints the visible rows (text
        # layout of each cell), so pages arriving back to back are shown together.
        self._arrived: list[WebsiteRow] = []
        self._resort_due = False  # sorted, and pages arrived since the rows were sorted
        self._shown_at = 0.0  # time.monotonic() of the last insert of arrived rows
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self.show_arrived)
        self._query = ""
        self._status = ""
        self._needle = ""
        self._cursor: str | None = None
        self._more = False  # the service has more pages for the current query
        self._pending: Call[PageOfRows] | None = None
        self._total = -1
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._countdown_timer = QTimer(self)
        self._countdown_timer.setInterval(COUNTDOWN_EVERY_MS)
        self._countdown_timer.timeout.connect(self._on_countdown_timer)

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

    def website_at(self, row: int) -> Website | None:
        return self._rows[row].website if 0 <= row < len(self._rows) else None

    def row_of(self, website_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.website.id == website_id:
                return i
        return -1

    def update_website(self, website: Website) -> None:
        """Replace one loaded website (e.g. its open change moved on) without reloading."""
        old = next((r for r in self._loaded if r.website.id == website.id), None)
        if old is None:
            return
        fresh = WebsiteRow(website)
        self._order_cache.clear()
        for rows in (self._loaded, self._ordered):
            if old in rows:
                rows[rows.index(old)] = fresh
        if old in self._arrived:
            self._arrived[self._arrived.index(old)] = fresh
        if old in self._rows:
            i = self._rows.index(old)
            self._rows[i] = fresh
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
        self._watch_countdowns([fresh])

    # --- queries ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the service again for the current query from its first page."""
        self.set_query(self._query, self._status, force=True)

    def filter_loaded(self, query: str, status: str = "") -> None:
        """Narrow the rows already loaded at once, before the service answers.

        The first ``SCAN_CHUNK`` rows are filtered now, the rest a chunk per event-loop turn
        (rows inserted as found), so a keystroke over 100,000 rows costs one frame.
        """
        self.show_arrived()  # the rows already in the view are what a refinement narrows
        needle = query.strip().casefold()
        # Typing one more letter can only narrow: search the rows shown, not all loaded.
        refines = status == self._status and needle.startswith(self._needle)
        if refines and self._scan is not None:
            base, start = self._scan[0], self._scan[1]  # go on where the last scan was
            rows = narrow(self._rows, needle, status)
        else:
            base, start = (self._rows, 0) if refines else (self._ordered, 0)
            rows = []
        self._needle, self._status = needle, status
        self._scan = None
        end = start + SCAN_CHUNK
        self.beginResetModel()
        self._rows = rows + narrow(base[start:end], needle, status)
        self.endResetModel()
        if end < len(base):
            self._scan = (base, end)
            self._scan_timer.start()

    @property
    def filtering(self) -> bool:
        """True while the rows beyond the first chunk are still being filtered."""
        return self._scan is not None

    def finish_filtering(self) -> None:
        """Filter the remaining rows now (before a sort or a new page)."""
        while self._scan is not None:
            self._on_scan_timer()

    def _on_scan_timer(self) -> None:
        if self._scan is None:
            return
        base, start = self._scan
        end = start + SCAN_CHUNK
        found = narrow(base[start:end], self._needle, self._status)
        self._scan = (base, end) if end < len(base) else None
        if found:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self._rows.extend(found)
            self.endInsertRows()
        if self._scan is not None:
            self._scan_timer.start()

    def set_query(self, query: str, status: str = "", force: bool = False) -> None:
        """Show the websites matching ``query`` and ``status`` ('' all, 'none', a status code)."""
        query = query.strip()
        if not force and query == self._query and status == self._status and self._cursor:
            return
        self._query, self._status = query, status
        if self._pending is not None:
            self._pending.cancel()
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

        self._pending = self._backend.call(
            lambda api: PageOfRows(
                api.list_websites(
                    q=query or None, status=status or None, cursor=cursor, limit=limit
                )
            ),
            lambda page: self._on_page(page, first),
            self._on_page_failed,
        )
        self.loading_changed.emit(True)

    def _on_page(self, page: PageOfRows, first: bool) -> None:
        self._pending = None
        if first:
            self._scan = None  # the service's answer replaces what was being filtered
        else:
            self.finish_filtering()
        # The model's own list: the lists it lets go of are emptied (see ChunkedRelease).
        new = list(page.rows)
        self._cursor = page.next_cursor
        self._more = self._cursor is not None
        if first:
            self._show_timer.stop()
            self._arrived, self._resort_due = [], False
            self._release.release(
                [self._loaded, self._ordered, self._rows, *self._order_cache.values()]
            )
            self._loaded = new
            self._order_cache.clear()
            self._ordered = self._sorted_loaded()
            self._total = page.total if page.total is not None else -1
            self.beginResetModel()
            self._rows = narrow(self._ordered, self._needle, self._status)
            self.endResetModel()
            self._shown_at = time.monotonic()
            self.total_changed.emit(self._total)
        else:
            self._loaded.extend(new)
            self._order_cache.clear()
            if self._sort is None:
                self._ordered.extend(new)
                self._arrived.extend(narrow(new, self._needle, self._status))
            else:
                self._resort_due = True
            wait_ms = SHOW_EVERY_MS - (time.monotonic() - self._shown_at) * 1000
            if not self._more or wait_ms <= 0:
                self.show_arrived()
            elif not self._show_timer.isActive():
                self._show_timer.start(int(wait_ms) + 1)
        # The rows are out of the collector's sight from now on (see ui/collector.py).
        collector.freeze_what_exists()
        self._watch_countdowns(new)
        self.loading_changed.emit(False)

    @property
    def rows_waiting(self) -> bool:
        """True while rows of pages that arrived are not in the view yet."""
        return bool(self._arrived) or self._resort_due

    def show_arrived(self) -> None:
        """Put the rows of the pages that arrived since the last insert into the view now."""
        self._show_timer.stop()
        self._shown_at = time.monotonic()
        if self._resort_due and self._sort is not None:
            self.sort(*self._sort)  # sorts the loaded rows, the arrived ones among them
            return
        arrived, self._arrived = self._arrived, []
        if arrived:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(arrived) - 1)
            self._rows.extend(arrived)
            self.endInsertRows()

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

    def data(self, index: Index, role: int = 0) -> Any:
        # Called for every role of every visible cell at each repaint: refuse the roles the
        # table does not use before anything else, comparing plain ints.
        if role != _DISPLAY and role != _TOOLTIP and role != _WEBSITE:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == _WEBSITE:
            return row.website
        column = index.column()
        if column == 0 and role == _TOOLTIP:
            # The subject (主办单位) the license belongs to, on hover.
            w = row.website
            return f"{w.subject_name} ({w.subject_license_number})"
        if column == 3:
            return row.k3
        if column == 4:
            until = row.website.sms_verification_until
            if role == _TOOLTIP:
                tip = self.status_tooltip(row.website)
                if until:
                    tip += "\n" + short_left_text(self._seconds_until(until))
                return tip
            if until:  # awaiting MIIT SMS verification: the countdown says more than the status
                return list_left_text(self._seconds_until(until))
            text = self._status_text.get(row.k4)
            if text is None:
                code = row.k4.removeprefix("last:")
                text = self._status_text[row.k4] = status_label(
                    None if code == "none" else code, short=True
                )
            return text
        website = row.website
        return (website.license_number, website.name, website.domain)[column]

    @staticmethod
    def status_tooltip(website: Website) -> str:
        """What the status column means for this website: its open change, or the latest."""
        tr = QCoreApplication.translate
        open_change, last = website.open_change, website.last_change
        if open_change:
            return tr("LicenseTableModel", "Change #{0} is open: {1}").format(
                open_change.id, status_label(open_change.status)
            )
        if last:
            return tr(
                "LicenseTableModel",
                "No change is open; the latest, #{0}, is {1}. "
                "View progress shows its record and timeline.",
            ).format(last.id, status_label(last.status))
        return tr("LicenseTableModel", "No Change Access was ever filed for this website.")

    def _seconds_until(self, until: datetime) -> int:
        return int((until - self._backend.clock.now()).total_seconds())

    def _on_countdown_timer(self) -> None:
        """Reword the status cells of rows counting down (every half minute, and only while
        some loaded row awaits SMS verification)."""
        if not any(r.website.sms_verification_until for r in self._loaded):
            self._countdown_timer.stop()
            return
        if self._rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self._rows) - 1, 4))

    def _watch_countdowns(self, arrived: list[WebsiteRow]) -> None:
        """Start the countdown timer when one of the rows that just ``arrived`` awaits SMS
        verification (only they are looked at: a page costs the same at 500 or 100,000)."""
        if not self._countdown_timer.isActive() and any(
            r.website.sms_verification_until for r in arrived
        ):
            self._countdown_timer.start()

    def status_texts(self) -> list[str]:
        """Every text the status column can show, in the current language: the view fits
        the column to these without measuring its rows."""
        codes: list[str | None] = [None, *(status.value for status in ChangeStatus)]
        texts = [status_label(code, short=True) for code in codes]
        return [*texts, list_left_text(23 * 3600 + 59 * 60), list_left_text(0)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def retranslate(self) -> None:
        """The interface language changed: status names and headers are asked for again."""
        self._status_text.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self._rows) - 1, 4))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column``; -1 restores the service's order."""
        if column >= len(COLUMNS):
            return
        self.finish_filtering()
        self._resort_due = False
        self.show_arrived()  # the arrived rows join the view, then all are sorted
        self._sort = (column, order) if column >= 0 else None
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = [self._rows[i.row()] for i in before]
        self._ordered = self._sorted_loaded()
        if self._needle or self._status:
            # The shown set stays the same; sorting it is cheaper than filtering all again.
            shown = set(map(id, self._rows))
            self._rows = (
                [r for r in self._ordered if id(r) in shown]
                if len(self._rows) > len(self._ordered) // 4
                else self._sort_rows(self._rows)
            )
        else:
            self._rows = list(self._ordered)
        if before:
            where: dict[int, int] = {}
            for row in old_rows:
                if id(row) not in where:
                    where[id(row)] = self._position(row)
            self.changePersistentIndexList(
                before,
                [
                    self.index(where[id(r)], i.column())
                    for r, i in zip(old_rows, before, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def _position(self, row: WebsiteRow) -> int:
        """Where ``row`` is in the rows shown (by its sort key when sorted)."""
        if self._sort is None:
            return position(self._rows, row)
        column, order = self._sort
        return position(
            self._rows, row, SORT_KEYS[column], descending=order == Qt.SortOrder.DescendingOrder
        )

    def _sorted_loaded(self) -> list[WebsiteRow]:
        """The loaded rows in the current order; each column's order is computed once."""
        if self._sort is None:
            return list(self._loaded)
        column, order = self._sort
        ascending = self._order_cache.get(column)
        if ascending is None:
            ascending = self._order_cache[column] = sorted(self._loaded, key=SORT_KEYS[column])
        return ascending[::-1] if order == Qt.SortOrder.DescendingOrder else list(ascending)

    def _sort_rows(self, rows: list[WebsiteRow]) -> list[WebsiteRow]:
        if self._sort is None:
            position = {id(r): i for i, r in enumerate(self._loaded)}
            return sorted(rows, key=lambda r: position[id(r)])
        column, order = self._sort
        return sorted(rows, key=SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
