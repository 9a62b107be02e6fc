"""Deadlines over a year without holiday data, end to end: the status page and the reviewer's
queue say "estimated" in words and with the icon, and when the operator imports the year the
filer's open status page moves to the exact day by itself (``change.deadline_changed``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from icp_desktop.ui.models.review_queue import DUE
from icp_desktop.ui.pages.review_queue import ReviewQueuePage
from tests.helpers.live_server import LiveServer, api_client, start_live_server
from tests.server.test_calendar import NOTICE_2027
from tests.ui.review_support import backend_for

# An hour before 2027, a year the calendar package has no data for: the demo's pending first
# reviews are due by the end of the next working day, 1 January (元旦) counted as one.
NEW_YEARS_EVE = "2026-12-31T23:00+08:00"


@pytest.fixture
def eve_server(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "eve", env={"ICP_NOW": NEW_YEARS_EVE})
    yield server
    server.stop(timeout=3.0)


def pending_change(server: LiveServer, domain: str) -> dict[str, Any]:
    with api_client(server.url, "demo") as http:
        items = http.get("/v1/change-requests", params={"limit": 100}).json()["items"]
    return next(
        c
        for c in items
        if c["website"]["domain"] == domain and c["status"] == "pending_first_review"
    )


def test_an_estimate_says_so_and_the_open_status_page_follows_the_import(
    qtbot: QtBot,
    eve_server: LiveServer,
    make_controller: Callable[..., Any],
    sign_in: Callable[..., Any],
) -> None:
    change = pending_change(eve_server, "docs.yunzhan-tech.cn")
    assert change["deadline"]["estimated"] is True
    controller = make_controller(eve_server.url)
    with qtbot.waitSignal(controller.poller_ready, timeout=20_000):
        sign_in(controller, "demo")
    controller.window.open_page("review_status", change_id=change["id"])
    page = controller.window.pages["review_status"]
    qtbot.waitUntil(lambda: page.change is not None and not page.spinner.running, timeout=10_000)
    label = page.deadline
    assert label.text() == (
        "First review due by the end of Friday, January 1, 2027 "
        "(Beijing time) · 1 working day left (estimated)"
    )
    assert label.icon_shown()
    assert "there is no holiday data for 2027 yet" in label.toolTip()

    with api_client(eve_server.url, "operator") as http:
        saved = http.put("/v1/calendar/2027", json={"notice_text": NOTICE_2027, "version": 0})
        assert saved.status_code == 200, saved.text
        assert saved.json()["changes_recomputed"] >= 1
    # The service tells the filer's app; the page on screen reloads the change by itself.
    qtbot.waitUntil(lambda: "Monday, January 4, 2027" in label.text(), timeout=15_000)
    assert label.text() == (
        "First review due by the end of Monday, January 4, 2027 (Beijing time) · 1 working day left"
    )
    assert not label.icon_shown() and label.toolTip() == ""


def test_the_reviewers_queue_marks_estimates_with_words_icon_and_reason(
    qtbot: QtBot, eve_server: LiveServer
) -> None:
    backend = backend_for(eve_server.url, "reviewer")
    try:
        page = ReviewQueuePage(backend)
        qtbot.addWidget(page)
        page.activate()
        model = page.model
        qtbot.waitUntil(lambda: model.rowCount() >= 3 and not page.view.busy.busy, timeout=10_000)
        for row in range(model.rowCount()):
            deadline = model.item(row).change.deadline
            assert deadline is not None
            index = model.index(row, DUE)
            text = model.data(index)
            assert text.endswith(" (estimated)") is deadline.estimated, text
            if deadline.estimated:
                assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
                # (the demo's backdated overdue change keeps the flag of its first due day)
                assert "Estimated: there is no holiday data for " in model.data(
                    index, Qt.ItemDataRole.ToolTipRole
                )
        assert any(
            model.item(r).change.deadline.estimated  # type: ignore[union-attr]
            for r in range(model.rowCount())
        )
        assert model.headerData(DUE, Qt.Orientation.Horizontal) == "Due (Beijing time)"
    finally:
        backend.shutdown()
