"""The one way a change request moves: a conditional UPDATE plus its timeline, audit and events.

Every move is ``UPDATE change_requests SET status=<target> … WHERE id=? AND status=<source>``
(plus any extra guard such as "not the reviewer's own change"). Concurrent moves of one change
therefore have exactly one winner; the others see no row updated and get a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.errors import ConflictError, NotFoundError, ServiceError
from icp_desktop.domain.status import Action, Actor, ChangeStatus, Role, find_transition
from icp_desktop.server import audit
from icp_desktop.server.db import session_now
from icp_desktop.server.models.catalog import Website
from icp_desktop.server.models.workflow import ChangeRequest, ChangeTransition
from icp_desktop.server.services import authorization_codes, events, loaded, notifier
from icp_desktop.server.unit_of_work import UnitOfWork

# The filer hears about these outcomes as events; those in NOTIFY also by email and SMS.
EVENT_KIND: dict[Action, str] = {
    Action.SUBMIT: "change.submitted",
    Action.WITHDRAW: "change.withdrawn",
    Action.APPROVE_FIRST_REVIEW: "first_review.approved",
    Action.REJECT_FIRST_REVIEW: "first_review.rejected",
    Action.SUBMIT_TO_ADMINISTRATION: "administration.submitted",
    Action.ADMINISTRATION_APPROVE: "administration.approved",
    Action.ADMINISTRATION_REJECT: "administration.rejected",
}
NOTIFY = frozenset(
    {
        Action.APPROVE_FIRST_REVIEW,
        Action.REJECT_FIRST_REVIEW,
        Action.SUBMIT_TO_ADMINISTRATION,
        Action.ADMINISTRATION_APPROVE,
        Action.ADMINISTRATION_REJECT,
    }
)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """Who makes a move: a signed-in account (with its role) or the service/administration."""

    kind: Actor
    id: int | None = None

    @classmethod
    def of(cls, account: Any) -> ActorRef:
        return cls(Actor(Role(account.role).value), account.id)


def wrong_status(change: ChangeRequest, action: Action) -> ServiceError:
    status = ChangeStatus(change.status)
    return ConflictError(
        "wrong_status",
        f"The change is '{status.value}' ({status.label_en}); "
        f"'{action.value}' is not possible now.",
    )


async def reload(session: AsyncSession, change_id: int) -> ChangeRequest:
    change = await session.scalar(
        select(ChangeRequest)
        .where(ChangeRequest.id == change_id)
        .execution_options(populate_existing=True)
    )
    if change is None:
        raise NotFoundError("No such change request.")
    return change


async def move(
    session: AsyncSession,
    change: ChangeRequest,
    action: Action,
    actor: ActorRef,
    *,
    values: dict[str, Any] | None = None,
    guards: tuple[ColumnElement[bool], ...] = (),
    reasons: list[dict[str, Any]] | None = None,
    comment: str = "",
    payload: dict[str, Any] | None = None,
) -> ChangeRequest | None:
    """Move ``change`` by ``action`` from the status it was read in; None when the race is lost.

    Writes the timeline row, the audit entry, the website's open-change columns, the filer's
    event (plus email and SMS for outcomes) and ``queue.changed``, all in the caller's
    transaction. The caller commits.
    """
    source = ChangeStatus(change.status)
    transition = find_transition(action, source)
    if transition is None or actor.kind not in transition.actors:
        raise wrong_status(change, action)
    target = transition.target
    now = session_now(session)
    stmt = (
        update(ChangeRequest)
        .where(ChangeRequest.id == change.id, ChangeRequest.status == source.value, *guards)
        .values(
            status=target.value,
            version=ChangeRequest.version + 1,
            updated_at=now,
            **(values or {}),
        )
        # The moved row comes back with the UPDATE itself (no second SELECT), refreshing
        # the session's copy of the change.
        .returning(ChangeRequest)
        .execution_options(synchronize_session=False, populate_existing=True)
    )
    moved = (await session.scalars(stmt)).one_or_none()
    if moved is None:
        return None
    change = moved
    session.add(
        ChangeTransition(
            change_id=change.id,
            at=now,
            actor_kind=actor.kind.value,
            actor_id=actor.id,
            action=action.value,
            from_status=source.value,
            to_status=target.value,
            round=change.round,
            reasons=reasons or [],
            comment=comment,
            proposed_ips=list(change.proposed_ips) if action is Action.SUBMIT else None,
        )
    )
    await sync_website(session, change)
    # Authorization codes entered on the change follow it (in filing, used, free again).
    await authorization_codes.follow(session, change, action)
    await audit.record(
        session,
        actor_id=actor.id,
        actor_kind=actor.kind.value,
        action=f"change.{action.value}",
        object_type="change_request",
        object_id=change.id,
        before={"status": source.value},
        after={"status": target.value, "round": change.round, "version": change.version},
        detail=comment or None,
    )
    await announce(session, change, action, reasons=reasons, comment=comment, payload=payload)
    return change


async def sync_website(session: AsyncSession, change: ChangeRequest) -> None:
    """Keep the website's denormalised open-change columns equal to this change."""
    status = ChangeStatus(change.status)
    # Every move ends an SMS verification countdown (a hand-over starts its own afterwards).
    latest = {
        "last_change_id": change.id,
        "last_change_status": status.value,
        "open_change_sms_until": None,
    }
    if status.is_open:
        values: dict[str, Any] = {"open_change_id": change.id, "open_change_status": status.value}
        await session.execute(
            update(Website).where(Website.id == change.website_id).values(**values, **latest)
        )
    else:
        await session.execute(
            update(Website)
            .where(Website.id == change.website_id, Website.open_change_id == change.id)
            .values(open_change_id=None, open_change_status=None, **latest)
        )


async def announce(
    session: AsyncSession,
    change: ChangeRequest,
    action: Action,
    *,
    reasons: list[dict[str, Any]] | None,
    comment: str,
    payload: dict[str, Any] | None = None,
) -> None:
    """The filer's event (and email/SMS for outcomes) plus ``queue.changed`` for staff."""
    website = await loaded.website(session, change.website_id)
    body: dict[str, Any] = {
        "license_number": website.license_number if website else "",
        "website_name": website.name if website else "",
        "domain": website.domain if website else "",
        "round": change.round,
        "reasons": reasons or [],
        "comment": comment,
        **(payload or {}),
    }
    kind = EVENT_KIND[action]
    await UnitOfWork.of(session).emit(
        kind=kind,
        account_id=change.owner_id,
        change_id=change.id,
        website_id=change.website_id,
        status=change.status,
        payload=body,
    )
    if action in NOTIFY:
        await notifier.enqueue_outcome(session, change, kind, body)
    await events.queue_changed(
        UnitOfWork.of(session),
        change_id=change.id,
        website_id=change.website_id,
        status=change.status,
    )
