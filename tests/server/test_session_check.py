"""The session check's own PostgreSQL connections: lost, the request is still answered (the
long way), and the next one connects again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.live_server import start_live_server
from tests.helpers.postgres import PostgresCluster
from tests.server import workflow_api as api

CHECKS = (
    "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT t.expires_at%' "
    "AND pid <> pg_backend_pid()"
)


@pytest.mark.postgres
def test_a_lost_check_connection_costs_one_long_lookup_then_is_opened_again(
    postgres_cluster: PostgresCluster,
    tmp_path: Path,
) -> None:
    import psycopg

    url = postgres_cluster.new_database()
    server = start_live_server(tmp_path / "srv", database_url=url)
    try:
        demo = api.signed_in(server, "demo")
        for _ in range(4):  # both of the check's connections used
            assert demo.get("/v1/me").status_code == 200
        with psycopg.connect(
            url.replace("postgresql+psycopg://", "postgresql://", 1), autocommit=True
        ) as admin:
            before = {row[0] for row in admin.execute(CHECKS)}
            assert len(before) == 2
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ANY(%s)",
                [list(before)],
            )
            for _ in range(4):
                assert demo.get("/v1/me").status_code == 200
            after = {row[0] for row in admin.execute(CHECKS)}
        assert len(after) == 2 and not after & before
        assert demo.post("/v1/auth/logout").status_code == 204
        assert demo.get("/v1/me").status_code == 401
        demo.close()
    finally:
        server.stop()
