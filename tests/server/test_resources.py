"""GET /v1/resources: the caller's service resources, their IPs, use and availability."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from tests.helpers.live_server import LiveServer

ClientFor = Callable[[LiveServer, str | None], httpx.Client]


def resources(client: httpx.Client) -> dict[str, dict[str, Any]]:
    response = client.get("/v1/resources")
    assert response.status_code == 200
    return {r["instance_name"]: r for r in response.json()["items"]}


def test_each_resource_says_whether_it_can_serve_filed_sites(
    shared_server: LiveServer, client_for: ClientFor
) -> None:
    mine = resources(client_for(shared_server, "demo"))
    assert mine["web-spare-01"]["can_serve_filed_sites"] is True
    assert mine["web-spare-01"]["unavailable_reason"] is None
    assert mine["batch-worker"]["billing_type"] == "pay_as_you_go"
    assert mine["batch-worker"]["unavailable_reason"] == "not_subscription"
    assert mine["hk-edge"]["unavailable_reason"] == "not_mainland"
    assert mine["legacy-web"]["unavailable_reason"] == "expired"
    for name in ("batch-worker", "hk-edge", "legacy-web"):
        assert mine[name]["can_serve_filed_sites"] is False


def test_ips_list_the_callers_websites_using_them(
    shared_server: LiveServer, client_for: ClientFor
) -> None:
    demo = client_for(shared_server, "demo")
    mine = resources(demo)
    sites = demo.get("/v1/websites", params={"limit": 500}).json()["items"]
    ips_of = {w["id"]: set(w["ips"]) for w in sites}
    for resource in mine.values():
        assert resource["capacity"] == 5
        served = set()
        for ip in resource["ips"]:
            assert ip["version"] == (6 if ":" in ip["address"] else 4)
            users = {wid for wid, ips in ips_of.items() if ip["address"] in ips}
            assert set(ip["website_ids"]) == users
            served |= users
        assert resource["websites_served"] == len(served)
    assert mine["web-prod-01"]["websites_served"] == 5  # full
    spare = mine["web-spare-01"]
    assert spare["websites_served"] < 5
    free = [ip for ip in spare["ips"] if not ip["website_ids"]]
    assert {ip["version"] for ip in free} == {4, 6}  # free addresses of both families


def test_filers_see_only_their_own_resources_and_staff_have_none(
    shared_server: LiveServer, client_for: ClientFor
) -> None:
    demo = resources(client_for(shared_server, "demo"))
    demo2 = resources(client_for(shared_server, "demo2"))
    assert demo and demo2
    assert not {r["id"] for r in demo.values()} & {r["id"] for r in demo2.values()}
    addresses = {ip["address"] for r in demo.values() for ip in r["ips"]}
    assert not addresses & {ip["address"] for r in demo2.values() for ip in r["ips"]}
    for staff in ("reviewer", "operator"):
        assert resources(client_for(shared_server, staff)) == {}
