"""LicenseTableModel against the real filing service: paging, query, filter, sort, model checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from icp_desktop.client.models import Account
from icp_desktop.domain.status import Role
from icp_desktop.ui.backend import Backend
from icp_desktop.ui.models import licenses as licenses_model
from icp_desktop.ui.models.licenses import LicenseTableModel
from tests.helpers.live_server import LiveServer

DEMO_WEBSITES = 10  # websites of the demo filer in the demo data
YUNZHAN = 7  # of them, those whose domain has "yunzhan"


def loaded(qtbot: QtBot, model: LicenseTableModel, rows: int) -> None:
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == rows, timeout=10_000)


def test_pages_arrive_through_fetch_more(qtbot: QtBot, demo_backend: Backend) -> None:
    model = LicenseTableModel(demo_backend, page_size=4)
    model.set_query("")
    loaded(qtbot, model, 4)
    assert model.total == DEMO_WEBSITES
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one request at a time
    loaded(qtbot, model, 8)
    model.fetchMore()
    loaded(qtbot, model, DEMO_WEBSITES)
    assert not model.canFetchMore()
    numbers = [model.website_at(r).license_number for r in range(model.rowCount())]
    assert len(set(numbers)) == DEMO_WEBSITES
    assert all("ICP备" in n for n in numbers)
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == "北京云栈科技有限公司 (京ICP备20231234号)"  # the subject, on hover


def test_query_and_status_are_applied_by_the_service(qtbot: QtBot, demo_backend: Backend) -> None:
    model = LicenseTableModel(demo_backend, page_size=4)
    model.set_query("ZHANGWEI")  # case-insensitive, domain
    loaded(qtbot, model, 2)
    assert model.total == 2
    assert {model.website_at(r).domain for r in range(2)} == {
        "zhangwei-blog.cn",
        "zhangwei-photo.cn",
    }
    model.set_query("云栈商城")  # website name
    loaded(qtbot, model, 1)
    model.set_query("", "pending_first_review")
    qtbot.waitUntil(lambda: not model.loading and model.total >= 0, timeout=10_000)
    statuses = {model.website_at(r).open_change.status for r in range(model.rowCount())}
    assert statuses == {"pending_first_review"}
    assert model.rowCount() == 3  # the demo data has three changes awaiting first review
    assert model.data(model.index(0, 4)) == "Pending first review"
    model.set_query("", "none")
    qtbot.waitUntil(lambda: not model.loading and model.total >= 0, timeout=10_000)
    assert all(model.website_at(r).open_change is None for r in range(model.rowCount()))


def test_loaded_rows_are_narrowed_at_once(qtbot: QtBot, demo_backend: Backend) -> None:
    model = LicenseTableModel(demo_backend, page_size=50)
    model.set_query("")
    loaded(qtbot, model, DEMO_WEBSITES)
    model.filter_loaded("photo")  # no waiting: the rows already here are filtered in Python
    assert model.rowCount() == 1
    assert model.website_at(0).name == "光影集摄影作品"


def test_sorting_the_list_keeps_the_selection_on_its_row(
    qtbot: QtBot, demo_backend: Backend
) -> None:
    model = LicenseTableModel(demo_backend, page_size=50)
    model.set_query("")
    loaded(qtbot, model, DEMO_WEBSITES)
    kept = QPersistentModelIndex(model.index(0, 2))
    domain = model.data(kept)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    domains = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert domains == sorted(domains, reverse=True)
    assert model.data(model.index(kept.row(), 2)) == domain
    for column in (4, 3, 0):  # status has long runs of equal keys
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            assert model.data(model.index(kept.row(), 2)) == domain
    model.sort(-1)  # back to the service's order
    assert model.data(model.index(0, 2)) == domain


def test_model_passes_the_model_tester(qtbot: QtBot, demo_backend: Backend, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = LicenseTableModel(demo_backend, page_size=4)
    model.set_query("")
    loaded(qtbot, model, 4)
    qtmodeltester.check(model)
    # The tester asks for more rows itself; the pages it asked for arrive as inserts it checks.
    while model.canFetchMore() or model.loading:
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.rowCount() == DEMO_WEBSITES
    model.sort(1)
    model.filter_loaded("yunzhan")
    qtmodeltester.check(model)


def test_a_failed_page_is_reported(qtbot: QtBot, live_server: LiveServer, tmp_path: Path) -> None:
    demo_backend = Backend()
    demo_backend.set_server(live_server.url)
    demo_backend.set_session("not-a-token", Account(1, "demo", Role.FILER))
    model = LicenseTableModel(demo_backend)
    with qtbot.waitSignal(model.load_failed, timeout=10_000) as failed:
        model.set_query("")
    assert failed.args[0].status == 401
    assert model.rowCount() == 0 and not model.canFetchMore()
    assert demo_backend.shutdown()


def test_sorting_a_filtered_list_keeps_the_filter(qtbot: QtBot, demo_backend: Backend) -> None:
    model = LicenseTableModel(demo_backend, page_size=50)
    model.set_query("")
    loaded(qtbot, model, DEMO_WEBSITES)
    service_order = [model.website_at(r).id for r in range(model.rowCount())]
    model.filter_loaded("yunzhan")
    model.sort(1, Qt.SortOrder.DescendingOrder)
    names = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert len(names) == YUNZHAN and names == sorted(names, reverse=True)
    model.filter_loaded("")  # widening again keeps the chosen order
    domains = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert len(domains) == DEMO_WEBSITES
    names = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)
    model.sort(-1)
    assert [model.website_at(r).id for r in range(model.rowCount())] == service_order


def test_long_lists_are_filtered_a_chunk_per_turn(
    qtbot: QtBot, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(licenses_model, "SCAN_CHUNK", 2)
    model = LicenseTableModel(demo_backend, page_size=50)
    model.set_query("")
    loaded(qtbot, model, DEMO_WEBSITES)
    model.filter_loaded("y")
    assert model.filtering and model.rowCount() <= 2  # the first chunk only, at once
    model.filter_loaded("yunzhan")  # typed on while the rest is filtered
    qtbot.waitUntil(lambda: not model.filtering, timeout=5_000)
    assert model.rowCount() == YUNZHAN
    assert all("yunzhan" in model.website_at(r).domain for r in range(YUNZHAN))
    model.filter_loaded("zw")
    model.sort(2)  # a sort finishes the filtering first
    assert not model.filtering
    assert [model.data(model.index(r, 2)) for r in range(model.rowCount())] == ["zw-notes.cn"]
