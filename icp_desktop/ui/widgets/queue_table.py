"""The queue's table, its columns fitted to the width it has.

Each column takes the width its texts need. When together they need more than the table has
(the window's default width, a long due sentence, a filer's full name), the long free texts
give up width in proportion to what they can spare, ending in "…" with the whole text on
hover; the change number, the round and the status always show whole, so no column hides
behind a horizontal scroll bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from icp_desktop.ui.models.review_queue import COLUMNS, DOMAIN, DUE, FILER, WEBSITE

SHRINKABLE = (DUE, WEBSITE, DOMAIN, FILER)
NARROWEST = 90  # pixels a shrinking column keeps, or a third of what it wants if less


class QueueTable(QTableView):
    """The table of a queue view; its columns are fitted again when its rows, its header's
    words (a language switch) or its width change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)  # one line a change: a shortened text ends in "…"
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Fitting columns looks at a sample of rows, so a long queue stays quick to show.
        header.setResizeContentsPrecision(100)

    def viewportEvent(self, event: QEvent) -> bool:
        # the viewport, not the table: a vertical scroll bar coming narrows only the viewport
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)

    def fit_columns(self, *_args: object) -> None:
        """Give each shown column what its texts need, shrinking the long ones to fit."""
        if self.model() is None:
            return
        header = self.horizontalHeader()
        shown = [c for c in range(COLUMNS) if not self.isColumnHidden(c)]
        wanted = {c: max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in shown}
        excess = sum(wanted.values()) - self.viewport().width()
        if excess > 0:
            spare = {
                c: max(0, wanted[c] - min(NARROWEST, wanted[c] // 3))
                for c in SHRINKABLE
                if c in wanted
            }
            total = sum(spare.values())
            if total:
                for column, room in spare.items():
                    wanted[column] -= min(room, -(-excess * room // total))  # rounded up
        for column in shown:
            self.setColumnWidth(column, wanted[column])
