"""Races the service tests leave out, on SQLite and on PostgreSQL: sixteen concurrent
identical creates and submits, sixteen edits with one ``If-Match``, a withdrawal racing a
decision. (``tests/server/test_races*.py`` has the smaller versions of the first two and the
sixteen-reviewer decision; ``make soak`` runs all of them for many rounds.) The stored workflow
is checked afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.live_server import LiveServer
from tests.robustness import integrity, races
from tests.robustness.budget import budget, record


@pytest.fixture
def actors(backend_server: LiveServer) -> Iterator[races.Actors]:
    made = races.Actors(backend_server)
    since = integrity.watermark(races.db_url(backend_server))
    yield made
    made.close()
    broken = integrity.violations(integrity.snapshot(races.db_url(backend_server)), since)
    assert not broken, broken


def test_sixteen_identical_creates_and_submits_make_one_change(
    backend_server: LiveServer, actors: races.Actors
) -> None:
    figures = races.one_key_race(actors, budget(2, 10))
    record(f"race: one key ({backend_server.backend})", **figures)  # type: ignore[attr-defined]


def test_sixteen_edits_with_one_version_have_one_winner(
    backend_server: LiveServer, actors: races.Actors
) -> None:
    figures = races.if_match_race(actors, budget(2, 20))
    record(f"race: If-Match ({backend_server.backend})", **figures)  # type: ignore[attr-defined]


def test_a_withdrawal_racing_a_decision_has_one_outcome(
    backend_server: LiveServer, actors: races.Actors
) -> None:
    figures = races.withdraw_versus_decision(actors, budget(4, 40))
    record(
        f"race: withdraw vs decide ({backend_server.backend})",  # type: ignore[attr-defined]
        **figures,
    )
