"""Async engine and session factories: one database access style for the whole service.

Two session factories share one engine and pool:

* ``Database.sessions`` — sessions that may write. On SQLite every transaction of such a session
  starts with ``BEGIN IMMEDIATE``: it takes the write lock up front and waits for it (busy
  timeout), so two concurrent writers queue instead of failing with "database is locked" when a
  read lock cannot be upgraded. On PostgreSQL it is a plain ``BEGIN``.
* ``Database.read_sessions`` — sessions for read-only work. They begin a deferred transaction, so
  on SQLite (WAL) they never wait for writers and never block them.

On SQLite, writers of this process also queue in memory before ``BEGIN IMMEDIATE`` (see
``WriteQueue``): SQLite's busy handler sleep-polls, so 32 writers waiting in it got the lock in no
particular order and some ran out of their busy timeout; in the queue they wait in turn, and the
busy timeout is left to cover writers of other processes.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import weakref
from datetime import datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.util import await_only

from icp_desktop.domain.clock import Clock, SystemClock
from icp_desktop.server.calendar_cache import CALENDAR_KEY, CalendarCache
from icp_desktop.server.settings import Settings

WRITE_OPTION = "icp_write"
CLOCK_KEY = "icp_clock"
SQLITE_BUSY_TIMEOUT_MS = 5000
# How long a writer of this process waits for its turn before the request gets a 503; the busy
# timeout then still applies to writers of other processes.
WRITE_QUEUE_TIMEOUT_S = 30.0


class Database:
    """The engine plus its two session factories; built once per app and disposed on shutdown.

    Every session it makes carries the service's clock (see :func:`session_now`), this
    process's working calendar (:mod:`icp_desktop.server.services.calendars`) and its unit of
    work (:class:`~icp_desktop.server.unit_of_work.UnitOfWork`).
    """

    def __init__(
        self,
        url: str,
        *,
        pool_size: int = 10,
        max_overflow: int = 20,
        clock: Clock | None = None,
        calendar: CalendarCache | None = None,
    ) -> None:
        self.url = url
        self.clock: Clock = clock or SystemClock()
        self.calendar = calendar or CalendarCache()
        self.is_sqlite = url.startswith("sqlite")
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            # aiosqlite gives each connection a thread. Keep enough of them open for a busy
            # server: an overflow connection is opened and closed per use, and with 32 clients
            # that churn cut the websites page's throughput by more than half.
            kwargs.update(pool_size=48, max_overflow=48, connect_args={"timeout": 30})
        else:
            kwargs.update(pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True)
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        self.write_queue = WriteQueue()
        if self.is_sqlite:
            install_sqlite_hooks(self.engine, self.write_queue)
        # Imported here: the unit of work reads the clock through this module.
        from icp_desktop.server.unit_of_work import UnitSession

        info = {CLOCK_KEY: self.clock, CALENDAR_KEY: self.calendar}
        self.sessions = async_sessionmaker(
            self.engine,
            expire_on_commit=False,
            execution_options={WRITE_OPTION: True},
            info=info,
            sync_session_class=UnitSession,
        )
        self.read_sessions = async_sessionmaker(
            self.engine, expire_on_commit=False, info=info, sync_session_class=UnitSession
        )

    @classmethod
    def from_settings(cls, settings: Settings, clock: Clock | None = None) -> Database:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        return cls(
            settings.resolved_database_url(),
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_max_overflow,
            clock=clock or settings.make_clock(),
            calendar=CalendarCache.from_file(settings.calendar_overrides),
        )

    @property
    def backend(self) -> str:
        return "sqlite" if self.is_sqlite else "postgresql"

    async def dispose(self) -> None:
        await self.engine.dispose()


class WriteQueue:
    """This process's SQLite writers, one at a time and first come first served.

    A writer takes its turn (``acquire``) just before ``BEGIN IMMEDIATE`` and gives it back when
    its connection returns to the pool (``release``), which happens after COMMIT or ROLLBACK on
    every path: commit, rollback, an exception, a cancelled request, an invalidated connection,
    even a connection the garbage collector reclaims. The lock is per event loop, because tests
    (and the desktop app's embedded server) may run several apps, each on its own loop.
    """

    def __init__(self, timeout: float = WRITE_QUEUE_TIMEOUT_S) -> None:
        self.timeout = timeout
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        # Pool connection record -> the loop and lock it holds its turn on.
        self._holders: dict[Any, tuple[asyncio.AbstractEventLoop, asyncio.Lock]] = {}
        self._guard = threading.Lock()

    def lock_for(self, loop: asyncio.AbstractEventLoop) -> asyncio.Lock:
        with self._guard:
            lock = self._locks.get(loop)
            if lock is None:
                lock = self._locks[loop] = asyncio.Lock()
            return lock

    def held(self) -> int:
        """How many connections hold a turn now (at most one per event loop)."""
        return len(self._holders)

    def waiting(self) -> int:
        """How many writers of the running event loop wait for their turn."""
        lock = self.lock_for(asyncio.get_running_loop())
        return len(getattr(lock, "_waiters", None) or ())

    def acquire(self, record: Any) -> None:
        """Wait (inside SQLAlchemy's greenlet) for this process's write turn for ``record``."""
        if record is None or record in self._holders:
            return  # this connection already has the turn (a second transaction on it)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # not on an event loop (a sync engine): only SQLite's busy timeout applies
        lock = self.lock_for(loop)
        try:
            if lock.locked():
                await_only(asyncio.wait_for(lock.acquire(), self.timeout))
            else:  # free: taken at once, no timer needed
                await_only(lock.acquire())
        except TimeoutError:
            raise OperationalError(
                "BEGIN IMMEDIATE",
                None,
                sqlite3.OperationalError("database is locked (waited for other writers)"),
            ) from None
        self._holders[record] = (loop, lock)

    def release(self, record: Any) -> None:
        """Give the turn back (any thread; a no-op when ``record`` does not hold it)."""
        held = self._holders.pop(record, None)
        if held is None:
            return
        loop, lock = held
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            lock.release()
        elif not loop.is_closed():
            loop.call_soon_threadsafe(lock.release)


def install_sqlite_hooks(engine: AsyncEngine, queue: WriteQueue | None = None) -> None:
    """WAL, busy timeout, foreign keys, and our own BEGIN (deferred or IMMEDIATE)."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Stop the driver from issuing its own BEGIN so the "begin" hook below decides.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            if queue is not None:
                queue.acquire(_record_of(conn))
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    if queue is not None:

        @event.listens_for(engine.sync_engine, "checkin")
        def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
            # After the pool's reset: the transaction is over, committed or rolled back.
            queue.release(record)


def _record_of(conn: Connection) -> Any:
    """The pool's record of the connection: it outlives an invalidated DBAPI connection and
    is what the pool's ``checkin`` event names."""
    return getattr(conn.connection, "_connection_record", None)


def session_now(session: AsyncSession) -> datetime:
    """The current moment (aware UTC) by the clock of the :class:`Database` that made
    ``session``: services never read the wall clock themselves."""
    clock: Clock | None = session.info.get(CLOCK_KEY)
    if clock is None:
        raise RuntimeError("this session was not made by a Database: it has no clock")
    return clock.now()


async def ping(session: AsyncSession) -> None:
    """Raise if the database cannot answer a trivial query."""
    from sqlalchemy import text

    await session.execute(text("SELECT 1"))
