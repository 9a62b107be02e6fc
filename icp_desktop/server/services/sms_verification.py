"""MIIT SMS verification (短信核验): the sub-state "awaiting SMS verification" of administration
review, its countdown, its reminders, and how it ends.

The step starts in the transaction that hands a change over to the administration (the
administration accepted it): one ``sms_verifications`` row per round, with the moment the
window ends. Everything after that is read from the database, so a countdown survives a
restart and any service process may carry on:

* reminders (at the start, with 12 h and with 4 h left): each claimed by a conditional UPDATE
  of ``reminders_sent`` and emitted as an event in the same transaction — once, whatever the
  number of processes;
* verification (the filer's "I have verified", the administration's confirmation through the
  gateway, or an operator recording it): a conditional UPDATE from ``awaiting``;
* expiry, or the fifth wrong try: a conditional UPDATE from ``awaiting`` and the change returned
  as ``administration_rejected`` with that reason, in one transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from icp_desktop.domain import sms_verification as rules
from icp_desktop.domain.errors import ConflictError, FieldIssue, ServiceError
from icp_desktop.domain.sms_verification import SmsState, VerifiedBy
from icp_desktop.domain.status import Actor, ChangeStatus, Role
from icp_desktop.server import audit
from icp_desktop.server.db import session_now
from icp_desktop.server.gateway import AdministrationGateway
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.administration import SmsVerification
from icp_desktop.server.models.catalog import Website
from icp_desktop.server.models.workflow import (
    AdministrationSubmission,
    ChangeRequest,
    ChangeTransition,
)
from icp_desktop.server.schemas import SmsVerificationOut
from icp_desktop.server.services import events, loaded
from icp_desktop.server.services.transitions import ActorRef
from icp_desktop.server.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

IN_REVIEW = ChangeStatus.ADMINISTRATION_REVIEW.value
AWAITING = SmsState.AWAITING.value


def not_awaiting(detail: str = "The change is not awaiting SMS verification.") -> ServiceError:
    return ConflictError(
        "sms_not_awaiting",
        detail,
        [
            FieldIssue(
                field="sms_verification",
                code="sms_not_awaiting",
                message="The change is not awaiting SMS verification",
            )
        ],
    )


# --- starting ----------------------------------------------------------------------------------


async def start(
    session: AsyncSession, change: ChangeRequest, gateway: AdministrationGateway
) -> SmsVerification:
    """Begin the step for the change's current round (it was just handed over) and emit the
    first reminder with it. The caller commits."""
    now = session_now(session)
    expires = now + gateway.sms_window
    row = SmsVerification(
        change_id=change.id,
        round=change.round,
        state=AWAITING,
        started_at=now,
        expires_at=expires,
        failures=0,
        reminders_sent=1,
        next_reminder_at=rules.next_reminder_at(now, expires, 1),
    )
    session.add(row)
    await session.flush()
    await _set_countdown(session, change, expires)
    await _remind(session, change, row, 0)
    return row


async def _set_countdown(
    session: AsyncSession, change: ChangeRequest, until: datetime | None
) -> None:
    """The website list's copy of the countdown (``Website.open_change_sms_until``)."""
    await session.execute(
        update(Website)
        .where(Website.id == change.website_id, Website.open_change_id == change.id)
        .values(open_change_sms_until=until)
        .execution_options(synchronize_session=False)
    )


async def _remind(
    session: AsyncSession, change: ChangeRequest, row: SmsVerification, index: int
) -> None:
    website = await loaded.website(session, change.website_id)
    now = session_now(session)
    await UnitOfWork.of(session).emit(
        kind="sms_verification.reminder",
        account_id=change.owner_id,
        change_id=change.id,
        website_id=change.website_id,
        status=change.status,
        payload={
            "stage": rules.REMINDERS[index].stage,
            "round": row.round,
            "expires_at": row.expires_at.isoformat(),
            "seconds_left": rules.seconds_left(row.expires_at, now),
            "license_number": website.license_number if website else "",
            "website_name": website.name if website else "",
            "domain": website.domain if website else "",
        },
    )


# --- reading -----------------------------------------------------------------------------------


