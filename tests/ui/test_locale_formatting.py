"""Dates, times and counts in the interface language's locale, against the real service.

Under zh_CN a deadline reads ``2026年11月30日星期一`` and working days are 工作日; under English
``Monday, November 30, 2026``. Every time is Beijing time and says so (北京时间 / Beijing time).
Switching the language in place rewrites the dates already on screen (deadlines, the timeline,
the queue, notifications) from the data the page holds, with no call to the service.

The expected deadlines come from the service's answer and the domain's calendar, never from
today's date, so the tests pass whatever moment the clock is pinned to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from icp_desktop.ui import i18n
from icp_desktop.ui.backend import Backend
from icp_desktop.ui.formatting import (
    format_date,
    format_datetime,
    format_end_of_day,
    format_number,
    format_time,
)
from icp_desktop.ui.models.review_queue import DUE
from icp_desktop.ui.pages.change_access import ChangeAccessPage
from icp_desktop.ui.pages.review_queue import ReviewQueuePage
from icp_desktop.ui.pages.review_status import ReviewStatusPage
from icp_desktop.ui.tray import Notifier
from tests.helpers.events import event
from tests.helpers.live_server import LiveServer, api_client
from tests.ui.deadline_support import (
    CHINA,
    deadline_day,
    en_deadline_text,
    en_long,
    expected_due,
    parse,
    zh_deadline_text,
    zh_long,
)
from tests.ui.every_page import demo_ids

# --- what a reader of each language expects (written out here, not by Qt) -----------------


def zh_short(day: date) -> str:
    return f"{day.year}/{day.month}/{day.day}"


def en_short(day: date) -> str:
    return f"{day.month}/{day.day}/{day.year}"


def en_clock(moment: datetime | time) -> str:
    return f"{moment.hour % 12 or 12}:{moment.minute:02d}\u202f{'AM' if moment.hour < 12 else 'PM'}"


# --- fixtures ------------------------------------------------------------------------------


@pytest.fixture
def english_after(qapp: Any) -> Iterator[None]:
    """Whatever a test switches to, the next test starts in English."""
    yield
    i18n.switch_language(qapp, "en")


@pytest.fixture
def filer(backend_for: Callable[[str], Backend]) -> Backend:
    return backend_for("demo")


@pytest.fixture
def reviewer(backend_for: Callable[[str], Backend]) -> Backend:
    return backend_for("reviewer")


def no_more_calls(monkeypatch: pytest.MonkeyPatch, backend: Backend) -> list[Any]:
    """From now on, record (and do not make) every call to the service."""
    calls: list[Any] = []

    class Recorded:  # the call object a page may cancel later
        def cancel(self) -> None:
            pass

    def record(*args: Any, **_kwargs: Any) -> Recorded:
        calls.append(args)
        return Recorded()

    monkeypatch.setattr(backend, "call", record)
    return calls


# --- the helper ------------------------------------------------------------------------------


def test_the_same_values_read_as_each_language_writes_them(qapp: Any, english_after: None) -> None:
    day, moment = date(2026, 11, 30), datetime(2026, 11, 30, 14, 5)
    i18n.switch_language(qapp, "zh_CN")
    assert format_date(day) == "2026/11/30"
    assert format_date(day, long=True) == "2026年11月30日星期一"
    assert format_datetime(moment) == "2026/11/30 14:05"
    assert format_time(moment) == "14:05"
    assert format_end_of_day(day) == "2026/11/30 24:00"
    assert format_number(12345) == "12,345"
    i18n.switch_language(qapp, "en")
    assert format_date(day) == "11/30/2026"  # the year in full, never "11/30/26"
    assert format_date(day, long=True) == "Monday, November 30, 2026"
    assert format_datetime(moment) == "11/30/2026 2:05\u202fPM"
    assert format_end_of_day(day) == "11/30/2026 11:59\u202fPM"  # a 12-hour clock has no 24:00
    assert format_number(12345) == "12,345"


# --- the filer's review status page ------------------------------------------------------------


def test_the_status_page_deadline_reads_in_chinese_and_then_english_without_a_reload(
    qtbot: QtBot,
    qapp: Any,
    live_server: LiveServer,
    filer: Backend,
    monkeypatch: pytest.MonkeyPatch,
    english_after: None,
) -> None:
    with api_client(live_server.url, "demo") as http:
        listed = http.get("/v1/change-requests", params={"limit": 100}).json()["items"]
        pending = next(
            c
            for c in listed
            if c["website"]["domain"] == "help.yunzhan-tech.cn"
            and c["status"] == "pending_first_review"
        )
        change = http.get(f"/v1/change-requests/{pending['id']}").json()
    # The day the service gives is the next working day after submission, by the calendar.
    day, estimated = expected_due(change)
    assert deadline_day(change["deadline"]["due_at"]) == day
    assert change["deadline"]["estimated"] is estimated
    first = parse(change["timeline"][0]["at"]).astimezone(CHINA)

    i18n.switch_language(qapp, "zh_CN")
    page = ReviewStatusPage(filer)
    qtbot.addWidget(page)
    page.activate(change_id=change["id"])
    qtbot.waitUntil(lambda: page.change is not None and not page.spinner.running, timeout=10_000)
    assert page.deadline.text() == zh_deadline_text(change)
    assert zh_long(day) in page.deadline.text()
    assert page.deadline.icon_shown() is estimated
    entries = page.timeline.entry_texts()
    assert entries[0].startswith(f"{zh_short(first)} {first:%H:%M}（北京时间） · ")

    calls = no_more_calls(monkeypatch, filer)
    i18n.switch_language(qapp, "en")
    qtbot.waitUntil(
        lambda: "Submitted for first review" in page.timeline.entry_texts()[-1], timeout=5_000
    )
    assert page.deadline.text() == en_deadline_text(change)
    assert en_long(day) in page.deadline.text()
    assert page.timeline.entry_texts()[0].startswith(
        f"{en_short(first)} {en_clock(first)} (Beijing time) · "
    )
    assert calls == []  # rebuilt from the change already shown


# --- the reviewer's queue ------------------------------------------------------------------------


def test_the_queue_due_dates_follow_a_switch_in_place(
    qtbot: QtBot, qapp: Any, reviewer: Backend, monkeypatch: pytest.MonkeyPatch, english_after: None
) -> None:
    i18n.switch_language(qapp, "zh_CN")
    page = ReviewQueuePage(reviewer)
    qtbot.addWidget(page)
    page.activate()
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not page.view.busy.busy, timeout=10_000)
    items = [model.item(row) for row in range(model.rowCount())]
    days = [deadline_day(item.due_at.isoformat()) for item in items]  # type: ignore[union-attr]
    estimated = [bool(item.change.deadline and item.change.deadline.estimated) for item in items]
    shown = [model.data(model.index(row, DUE)) for row in range(model.rowCount())]
    assert all(f"{zh_short(day)}）" in text for day, text in zip(days, shown, strict=True)), shown
    assert any("工作日" in text for text in shown), shown  # the overdue one counts working days
    assert [text.endswith("（估算）") for text in shown] == estimated, shown
    assert model.headerData(DUE, Qt.Orientation.Horizontal) == "截止时间（北京时间）"

    calls = no_more_calls(monkeypatch, reviewer)
    i18n.switch_language(qapp, "en")
    qtbot.waitUntil(lambda: "working day" in str(model.data(model.index(0, DUE))), timeout=5_000)
    shown = [model.data(model.index(row, DUE)) for row in range(model.rowCount())]
    ends = [
        f"{en_short(day)})" + (" (estimated)" if guess else "")
        for day, guess in zip(days, estimated, strict=True)
    ]
    assert all(text.endswith(end) for end, text in zip(ends, shown, strict=True)), shown
    assert model.headerData(DUE, Qt.Orientation.Horizontal) == "Due (Beijing time)"
    assert calls == []


# --- the change access page's resources ---------------------------------------------------------


def test_an_expired_resource_s_date_follows_a_switch_and_the_picked_ip_stays(
    qtbot: QtBot, qapp: Any, filer: Backend, english_after: None
) -> None:
    page = ChangeAccessPage(filer)
    qtbot.addWidget(page)
    page.activate(website_id=1)
    qtbot.waitUntil(lambda: page.website is not None and not page.spinner.running, timeout=10_000)
    expired = next(r for r in page._resources if r.unavailable_reason == "expired")
    assert expired.expires_at is not None
    day = deadline_day(expired.expires_at.isoformat())  # the Beijing day it ran out
    picker = page.editor.picker
    item = picker.tree.topLevelItem(page._resources.index(expired))
    assert item is not None
    assert item.text(2) == f"Expired on {en_short(day)}"
    assert picker.select_ip("39.108.77.12")

    i18n.switch_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: item.text(2) == f"已于 {zh_short(day)} 到期", timeout=5_000)
    assert item.toolTip(0) == item.text(2)
    assert picker._selected_ip() == "39.108.77.12"


# --- notifications and the restore question ------------------------------------------------------


def test_a_notification_is_reworded_with_its_time_in_the_new_language(
    qtbot: QtBot, qapp: Any, english_after: None
) -> None:
    notifier = Notifier(QIcon(), use_tray=False)
    qtbot.addWidget(notifier.list)
    note = notifier.notify(
        event(
            {
                "id": 1,
                "kind": "first_review.approved",
                "change_id": 5,
                "payload": {"license_number": "京ICP备20231234号-1"},
            }
        )
    )
    at = datetime.fromtimestamp(note["at"], CHINA)  # shown in Beijing time, whatever the zone
    item = notifier.list.item(0)
    assert item.text() == (
        f"First review approved (初审通过) · {en_clock(at)} (Beijing time)\n京ICP备20231234号-1"
    )

    i18n.switch_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: item.text().startswith("初审通过 · "), timeout=5_000)
    assert item.text() == f"初审通过 · {at:%H:%M}（北京时间）\n京ICP备20231234号-1"
    assert notifier.list.unread_count() == 1  # still unread


def test_the_restore_question_names_the_time_as_chinese_writes_it(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, english_after: None
) -> None:
    from icp_desktop.ui.widgets import dialogs
    from icp_desktop.ui.widgets.dialogs import RestoreDraft

    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object, **_kw: object) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(dialogs, "ask_with_actions", answer)
    i18n.switch_language(qapp, "zh_CN")
    saved_at = datetime(2026, 11, 27, 9, 30).astimezone()  # the computer's own time zone
    in_beijing = saved_at.astimezone(CHINA)
    assert not RestoreDraft.ask(None, saved_at, ["47.93.18.21"])
    assert f"{zh_short(in_beijing)} {in_beijing:%H:%M}（北京时间）" in asked[0]
    assert "47.93.18.21" in asked[0]


# --- the whole app, every page that shows dates ------------------------------------------------

ZH_DATE = re.compile(r"\d{4}/\d{1,2}/\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日")
EN_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}")


def shown_texts(page: QWidget) -> list[str]:
    """What the page shows in labels, tabs and the cells of its tables and trees."""
    texts = [label.text() for label in page.findChildren(QLabel)]
    for tabs in page.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        parents = [QModelIndex()]
        while parents:
            parent = parents.pop()
            try:
                columns = model.columnCount(parent)
            except TypeError:  # a list model hides columnCount: one column
                columns = 1
            for row in range(model.rowCount(parent)):
                for column in range(columns):
                    texts.append(str(model.data(model.index(row, column, parent)) or ""))
                parents.append(model.index(row, 0, parent))
    return texts


def test_every_page_s_dates_follow_a_switch_in_place(
    qapp: Any,
    qtbot: QtBot,
    live_server: LiveServer,
    english_after: None,
    make_controller: Callable[..., Any],
    sign_in: Callable[..., Any],
) -> None:
    ids = demo_ids(live_server.url)
    for user, pages in (
        (
            "demo",
            [
                ("change_access", {"website_id": ids["website_id"]}),
                ("review_status", {"change_id": ids["change_id"]}),
            ],
        ),
        ("reviewer", [("review_queue", {}), ("review_detail", {"change_id": ids["pending_id"]})]),
        ("operator", [("operator", {})]),
    ):
        i18n.switch_language(qapp, "zh_CN")
        controller = make_controller(live_server.url)
        sign_in(controller, user)
        for name, kwargs in pages:
            i18n.switch_language(qapp, "zh_CN")
            controller.window.open_page(name, **kwargs)
            page, backend = controller.window.pages[name], controller.backend

            def dates(pattern: re.Pattern[str], page: QWidget = page) -> list[str]:
                return [t for t in shown_texts(page) if pattern.search(t)]

            def loaded_in_chinese(backend: Any = backend) -> bool:
                return not backend.busy and bool(dates(ZH_DATE))

            def no_chinese_date_left() -> bool:
                return not dates(ZH_DATE)

            qtbot.waitUntil(loaded_in_chinese, timeout=10_000)
            i18n.switch_language(qapp, "en")
            qtbot.waitUntil(no_chinese_date_left, timeout=5_000)
            assert dates(EN_DATE), name
