"""Email and SMS of outcomes: received by a real SMTP server on loopback, and never lost when
that server is down or missing."""

from __future__ import annotations

import email
import threading
import time
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.helpers.live_server import LiveServer, free_port, start_live_server
from tests.server import workflow_api as api


class Inbox:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.arrived = threading.Condition()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=default)
        with self.arrived:
            self.messages.append(message)  # type: ignore[arg-type]
            self.arrived.notify_all()
        return "250 OK"

    def about(self, text: str) -> list[EmailMessage]:
        with self.arrived:
            return [m for m in self.messages if text in str(m["Subject"])]

    def wait_about(self, text: str, timeout: float = 20) -> list[EmailMessage]:
        """Wait until a message whose subject contains ``text`` has arrived."""
        with self.arrived:
            assert self.arrived.wait_for(
                lambda: any(text in str(m["Subject"]) for m in self.messages), timeout
            ), f"no message about {text} among {len(self.messages)}"
        return self.about(text)


def smtp_server(port: int) -> tuple[Controller, Inbox]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    return controller, inbox


def reject_one(server: LiveServer, domain: str) -> tuple[dict[str, Any], int]:
    demo = api.signed_in(server, "demo")
    reviewer = api.signed_in(server, "reviewer")
    site = api.website(demo, domain)
    cid = api.submitted_change(demo, domain, [api.SPARE_V4])["id"]
    response = api.review(
        reviewer,
        cid,
        "reject",
        [{"field": "proposed_ips", "ip": api.SPARE_V4, "message": "服务器未响应 / no answer"}],
        comment="请检查",
    )
    assert response.status_code == 200
    demo.close()
    reviewer.close()
    return site, cid


def outbox(server: LiveServer, **params: str) -> list[dict[str, Any]]:
    with api.signed_in(server, "operator") as operator:
        response = operator.get("/v1/outbox", params=params)
        assert response.status_code == 200
        return list(response.json()["items"])


def wait_outbox(
    server: LiveServer, cid: int, channel: str, status: str, timeout: float = 20
) -> dict[str, Any]:
    """Follow the operator's outbox until the change's message reaches ``status``."""
    deadline = time.monotonic() + timeout
    while True:
        found = [m for m in outbox(server) if m["change_id"] == cid and m["channel"] == channel]
        if found and found[0]["status"] == status:
            return found[0]
        assert time.monotonic() < deadline, found
        time.sleep(0.2)  # the outbox has no event stream; poll it briefly


@pytest.fixture
def smtp_port() -> int:
    return free_port()


def test_a_rejection_is_emailed_in_chinese_and_english_and_texted(
    tmp_path: Path, smtp_port: int
) -> None:
    controller, inbox = smtp_server(smtp_port)
    server = start_live_server(
        tmp_path / "srv", env={"ICP_SMTP_HOST": "127.0.0.1", "ICP_SMTP_PORT": str(smtp_port)}
    )
    try:
        site, cid = reject_one(server, "yunzhan-tech.cn")
        [mail] = inbox.wait_about(site["license_number"])
        assert mail["To"] == "demo@example.com"
        assert str(mail["Subject"]) == (
            f"【ICP备案】变更接入初审驳回 / Change Access rejected in first review: "
            f"{site['license_number']}"
        )
        text = mail.get_content()
        assert "驳回原因" in text and "Reasons:" in text
        assert api.SPARE_V4 in text and "请检查" in text
        sent = wait_outbox(server, cid, "email", "sent")
        assert sent["attempts"] == 1
        wait_outbox(server, cid, "sms", "sent")
        sms_log = (tmp_path / "srv" / "sms-outbox.log").read_text(encoding="utf-8")
        assert f"13800138000\t【ICP备案】{site['license_number']} 变更接入初审驳回" in sms_log
    finally:
        server.stop()
        controller.stop()


def test_email_waits_while_the_smtp_server_is_down_and_is_sent_once_later(
    tmp_path: Path, smtp_port: int
) -> None:
    server = start_live_server(
        tmp_path / "srv", env={"ICP_SMTP_HOST": "127.0.0.1", "ICP_SMTP_PORT": str(smtp_port)}
    )
    controller = None
    try:
        site, cid = reject_one(server, "yunzhan-tech.cn")
        # Nothing listens yet: the attempt fails and the message stays queued with the error.
        deadline = time.monotonic() + 20
        while True:
            failing = [
                m
                for m in outbox(server, status="pending")
                if m["change_id"] == cid and m["channel"] == "email"
            ]
            if failing and failing[0]["attempts"] >= 1:
                break
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert failing[0]["last_error"]
        controller, inbox = smtp_server(smtp_port)
        sent = wait_outbox(server, cid, "email", "sent", timeout=30)
        assert sent["attempts"] >= 2
        assert len(inbox.wait_about(site["license_number"])) == 1
        # Sent means done: a few more scheduler rounds send nothing again.
        with api.signed_in(server, "operator") as operator:
            assert operator.post(f"/v1/outbox/{sent['id']}/retry").json()["status"] == "sent"
        time.sleep(1.5)
        assert len(inbox.about(site["license_number"])) == 1
    finally:
        server.stop()
        if controller is not None:
            controller.stop()


def test_without_an_smtp_server_email_stays_pending_and_an_operator_can_retry(
    tmp_path: Path, smtp_port: int
) -> None:
    server = start_live_server(tmp_path / "srv")
    try:
        _site, cid = reject_one(server, "yunzhan-tech.cn")
        deadline = time.monotonic() + 20
        while True:
            pending = [
                m
                for m in outbox(server, status="pending")
                if m["change_id"] == cid and m["channel"] == "email"
            ]
            if pending and pending[0]["last_error"]:
                break
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert pending[0]["last_error"] == "no SMTP server configured"
        assert pending[0]["attempts"] == 0
        wait_outbox(server, cid, "sms", "sent")
        with api.signed_in(server, "operator") as operator:
            retried = operator.post(f"/v1/outbox/{pending[0]['id']}/retry")
            assert retried.status_code == 200
            assert retried.json()["status"] == "pending"
            assert operator.post("/v1/outbox/999999/retry").status_code == 404
        with api.signed_in(server, "demo") as demo:
            assert demo.get("/v1/outbox").status_code == 403
    finally:
        server.stop()
