"""The read cache (sessions by token, pages of websites) never shows a filer stale data.

A repeated page costs no database statement, and any committed write — through this process,
another server process, or (SQLite) any other connection — is seen by the next request.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import event, update

from icp_desktop.domain.clock import SystemClock
from icp_desktop.server.models.accounts import SessionToken
from icp_desktop.server.models.base import utcnow
from icp_desktop.server.read_cache import ReadCache
from icp_desktop.server.security import token_hash
from tests.helpers import http_client
from tests.helpers.live_server import LiveServer, start_live_server
from tests.helpers.postgres import PostgresCluster
from tests.server import workflow_api as api
from tests.server.conftest import InProcess

DOMAIN = "yunzhan-tech.cn"


def open_status(
    client: httpx.Client | None, page: dict[str, Any], domain: str = DOMAIN
) -> str | None:
    site = next(w for w in page["items"] if w["domain"] == domain)
    return None if site["open_change"] is None else str(site["open_change"]["status"])


def first_page(client: httpx.Client) -> dict[str, Any]:
    response = client.get("/v1/websites", params={"limit": 50})
    assert response.status_code == 200, response.text
    return dict(response.json())


def wait_until(check: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return check()


# --- in this process ----------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_repeated_page_reads_nothing_and_a_write_makes_it_read_again(
    inproc: InProcess,
) -> None:
    statements: list[str] = []
    event.listen(
        inproc.database.engine.sync_engine,
        "before_cursor_execute",
        lambda _c, _cur, stmt, *_a: statements.append(stmt),
    )
    demo = await inproc.headers("demo")
    client = inproc.client
    first = await client.get("/v1/websites", headers=demo)
    statements.clear()
    again = await client.get("/v1/websites", headers=demo)
    assert again.json() == first.json()
    assert statements == []  # neither the session nor the page touched the database

    site = next(w for w in first.json()["items"] if w["domain"] == DOMAIN)
    created = await client.post(
        "/v1/change-requests",
        headers=demo,
        json={"website_id": site["id"], "proposed_ips": [api.SPARE_V4]},
    )
    assert created.status_code == 201, created.text
    statements.clear()
    after = (await client.get("/v1/websites", headers=demo)).json()
    assert open_status(None, after) == "draft"
    assert any("websites" in s for s in statements)


@pytest.mark.anyio
async def test_a_cached_session_still_ends_when_its_token_expires(inproc: InProcess) -> None:
    token = await inproc.token("demo")
    demo = {"Authorization": f"Bearer {token}"}
    expires = inproc.database.clock.now() + timedelta(seconds=1.5)
    async with inproc.database.sessions() as session:
        await session.execute(
            update(SessionToken)
            .where(SessionToken.token_hash == token_hash(token))
            .values(expires_at=expires)
        )
        await session.commit()
    for _ in range(2):  # the second answer comes from the cache
        assert (await inproc.client.get("/v1/me", headers=demo)).status_code == 200
    await asyncio.sleep(max(0.0, (expires - inproc.database.clock.now()).total_seconds()) + 0.1)
    late = await inproc.client.get("/v1/me", headers=demo)
    assert late.status_code == 401
    assert late.json()["code"] == "session_expired"


@pytest.mark.anyio
async def test_a_write_by_another_sqlite_connection_is_seen_at_once(inproc: InProcess) -> None:
    demo = await inproc.headers("demo")
    for _ in range(2):
        assert (await inproc.client.get("/v1/me", headers=demo)).status_code == 200
    # An operator's tool, not the service, disables the account.
    path = inproc.settings.data_dir / "filing.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE accounts SET disabled = 1 WHERE username = 'demo'")
    assert (await inproc.client.get("/v1/me", headers=demo)).status_code == 401


def test_the_cache_keeps_within_its_bounds() -> None:
    class Fixed:
        def generation(self) -> int:
            return 7

    cache = ReadCache(Fixed(), SystemClock(), max_pages=3, max_page_bytes=10_000)  # type: ignore[arg-type]
    for i in range(5):
        cache.keep_page((1, None, None, str(i), 50), b"x" * 1000, 7)
    assert cache.sizes()[1:] == (3, 3 * 1200)
    assert cache.page((1, None, None, "0", 50)) is None  # the oldest went first
    assert cache.page((1, None, None, "4", 50)) == b"x" * 1000
    cache.keep_page((1, None, None, "big", 50), b"x" * 20_000, 7)
    assert cache.page((1, None, None, "big", 50)) is None  # larger than the whole budget
    cache.keep_page((1, None, None, "old", 50), b"y", 6)
    assert cache.page((1, None, None, "old", 50)) is None  # read under an older generation


# --- over HTTP, one server per database -------------------------------------------------


def test_a_filer_sees_their_own_change_and_sign_out_at_once(
    live_server: LiveServer,
    client_for: Callable[[LiveServer, str | None], httpx.Client],
) -> None:
    demo = client_for(live_server, "demo")
    assert open_status(demo, first_page(demo)) is None
    assert open_status(demo, first_page(demo)) is None  # now from the cache
    cid = api.create(demo, api.website(demo, DOMAIN)["id"], [api.SPARE_V4]).json()["id"]
    assert open_status(demo, first_page(demo)) == "draft"
    assert api.submit(demo, cid).status_code == 200
    assert open_status(demo, first_page(demo)) == "pending_first_review"

    assert demo.post("/v1/auth/logout").status_code == 204
    assert demo.get("/v1/websites").status_code == 401


# --- two server processes on one database ------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def two_servers(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'shared.sqlite3'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
        url = cluster.new_database()
    first = start_live_server(tmp_path / "a", database_url=url)
    second = start_live_server(tmp_path / "b", database_url=url)
    yield request.param, first, second
    first.stop()
    second.stop()


def test_a_change_through_another_server_process_reaches_the_cached_list(
    two_servers: tuple[str, LiveServer, LiveServer],
    client_for: Callable[[LiveServer, str | None], httpx.Client],
) -> None:
    kind, reader_server, writer_server = two_servers
    writer = client_for(writer_server, "demo")
    reader = http_client.Client(base_url=reader_server.url, headers=writer.headers, timeout=10)
    try:
        assert open_status(reader, first_page(reader)) is None
        assert open_status(reader, first_page(reader)) is None  # cached in the reader
        api.create(writer, api.website(writer, DOMAIN)["id"], [api.SPARE_V4])
        if kind == "sqlite":
            # SQLite's data version changes with the other process's commit itself.
            assert open_status(reader, first_page(reader)) == "draft"
        else:
            # PostgreSQL: as soon as the other process's notification arrives.
            assert wait_until(lambda: open_status(reader, first_page(reader)) == "draft", 2)

        assert writer.post("/v1/auth/logout").status_code == 204
        # Refused at once on both: sessions are read from the database on every request,
        # never trusted to a notification that may still be on its way.
        assert reader.get("/v1/me").status_code == 401
    finally:
        reader.close()


@pytest.mark.postgres
def test_a_write_missed_while_the_listener_was_down_is_not_served_stale(
    postgres_cluster: PostgresCluster,
    tmp_path: Path,
    client_for: Callable[[LiveServer, str | None], httpx.Client],
) -> None:
    import psycopg

    url = postgres_cluster.new_database()
    sync_url = url.replace("postgresql+psycopg://", "postgresql://", 1)
    listeners = (
        "SELECT pid FROM pg_stat_activity WHERE query LIKE 'LISTEN icp_writes%' "
        "AND pid <> pg_backend_pid()"
    )
    reader_server = start_live_server(tmp_path / "a", database_url=url)
    writer_server = start_live_server(tmp_path / "b", database_url=url)
    try:
        writer = client_for(writer_server, "demo")
        reader = client_for(reader_server, "demo")
        first_page(reader)
        assert open_status(reader, first_page(reader)) is None  # cached
        with psycopg.connect(sync_url, autocommit=True) as admin:
            before = {row[0] for row in admin.execute(listeners)}
            assert len(before) == 2  # one listening connection per server process
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ANY(%s)",
                [list(before)],
            )
            # Written while nobody listens: this notification reaches no one.
            api.create(writer, api.website(writer, DOMAIN)["id"], [api.SPARE_V4])
            assert wait_until(
                lambda: len({r[0] for r in admin.execute(listeners)} - before) == 2, 15
            )
        assert wait_until(lambda: open_status(reader, first_page(reader)) == "draft", 2)
    finally:
        reader_server.stop()
        writer_server.stop()


@pytest.mark.postgres
@pytest.mark.anyio
async def test_this_process_sees_its_own_commit_before_any_notification(
    postgres_cluster: PostgresCluster,
) -> None:
    """On PostgreSQL the generation moves when this process's write has committed — before
    ``commit()`` returns — not when the notification comes back; reads and rollbacks leave
    it alone."""
    from icp_desktop.server import migrations
    from icp_desktop.server.db import Database
    from icp_desktop.server.write_watch import WriteWatch

    url = postgres_cluster.new_database()
    migrations.upgrade_to_head(url)
    database = Database(url)
    watch = WriteWatch(database)
    watch._listening = True  # as if listening; no listener runs, so no notification counts
    try:
        start = watch.generation()
        async with database.read_sessions() as session:
            await session.execute(SessionToken.__table__.select())
            await session.commit()
        assert watch.generation() == start
        async with database.sessions() as session:
            await session.execute(update(SessionToken).values(revoked_at=utcnow()))
            await session.rollback()
        assert watch.generation() == start
        async with database.sessions() as session:
            await session.execute(update(SessionToken).values(revoked_at=utcnow()))
            await session.commit()
            moved = watch.generation()
        assert moved is not None and start is not None and moved > start
    finally:
        await database.dispose()
