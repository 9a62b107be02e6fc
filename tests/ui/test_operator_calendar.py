"""The operator's working-day calendar over the real service: the State Council's notice pasted
and previewed, saved and read back; a bad line shown at its line; days marked by hand; a stale
save; removing a year; the banner from 1 November when next year has no data."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from icp_desktop.ui import i18n
from icp_desktop.ui.models.calendar_days import DayKind
from icp_desktop.ui.pages.operator import CALENDAR_TAB, OperatorPage
from icp_desktop.ui.widgets.calendar_texts import RemoveYearConfirmation
from tests.helpers import http_client
from tests.helpers.live_server import LiveServer, api_client, start_live_server
from tests.server.test_calendar import NOTICE_2027
from tests.ui.review_support import backend_for

# A year no open change reaches, whatever moment the clock is pinned to.
FAR_YEAR = 2091


@pytest.fixture
def make_page(qtbot: QtBot) -> Iterator[Callable[[LiveServer], OperatorPage]]:
    backends: list[Any] = []

    def make(server: LiveServer) -> OperatorPage:
        backend = backend_for(server.url, "operator")
        backends.append(backend)
        page = OperatorPage(backend)
        qtbot.addWidget(page)
        page.resize(1200, 860)
        page.show()
        page.activate()
        qtbot.waitUntil(
            lambda: page.calendar.summary is not None and not page.calendar.busy.busy,
            timeout=10_000,
        )
        return page

    yield make
    for backend in backends:
        backend.shutdown()


def show_year(qtbot: QtBot, page: OperatorPage, year: int) -> None:
    page.show_calendar_year(year)
    qtbot.waitUntil(
        lambda: year in page.calendar.loaded and not page.calendar.busy.busy, timeout=10_000
    )


def year_of(server: LiveServer, year: int) -> dict[str, Any]:
    with api_client(server.url, "operator") as http:
        answer: dict[str, Any] = http.get(f"/v1/calendar/{year}").json()
    return answer


def test_a_pasted_notice_is_previewed_as_typed_refused_at_its_line_and_saved(
    qtbot: QtBot,
    qapp: Any,
    fresh_live_server: LiveServer,
    make_page: Callable[[LiveServer], OperatorPage],
) -> None:
    page = make_page(fresh_live_server)
    tab = page.calendar
    show_year(qtbot, page, 2027)
    assert page.tabs.currentIndex() == CALENDAR_TAB
    dialog = tab.open_notice_dialog()
    assert dialog is not None and dialog.isVisible()
    assert not dialog.save_button.isEnabled()  # nothing to save yet

    # A "total" that does not add up: refused locally, at its line, the year not previewed.
    dialog.editor.setPlainText(NOTICE_2027.replace("共9天", "共8天"))
    qtbot.waitUntil(lambda: dialog.error_line() == 6, timeout=2_000)
    assert dialog.status.text().startswith("⚠ Line 6: ")
    assert "共8天" in dialog.status.text()
    assert dialog.days is None and not dialog.save_button.isEnabled()
    assert not dialog.preview.isEnabled()  # the year last read stays, greyed
    assert [s.cursor.blockNumber() for s in dialog.editor.extraSelections()] == [5]

    # The published text: the year shows at once as a calendar, festival names and all.
    dialog.editor.setPlainText(NOTICE_2027)
    qtbot.waitUntil(lambda: dialog.days is not None, timeout=2_000)
    days = dialog.days
    assert days is not None
    new_year, make_up = date(2027, 1, 1), date(2027, 2, 20)
    assert (days.kind(new_year), days.name(new_year)) == (DayKind.HOLIDAY, "元旦")
    assert (days.kind(make_up), days.name(make_up)) == (DayKind.WORKDAY, "春节")
    assert dialog.preview.days is days
    assert dialog.festivals.lines()[1] == (
        "春节: days off Feb 6–Feb 14 (9 days); make-up working days Feb 20"
    )
    assert dialog.status.text().startswith("✔ Read: 7 festivals, ")
    assert dialog.error_line() is None and dialog.editor.extraSelections() == []
    assert dialog.preview.isEnabled()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2027 was saved." in tab.message.text(), timeout=10_000)
    assert not dialog.isVisible()
    assert re.search(
        r"(No open change's deadline moved|1 open change's deadline was recomputed"
        r"|\d+ open changes' deadlines were recomputed)\.",
        tab.message.text(),
    ), tab.message.text()
    stored = year_of(fresh_live_server, 2027)
    assert (stored["source"], stored["version"], stored["notice_text"]) == (
        "operator",
        1,
        NOTICE_2027,
    )
    assert {"date": "2027-10-07", "name": "国庆节"} in stored["holidays"]
    qtbot.waitUntil(
        lambda: tab.loaded[2027].source == "operator" and not tab.busy.busy, timeout=10_000
    )
    assert tab.calendar.days is not None
    assert tab.calendar.days.kind(date(2027, 9, 26)) is DayKind.WORKDAY
    assert tab.source_label.text().startswith("2027: saved by operator, ")
    assert "(Beijing time); version 1." in tab.source_label.text()
    assert tab.remove_button.isEnabled()
    try:  # the answer is worded anew in another language, not left as it was
        i18n.switch_language(qapp, "zh_CN")
        qtbot.waitUntil(lambda: tab.message.text().startswith("✔ 2027 年已保存。"), timeout=5_000)
        assert "（北京时间）" in tab.source_label.text()
    finally:
        i18n.switch_language(qapp, "en")


def test_a_bad_line_reads_in_chinese_under_the_chinese_interface(
    qtbot: QtBot,
    qapp: Any,
    live_server: LiveServer,
    make_page: Callable[[LiveServer], OperatorPage],
) -> None:
    page = make_page(live_server)
    show_year(qtbot, page, 2027)
    dialog = page.calendar.open_notice_dialog()
    assert dialog is not None
    dialog.editor.setPlainText(NOTICE_2027.replace("1月1日（周五）", "1月1日（周四）"))
    qtbot.waitUntil(lambda: dialog.error_line() == 5, timeout=2_000)
    try:
        i18n.switch_language(qapp, "zh_CN")
        qtbot.waitUntil(lambda: dialog.status.text().startswith("⚠ 第 5 行："), timeout=5_000)
        assert "2027年1月1日是星期五" in dialog.status.text()
    finally:
        i18n.switch_language(qapp, "en")
    dialog.reject()


def test_days_marked_by_hand_are_saved_and_a_stale_save_keeps_them_on_the_fresh_year(
    qtbot: QtBot, live_server: LiveServer, make_page: Callable[[LiveServer], OperatorPage]
) -> None:
    page = make_page(live_server)
    tab = page.calendar
    show_year(qtbot, page, FAR_YEAR)
    grid = tab.calendar
    new_year, saturday, monday = (date(FAR_YEAR, 1, 1), date(FAR_YEAR, 1, 6), date(FAR_YEAR, 1, 8))
    assert saturday.weekday() == 5 and monday.weekday() == 0
    # A click moves a day on: holiday, then (a weekend only) make-up working day, then back.
    qtbot.mouseClick(
        grid, Qt.MouseButton.LeftButton, pos=grid.day_rect(new_year).center().toPoint()
    )
    assert grid.days is not None and grid.days.kind(new_year) is DayKind.HOLIDAY
    grid.days.rename(new_year, "元旦")
    for kind in (DayKind.HOLIDAY, DayKind.WORKDAY, DayKind.DEFAULT, DayKind.HOLIDAY):
        grid.cycle(saturday)
        assert grid.days.kind(saturday) is kind
    grid.cycle(monday)
    grid.cycle(monday)
    assert grid.days.kind(monday) is DayKind.DEFAULT  # a weekday is never a make-up day
    assert grid.days.name(saturday) == "元旦"  # a new mark takes its neighbour's festival
    grid.current = saturday
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # holiday -> make-up working day
    assert grid.days.kind(saturday) is DayKind.WORKDAY
    assert grid.day_at(grid.day_rect(saturday).center().toPoint()) == saturday
    assert grid.day_at(QPoint(-5, -5)) is None
    assert tab.save_button.isEnabled() and "unsaved changes" in tab.year_combo.currentText()

    # Someone else saves the year meanwhile: the save is refused, the fresh year comes in
    # and the operator's days stay on top of it.
    with api_client(live_server.url, "operator") as http:
        http.put(
            f"/v1/calendar/{FAR_YEAR}",
            json={
                "holidays": [{"date": f"{FAR_YEAR}-10-01", "name": "国庆节"}],
                "workdays": [],
                "version": 0,
            },
        ).raise_for_status()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            "Someone else saved" in tab.message.text()
            and tab.loaded[FAR_YEAR].version == 1
            and not tab.busy.busy
        ),
        timeout=10_000,
    )
    days = tab.days[FAR_YEAR]
    assert days.kind(date(FAR_YEAR, 10, 1)) is DayKind.HOLIDAY  # theirs
    assert (days.kind(new_year), days.name(new_year)) == (DayKind.HOLIDAY, "元旦")  # ours
    assert days.kind(saturday) is DayKind.WORKDAY and days.dirty

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"{FAR_YEAR} was saved." in tab.message.text(), timeout=10_000)
    stored = year_of(live_server, FAR_YEAR)
    assert stored["version"] == 2
    assert stored["holidays"] == [
        {"date": f"{FAR_YEAR}-01-01", "name": "元旦"},
        {"date": f"{FAR_YEAR}-10-01", "name": "国庆节"},
    ]
    assert stored["workdays"] == [{"date": saturday.isoformat(), "name": "元旦"}]
    qtbot.waitUntil(lambda: not tab.busy.busy and not tab.days[FAR_YEAR].dirty, timeout=10_000)

    # Removing the year asks first, naming the year.
    asked: list[int] = []
    answers = iter([False, True])
    original = RemoveYearConfirmation.ask
    RemoveYearConfirmation.ask = classmethod(  # type: ignore[method-assign,assignment]
        lambda cls, _parent, year: asked.append(year) or next(answers)
    )
    try:
        tab.remove_button.click()
        assert year_of(live_server, FAR_YEAR)["source"] == "operator"
        tab.remove_button.click()
        qtbot.waitUntil(lambda: "was removed" in tab.message.text(), timeout=10_000)
    finally:
        RemoveYearConfirmation.ask = original  # type: ignore[method-assign]
    assert asked == [FAR_YEAR, FAR_YEAR]
    assert year_of(live_server, FAR_YEAR)["source"] == "none"
    assert "no data: weekends only" in tab.message.text()


def test_refused_days_are_named_and_kept(
    qtbot: QtBot, live_server: LiveServer, make_page: Callable[[LiveServer], OperatorPage]
) -> None:
    page = make_page(live_server)
    tab = page.calendar
    show_year(qtbot, page, FAR_YEAR + 1)
    days = tab.days[FAR_YEAR + 1]
    tuesday = next(
        date(FAR_YEAR + 1, 1, n) for n in range(1, 8) if date(FAR_YEAR + 1, 1, n).weekday() == 1
    )
    days._edits[tuesday] = (DayKind.WORKDAY, "")  # what an older app could send
    tab._show_year()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was not saved" in tab.message.text(), timeout=10_000)
    assert f"{tuesday.month}/{tuesday.day}/{tuesday.year} is a weekday" in tab.message.text()
    assert tab.days[FAR_YEAR + 1].kind(tuesday) is DayKind.WORKDAY  # nothing lost
    assert year_of(live_server, FAR_YEAR + 1)["source"] == "none"


def test_from_1_november_the_banner_asks_for_next_year_until_it_is_imported(
    qtbot: QtBot, tmp_path: Any, make_page: Callable[[LiveServer], OperatorPage]
) -> None:
    server = start_live_server(tmp_path / "november", env={"ICP_NOW": "2026-11-02T10:00+08:00"})
    try:
        page = make_page(server)
        banner = page.calendar_banner
        qtbot.waitUntil(lambda: not banner.isHidden(), timeout=10_000)
        assert banner.text().startswith("There is no working-day data for 2027 yet")
        assert banner.button.text() == "Open the calendar of 2027"
        assert page.calendar.year() == 2027  # the year that needs it is the one shown
        page.tabs.setCurrentIndex(0)
        qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
        assert page.tabs.currentIndex() == CALENDAR_TAB
        qtbot.waitUntil(lambda: 2027 in page.calendar.loaded, timeout=10_000)
        assert page.calendar.source_label.text().startswith("⚠ No holiday data for 2027")
        assert page.calendar.summary is not None
        assert page.calendar.summary.today == date(2026, 11, 2)
        assert page.calendar.calendar.today == date(2026, 11, 2)

        with api_client(server.url, "operator") as http:
            http.put("/v1/calendar/2027", json={"notice_text": NOTICE_2027}).raise_for_status()
        page.refresh()
        qtbot.waitUntil(lambda: banner.isHidden(), timeout=10_000)
    finally:
        server.stop()


def test_the_service_says_when_a_year_is_missing_for_the_pinned_moment(
    qtbot: QtBot, live_server: LiveServer, make_page: Callable[[LiveServer], OperatorPage]
) -> None:
    """Whatever the pinned moment, the banner shows exactly what the service reports."""
    page = make_page(live_server)
    with http_client.Client(base_url=live_server.url) as plain:
        token = plain.post(
            "/v1/auth/login", json={"username": "operator", "password": "operator-pass"}
        ).json()["token"]
        summary = plain.get("/v1/calendar", headers={"Authorization": f"Bearer {token}"}).json()
    expected = [a["year"] for a in summary["attention"]]
    qtbot.waitUntil(
        lambda: [a.year for a in page.calendar_banner.items] == expected, timeout=10_000
    )
    assert page.calendar_banner.isHidden() == (not expected)
