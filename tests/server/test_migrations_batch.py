"""Planned migrations: a server's websites moved to another server in one batch, reviewed as a
batch, and the two-step mode that removes the old IPs once DNS has moved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from icp_desktop.server.models.audit import AuditEntry
from icp_desktop.server.models.workflow import ChangeRequest
from tests.helpers.loopback_net import DnsServer
from tests.server.conftest import InProcess, in_process

pytestmark = pytest.mark.anyio

SPARE = "39.108.77.12"
# web-prod-02 (server/seed.py) serves jobs.yunzhan-tech.cn, zhangwei-blog.cn (which has an
# open draft in the demo data) and zhangwei-photo.cn.
MOVABLE = ("jobs.yunzhan-tech.cn", "zhangwei-photo.cn")


async def ids_of(app: InProcess, headers: dict[str, str]) -> tuple[dict[str, int], int]:
    sites = (await app.client.get("/v1/websites", headers=headers, params={"limit": 100})).json()[
        "items"
    ]
    resources = (await app.client.get("/v1/resources", headers=headers)).json()["items"]
    prod2 = next(r["id"] for r in resources if r["instance_name"] == "web-prod-02")
    return {w["domain"]: w["id"] for w in sites}, prod2


async def file(
    app: InProcess, headers: dict[str, str], body: dict[str, Any], key: str | None = None
) -> Any:
    extra = {"Idempotency-Key": key} if key else {}
    return await app.client.post("/v1/migrations", headers={**headers, **extra}, json=body)


async def change_count(app: InProcess) -> int:
    async with app.database.read_sessions() as session:
        return int(await session.scalar(select(func.count(ChangeRequest.id))) or 0)


async def test_a_server_moves_in_one_request_and_a_retry_files_it_once(inproc: InProcess) -> None:
    demo = await inproc.headers("demo")
    sites, prod2 = await ids_of(inproc, demo)
    before = await change_count(inproc)
    body = {
        "source_resource_id": prod2,
        "website_ids": [sites[d] for d in MOVABLE],
        "target_ips": [SPARE],
        "mode": "replace",
    }
    first = await file(inproc, demo, body, key="move-prod2")
    assert first.status_code == 201, first.text
    migration = first.json()
    assert migration["counts"] == {"pending_first_review": 2}
    proposed = {
        i["change"]["website"]["domain"]: i["change"]["proposed_ips"] for i in migration["items"]
    }
    # every address of the old server leaves; the new one comes in
    assert proposed == {"jobs.yunzhan-tech.cn": [SPARE], "zhangwei-photo.cn": [SPARE]}
    assert {i["change"]["migration_id"] for i in migration["items"]} == {migration["id"]}
    again = await file(inproc, demo, body, key="move-prod2")
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["id"] == migration["id"]
    assert await change_count(inproc) == before + 2


async def test_one_website_at_fault_refuses_the_whole_batch_and_names_it(inproc: InProcess) -> None:
    demo = await inproc.headers("demo")
    sites, prod2 = await ids_of(inproc, demo)
    before = await change_count(inproc)
    response = await file(
        inproc,
        demo,
        {
            "source_resource_id": prod2,
            "target_ips": [SPARE],
            "website_ids": [
                sites["jobs.yunzhan-tech.cn"],
                sites["zhangwei-blog.cn"],
                sites["yunzhan-tech.cn"],
            ],
        },
    )
    assert response.status_code == 422
    found = {(p["params"].get("domain"), p["code"]) for p in response.json()["errors"]}
    assert found == {("zhangwei-blog.cn", "open_change"), ("yunzhan-tech.cn", "not_on_source")}
    assert await change_count(inproc) == before  # nothing half-filed


async def test_the_target_servers_capacity_counts_the_whole_batch(inproc: InProcess) -> None:
    demo = await inproc.headers("demo")
    sites, prod2 = await ids_of(inproc, demo)
    # web-prod-01 serves five websites already
    response = await file(
        inproc,
        demo,
        {
            "source_resource_id": prod2,
            "target_ips": ["47.93.18.21"],
            "website_ids": [sites[d] for d in MOVABLE],
        },
    )
    assert response.status_code == 422
    problem = response.json()["errors"][0]
    assert (problem["field"], problem["code"], problem["params"]["count"]) == (
        "target_ips",
        "capacity",
        7,
    )


async def test_a_reviewer_decides_the_batch_at_once_each_website_audited(inproc: InProcess) -> None:
    demo = await inproc.headers("demo")
    reviewer = await inproc.headers("reviewer")
    sites, prod2 = await ids_of(inproc, demo)
    migration = (
        await file(
            inproc,
            demo,
            {
                "source_resource_id": prod2,
                "target_ips": [SPARE],
                "website_ids": [sites[d] for d in MOVABLE],
            },
        )
    ).json()
    first = migration["items"][0]["change"]["id"]
    # one website decided on its own first
    single = await inproc.client.post(
        f"/v1/change-requests/{first}/review", headers=reviewer, json={"decision": "approve"}
    )
    assert single.status_code == 200
    batch = await inproc.client.post(
        f"/v1/migrations/{migration['id']}/review", headers=reviewer, json={"decision": "approve"}
    )
    assert batch.status_code == 200, batch.text
    decided = batch.json()["decided"]
    assert decided == [migration["items"][1]["change"]["id"]]
    assert batch.json()["migration"]["counts"] == {"pending_administration_submission": 2}
    async with inproc.database.read_sessions() as session:
        audited = (
            await session.scalars(
                select(AuditEntry.object_id).where(
                    AuditEntry.action == "change.approve_first_review"
                )
            )
        ).all()
    assert {str(i["change"]["id"]) for i in migration["items"]} <= set(audited)
    # filers may not decide
    refused = await inproc.client.post(
        f"/v1/migrations/{migration['id']}/review", headers=demo, json={"decision": "approve"}
    )
    assert refused.status_code == 403


async def test_two_steps_remove_the_old_ips_only_once_dns_has_moved(tmp_path: Path) -> None:
    with DnsServer({"jobs.yunzhan-tech.cn": [SPARE], "zhangwei-photo.cn": ["121.40.56.79"]}) as dns:
        async with in_process(tmp_path / "d", precheck_resolver=dns.address) as app:
            demo = await app.headers("demo")
            reviewer = await app.headers("reviewer")
            operator = await app.headers("operator")
            sites, prod2 = await ids_of(app, demo)
            migration = (
                await file(
                    app,
                    demo,
                    {
                        "source_resource_id": prod2,
                        "target_ips": [SPARE],
                        "mode": "two_step",
                        "website_ids": [sites[d] for d in MOVABLE],
                    },
                )
            ).json()
            proposed = {
                i["change"]["website"]["domain"]: i["change"]["proposed_ips"]
                for i in migration["items"]
            }
            assert proposed["jobs.yunzhan-tech.cn"] == ["121.40.56.78", "2408:4002:1f20::18", SPARE]
            early = (
                await app.client.post(f"/v1/migrations/{migration['id']}/next-step", headers=demo)
            ).json()
            assert early["started"] == []
            assert {w["code"] for w in early["waiting"]} == {"first_step_not_approved"}
            await app.client.post(
                f"/v1/migrations/{migration['id']}/review",
                headers=reviewer,
                json={"decision": "approve"},
            )
            for item in migration["items"]:
                cid = item["change"]["id"]
                submitted = await app.client.post(
                    f"/v1/change-requests/{cid}/administration-submit", headers=operator
                )
                assert submitted.status_code == 200, submitted.text
                result = await app.client.post(
                    f"/v1/change-requests/{cid}/administration-result",
                    headers=operator,
                    json={"decision": "approve"},
                )
                assert result.status_code == 200, result.text
            step = (
                await app.client.post(f"/v1/migrations/{migration['id']}/next-step", headers=demo)
            ).json()
    assert step["started"] == [sites["jobs.yunzhan-tech.cn"]]
    assert [(w["domain"], w["code"]) for w in step["waiting"]] == [
        ("zhangwei-photo.cn", "dns_not_moved")
    ]
    jobs = next(
        i for i in step["migration"]["items"] if i["website_id"] == sites["jobs.yunzhan-tech.cn"]
    )
    assert jobs["step"] == 2
    assert jobs["change"]["proposed_ips"] == [SPARE]
    assert jobs["change"]["status"] == "pending_first_review"
