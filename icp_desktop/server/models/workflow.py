"""ORM models of the Change Access workflow: changes, timeline, events, outbox, idempotency."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from icp_desktop.server.models.base import Base, UTCDateTime

# The statuses in which a change no longer blocks its website (DESIGN §2: final statuses).
_OPEN_CHANGE_SQL = "status NOT IN ('approved', 'withdrawn')"


class ChangeRequest(Base):
    """A Change Access (变更接入): a filer's proposal to replace a website's service IPs.

    ``version`` is the ETag; every write bumps it. The ``admin_claim_*`` columns let several
    service processes share the automatic administration submission without doing it twice.
    """

    __tablename__ = "change_requests"
    __table_args__ = (
        # At most one open change per website, enforced by the database itself.
        Index(
            "uq_change_requests_open_website",
            "website_id",
            unique=True,
            sqlite_where=text(_OPEN_CHANGE_SQL),
            postgresql_where=text(_OPEN_CHANGE_SQL),
        ),
        Index("ix_change_requests_status_due", "status", "first_review_due_at"),
        Index("ix_change_requests_owner", "owner_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    website_id: Mapped[int] = mapped_column(ForeignKey("websites.id"), nullable=False)
    owner_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(40), nullable=False, default="draft")
    proposed_ips: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    base_ips: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False)
    round: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_review_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    administration_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    administration_submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    administration_expected_by: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_estimated: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    admin_claim_token: Mapped[str | None] = mapped_column(String(64))
    admin_claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    admin_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    admin_last_error: Mapped[str | None] = mapped_column(Text)
    # The planned migration this change is a step of (reviewed as a batch), if any.
    migration_id: Mapped[int | None] = mapped_column(ForeignKey("migrations.id"), index=True)
    # At the administration: the province whose administration decides it and that
    # administration's window in working days (from province_windows at hand-over).
    administration_province: Mapped[str | None] = mapped_column(String(32))
    administration_window_days: Mapped[int | None] = mapped_column(Integer)


class ChangeTransition(Base):
    """One step of a change's timeline: who moved it, when, from where to where, and why."""

    __tablename__ = "change_transitions"
    __table_args__ = (Index("ix_change_transitions_change", "change_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[int] = mapped_column(ForeignKey("change_requests.id"), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    actor_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    action: Mapped[str] = mapped_column(String(40), nullable=False)
    from_status: Mapped[str | None] = mapped_column(String(40))
    to_status: Mapped[str] = mapped_column(String(40), nullable=False)
    round: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The IPs proposed at this step (opening and each submission), so that a history can show
    # what each round proposed.
    proposed_ips: Mapped[list[str] | None] = mapped_column(JSON, default=None)


class IdempotencyRecord(Base):
    """The stored response of a request made with an ``Idempotency-Key``."""

    __tablename__ = "idempotency_records"
    __table_args__ = (
        UniqueConstraint("account_id", "scope", "key", name="uq_idempotency_account_scope_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    scope: Mapped[str] = mapped_column(String(80), nullable=False)
    key: Mapped[str] = mapped_column(String(200), nullable=False)
    request_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    status_code: Mapped[int] = mapped_column(Integer, nullable=False)
    body: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class Event(Base):
    """Something a client should hear about; ``id`` is the long-poll cursor.

    Either ``account_id`` (one recipient) or ``audience`` (every account with that role) is set.
    """

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_account_id_id", "account_id", "id"),
        Index("ix_events_audience_id", "audience", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    audience: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    change_id: Mapped[int | None] = mapped_column(Integer)
    website_id: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str | None] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class OutboxMessage(Base):
    """An email or SMS waiting to be sent (or sent); never deleted, retried with backoff."""

    __tablename__ = "outbox_messages"
    __table_args__ = (Index("ix_outbox_messages_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(10), nullable=False)  # email | sms
    recipient: Mapped[str] = mapped_column(String(320), nullable=False)
    subject: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    last_error: Mapped[str | None] = mapped_column(Text)
    change_id: Mapped[int | None] = mapped_column(Integer)
    account_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claim_token: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AdministrationSubmission(Base):
    """One submission of one round of a change to the administration, and its decision."""

    __tablename__ = "administration_submissions"
    __table_args__ = (
        UniqueConstraint("change_id", "round", name="uq_administration_submissions_change_round"),
        Index("ix_administration_submissions_pending", "decision", "decide_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[int] = mapped_column(ForeignKey("change_requests.id"), nullable=False)
    round: Mapped[int] = mapped_column(Integer, nullable=False)
    gateway: Mapped[str] = mapped_column(String(20), nullable=False)  # simulator | manual
    external_ref: Mapped[str] = mapped_column(String(64), nullable=False)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    decide_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # simulator only
    planned_decision: Mapped[str | None] = mapped_column(String(10))  # simulator only
    decision: Mapped[str | None] = mapped_column(String(10))  # approve | reject, once decided
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
