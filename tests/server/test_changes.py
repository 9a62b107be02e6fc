"""Change requests over HTTP: drafts, edits with If-Match, field-level refusals, idempotency."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.helpers.live_server import LiveServer
from tests.server import workflow_api as api
from tests.server.workflow_api import user_client

__all__ = ["user_client"]

ClientFor = Callable[[LiveServer, str | None], httpx.Client]


@pytest.fixture
def demo(shared_server: LiveServer, user_client: ClientFor) -> httpx.Client:
    return user_client(shared_server, "demo")


@pytest.fixture
def draft_on(demo: httpx.Client) -> Iterator[Callable[[str, list[str]], dict[str, Any]]]:
    """Open a draft on a demo website; withdrawn afterwards so the website is free again."""
    opened: list[int] = []

    def make(domain: str, ips: list[str]) -> dict[str, Any]:
        response = api.create(demo, api.website(demo, domain)["id"], ips)
        assert response.status_code == 201, response.text
        opened.append(response.json()["id"])
        return dict(response.json())

    yield make
    for cid in opened:
        demo.post(f"/v1/change-requests/{cid}/withdraw")


def refusal(demo: httpx.Client, draft: dict[str, Any]) -> list[dict[str, Any]]:
    response = api.submit(demo, draft["id"])
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == 422
    assert api.change(demo, draft["id"])["status"] == "draft"  # nothing moved
    return list(body["errors"])


@pytest.mark.parametrize(
    ("ips", "code", "ip"),
    [
        (["10.1.2.3"], "private", "10.1.2.3"),
        (["100.64.1.1"], "shared", "100.64.1.1"),
        (["203.0.113.5"], "documentation", "203.0.113.5"),
        (["224.0.0.251"], "multicast", "224.0.0.251"),
        (["127.0.0.1"], "loopback", "127.0.0.1"),
        (["::ffff:39.108.77.12"], "ipv4_mapped", None),
        (["not-an-ip"], "malformed", "not-an-ip"),
        ([api.SPARE_V4, "39.108.77.012"], None, None),
        ([api.SPARE_V4, api.SPARE_V4], "duplicate", api.SPARE_V4),
        (["47.93.18.21"], "no_change", None),
        ([], "required", None),
        (["8.8.8.8"], "not_owned", "8.8.8.8"),
        (["47.98.66.103"], "not_owned", "47.98.66.103"),  # demo2's resource
        (["114.55.201.9"], "not_subscription", "114.55.201.9"),
        (["47.242.30.15"], "not_mainland", "47.242.30.15"),
        (["39.96.140.33"], "expired", "39.96.140.33"),
    ],
)
def test_submit_refuses_each_rule_at_the_field(
    demo: httpx.Client,
    draft_on: Callable[[str, list[str]], dict[str, Any]],
    ips: list[str],
    code: str | None,
    ip: str | None,
) -> None:
    errors = refusal(demo, draft_on("yunzhan-tech.cn", ips))
    assert all(e["field"] == "proposed_ips" and e["message"] for e in errors)
    if code is not None:
        assert code in [e["code"] for e in errors], errors
    if ip is not None:
        assert ip in [e["ip"] for e in errors], errors


def test_a_full_resource_is_refused_for_capacity(
    demo: httpx.Client, draft_on: Callable[[str, list[str]], dict[str, Any]]
) -> None:
    # web-prod-01 already serves five websites; the jobs site would be the sixth.
    errors = refusal(demo, draft_on("jobs.yunzhan-tech.cn", ["47.93.18.21"]))
    assert [(e["code"], e["ip"], e["params"]["limit"]) for e in errors] == [
        ("capacity", "47.93.18.21", 5)
    ]


def test_ime_input_is_normalised_and_accepted(
    demo: httpx.Client, draft_on: Callable[[str, list[str]], dict[str, Any]]
) -> None:
    draft = draft_on("yunzhan-tech.cn", [" ３９．１０８。７７．１２ ", "47.93.18.21"])
    assert draft["proposed_ips"] == [api.SPARE_V4, "47.93.18.21"]
    submitted = api.submit(demo, draft["id"])
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["status"] == "pending_first_review"


def test_one_open_change_per_website(
    demo: httpx.Client, draft_on: Callable[[str, list[str]], dict[str, Any]]
) -> None:
    first = draft_on("yunzhan-tech.cn", [api.SPARE_V4])
    second = api.create(demo, first["website_id"], [api.SPARE_V6])
    assert second.status_code == 409
    assert second.json()["code"] == "open_change_exists"
    assert api.website(demo, "yunzhan-tech.cn")["open_change"] == {
        "id": first["id"],
        "status": "draft",
    }
    # Withdrawing frees the website for a new change.
    assert demo.post(f"/v1/change-requests/{first['id']}/withdraw").json()["status"] == "withdrawn"
    assert api.website(demo, "yunzhan-tech.cn")["open_change"] is None
    again = api.create(demo, first["website_id"], [api.SPARE_V6])
    assert again.status_code == 201
    demo.post(f"/v1/change-requests/{again.json()['id']}/withdraw")


def test_edit_needs_the_current_version(
    demo: httpx.Client, draft_on: Callable[[str, list[str]], dict[str, Any]]
) -> None:
    draft = draft_on("yunzhan-tech.cn", [api.SPARE_V4])
    missing = api.patch(demo, draft["id"], [api.SPARE_V6], None)
    assert (missing.status_code, missing.json()["code"]) == (428, "if_match_required")
    ok = api.patch(demo, draft["id"], [api.SPARE_V6], draft["version"])
    assert ok.status_code == 200
    assert ok.json()["proposed_ips"] == [api.SPARE_V6]
    assert ok.headers["ETag"] == f'"{draft["version"] + 1}"'
    stale = api.patch(demo, draft["id"], [api.SPARE_V4_B], draft["version"])
    assert (stale.status_code, stale.json()["code"]) == (412, "stale_version")
    assert api.change(demo, draft["id"])["proposed_ips"] == [api.SPARE_V6]


def test_a_submitted_change_is_not_editable(
    demo: httpx.Client, draft_on: Callable[[str, list[str]], dict[str, Any]]
) -> None:
    draft = draft_on("yunzhan-tech.cn", [api.SPARE_V4])
    submitted = api.submit(demo, draft["id"]).json()
    response = api.patch(demo, draft["id"], [api.SPARE_V6], submitted["version"])
    assert (response.status_code, response.json()["code"]) == (409, "not_editable")
    again = api.submit(demo, draft["id"])
    assert (again.status_code, again.json()["code"]) == (409, "wrong_status")


def test_create_with_the_same_key_makes_one_change(
    demo: httpx.Client, shared_server: LiveServer, user_client: ClientFor
) -> None:
    site = api.website(demo, "yunzhan-tech.cn")
    first = api.create(demo, site["id"], [api.SPARE_V4], key="same-create")
    replay = api.create(demo, site["id"], [api.SPARE_V4], key="same-create")
    try:
        assert first.status_code == replay.status_code == 201
        assert replay.json() == first.json()
        other = api.create(demo, site["id"], [api.SPARE_V6], key="same-create")
        assert (other.status_code, other.json()["code"]) == (409, "idempotency_key_reused")
        # A key belongs to its account: demo2 using it is a different request altogether.
        demo2 = user_client(shared_server, "demo2")
        assert api.create(demo2, site["id"], [api.SPARE_V4], key="same-create").status_code == 422
    finally:
        demo.post(f"/v1/change-requests/{first.json()['id']}/withdraw")


def test_submit_with_the_same_key_submits_once(
    demo: httpx.Client, draft_on: Callable[[str, list[str]], dict[str, Any]]
) -> None:
    draft = draft_on("yunzhan-tech.cn", [api.SPARE_V4])
    first = api.submit(demo, draft["id"], key="submit-once")
    replay = api.submit(demo, draft["id"], key="submit-once")
    assert first.status_code == replay.status_code == 200
    assert replay.json()["round"] == first.json()["round"] == 1
    assert replay.headers.get("Idempotent-Replayed") == "true"
    timeline = api.change(demo, draft["id"])["timeline"]
    assert [t["action"] for t in timeline].count("submit") == 1


def test_a_refused_submit_can_be_retried_with_its_key_after_the_fix(
    demo: httpx.Client, draft_on: Callable[[str, list[str]], dict[str, Any]]
) -> None:
    draft = draft_on("yunzhan-tech.cn", ["10.0.0.1"])
    assert api.submit(demo, draft["id"], key="fix-then-retry").status_code == 422
    fixed = api.patch(demo, draft["id"], [api.SPARE_V4], draft["version"])
    assert fixed.status_code == 200
    assert api.submit(demo, draft["id"], key="fix-then-retry").status_code == 200


def test_huge_ids_and_entries_are_refused_cleanly(
    demo: httpx.Client, draft_on: Callable[[str, list[str]], dict[str, Any]]
) -> None:
    assert demo.get("/v1/change-requests/99999999999999999999").status_code == 404
    assert api.create(demo, 2**40, [api.SPARE_V4]).status_code == 422
    draft = draft_on("yunzhan-tech.cn", [api.SPARE_V4])
    huge = api.patch(demo, draft["id"], ["1" * 5000], draft["version"])
    assert (huge.status_code, huge.json()["errors"][0]["code"]) == (422, "too_long")
    assert api.change(demo, draft["id"])["proposed_ips"] == [api.SPARE_V4]
    bell = api.patch(demo, draft["id"], ["39.108.77.12\x07"], draft["version"])
    assert (bell.status_code, bell.json()["errors"][0]["code"]) == (422, "control_characters")
    nul = api.patch(demo, draft["id"], ["39.108.77.12\x00"], draft["version"])
    assert nul.status_code == 422
    assert api.change(demo, draft["id"])["proposed_ips"] == [api.SPARE_V4]


def test_drafts_keep_what_was_typed(draft_on: Callable[[str, list[str]], dict[str, Any]]) -> None:
    draft = draft_on("yunzhan-tech.cn", ["47.93.18.21", "  half typed 39.10"])
    assert draft["proposed_ips"] == ["47.93.18.21", "half typed 39.10"]


def test_list_pages_through_own_changes_only(
    demo: httpx.Client, shared_server: LiveServer, user_client: ClientFor
) -> None:
    seen: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        page = demo.get("/v1/change-requests", params=params).json()
        seen += [c["id"] for c in page["items"]]
        assert all(c["owner"]["username"] == "demo" for c in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(seen, reverse=True)
    assert len(seen) == len(set(seen)) >= 7
    demo2 = user_client(shared_server, "demo2")
    theirs = demo2.get("/v1/change-requests").json()["items"]
    assert not set(seen) & {c["id"] for c in theirs}
    site = api.website(demo, "shop.yunzhan-tech.cn")
    of_site = demo.get("/v1/change-requests", params={"website_id": site["id"]}).json()["items"]
    assert [c["id"] for c in of_site] == [site["open_change"]["id"]]
    only = demo.get("/v1/change-requests", params={"status": "draft"}).json()["items"]
    assert only and all(c["status"] == "draft" for c in only)
    bad = demo.get("/v1/change-requests", params={"cursor": "nonsense"})
    assert bad.status_code == 400
