"""SQLite writers of one process take turns in memory, in order, and always give the turn back.

SQLite's own busy handler sleep-polls for the write lock and gives up after its timeout; many
writers at once used to run out of it (a 503). Here the busy timeout is cut to 0.2 s while 32
writers each hold the write lock for 30 ms: only the in-process queue can get them all through.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from icp_desktop.server import db as db_module
from icp_desktop.server import migrations
from icp_desktop.server.audit import record
from icp_desktop.server.db import Database
from icp_desktop.server.models.audit import AuditEntry
from icp_desktop.server.settings import Settings
from icp_desktop.server.unit_of_work import UnitOfWork

pytestmark = pytest.mark.anyio

WRITERS = 32
# A writer that is wrongly never let in would wait forever; fail instead.
HANG_GUARD = 20.0


@pytest.fixture
async def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Database]:
    monkeypatch.setattr(db_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    settings = Settings(data_dir=tmp_path)
    migrations.upgrade_to_head(settings.resolved_database_url())
    database = Database.from_settings(settings)
    yield database
    await database.dispose()


async def _written(database: Database, action: str) -> list[str]:
    async with database.read_sessions() as session:
        rows = await session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == action).order_by(AuditEntry.id)
        )
        return [str(r) for r in rows]


async def _until_waiting(database: Database, writers: int) -> None:
    """Return once ``writers`` writers wait in the queue (polled: the queue has no signal)."""
    for _ in range(int(HANG_GUARD / 0.001)):
        if database.write_queue.waiting() >= writers:
            return
        await asyncio.sleep(0.001)
    raise AssertionError(f"{writers} writers never queued")


async def _write(database: Database, action: str, detail: str) -> None:
    async with database.sessions() as session:
        await record(
            session,
            actor_id=None,
            actor_kind="service",
            action=action,
            object_type="test",
            object_id=None,
            detail=detail,
        )
        await session.commit()


async def test_32_writers_holding_the_lock_longer_than_the_busy_timeout_all_succeed(
    database: Database,
) -> None:
    async def writer(n: int) -> None:
        async with database.sessions() as session:
            seen = await session.scalar(select(func.count()).select_from(AuditEntry))
            await asyncio.sleep(0.03)  # work inside the transaction, holding the write lock
            await record(
                session,
                actor_id=None,
                actor_kind="service",
                action="queued",
                object_type="test",
                object_id=n,
                detail=str(seen),
            )
            await UnitOfWork.of(session).emit(kind="queue.changed", change_id=n)
            await session.commit()

    results = await asyncio.wait_for(
        asyncio.gather(*(writer(n) for n in range(WRITERS)), return_exceptions=True), HANG_GUARD
    )
    assert [r for r in results if isinstance(r, BaseException)] == []
    # One at a time: each writer saw every earlier one's row.
    assert sorted(int(seen) for seen in await _written(database, "queued")) == list(range(WRITERS))
    assert database.write_queue.held() == 0


async def test_writers_get_their_turn_in_the_order_they_asked(database: Database) -> None:
    async with database.sessions() as holder:
        await record(
            holder,
            actor_id=None,
            actor_kind="service",
            action="first",
            object_type="test",
            object_id=None,
        )
        await holder.flush()  # the turn is taken
        waiting = []
        for n in range(8):
            waiting.append(asyncio.create_task(_write(database, "in_turn", str(n))))
            await _until_waiting(database, n + 1)  # in the queue before the next one asks
        assert not any(task.done() for task in waiting)
        await holder.commit()
    await asyncio.wait_for(asyncio.gather(*waiting), HANG_GUARD)
    assert await _written(database, "in_turn") == [str(n) for n in range(8)]


async def test_the_turn_comes_back_after_an_exception(database: Database) -> None:
    with pytest.raises(RuntimeError):
        async with database.sessions() as session:
            await record(
                session,
                actor_id=None,
                actor_kind="service",
                action="lost",
                object_type="test",
                object_id=None,
            )
            await session.flush()
            raise RuntimeError("the handler failed half-way")
    assert database.write_queue.held() == 0
    await asyncio.wait_for(_write(database, "after", "exception"), HANG_GUARD)
    assert await _written(database, "lost") == []


async def test_the_turn_comes_back_after_an_explicit_rollback(database: Database) -> None:
    async with database.sessions() as session:
        await record(
            session,
            actor_id=None,
            actor_kind="service",
            action="lost",
            object_type="test",
            object_id=None,
        )
        await session.flush()
        await session.rollback()
        assert database.write_queue.held() == 0
        # The same session writes again: a new turn for its new transaction.
        await record(
            session,
            actor_id=None,
            actor_kind="service",
            action="after",
            object_type="test",
            object_id=None,
            detail="rollback",
        )
        await session.commit()
    assert await _written(database, "after") == ["rollback"]
    assert database.write_queue.held() == 0


async def test_the_turn_comes_back_when_the_request_is_cancelled(database: Database) -> None:
    holding = asyncio.Event()

    async def cancelled_writer() -> None:
        async with database.sessions() as session:
            await record(
                session,
                actor_id=None,
                actor_kind="service",
                action="lost",
                object_type="test",
                object_id=None,
            )
            await session.flush()
            holding.set()
            await asyncio.Event().wait()  # a client that went away mid-request

    task = asyncio.create_task(cancelled_writer())
    await asyncio.wait_for(holding.wait(), HANG_GUARD)
    queued = asyncio.create_task(_write(database, "after", "cancel"))
    await _until_waiting(database, 1)
    assert not queued.done()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.wait_for(queued, HANG_GUARD)
    assert await _written(database, "after") == ["cancel"]
    assert await _written(database, "lost") == []
    assert database.write_queue.held() == 0


async def test_the_turn_comes_back_when_the_connection_is_invalidated(
    database: Database,
) -> None:
    async with database.sessions() as session:
        await record(
            session,
            actor_id=None,
            actor_kind="service",
            action="lost",
            object_type="test",
            object_id=None,
        )
        await session.flush()
        connection = await session.connection()
        await connection.invalidate()
    assert database.write_queue.held() == 0
    await asyncio.wait_for(_write(database, "after", "invalidate"), HANG_GUARD)
    assert await _written(database, "after") == ["invalidate"]


async def test_a_writer_kept_waiting_too_long_gets_a_database_error(database: Database) -> None:
    database.write_queue.timeout = 0.2
    async with database.sessions() as holder:
        await record(
            holder,
            actor_id=None,
            actor_kind="service",
            action="held",
            object_type="test",
            object_id=None,
        )
        await holder.flush()
        with pytest.raises(OperationalError, match="database is locked"):
            await _write(database, "late", "timeout")
        await holder.commit()
    assert database.write_queue.held() == 0
    await asyncio.wait_for(_write(database, "late", "in time"), HANG_GUARD)
    assert await _written(database, "late") == ["in time"]


async def test_reads_never_queue_behind_a_writer(database: Database) -> None:
    async with database.sessions() as holder:
        await record(
            holder,
            actor_id=None,
            actor_kind="service",
            action="held",
            object_type="test",
            object_id=None,
        )
        await holder.flush()
        async with database.read_sessions() as reader:
            count = await asyncio.wait_for(
                reader.scalar(select(func.count()).select_from(AuditEntry)), HANG_GUARD
            )
        assert count == 0
        await holder.commit()
