"""Two service processes on one PostgreSQL database share the automatic administration
submission: each approved change is submitted exactly once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.live_server import start_live_server
from tests.helpers.postgres import PostgresCluster
from tests.server import workflow_api as api


@pytest.mark.postgres
def test_two_server_processes_submit_each_approved_change_once(
    postgres_cluster: PostgresCluster, tmp_path: Path
) -> None:
    url = postgres_cluster.new_database()
    fast = {"ICP_SCHEDULER_INTERVAL": "0.02"}
    first = start_live_server(tmp_path / "a", database_url=url, env=fast)
    second = start_live_server(tmp_path / "b", database_url=url, env=fast)
    try:
        demo = api.signed_in(first, "demo")
        reviewer_a = api.signed_in(first, "reviewer")
        reviewer_b = api.signed_in(second, "reviewer")
        plan = [
            ("yunzhan-tech.cn", api.SPARE_V4),
            ("jobs.yunzhan-tech.cn", api.SPARE_V6),
            ("zhangwei-photo.cn", api.SPARE_V4_B),
            ("zw-notes.cn", api.SPARE_V4_B),
        ]
        ids = [api.submitted_change(demo, domain, [ip])["id"] for domain, ip in plan]
        for i, cid in enumerate(ids):
            assert api.review((reviewer_a, reviewer_b)[i % 2], cid, "approve").status_code == 200
        changes: list[dict[str, Any]] = [
            api.wait_for_status(demo, cid, "administration_review") for cid in ids
        ]
        for change in changes:
            submissions = [
                t for t in change["timeline"] if t["action"] == "submit_to_administration"
            ]
            assert len(submissions) == 1, change["timeline"]
        items, _ = api.events_after(demo, None)
        sent = Counter(e["change_id"] for e in items if e["kind"] == "administration.submitted")
        assert all(sent[cid] == 1 for cid in ids), sent
        for c in (demo, reviewer_a, reviewer_b):
            c.close()
    finally:
        first.stop()
        second.stop()
