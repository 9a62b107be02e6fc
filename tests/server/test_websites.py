"""GET /v1/websites and /v1/websites/{id}: paging, search, status filter, ownership, ETag."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.helpers.live_server import LiveServer

ClientFor = Callable[[LiveServer, str | None], httpx.Client]


def all_pages(client: httpx.Client, limit: int, **params: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(100):
        query = {"limit": str(limit), **params}
        if cursor:
            query["cursor"] = cursor
        page = client.get("/v1/websites", params=query).json()
        if cursor is None:
            assert page["total"] is not None
        else:
            assert page["total"] is None
        assert len(page["items"]) <= limit
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("paging never ended")


def test_pages_walk_every_own_website_once_in_id_order(
    shared_server: LiveServer, client_for: ClientFor
) -> None:
    demo = client_for(shared_server, "demo")
    everything = demo.get("/v1/websites", params={"limit": 500}).json()
    assert everything["next_cursor"] is None
    assert everything["total"] == len(everything["items"]) >= 8
    paged = all_pages(demo, 3)
    assert [w["id"] for w in paged] == [w["id"] for w in everything["items"]]
    assert [w["id"] for w in paged] == sorted({w["id"] for w in paged})
    first = demo.get("/v1/websites", params={"limit": 3}).json()
    assert first["total"] == everything["total"]
    assert first["next_cursor"] is not None


def test_a_website_carries_its_facts_and_ips(
    shared_server: LiveServer, client_for: ClientFor
) -> None:
    demo = client_for(shared_server, "demo")
    items = demo.get("/v1/websites", params={"q": "yunzhan-tech.cn"}).json()["items"]
    home = next(w for w in items if w["domain"] == "yunzhan-tech.cn")
    assert home["license_number"].startswith("京ICP备20231234号-")
    assert home["subject_name"] == "北京云栈科技有限公司"
    assert home["subject_license_number"] == "京ICP备20231234号"
    assert home["service_content"] == "企业官网"
    assert home["ips"] and all(isinstance(ip, str) for ip in home["ips"])


@pytest.mark.parametrize(
    ("q", "expect"),
    [
        ("YUNZHAN-TECH", "yunzhan-tech.cn"),  # domain, any case
        ("云栈商城", "shop.yunzhan-tech.cn"),  # name
        ("沪ICP备19087654号-2", "zhangwei-photo.cn"),  # license number
        ("%", None),  # LIKE wildcards are literal
        ("_", None),
    ],
)
def test_search_matches_license_name_or_domain(
    shared_server: LiveServer, client_for: ClientFor, q: str, expect: str | None
) -> None:
    page = client_for(shared_server, "demo").get("/v1/websites", params={"q": q}).json()
    domains = {w["domain"] for w in page["items"]}
    if expect is None:
        assert domains == set()
        assert page["total"] == 0
    else:
        assert expect in domains
        for w in page["items"]:
            hay = f"{w['license_number']} {w['name']} {w['domain']}".lower()
            assert q.lower() in hay


def test_search_pages_keep_the_filter(shared_server: LiveServer, client_for: ClientFor) -> None:
    demo = client_for(shared_server, "demo")
    paged = all_pages(demo, 2, q="yunzhan")
    assert len(paged) >= 5
    assert all("yunzhan" in w["domain"] for w in paged)


def test_status_none_and_a_status_split_the_list(
    shared_server: LiveServer, client_for: ClientFor
) -> None:
    demo = client_for(shared_server, "demo")
    everything = demo.get("/v1/websites", params={"limit": 500}).json()["items"]
    free = demo.get("/v1/websites", params={"status": "none", "limit": 500}).json()["items"]
    assert {w["id"] for w in free} == {w["id"] for w in everything if w["open_change"] is None}
    by_status: dict[str, set[int]] = {}
    for w in everything:
        if w["open_change"]:
            by_status.setdefault(w["open_change"]["status"], set()).add(w["id"])
    for status, ids in by_status.items():
        got = demo.get("/v1/websites", params={"status": status, "limit": 500}).json()
        assert {w["id"] for w in got["items"]} == ids
    # A final status matches the websites whose latest change ended so, with none open.
    for final in ("approved", "withdrawn"):
        got = demo.get("/v1/websites", params={"status": final}).json()
        expected = {
            w["id"]
            for w in everything
            if w["open_change"] is None and (w["last_change"] or {}).get("status") == final
        }
        assert expected  # the demo data has one of each
        assert {w["id"] for w in got["items"]} == expected and got["total"] == len(expected)


@pytest.mark.parametrize(
    ("params", "status", "field"),
    [
        ({"limit": "0"}, 422, "limit"),
        ({"limit": "501"}, 422, "limit"),
        ({"limit": "many"}, 422, "limit"),
        ({"status": "sideways"}, 422, "status"),
        ({"cursor": "not-a-cursor"}, 400, "cursor"),
        ({"cursor": "eyJhZnRlciI6ImEifQ"}, 400, "cursor"),  # {"after":"a"}
    ],
)
def test_bad_list_parameters_are_problems_at_the_field(
    shared_server: LiveServer,
    client_for: ClientFor,
    params: dict[str, str],
    status: int,
    field: str,
) -> None:
    response = client_for(shared_server, "demo").get("/v1/websites", params=params)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    assert field in {e["field"] for e in response.json()["errors"]}


def test_filers_see_only_their_own(shared_server: LiveServer, client_for: ClientFor) -> None:
    demo = client_for(shared_server, "demo").get("/v1/websites", params={"limit": 500}).json()
    demo2 = client_for(shared_server, "demo2").get("/v1/websites", params={"limit": 500}).json()
    mine, theirs = {w["id"] for w in demo["items"]}, {w["id"] for w in demo2["items"]}
    assert mine and theirs and not mine & theirs
    assert all(w["license_number"].startswith("浙ICP备") for w in demo2["items"])
    # Another filer's website does not exist as far as this filer can tell.
    other = client_for(shared_server, "demo2").get(f"/v1/websites/{min(mine)}")
    missing = client_for(shared_server, "demo2").get("/v1/websites/999999")
    assert other.status_code == missing.status_code == 404
    assert other.json() == missing.json()


def test_staff_read_every_website(shared_server: LiveServer, client_for: ClientFor) -> None:
    filers = set()
    for name in ("demo", "demo2"):
        page = client_for(shared_server, name).get("/v1/websites", params={"limit": 500}).json()
        filers |= {w["id"] for w in page["items"]}
    for staff in ("reviewer", "operator"):
        page = client_for(shared_server, staff).get("/v1/websites", params={"limit": 500}).json()
        assert {w["id"] for w in page["items"]} == filers
        one = client_for(shared_server, staff).get(f"/v1/websites/{min(filers)}")
        assert one.status_code == 200


def test_one_website_has_an_etag_of_its_version(
    shared_server: LiveServer, client_for: ClientFor
) -> None:
    demo = client_for(shared_server, "demo")
    first = demo.get("/v1/websites", params={"limit": 1}).json()["items"][0]
    response = demo.get(f"/v1/websites/{first['id']}")
    assert response.status_code == 200
    assert response.headers["etag"] == f'"{response.json()["version"]}"'
    assert response.json()["license_number"] == first["license_number"]
