"""Every platform route as anonymous, the owning filer, another filer, a reviewer, an operator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.helpers import http_client
from tests.helpers.live_server import LiveServer

ClientFor = Callable[[LiveServer, str | None], httpx.Client]

ACTORS = ["anonymous", "owner", "other_filer", "reviewer", "operator"]
USERNAMES: dict[str, str | None] = {
    "anonymous": None,
    "owner": "demo",
    "other_filer": "demo2",
    "reviewer": "reviewer",
    "operator": "operator",
}

# route -> expected status per actor (in ACTORS order); {site} is a website of the owner.
MATRIX: dict[tuple[str, str], tuple[int, int, int, int, int]] = {
    ("GET", "/v1/health"): (200, 200, 200, 200, 200),
    ("GET", "/v1/me"): (401, 200, 200, 200, 200),
    ("GET", "/v1/websites"): (401, 200, 200, 200, 200),
    ("GET", "/v1/websites/{site}"): (401, 200, 404, 200, 200),
    ("GET", "/v1/resources"): (401, 200, 200, 200, 200),
    ("POST", "/v1/auth/logout"): (401, 204, 204, 204, 204),
}


@pytest.fixture(scope="module")
def owner_site(shared_server: LiveServer) -> int:
    token = http_client.post(
        f"{shared_server.url}/v1/auth/login", json={"username": "demo", "password": "demo-pass"}
    ).json()["token"]
    page = http_client.get(
        f"{shared_server.url}/v1/websites", headers={"Authorization": f"Bearer {token}"}
    ).json()
    return int(page["items"][0]["id"])


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("route", list(MATRIX), ids=lambda r: f"{r[0]} {r[1]}")
def test_route_answers_each_actor_as_expected(
    shared_server: LiveServer,
    client_for: ClientFor,
    owner_site: int,
    route: tuple[str, str],
    actor: str,
) -> None:
    method, path = route
    expected = MATRIX[route][ACTORS.index(actor)]
    client = client_for(shared_server, USERNAMES[actor])
    response = client.request(method, path.format(site=owner_site))
    assert response.status_code == expected, response.text
    if expected >= 400:
        assert response.headers["content-type"].startswith("application/problem+json")


def _ids(client: httpx.Client, path: str) -> set[int]:
    items: list[dict[str, Any]] = client.get(path, params={"limit": 500}).json()["items"]
    return {int(item["id"]) for item in items}


@pytest.mark.parametrize("actor", ["owner", "other_filer", "reviewer", "operator"])
def test_the_owners_website_is_listed_only_for_those_who_may_read_it(
    shared_server: LiveServer, client_for: ClientFor, owner_site: int, actor: str
) -> None:
    listed = owner_site in _ids(client_for(shared_server, USERNAMES[actor]), "/v1/websites")
    assert listed is (actor != "other_filer")
