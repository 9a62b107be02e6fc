"""The administration stage: submitting approved changes and applying the administration's decision.

The automatic submission claims each change with a conditional UPDATE of its claim columns, so
with several service processes every approved change is submitted exactly once; the unique
``(change_id, round)`` of ``administration_submissions`` backs that up in the database.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from icp_desktop.domain.errors import ConflictError
from icp_desktop.domain.status import Action, Actor, ChangeStatus
from icp_desktop.server import audit
from icp_desktop.server.db import session_now
from icp_desktop.server.gateway import SIMULATED_REJECTION, AdministrationGateway
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Website
from icp_desktop.server.models.workflow import AdministrationSubmission, ChangeRequest
from icp_desktop.server.schemas import AdministrationResultIn
from icp_desktop.server.services import (
    calendars,
    catalog,
    deadlines,
    province_windows,
    sms_verification,
    transitions,
)
from icp_desktop.server.services.review import check_reasons, reasons_json
from icp_desktop.server.services.transitions import ActorRef

log = logging.getLogger(__name__)
CLAIM_SECONDS = 15  # covers one gateway call; a crashed claim frees up soon
PENDING = ChangeStatus.PENDING_ADMINISTRATION_SUBMISSION.value
IN_REVIEW = ChangeStatus.ADMINISTRATION_REVIEW.value


async def _hand_over(
    session: AsyncSession,
    change: ChangeRequest,
    gateway: AdministrationGateway,
    actor: ActorRef,
    *,
    claim_token: str | None = None,
) -> ChangeRequest | None:
    """Submit ``change`` through the gateway and move it to administration review."""
    website = await session.get(Website, change.website_id)
    now = session_now(session)
    receipt = gateway.submit(
        change.id, change.round, website.license_number if website else "", now
    )
    # The province's administration decides, within its own window.
    province = await province_windows.province_of(session, change.website_id)
    window = await province_windows.window_for(session, province)
    expected, estimated = deadlines.administration_expected(
        await calendars.current(session), now, window
    )
    guards = (ChangeRequest.admin_claim_token == claim_token,) if claim_token else ()
    moved = await transitions.move(
        session,
        change,
        Action.SUBMIT_TO_ADMINISTRATION,
        actor,
        guards=guards,
        values={
            "administration_submitted_at": now,
            "administration_expected_by": expected,
            "due_estimated": estimated,
            "admin_claim_token": None,
            "admin_claimed_until": None,
            "administration_province": province,
            "administration_window_days": window,
        },
        payload={
            "external_ref": receipt.external_ref,
            "administration_expected_by": expected.isoformat(),
            "window_days": window,
            "province": province,
        },
    )
    if moved is None:
        return None
    # The administration accepted it: MIIT's SMS verification begins now.
    await sms_verification.start(session, moved, gateway)
    session.add(
        AdministrationSubmission(
            change_id=change.id,
            round=change.round,
            gateway=gateway.name,
            external_ref=receipt.external_ref,
            submitted_at=now,
            decide_at=receipt.decide_at,
            planned_decision=receipt.planned_decision,
        )
    )
    await session.flush()
    return moved


async def submit_manually(
    session: AsyncSession, change: ChangeRequest, operator: Account, gateway: AdministrationGateway
) -> ChangeRequest:
    """An operator submits an approved change now (e.g. when the automatic job is behind)."""
    if change.status != PENDING:
        raise transitions.wrong_status(change, Action.SUBMIT_TO_ADMINISTRATION)
    try:
        moved = await _hand_over(session, change, gateway, ActorRef.of(operator))
    except IntegrityError:
        moved = None
    if moved is None:
        await session.rollback()
        raise transitions.wrong_status(
            await transitions.reload(session, change.id), Action.SUBMIT_TO_ADMINISTRATION
        )
    return moved


async def submit_due(
    sessions: async_sessionmaker[AsyncSession], gateway: AdministrationGateway, *, limit: int = 10
) -> int:
    """Claim approved changes and submit each one; returns how many this process submitted."""
    token = secrets.token_hex(8)
    async with sessions() as session:
        now = session_now(session)
        free = or_(
            ChangeRequest.admin_claimed_until.is_(None), ChangeRequest.admin_claimed_until < now
        )
        ids = (
            await session.scalars(
                select(ChangeRequest.id)
                .where(ChangeRequest.status == PENDING, free)
                .order_by(ChangeRequest.administration_due_at, ChangeRequest.id)
                .limit(limit)
            )
        ).all()
        if not ids:
            return 0
        await session.execute(
            update(ChangeRequest)
            .where(ChangeRequest.id.in_(ids), ChangeRequest.status == PENDING, free)
            .values(
                admin_claim_token=token,
                admin_claimed_until=now + timedelta(seconds=CLAIM_SECONDS),
                admin_attempts=ChangeRequest.admin_attempts + 1,
            )
            .execution_options(synchronize_session=False)
        )
        await session.commit()
        mine = (
            await session.scalars(
                select(ChangeRequest.id).where(ChangeRequest.admin_claim_token == token)
            )
        ).all()
    done = 0
    for change_id in mine:
        async with sessions() as session:
            try:
                change = await transitions.reload(session, change_id)
                moved = await _hand_over(
                    session, change, gateway, ActorRef(Actor.SERVICE), claim_token=token
                )
                if moved is None:
                    await session.rollback()
                    continue
                await session.commit()
                done += 1
            except IntegrityError:
                await session.rollback()
            except Exception as exc:  # a gateway failure: keep the change for the next round
                log.warning("administration submission of change %s failed: %s", change_id, exc)
                await session.rollback()
                await session.execute(
                    update(ChangeRequest)
                    .where(ChangeRequest.id == change_id)
                    .values(admin_last_error=str(exc)[:1000])
                )
                await session.commit()
    return done


async def decide(
    session: AsyncSession,
    change: ChangeRequest,
    actor: ActorRef,
    decision: str,
    reasons: list[dict[str, Any]],
    comment: str,
) -> ChangeRequest | None:
    """Apply the administration's decision on the change's current round (None when the
    change moved on meanwhile). The caller commits."""
    now = session_now(session)
    if decision == "approve":
        moved = await transitions.move(
            session,
            change,
            Action.ADMINISTRATION_APPROVE,
            actor,
            values={"reasons": [], "comment": comment},
            comment=comment,
            payload={"ips": list(change.proposed_ips)},
        )
        if moved is not None:
            await apply_to_website(session, moved, actor)
    else:
        moved = await transitions.move(
            session,
            change,
            Action.ADMINISTRATION_REJECT,
            actor,
            values={"reasons": reasons, "comment": comment},
            reasons=reasons,
            comment=comment,
        )
    if moved is not None:
        await sms_verification.close(session, moved, decision)
        await session.execute(
            update(AdministrationSubmission)
            .where(
                AdministrationSubmission.change_id == moved.id,
                AdministrationSubmission.round == moved.round,
                AdministrationSubmission.decision.is_(None),
            )
            .values(decision=decision, decided_at=now)
        )
    return moved


async def apply_to_website(session: AsyncSession, change: ChangeRequest, actor: ActorRef) -> None:
    """The administration approved: the website's IPs become the proposed ones."""
    website = await session.get(Website, change.website_id, populate_existing=True)
    assert website is not None
    before = await catalog.website_ips(session, website.id)
    await catalog.set_website_ips(session, website, list(change.proposed_ips))
    await audit.record(
        session,
        actor_id=actor.id,
        actor_kind=actor.kind.value,
        action="website.ips_changed",
        object_type="website",
        object_id=website.id,
        before={"ips": before},
        after={"ips": list(change.proposed_ips), "change_id": change.id},
    )


