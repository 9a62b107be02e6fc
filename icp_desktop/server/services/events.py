"""Events for clients: reading them back, and the events every move announces.

Events live in the database (several service processes may serve one client). A transaction
adds them through its :class:`~icp_desktop.server.unit_of_work.UnitOfWork`, which writes them
in id order at commit and tells this process's
:class:`~icp_desktop.server.services.event_dispatch.EventDispatcher` (and, on PostgreSQL, the
other processes) that there are new ones.

Rows whose ``audience`` is ``SIGNAL_AUDIENCE`` are signals between service processes, not
events for clients: ``session.ended`` says a session of ``payload["account_id"]`` was revoked,
so that a long-poll of it ends at once in every process. ``fetch`` never returns them (their
``account_id`` is empty and their audience is no role).
"""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.status import Role
from icp_desktop.server.models.workflow import Event
from icp_desktop.server.schemas import EventOut
from icp_desktop.server.unit_of_work import UnitOfWork

MAX_WAIT = 30.0
BATCH_LIMIT = 200


async def queue_changed(unit: UnitOfWork, *, change_id: int, website_id: int, status: str) -> None:
    """Tell reviewers and operators that their queues moved."""
    for role in (Role.REVIEWER, Role.OPERATOR):
        await unit.emit(
            kind="queue.changed",
            audience=role,
            change_id=change_id,
            website_id=website_id,
            status=status,
        )


def parse_cursor(after: str | None) -> int:
    """The event id a cursor stands for; anything unreadable starts from the beginning."""
    if not after:
        return 0
    try:
        return min(max(0, int(after)), 2**31 - 1)  # beyond any id; keeps the query valid
    except ValueError:
        return 0


async def fetch(
    session: AsyncSession, *, account_id: int, role: Role, after: int, limit: int = BATCH_LIMIT
) -> list[EventOut]:
    """The caller's events after the cursor, oldest first."""
    who = or_(Event.account_id == account_id, Event.audience == role.value)
    rows = (
        await session.scalars(
            select(Event).where(Event.id > after, who).order_by(Event.id).limit(limit)
        )
    ).all()
    return [event_out(e) for e in rows]


async def read_after(session: AsyncSession, after: int, limit: int) -> list[Event]:
    """Every event row (and signal) after ``after``, oldest first: the dispatcher's read."""
    return list(
        (
            await session.scalars(
                select(Event).where(Event.id > after).order_by(Event.id).limit(limit)
            )
        ).all()
    )


async def last_id(session: AsyncSession) -> int:
    """The highest event id written so far (0 for none)."""
    return int(await session.scalar(select(func.coalesce(func.max(Event.id), 0))) or 0)


def event_out(e: Event) -> EventOut:
    """An event row as clients receive it."""
    return EventOut(
        id=e.id,
        kind=e.kind,  # type: ignore[arg-type]
        at=e.at,
        change_id=e.change_id,
        website_id=e.website_id,
        status=e.status,  # type: ignore[arg-type]
        payload=e.payload or {},
    )
