"""Large lists of rows: finding a row in sorted order, and letting go of them in chunks.

:func:`position` finds where a row is in a list sorted by a key (after a sort: where each
selected row went). When a new query replaces 100,000 loaded rows, dropping the old lists
frees every row (its website dict, strings and lists) right there, one long stall of the GUI
thread. A :class:`ChunkedRelease` takes the lists instead and empties them from the end, a
bounded number of references per event-loop turn, so each turn stays short.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer

RELEASE_CHUNK = 5_000  # references dropped per event-loop turn: a few milliseconds


def position(
    rows: list[Any], row: Any, key: Callable[[Any], Any] | None = None, descending: bool = False
) -> int:
    """Where ``row`` (by identity) is in ``rows``, sorted by ``key``: a binary search on its
    key, then its run of equal keys; without a key, a full scan."""
    if key is not None:
        wanted = key(row)
        lo, hi = 0, len(rows)
        while lo < hi:
            mid = (lo + hi) // 2
            found = key(rows[mid])
            if (found > wanted) if descending else (found < wanted):
                lo = mid + 1
            else:
                hi = mid
        for i in range(lo, len(rows)):
            if rows[i] is row:
                return i
            if key(rows[i]) != wanted:
                break
    # Indexes of ints run in C without calling __eq__ per row: a few ms at 100,000.
    return list(map(id, rows)).index(id(row))


class ChunkedRelease(QObject):
    """Empties the lists given to :meth:`release`, ``RELEASE_CHUNK`` references per turn.

    A row is freed when the last list holding it lets go of it; the lists must not be used by
    anyone else once given here.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doomed: list[list[Any]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer)

    @property
    def pending(self) -> int:
        """References still to drop."""
        return sum(len(rows) for rows in self._doomed)

    def release(self, lists: Iterable[list[Any]]) -> None:
        self._doomed.extend(rows for rows in lists if rows)
        if self._doomed:
            self._timer.start()

    def _on_timer(self) -> None:
        budget = RELEASE_CHUNK
        while self._doomed and budget > 0:
            rows = self._doomed[-1]
            n = min(budget, len(rows))
            del rows[len(rows) - n :]
            budget -= n
            if not rows:
                self._doomed.pop()
        if self._doomed:
            self._timer.start()
