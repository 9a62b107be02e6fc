"""The table model behind the review queue and the operator's lists.

Rows are :class:`~icp_desktop.client.change_models.ReviewQueueItem` from
``GET /v1/review-queue``, kept in the server's order (most urgent first). Filtering
happens on the Python list followed by a model reset: cheap for a queue and far quicker than a
``QSortFilterProxyModel`` (PLATFORM_NOTES).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from icp_desktop.client.change_models import Change, ReviewQueue, ReviewQueueItem
from icp_desktop.domain.status import ChangeStatus
from icp_desktop.ui.formatting import beijing_date, beijing_label, beijing_time
from icp_desktop.ui.presenters.workflow import account_text, status_label
from icp_desktop.ui.widgets.deadline import (
    due_text,
    estimated_icon,
    estimated_reason,
    with_estimate,
)
from icp_desktop.ui.widgets.review_common import scheme_color

if TYPE_CHECKING:
    from icp_desktop.client.interface import FilingApi

Index = QModelIndex | QPersistentModelIndex
CHANGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2

DUE, CHANGE, LICENSE, WEBSITE, DOMAIN, FILER, ROUND, STATUS, BATCH = range(9)
COLUMNS = 9
#: what the reviewer's "decided" list shows: every status a first review leads to
DECIDED_STATUSES = (
    ChangeStatus.FIRST_REVIEW_REJECTED,
    ChangeStatus.PENDING_ADMINISTRATION_SUBMISSION,
    ChangeStatus.ADMINISTRATION_REVIEW,
    ChangeStatus.ADMINISTRATION_REJECTED,
    ChangeStatus.APPROVED,
)
DUE_ICON_SIZE = QSize(34, 16)  # overdue and estimated, side by side


class ReviewQueueModel(QAbstractTableModel):
    """Changes waiting for someone at the provider, most urgent first, filterable.

    Args:
        stage: ``first_review``, ``administration_submission``, ``administration_review`` or
            ``decided`` (changes past their first review); it decides how the due column reads.

    Rows keep the service's order (most urgent first) until a header is clicked
    (:meth:`sort`); changes of one planned migration name their batch in the last column.
    """

    def __init__(self, stage: str = "first_review", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stage = stage
        self._all: list[ReviewQueueItem] = []
        self._rows: list[ReviewQueueItem] = []
        self._haystacks: list[str] | None = None
        self._filter = ""
        self._icons: dict[tuple[bool, bool], QIcon] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._batch_sizes: dict[int, int] = {}

    # --- content ------------------------------------------------------------------------

    def set_items(self, items: list[ReviewQueueItem]) -> None:
        """Replace every row with a fresh answer from the service."""
        self.beginResetModel()
        self._all = list(items)
        self._haystacks = None
        self._batch_sizes = {}
        for item in self._all:
            migration = item.change.migration_id
            if migration:
                self._batch_sizes[migration] = self._batch_sizes.get(migration, 0) + 1
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose change id, license, name, domain, filer or IPs contain ``text``."""
        text = text.strip().casefold()
        if text == self._filter:
            return
        self.beginResetModel()
        self._filter = text
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[ReviewQueueItem]:
        if not self._filter:
            rows = list(self._all)
        else:
            if self._haystacks is None:
                # Built once per answer and only when a filter is typed.
                self._haystacks = [_haystack(item) for item in self._all]
            rows = [
                item
                for item, text in zip(self._all, self._haystacks, strict=True)
                if self._filter in text
            ]
        if self._sort is not None:
            column, order = self._sort
            rows.sort(
                key=lambda item: self._sort_key(item, column),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (a header click); a Python sort, then one layout change."""
        if not 0 <= column < COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._filtered()
        self.layoutChanged.emit()

    def _sort_key(self, item: ReviewQueueItem, column: int) -> tuple[Any, ...]:
        change = item.change
        if column == DUE:
            if self._stage == "decided":
                return (change.updated_at.isoformat(),)
            due = _due_at(item)
            return (due is None, due.isoformat() if due else "")
        if column == CHANGE:
            return (change.id,)
        if column == ROUND:
            return (change.round,)
        if column == BATCH:
            migration = change.migration_id
            return (migration is None, migration or 0, change.id)
        return (self._display(item, column).casefold(),)

    def batch_of(self, row: int) -> int | None:
        """The planned migration the change of ``row`` belongs to, if any."""
        if not 0 <= row < len(self._rows):
            return None
        return self._rows[row].change.migration_id or None

    def batch_items(self, migration_id: int) -> list[ReviewQueueItem]:
        """Every loaded row (filtered or not) of one migration."""
        return [item for item in self._all if item.change.migration_id == migration_id]

    def retranslate(self) -> None:
        """The UI language changed: every header and cell reads anew."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def item(self, row: int) -> ReviewQueueItem:
        return self._rows[row]

    def change_id(self, row: int) -> int:
        return self._rows[row].change.id

    def row_of(self, change_id: int) -> int:
        """The row showing ``change_id``, or -1."""
        for row, item in enumerate(self._rows):
            if item.change.id == change_id:
                return row
        return -1

    def change_ids(self) -> list[int]:
        return [item.change.id for item in self._rows]

    @property
    def total(self) -> int:
        """Rows before filtering."""
        return len(self._all)

    def overdue_count(self) -> int:
        return sum(1 for item in self._all if item.overdue)

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        # The due column's dates are Beijing days: its heading says so.
        due = beijing_label(
            {
                "first_review": self.tr("Due"),
                "administration_submission": self.tr("Submit to the administration by"),
                "administration_review": self.tr("Administration decides by"),
                "decided": self.tr("Last step"),
            }.get(self._stage, self.tr("Due"))
        )
        headers = [
            due,
            self.tr("Change"),
            self.tr("License number"),
            self.tr("Website name"),
            self.tr("Domain"),
            self.tr("Filer"),
            self.tr("Round"),
            self.tr("Status"),
            self.tr("Batch"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        change = item.change
        column = index.column()
        overdue = item.overdue
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The texts a narrow window may shorten with "…", in full.
            text = self._display(item, column)
            if column == DUE:
                tip = self.tr("Due at {time} (Beijing time)").format(time=beijing_time(item.due_at))
                deadline = change.deadline
                if deadline is not None and deadline.estimated:
                    tip += "\n" + estimated_reason(deadline)
                return f"{text}\n{tip}"
            if column == WEBSITE:
                return f"{text}\n{change.website.subject_name}"
            if column in (DOMAIN, FILER, STATUS, BATCH):
                return text or None
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == DUE:
            return self._due_icon(overdue, _estimated(change))
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == DUE:
            return QBrush(QColor(scheme_color("overdue")))
        if role == CHANGE_ID_ROLE:
            return change.id
        if role == OVERDUE_ROLE:
            return overdue
        return None

    def _display(self, item: ReviewQueueItem, column: int) -> str:
        change = item.change
        website = change.website
        if column == DUE:
            if self._stage == "decided":
                return beijing_time(change.updated_at)
            if self._stage == "administration_review":
                date = beijing_date(_due_at(item))
                if item.overdue:
                    text = self.tr("⚠ past the expected date {date}").format(date=date)
                else:
                    window = change.administration_window
                    text = self.tr("expected by {date} (up to {m} working days)").format(
                        date=date, m=window.working_days if window else 20
                    )
                return with_estimate(text) if _estimated(change) else text
            return due_text(item)
        if column == CHANGE:
            return f"#{change.id}"
        if column == LICENSE:
            return website.license_number
        if column == WEBSITE:
            return website.name
        if column == DOMAIN:
            return website.domain
        if column == FILER:
            return account_text(change.owner.username, change.owner.display_name)
        if column == ROUND:
            return str(change.round)
        if column == STATUS:
            return status_label(change.status)
        if column == BATCH:
            migration = change.migration_id
            if not migration:
                return ""
            return self.tr("Migration #{id} ({n} here)").format(
                id=migration, n=self._batch_sizes.get(migration, 1)
            )
        return ""

    def _due_icon(self, overdue: bool, estimated: bool) -> QIcon | None:
        """The warning sign for an overdue row and the ``estimated`` icon for an estimate, each
        in its own place of a two-icon strip (:data:`DUE_ICON_SIZE`), so they line up."""
        key = (overdue, estimated)
        if key == (False, False):
            return None
        if key not in self._icons:
            style = QApplication.style()
            warning = (
                style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                if style is not None
                else QIcon()
            )
            self._icons[key] = _strip(
                [warning if overdue else None, estimated_icon() if estimated else None]
            )
        return self._icons[key]


def _estimated(change: Change) -> bool:
    return change.deadline is not None and change.deadline.estimated


def _due_at(item: ReviewQueueItem) -> datetime | None:
    """When the row is due: the queue's due time, else the change's pending deadline."""
    deadline = item.change.deadline
    return item.due_at or (deadline.due_at if deadline else None)


def _strip(icons: list[QIcon | None], size: int = 16) -> QIcon:
    pixmap = QPixmap(DUE_ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    for i, part in enumerate(icons):
        if part is not None:
            part.paint(painter, i * (size + 2), 0, size, size)
    painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True)
class QueueRows:
    """A whole queue (every page of it), or the decided changes, as the table lists them;
    ``counts``: the service's number of changes per status (the queue only)."""

    items: list[ReviewQueueItem]
    counts: dict[str, int] = field(default_factory=dict)


def load_queue(api: FilingApi, stage: str) -> QueueRows:
    """Every page of the queue for ``stage`` (runs on the worker thread)."""
    items: list[ReviewQueueItem] = []
    counts: dict[str, int] = {}
    cursor: str | None = None
    while True:
        page: ReviewQueue = api.review_queue(stage=stage, cursor=cursor, limit=500)
        items.extend(page.items)
        counts = counts or dict(page.counts)
        cursor = page.next_cursor
        if not cursor:
            return QueueRows(items, counts)


def load_decided(api: FilingApi, limit: int = 500) -> QueueRows:
    """Changes past their first review, newest first, as queue rows (worker thread)."""
    items: list[ReviewQueueItem] = []
    for status in DECIDED_STATUSES:
        page = api.list_changes(status=status.value, limit=limit)
        items.extend(ReviewQueueItem(change) for change in page.items)
    items.sort(key=lambda item: item.change.updated_at, reverse=True)
    return QueueRows(items[:limit])


def _haystack(item: ReviewQueueItem) -> str:
    change = item.change
    website = change.website
    parts = [
        f"#{change.id}",
        website.license_number,
        website.name,
        website.domain,
        website.subject_name,
        account_text(change.owner.username, change.owner.display_name),
        " ".join(change.proposed_ips),
        " ".join(website.ips),
        f"migration #{change.migration_id}" if change.migration_id else "",
    ]
    return " ".join(parts).casefold()
