"""The administration stage in the desktop app, against the real service: the SMS countdown on
the status page and in the list, "I have verified", reminders as desktop notifications,
authorization codes (issued once, entered on Change Access), and the operator's reconciliation,
window progress and province windows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from icp_desktop.client.administration_models import AdministrationQueue
from icp_desktop.client.api import ApiClient
from icp_desktop.client.event_models import Event
from icp_desktop.domain import authorization_code as code_rules
from icp_desktop.domain.clock import clock_from_spec
from icp_desktop.ui.backend import Backend
from icp_desktop.ui.models.licenses import LicenseTableModel
from icp_desktop.ui.pages.change_access import ChangeAccessPage
from icp_desktop.ui.pages.review_status import ReviewStatusPage
from icp_desktop.ui.sms_reminders import ReminderGate
from icp_desktop.ui.widgets.administration_progress import AdministrationProgressView
from icp_desktop.ui.widgets.authorization_codes_dialog import AuthorizationCodesDialog
from icp_desktop.ui.widgets.province_windows_view import ProvinceWindowsView
from icp_desktop.ui.widgets.reconciliation_view import ReconciliationView
from tests.helpers.clock import pinned_spec
from tests.helpers.events import event
from tests.helpers.live_server import LiveServer

SMS_DOMAIN = "data.yunzhan-tech.cn"  # demo's change awaiting SMS verification (demo data)
FREE_WEBSITE = 1  # 京ICP备20231234号-1, no open change
QINGHE = "i-bp1qh0001a2b3c4d"  # demo2's server
QINGHE_FREE_IP = "47.98.66.103"


@pytest.fixture
def signed_in(fresh_live_server: LiveServer, qapp: Any) -> Iterator[Any]:
    """``signed_in("demo")``: a backend signed in on this test's own service."""
    made: list[Backend] = []

    def make(username: str) -> Backend:
        login = ApiClient(fresh_live_server.url).login(username, f"{username}-pass")
        backend = Backend()
        backend.set_server(fresh_live_server.url)
        backend.set_session(login.token, login.account)
        made.append(backend)
        return backend

    yield make
    for backend in made:
        assert backend.shutdown()


def api_for(server: LiveServer, username: str) -> ApiClient:
    client = ApiClient(server.url)
    client.login(username, f"{username}-pass")
    return client


def sms_change_id(server: LiveServer) -> int:
    changes = api_for(server, "demo").list_changes(status="administration_review").items
    return int(next(c.id for c in changes if c.website.domain == SMS_DOMAIN))


def test_the_status_page_counts_down_and_records_the_verification(
    qtbot: QtBot,
    fresh_live_server: LiveServer,
    signed_in: Any,
) -> None:
    page = ReviewStatusPage(signed_in("demo"))
    qtbot.addWidget(page)
    page.show()
    change_id = sms_change_id(fresh_live_server)
    page.activate(change_id=change_id)
    qtbot.waitUntil(lambda: page.change is not None and not page.spinner.running, timeout=10_000)
    box = page.administration
    assert box.isVisible() and box.confirm_button.isVisible()
    assert re.fullmatch(r"\d\d:\d\d:\d\d left", box.countdown.text()), box.countdown.text()
    assert 18 * 3600 < box.seconds_left() <= 19 * 3600  # five hours into 24
    assert box.window_label.text().startswith("Day 1 of up to 20 working days (北京)")
    assert box.failures.text() == "Wrong tries: 0 of 5"
    assert "beian.miit.gov.cn" in box.explain.text()
    assert page.shows_countdown_of(change_id)
    box.confirm_button.click()
    qtbot.waitUntil(
        lambda: page.administration.sms is not None and page.administration.sms.state == "verified",
        timeout=10_000,
    )
    assert box.countdown.text() == "Verified (recorded by you)"
    assert not box.confirm_button.isVisible()
    assert "SMS verification recorded" in page.timeline.entry_texts()[-1]
    assert "recorded" in page.message.text()


