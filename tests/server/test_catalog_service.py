"""The catalog helpers the workflow relies on: a website's IPs and the owner's resource facts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Website
from icp_desktop.server.services import catalog
from tests.server.conftest import InProcess

pytestmark = pytest.mark.anyio


async def _owner(inproc: InProcess, username: str) -> int:
    async with inproc.database.read_sessions() as session:
        owner = await session.scalar(select(Account.id).where(Account.username == username))
    assert owner is not None
    return int(owner)


async def test_set_website_ips_replaces_them_in_order_and_bumps_the_version(
    inproc: InProcess,
) -> None:
    owner = await _owner(inproc, "demo")
    async with inproc.database.sessions() as session:
        website = await session.scalar(
            select(Website).where(Website.owner_id == owner).order_by(Website.id).limit(1)
        )
        assert website is not None
        version = website.version
        await catalog.set_website_ips(session, website, ["39.108.77.13", "2408:4003:10a0::66"])
        await session.commit()
    async with inproc.database.read_sessions() as session:
        assert await catalog.website_ips(session, website.id) == [
            "39.108.77.13",
            "2408:4003:10a0::66",
        ]
        stored = await session.get(Website, website.id)
        assert stored is not None and stored.version == version + 1
    response = await inproc.client.get(
        f"/v1/websites/{website.id}", headers=await inproc.headers("demo")
    )
    assert response.json()["ips"] == ["39.108.77.13", "2408:4003:10a0::66"]
    assert response.headers["etag"] == f'"{version + 1}"'


async def test_resource_facts_describe_each_resource_of_the_owner(inproc: InProcess) -> None:
    owner = await _owner(inproc, "demo")
    async with inproc.database.read_sessions() as session:
        facts = {f.instance_name: f for f in await catalog.resource_facts_for_owner(session, owner)}
        by_id = await catalog.ips_by_website(
            session, list(await session.scalars(select(Website.id)))
        )
    full = facts["web-prod-01"]
    assert len(full.websites_using) == 5
    for website_id in full.websites_using:
        assert set(by_id[website_id]) & full.addresses
    assert facts["batch-worker"].billing_type == "pay_as_you_go"
    assert facts["hk-edge"].region_is_mainland is False
    assert facts["legacy-web"].expires_at is not None
    assert "2408:4003:10a0::66" in facts["web-spare-01"].addresses
    other = await _owner(inproc, "demo2")
    async with inproc.database.read_sessions() as session:
        theirs = await catalog.resource_facts_for_owner(session, other)
    mine = {a for f in facts.values() for a in f.addresses}
    assert theirs and not mine & {a for f in theirs for a in f.addresses}
