"""One transaction of the service with what it owes to others: its events and outbox messages.

Every session the service's :class:`~icp_desktop.server.db.Database` makes is a
:class:`UnitSession`, and each has exactly one :class:`UnitOfWork`. A request gets its unit from
the ``UnitOfWorkDep`` dependency; background work (the scheduler, seeding, the command line) gets
the unit of the session it opened with ``UnitOfWork.of(session)``. Services add the events of an
outcome with :meth:`UnitOfWork.emit`, and the outbox messages with ordinary rows of the same
transaction; :meth:`UnitOfWork.commit` writes them and commits once. A failure before the commit
(or a rollback) leaves nothing behind: no row, no event, no message.

Event ids must commit in id order (a reader's cursor is the last id it saw; an event visible
after one with a higher id would be passed over). So the events are held back until the commit
and written last: after every other row is flushed, a PostgreSQL writer takes one
transaction-scoped advisory lock and only then inserts its events and sends ``NOTIFY
icp_events``, keeping the lock until the commit is visible. (SQLite writers are serialised by
``BEGIN IMMEDIATE`` anyway.) The writing hangs on the ``before_commit`` hook of
:class:`UnitSession` only, so every commit of a unit's session writes its events, whoever calls
it; sessions of any other code in the process are left alone.

The unit also keeps the rows its transaction has already read (see
:mod:`~icp_desktop.server.services.loaded`); they are dropped when the transaction ends.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, event, insert, text
from sqlalchemy.ext.asyncio import AsyncSession, async_session
from sqlalchemy.orm import Session, SessionTransaction

from icp_desktop.domain.status import Role
from icp_desktop.server.db import session_now
from icp_desktop.server.models.workflow import Event

CHANNEL = "icp_events"
# Set in the pool record's info of a connection whose transaction inserted events; the
# dispatcher of the app that owns the engine pops it when the connection comes back to the
# pool, i.e. once the commit is visible.
EVENTS_COMMITTED = "icp_events_committed"
SIGNAL_AUDIENCE = "service"
SESSION_ENDED = "session.ended"
# The table itself: a Core insert of many rows is one executemany (the ORM's bulk insert splits
# rows with different None columns into several statements).
_EVENTS = cast(Table, Event.__table__)
# Any constant works; it only has to be the same in every process sharing the database.
_EVENT_ORDER_LOCK = 0x1C9E7E


class UnitSession(Session):
    """The service's sessions: each carries its :class:`UnitOfWork` (``unit``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.unit = UnitOfWork(self)


class UnitOfWork:
    """One transaction of the service: its session, its events, one commit.

    Attributes:
        rows: rows the transaction has read and will not change (website, subject name,
            account...), so that its response need not read them again.
    """

    def __init__(self, sync_session: UnitSession) -> None:
        self._sync = sync_session
        self._events: list[dict[str, Any]] = []
        self.rows: dict[tuple[str, int], Any] = {}

    @staticmethod
    def of(session: AsyncSession) -> UnitOfWork:
        """The unit of a session made by the service's ``Database``."""
        sync = session.sync_session
        if not isinstance(sync, UnitSession):
            raise TypeError("this session was not made by a Database: it has no unit of work")
        return sync.unit

    @property
    def session(self) -> AsyncSession:
        """The session to read and write with (the request's, or the job's)."""
        found = async_session(self._sync)
        if found is None:
            raise RuntimeError("this unit's session has been closed")
        return found

    async def emit(
        self,
        kind: str,
        *,
        account_id: int | None = None,
        audience: Role | None = None,
        change_id: int | None = None,
        website_id: int | None = None,
        status: str | None = None,
        payload: dict[str, Any] | None = None,
    ) -> None:
        """Add one event for clients; it is written, and becomes visible, when the unit
        commits (see the module's docstring for why not earlier)."""
        await self._add(
            {
                "kind": kind,
                "account_id": account_id,
                "audience": audience.value if audience else None,
                "change_id": change_id,
                "website_id": website_id,
                "status": status,
                "payload": payload or {},
                "at": session_now(self.session),
            }
        )

    async def signal_session_ended(self, account_id: int) -> None:
        """Tell every service process, with this unit's commit, that a session of
        ``account_id`` was revoked: its long-polls end now instead of at the end of their
        wait. (A signal, not an event: clients never receive it.)"""
        await self._add(
            {
                "kind": SESSION_ENDED,
                "account_id": None,
                "audience": SIGNAL_AUDIENCE,
                "change_id": None,
                "website_id": None,
                "status": None,
                "payload": {"account_id": account_id},
                "at": session_now(self.session),
            }
        )

    @property
    def pending_events(self) -> int:
        return len(self._events)

    async def commit(self) -> None:
        """Write the events after every other row, and commit: all of it or nothing."""
        await self.session.commit()

    async def rollback(self) -> None:
        """Drop everything written and every event emitted since the last commit."""
        await self.session.rollback()

    async def _add(self, row: dict[str, Any]) -> None:
        if not self.session.in_transaction():
            # The events belong to a transaction, so that its rollback drops them.
            await self.session.connection()
        self._events.append(row)

    def _write_events(self) -> None:
        pending, self._events = self._events, []
        if not pending:
            return
        session = self._sync
        # Everything else first, so that every row lock this transaction waits for is already
        # held before it queues for the event-order lock (no lock cycle with another writer),
        # and the lock is kept for nothing but the event rows and the commit.
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

    def _end(self) -> None:
        # A rolled-back (or merely closed) transaction's events were never written, and what
        # it read may be stale for the next one; the session may be used again.
        self._events = []
        self.rows = {}


@event.listens_for(UnitSession, "before_commit")
def _before_commit(session: Session) -> None:
    assert isinstance(session, UnitSession)
    session.unit._write_events()


@event.listens_for(UnitSession, "after_transaction_end")
def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        assert isinstance(session, UnitSession)
        session.unit._end()
