"""The in-process wake-up of long-polls: a decision made by this process reaches a waiting
poll at once, not at the next periodic database check."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from tests.server.conftest import InProcess

pytestmark = pytest.mark.anyio


async def test_a_poll_wakes_as_soon_as_this_process_commits_the_event(
    inproc: InProcess,
) -> None:
    demo = await inproc.headers("demo")
    reviewer = await inproc.headers("reviewer")
    client = inproc.client
    site = next(
        w
        for w in (await client.get("/v1/websites", headers=demo)).json()["items"]
        if w["domain"] == "yunzhan-tech.cn"
    )
    created = await client.post(
        "/v1/change-requests",
        headers=demo,
        json={"website_id": site["id"], "proposed_ips": ["39.108.77.12"]},
    )
    cid = created.json()["id"]
    assert (await client.post(f"/v1/change-requests/{cid}/submit", headers=demo)).status_code == 200
    cursor = (await client.get("/v1/events", headers=demo)).json()["cursor"]

    async def poll() -> tuple[dict[str, Any], float]:
        response = await client.get(
            "/v1/events", headers=demo, params={"after": cursor, "wait": 20}, timeout=30
        )
        return response.json(), time.monotonic()

    waiting = asyncio.create_task(poll())
    await asyncio.sleep(0.6)  # past the first periodic check: the poll is parked
    assert not waiting.done()
    decided = await client.post(
        f"/v1/change-requests/{cid}/review", headers=reviewer, json={"decision": "approve"}
    )
    decided_at = time.monotonic()
    assert decided.status_code == 200
    batch, answered_at = await asyncio.wait_for(waiting, 10)
    assert [e["kind"] for e in batch["items"]] == ["first_review.approved"]
    # Well under the 0.5 s re-check period: the commit itself woke the poll.
    assert answered_at - decided_at < 0.25
