"""One reader of new events per service process, handing each to the long-polls it concerns.

Every signed-in desktop app holds a long-poll (``GET /v1/events?wait=25``) all day, so a process
holds thousands of them. They cost nothing while nothing happens for them: a waiting poll is a
:class:`Listener` in two in-memory tables (by account, by role) with a timer, and is woken only
by an event for its account or its role. The :class:`EventDispatcher` alone reads the
database, and only when events may have been written:

* this process committed events: the committing connection is marked
  (:data:`~icp_desktop.server.unit_of_work.EVENTS_COMMITTED`) and pokes the dispatcher when
  it returns to the pool, i.e. once the commit is visible;
* PostgreSQL: another process's transaction sent ``NOTIFY icp_events`` (heard on the
  :class:`~icp_desktop.server.write_watch.WriteWatch`'s listening connection); while that
  connection is down, the dispatcher reads every :data:`FALLBACK_PERIOD` seconds instead;
* SQLite: ``PRAGMA data_version`` (a read of shared memory) moved, checked every
  :data:`SQLITE_PERIOD` seconds while polls wait; no statement runs when it did not move.

It reads the rows after the last id it read (its *horizon*) once, keeps the latest
:data:`RECENT` in memory, and routes each to the listeners it concerns. Event ids commit in id
order (see :mod:`~icp_desktop.server.unit_of_work`), so the horizon never passes an event
that is still to come. A poll whose cursor is older than what memory covers reads the database
once, registered *before* that read, so that what the dispatcher hands it meanwhile fills any
gap between the read and the memory (duplicates are dropped by id).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import deque
from typing import Any, NamedTuple

from sqlalchemy import event as sa_event

from icp_desktop.domain.status import Role
from icp_desktop.server import unit_of_work
from icp_desktop.server.db import Database
from icp_desktop.server.models.workflow import Event
from icp_desktop.server.schemas import EventOut
from icp_desktop.server.services import events
from icp_desktop.server.services.accounts import session_is_live
from icp_desktop.server.services.event_listeners import Listener, Listeners, Routed
from icp_desktop.server.write_watch import WriteWatch

log = logging.getLogger(__name__)

RECENT = 2048  # events kept in memory for polls that come back with a recent cursor
READ_BATCH = 500
SQLITE_PERIOD = 0.1  # seconds between data_version checks while polls wait (SQLite)
FALLBACK_PERIOD = 1.0  # seconds between reads while PostgreSQL notifications are not heard
SETTLE_TIMEOUT = 5.0  # an answer waits at most this long for a read in flight
# Old cursors read the database at most this many at a time: after a restart thousands of
# apps come back at once, and they wait their turn here rather than for a pooled connection
# (whose wait times out into a 503).
CATCH_UP_READS = 4


class Answer(NamedTuple):
    """What a long-poll returns: its events and the cursor to continue from, or ``ended``
    when its session was revoked while it waited."""

    items: list[EventOut]
    cursor: int
    ended: bool = False


class EventDispatcher:
    """This process's single reader of new events; one per app, on ``app.state.events``.

    Started on first use (on the running event loop), so apps served without a lifespan
    (tests over ``httpx.ASGITransport``) work the same. ``close()`` answers every waiting poll
    at once (the server is shutting down); ``stop()`` also ends the background tasks.

    Attributes:
        horizon: the highest event id read so far; everything up to it has been routed.
        reads: how many times the database was read for new events (for tests and logs).
    """

    def __init__(
        self,
        db: Database,
        watch: WriteWatch,
        *,
        recent: int = RECENT,
        sqlite_period: float = SQLITE_PERIOD,
    ) -> None:
        self.db = db
        self.watch = watch
        self.horizon = 0
        self.reads = 0
        self.listeners = Listeners()
        self._recent: deque[Routed] = deque(maxlen=recent)
        self._floor = 0  # memory holds every event after this id, up to the horizon
        self._sqlite_period = sqlite_period
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = 0
        self._ready: asyncio.Future[None] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._checks: set[asyncio.Task[None]] = set()
        self._wake: asyncio.Event | None = None
        self._settled: list[asyncio.Future[None]] = []
        self._poked = 0  # pokes so far; a read started after poke n covers it
        self._read_upto = 0  # the poke count when the last finished read began
        self._seen_version: int | None = None  # SQLite data_version when that read began
        self._closed = False
        self._stopped = False
        self._catch_ups = asyncio.Semaphore(CATCH_UP_READS)
        watch.on_events(self.poke)
        sa_event.listen(db.engine.sync_engine, "checkin", self._on_checkin)

    # -- learning that events exist ----------------------------------------------------------

    def poke(self) -> None:
        """New events may exist: read them soon. Safe from any thread."""
        loop = self._loop
        if loop is None:
            return  # not started: the first poll reads from the horizon it finds
        if threading.get_ident() == self._thread:
            self._poke_here()
        elif not loop.is_closed():
            loop.call_soon_threadsafe(self._poke_here)

    def _poke_here(self) -> None:
        self._poked += 1
        if self._wake is not None:
            self._wake.set()

    def _on_checkin(self, _dbapi: Any, record: Any) -> None:
        if record is not None and record.info.pop(unit_of_work.EVENTS_COMMITTED, False):
            self.poke()

    def _due(self) -> int:
        """The pokes a read must have covered for an answer given now to hold everything
        committed before now (on SQLite, another process's commit counts as one)."""
        if self.db.is_sqlite:
            self._check_version()
        return self._poked

    def _check_version(self) -> None:
        version = self.watch.data_version()
        if version is not None and version != self._seen_version:
            self._poke_here()

    # -- the background tasks ----------------------------------------------------------------

    async def _start(self) -> None:
        if self._ready is None:
            loop = asyncio.get_running_loop()
            self._loop, self._thread = loop, threading.get_ident()
            self._ready = loop.create_future()
            self._wake = asyncio.Event()
            self._tasks = [
                loop.create_task(self._read_loop(), name="icp-event-reader"),
                loop.create_task(self._watch_loop(), name="icp-event-watch"),
            ]
        await asyncio.shield(self._ready)

    async def _read_loop(self) -> None:
        assert self._ready is not None and self._wake is not None
        failures = 0
        while True:
            try:
                if not self._ready.done():
                    await self._read_horizon()
                    self._ready.set_result(None)
                else:
                    await self._wake.wait()
                    await self._read_new()
                failures = 0
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                task = asyncio.current_task()
                if self._stopped or (task is not None and task.cancelling()):
                    # Cancelled inside a database call: SQLAlchemy may report it as an error
                    # of the connection it had to drop; the cancellation still stands.
                    raise asyncio.CancelledError from exc
                failures += 1
                pause = min(5.0, 0.1 * 2**failures)
                log.warning("cannot read new events (%s); trying again in %.1f s", exc, pause)
                await asyncio.sleep(pause)
                self._wake.set()

    async def _read_horizon(self) -> None:
        self._seen_version = self.watch.data_version() if self.db.is_sqlite else None
        upto = self._poked
        async with self.db.read_sessions() as session:
            self.horizon = self._floor = await events.last_id(session)
        self._read_upto = upto
        log.info("event dispatcher ready at event %d", self.horizon)

    async def _read_new(self) -> None:
        assert self._wake is not None
        self._wake.clear()
        # Noted before the read begins: a commit after this point pokes again.
        upto = self._poked
        if self.db.is_sqlite:
            self._seen_version = self.watch.data_version()
        woken: set[Listener] = set()
        while True:
            async with self.db.read_sessions() as session:
                rows = await events.read_after(session, self.horizon, READ_BATCH)
            self.reads += 1
            for row in rows:
                self._dispatch(row, woken)
            if len(rows) < READ_BATCH:
                break
        self._read_upto = max(self._read_upto, upto)
        for listener in woken:
            listener.wake()
        settled, self._settled = self._settled, []
        for fut in settled:
            if not fut.done():
                fut.set_result(None)

    def _dispatch(self, row: Event, woken: set[Listener]) -> None:
        if row.id <= self.horizon:
            return  # cannot happen (ids commit in order); never hand out an event twice
        self.horizon = row.id
        if row.audience == unit_of_work.SIGNAL_AUDIENCE:
            if row.kind == unit_of_work.SESSION_ENDED:
                self._session_ended(int((row.payload or {}).get("account_id") or 0))
            return
        routed = Routed(row.id, row.account_id, row.audience, events.event_out(row))
        if len(self._recent) == self._recent.maxlen:
            self._floor = self._recent[0].id
        self._recent.append(routed)
        woken.update(self.listeners.hand_out(routed))

    async def _watch_loop(self) -> None:
        """While polls wait: SQLite's data_version, or reads while PostgreSQL is not heard."""
        while True:
            await self.listeners.someone_waits()
            if self.db.is_sqlite:
                await asyncio.sleep(self._sqlite_period)
                if self.watch.data_version() is None:
                    self._poke_here()  # an in-memory database: no version to watch, read
                else:
                    self._check_version()
            else:
                await asyncio.sleep(FALLBACK_PERIOD)
                if not self.watch.listening:
                    self._poke_here()

    # -- revoked sessions ----------------------------------------------------------------------

    def _session_ended(self, account_id: int) -> None:
        for listener in self.listeners.of_account(account_id):
            task = asyncio.get_running_loop().create_task(self._recheck(listener))
            self._checks.add(task)
            task.add_done_callback(self._checks.discard)

    async def _recheck(self, listener: Listener) -> None:
        try:
            async with self.db.read_sessions() as session:
                live = await session_is_live(session, listener.token_hash)
        except Exception:
            log.warning("could not check a session whose account signed out somewhere")
            return
        if not live:
            listener.ended = True
            listener.wake()

    # -- long-polls ----------------------------------------------------------------------------

    async def wait(
        self, account_id: int, role: Role, token_hash: str, *, after: int, wait: float
    ) -> Answer:
        """The events for this account and role after ``after``, as soon as there are any,
        or none after ``wait`` seconds (at once while the server shuts down)."""
        await self._start()
        listener = Listener(account_id, role.value, token_hash, after)
        self.listeners.add(listener)
        try:
            if after >= self._floor:
                listener.take(self._newer_than(after))
            else:
                await self._catch_up(listener)
            if listener.items or listener.ended or wait <= 0 or self._closed:
                # Answering now; if a read is due or under way (this process's own commit,
                # say), with what it brings: a client reads its own writes.
                await self._until_read(self._due())
            else:
                try:
                    await listener.sleep(wait)  # until an event for it is dispatched
                finally:
                    listener.awake()
        finally:
            self.listeners.discard(listener)
        if listener.ended:
            return Answer([], after, ended=True)
        items = listener.items[: events.BATCH_LIMIT]
        if len(listener.items) > events.BATCH_LIMIT:
            return Answer(items, items[-1].id)
        # Everything up to the horizon that concerns this poll was handed to it.
        return Answer(items, items[-1].id if items else max(after, self.horizon))

    def _newer_than(self, after: int) -> list[Routed]:
        """The kept events after ``after``, oldest first; from the newest end, so that a poll
        that has seen everything costs one comparison."""
        newer: list[Routed] = []
        for routed in reversed(self._recent):
            if routed.id <= after:
                break
            newer.append(routed)
        newer.reverse()
        return newer

    async def _catch_up(self, listener: Listener) -> None:
        """An old cursor: read the database once. The listener is registered already, so what
        the dispatcher reads meanwhile reaches it too; together they leave no gap."""
        async with self._catch_ups, self.db.read_sessions() as session:
            found = await events.fetch(
                session,
                account_id=listener.account_id,
                role=Role(listener.role),
                after=listener.after,
            )
        listener.merge_before(found, complete=len(found) < events.BATCH_LIMIT)

    async def _until_read(self, due: int) -> None:
        """Until a read that began after poke ``due`` has finished (at most
        :data:`SETTLE_TIMEOUT`: the database may be away)."""
        assert self._loop is not None
        while self._read_upto < due:
            fut = self._loop.create_future()
            self._settled.append(fut)
            try:
                await asyncio.wait_for(fut, SETTLE_TIMEOUT)
            except TimeoutError:
                return

    # -- the end --------------------------------------------------------------------------------

    def close(self) -> None:
        """Answer every waiting poll now and every later one at once (shutting down)."""
        self._closed = True
        for listener in self.listeners.all():
            listener.wake()

    async def stop(self) -> None:
        self.close()
        self._stopped = True
        tasks, self._tasks = self._tasks, []
        for task in [*tasks, *self._checks]:
            task.cancel()
        for task in [*tasks, *self._checks]:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        with contextlib.suppress(Exception):
            sa_event.remove(self.db.engine.sync_engine, "checkin", self._on_checkin)
