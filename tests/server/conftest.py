"""Fixtures of the service tests: live servers on SQLite and PostgreSQL, signed-in clients."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.helpers.live_server import LiveServer, api_client, start_live_server
from tests.helpers.postgres import PostgresCluster, postgres_cluster, postgres_url

__all__ = ["postgres_cluster", "postgres_url"]

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _database_url(request: pytest.FixtureRequest, backend: str) -> str | None:
    if backend == "sqlite":
        return None
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The database behind the server: each test using it runs on SQLite and on PostgreSQL."""
    return str(request.param)


@pytest.fixture
def live_server(request: pytest.FixtureRequest, backend: str, tmp_path: Path
                ) -> Iterator[LiveServer]:
    """A fresh demo server for this test alone (administration simulator off)."""
    server = start_live_server(tmp_path / "server", database_url=_database_url(request, backend))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module", params=BACKENDS)
def shared_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                  ) -> Iterator[LiveServer]:
    """One demo server per test module and backend, for tests that only read or that change
    nothing another test of the module relies on."""
    server = start_live_server(
        tmp_path_factory.mktemp("server"), database_url=_database_url(request, request.param)
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def client_for(request: pytest.FixtureRequest) -> Callable[[LiveServer, str | None],
                                                           httpx.Client]:
    """``client_for(server, "demo")``: a signed-in httpx client, closed after the test."""
    clients: list[httpx.Client] = []

    def make(server: LiveServer, username: str | None = None) -> httpx.Client:
        client = api_client(server.url, username)
        clients.append(client)
        return client

    request.addfinalizer(lambda: [c.close() for c in clients])
    return make
