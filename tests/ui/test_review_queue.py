"""The reviewer's queue over the real service: order, overdue marking, filter, keyboard, place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from icp_desktop.client.wire import parse_api_time as parse_time
from icp_desktop.ui.models.review_queue import (
    CHANGE,
    DUE,
    FILER,
    OVERDUE_ROLE,
    ROUND,
    STATUS,
    QueueRows,
    ReviewQueueModel,
)
from icp_desktop.ui.pages.review_queue import ReviewQueuePage
from tests.helpers.clock import pinned_moment
from tests.helpers.live_server import LiveServer, start_live_server
from tests.ui.review_support import backend_for, file_change, set_due, signed_in


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The demo service: three pending first reviews, one of them overdue (demo_changes)."""
    server = start_live_server(tmp_path_factory.mktemp("queue-service"))
    yield {"server": server, "demo": signed_in(server.url, "demo")}
    server.stop()


@pytest.fixture
def page(qtbot: Any, service: dict[str, Any]) -> Iterator[ReviewQueuePage]:
    backend = backend_for(service["server"].url, "reviewer")
    page = ReviewQueuePage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 420)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3, timeout=10_000)
    yield page
    backend.shutdown()


def shown_ids(page: ReviewQueuePage) -> list[int]:
    return page.model.change_ids()


def test_most_urgent_first_with_overdue_marked_by_icon_and_text(
    page: ReviewQueuePage, service: dict[str, Any]
) -> None:
    model = page.model
    rows = [model.item(r) for r in range(model.rowCount())]
    due = [parse_time(item.due_at) for item in rows]
    assert due == sorted(due)  # most urgent first
    assert [item.overdue for item in rows] == [True, False, False]
    overdue = model.index(0, DUE)
    text = model.data(overdue)
    # A deadline over a year without holiday data says so (ICP_TEST_NOW moves the clock).
    guess = [r" \(estimated\)" if item.change.deadline.estimated else "" for item in rows]
    assert re.fullmatch(
        r"overdue by \d+ working days? \(due \d{1,2}/\d{1,2}/\d{4}\)" + guess[0], text
    ), text
    assert model.data(overdue, OVERDUE_ROLE) is True
    assert model.data(overdue, Qt.ItemDataRole.DecorationRole) is not None  # the warning icon
    in_time = model.index(1, DUE)
    assert re.fullmatch(
        r"due (today|in \d+ working days?) \(\d{1,2}/\d{1,2}/\d{4}\)" + guess[1],
        model.data(in_time),
    ), model.data(in_time)
    # No icon for a row in time, unless its day is an estimate (then the estimate's icon).
    assert (model.data(in_time, Qt.ItemDataRole.DecorationRole) is None) == (not guess[1])
    assert model.data(model.index(0, 2)).startswith("京ICP备")
    name = service["demo"].me().display_name
    assert model.data(model.index(0, FILER)) == (f"{name} (demo)" if name else "demo")
    counts = page.counts_label.text()
    assert "Pending first review: 3" in counts
    assert "Overdue: 1" in counts


def test_filter_narrows_to_matching_rows_and_back(page: ReviewQueuePage, qtbot: Any) -> None:
    by_domain = {
        page.model.item(r).change.website.domain: page.model.change_id(r)
        for r in range(page.model.rowCount())
    }
    qtbot.keyClicks(page.filter_edit, "HELP.yunzhan")
    assert shown_ids(page) == [by_domain["help.yunzhan-tech.cn"]]
    assert "Showing 1 of 3" in page.counts_label.text()
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "2408:4003:10a0::66")  # a proposed IP
    assert shown_ids(page) == [by_domain["blog.yunzhan-tech.cn"]]
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "no such website")
    assert shown_ids(page) == []
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    page.filter_edit.setFocus()
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)  # Esc clears the filter
    assert page.filter_edit.text() == ""
    assert len(shown_ids(page)) == 3


