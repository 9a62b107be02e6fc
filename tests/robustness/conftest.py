"""Fixtures of the robustness proofs: a demo service per module, signed-in clients, and the
session's PostgreSQL cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.live_server import LiveServer, start_live_server
from tests.helpers.postgres import postgres_cluster, postgres_url

__all__ = ["postgres_cluster", "postgres_url"]


@pytest.fixture(scope="module")
def module_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One demo service on SQLite for a whole module (administration simulator off)."""
    server = start_live_server(tmp_path_factory.mktemp("server"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A demo service of this test alone."""
    server = start_live_server(tmp_path / "server")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def backend_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """One demo service per module on SQLite and one on PostgreSQL; ``.backend`` says which."""
    from tests.robustness import integrity

    url = None
    if request.param == "postgres":
        cluster = request.getfixturevalue("postgres_cluster")
        url = cluster.new_database()
    server = start_live_server(tmp_path_factory.mktemp("server"), database_url=url)
    server.backend = request.param  # type: ignore[attr-defined]
    try:
        yield server
    finally:
        server.stop()
        if url:
            integrity.forget(url)
