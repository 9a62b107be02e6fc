"""Event ids on PostgreSQL: writers overlap in their work, yet ids still become visible in order.

A long-poll's cursor is the last event id a reader saw, so an event committed after a higher
id was already readable would be passed over. Writers queue for one advisory lock only at
commit, for the event rows and the commit itself; everything before runs side by side.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import func, select, text
from sqlalchemy.util import await_only

from icp_desktop.domain.status import Role
from icp_desktop.server import migrations
from icp_desktop.server.db import Database
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Website
from icp_desktop.server.models.workflow import Event
from icp_desktop.server.seed import seed_demo
from icp_desktop.server.services import changes, events
from icp_desktop.server.settings import Settings
from icp_desktop.server.unit_of_work import UnitOfWork
from tests.helpers.postgres import PostgresCluster

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]

# A writer that is wrongly blocked would wait forever; fail instead.
HANG_GUARD = 20.0


@pytest.fixture
async def database(postgres_cluster: PostgresCluster, tmp_path: Path) -> AsyncIterator[Database]:
    settings = Settings(data_dir=tmp_path, database_url=postgres_cluster.new_database())
    migrations.upgrade_to_head(settings.resolved_database_url())
    db = Database.from_settings(settings)
    async with db.sessions() as session:
        await seed_demo(session)
    yield db
    await db.dispose()


async def _account(db: Database, username: str) -> Account:
    async with db.read_sessions() as session:
        account = await session.scalar(select(Account).where(Account.username == username))
        assert account is not None
        return account


async def _last_event_id(db: Database) -> int:
    async with db.read_sessions() as session:
        return int(await session.scalar(select(func.coalesce(func.max(Event.id), 0))) or 0)


async def _waiting_for_advisory_lock(db: Database) -> int:
    async with db.read_sessions() as session:
        return int(
            await session.scalar(
                text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
            )
            or 0
        )


async def _until_waiting_or_done(db: Database, commit: asyncio.Task[None]) -> None:
    """Return once a writer waits for the advisory lock, or ``commit`` finished without
    waiting (polled: PostgreSQL has no signal for it)."""
    for _ in range(int(HANG_GUARD / 0.01)):
        if commit.done() or await _waiting_for_advisory_lock(db) >= 1:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("no writer ever waited for the event-order lock")


async def test_writers_on_different_websites_do_their_work_side_by_side(
    database: Database,
) -> None:
    demo = await _account(database, "demo")
    async with database.read_sessions() as session:
        sites = (
            await session.scalars(
                select(Website)
                .where(Website.owner_id == demo.id, Website.open_change_id.is_(None))
                .order_by(Website.id)
                .limit(2)
            )
        ).all()
    assert len(sites) == 2
    before = await _last_event_id(database)
    async with database.sessions() as first, database.sessions() as second:
        # The first draft is written (rows locked, event pending) and left uncommitted ...
        one = await changes.create_draft(first, demo, sites[0].id, ["39.108.77.12"])
        await first.flush()
        # ... while the second writer does all of its own work, without waiting for the first.
        two = await asyncio.wait_for(
            changes.create_draft(second, demo, sites[1].id, ["39.108.77.13"]), HANG_GUARD
        )
        await asyncio.wait_for(second.flush(), HANG_GUARD)
        await asyncio.wait_for(second.commit(), HANG_GUARD)
        await first.commit()
    async with database.read_sessions() as session:
        written = (
            await session.scalars(select(Event).where(Event.id > before).order_by(Event.id))
        ).all()
    # Ids follow the commit order: the second writer committed first.
    assert [(e.kind, e.change_id) for e in written] == [
        ("change.created", two.id),
        ("change.created", one.id),
    ]


async def test_an_event_id_never_becomes_visible_before_a_lower_one(database: Database) -> None:
    demo = await _account(database, "demo")
    cursor = await _last_event_id(database)
    inserted, go_on = asyncio.Event(), asyncio.Event()

    def pause_after_event_insert(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        # Runs inside the first writer's commit, after its event row is inserted and before
        # COMMIT: hold it there, as a slow disk or a busy server would.
        if statement.startswith("INSERT INTO events") and not inserted.is_set():
            inserted.set()
            await_only(go_on.wait())

    async def read() -> list[int]:
        async with database.read_sessions() as session:
            found = await events.fetch(session, account_id=demo.id, role=Role.FILER, after=cursor)
        return [e.id for e in found]

    async with database.sessions() as first, database.sessions() as second:
        sa_event.listen(
            database.engine.sync_engine, "after_cursor_execute", pause_after_event_insert
        )
        await UnitOfWork.of(first).emit(kind="change.created", account_id=demo.id, change_id=1)
        first_commit = asyncio.create_task(first.commit())
        await asyncio.wait_for(inserted.wait(), HANG_GUARD)
        await UnitOfWork.of(second).emit(kind="change.created", account_id=demo.id, change_id=2)
        second_commit = asyncio.create_task(second.commit())
        try:
            # The second writer queues for the event-order lock rather than taking an id.
            await _until_waiting_or_done(database, second_commit)
            assert await read() == []  # nothing a reader could pass over yet
            assert not second_commit.done()
        finally:
            go_on.set()
        await asyncio.wait_for(asyncio.gather(first_commit, second_commit), HANG_GUARD)
    async with database.read_sessions() as session:
        written = (
            await session.scalars(select(Event).where(Event.id > cursor).order_by(Event.id))
        ).all()
    assert [e.change_id for e in written] == [1, 2]
    assert await read() == [e.id for e in written]


async def test_a_rolled_back_transaction_leaves_no_events_behind(database: Database) -> None:
    demo = await _account(database, "demo")
    cursor = await _last_event_id(database)
    async with database.sessions() as session:
        await UnitOfWork.of(session).emit(kind="change.created", account_id=demo.id, change_id=7)
        await session.rollback()
        # The same session's next transaction writes only its own event.
        await UnitOfWork.of(session).emit(kind="change.created", account_id=demo.id, change_id=8)
        await session.commit()
    async with database.read_sessions() as session:
        written = (await session.scalars(select(Event.change_id).where(Event.id > cursor))).all()
    assert list(written) == [8]
