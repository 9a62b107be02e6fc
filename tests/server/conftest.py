"""Fixtures of the service tests: live servers on SQLite and PostgreSQL, signed-in clients."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from icp_desktop.domain.clock import Clock
from icp_desktop.server import migrations
from icp_desktop.server.app import create_app
from icp_desktop.server.db import Database
from icp_desktop.server.seed import seed_demo
from icp_desktop.server.settings import Settings
from tests.helpers import http_client, seeded
from tests.helpers.live_server import LiveServer, api_client, start_live_server
from tests.helpers.postgres import PostgresCluster, postgres_cluster, postgres_url

__all__ = ["postgres_cluster", "postgres_url"]

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _database_url(request: pytest.FixtureRequest, database_kind: str) -> str | None:
    if database_kind == "sqlite":
        return None
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database()


@pytest.fixture(params=BACKENDS)
def database_kind(request: pytest.FixtureRequest) -> str:
    """The database behind the server: each test using it runs on SQLite and on PostgreSQL."""
    return str(request.param)


@pytest.fixture
def live_server(
    request: pytest.FixtureRequest, database_kind: str, tmp_path: Path
) -> Iterator[LiveServer]:
    """A fresh demo server for this test alone (administration simulator off). Its database
    starts as a copy of a seeded one (``tests/helpers/seeded.py``) unless the test is marked
    ``seeds_itself``."""
    server = start_live_server(
        tmp_path / "server",
        database_url=_database_url(request, database_kind),
        template=request.node.get_closest_marker("seeds_itself") is None,
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module", params=BACKENDS)
def shared_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """One demo server per test module and database, for tests that only read or that change
    nothing another test of the module relies on."""
    server = start_live_server(
        tmp_path_factory.mktemp("server"), database_url=_database_url(request, request.param)
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def client_for(request: pytest.FixtureRequest) -> Callable[[LiveServer, str | None], httpx.Client]:
    """``client_for(server, "demo")``: a signed-in httpx client, closed after the test."""
    clients: list[httpx.Client] = []

    def make(server: LiveServer, username: str | None = None) -> httpx.Client:
        client = api_client(server.url, username)
        clients.append(client)
        return client

    def close_all() -> None:
        for client in clients:
            client.close()

    request.addfinalizer(close_all)
    return make


# --- in-process app (httpx ASGITransport) for fine-grained tests -------------------------------


@dataclass
class InProcess:
    """The app built in this process on a fresh, migrated and seeded SQLite database."""

    app: FastAPI
    database: Database
    settings: Settings
    client: httpx.AsyncClient

    async def token(self, username: str, password: str | None = None) -> str:
        response = await self.client.post(
            "/v1/auth/login",
            json={"username": username, "password": password or f"{username}-pass"},
        )
        assert response.status_code == 200, response.text
        return str(response.json()["token"])

    async def headers(self, username: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {await self.token(username)}"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@asynccontextmanager
async def in_process(
    data_dir: Path, clock: Clock | None = None, *, seed: bool = True, **settings: Any
) -> AsyncIterator[InProcess]:
    """The app on the migrated (and seeded) SQLite database in ``data_dir``, with ``clock``
    (default: the pinned test clock) and any other ``settings``. A second call on the same
    directory is a second service process on the same database."""
    config = Settings(data_dir=data_dir, **{"admin_simulator": "off", **settings})
    url = config.resolved_database_url()
    seeded.copy_migrated_sqlite(url)
    migrations.upgrade_to_head(url)
    database = Database.from_settings(config, clock)
    if seed:
        async with database.sessions() as session:
            await seed_demo(session)
    app = create_app(config, database)
    transport = httpx.ASGITransport(app=app)
    async with http_client.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield InProcess(app, database, config, client)
    # What the lifespan (not run by ASGITransport) does at shutdown.
    await app.state.events.stop()
    await database.dispose()


@pytest.fixture
async def inproc(tmp_path: Path) -> AsyncIterator[InProcess]:
    async with in_process(tmp_path / "data") as app:
        yield app
