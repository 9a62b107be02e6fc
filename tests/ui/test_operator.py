"""The operator's page over the real service: submissions, outcomes, and the outbox."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from icp_desktop.ui.models.review_queue import DUE, OVERDUE_ROLE
from icp_desktop.ui.pages.operator import OperatorPage
from tests.helpers.ci import missing_dependency
from tests.helpers.live_server import LiveServer, start_live_server
from tests.ui.review_support import (
    backend_for,
    file_change,
    hold_automatic_submission,
    signed_in,
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The demo service, simulator off, its emails going to an SMTP port nobody listens on
    (one attempt each), so they fail until an SMTP server appears there."""
    # Bound but not listening: connections to it are refused, and no other process on the
    # machine can take the port before the test's SMTP server does.
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    holder.bind(("127.0.0.1", 0))
    smtp_port = int(holder.getsockname()[1])
    server = start_live_server(
        tmp_path_factory.mktemp("operator-service"),
        env={
            "ICP_SMTP_HOST": "127.0.0.1",
            "ICP_SMTP_PORT": str(smtp_port),
            "ICP_OUTBOX_MAX_ATTEMPTS": "1",
            "ICP_SMTP_TIMEOUT": "2",
        },
    )
    yield {
        "server": server,
        "url": server.url,
        "smtp_port": smtp_port,
        "smtp_holder": holder,
        "demo": signed_in(server.url, "demo"),
        "reviewer": signed_in(server.url, "reviewer"),
        "operator": signed_in(server.url, "operator"),
    }
    server.stop()
    holder.close()


@pytest.fixture
def page(qtbot: Any, service: dict[str, Any]) -> Iterator[OperatorPage]:
    backend = backend_for(service["url"], "operator")
    page = OperatorPage(backend)
    page.undo_bar.seconds = 0  # decisions sent at once (the undo window: test_review_detail)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.review.model.rowCount() > 0, timeout=10_000)
    yield page
    backend.shutdown()


def approved_and_held(service: dict[str, Any], website_id: int, ips: list[str]) -> int:
    """A change approved in first review whose automatic submission is held up."""
    change = file_change(service["demo"], website_id, ips)
    hold_automatic_submission(service["server"], change.id)
    service["reviewer"].review(change.id, "approve")
    return int(change.id)


def reload(page: OperatorPage, qtbot: Any) -> None:
    page.refresh()
    qtbot.waitUntil(
        lambda: not (page.submission.busy.busy or page.review.busy.busy or page.outbox.busy.busy),
        timeout=10_000,
    )


def test_submissions_due_within_one_working_day_overdue_first_and_submitted_by_hand(
    page: OperatorPage, qtbot: Any, service: dict[str, Any]
) -> None:
    fresh = approved_and_held(service, 6, ["121.40.56.78", "39.108.77.13"])
    reload(page, qtbot)
    model = page.submission.model
    ids = model.change_ids()
    assert fresh in ids and len(ids) >= 2
    overdue_rows = [model.data(model.index(r, DUE), OVERDUE_ROLE) for r in range(len(ids))]
    assert overdue_rows == sorted(overdue_rows, reverse=True) and overdue_rows[0] is True
    assert model.data(model.index(0, DUE)).startswith("overdue by ")
    due = model.data(model.index(ids.index(fresh), DUE))
    estimated = model.item(ids.index(fresh)).change.deadline.estimated
    assert re.fullmatch(
        r"due (today|in 1 working day) \(\d{1,2}/\d{1,2}/\d{4}\)"
        + (r" \(estimated\)" if estimated else ""),
        due,
    ), due
    assert model.headerData(DUE, Qt.Orientation.Horizontal) == (
        "Submit to the administration by (Beijing time)"
    )
    assert page.tabs.tabText(0).startswith("Awaiting submission (")
    assert "overdue" in page.tabs.tabText(0)

    page.submission.select_change(fresh)
    assert page.submit_button.isEnabled()
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"Change #{fresh} was submitted" in page.banner.text(), timeout=10_000)
    qtbot.waitUntil(lambda: fresh in page.review.model.change_ids(), timeout=10_000)
    assert fresh not in page.submission.model.change_ids()
    row = page.review.model.row_of(fresh)
    estimated = page.review.model.item(row).change.deadline.estimated
    assert re.fullmatch(
        r"expected by \d{1,2}/\d{1,2}/\d{4} \(up to 20 working days\)"
        + (r" \(estimated\)" if estimated else ""),
        page.review.model.data(page.review.model.index(row, DUE)),
    )
    assert service["demo"].get_change(fresh).status == "administration_review"


def test_record_the_administrations_rejection_with_a_reason(
    page: OperatorPage, qtbot: Any, service: dict[str, Any]
) -> None:
    # edu.qinghe-net.cn's demo change was handed to the administration by hand.
    demo2 = signed_in(service["url"], "demo2")
    change = next(
        c for c in demo2.list_changes(limit=100).items if c.status == "administration_review"
    )
    assert page.review.select_change(change.id)
    assert page.record_button.isEnabled()
    page.reject_radio.setChecked(True)
    assert page.reasons.isEnabled()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert "at least one" in page.reasons.error_label.text()  # a rejection needs a reason
    page.reasons.reason_combo.setEditText("The contact person could not be reached")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "administration rejected change" in page.banner.text(), timeout=10_000)
    seen = demo2.get_change(change.id)
    assert seen.status == "administration_rejected"
    assert [r.message for r in seen.reasons] == ["The contact person could not be reached"]


