"""Races the service tests leave out, on SQLite and on PostgreSQL: sixteen concurrent
identical creates and submits, sixteen edits with one ``If-Match``, a withdrawal racing a
decision. (``tests/server/test_races*.py`` has the smaller versions of the first two and the
sixteen-reviewer decision; ``make soak`` runs all of them for many rounds.) The stored workflow
is checked afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.live_server import LiveServer, start_live_server
from tests.helpers.postgres import PostgresCluster
from tests.robustness import integrity, races
from tests.robustness.budget import budget, record

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def race_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[LiveServer]:
    url = None
    if request.param == "postgres":
        cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
        url = cluster.new_database()
    server = start_live_server(tmp_path_factory.mktemp("races"), database_url=url)
    server.backend = request.param  # type: ignore[attr-defined]
    try:
        yield server
    finally:
        server.stop()
        if url:
            integrity.forget(url)


@pytest.fixture
def actors(race_server: LiveServer) -> Iterator[races.Actors]:
    made = races.Actors(race_server)
    since = integrity.watermark(races.db_url(race_server))
    yield made
    made.close()
    broken = integrity.violations(integrity.snapshot(races.db_url(race_server)), since)
    assert not broken, broken


def test_sixteen_identical_creates_and_submits_make_one_change(
        race_server: LiveServer, actors: races.Actors) -> None:
    figures = races.one_key_race(actors, budget(2, 10))
    record(f"race: one key ({race_server.backend})", **figures)  # type: ignore[attr-defined]


def test_sixteen_edits_with_one_version_have_one_winner(
        race_server: LiveServer, actors: races.Actors) -> None:
    figures = races.if_match_race(actors, budget(2, 20))
    record(f"race: If-Match ({race_server.backend})", **figures)  # type: ignore[attr-defined]


def test_a_withdrawal_racing_a_decision_has_one_outcome(
        race_server: LiveServer, actors: races.Actors) -> None:
    figures = races.withdraw_versus_decision(actors, budget(4, 40))
    record(f"race: withdraw vs decide ({race_server.backend})",  # type: ignore[attr-defined]
           **figures)