async def of_changes(
    session: AsyncSession, changes: Sequence[ChangeRequest]
) -> dict[int, SmsVerification]:
    """The step of each change's current round, where it began (one query)."""
    wanted = {(c.id, c.round) for c in changes if c.round and c.status in _SHOWN_IN}
    if not wanted:
        return {}
    rows = (
        await session.scalars(
            select(SmsVerification).where(SmsVerification.change_id.in_({c for c, _ in wanted}))
        )
    ).all()
    return {r.change_id: r for r in rows if (r.change_id, r.round) in wanted}


# The statuses in which a change shows the step of its current round: under review, and
# after the administration returned it (the step says why).
_SHOWN_IN = frozenset({IN_REVIEW, ChangeStatus.ADMINISTRATION_REJECTED.value})


def to_out(
    row: SmsVerification, change: ChangeRequest, caller: Account, now: datetime
) -> SmsVerificationOut:
    allowed: list[Any] = []
    if row.state == AWAITING and change.status == IN_REVIEW and row.expires_at > now:
        if caller.role == Role.FILER.value and caller.id == change.owner_id:
            allowed = ["confirm"]
        elif caller.role == Role.OPERATOR.value:
            allowed = ["confirm", "record_failure"]
    return SmsVerificationOut(
        round=row.round,
        state=row.state,  # type: ignore[arg-type]
        started_at=row.started_at,
        expires_at=row.expires_at,
        seconds_left=rules.seconds_left(row.expires_at, now) if row.state == AWAITING else 0,
        window_hours=round((row.expires_at - row.started_at).total_seconds() / 3600, 3),
        failures=row.failures,
        max_failures=rules.MAX_FAILURES,
        reminders_sent=row.reminders_sent,
        next_reminder_at=row.next_reminder_at if row.state == AWAITING else None,
        ended_at=row.ended_at,
        verified_by=row.verified_by,  # type: ignore[arg-type]
        allowed=allowed,
    )


async def current(session: AsyncSession, change: ChangeRequest) -> SmsVerification | None:
    return await session.scalar(
        select(SmsVerification)
        .where(SmsVerification.change_id == change.id, SmsVerification.round == change.round)
        .execution_options(populate_existing=True)
    )


# --- ending --------------------------------------------------------------------------------------