def test_record_the_administrations_approval_changes_the_websites_ips(
    page: OperatorPage, qtbot: Any, service: dict[str, Any]
) -> None:
    change_id = approved_and_held(service, 8, ["121.40.56.79", "39.108.77.12"])
    service["operator"].administration_submit(change_id)
    reload(page, qtbot)
    assert page.review.select_change(change_id)
    page.approve_radio.setChecked(True)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: f"administration approved change #{change_id}" in page.banner.text(), timeout=10_000
    )
    assert service["demo"].get_website(8).ips == ("121.40.56.79", "39.108.77.12")
    qtbot.waitUntil(lambda: change_id not in page.review.model.change_ids(), timeout=10_000)


def test_outbox_lists_failed_messages_and_retry_sends_them(
    page: OperatorPage, qtbot: Any, service: dict[str, Any]
) -> None:
    try:
        from aiosmtpd.controller import Controller
    except ImportError:
        missing_dependency("aiosmtpd")
    operator = service["operator"]
    qtbot.waitUntil(lambda: any(m.status == "failed" for m in operator.outbox()), timeout=20_000)
    reload(page, qtbot)
    outbox = page.outbox
    failed = next(m for m in outbox.items if m.status == "failed")
    assert outbox.select_message(failed.id)
    row = outbox.table.currentRow()
    texts = [outbox.table.item(row, c).text() for c in range(8)]  # type: ignore[union-attr]
    assert texts[1] == "Email" and texts[3] == "⚠ failed" and texts[4] == "1"
    assert "Connection refused" in texts[5] or "Errno" in texts[5], texts[5]
    assert outbox.retry_button.isEnabled()
    sent_row = next(r for r, m in enumerate(outbox.items) if m.status == "sent")
    outbox.table.selectRow(sent_row)
    assert not outbox.retry_button.isEnabled()  # only failed messages are retried

    received: list[Any] = []

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            received.append(envelope)
            return "250 OK"

    service["smtp_holder"].close()
    smtp = Controller(Handler(), hostname="127.0.0.1", port=service["smtp_port"])
    smtp.start()
    try:
        outbox.select_message(failed.id)
        qtbot.mouseClick(outbox.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: f"Message #{failed.id} will be sent again" in page.banner.text(), timeout=10_000
        )
        qtbot.waitUntil(
            lambda: any(failed.recipient in e.rcpt_tos for e in received), timeout=20_000
        )
        # The server stays up until the service has read its "250 OK": stopped earlier, the
        # service would see the connection drop and rightly keep the message as failed.
        qtbot.waitUntil(
            lambda: next(m for m in operator.outbox() if m.id == failed.id).status == "sent",
            timeout=10_000,
        )
    finally:
        smtp.stop()
    reload(page, qtbot)
    outbox.select_message(failed.id)
    assert outbox.table.item(outbox.table.currentRow(), 3).text() == "sent"  # type: ignore[union-attr]


def test_changes_the_simulator_decides_cannot_be_recorded_by_hand(
    qtbot: Any, tmp_path: Any
) -> None:
    server: LiveServer = start_live_server(
        tmp_path / "simulated", admin_simulator="approve", admin_delay=3600
    )
    backend = backend_for(server.url, "operator")
    try:
        change = file_change(signed_in(server.url, "demo"), 1, ["47.93.18.21", "39.108.77.12"])
        signed_in(server.url, "reviewer").review(change.id, "approve")
        operator = signed_in(server.url, "operator")
        qtbot.waitUntil(
            lambda: operator.get_change(change.id).status == "administration_review", timeout=10_000
        )
        page = OperatorPage(backend)
        qtbot.addWidget(page)
        page.show()
        page.activate()
        qtbot.waitUntil(lambda: change.id in page.review.model.change_ids(), timeout=10_000)
        page.review.select_change(change.id)
        assert not page.record_button.isEnabled()
        assert "simulator decides" in page.outcome_note.text()
    finally:
        backend.shutdown()
        server.stop()


def test_an_operator_opening_a_change_sees_its_stage_deadline_and_no_decision_buttons(
    page: OperatorPage, qtbot: Any, service: dict[str, Any]
) -> None:
    from icp_desktop.ui.pages.review_detail import ReviewDetailPage

    waiting = page.submission.model.change_ids()[0]
    page.submission.select_change(waiting)
    page.submission.table.setFocus()
    with qtbot.waitSignal(page.open_review, timeout=2000) as opened:
        qtbot.keyClick(page.submission.table, Qt.Key.Key_Return)
    assert opened.args == [waiting]
    detail = ReviewDetailPage(page._backend)
    qtbot.addWidget(detail)
    detail.show()
    detail.activate(change_id=waiting)
    qtbot.waitUntil(lambda: detail.change_id == waiting and not detail.busy.busy, timeout=10_000)
    assert not detail.approve_button.isEnabled() and not detail.reject_button.isEnabled()
    assert detail.action_note.text().startswith("First reviews are decided by reviewers")
    estimated = (
        detail.change is not None
        and detail.change.deadline is not None
        and detail.change.deadline.estimated
    )
    assert re.fullmatch(
        r"⚠ Overdue: Submission to the administration due by the end of "
        r"[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4} \(Beijing time\) "
        r"\(within 1 working day of approval\)" + (r" \(estimated\)" if estimated else ""),
        detail.due_label.text(),
    ), detail.due_label.text()
    assert detail.due_label.icon_shown() is estimated
