"""Pages that arrive back to back join the licenses table together, the last one at once.

Every insert makes the table repaint its visible rows, so while pages stream in (scrolling to
the end of 100,000 websites) the model shows the rows that arrived at most every
``SHOW_EVERY_MS``. The demo filer's ten websites in pages of four against the real service.
"""

from __future__ import annotations

from typing import Any

import pytest

from icp_desktop.ui.backend import Backend
from icp_desktop.ui.models import licenses as licenses_model
from icp_desktop.ui.models.licenses import LicenseTableModel

DEMO_WEBSITES = 10  # websites of the demo filer in the demo data


def first_page(qtbot: Any, backend: Backend) -> tuple[LicenseTableModel, list[tuple[int, int]]]:
    model = LicenseTableModel(backend, page_size=4)
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    model.set_query("")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 4)
    return model, inserts


def next_page(qtbot: Any, model: LicenseTableModel) -> None:
    model.fetchMore()
    assert model.loading
    qtbot.waitUntil(lambda: not model.loading)


def test_a_page_right_after_another_waits_for_the_last_one(
    qtbot: Any, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(licenses_model, "SHOW_EVERY_MS", 60_000)
    model, inserts = first_page(qtbot, demo_backend)
    next_page(qtbot, model)  # rows 5-8: loaded, not yet in the table
    assert model.loaded_count == 8 and model.rowCount() == 4 and model.rows_waiting
    assert inserts == []
    next_page(qtbot, model)  # the last page: shown at once, with the one before
    assert model.rowCount() == DEMO_WEBSITES and not model.rows_waiting
    assert inserts == [(4, DEMO_WEBSITES - 1)]  # one insert, one repaint, for both pages
    ids = [model.website_at(r).id for r in range(DEMO_WEBSITES)]
    assert len(set(ids)) == DEMO_WEBSITES


def test_a_waiting_page_is_shown_without_another_one(
    qtbot: Any, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(licenses_model, "SHOW_EVERY_MS", 3_000)
    model, inserts = first_page(qtbot, demo_backend)
    next_page(qtbot, model)
    assert model.rowCount() == 4
    qtbot.waitUntil(lambda: model.rowCount() == 8, timeout=10_000)
    assert inserts == [(4, 7)] and not model.rows_waiting


def test_typing_while_rows_wait_searches_them_too(
    qtbot: Any, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(licenses_model, "SHOW_EVERY_MS", 60_000)
    model, _inserts = first_page(qtbot, demo_backend)
    next_page(qtbot, model)
    model.filter_loaded(".cn")  # every demo domain ends so: the loaded rows, all eight
    assert model.rowCount() == 8 and not model.rows_waiting
    model.sort(2)
    domains = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert domains == sorted(domains, key=str.casefold) and len(domains) == 8
