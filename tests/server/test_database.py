"""The database layer: SQLite pragmas, concurrent writers without "database is locked"."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from icp_desktop.server import migrations
from icp_desktop.server.audit import record
from icp_desktop.server.db import Database
from icp_desktop.server.models.audit import AuditEntry
from icp_desktop.server.settings import Settings
from tests.helpers import http_client
from tests.helpers.live_server import LiveServer

pytestmark = pytest.mark.anyio


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    settings = Settings(data_dir=tmp_path)
    migrations.upgrade_to_head(settings.resolved_database_url())
    db = Database.from_settings(settings)
    yield db
    await db.dispose()


async def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(
    database: Database,
) -> None:
    async with database.read_sessions() as session:
        assert (await session.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
        assert (await session.execute(text("PRAGMA foreign_keys"))).scalar() == 1
        assert (await session.execute(text("PRAGMA busy_timeout"))).scalar() == 5000


async def test_concurrent_read_then_write_transactions_all_succeed(database: Database) -> None:
    """Each writer reads, yields to the others, then writes: the pattern that makes deferred
    SQLite transactions fail with "database is locked" when two try to upgrade at once."""

    async def writer(n: int) -> None:
        async with database.sessions() as session:
            seen = await session.scalar(select(func.count()).select_from(AuditEntry))
            await asyncio.sleep(0.001)
            await record(
                session,
                actor_id=None,
                actor_kind="service",
                action="test.write",
                object_type="test",
                object_id=n,
                detail=f"saw {seen}",
            )
            await session.commit()

    async def reader() -> int:
        async with database.read_sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(AuditEntry)) or 0)

    results = await asyncio.gather(
        *(writer(n) for n in range(40)), *(reader() for _ in range(20)), return_exceptions=True
    )
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == []
    async with database.read_sessions() as session:
        written = await session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "test.write")
        )
    assert written == 40
    # Serialized writers each saw every earlier write: the counts seen are all different.
    async with database.read_sessions() as session:
        seen = (
            await session.scalars(
                select(AuditEntry.detail).where(AuditEntry.action == "test.write")
            )
        ).all()
    assert len(set(seen)) == 40


async def test_a_read_does_not_wait_for_an_open_write(database: Database) -> None:
    async with database.sessions() as writer:
        await record(
            writer,
            actor_id=None,
            actor_kind="service",
            action="held",
            object_type="test",
            object_id=1,
        )
        await writer.flush()  # the write lock is now held until commit
        async with database.read_sessions() as session:
            count = await asyncio.wait_for(
                session.scalar(select(func.count()).select_from(AuditEntry)), timeout=2
            )
        assert count == 0  # the uncommitted row is invisible, and the read did not block
        await writer.commit()


async def test_many_simultaneous_sign_ins_all_succeed(shared_server: LiveServer) -> None:
    async with http_client.AsyncClient(base_url=shared_server.url, timeout=30) as client:
        responses = await asyncio.gather(
            *(
                client.post("/v1/auth/login", json={"username": name, "password": f"{name}-pass"})
                for name in ["demo", "demo2", "reviewer", "operator"] * 6
            )
        )
    assert [r.status_code for r in responses] == [200] * 24
    assert len({r.json()["token"] for r in responses}) == 24
