"""First review (初审): the reviewer's decision and the queues of reviewers and operators."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.errors import (
    ConflictError,
    FieldIssue,
    ForbiddenError,
    InvalidError,
    MalformedError,
    ServiceError,
)
from icp_desktop.domain.status import Action, ChangeStatus, Role
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Website
from icp_desktop.server.models.workflow import ChangeRequest
from icp_desktop.server.schemas import Reason, ReviewIn
from icp_desktop.server.services import calendars, deadlines, transitions
from icp_desktop.server.services.transitions import ActorRef

STAGES: dict[str, ChangeStatus] = {
    "first_review": ChangeStatus.PENDING_FIRST_REVIEW,
    "administration_submission": ChangeStatus.PENDING_ADMINISTRATION_SUBMISSION,
    "administration_review": ChangeStatus.ADMINISTRATION_REVIEW,
}
DUE_COLUMN = {
    ChangeStatus.PENDING_FIRST_REVIEW: ChangeRequest.first_review_due_at,
    ChangeStatus.PENDING_ADMINISTRATION_SUBMISSION: ChangeRequest.administration_due_at,
    ChangeStatus.ADMINISTRATION_REVIEW: ChangeRequest.administration_expected_by,
}


def already_decided(change: ChangeRequest) -> ServiceError:
    status = ChangeStatus(change.status)
    return ConflictError(
        "already_decided",
        f"This change was already decided: it is now '{status.value}' ({status.label_en}).",
        [
            FieldIssue(
                field="status",
                code="already_decided",
                message=f"The change is now {status.label_en}",
                params={"status": status.value},
            )
        ],
    )


def self_review() -> ServiceError:
    return ForbiddenError(
        "You submitted this change yourself; another reviewer must decide it.", "self_review"
    )


def reasons_json(reasons: list[Reason]) -> list[dict[str, Any]]:
    return [r.model_dump(mode="json") for r in reasons]


def _control_chars(text: str | None) -> bool:
    return bool(text) and any(ord(ch) < 32 and ch not in "\n\r\t" for ch in text or "")


def check_text(body: ReviewIn | Any) -> None:
    """Comments and reasons are text a person reads: no control characters (nor NUL, which
    PostgreSQL cannot store)."""
    fields = [("comment", body.comment)] + [
        ("reasons", value) for r in body.reasons for value in (r.message, r.code, r.ip)
    ]
    bad = sorted({name for name, value in fields if _control_chars(value)})
    if bad:
        raise InvalidError(
            [
                FieldIssue(
                    field=name,
                    code="control_characters",
                    message="Remove control characters from this text",
                )
                for name in bad
            ],
            "Text contains control characters.",
            "validation_failed",
        )


def check_reasons(change: ChangeRequest, body: ReviewIn | Any) -> None:
    """A rejection needs at least one reason; a reason on one IP must name a proposed IP."""
    check_text(body)
    if body.decision != "reject":
        return
    if not body.reasons:
        raise InvalidError(
            [
                FieldIssue(
                    field="reasons",
                    code="required",
                    message="Give at least one reason for the rejection",
                )
            ],
            "A rejection needs at least one reason.",
            "validation_failed",
        )
    misplaced = [r.field for r in body.reasons if r.ip is not None and r.field != "proposed_ips"]
    if misplaced:
        raise InvalidError(
            [
                FieldIssue(
                    field="reasons",
                    code="ip_on_other_field",
                    message=f"A reason on {name} cannot name an IP",
                    params={"reason_field": name},
                )
                for name in misplaced
            ],
            "Only a reason on the IP list may name an IP.",
            "validation_failed",
        )
    known = set(change.proposed_ips) | set(change.base_ips)
    bad = [r.ip for r in body.reasons if r.ip is not None and r.ip not in known]
    if bad:
        raise InvalidError(
            [
                FieldIssue(
                    field="reasons",
                    ip=ip,
                    code="unknown_ip",
                    message=f"{ip} is not one of this change's IPs",
                )
                for ip in bad
            ],
            "A reason names an IP that is not in this change.",
            "validation_failed",
        )


async def decide(
    session: AsyncSession, change: ChangeRequest, reviewer: Account, body: ReviewIn
) -> ChangeRequest:
    """Approve or reject a pending first review: one conditional UPDATE, one winner.

    The guard ``owner_id != reviewer`` is part of the UPDATE itself, so the self-review rule
    and the status check cannot be separated by a concurrent request.
    """
    if change.owner_id == reviewer.id:
        raise self_review()
    if change.status != ChangeStatus.PENDING_FIRST_REVIEW.value:
        raise already_decided(change)
    check_reasons(change, body)
    now = session_now(session)
    actor = ActorRef.of(reviewer)
    guards = (ChangeRequest.owner_id != reviewer.id,)
    reasons = reasons_json(body.reasons) if body.decision == "reject" else []
    if body.decision == "approve":
        due, estimated = deadlines.administration_due(await calendars.current(session), now)
        moved = await transitions.move(
            session,
            change,
            Action.APPROVE_FIRST_REVIEW,
            actor,
            guards=guards,
            values={
                "approved_at": now,
                "administration_due_at": due,
                "due_estimated": estimated,
                "reasons": [],
                "comment": body.comment,
            },
            comment=body.comment,
            payload={"administration_due_at": due.isoformat()},
        )
    else:
        moved = await transitions.move(
            session,
            change,
            Action.REJECT_FIRST_REVIEW,
            actor,
            guards=guards,
            values={"reasons": reasons, "comment": body.comment},
            reasons=reasons,
            comment=body.comment,
        )
    if moved is None:
        raise already_decided(await transitions.reload(session, change.id))
    return moved


def stage_of(stage: str | None, role: Role) -> ChangeStatus:
    if stage is None:
        return (
            ChangeStatus.PENDING_FIRST_REVIEW
            if role is Role.REVIEWER
            else ChangeStatus.PENDING_ADMINISTRATION_SUBMISSION
        )
    if stage not in STAGES:
        raise InvalidError(
            [
                FieldIssue(
                    field="stage",
                    code="not_allowed",
                    message=f"stage must be one of {', '.join(STAGES)}",
                )
            ],
            "Unknown stage.",
            "validation_failed",
        )
    status = STAGES[stage]
    if role is Role.REVIEWER and status is not ChangeStatus.PENDING_FIRST_REVIEW:
        raise ForbiddenError("Reviewers see the first-review queue only.")
    return status


@dataclass(frozen=True)
class QueueKey:
    """Where a page of the queue ended: the last change's due time and id. The next page
    starts after it, so changes joining or leaving the queue meanwhile never make a page skip
    or repeat one that stays."""

    due: datetime | None
    id: int

    def encode(self) -> str:
        raw = json.dumps(
            {"due": self.due.isoformat() if self.due else None, "id": self.id},
            separators=(",", ":"),
        ).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, cursor: str) -> QueueKey:
        """The key a cursor stands for; a 400 problem for anything this service did not give."""
        try:
            data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
            due = None if data["due"] is None else datetime.fromisoformat(data["due"])
            ident = data["id"]
            if not isinstance(ident, int) or isinstance(ident, bool) or not 0 <= ident < 2**31:
                raise ValueError(ident)
            if due is not None and due.tzinfo is None:
                raise ValueError(data["due"])
            return cls(due, ident)
        except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise MalformedError(
                "The cursor is not one this service gave out.",
                "invalid_cursor",
                [FieldIssue(field="cursor", code="invalid_cursor", message="Unknown cursor.")],
            ) from exc


async def queue(
    session: AsyncSession,
    status: ChangeStatus,
    *,
    q: str | None,
    after: QueueKey | None,
    limit: int,
) -> list[ChangeRequest]:
    """Changes in ``status``, most urgent first (due time ascending, then oldest), after the
    key where the previous page ended."""
    due = DUE_COLUMN[status]
    stmt = select(ChangeRequest).where(ChangeRequest.status == status.value)
    if after is not None and after.due is not None:
        stmt = stmt.where(
            or_(due.is_(None), due > after.due, and_(due == after.due, ChangeRequest.id > after.id))
        )
    elif after is not None:
        stmt = stmt.where(due.is_(None), ChangeRequest.id > after.id)
    if q:
        like = f"%{q.strip().lower()}%"
        stmt = stmt.join(Website, Website.id == ChangeRequest.website_id).where(
            or_(
                func.lower(Website.license_number).like(like),
                func.lower(Website.name).like(like),
                func.lower(Website.domain).like(like),
            )
        )
    stmt = stmt.order_by(due.is_(None), due, ChangeRequest.id).limit(limit)
    return list((await session.scalars(stmt)).all())


async def counts(session: AsyncSession) -> dict[str, int]:
    """Number of changes per status (every status present, zero when none)."""
    rows = (
        await session.execute(
            select(ChangeRequest.status, func.count()).group_by(ChangeRequest.status)
        )
    ).all()
    found = {status: int(n) for status, n in rows}
    return {s.value: found.get(s.value, 0) for s in ChangeStatus}


def due_of(change: ChangeRequest) -> Any:
    status = ChangeStatus(change.status)
    if status is ChangeStatus.PENDING_FIRST_REVIEW:
        return change.first_review_due_at
    if status is ChangeStatus.PENDING_ADMINISTRATION_SUBMISSION:
        return change.administration_due_at
    if status is ChangeStatus.ADMINISTRATION_REVIEW:
        return change.administration_expected_by
    return None
