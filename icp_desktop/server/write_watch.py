"""Knowing cheaply whether the database may have changed since an answer was computed.

:class:`WriteWatch` gives a *generation*: a number that changes whenever a transaction that
wrote to the database commits, in this process or in another one. The read cache
(:mod:`icp_desktop.server.read_cache`) keeps an answer only while the generation it was computed
under is still the current one. When the watch cannot tell, :meth:`WriteWatch.generation`
returns None and nothing is cached or served from the cache.

* **SQLite**: ``PRAGMA data_version`` on a connection of its own, which never writes. SQLite
  changes that number whenever any other connection, of any process, commits — the check is a
  read of shared memory (a few microseconds), so it runs on every request.
* **PostgreSQL**: a counter. A write transaction of this service sends ``NOTIFY icp_writes``
  as it commits; every process LISTENs on its own connection and bumps its counter per
  notification. This process also bumps the counter as soon as its own write has committed,
  so a client always reads its own writes; another process's writes show up when their
  notification arrives (normally within a millisecond or two). While the listening
  connection is down the generation is None.

The same listening connection also hears ``icp_events``, sent by transactions that wrote
events (:mod:`icp_desktop.server.services.events`), and passes it on to the event dispatcher
(:meth:`WriteWatch.on_events`): one connection per process for both.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection

from icp_desktop.server.db import Database

log = logging.getLogger(__name__)

CHANNEL = "icp_writes"
EVENTS_CHANNEL = "icp_events"  # the same as unit_of_work.CHANNEL (no import: no cycle)
_READ_ONLY_VERBS = (
    "SELECT",
    "BEGIN",
    "PRAGMA",
    "SHOW",
    "SET",
    "WITH",
    "LISTEN",
    "SAVEPOINT",
    "RELEASE",
)
_WROTE = "icp_wrote"
_COMMITTED_WRITE = "icp_committed_write"


def is_write(statement: str) -> bool:
    """Whether a statement may change data (anything but a read or transaction control).

    ``WITH`` counts as a read: the service writes no data-modifying CTEs.
    """
    return not statement.lstrip()[:10].upper().startswith(_READ_ONLY_VERBS)


class WriteWatch:
    """The database's generation for the read cache; see the module docstring."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._counter = 0
        self._listening = False
        self._listener: asyncio.Task[None] | None = None
        self._sqlite: sqlite3.Connection | None = None
        self._sqlite_path = sqlite_file(db.url) if db.is_sqlite else None
        self._on_events: list[Callable[[], None]] = []
        self._install_hooks()

    def on_events(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (on the event loop) when another process may have written events:
        at each ``icp_events`` notification, and whenever listening (re)starts, since
        notifications sent while nobody listened are lost."""
        self._on_events.append(callback)

    @property
    def instant(self) -> bool:
        """Whether the generation moves with another process's commit itself (SQLite), not
        with a notification that may still be on its way (PostgreSQL)."""
        return self.db.is_sqlite

    @property
    def listening(self) -> bool:
        """PostgreSQL: whether notifications arrive now (always False on SQLite)."""
        return self._listening

    # -- the generation --------------------------------------------------------------------

    def generation(self) -> int | None:
        """The current generation, or None when changes cannot be detected right now."""
        if self.db.is_sqlite:
            return self.data_version()
        return self._counter if self._listening else None

    def data_version(self) -> int | None:
        """SQLite's ``PRAGMA data_version`` seen from a connection that never writes: it moves
        with every commit of any other connection, of any process. None when unreadable."""
        if self._sqlite_path is None:
            return None  # an in-memory database: other connections cannot be watched
        try:
            if self._sqlite is None:
                # Used only from the event loop's thread; never writes, never holds a lock.
                self._sqlite = sqlite3.connect(
                    self._sqlite_path, isolation_level=None, check_same_thread=False
                )
                self._sqlite.execute("PRAGMA busy_timeout=0")
            row = self._sqlite.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error as exc:
            log.warning("read cache off for now: cannot read the data version (%s)", exc)
            self._close_sqlite()
            return None
        return int(row[0])

    def bump(self) -> None:
        self._counter += 1

    # -- hooks on the engine ---------------------------------------------------------------

    def _install_hooks(self) -> None:
        engine = self.db.engine.sync_engine
        notify = not self.db.is_sqlite

        @event.listens_for(engine, "before_cursor_execute")
        def _note_write(conn: Connection, _cursor: Any, statement: str, *_: Any) -> None:
            if is_write(statement):
                conn.info[_WROTE] = True

        @event.listens_for(engine, "commit")
        def _before_commit(conn: Connection) -> None:
            if conn.info.pop(_WROTE, False):
                conn.info[_COMMITTED_WRITE] = True
                if notify:
                    # Part of the transaction: delivered to the listeners only if it commits.
                    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
                    try:
                        cursor.execute(f"NOTIFY {CHANNEL}")
                    finally:
                        cursor.close()

        @event.listens_for(engine, "rollback")
        def _after_rollback(conn: Connection) -> None:
            conn.info.pop(_WROTE, None)

        # The connection goes back to the pool once its transaction has ended, i.e. after the
        # COMMIT: only now may readers see the new generation.
        @event.listens_for(engine, "checkin")
        def _returned(_dbapi: Any, record: Any) -> None:
            if record is not None and record.info.pop(_COMMITTED_WRITE, False):
                self.bump()

    # -- PostgreSQL: the listening connection -----------------------------------------------

    def start(self) -> None:
        if not self.db.is_sqlite and self._listener is None:
            self._listener = asyncio.get_running_loop().create_task(
                self._listen(), name="icp-write-watch"
            )

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
            self._listener = None
        self._listening = False
        self._close_sqlite()

    async def _listen(self) -> None:
        import psycopg

        from icp_desktop.server.settings import to_sync_url

        url = to_sync_url(self.db.url).replace("postgresql+psycopg://", "postgresql://", 1)
        delay = 0.5
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
                    # One statement: the connection shows as "LISTEN icp_writes..." to operators.
                    await conn.execute(f"LISTEN {CHANNEL}; LISTEN {EVENTS_CHANNEL}")
                    # Anything may have changed while nobody was listening.
                    self.bump()
                    self._listening = True
                    self._events_written()
                    delay = 0.5
                    async for notice in conn.notifies():
                        if notice.channel == EVENTS_CHANNEL:
                            self._events_written()
                        else:
                            self.bump()
            except psycopg.Error as exc:
                log.warning("read cache off until the database answers again (%s)", exc)
            finally:
                self._listening = False
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)

    def _events_written(self) -> None:
        for callback in self._on_events:
            callback()

    def _close_sqlite(self) -> None:
        if self._sqlite is not None:
            with contextlib.suppress(sqlite3.Error):
                self._sqlite.close()
            self._sqlite = None


def sqlite_file(url: str) -> str | None:
    """The file of a SQLite URL; None for an in-memory database."""
    path = url.split(":///", 1)[-1].split("?", 1)[0]
    return None if not path or path == ":memory:" or path.startswith("file::memory:") else path
