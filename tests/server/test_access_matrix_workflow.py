"""Who may call each workflow route: anonymous, the owner filer, another filer, a reviewer and
an operator. 401 without a session, 403 for a role that may not act, 404 for another filer's
change (ids do not leak); an allowed caller gets past authorisation (2xx, or a 409 that is
about the change's status, not about who asks)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.live_server import LiveServer
from tests.server import workflow_api as api

ROLES = ("anonymous", "owner", "other_filer", "reviewer", "operator")
USERS = {
    "anonymous": None,
    "owner": "demo",
    "other_filer": "demo2",
    "reviewer": "reviewer",
    "operator": "operator",
}
REJECT = {"decision": "reject", "reasons": [{"field": "proposed_ips", "message": "no"}]}

# (name, method, path template, json body or None, expected status per role in ROLES order)
# {pending}: demo's change waiting for first review; {final}: demo's withdrawn change;
# {free}: a demo website without an open change.
MATRIX: list[tuple[str, str, str, dict[str, Any] | None, tuple[int, ...]]] = [
    ("list changes", "GET", "/v1/change-requests", None, (401, 200, 200, 200, 200)),
    (
        "create change",
        "POST",
        "/v1/change-requests",
        {"website_id": "{free}", "proposed_ips": [api.SPARE_V4]},
        (401, 201, 422, 403, 403),
    ),
    ("read change", "GET", "/v1/change-requests/{pending}", None, (401, 200, 404, 200, 200)),
    ("read missing change", "GET", "/v1/change-requests/999999", None, (401, 404, 404, 404, 404)),
    (
        "edit change",
        "PATCH",
        "/v1/change-requests/{pending}",
        {"proposed_ips": [api.SPARE_V4]},
        (401, 412, 404, 403, 403),
    ),
    ("submit", "POST", "/v1/change-requests/{pending}/submit", None, (401, 409, 404, 403, 403)),
    ("withdraw", "POST", "/v1/change-requests/{final}/withdraw", None, (401, 409, 404, 403, 403)),
    ("checks", "GET", "/v1/change-requests/{pending}/checks", None, (401, 200, 404, 200, 200)),
    ("review", "POST", "/v1/change-requests/{final}/review", REJECT, (401, 403, 403, 409, 403)),
    (
        "administration submit",
        "POST",
        "/v1/change-requests/{pending}/administration-submit",
        None,
        (401, 403, 403, 403, 409),
    ),
    (
        "administration result",
        "POST",
        "/v1/change-requests/{pending}/administration-result",
        {"decision": "approve"},
        (401, 403, 403, 403, 409),
    ),
    ("review queue", "GET", "/v1/review-queue", None, (401, 403, 403, 200, 200)),
    (
        "operator queue",
        "GET",
        "/v1/review-queue?stage=administration_submission",
        None,
        (401, 403, 403, 403, 200),
    ),
    ("events", "GET", "/v1/events", None, (401, 200, 200, 200, 200)),
    ("outbox", "GET", "/v1/outbox", None, (401, 403, 403, 403, 200)),
    ("outbox retry", "POST", "/v1/outbox/1/retry", None, (401, 403, 403, 403, 200)),
]


@pytest.fixture(scope="module")
def targets(shared_server: LiveServer) -> dict[str, Any]:
    with api.signed_in(shared_server, "demo") as demo:
        changes = demo.get("/v1/change-requests", params={"limit": 500}).json()["items"]
        free = api.website(demo, "yunzhan-tech.cn")
    return {
        "pending": next(c["id"] for c in changes if c["status"] == "pending_first_review"),
        "final": next(c["id"] for c in changes if c["status"] == "withdrawn"),
        "free": free["id"],
    }


def _fill(value: Any, targets: dict[str, Any]) -> Any:
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        return targets[value[1:-1]]
    if isinstance(value, dict):
        return {k: _fill(v, targets) for k, v in value.items()}
    return value


@pytest.mark.parametrize(
    ("name", "method", "path", "body", "expected"), MATRIX, ids=[row[0] for row in MATRIX]
)
def test_access_matrix(
    shared_server: LiveServer,
    targets: dict[str, Any],
    name: str,
    method: str,
    path: str,
    body: dict[str, Any] | None,
    expected: tuple[int, ...],
) -> None:
    url = path.format(**targets)
    got = {}
    for role in ROLES:
        with api.signed_in(shared_server, USERS[role]) as client:
            headers = {"If-Match": '"1"'} if method == "PATCH" else {}
            response = client.request(method, url, json=_fill(body, targets), headers=headers)
            got[role] = response.status_code
            if response.status_code >= 400:
                assert response.headers["content-type"].startswith("application/problem+json")
            if response.status_code == 201:  # leave the website free for the next run
                client.post(f"/v1/change-requests/{response.json()['id']}/withdraw")
    assert got == dict(zip(ROLES, expected, strict=True)), name


def test_staff_see_every_change_and_filers_only_their_own(
    shared_server: LiveServer, targets: dict[str, Any]
) -> None:
    seen: dict[str, set[str]] = {}
    for role in ("owner", "other_filer", "reviewer", "operator"):
        with api.signed_in(shared_server, USERS[role]) as client:
            items = client.get("/v1/change-requests", params={"limit": 500}).json()["items"]
            seen[role] = {c["owner"]["username"] for c in items}
    assert seen["owner"] == {"demo"}
    assert seen["other_filer"] == {"demo2"}
    assert seen["reviewer"] == seen["operator"] == {"demo", "demo2"}