async def _claim(
    session: AsyncSession, row: SmsVerification, values: dict[str, Any], *extra: ColumnElement[bool]
) -> bool:
    """Move the step out of ``awaiting`` unless someone else did first."""
    result = await session.execute(
        update(SmsVerification)
        .where(SmsVerification.id == row.id, SmsVerification.state == AWAITING, *extra)
        .values(next_reminder_at=None, **values)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


async def _touch(session: AsyncSession, change: ChangeRequest) -> None:
    """The change's sub-state moved: a new version (ETag) for the clients that hold one."""
    await session.execute(
        update(ChangeRequest)
        .where(ChangeRequest.id == change.id)
        .values(version=ChangeRequest.version + 1, updated_at=session_now(session))
        .execution_options(synchronize_session=False)
    )


async def _timeline(
    session: AsyncSession, change: ChangeRequest, actor: ActorRef, action: str, comment: str = ""
) -> None:
    session.add(
        ChangeTransition(
            change_id=change.id,
            at=session_now(session),
            actor_kind=actor.kind.value,
            actor_id=actor.id,
            action=action,
            from_status=IN_REVIEW,
            to_status=IN_REVIEW,
            round=change.round,
            reasons=[],
            comment=comment,
        )
    )


async def confirm(
    session: AsyncSession, change: ChangeRequest, actor: ActorRef, gateway: AdministrationGateway
) -> SmsVerification:
    """Record the verification ("I have verified", or the administration's confirmation);
    409 ``sms_not_awaiting`` when the step is not open any more. The caller commits."""
    row = await current(session, change)
    now = session_now(session)
    if row is None or change.status != IN_REVIEW or row.state != AWAITING:
        raise not_awaiting()
    by = {Actor.FILER: VerifiedBy.FILER, Actor.OPERATOR: VerifiedBy.OPERATOR}.get(
        actor.kind, VerifiedBy.ADMINISTRATION
    )
    if not await _claim(
        session,
        row,
        {
            "state": SmsState.VERIFIED.value,
            "ended_at": now,
            "verified_by": by.value,
            "verified_by_id": actor.id,
        },
        SmsVerification.expires_at > now,
    ):
        raise not_awaiting("The SMS verification window has ended or it was already recorded.")
    await _set_countdown(session, change, None)
    await _touch(session, change)
    await _timeline(session, change, actor, "sms_verified")
    await audit.record(
        session,
        actor_id=actor.id,
        actor_kind=actor.kind.value,
        action="change.sms_verified",
        object_type="change_request",
        object_id=change.id,
        before={"status": IN_REVIEW},
        after={"status": IN_REVIEW, "round": change.round, "by": by.value},
    )
    # A simulator waiting for the verification decides after its delay from now.
    await session.execute(
        update(AdministrationSubmission)
        .where(
            AdministrationSubmission.change_id == change.id,
            AdministrationSubmission.round == change.round,
            AdministrationSubmission.gateway == "simulator",
            AdministrationSubmission.decision.is_(None),
            AdministrationSubmission.decide_at.is_(None),
        )
        .values(decide_at=now + timedelta(seconds=gateway.delay))
    )
    await UnitOfWork.of(session).emit(
        kind="sms_verification.verified",
        account_id=change.owner_id,
        change_id=change.id,
        website_id=change.website_id,
        status=change.status,
        payload={"round": change.round, "verified_by": by.value},
    )
    await events.queue_changed(
        UnitOfWork.of(session),
        change_id=change.id,
        website_id=change.website_id,
        status=change.status,
    )
    return row


async def record_failure(
    session: AsyncSession, change: ChangeRequest, actor: ActorRef
) -> ChangeRequest:
    """One wrong try reported by the administration; the fifth returns the change as
    ``administration_rejected``. The caller commits."""
    row = await current(session, change)
    if row is None or change.status != IN_REVIEW or row.state != AWAITING:
        raise not_awaiting()
    now = session_now(session)
    counted = await session.execute(
        update(SmsVerification)
        .where(
            SmsVerification.id == row.id,
            SmsVerification.state == AWAITING,
            SmsVerification.failures < rules.MAX_FAILURES,
            SmsVerification.expires_at > now,
        )
        .values(failures=SmsVerification.failures + 1)
        .returning(SmsVerification.failures)
    )
    failures = counted.scalar_one_or_none()
    if failures is None:
        raise not_awaiting("The SMS verification window has ended or it was already recorded.")
    await _timeline(
        session, change, actor, "sms_failed_attempt", comment=f"{failures}/{rules.MAX_FAILURES}"
    )
    await audit.record(
        session,
        actor_id=actor.id,
        actor_kind=actor.kind.value,
        action="change.sms_failed_attempt",
        object_type="change_request",
        object_id=change.id,
        before={"status": IN_REVIEW},
        after={"status": IN_REVIEW, "round": change.round, "failures": failures},
    )
    if failures < rules.MAX_FAILURES:
        await _touch(session, change)
        await UnitOfWork.of(session).emit(
            kind="sms_verification.failed_attempt",
            account_id=change.owner_id,
            change_id=change.id,
            website_id=change.website_id,
            status=change.status,
            payload={
                "round": change.round,
                "failures": failures,
                "max_failures": rules.MAX_FAILURES,
            },
        )
        return change
    if not await _claim(session, row, {"state": SmsState.FAILED.value, "ended_at": now}):
        raise not_awaiting()
    reason = {
        "field": "proposed_ips",
        "ip": None,
        "code": rules.FAILED_REASON,
        "message": f"The SMS verification failed {failures} times; the administration "
        "returned the application.",
    }
    return await _return(session, change, reason)


async def _return(
    session: AsyncSession, change: ChangeRequest, reason: dict[str, Any]
) -> ChangeRequest:
    from icp_desktop.server.services import administration  # (it starts this step)

    moved = await administration.decide(
        session, change, ActorRef(Actor.ADMINISTRATION), "reject", [reason], ""
    )
    if moved is None:
        raise not_awaiting("The change moved on meanwhile.")
    return moved


async def close(session: AsyncSession, change: ChangeRequest, decision: str) -> None:
    """The administration decided the round: an approval implies the verification (the
    administration decides only verified filings); a rejection ends the step unverified."""
    now = session_now(session)
    values: dict[str, Any] = (
        {"state": SmsState.VERIFIED.value, "verified_by": VerifiedBy.ADMINISTRATION.value}
        if decision == "approve"
        else {"state": SmsState.CLOSED.value}
    )
    await session.execute(
        update(SmsVerification)
        .where(
            SmsVerification.change_id == change.id,
            SmsVerification.round == change.round,
            SmsVerification.state == AWAITING,
        )
        .values(ended_at=now, next_reminder_at=None, **values)
        .execution_options(synchronize_session=False)
    )


# --- the scheduler's jobs ------------------------------------------------------------------------


def due_reminders(now: datetime) -> Any:
    return select(SmsVerification.id).where(
        SmsVerification.state == AWAITING, SmsVerification.next_reminder_at <= now
    )


def due_expiries(now: datetime) -> Any:
    return select(SmsVerification.id).where(
        SmsVerification.state == AWAITING, SmsVerification.expires_at <= now
    )


async def send_due_reminders(sessions: async_sessionmaker[AsyncSession], *, limit: int = 50) -> int:
    """Emit the reminders that have come due, each exactly once; returns how many."""
    async with sessions() as session:
        ids = (
            await session.scalars(
                due_reminders(session_now(session))
                .order_by(SmsVerification.next_reminder_at)
                .limit(limit)
            )
        ).all()
        await session.rollback()
    sent = 0
    for row_id in ids:
        async with sessions() as session:
            row = await session.get(SmsVerification, row_id)
            now = session_now(session)
            if row is None or row.state != AWAITING:
                continue
            index = rules.latest_due(row.started_at, row.expires_at, row.reminders_sent, now)
            after = row.reminders_sent if index is None else index + 1
            claimed = await session.execute(
                update(SmsVerification)
                .where(
                    SmsVerification.id == row.id,
                    SmsVerification.state == AWAITING,
                    SmsVerification.reminders_sent == row.reminders_sent,
                )
                .values(
                    reminders_sent=after,
                    next_reminder_at=rules.next_reminder_at(row.started_at, row.expires_at, after)
                    if row.expires_at > now
                    else None,
                )
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1 or index is None:  # type: ignore[attr-defined]
                await session.commit()  # (a stale next_reminder_at moved on, if any)
                continue
            change = await session.get(ChangeRequest, row.change_id)
            if change is None or change.status != IN_REVIEW or change.round != row.round:
                await session.rollback()
                continue
            await _remind(session, change, row, index)
            await session.commit()
            sent += 1
    return sent


async def expire_due(sessions: async_sessionmaker[AsyncSession], *, limit: int = 50) -> int:
    """Return every change whose window ran out unverified; returns how many."""
    async with sessions() as session:
        ids = (
            await session.scalars(
                due_expiries(session_now(session)).order_by(SmsVerification.expires_at).limit(limit)
            )
        ).all()
        await session.rollback()
    returned = 0
    for row_id in ids:
        async with sessions() as session:
            row = await session.get(SmsVerification, row_id)
            now = session_now(session)
            if row is None or row.state != AWAITING or row.expires_at > now:
                continue
            if not await _claim(
                session,
                row,
                {"state": SmsState.EXPIRED.value, "ended_at": now},
                SmsVerification.expires_at <= now,
            ):
                await session.rollback()
                continue
            change = await session.scalar(
                select(ChangeRequest)
                .where(ChangeRequest.id == row.change_id)
                .execution_options(populate_existing=True)
            )
            if change is not None and change.status == IN_REVIEW and change.round == row.round:
                hours = (row.expires_at - row.started_at).total_seconds() / 3600
                shown = f"{hours:g}"
                reason = {
                    "field": "proposed_ips",
                    "ip": None,
                    "code": rules.EXPIRED_REASON,
                    "message": f"The SMS verification was not completed within {shown} "
                    "hours; the administration returned the application.",
                }
                try:
                    await _return(session, change, reason)
                except ServiceError:
                    await session.rollback()
                    continue
                returned += 1
            await session.commit()
    return returned
