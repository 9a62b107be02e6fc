"""The licenses model lets go of the rows a new query replaced a chunk per event-loop turn.

Freeing 100,000 rows at once is ~100 ms of deallocation on the GUI thread, as long as a new
search's answer takes to show. The model shows the new answer at once and frees the old rows
over the following event-loop turns. Here chunks are two rows, so the demo filer's ten
websites stand in for a large list.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QTimer

from icp_desktop.ui.backend import Backend
from icp_desktop.ui.models import licenses as licenses_model
from icp_desktop.ui.models import row_lists
from icp_desktop.ui.models.licenses import LicenseTableModel
from icp_desktop.ui.models.website_rows import WebsiteRow

DEMO_WEBSITES = 10  # websites of the demo filer in the demo data
YUNZHAN = 7  # of them, those whose domain has "yunzhan"


class CountedRow(WebsiteRow):
    """A website row that counts its own deallocation."""

    __slots__ = ()
    freed: ClassVar[list[int]] = []

    def __del__(self) -> None:
        CountedRow.freed.append(id(self))


@pytest.fixture
def counted_rows(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    CountedRow.freed = []
    monkeypatch.setattr(licenses_model, "WebsiteRow", CountedRow)
    monkeypatch.setattr(row_lists, "RELEASE_CHUNK", 2)
    yield CountedRow.freed


def shown(model: LicenseTableModel) -> list[str]:
    return [model.data(model.index(r, 2)) for r in range(model.rowCount())]


def test_replaced_rows_are_freed_over_several_turns_after_the_new_answer_shows(
    qtbot: Any, demo_backend: Backend, counted_rows: list[int]
) -> None:
    model = LicenseTableModel(demo_backend, page_size=50)
    model.set_query("")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == DEMO_WEBSITES)
    assert counted_rows == []

    at_answer: dict[str, Any] = {}  # the moment the answer to a new search is in the model
    per_turn: list[int] = []  # then, rows freed so far at each later event-loop turn

    def count_this_turn() -> None:
        per_turn.append(len(counted_rows))
        if len(counted_rows) < DEMO_WEBSITES and len(per_turn) < 200:
            QTimer.singleShot(0, count_this_turn)

    def on_loading(loading: bool) -> None:
        if not loading and "freed" not in at_answer:
            at_answer["freed"] = len(counted_rows)
            at_answer["shown"] = shown(model)
            QTimer.singleShot(0, count_this_turn)

    model.loading_changed.connect(on_loading)
    model.set_query("yunzhan")
    qtbot.waitUntil(lambda: len(counted_rows) == DEMO_WEBSITES)  # nothing is kept

    # the answer was shown at once, complete and consistent, before any old row was freed
    assert len(at_answer["shown"]) == YUNZHAN
    assert all("yunzhan" in domain for domain in at_answer["shown"])
    assert at_answer["freed"] == 0
    # then the ten rows went a few per turn, over several turns
    partly = [n for n in per_turn if 0 < n < DEMO_WEBSITES]
    assert len(set(partly)) >= 2, per_turn
    assert per_turn == sorted(per_turn)
    assert shown(model) == at_answer["shown"]
