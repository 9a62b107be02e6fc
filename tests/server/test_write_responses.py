"""What create, submit and review answer, and what a retried key does, now that these writes
reuse the rows they have read instead of reading them again.

The answer to a write must be the change exactly as a fresh read shows it afterwards; a key
whose effect could run again (the draft was withdrawn, the change was rejected) still only
replays the first answer.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import InProcess

pytestmark = pytest.mark.anyio

DOMAIN = "yunzhan-tech.cn"
NEW_IP = "39.108.77.12"


async def _site(inproc: InProcess, headers: dict[str, str]) -> dict[str, Any]:
    pages = (await inproc.client.get("/v1/websites", headers=headers)).json()["items"]
    return next(w for w in pages if w["domain"] == DOMAIN)


async def _fresh(inproc: InProcess, headers: dict[str, str], cid: int) -> dict[str, Any]:
    response = await inproc.client.get(f"/v1/change-requests/{cid}", headers=headers)
    assert response.status_code == 200
    return dict(response.json())


async def test_each_write_answers_the_change_as_a_fresh_read_shows_it(
    inproc: InProcess,
) -> None:
    demo = await inproc.headers("demo")
    reviewer = await inproc.headers("reviewer")
    client = inproc.client
    site = await _site(inproc, demo)
    created = await client.post(
        "/v1/change-requests",
        headers={**demo, "Idempotency-Key": "c1"},
        json={"website_id": site["id"], "proposed_ips": [NEW_IP]},
    )
    assert created.status_code == 201
    cid = created.json()["id"]
    assert created.json() == await _fresh(inproc, demo, cid)
    assert created.json()["website"]["subject_name"]
    assert created.json()["website"]["ips"] == site["ips"]

    submitted = await client.post(
        f"/v1/change-requests/{cid}/submit", headers={**demo, "Idempotency-Key": "s1"}
    )
    assert submitted.status_code == 200
    assert submitted.json() == await _fresh(inproc, demo, cid)

    reviewed = await client.post(
        f"/v1/change-requests/{cid}/review",
        headers=reviewer,
        json={
            "decision": "reject",
            "comment": "no",
            "reasons": [{"field": "proposed_ips", "ip": NEW_IP, "message": "not ours"}],
        },
    )
    assert reviewed.status_code == 200
    seen_by_reviewer = await _fresh(inproc, reviewer, cid)
    assert reviewed.json() == seen_by_reviewer
    assert seen_by_reviewer["owner"]["username"] == "demo"
    assert [t["action"] for t in seen_by_reviewer["timeline"]] == [
        "create",
        "submit",
        "reject_first_review",
    ]


async def test_a_create_key_replays_even_after_the_draft_was_withdrawn(
    inproc: InProcess,
) -> None:
    demo = await inproc.headers("demo")
    client = inproc.client
    site = await _site(inproc, demo)
    body = {"website_id": site["id"], "proposed_ips": [NEW_IP]}
    headers = {**demo, "Idempotency-Key": "create-once"}
    first = await client.post("/v1/change-requests", headers=headers, json=body)
    assert first.status_code == 201
    cid = first.json()["id"]
    assert (
        await client.post(f"/v1/change-requests/{cid}/withdraw", headers=demo)
    ).status_code == 200
    # The website is free again, so the create itself would succeed: the key must stop it.
    again = await client.post("/v1/change-requests", headers=headers, json=body)
    assert (again.status_code, again.json()) == (201, first.json())
    assert again.headers.get("Idempotent-Replayed") == "true"
    changes = (
        await client.get("/v1/change-requests", headers=demo, params={"website_id": site["id"]})
    ).json()["items"]
    assert [c["id"] for c in changes] == [cid]
    assert (await _site(inproc, demo)).get("open_change") is None
    other = await client.post(
        "/v1/change-requests", headers=headers, json={**body, "proposed_ips": ["39.108.77.13"]}
    )
    assert (other.status_code, other.json()["code"]) == (409, "idempotency_key_reused")


async def test_a_submit_key_replays_even_after_a_rejection_made_the_change_submittable(
    inproc: InProcess,
) -> None:
    demo = await inproc.headers("demo")
    reviewer = await inproc.headers("reviewer")
    client = inproc.client
    site = await _site(inproc, demo)
    cid = (
        await client.post(
            "/v1/change-requests",
            headers=demo,
            json={"website_id": site["id"], "proposed_ips": [NEW_IP]},
        )
    ).json()["id"]
    headers = {**demo, "Idempotency-Key": "submit-once"}
    first = await client.post(f"/v1/change-requests/{cid}/submit", headers=headers)
    assert first.status_code == 200
    rejected = await client.post(
        f"/v1/change-requests/{cid}/review",
        headers=reviewer,
        json={"decision": "reject", "reasons": [{"field": "proposed_ips", "message": "no"}]},
    )
    assert rejected.status_code == 200
    again = await client.post(f"/v1/change-requests/{cid}/submit", headers=headers)
    assert (again.status_code, again.json()) == (200, first.json())
    now = await _fresh(inproc, demo, cid)
    assert (now["status"], now["round"]) == ("first_review_rejected", 1)
    assert [t["action"] for t in now["timeline"]].count("submit") == 1
