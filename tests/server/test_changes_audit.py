"""Every transition and decision of a change is in the audit log, with actor, before and after."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.helpers.live_server import start_live_server
from tests.server import workflow_api as api
from tests.server.conftest import InProcess
from tests.server.workflow_api import UserClient, user_client

__all__ = ["user_client"]


def test_each_step_of_a_change_is_audited(tmp_path: Path, user_client: UserClient) -> None:
    server = start_live_server(tmp_path / "srv")
    try:
        demo = user_client(server, "demo")
        reviewer = user_client(server, "reviewer")
        operator = user_client(server, "operator")
        site = api.website(demo, "yunzhan-tech.cn")
        draft = api.create(demo, site["id"], [api.SPARE_V6]).json()
        cid = draft["id"]
        assert api.patch(demo, cid, [api.SPARE_V4], draft["version"]).status_code == 200
        assert api.submit(demo, cid).status_code == 200
        assert api.review(reviewer, cid, "approve", comment="fine").status_code == 200
        api.wait_for_status(demo, cid, "administration_review")
        assert api.admin_result(operator, cid, "approve").status_code == 200
        timeline = api.change(demo, cid)["timeline"]
    finally:
        server.stop()

    with sqlite3.connect(tmp_path / "srv" / "filing.sqlite3") as db:
        rows = db.execute(
            "SELECT a.action, a.actor_kind, acc.username, a.before, a.after, a.detail "
            "FROM audit_log a LEFT JOIN accounts acc ON acc.id = a.actor_id "
            "WHERE a.object_type = 'change_request' AND a.object_id = ? ORDER BY a.id",
            (str(cid),),
        ).fetchall()
        website_rows = db.execute(
            "SELECT before, after FROM audit_log WHERE object_type = 'website' "
            "AND action = 'website.ips_changed' AND object_id = ?",
            (str(site["id"]),),
        ).fetchall()
    actions = [(r[0], r[1], r[2]) for r in rows]
    assert actions == [
        ("change.create", "filer", "demo"),
        ("change.edit", "filer", "demo"),
        ("change.submit", "filer", "demo"),
        ("change.approve_first_review", "reviewer", "reviewer"),
        ("change.submit_to_administration", "service", None),
        ("change.administration_approve", "operator", "operator"),
    ]
    statuses = [
        ((json.loads(r[3] or "null") or {}).get("status"), json.loads(r[4])["status"])
        for r in rows
        if r[0] != "change.edit"
    ]
    assert statuses == [(None, "draft")] + [
        (t["from_status"], t["to_status"]) for t in timeline[1:]
    ]
    assert rows[3][5] == "fine"
    edit_before, edit_after = json.loads(rows[1][3]), json.loads(rows[1][4])
    assert (edit_before["proposed_ips"], edit_after["proposed_ips"]) == (
        [api.SPARE_V6],
        [api.SPARE_V4],
    )
    assert [(json.loads(b)["ips"], json.loads(a)["ips"]) for b, a in website_rows] == [
        (["47.93.18.21"], [api.SPARE_V4])
    ]


@pytest.mark.anyio
async def test_a_filers_history_lists_every_change_and_searches_them(inproc: InProcess) -> None:
    """Every change of every website, finished ones included, filterable and searchable."""
    demo = await inproc.headers("demo")

    async def listed(**params: str) -> list[tuple[str, str]]:
        items = (
            await inproc.client.get(
                "/v1/change-requests", headers=demo, params={"limit": "100", **params}
            )
        ).json()["items"]
        return [(c["website"]["domain"], c["status"]) for c in items]

    everything = await listed()
    assert ("zw-notes.cn", "approved") in everything
    assert ("zhangwei-photo.cn", "withdrawn") in everything
    assert await listed(status="approved") == [("zw-notes.cn", "approved")]
    assert await listed(q="沪ICP备19087654号-3") == [("zw-notes.cn", "approved")]
    assert await listed(q="PHOTO") == [("zhangwei-photo.cn", "withdrawn")]
    number = (
        await inproc.client.get("/v1/change-requests", headers=demo, params={"q": "zw-notes"})
    ).json()["items"][0]["id"]
    assert await listed(q=f"#{number}") == [("zw-notes.cn", "approved")]
    # another filer's changes never match
    other = await inproc.client.get(
        "/v1/change-requests", headers=await inproc.headers("demo2"), params={"q": "zw-notes"}
    )
    assert other.json()["items"] == []
