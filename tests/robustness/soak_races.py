"""The long race proofs, run by ``make soak`` only (``python -m tests.robustness.soak``):
16 concurrent decisions × 20 rounds on SQLite and on PostgreSQL, and two service processes on
one PostgreSQL database sharing the automatic administration submission."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from tests.helpers.live_server import LiveServer, start_live_server
from tests.helpers.postgres import PostgresCluster
from tests.robustness import integrity, races
from tests.robustness.budget import budget, record


def test_sixteen_decisions_twenty_rounds_one_winner_each(backend_server: LiveServer) -> None:
    actors = races.Actors(backend_server)
    since = integrity.watermark(races.db_url(backend_server))
    try:
        figures = races.decisions_race(actors, budget(20, 20))
    finally:
        actors.close()
    assert not integrity.violations(integrity.snapshot(races.db_url(backend_server)), since)
    record(f"race: 16 decisions ({backend_server.backend})", **figures)  # type: ignore[attr-defined]


@pytest.mark.postgres
def test_two_processes_submit_each_approved_change_once(
    postgres_cluster: PostgresCluster, tmp_path: Path
) -> None:
    url = postgres_cluster.new_database()
    fast = {"ICP_SCHEDULER_INTERVAL": "0.01"}
    first = start_live_server(tmp_path / "a", database_url=url, env=fast)
    second = start_live_server(tmp_path / "b", database_url=url, env=fast)
    actors, other = races.Actors(first), races.Actors(second)
    rounds = budget(10, 30)
    try:
        filer = actors.get("demo")[0]
        reviewers = [actors.get("reviewer")[0], other.get("reviewer")[0]]
        operator = actors.get("operator")[0]
        site = races.website_id(filer)
        ids = []
        for round_ in range(rounds):
            cid = races.fresh_submitted(filer, site, round_)["id"]
            ids.append(cid)
            approved = reviewers[round_ % 2].post(
                f"/v1/change-requests/{cid}/review", json={"decision": "approve"}
            )
            assert approved.status_code == 200, approved.text
            wait_for(filer, cid, "administration_review")
            done = operator.post(
                f"/v1/change-requests/{cid}/administration-result",
                json={"decision": "approve", "reasons": []},
            )
            assert done.status_code == 200, done.text
        with integrity.engine_for(url).connect() as conn:
            rows = Counter(
                int(r[0])
                for r in conn.execute(text("SELECT change_id FROM administration_submissions"))
            )
            audited = Counter(
                int(r[0])
                for r in conn.execute(
                    text(
                        "SELECT object_id FROM audit_log WHERE action = "
                        "'change.submit_to_administration'"
                    )
                )
            )
        assert all(rows[cid] == 1 for cid in ids), rows
        assert all(audited[cid] == 1 for cid in ids), audited
        record(
            "race: two processes, automatic submission (postgres)",
            changes=len(ids),
            submissions=sum(rows[c] for c in ids),
            audited=sum(audited[c] for c in ids),
        )
    finally:
        actors.close()
        other.close()
        first.stop()
        second.stop()
        integrity.forget(url)


def wait_for(client: httpx.Client, cid: int, status: str) -> None:
    cursor = None
    for _ in range(100):
        if client.get(f"/v1/change-requests/{cid}").json()["status"] == status:
            return
        params = {"wait": 1.0} | ({"after": cursor} if cursor else {})
        cursor = client.get("/v1/events", params=params).json()["cursor"]
    raise AssertionError(f"change {cid} never reached {status}")
