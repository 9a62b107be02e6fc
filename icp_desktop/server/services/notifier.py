"""Email and SMS about a change's outcomes, through the outbox table.

Messages are written in the transaction of the outcome itself (so an outcome without its
messages cannot exist) and sent later by the scheduler. A failed send is retried with backoff;
nothing is ever deleted, and a message whose channel is not configured waits, visible to
operators, until it is.
"""

from __future__ import annotations

import asyncio
import secrets
import smtplib
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from icp_desktop.domain.clock import Clock
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.workflow import ChangeRequest, OutboxMessage
from icp_desktop.server.services import loaded
from icp_desktop.server.settings import Settings

NO_SMTP = "no SMTP server configured"
CLAIM_SECONDS = 60
# Seconds to wait before attempt n+1 (the last value repeats).
BACKOFF = (2, 5, 15, 60, 300, 900)

# (中文, English) of each outcome, used in subjects and texts.
OUTCOME_TEXT: dict[str, tuple[str, str]] = {
    "first_review.approved": ("变更接入初审通过", "Change Access approved in first review"),
    "first_review.rejected": ("变更接入初审驳回", "Change Access rejected in first review"),
    "administration.submitted": (
        "变更接入已提交管局审核",
        "Change Access submitted to the communication administration",
    ),
    "administration.approved": (
        "变更接入管局审核通过",
        "Change Access approved by the communication administration",
    ),
    "administration.rejected": (
        "变更接入管局审核驳回",
        "Change Access rejected by the communication administration",
    ),
}


def _reason_lines(reasons: list[dict[str, Any]]) -> list[str]:
    lines = []
    for r in reasons:
        where = f"[{r['ip']}] " if r.get("ip") else ""
        lines.append(f"  - {where}{r.get('message', '')}")
    return lines


def compose(kind: str, body: dict[str, Any]) -> tuple[str, str, str]:
    """(email subject, email text, SMS text) for one outcome, in Chinese and English."""
    zh, en = OUTCOME_TEXT[kind]
    lic = body.get("license_number", "")
    site = f"{body.get('website_name', '')} ({body.get('domain', '')})"
    subject = f"【ICP备案】{zh} / {en}: {lic}"
    reasons = _reason_lines(body.get("reasons") or [])
    comment = body.get("comment") or ""
    zh_lines = [f"您好，网站 {site}（备案号 {lic}）的{zh}。"]
    en_lines = [f"Hello, {en} for the website {site} (license {lic})."]
    if reasons:
        zh_lines.append("驳回原因：")
        zh_lines += reasons
        en_lines.append("Reasons:")
        en_lines += reasons
    if comment:
        zh_lines.append(f"审核意见：{comment}")
        en_lines.append(f"Comment: {comment}")
    zh_lines.append("请登录 ICP Desktop 查看详情。")
    en_lines.append("Sign in to ICP Desktop for details.")
    text = "\n".join([*zh_lines, "", *en_lines]) + "\n"
    sms = f"【ICP备案】{lic} {zh}" + ("，请登录查看驳回原因。" if reasons else "。")
    return subject, text, sms


async def enqueue_outcome(
    session: AsyncSession, change: ChangeRequest, kind: str, body: dict[str, Any]
) -> None:
    """Queue the email and the SMS for one outcome in the caller's transaction."""
    if kind not in OUTCOME_TEXT:
        return
    owner = await session.get(Account, change.owner_id)
    if owner is None:
        return
    loaded.remember_account(session, owner)  # the change in the response shows its owner
    subject, text, sms = compose(kind, body)
    now = session_now(session)
    if owner.email:
        session.add(
            OutboxMessage(
                channel="email",
                recipient=owner.email,
                subject=subject,
                body=text,
                change_id=change.id,
                account_id=owner.id,
                next_attempt_at=now,
                created_at=now,
            )
        )
    if owner.phone:
        session.add(
            OutboxMessage(
                channel="sms",
                recipient=owner.phone,
                subject="",
                body=sms,
                change_id=change.id,
                account_id=owner.id,
                next_attempt_at=now,
                created_at=now,
            )
        )


class SendError(Exception):
    """A channel could not deliver a message now; it will be retried."""


class SmsAdapter(Protocol):
    def send(self, phone: str, text: str) -> None: ...


