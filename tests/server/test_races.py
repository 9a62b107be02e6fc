"""Concurrent requests against the real service, on SQLite and on PostgreSQL.

Threads start together at a barrier, so the requests really overlap on the server.
"""

from __future__ import annotations

from collections import Counter

import httpx

from tests.helpers.concurrency import at_once
from tests.helpers.live_server import LiveServer
from tests.server import workflow_api as api
from tests.server.workflow_api import UserClient, user_client

__all__ = ["user_client"]


def clients(server: LiveServer, username: str, n: int) -> list[httpx.Client]:
    return [api.signed_in(server, username) for _ in range(n)]


def test_sixteen_concurrent_decisions_have_exactly_one_winner(
    live_server: LiveServer, user_client: UserClient
) -> None:
    demo = user_client(live_server, "demo")
    reviewers = clients(live_server, "reviewer", 16)
    for round_ in range(3):
        domain = ("yunzhan-tech.cn", "jobs.yunzhan-tech.cn", "zhangwei-photo.cn")[round_]
        cid = api.submitted_change(demo, domain, [api.SPARE_V4_B])["id"]
        responses = at_once(
            16,
            lambda i, cid=cid: api.review(
                reviewers[i],
                cid,
                "approve" if i % 2 else "reject",
                [{"field": "proposed_ips", "message": f"reviewer thread {i}"}],
            ),
        )
        codes = Counter(r.status_code for r in responses)
        assert codes == {200: 1, 409: 15}, codes
        losers = [r.json() for r in responses if r.status_code == 409]
        winner = next(r.json() for r in responses if r.status_code == 200)
        assert {p["code"] for p in losers} == {"already_decided"}
        # Every loser is told where the change now stands (an approval may already have
        # been submitted to the administration by the service).
        later = (
            {"first_review_rejected"}
            if winner["status"] == "first_review_rejected"
            else {"pending_administration_submission", "administration_review"}
        )
        assert {p["errors"][0]["params"]["status"] for p in losers} <= later
        decided = api.change(demo, cid)
        decisions = [
            t
            for t in decided["timeline"]
            if t["action"] in ("approve_first_review", "reject_first_review")
        ]
        assert len(decisions) == 1
        items, _ = api.events_after(demo, None)
        outcomes = [
            e for e in items if e["change_id"] == cid and e["kind"].startswith("first_review.")
        ]
        assert len(outcomes) == 1
    for c in reviewers:
        c.close()


def test_concurrent_submits_with_one_key_submit_once(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    demo = user_client(shared_server, "demo")
    filers = clients(shared_server, "demo", 8)
    site = api.website(demo, "yunzhan-tech.cn")
    created = at_once(
        8, lambda i: api.create(filers[i], site["id"], [api.SPARE_V4], key="one-create")
    )
    assert {r.status_code for r in created} == {201}
    assert len({r.json()["id"] for r in created}) == 1
    cid = created[0].json()["id"]
    submitted = at_once(8, lambda i: api.submit(filers[i], cid, key="one-submit"))
    assert {r.status_code for r in submitted} == {200}
    assert {r.json()["round"] for r in submitted} == {1}
    timeline = api.change(demo, cid)["timeline"]
    assert [t["action"] for t in timeline] == ["create", "submit"]
    mine = demo.get("/v1/change-requests", params={"limit": 500}).json()["items"]
    assert [
        c["id"]
        for c in mine
        if c["website_id"] == site["id"] and c["status"] not in ("approved", "withdrawn")
    ] == [cid]
    demo.post(f"/v1/change-requests/{cid}/withdraw")
    for c in filers:
        c.close()


def test_concurrent_creates_with_different_keys_open_one_change(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    filers = clients(shared_server, "demo", 8)
    site = api.website(filers[0], "jobs.yunzhan-tech.cn")
    responses = at_once(
        8, lambda i: api.create(filers[i], site["id"], [api.SPARE_V6], key=f"create-{i}")
    )
    codes = Counter(r.status_code for r in responses)
    assert codes == {201: 1, 409: 7}, [r.text for r in responses]
    assert {r.json()["code"] for r in responses if r.status_code == 409} == {"open_change_exists"}
    winner = next(r.json() for r in responses if r.status_code == 201)
    filers[0].post(f"/v1/change-requests/{winner['id']}/withdraw")
    for c in filers:
        c.close()


def test_concurrent_edits_with_one_version_have_one_winner(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    filers = clients(shared_server, "demo", 8)
    site = api.website(filers[0], "zhangwei-photo.cn")
    draft = api.create(filers[0], site["id"], [api.SPARE_V4]).json()
    ips = [api.SPARE_V4, api.SPARE_V4_B, api.SPARE_V6, "121.40.56.79"]
    responses = at_once(
        8, lambda i: api.patch(filers[i], draft["id"], [ips[i % 4]], draft["version"])
    )
    codes = Counter(r.status_code for r in responses)
    assert codes == {200: 1, 412: 7}, codes
    winner = next(r.json() for r in responses if r.status_code == 200)
    assert api.change(filers[0], draft["id"])["proposed_ips"] == winner["proposed_ips"]
    filers[0].post(f"/v1/change-requests/{draft['id']}/withdraw")
    for c in filers:
        c.close()


def test_an_edit_racing_a_submit_never_submits_unchecked_ips(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    filers = clients(shared_server, "demo", 2)
    site = api.website(filers[0], "jobs.yunzhan-tech.cn")
    for _ in range(5):
        draft = api.create(filers[0], site["id"], [api.SPARE_V4]).json()
        patched, submitted = at_once(
            2,
            lambda i, draft=draft: (
                api.patch(filers[0], draft["id"], ["10.0.0.1"], draft["version"])
                if i == 0
                else api.submit(filers[1], draft["id"])
            ),
        )
        final = api.change(filers[0], draft["id"])
        if final["status"] == "pending_first_review":
            assert submitted.status_code == 200
            assert final["proposed_ips"] == [api.SPARE_V4]
            assert patched.status_code in (409, 412)
        else:
            assert patched.status_code == 200
            assert submitted.status_code in (412, 422)
            assert final["proposed_ips"] == ["10.0.0.1"]
        filers[0].post(f"/v1/change-requests/{draft['id']}/withdraw")
    for c in filers:
        c.close()
