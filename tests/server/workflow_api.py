"""Small helpers for the workflow tests: the calls a filer, reviewer and operator make."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.helpers import http_client
from tests.helpers.live_server import LiveServer, login_token

# Addresses of demo's spare subscription resource in Shenzhen: free, mainland, not expired.
SPARE_V4 = "39.108.77.12"
SPARE_V4_B = "39.108.77.13"
SPARE_V6 = "2408:4003:10a0::66"
# Demo websites without an open change in the demo data.
FREE_DOMAINS = ("yunzhan-tech.cn", "jobs.yunzhan-tech.cn")


_TOKENS: dict[tuple[str, str, str], str] = {}

UserClient = Callable[[LiveServer, str | None], httpx.Client]


def signed_in(server: LiveServer, username: str | None) -> httpx.Client:
    """A client of ``server`` signed in as ``username`` (one sign-in per server and user:
    argon2 makes sign-in deliberately slow)."""
    headers = {}
    if username is not None:
        key = (server.url, str(server.data_dir), username)
        if key not in _TOKENS:
            _TOKENS[key] = login_token(server.url, username)
        headers["Authorization"] = f"Bearer {_TOKENS[key]}"
    return http_client.Client(base_url=server.url, headers=headers, timeout=30)


@pytest.fixture
def user_client() -> Iterator[UserClient]:
    """``user_client(server, "demo")``: a signed-in client, closed after the test."""
    clients: list[httpx.Client] = []

    def make(server: LiveServer, username: str | None = None) -> httpx.Client:
        clients.append(signed_in(server, username))
        return clients[-1]

    yield make
    for client in clients:
        client.close()


def website(client: httpx.Client, domain: str) -> dict[str, Any]:
    items = client.get("/v1/websites", params={"q": domain, "limit": 50}).json()["items"]
    for item in items:
        if item["domain"] == domain:
            return dict(item)
    raise AssertionError(f"no website {domain}")


def create(
    client: httpx.Client, website_id: int, ips: list[str], key: str | None = None
) -> httpx.Response:
    headers = {"Idempotency-Key": key} if key else {}
    return client.post(
        "/v1/change-requests", json={"website_id": website_id, "proposed_ips": ips}, headers=headers
    )


def submit(client: httpx.Client, change_id: int, key: str | None = None) -> httpx.Response:
    headers = {"Idempotency-Key": key} if key else {}
    return client.post(f"/v1/change-requests/{change_id}/submit", headers=headers)


def patch(
    client: httpx.Client, change_id: int, ips: list[str], version: int | str | None
) -> httpx.Response:
    headers = {} if version is None else {"If-Match": f'"{version}"'}
    return client.patch(
        f"/v1/change-requests/{change_id}", json={"proposed_ips": ips}, headers=headers
    )


def review(
    client: httpx.Client,
    change_id: int,
    decision: str,
    reasons: list[dict[str, Any]] | None = None,
    comment: str = "",
) -> httpx.Response:
    return client.post(
        f"/v1/change-requests/{change_id}/review",
        json={"decision": decision, "reasons": reasons or [], "comment": comment},
    )


def admin_result(
    client: httpx.Client, change_id: int, decision: str, reasons: list[dict[str, Any]] | None = None
) -> httpx.Response:
    return client.post(
        f"/v1/change-requests/{change_id}/administration-result",
        json={"decision": decision, "reasons": reasons or []},
    )


def submitted_change(client: httpx.Client, domain: str, ips: list[str]) -> dict[str, Any]:
    """Create and submit a change on one of the caller's websites; the submitted change."""
    site = website(client, domain)
    created = create(client, site["id"], ips)
    assert created.status_code == 201, created.text
    done = submit(client, created.json()["id"])
    assert done.status_code == 200, done.text
    return dict(done.json())


def change(client: httpx.Client, change_id: int) -> dict[str, Any]:
    response = client.get(f"/v1/change-requests/{change_id}")
    assert response.status_code == 200, response.text
    return dict(response.json())


def events_after(
    client: httpx.Client, after: str | None, wait: float = 0
) -> tuple[list[dict[str, Any]], str]:
    params: dict[str, Any] = {"wait": wait}
    if after is not None:
        params["after"] = after
    response = client.get("/v1/events", params=params, timeout=wait + 10)
    assert response.status_code == 200, response.text
    body = response.json()
    return list(body["items"]), str(body["cursor"])


def wait_for_status(
    client: httpx.Client, change_id: int, status: str, timeout: float = 20
) -> dict[str, Any]:
    """Follow the caller's event stream until the change reaches ``status``."""
    deadline = time.monotonic() + timeout
    cursor: str | None = None
    while True:
        current = change(client, change_id)
        if current["status"] == status:
            return current
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"change {change_id} is {current['status']}, not {status}")
        # Long-poll: returns as soon as anything happens to the caller's changes.
        _items, cursor = events_after(client, cursor, wait=min(left, 5))