def test_the_list_shows_the_countdown_in_the_status_column(
    qtbot: QtBot,
    demo_backend: Backend,
) -> None:
    demo_backend.clock = clock_from_spec(pinned_spec())  # the app's clock, as the app sets it
    model = LicenseTableModel(demo_backend)
    model.set_query("")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() >= 10, timeout=10_000)
    row = next(r for r in range(model.rowCount()) if model.website_at(r).domain == SMS_DOMAIN)  # type: ignore[index]
    text = model.data(model.index(row, 4))
    assert re.fullmatch(r"SMS verification: 1\d:\d\d left", text), text
    tip = model.data(model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
    assert "Under administration review" in tip  # the status, on hover
    assert re.search(r"SMS verification: 1\d h \d+ min left", tip), tip
    others = [model.data(model.index(r, 4)) for r in range(model.rowCount()) if r != row]
    assert not any("SMS" in t for t in others)


def reminder(change_id: int, stage: str, expires_at: str = "2999-01-01T00:00:00Z") -> Event:
    return event(
        {
            "id": 1,
            "kind": "sms_verification.reminder",
            "change_id": change_id,
            "payload": {
                "stage": stage,
                "round": 1,
                "expires_at": expires_at,
                "seconds_left": 12 * 3600,
                "license_number": "京ICP备20231234号-7",
            },
        }
    )


def test_a_reminder_pops_up_once_and_not_over_its_own_countdown(tmp_path: Path) -> None:
    path = tmp_path / "reminders.json"
    on_screen: set[int] = set()
    gate = ReminderGate(path, lambda change_id: change_id in on_screen)
    assert gate.should_pop(event({"kind": "first_review.approved", "change_id": 1}))
    assert gate.should_pop(reminder(11, "start"))
    assert not gate.should_pop(reminder(11, "start"))  # not twice
    # A restarted app remembers what it showed.
    again = ReminderGate(path, lambda change_id: change_id in on_screen)
    again.set_shown(again.read_shown())  # as the app does, on its I/O worker
    assert not again.should_pop(reminder(11, "start"))
    on_screen.add(11)  # the focused window shows this change's countdown
    assert not again.should_pop(reminder(11, "12h_left"))
    on_screen.clear()
    assert again.should_pop(reminder(11, "4h_left"))
    assert not again.should_pop(reminder(12, "start", expires_at="2000-01-01T00:00:00Z"))


def test_reminders_reach_the_notification_list_in_words(qtbot: QtBot) -> None:
    from icp_desktop.ui.tray import Notifier
    from tests.ui.test_tray import icon

    notifier = Notifier(icon(), use_tray=False)
    notifier.popup_filter = lambda _event: False
    with qtbot.waitSignal(notifier.notified) as shown:
        notifier.handle_events([reminder(11, "12h_left")])
    note = shown.args[0]
    assert note["title"] == "SMS verification: 12 hours left (短信核验)"
    assert "京ICP备20231234号-7" in note["message"] and "12 h 0 min left" in note["message"]
    assert note["shown_in_tray"] is False and notifier.list.count() == 1


def test_a_code_is_shown_once_and_entered_on_change_access(
    qtbot: QtBot,
    fresh_live_server: LiveServer,
    signed_in: Any,
    tmp_path: Path,
) -> None:
    dialog = AuthorizationCodesDialog.open_for(None, signed_in("demo2"))  # deleted on close
    qtbot.waitUntil(lambda: dialog.listing is not None, timeout=10_000)
    assert dialog.listing is not None and dialog.listing.server.instance_id == QINGHE
    assert dialog.issue_button.isEnabled()
    dialog.issue_button.click()
    qtbot.waitUntil(
        lambda: dialog.reveal.isVisible() and dialog.table.rowCount() == 1, timeout=10_000
    )
    code = dialog.code_label.text()
    assert code_rules.looks_like_a_code(code)
    assert "shown only now" in dialog.reveal_note.text()
    dialog.close()
    assert dialog.code_label.text() == ""

    page = ChangeAccessPage(signed_in("demo"))
    qtbot.addWidget(page)
    page.activate(website_id=FREE_WEBSITE)
    qtbot.waitUntil(lambda: page.website is not None and not page.spinner.running, timeout=10_000)
    page.codes.code.setText("0000-0000-0000-0000-0000")
    page.codes.use_button.click()
    qtbot.waitUntil(lambda: not page._in_flight and not page.codes.error.isHidden(), timeout=10_000)
    assert "No such authorization code" in page.codes.error.text()
    page.codes.code.setText(code.lower())
    page.codes.use_button.click()
    qtbot.waitUntil(
        lambda: not page._in_flight and bool(page.codes.authorizations()), timeout=10_000
    )
    [authorization] = page.codes.authorizations()
    assert authorization.state == "in_filing" and QINGHE_FREE_IP in authorization.resource.ips
    assert page.codes.code.text() == ""
    rows = [page.codes.servers.item(i) for i in range(page.codes.servers.count())]
    ip_row = next(r for r in rows if r.text().strip() == QINGHE_FREE_IP)
    page.codes.servers.setCurrentItem(ip_row)
    page.codes.add_button.click()
    assert QINGHE_FREE_IP in page.editor.ips()
    page.flush_autosave()
    # The code is in no file the app writes (drafts, settings, logs).
    home = Path(tmp_path)
    for path in home.rglob("*"):
        if path.is_file() and "service" not in path.parts:
            data = path.read_bytes()
            assert code.encode() not in data and code_rules.normalise(code).encode() not in data, (
                path
            )


def test_the_operator_reconciles_imports_and_keeps_province_windows(
    qtbot: QtBot,
    fresh_live_server: LiveServer,
    signed_in: Any,
    tmp_path: Path,
) -> None:
    operator = signed_in("operator")
    view = ReconciliationView(operator)
    qtbot.addWidget(view)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "浙ICP备21056789号-2,通过,,2025-06-30\nnot-a-license,ok,,someday\n", encoding="gb18030"
    )
    view.import_file(bad)
    qtbot.waitUntil(lambda: not view.bad_rows.isHidden(), timeout=10_000)
    lines = [view.bad_rows.item(i).text() for i in range(view.bad_rows.count())]
    assert lines and all(line.startswith("Line 2:") for line in lines)
    assert view.table.rowCount() == 0
    good = tmp_path / "good.csv"
    today = ApiClient(fresh_live_server.url).health()  # (the service answers)
    assert today
    good.write_text(
        "备案号,结果,原因,日期\n浙ICP备21056789号-2,通过,,2026-11-25\n"
        "京ICP备99999999号-1,通过,,2026-11-25\n",
        encoding="utf-8-sig",
    )
    view.import_file(good)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)
    matches = [view.table.item(r, 5).text() for r in range(view.table.rowCount())]
    assert "to record" in matches
    assert "disagreement: unknown license number" in matches
    assert view.apply_button.text() == "Apply 1 results" and view.apply_button.isEnabled()
    view.apply_button.click()
    qtbot.waitUntil(
        lambda: "applied" in [view.table.item(r, 6).text() for r in range(view.table.rowCount())],
        timeout=10_000,
    )

    progress = AdministrationProgressView(operator)
    qtbot.addWidget(progress)
    progress.refresh()
    qtbot.waitUntil(lambda: progress.queue is not None, timeout=10_000)
    assert [i.domain for i in progress.queue.items] == [SMS_DOMAIN]  # edu was approved
    progress.table.selectRow(0)
    assert progress.verified_button.isEnabled() and progress.failure_button.isEnabled()
    assert progress.table.item(0, 4).text().startswith("day 1 of 20")
    assert progress.table.item(0, 5).text().startswith("awaiting · ")
    assert progress.summary.text() == (
        "1 at the administration · 1 awaiting SMS verification · 0 beyond their window"
    )

    windows = ProvinceWindowsView(operator)
    qtbot.addWidget(windows)
    windows.refresh()
    qtbot.waitUntil(lambda: len(windows.windows) == 31 and bool(windows.times), timeout=10_000)
    row = next(r for r in range(31) if windows.windows_table.item(r, 0).text() == "浙江")
    assert windows.windows_table.item(row, 1).text() == "30"
    windows.windows_table.selectRow(row)
    windows.days.setValue(25)
    windows.save_button.click()
    qtbot.waitUntil(
        lambda: any(w.province == "浙江" and w.working_days == 25 for w in windows.windows),
        timeout=10_000,
    )


def test_a_queue_longer_than_its_list_says_so(qtbot: QtBot, ui_backend: Backend) -> None:
    """The service lists the 2,000 changes nearest their expected date; the summary says how
    many more there are instead of passing them over in silence."""
    progress = AdministrationProgressView(ui_backend)
    qtbot.addWidget(progress)
    counts = {"total": 2345, "listed": 2000, "awaiting_sms": 12, "beyond_window": 3}
    progress._on_loaded(AdministrationQueue((), counts))
    assert progress.summary.text() == (
        "2,345 at the administration · 12 awaiting SMS verification · 3 beyond their window\n"
        "Listed: the 2,000 nearest their expected date; 345 more are not listed."
    )
