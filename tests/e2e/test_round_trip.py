"""The round trip of issue 4 with two desktop clients at once over the real service.

A filer (demo) and a reviewer each run the whole app (controller, main window, event poller,
notifier) against one service whose administration simulator approves after a second:
the filer files → the reviewer's queue shows it by itself → the reviewer rejects with a reason
on one IP → the filer is notified with that reason and sees it at the IP → Modify and Submit →
the queue shows it again → the reviewer approves → the service submits to the administration →
the simulator approves → the filer is notified and the website has its new IPs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt

from icp_desktop.ui.paths import AppPaths
from icp_desktop.ui.widgets.dialogs import SubmitConfirmation
from tests.helpers.live_server import LiveServer, start_live_server
from tests.helpers.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.e2e

WEBSITE_ID = 1  # yunzhan-tech.cn, filed with 47.93.18.21 and free in the demo data
KEPT, FIRST_TRY, SECOND_TRY = "47.93.18.21", "39.108.77.12", "39.108.77.13"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path / "service", admin_simulator="approve", admin_delay=1.0)
    yield live
    # A long-poll the apps abandoned keeps the service's graceful shutdown waiting for its
    # handler (up to the poll's wait); this test is not about shutdown, so wait briefly.
    live.stop(timeout=3)


@pytest.fixture
def manual_server(tmp_path: Path) -> Iterator[LiveServer]:
    """The administration's outcomes recorded by an operator (simulator off)."""
    live = start_live_server(tmp_path / "manual-service", admin_simulator="off")
    yield live
    # A long-poll the apps abandoned keeps the service's graceful shutdown waiting for its
    # handler (up to the poll's wait); this test is not about shutdown, so wait briefly.
    live.stop(timeout=3)


@pytest.fixture
def start_app(
    qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[str, str], Any]]:
    """``start_app(url, username)``: a signed-in app whose event poller is ready."""
    from icp_desktop.ui.controller import AppController

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    monkeypatch.setattr(SubmitConfirmation, "ask", classmethod(lambda *_a: True))
    made: list[Any] = []

    def start(url: str, username: str) -> Any:
        args = argparse.Namespace(
            server=url,
            demo=True,
            lang="en",
            ca_bundle=None,
            data_dir=None,
            quit_after_startup=False,
        )
        paths = AppPaths.under(tmp_path / f"app-{username}").ensure()
        controller = AppController(qapp, args, paths, use_tray=False)
        made.append(controller)
        qtbot.addWidget(controller.window)
        controller.window.resize(1200, 800)
        controller.window.show()
        with qtbot.waitSignal(controller.server_ready, timeout=30_000):
            controller.after_first_paint()
        page = controller.window.sign_in_page
        page.username_edit.setText(username)
        page.password_edit.setText(f"{username}-pass")
        with qtbot.waitSignals(
            [controller.session_started, controller.poller_ready], timeout=20_000
        ):
            page.sign_in_button.click()
        return controller

    yield start
    for controller in made:
        controller.shutdown()
    keyring.set_keyring(previous)


def notes(controller: Any, kind: str, change_id: int) -> list[dict[str, Any]]:
    return [
        n
        for n in controller.notifier.list.notes()
        if n["kind"] == kind and n["change_id"] == change_id
    ]


