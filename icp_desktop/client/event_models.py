"""Typed answers about what happened: the caller's events (``/v1/events``) and the outbox of
emails and SMS an operator watches."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from icp_desktop.client.wire import (
    JsonObject,
    JsonValue,
    api_time,
    objects,
    opt_int,
    opt_str,
    parse_api_time,
)
from icp_desktop.domain.status import ChangeStatus


@dataclass(frozen=True, slots=True)
class Event:
    """``EventOut``: one outcome or change the service recorded for the caller.

    Attributes:
        kind: ``first_review.approved``, ``queue.changed``, ``sms_verification.reminder`` …
        payload: what the kind carries (license number, domain, reasons, the reminder's
            stage …), as the service sent it.
    """

    id: int
    kind: str
    at: datetime
    change_id: int | None = None
    website_id: int | None = None
    status: ChangeStatus | None = None
    payload: dict[str, JsonValue] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: JsonObject) -> Event:
        status = data.get("status")
        payload = data.get("payload")
        return cls(
            id=int(data["id"]),
            kind=str(data["kind"]),
            at=api_time(data["at"]),
            change_id=opt_int(data.get("change_id")),
            website_id=opt_int(data.get("website_id")),
            status=ChangeStatus(status) if status else None,
            payload=dict(payload) if isinstance(payload, dict) else {},
        )


@dataclass(frozen=True, slots=True)
class EventBatch:
    """Events after a cursor, oldest first, and the cursor to go on from."""

    items: tuple[Event, ...]
    cursor: str

    @classmethod
    def from_json(cls, data: JsonObject) -> EventBatch:
        return cls(
            tuple(Event.from_json(e) for e in objects(data.get("items"))),
            str(data.get("cursor") or ""),
        )


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """``OutboxMessageOut``: one email or SMS of the notifier's outbox."""

    id: int
    channel: str
    recipient: str
    body: str
    status: str
    attempts: int
    created_at: datetime
    subject: str = ""
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    change_id: int | None = None
    sent_at: datetime | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> OutboxMessage:
        return cls(
            id=int(data["id"]),
            channel=str(data["channel"]),
            recipient=str(data.get("recipient") or ""),
            body=str(data.get("body") or ""),
            status=str(data["status"]),
            attempts=int(data.get("attempts") or 0),
            created_at=api_time(data["created_at"]),
            subject=str(data.get("subject") or ""),
            next_attempt_at=parse_api_time(data.get("next_attempt_at")),
            last_error=opt_str(data.get("last_error")),
            change_id=opt_int(data.get("change_id")),
            sent_at=parse_api_time(data.get("sent_at")),
        )
