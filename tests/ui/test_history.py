"""A filer's history (issue 13, items 1 and 4): a finished change stays reachable.

Against the real service: a change is filed, approved at first review and by the
administration (recorded by the operator); then the Licenses page's status filter finds the
website, View progress opens the finished change, and the Change history page lists every
change, searchable and filterable, with the timeline of the selected one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from icp_desktop.client.errors import Conflict
from icp_desktop.client.models import Website
from icp_desktop.ui.backend import Backend
from icp_desktop.ui.pages.history import HistoryPage
from icp_desktop.ui.pages.licenses import LicensesPage
from tests.helpers.live_server import LiveServer
from tests.ui.review_support import SPARE_IPS, file_change, signed_in, websites


def complete_a_change(url: str) -> tuple[Website, int]:
    """File a change on a demo website without one open and see it approved to the end."""
    filer = signed_in(url, "demo")
    website = next(
        w for w in websites(filer).values() if not w.open_change and SPARE_IPS[0] not in w.ips
    )
    change = file_change(filer, int(website.id), [*website.ips, SPARE_IPS[0]])
    change_id = int(change.id)
    signed_in(url, "reviewer").review(change_id, "approve")
    operator = signed_in(url, "operator")
    if operator.get_change(change_id).status == "pending_administration_submission":
        try:
            operator.administration_submit(change_id)
        except Conflict:  # the service's own scheduler submitted it in between
            assert operator.get_change(change_id).status == "administration_review"
    operator.administration_result(change_id, "approve")
    assert filer.get_change(change_id).status == "approved"
    return website, change_id


@pytest.fixture(scope="module")
def finished(live_server: LiveServer) -> tuple[Website, int]:
    return complete_a_change(live_server.url)


@pytest.fixture
def licenses(demo_backend: Backend, qtbot: QtBot) -> Iterator[LicensesPage]:
    page = LicensesPage(demo_backend)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total >= 0, timeout=10_000)
    yield page


def choose_filter(qtbot: QtBot, page: LicensesPage, code: str) -> None:
    page.status_filter.setCurrentIndex(page.status_filter.findData(code))
    qtbot.waitUntil(
        lambda: not page.model.loading and not page._search_timer.isActive(), timeout=10_000
    )


def test_the_approved_filter_finds_the_website_just_finished_and_says_what_it_shows(
    qtbot: QtBot,
    finished: tuple[Website, int],
    licenses: LicensesPage,
) -> None:
    website, change_id = finished
    choose_filter(qtbot, licenses, "approved")
    shown = [licenses.model.website_at(r).id for r in range(licenses.model.rowCount())]
    assert website.id in shown
    assert (
        "approved" in licenses.filter_hint.text()
        and "no change open" in licenses.filter_hint.text()
    )
    assert licenses.filter_hint.isVisible()
    assert licenses.status_filter.currentText() == "Latest change approved (filed)"
    row = shown.index(website.id)
    assert licenses.model.index(row, 4).data() == "Approved (filed)"
    # View progress opens the finished change (its record and timeline)
    licenses.table.selectRow(row)
    assert licenses.progress_button.isEnabled()
    with qtbot.waitSignal(licenses.open_status) as opened:
        licenses.progress_button.click()
    assert opened.args == [change_id]


def test_a_filter_that_finds_nothing_says_what_would_be_there(
    qtbot: QtBot,
    finished: tuple[Website, int],
    licenses: LicensesPage,
) -> None:
    licenses.search.setText("no-such-website-anywhere")
    qtbot.waitUntil(
        lambda: not licenses.model.loading and not licenses._search_timer.isActive(), timeout=10_000
    )
    assert licenses.model.rowCount() == 0
    assert licenses.empty.shown
    assert "No website matches" in licenses.empty.text()
    assert "All websites" in licenses.empty.text()


@pytest.fixture
def history(demo_backend: Backend, qtbot: QtBot) -> Iterator[HistoryPage]:
    page = HistoryPage(demo_backend)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.loaded_once and not page.model.loading, timeout=10_000)
    yield page


def settle(qtbot: QtBot, page: HistoryPage) -> None:
    qtbot.waitUntil(
        lambda: not page.model.loading and not page._search_timer.isActive(), timeout=10_000
    )


def test_the_history_lists_every_change_with_its_timeline(
    qtbot: QtBot,
    finished: tuple[Website, int],
    history: HistoryPage,
) -> None:
    website, change_id = finished
    ids = [history.model.change_at(r).id for r in range(history.model.rowCount())]
    assert change_id in ids
    assert ids == sorted(ids, reverse=True)  # newest first
    statuses = {history.model.change_at(r).status for r in range(history.model.rowCount())}
    assert "approved" in statuses and len(statuses) > 1  # all statuses, not only open ones

    history.search.setText(f"#{change_id}")
    settle(qtbot, history)
    assert [history.model.change_at(r).id for r in range(history.model.rowCount())] == [change_id]
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: len(history.timeline.entry_texts()) >= 4, timeout=10_000)
    texts = "\n".join(history.timeline.entry_texts())
    assert "First review approved" in texts and "Approved by the administration" in texts
    assert str(change_id) in history.detail_title.text()
    with qtbot.waitSignal(history.open_status) as opened:
        history.progress_button.click()
    assert opened.args == [change_id]

    history.search.setText(website.domain)
    history.status_filter.setCurrentIndex(history.status_filter.findData("withdrawn"))
    settle(qtbot, history)
    rows = [history.model.change_at(r) for r in range(history.model.rowCount())]
    assert all(c.status == "withdrawn" for c in rows)
    if not rows:
        assert history.empty.shown and "No change matches" in history.empty.text()


def test_a_finished_change_opens_on_the_status_page_from_the_main_window(
    qtbot: QtBot,
    finished: tuple[Website, int],
    make_controller: Any,
    sign_in: Any,
    live_server: LiveServer,
) -> None:
    _website, change_id = finished
    controller = make_controller(live_server.url)
    sign_in(controller, "demo")
    window = controller.window
    assert window.history_action.isVisible()
    window.history_action.trigger()
    assert window.current_page_name() == "history"
    page = window.pages["history"]
    qtbot.waitUntil(lambda: page.model.row_of(change_id) >= 0, timeout=10_000)
    page.table.selectRow(page.model.row_of(change_id))
    page.progress_button.click()
    assert window.current_page_name() == "review_status"
    status_page = window.pages["review_status"]
    qtbot.waitUntil(lambda: status_page.change is not None, timeout=10_000)
    assert status_page.change.status == "approved"
    assert len(status_page.timeline.entry_texts()) >= 4
