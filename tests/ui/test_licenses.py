"""The Licenses page against the real service: search as you type, status filter, sort, actions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from icp_desktop.ui.backend import Backend
from icp_desktop.ui.pages.licenses import LicensesPage
from tests.helpers.events import event
from tests.helpers.live_server import LiveServer, api_client


@pytest.fixture
def page(demo_backend: Backend, qtbot: QtBot) -> Iterator[LicensesPage]:
    page = LicensesPage(demo_backend)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    page.activate()
    settled(qtbot, page)
    yield page


def settled(qtbot: QtBot, page: LicensesPage) -> None:
    qtbot.waitUntil(
        lambda: (
            not page.model.loading and not page._search_timer.isActive() and page.model.total >= 0
        ),
        timeout=10_000,
    )


def domains(page: LicensesPage) -> list[str]:
    return [page.model.website_at(r).domain for r in range(page.model.rowCount())]


def select_domain(page: LicensesPage, domain: str) -> None:
    page.table.selectRow(domains(page).index(domain))


def test_first_page_shows_the_filers_websites_and_their_count(page: LicensesPage) -> None:
    assert page.model.rowCount() == 10
    assert page.count_label.text() == "10 websites"
    assert not page.spinner.running
    first = [page.model.index(0, c).data() for c in range(5)]
    assert first == [
        "京ICP备20231234号-1",
        "云栈科技官网",
        "yunzhan-tech.cn",
        "47.93.18.21",
        "No open change",
    ]
    assert not page.change_button.isEnabled()  # nothing selected yet


def test_search_narrows_at_once_then_asks_the_service(qtbot: QtBot, page: LicensesPage) -> None:
    qtbot.keyClicks(page.search, "zhangwei")
    # Already narrowed from the loaded rows before the service was asked.
    assert sorted(domains(page)) == ["zhangwei-blog.cn", "zhangwei-photo.cn"]
    settled(qtbot, page)
    assert page.model.total == 2 and page.count_label.text() == "2 websites"
    page.search.clear()
    settled(qtbot, page)
    assert page.model.rowCount() == 10


def test_status_filter_and_view_progress(qtbot: QtBot, page: LicensesPage) -> None:
    page.status_filter.setCurrentIndex(page.status_filter.findData("first_review_rejected"))
    settled(qtbot, page)
    assert domains(page) == ["shop.yunzhan-tech.cn"]
    assert page.model.index(0, 4).data() == "First review rejected"
    page.table.selectRow(0)
    assert page.progress_button.isEnabled()
    with qtbot.waitSignal(page.open_status) as opened:
        page.progress_button.click()
    change_id = opened.args[0]
    assert change_id == page.model.website_at(0).open_change.id
    page.status_filter.setCurrentIndex(page.status_filter.findData("none"))
    settled(qtbot, page)
    assert "shop.yunzhan-tech.cn" not in domains(page) and "yunzhan-tech.cn" in domains(page)


def test_enter_opens_change_access_or_progress(qtbot: QtBot, page: LicensesPage) -> None:
    select_domain(page, "yunzhan-tech.cn")  # no open change: edit it
    with qtbot.waitSignal(page.open_change_access) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [1]
    select_domain(page, "docs.yunzhan-tech.cn")  # awaiting first review: follow it
    with qtbot.waitSignal(page.open_status):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    select_domain(page, "shop.yunzhan-tech.cn")  # rejected: fix it (Modify and Submit)
    with qtbot.waitSignal(page.open_change_access):
        page.on_table_activated(page.table.currentIndex())


def test_clicking_a_header_sorts_and_keeps_the_selection(qtbot: QtBot, page: LicensesPage) -> None:
    select_domain(page, "zw-notes.cn")
    header = page.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(2) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert header.sortIndicatorSection() == 2
    assert domains(page) == sorted(domains(page), reverse=descending)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert domains(page) == sorted(domains(page), reverse=not descending)
    assert page.selected_website().domain == "zw-notes.cn"


def test_an_event_updates_the_one_row_it_concerns(
    qtbot: QtBot, page: LicensesPage, live_server: LiveServer
) -> None:
    row = domains(page).index("blog.yunzhan-tech.cn")
    change_id = page.model.website_at(row).open_change.id
    assert page.model.index(row, 4).data() == "Pending first review"
    with api_client(live_server.url, "reviewer") as reviewer:
        reviewer.post(
            f"/v1/change-requests/{change_id}/review", json={"decision": "approve"}
        ).raise_for_status()
    with qtbot.waitSignal(page.model.dataChanged, timeout=10_000):
        page.on_event(
            event(
                {
                    "kind": "first_review.approved",
                    "change_id": change_id,
                    "website_id": page.model.website_at(row).id,
                }
            )
        )
    assert page.model.index(row, 4).data() in (
        "Approved, awaiting submission",
        "Under administration review",
    )
    assert page.model.rowCount() == 10


def test_keyboard_finds_and_clears(qtbot: QtBot, page: LicensesPage) -> None:
    page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "notes")
    assert domains(page) == ["zw-notes.cn"]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    settled(qtbot, page)
    assert page.model.rowCount() == 10


def test_the_page_shows_it_is_loading_until_the_service_answers(
    qtbot: QtBot, page: LicensesPage
) -> None:
    page.refresh()
    assert page.spinner.running and page.model.loading
    assert page.count_label.text().endswith("loading…")
    settled(qtbot, page)
    assert not page.spinner.running and page.count_label.text() == "10 websites"


def test_coming_back_keeps_the_place_and_updates_the_selected_row(
    qtbot: QtBot, page: LicensesPage, live_server: LiveServer
) -> None:
    select_domain(page, "yunzhan-tech.cn")
    row = page.table.currentIndex().row()
    with api_client(live_server.url, "demo") as demo:
        demo.post(
            "/v1/change-requests",
            json={"website_id": 1, "proposed_ips": ["47.93.18.21", "39.108.77.13"]},
            headers={"Idempotency-Key": "k-back-1"},
        ).raise_for_status()
    with qtbot.waitSignal(page.model.dataChanged, timeout=10_000):
        page.activate()  # shown again, e.g. back from Change Access
    assert page.table.currentIndex().row() == row
    assert page.model.index(row, 4).data() == "Draft"
    assert page.progress_button.isEnabled()


def test_status_names_follow_a_language_switch(
    qtbot: QtBot, qapp: object, page: LicensesPage
) -> None:
    from icp_desktop.ui import i18n

    row = domains(page).index("yunzhan-tech.cn")
    assert page.model.index(row, 4).data() in ("No open change", "Draft")
    try:
        i18n.switch_language(qapp, "zh_CN")  # type: ignore[arg-type]
        qtbot.waitUntil(
            lambda: page.model.index(row, 4).data() in ("无进行中的变更", "草稿"), timeout=5_000
        )
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "备案号"
        assert page.status_filter.itemText(0) != "All statuses"
    finally:
        i18n.switch_language(qapp, "en")  # type: ignore[arg-type]
    qtbot.waitUntil(
        lambda: page.model.index(row, 4).data() in ("No open change", "Draft"), timeout=5_000
    )


def test_the_notifications_panel_leaves_every_column_in_view(
    qtbot: QtBot,
    make_controller: Any,
    sign_in: Any,
    live_server: LiveServer,
) -> None:
    controller = make_controller(live_server.url)
    sign_in(controller, "demo")
    window = controller.window
    window.resize(1100, 720)
    page = window.pages["licenses"]
    settled(qtbot, page)
    window.notifications_button.click()
    assert controller.dock.isVisible()
    header = page.table.horizontalHeader()

    def status_column_in_view() -> bool:
        right = header.sectionViewportPosition(4) + header.sectionSize(4)
        return right <= page.table.viewport().width() + 1

    qtbot.waitUntil(status_column_in_view, timeout=3_000)
    assert page.table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(4) >= page.table.sizeHintForColumn(4) - 2  # not cut off either
    assert controller.dock.width() <= window.width() // 3 + 10
