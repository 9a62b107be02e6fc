"""Events for clients: writing them with each outcome, and the long-poll that hands them out.

Events live in the database (several service processes may serve one client); this process
additionally wakes its own long-polls the moment it commits an event, and re-checks the database
every ``recheck`` seconds for events other processes wrote.

A reader's cursor is the last event id it saw, so an event must never become visible after one
with a higher id: the reader would pass over it. Event ids therefore commit in id order. The
events of a transaction are held back until it commits (``record`` only collects them); at
commit, after every other row of the transaction is written, PostgreSQL writers take one
transaction-scoped advisory lock and only then insert their events, keeping the lock until the
commit is visible. Writers so overlap in all their work and queue only for the last insert and
the commit. (SQLite writers are serialised by ``BEGIN IMMEDIATE`` anyway.)
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, cast

from sqlalchemy import Table, insert, or_, select, text
from sqlalchemy import event as sa_event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

from icp_desktop.domain.status import Role
from icp_desktop.server.db import session_now
from icp_desktop.server.models.workflow import Event
from icp_desktop.server.schemas import EventBatch, EventOut

MAX_WAIT = 30.0
BATCH_LIMIT = 200
_WRITTEN_FLAG = "icp_events_written"
_PENDING = "icp_events_pending"
# The table itself: a Core insert of many rows is one executemany (the ORM's bulk insert splits
# rows with different None columns into several statements).
_EVENTS = cast(Table, Event.__table__)
# Any constant works; it only has to be the same in every process sharing the database.
_EVENT_ORDER_LOCK = 0x1C9E7E


class EventHub:
    """Wakes the long-polls of this process when it commits an event (any thread, any loop)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: set[asyncio.Future[None]] = set()

    def notify(self) -> None:
        with self._lock:
            waiters, self._waiters = self._waiters, set()
        for fut in waiters:
            loop = fut.get_loop()
            if not loop.is_closed():
                loop.call_soon_threadsafe(_wake, fut)

    async def wait(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for a notification; True when one came."""
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        with self._lock:
            self._waiters.add(fut)
        try:
            await asyncio.wait_for(fut, seconds)
            return True
        except TimeoutError:
            return False
        finally:
            with self._lock:
                self._waiters.discard(fut)


def _wake(fut: asyncio.Future[None]) -> None:
    if not fut.done():
        fut.set_result(None)


HUB = EventHub()


@sa_event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    pending: list[dict[str, Any]] | None = session.info.pop(_PENDING, None)
    if not pending:
        return
    # Everything else first, so that every row lock this transaction waits for is already
    # held before it queues for the event-order lock (no lock cycle with another writer), and
    # the lock is kept for nothing but the event rows and the commit.
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _EVENT_ORDER_LOCK})
    # One statement for all of them (executemany); nothing reads their ids back.
    session.execute(insert(_EVENTS), pending)


@sa_event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    if session.info.pop(_WRITTEN_FLAG, False):
        HUB.notify()


@sa_event.listens_for(Session, "after_transaction_end")
def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    # A rolled-back (or merely closed) transaction's events were never written; the session
    # may be used again.
    if transaction.parent is None:
        session.info.pop(_PENDING, None)
        session.info.pop(_WRITTEN_FLAG, None)


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
    if not session.in_transaction():
        # The pending events belong to a transaction, so that its rollback drops them.
        await session.connection()
    session.info.setdefault(_PENDING, []).append(
        {
            "kind": kind,
            "account_id": account_id,
            "audience": audience.value if audience else None,
            "change_id": change_id,
            "website_id": website_id,
            "status": status,
            "payload": payload or {},
            "at": session_now(session),
        }
    )
    session.info[_WRITTEN_FLAG] = True


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
    return [
        EventOut(
            id=e.id,
            kind=e.kind,  # type: ignore[arg-type]
            at=e.at,
            change_id=e.change_id,
            website_id=e.website_id,
            status=e.status,  # type: ignore[arg-type]
            payload=e.payload or {},
        )
        for e in rows
    ]


async def long_poll(
    load: Callable[[int], Awaitable[list[EventOut]]],
    *,
    after: int,
    wait: float,
    recheck: float = 0.5,
    stopping: Callable[[], bool] = lambda: False,
) -> EventBatch:
    """Return the caller's events after ``after`` as soon as there are any, or after ``wait``.

    ``load(after)`` reads the database and must not keep a connection open between calls.
    ``stopping()`` true (the server is shutting down) ends the wait early with what there is.
    """
    wait = max(0.0, min(wait, MAX_WAIT))
    deadline = time.monotonic() + wait
    while True:
        items = await load(after)
        remaining = deadline - time.monotonic()
        if items or remaining <= 0 or stopping():
            cursor = items[-1].id if items else after
            return EventBatch(items=items, cursor=str(cursor))
        await HUB.wait(min(recheck, remaining))
