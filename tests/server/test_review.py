"""First review over HTTP: the queue, the decision with reasons, no self-review, the IP checks."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.live_server import LiveServer, start_live_server
from tests.server import workflow_api as api
from tests.server.conftest import InProcess
from tests.server.workflow_api import UserClient, user_client

__all__ = ["user_client"]


def test_queue_is_most_urgent_first_with_overdue_marked_and_counts(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    reviewer = user_client(shared_server, "reviewer")
    body = reviewer.get("/v1/review-queue").json()
    items = body["items"]
    assert len(items) == body["counts"]["pending_first_review"] >= 3
    dues = [datetime.fromisoformat(i["due_at"]) for i in items]
    assert dues == sorted(dues)
    assert items[0]["overdue"] is True  # the demo's late one comes first
    assert items[0]["working_days_left"] < 0
    assert all(not i["overdue"] and i["working_days_left"] >= 0 for i in items[1:])
    assert all(i["change"]["status"] == "pending_first_review" for i in items)
    assert set(body["counts"]) >= {"draft", "approved", "administration_review"}
    found = reviewer.get("/v1/review-queue", params={"q": "help.yunzhan"}).json()["items"]
    assert [i["change"]["website"]["domain"] for i in found] == ["help.yunzhan-tech.cn"]
    page = reviewer.get("/v1/review-queue", params={"limit": 1}).json()
    rest = reviewer.get(
        "/v1/review-queue", params={"limit": 10, "cursor": page["next_cursor"]}
    ).json()
    assert [i["change"]["id"] for i in page["items"] + rest["items"]] == [
        i["change"]["id"] for i in items
    ]
    assert (
        reviewer.get("/v1/review-queue", params={"stage": "administration_review"}).status_code
        == 403
    )
    assert reviewer.get("/v1/review-queue", params={"stage": "nonsense"}).status_code == 422


def test_operator_sees_the_administration_stages(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    operator = user_client(shared_server, "operator")
    waiting = operator.get(
        "/v1/review-queue", params={"stage": "administration_submission"}
    ).json()["items"]
    assert waiting and waiting[0]["overdue"] is True
    assert waiting[0]["change"]["allowed_actions"] == ["submit_to_administration"]
    in_review = operator.get("/v1/review-queue", params={"stage": "administration_review"}).json()[
        "items"
    ]
    assert in_review and all(i["due_at"] for i in in_review)
    assert "administration_approve" in in_review[0]["change"]["allowed_actions"]


def test_a_rejection_needs_a_reason_on_a_real_ip(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    demo = user_client(shared_server, "demo")
    reviewer = user_client(shared_server, "reviewer")
    cid = api.submitted_change(demo, "yunzhan-tech.cn", [api.SPARE_V4])["id"]
    try:
        bare = api.review(reviewer, cid, "reject")
        assert (bare.status_code, bare.json()["errors"][0]["field"]) == (422, "reasons")
        stray = api.review(
            reviewer,
            cid,
            "reject",
            [{"field": "proposed_ips", "ip": "1.2.3.4", "message": "not here"}],
        )
        assert stray.status_code == 422
        assert stray.json()["errors"][0]["ip"] == "1.2.3.4"
        bell = api.review(
            reviewer,
            cid,
            "reject",
            [{"field": "proposed_ips", "message": "bad\x07"}],
            comment="a\x07b",
        )
        assert bell.status_code == 422
        assert {e["field"] for e in bell.json()["errors"]} == {"comment", "reasons"}
        assert (
            api.review(
                reviewer,
                cid,
                "reject",
                [{"field": "proposed_ips", "message": "bad\x00"}],
                comment="a\x00b",
            ).status_code
            == 422
        )
        assert api.change(demo, cid)["status"] == "pending_first_review"
        ok = api.review(
            reviewer,
            cid,
            "reject",
            [
                {"field": "proposed_ips", "message": "the list is incomplete"},
                {
                    "field": "proposed_ips",
                    "ip": api.SPARE_V4,
                    "code": "site_not_reachable",
                    "message": "does not answer",
                },
            ],
            comment="see reasons",
        )
        assert ok.status_code == 200
        seen = api.change(demo, cid)
        assert [(r["ip"], r["code"]) for r in seen["reasons"]] == [
            (None, None),
            (api.SPARE_V4, "site_not_reachable"),
        ]
        last = seen["timeline"][-1]
        assert (last["action"], last["actor"]["username"], last["comment"]) == (
            "reject_first_review",
            "reviewer",
            "see reasons",
        )
        assert seen["allowed_actions"] == ["submit", "withdraw"]
    finally:
        demo.post(f"/v1/change-requests/{cid}/withdraw")


def test_checks_show_each_ip_added_kept_or_removed(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    demo = user_client(shared_server, "demo")
    reviewer = user_client(shared_server, "reviewer")
    site = api.website(demo, "jobs.yunzhan-tech.cn")  # 121.40.56.78, 2408:4002:1f20::18
    draft = api.create(demo, site["id"], ["121.40.56.78", "47.93.18.21", "114.55.201.9"]).json()
    try:
        checks = reviewer.get(f"/v1/change-requests/{draft['id']}/checks").json()
        by = {(c["ip"], c["check"]): c for c in checks}
        assert by[("121.40.56.78", "owned")]["change"] == "kept"
        assert by[("121.40.56.78", "owned")]["passed"] is True
        assert by[("47.93.18.21", "capacity")]["passed"] is False
        assert by[("47.93.18.21", "capacity")]["code"] == "capacity"
        assert by[("114.55.201.9", "owned")]["code"] == "not_subscription"
        assert by[("2408:4002:1f20::18", "public")]["change"] == "removed"
        assert all(c["passed"] for c in checks if c["check"] == "public")
    finally:
        demo.post(f"/v1/change-requests/{draft['id']}/withdraw")


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Any:
    server = start_live_server(tmp_path / "srv")
    yield server
    server.stop()


def test_a_reviewer_never_decides_their_own_change(
    sqlite_server: LiveServer, user_client: UserClient
) -> None:
    demo = user_client(sqlite_server, "demo")
    reviewer = user_client(sqlite_server, "reviewer")
    cid = api.submitted_change(demo, "yunzhan-tech.cn", [api.SPARE_V4])["id"]
    # Make the reviewer the change's owner (as if staff filed for their own site).
    with sqlite3.connect(sqlite_server.data_dir / "filing.sqlite3") as db:
        db.execute(
            "UPDATE change_requests SET owner_id = "
            "(SELECT id FROM accounts WHERE username = 'reviewer') WHERE id = ?",
            (cid,),
        )
    assert api.change(reviewer, cid)["allowed_actions"] == []
    for decision in ("approve", "reject"):
        response = api.review(
            reviewer, cid, decision, [{"field": "proposed_ips", "message": "mine"}]
        )
        assert (response.status_code, response.json()["code"]) == (403, "self_review")
    assert api.change(reviewer, cid)["status"] == "pending_first_review"


@pytest.mark.anyio
async def test_reasons_attach_to_the_website_facts_and_each_round_keeps_its_ips(
    inproc: InProcess,
) -> None:
    """A rejection may name the website's content facts; the timeline says which IPs each
    round proposed, so a history can show the round-to-round difference."""
    demo = await inproc.headers("demo")
    reviewer = await inproc.headers("reviewer")
    client = inproc.client
    site = next(
        w
        for w in (await client.get("/v1/websites", headers=demo)).json()["items"]
        if w["domain"] == "yunzhan-tech.cn"
    )
    change = (
        await client.post(
            "/v1/change-requests",
            headers=demo,
            json={"website_id": site["id"], "proposed_ips": ["39.108.77.12"]},
        )
    ).json()
    cid = change["id"]
    await client.post(f"/v1/change-requests/{cid}/submit", headers=demo)
    misplaced = await client.post(
        f"/v1/change-requests/{cid}/review",
        headers=reviewer,
        json={
            "decision": "reject",
            "reasons": [{"field": "service_content", "ip": "39.108.77.12", "message": "x"}],
        },
    )
    assert misplaced.status_code == 422
    assert misplaced.json()["errors"][0]["code"] == "ip_on_other_field"
    rejected = await client.post(
        f"/v1/change-requests/{cid}/review",
        headers=reviewer,
        json={
            "decision": "reject",
            "reasons": [{"field": "service_content", "message": "网站内容与备案的服务内容不符"}],
        },
    )
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["reasons"][0]["field"] == "service_content"
    version = rejected.json()["version"]
    edited = await client.patch(
        f"/v1/change-requests/{cid}",
        headers={**demo, "If-Match": f'"{version}"'},
        json={"proposed_ips": ["39.108.77.12", "39.108.77.13"]},
    )
    assert edited.status_code == 200, edited.text
    resubmitted = await client.post(f"/v1/change-requests/{cid}/submit", headers=demo)
    assert resubmitted.status_code == 200
    timeline = (await client.get(f"/v1/change-requests/{cid}", headers=demo)).json()["timeline"]
    proposals = [
        (t["action"], t["round"], t["proposed_ips"])
        for t in timeline
        if t["proposed_ips"] is not None
    ]
    assert proposals == [
        ("create", 0, ["39.108.77.12"]),
        ("submit", 1, ["39.108.77.12"]),
        ("submit", 2, ["39.108.77.12", "39.108.77.13"]),
    ]


@pytest.mark.anyio
async def test_paging_the_queue_while_it_changes_skips_and_repeats_nothing(
    inproc: InProcess,
) -> None:
    """A decision taken between two pages (the first change leaves the queue) must not make the
    next page skip a change, as an offset would; a bad cursor is a 400 at the field."""
    reviewer = await inproc.headers("reviewer")
    client = inproc.client

    async def page(cursor: str | None = None) -> dict[str, Any]:
        params = {"limit": "2", **({"cursor": cursor} if cursor else {})}
        return dict((await client.get("/v1/review-queue", headers=reviewer, params=params)).json())

    everything = [
        i["change"]["id"]
        for i in (
            await client.get("/v1/review-queue", headers=reviewer, params={"limit": "100"})
        ).json()["items"]
    ]
    assert len(everything) >= 3
    first = await page()
    shown = [i["change"]["id"] for i in first["items"]]
    decided = await client.post(
        f"/v1/change-requests/{shown[0]}/review", headers=reviewer, json={"decision": "approve"}
    )
    assert decided.status_code == 200
    cursor = first["next_cursor"]
    while cursor:
        nxt = await page(cursor)
        shown += [i["change"]["id"] for i in nxt["items"]]
        cursor = nxt["next_cursor"]
    assert shown == everything
    bad = await client.get("/v1/review-queue", headers=reviewer, params={"cursor": "eyJ4IjoxfQ"})
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["field"] == "cursor"