def test_keyboard_moves_through_the_queue_and_enter_opens(
    page: ReviewQueuePage, qtbot: Any
) -> None:
    ids = shown_ids(page)
    page.table.setFocus()
    assert page.view.selected_change_id() == ids[0]  # the most urgent is selected at first
    qtbot.keyClick(page.table, Qt.Key.Key_J)
    assert page.view.selected_change_id() == ids[1]
    qtbot.keyClick(page.table, Qt.Key.Key_K)
    assert page.view.selected_change_id() == ids[0]
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.view.selected_change_id() == ids[2]
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.view.selected_change_id() == ids[1]
    # J typed in the filter box is text, not navigation; Ctrl+Down still moves from there.
    page.filter_edit.setFocus()
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_J)
    assert page.filter_edit.text() == "j"
    page.filter_edit.clear()
    page.table.setFocus()
    with qtbot.waitSignal(page.open_review, timeout=2000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [ids[1]]


def test_queue_changed_keeps_the_selected_change_and_scroll_position(
    page: ReviewQueuePage, qtbot: Any, service: dict[str, Any]
) -> None:
    page.resize(1100, 190)  # small enough to scroll
    qtbot.waitUntil(lambda: page.table.verticalScrollBar().maximum() > 0, timeout=5000)
    chosen = shown_ids(page)[-1]
    assert page.view.select_change(chosen)
    scroll = page.table.verticalScrollBar().value()
    assert scroll > 0
    # A new, even more urgent change arrives: it sorts above the selected one.
    server: LiveServer = service["server"]
    newcomer = file_change(service["demo"], 1, ["47.93.18.21", "39.108.77.12"])
    set_due(server, newcomer.id, "first_review_due_at", pinned_moment() - timedelta(days=6))
    page.on_queue_changed({"kind": "queue.changed"})
    qtbot.waitUntil(lambda: newcomer.id in shown_ids(page), timeout=10_000)
    assert shown_ids(page)[0] == newcomer.id
    assert page.view.selected_change_id() == chosen
    assert page.table.verticalScrollBar().value() == scroll
    assert "Overdue: 2" in page.counts_label.text()


def test_queue_model_passes_the_model_tester(page: ReviewQueuePage, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.model)
    empty = ReviewQueueModel("administration_review")
    qtmodeltester.check(empty)


def test_switching_the_language_keeps_the_reviewers_place(
    page: ReviewQueuePage, qtbot: Any, qapp: Any
) -> None:
    from icp_desktop.ui import i18n

    chosen = shown_ids(page)[1]
    page.view.select_change(chosen)
    qtbot.keyClicks(page.filter_edit, "yunzhan")
    try:
        i18n.switch_language(qapp, "zh_CN")
        # Every widget gets its own LanguageChange event: wait for the last one to matter.
        qtbot.waitUntil(
            lambda: (
                page.counts_label.text().startswith("待初审")
                and page.model.headerData(DUE, Qt.Orientation.Horizontal) == "截止时间（北京时间）"
            ),
            timeout=5000,
        )
        assert page.title.text() == "初审队列"
        assert page.view.selected_change_id() == chosen
        assert page.filter_edit.text() == "yunzhan"
    finally:
        i18n.switch_language(qapp, "en")
    qtbot.waitUntil(
        lambda: page.counts_label.text().startswith("Pending first review"), timeout=5000
    )


def test_a_burst_of_queue_events_costs_two_fetches_not_one_each(
    page: ReviewQueuePage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = page.view._backend
    fetches: list[Any] = []
    real_call = backend.call

    def counting_call(fn: Any, on_ok: Any, on_err: Any = None) -> Any:
        fetches.append(fn)
        return real_call(fn, on_ok, on_err)

    monkeypatch.setattr(backend, "call", counting_call)
    selected = page.view.selected_change_id()
    for _ in range(20):
        page.on_queue_changed({"kind": "queue.changed"})
    assert page.view.busy.isVisible()  # the reviewer sees that it is working
    qtbot.waitUntil(lambda: len(fetches) == 2 and not page.view.busy.busy, timeout=10_000)
    qtbot.wait(200)  # nothing further is asked for
    assert len(fetches) == 2
    assert page.view.selected_change_id() == selected


def test_a_header_click_sorts_and_the_due_column_gives_the_order_back(
    page: ReviewQueuePage, qtbot: Any
) -> None:
    from icp_desktop.ui.models.review_queue import CHANGE

    urgent_first = shown_ids(page)
    from PySide6.QtCore import QPoint

    header = page.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(CHANGE) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert shown_ids(page) == sorted(urgent_first)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert shown_ids(page) == sorted(urgent_first, reverse=True)
    page.filter_edit.setText("yunzhan")  # a filter keeps the order
    assert shown_ids(page) == sorted(shown_ids(page), reverse=True)
    page.filter_edit.clear()
    page.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
    assert shown_ids(page) == urgent_first


def test_a_reviewer_browses_decided_changes(page: ReviewQueuePage, qtbot: Any) -> None:
    page.list_combo.setCurrentIndex(page.list_combo.findData("decided"))
    assert page.title.text() == "Decided changes"
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.view.busy.busy, timeout=10_000)
    statuses = {page.model.item(r).change.status for r in range(page.model.rowCount())}
    assert "pending_first_review" not in statuses and "draft" not in statuses
    assert "first_review_rejected" in statuses and "approved" in statuses
    page.filter_edit.setText("no such website anywhere")
    assert page.view.empty_label.isVisible()
    assert 'No change matches "no such website anywhere"' in page.view.empty_label.text()
    page.filter_edit.clear()
    page.list_combo.setCurrentIndex(page.list_combo.findData("first_review"))
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3 and not page.view.busy.busy, timeout=10_000)
    assert page.title.text() == "First review queue"


def test_an_empty_queue_says_what_would_be_there(qtbot: Any) -> None:
    from icp_desktop.ui.widgets.review_queue_view import QueueView

    class NoBackend:
        account = None

        def call(self, fn: Any, ok: Any, err: Any = None) -> None:
            ok(QueueRows([], {}))

    page = ReviewQueuePage(NoBackend())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    view: QueueView = page.view
    assert view.empty_label.isVisible()
    assert view.empty_label.text().startswith(
        "Nothing waits for first review. Changes filers submit appear here"
    )


def test_every_column_is_in_view_at_the_window_s_default_width(
    page: ReviewQueuePage, qtbot: Any
) -> None:
    """The queue in a page the width of the main window's: no column behind a horizontal
    scroll bar; the change number, round and status whole; a shortened text whole on hover."""
    page.resize(1060, 420)
    qtbot.wait(20)
    table = page.view.table
    assert table.horizontalScrollBar().maximum() == 0
    right = max(table.columnViewportPosition(c) + table.columnWidth(c) for c in range(9))
    assert right <= table.viewport().width()
    for column in (CHANGE, ROUND, STATUS):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
    model = page.model
    filer = model.data(model.index(0, FILER))
    assert filer in model.data(model.index(0, FILER), Qt.ItemDataRole.ToolTipRole)
    due = model.data(model.index(0, DUE))
    assert due in model.data(model.index(0, DUE), Qt.ItemDataRole.ToolTipRole)