class LogSmsAdapter:
    """Appends each SMS as one line to ``sms-outbox.log`` in the data directory."""

    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self.clock = clock

    def send(self, phone: str, text: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = f"{self.clock.now().isoformat()}\t{phone}\t{text.replace(chr(10), ' ')}\n"
        with self.path.open("a", encoding="utf-8") as f:
            f.write(line)


class Sender:
    """Delivers outbox messages: email over SMTP (in a thread), SMS through the adapter."""

    def __init__(self, settings: Settings, clock: Clock, sms: SmsAdapter | None = None) -> None:
        self.settings = settings
        self.sms = sms or LogSmsAdapter(settings.data_dir / "sms-outbox.log", clock)

    def _send_email(self, msg: OutboxMessage) -> None:
        if not self.settings.smtp_host:
            raise SendError(NO_SMTP)
        email = EmailMessage()
        email["From"] = self.settings.smtp_from
        email["To"] = msg.recipient
        email["Subject"] = msg.subject
        email["Date"] = formatdate(localtime=False)
        # A stable Message-ID lets a receiving server drop a resend after a lost reply.
        email["Message-ID"] = make_msgid(idstring=f"outbox-{msg.id}", domain="icp-filing.local")
        email.set_content(msg.body)
        try:
            with smtplib.SMTP(
                self.settings.smtp_host,
                self.settings.smtp_port,
                timeout=self.settings.smtp_timeout,
            ) as smtp:
                smtp.send_message(email)
        except (OSError, smtplib.SMTPException) as exc:
            raise SendError(f"{type(exc).__name__}: {exc}") from exc

    def deliver(self, msg: OutboxMessage) -> None:
        if msg.channel == "email":
            self._send_email(msg)
        else:
            try:
                self.sms.send(msg.recipient, msg.body)
            except OSError as exc:
                raise SendError(f"SMS adapter: {exc}") from exc


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF[min(attempts, len(BACKOFF)) - 1] if attempts else 0)


async def send_due(
    sessions: async_sessionmaker[AsyncSession], sender: Sender, *, limit: int = 20
) -> int:
    """Claim due pending messages, send them, record the outcome; returns how many were sent.

    The claim is a conditional UPDATE, so two processes never send one message at once.
    """
    token = secrets.token_hex(8)
    async with sessions() as session:
        now = session_now(session)
        ids = (
            await session.scalars(
                select(OutboxMessage.id)
                .where(
                    OutboxMessage.status == "pending",
                    OutboxMessage.next_attempt_at <= now,
                    or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
                )
                .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
                .limit(limit)
            )
        ).all()
        if not ids:
            return 0
        await session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id.in_(ids),
                OutboxMessage.status == "pending",
                or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
            )
            # Long enough for every claimed message to time out once, so no other process
            # claims (and sends) a message this one is still working on.
            .values(
                claim_token=token,
                claimed_until=now
                + timedelta(seconds=CLAIM_SECONDS + len(ids) * (sender.settings.smtp_timeout + 5)),
            )
        )
        await session.commit()
        mine = (
            await session.scalars(select(OutboxMessage).where(OutboxMessage.claim_token == token))
        ).all()
        session.expunge_all()
    sent = 0
    for msg in mine:
        error: str | None = None
        try:
            await asyncio.to_thread(sender.deliver, msg)
        except SendError as exc:
            error = str(exc)
        async with sessions() as session:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == msg.id, OutboxMessage.claim_token == token)
                .values(
                    **_outcome_values(
                        msg, error, sender.settings.outbox_max_attempts, session_now(session)
                    )
                )
            )
            await session.commit()
        sent += error is None
    return sent


def _outcome_values(
    msg: OutboxMessage, error: str | None, max_attempts: int, now: datetime
) -> dict[str, Any]:
    if error is None:
        return {
            "status": "sent",
            "sent_at": now,
            "attempts": msg.attempts + 1,
            "last_error": None,
            "claim_token": None,
            "claimed_until": None,
        }
    if error == NO_SMTP:
        # Not a failed attempt: the message waits until a server is configured.
        return {
            "last_error": error,
            "next_attempt_at": now + timedelta(seconds=30),
            "claim_token": None,
            "claimed_until": None,
        }
    attempts = msg.attempts + 1
    values: dict[str, Any] = {
        "attempts": attempts,
        "last_error": error[:1000],
        "next_attempt_at": now + _backoff(attempts),
        "claim_token": None,
        "claimed_until": None,
    }
    if attempts >= max_attempts:
        values["status"] = "failed"
    return values


async def retry(session: AsyncSession, message_id: int) -> OutboxMessage | None:
    """Put a message back in the queue to be sent at once (an operator's retry)."""
    msg = await session.get(OutboxMessage, message_id) if 0 < message_id < 2**31 else None
    if msg is None:
        return None
    if msg.status != "sent":
        msg.status = "pending"
        msg.next_attempt_at = session_now(session)
        msg.claim_token = None
        msg.claimed_until = None
    return msg