def test_reject_with_a_reason_on_one_ip_then_fix_approve_and_file(
    server: LiveServer, start_app: Callable[[str, str], Any], qtbot: Any
) -> None:
    filer = start_app(server.url, "demo")
    reviewer = start_app(server.url, "reviewer")
    queue = reviewer.window.pages["review_queue"]
    detail = reviewer.window.pages["review_detail"]
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0, timeout=10_000)

    # The filer files a Change Access in the app: one IP added.
    assert filer.window.open_page("change_access", website_id=WEBSITE_ID)
    access = filer.window.pages["change_access"]
    qtbot.waitUntil(lambda: access.editor.ips() == [KEPT], timeout=10_000)
    assert access.editor.add_ip(FIRST_TRY)
    access.submit()
    qtbot.waitUntil(
        lambda: access.change is not None and access.change.status == "pending_first_review",
        timeout=10_000,
    )
    change_id = int(access.change.id)

    # The reviewer's queue shows it by itself (queue.changed), then the reviewer opens it.
    qtbot.waitUntil(lambda: change_id in queue.model.change_ids(), timeout=10_000)
    assert queue.view.select_change(change_id)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    assert reviewer.window.stack.currentWidget() is detail
    qtbot.waitUntil(lambda: detail.change_id == change_id and not detail.busy.busy, timeout=10_000)
    assert ("39.108.77.12", "+ Added") in [(ip, m) for ip, m, _s in detail.ip_tree.rows()]

    # Reject with a common reason on the added IP.
    editor = detail.reasons
    editor.set_target(FIRST_TRY)
    editor.reason_combo.setCurrentIndex(editor.reason_combo.findData("site_not_reachable"))
    reason = editor.reason_combo.currentText()
    qtbot.mouseClick(detail.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"Rejected change #{change_id}" in detail.banner.text(), timeout=10_000)

    # The filer is notified with the reason, and the reason stands at that IP.
    qtbot.waitUntil(lambda: bool(notes(filer, "first_review.rejected", change_id)), timeout=10_000)
    assert reason in notes(filer, "first_review.rejected", change_id)[0]["message"]
    assert filer.window.open_page("change_access", website_id=WEBSITE_ID)
    qtbot.waitUntil(lambda: reason in access.editor.reason_at(FIRST_TRY), timeout=10_000)
    assert access.next_button.text() == "Modify and Submit"

    # Modify and Submit: the other spare IP instead.
    access.editor.remove_ip(FIRST_TRY)
    assert access.editor.add_ip(SECOND_TRY)
    access.submit()
    qtbot.waitUntil(
        lambda: (
            access.change is not None
            and access.change.round == 2
            and access.change.status == "pending_first_review"
        ),
        timeout=10_000,
    )

    # The change comes back to the reviewer's queue by itself; approve it with Ctrl+Enter.
    reviewer.window.go_home()
    qtbot.waitUntil(lambda: change_id in queue.model.change_ids(), timeout=10_000)
    queue.view.select_change(change_id)
    queue.view.open_current()
    qtbot.waitUntil(
        lambda: (
            detail.change_id == change_id
            and not detail.busy.busy
            and detail.approve_button.isEnabled()
        ),
        timeout=10_000,
    )
    assert "Round 1" in detail.history.lines()
    assert any(reason in line for line in detail.history.lines())
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow, timeout=5000)
    detail.reasons.comment_edit.setFocus()
    qtbot.keyClick(
        detail.reasons.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: f"Approved change #{change_id}" in detail.banner.text(), timeout=10_000)

    # The service submits it, the simulated administration approves, the filer hears of it.
    qtbot.waitUntil(lambda: bool(notes(filer, "first_review.approved", change_id)), timeout=10_000)
    qtbot.waitUntil(
        lambda: bool(notes(filer, "administration.approved", change_id)), timeout=20_000
    )
    assert filer.window.open_page("licenses")
    licenses = filer.window.pages["licenses"]
    model = licenses.model
    qtbot.waitUntil(
        lambda: (
            (website := model.website_at(model.row_of(WEBSITE_ID))) is not None
            and website.ips == (KEPT, SECOND_TRY)
        ),
        timeout=10_000,
    )


def test_the_operator_records_the_administrations_approval_and_the_filer_hears_of_it(
    manual_server: LiveServer, start_app: Callable[[str, str], Any], qtbot: Any
) -> None:
    from icp_desktop.client.api import ApiClient

    filer = start_app(manual_server.url, "demo")
    operator = start_app(manual_server.url, "operator")
    page = operator.window.pages["operator"]
    assert operator.window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.review.model.rowCount() > 0, timeout=10_000)

    demo, reviewer = ApiClient(manual_server.url), ApiClient(manual_server.url)
    demo.token = demo.login("demo", "demo-pass").token
    reviewer.token = reviewer.login("reviewer", "reviewer-pass").token
    draft = demo.create_change(6, ["121.40.56.78", SECOND_TRY], "operator-round-trip")
    change_id = int(demo.submit_change(int(draft.id), "operator-round-trip-submit").id)
    reviewer.review(change_id, "approve")

    # The service hands it to the (manual) administration; the operator's list shows it
    # by itself, and the operator records the outcome the administration reported.
    qtbot.waitUntil(lambda: change_id in page.review.model.change_ids(), timeout=10_000)
    page.tabs.setCurrentIndex(1)
    assert page.review.select_change(change_id)
    qtbot.waitUntil(page.record_button.isEnabled, timeout=5000)
    page.approve_radio.setChecked(True)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: f"administration approved change #{change_id}" in page.banner.text(), timeout=10_000
    )

    qtbot.waitUntil(
        lambda: bool(notes(filer, "administration.approved", change_id)), timeout=10_000
    )
    assert demo.get_website(6).ips == ("121.40.56.78", SECOND_TRY)
    qtbot.waitUntil(lambda: change_id not in page.review.model.change_ids(), timeout=10_000)