async def record_result(
    session: AsyncSession, change: ChangeRequest, operator: Account, body: AdministrationResultIn
) -> ChangeRequest:
    """An operator records what the administration decided (manual gateway)."""
    if change.status != IN_REVIEW:
        raise transitions.wrong_status(change, Action.ADMINISTRATION_APPROVE)
    sub = await session.scalar(
        select(AdministrationSubmission).where(
            AdministrationSubmission.change_id == change.id,
            AdministrationSubmission.round == change.round,
        )
    )
    if sub is not None and sub.gateway == "simulator" and sub.decision is None:
        raise ConflictError(
            "handled_by_simulator", "The administration simulator decides this change by itself."
        )
    check_reasons(change, body)
    moved = await decide(
        session,
        change,
        ActorRef.of(operator),
        body.decision,
        reasons_json(body.reasons) if body.decision == "reject" else [],
        body.comment,
    )
    if moved is None:
        raise ConflictError("already_decided", "The administration's result was already recorded.")
    return moved


async def apply_simulated(sessions: async_sessionmaker[AsyncSession], *, limit: int = 20) -> int:
    """Apply the simulator's decisions that have come due; each exactly once."""
    async with sessions() as session:
        now = session_now(session)
        due = (
            await session.scalars(
                select(AdministrationSubmission.id)
                .where(
                    AdministrationSubmission.decision.is_(None),
                    AdministrationSubmission.gateway == "simulator",
                    AdministrationSubmission.decide_at <= now,
                )
                .order_by(AdministrationSubmission.decide_at)
                .limit(limit)
            )
        ).all()
        await session.rollback()
    applied = 0
    for sub_id in due:
        async with sessions() as session:
            sub = await session.get(AdministrationSubmission, sub_id)
            if sub is None or sub.decision is not None:
                continue
            change = await transitions.reload(session, sub.change_id)
            decision = sub.planned_decision or "approve"
            if change.status == IN_REVIEW and change.round == sub.round:
                reasons = [dict(SIMULATED_REJECTION)] if decision == "reject" else []
                moved = await decide(
                    session, change, ActorRef(Actor.ADMINISTRATION), decision, reasons, ""
                )
                applied += moved is not None
            else:  # the change moved on without it; close the submission
                sub.decision, sub.decided_at = "void", session_now(session)
            await session.commit()
    return applied
