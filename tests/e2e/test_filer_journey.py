"""The seed journey of a filer in the whole app, over the real service.

Sign in → Licenses → select a website → Change Access → pick a spare IP from a resource →
Submit for review
(confirmed) → the review status page → a reviewer rejects with a reason on that IP (through the
API) → the status page shows it by itself → Modify and Submit → the reason stands at the IP →
another IP → Modify and Submit → the reviewer approves → the status page shows the date by
which the provider submits to the administration.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt

from icp_desktop.ui.paths import AppPaths
from icp_desktop.ui.widgets.dialogs import SubmitConfirmation
from tests.helpers.live_server import LiveServer, api_client, start_live_server
from tests.helpers.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.e2e

DOMAIN = "jobs.yunzhan-tech.cn"  # 京ICP备20231234号-6, no open change in the demo data
FIRST_TRY, SECOND_TRY = "2408:4003:10a0::66", "39.108.77.13"
REASON = "网站未解析到该IP / The domain does not resolve to this address"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path / "service")  # administration simulator off
    yield live
    live.stop()


@pytest.fixture
def filer_app(
    qapp: Any, qtbot: Any, tmp_path: Path, server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    from icp_desktop.ui.controller import AppController

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    confirmations: list[bool] = []
    monkeypatch.setattr(
        SubmitConfirmation,
        "ask",
        classmethod(
            lambda _cls, _parent, _summary, resubmit: confirmations.append(resubmit) or True
        ),
    )
    args = argparse.Namespace(
        server=server.url,
        demo=True,
        lang="en",
        ca_bundle=None,
        data_dir=None,
        quit_after_startup=False,
    )
    controller = AppController(
        qapp, args, AppPaths.under(tmp_path / "app").ensure(), use_tray=False
    )
    controller.confirmations = confirmations
    qtbot.addWidget(controller.window)
    controller.window.resize(1200, 800)
    controller.window.show()
    with qtbot.waitSignal(controller.server_ready, timeout=30_000):
        controller.after_first_paint()
    sign_in = controller.window.sign_in_page
    sign_in.username_edit.setText("demo")
    sign_in.password_edit.setText("demo-pass")
    with qtbot.waitSignals([controller.session_started, controller.poller_ready], timeout=20_000):
        sign_in.sign_in_button.click()
    yield controller
    controller.shutdown()
    keyring.set_keyring(previous)


def test_file_get_rejected_modify_and_submit_then_approved(
    filer_app: Any, server: LiveServer, qtbot: Any
) -> None:
    window = filer_app.window
    licenses = window.pages["licenses"]
    qtbot.waitUntil(lambda: licenses.model.rowCount() == 10, timeout=10_000)

    # Find the website by typing, select it, Change Access.
    qtbot.keyClicks(licenses.search, "jobs.")
    qtbot.waitUntil(
        lambda: licenses.model.total == 1 and licenses.model.rowCount() == 1, timeout=10_000
    )
    licenses.table.selectRow(0)
    qtbot.mouseClick(licenses.change_button, Qt.MouseButton.LeftButton)
    access = window.pages["change_access"]
    assert window.stack.currentWidget() is access
    qtbot.waitUntil(
        lambda: access.website is not None and not access.spinner.running, timeout=10_000
    )
    assert access.facts.text_of("domain") == DOMAIN
    before = access.editor.ips()

    # Pick a free IP of a resource and submit ("Submit for review", confirmed).
    assert access.editor.picker.select_ip(FIRST_TRY)
    qtbot.mouseClick(access.editor.picker.add_button, Qt.MouseButton.LeftButton)
    assert access.editor.ips() == [*before, FIRST_TRY]
    assert access.next_button.text() == "Submit for review"
    qtbot.mouseClick(access.next_button, Qt.MouseButton.LeftButton)
    status = window.pages["review_status"]
    qtbot.waitUntil(
        lambda: (
            window.stack.currentWidget() is status
            and status.change is not None
            and status.change.status == "pending_first_review"
        ),
        timeout=10_000,
    )
    change_id = int(status.change.id)
    assert filer_app.confirmations == [False]
    assert "Submitted for first review" in status.timeline.entry_texts()[-1]

    # A reviewer rejects with a reason on the new IP; the status page follows by itself.
    with api_client(server.url, "reviewer") as reviewer:
        reviewer.post(
            f"/v1/change-requests/{change_id}/review",
            json={
                "decision": "reject",
                "comment": "请核实",
                "reasons": [{"field": "proposed_ips", "ip": FIRST_TRY, "message": REASON}],
            },
        ).raise_for_status()
    qtbot.waitUntil(lambda: status.change.status == "first_review_rejected", timeout=10_000)
    assert REASON in status.fields["reasons"].text()
    assert status.modify_button.text() == "Modify and Submit"

    # Modify and Submit: the reason stands at that IP; swap it for another one.
    qtbot.mouseClick(status.modify_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is access
    qtbot.waitUntil(lambda: REASON in access.editor.reason_at(FIRST_TRY), timeout=10_000)
    assert access.next_button.text() == "Modify and Submit"
    access.editor.remove_ip(FIRST_TRY)
    access.editor.input.setText(SECOND_TRY)
    qtbot.keyClick(access.editor.input, Qt.Key.Key_Return)
    assert access.editor.ips() == [*before, SECOND_TRY]
    qtbot.mouseClick(access.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.stack.currentWidget() is status
            and status.change.status == "pending_first_review"
            and status.change.round == 2
        ),
        timeout=10_000,
    )
    assert filer_app.confirmations == [False, True]

    # The reviewer approves: the date of the submission to the administration appears.
    with api_client(server.url, "reviewer") as reviewer:
        reviewer.post(
            f"/v1/change-requests/{change_id}/review", json={"decision": "approve"}
        ).raise_for_status()
    qtbot.waitUntil(
        lambda: (
            status.change.status in ("pending_administration_submission", "administration_review")
        ),
        timeout=10_000,
    )
    # The deadline pending now: the provider's submission, or already the administration's.
    assert re.search(
        r"(Submission to the administration due|The administration is expected "
        r"to decide) by the end of \w+day, [\w ,]+ 20\d\d\b",
        status.deadline.text(),
    )
    texts = status.timeline.entry_texts()
    assert sum("First review rejected" in t for t in texts) == 1
    assert any("First review approved" in t for t in texts)
