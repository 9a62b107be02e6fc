"""Events for clients: writing them with each outcome, and reading them back.

Events live in the database (several service processes may serve one client). Each process
hands them to its waiting long-polls through one reader,
:class:`~icp_desktop.server.services.event_dispatch.EventDispatcher`; this module tells it that
events were written: a committing connection is marked (:data:`EVENTS_COMMITTED`, for this
process) and on PostgreSQL the transaction also sends ``NOTIFY icp_events`` (for the others).

A reader's cursor is the last event id it saw, so an event must never become visible after one
with a higher id: the reader would pass over it. Event ids therefore commit in id order. The
events of a transaction are held back until it commits (``record`` only collects them); at
commit, after every other row of the transaction is written, PostgreSQL writers take one
transaction-scoped advisory lock and only then insert their events, keeping the lock until the
commit is visible. Writers so overlap in all their work and queue only for the last insert and
the commit. (SQLite writers are serialised by ``BEGIN IMMEDIATE`` anyway.)

Rows whose ``audience`` is :data:`SIGNAL_AUDIENCE` are signals between service processes, not
events for clients: ``session.ended`` says a session of ``payload["account_id"]`` was revoked,
so that a long-poll of it ends at once in every process. ``fetch`` never returns them (their
``account_id`` is empty and their audience is no role).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, func, insert, or_, select, text
from sqlalchemy import event as sa_event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

from icp_desktop.domain.status import Role
from icp_desktop.server.db import session_now
from icp_desktop.server.models.workflow import Event
from icp_desktop.server.schemas import EventOut

MAX_WAIT = 30.0
BATCH_LIMIT = 200
CHANNEL = "icp_events"
# Set in the pool record's info of a connection whose transaction inserted events; the
# dispatcher of the app that owns the engine pops it when the connection comes back to the
# pool, i.e. once the commit is visible.
EVENTS_COMMITTED = "icp_events_committed"
SIGNAL_AUDIENCE = "service"
SESSION_ENDED = "session.ended"
_PENDING = "icp_events_pending"
# The table itself: a Core insert of many rows is one executemany (the ORM's bulk insert splits
# rows with different None columns into several statements).
_EVENTS = cast(Table, Event.__table__)
# Any constant works; it only has to be the same in every process sharing the database.
_EVENT_ORDER_LOCK = 0x1C9E7E


@sa_event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    pending: list[dict[str, Any]] | None = session.info.pop(_PENDING, None)
    if not pending:
        return
    # Everything else first, so that every row lock this transaction waits for is already
    # held before it queues for the event-order lock (no lock cycle with another writer), and
    # the lock is kept for nothing but the event rows and the commit.
    session.flush()
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _EVENT_ORDER_LOCK})
    # One statement for all of them (executemany); nothing reads their ids back.
    session.execute(insert(_EVENTS), pending)
    if postgres:
        # Delivered to the other processes only if, and once, the transaction commits.
        session.execute(text(f"NOTIFY {CHANNEL}"))
    session.connection().info[EVENTS_COMMITTED] = True


@sa_event.listens_for(Session, "after_transaction_end")
def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    # A rolled-back (or merely closed) transaction's events were never written; the session
    # may be used again.
    if transaction.parent is None:
        session.info.pop(_PENDING, None)


async def record(
    session: AsyncSession,
    *,
    kind: str,
    account_id: int | None = None,
    audience: Role | None = None,
    change_id: int | None = None,
    website_id: int | None = None,
    status: str | None = None,
    payload: dict[str, Any] | None = None,
) -> None:
    """Add one event to the caller's transaction; it is written and becomes visible when that
    commits (see the module's docstring for why not earlier)."""
    await _add(
        session,
        {
            "kind": kind,
            "account_id": account_id,
            "audience": audience.value if audience else None,
            "change_id": change_id,
            "website_id": website_id,
            "status": status,
            "payload": payload or {},
            "at": session_now(session),
        },
    )


async def session_ended(session: AsyncSession, account_id: int) -> None:
    """Signal every process, with the caller's transaction, that a session of ``account_id``
    was revoked: its long-polls end now instead of at the end of their wait."""
    await _add(
        session,
        {
            "kind": SESSION_ENDED,
            "account_id": None,
            "audience": SIGNAL_AUDIENCE,
            "change_id": None,
            "website_id": None,
            "status": None,
            "payload": {"account_id": account_id},
            "at": session_now(session),
        },
    )


async def _add(session: AsyncSession, row: dict[str, Any]) -> None:
    if not session.in_transaction():
        # The pending events belong to a transaction, so that its rollback drops them.
        await session.connection()
    session.info.setdefault(_PENDING, []).append(row)


async def queue_changed(
    session: AsyncSession, *, change_id: int, website_id: int, status: str
) -> None:
    """Tell reviewers and operators that their queues moved."""
    for role in (Role.REVIEWER, Role.OPERATOR):
        await record(
            session,
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
