"""Website listing details checked in process, with the database arranged by the test."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Website
from icp_desktop.server.services.catalog import decode_cursor, encode_cursor
from tests.server.conftest import InProcess

pytestmark = pytest.mark.anyio


async def _demo_sites(inproc: InProcess) -> list[int]:
    async with inproc.database.read_sessions() as session:
        owner = await session.scalar(select(Account.id).where(Account.username == "demo"))
        return list(
            await session.scalars(
                select(Website.id).where(Website.owner_id == owner).order_by(Website.id)
            )
        )


async def test_status_filter_follows_the_open_change_columns(inproc: InProcess) -> None:
    sites = await _demo_sites(inproc)
    async with inproc.database.sessions() as session:
        await session.execute(update(Website).values(open_change_id=None, open_change_status=None))
        await session.execute(
            update(Website)
            .where(Website.id == sites[0])
            .values(open_change_id=9001, open_change_status="draft")
        )
        await session.execute(
            update(Website)
            .where(Website.id == sites[1])
            .values(open_change_id=9002, open_change_status="administration_rejected")
        )
        await session.commit()
    headers = await inproc.headers("demo")

    async def ids(status: str) -> list[int]:
        response = await inproc.client.get(
            "/v1/websites", headers=headers, params={"status": status, "limit": 500}
        )
        assert response.status_code == 200
        return [w["id"] for w in response.json()["items"]]

    assert await ids("draft") == [sites[0]]
    assert await ids("administration_rejected") == [sites[1]]
    assert await ids("pending_first_review") == []
    assert await ids("none") == sites[2:]
    one = (await inproc.client.get(f"/v1/websites/{sites[1]}", headers=headers)).json()
    assert one["open_change"] == {"id": 9002, "status": "administration_rejected"}


async def test_version_changes_show_in_the_etag(inproc: InProcess) -> None:
    site = (await _demo_sites(inproc))[0]
    headers = await inproc.headers("demo")
    before = await inproc.client.get(f"/v1/websites/{site}", headers=headers)
    async with inproc.database.sessions() as session:
        await session.execute(
            update(Website).where(Website.id == site).values(version=Website.version + 1)
        )
        await session.commit()
    after = await inproc.client.get(f"/v1/websites/{site}", headers=headers)
    assert int(after.headers["etag"].strip('"')) == int(before.headers["etag"].strip('"')) + 1


def test_cursors_round_trip_and_are_opaque() -> None:
    cursor = encode_cursor(12345)
    assert "12345" not in cursor
    assert decode_cursor(cursor) == 12345


@pytest.mark.anyio
async def test_a_website_whose_change_just_completed_is_found_under_its_final_status(
    inproc: InProcess,
) -> None:
    """The filter "completed" (approved) finds the website the filer has just finished, and a
    withdrawn change's website under "withdrawn"; each names its latest change."""
    demo = await inproc.headers("demo")
    approved = (
        await inproc.client.get("/v1/websites", headers=demo, params={"status": "approved"})
    ).json()["items"]
    assert [w["domain"] for w in approved] == ["zw-notes.cn"]
    assert approved[0]["open_change"] is None
    assert approved[0]["last_change"]["status"] == "approved"
    withdrawn = (
        await inproc.client.get("/v1/websites", headers=demo, params={"status": "withdrawn"})
    ).json()["items"]
    assert [w["domain"] for w in withdrawn] == ["zhangwei-photo.cn"]
    # A new change on the approved website moves it to "draft" and out of "approved".
    site = approved[0]["id"]
    created = await inproc.client.post(
        "/v1/change-requests",
        headers=demo,
        json={"website_id": site, "proposed_ips": ["39.108.77.12", "39.108.77.13"]},
    )
    assert created.status_code == 201, created.text
    again = (
        await inproc.client.get("/v1/websites", headers=demo, params={"status": "approved"})
    ).json()["items"]
    assert again == []
    drafts = (
        await inproc.client.get("/v1/websites", headers=demo, params={"status": "draft"})
    ).json()["items"]
    assert site in [w["id"] for w in drafts]
