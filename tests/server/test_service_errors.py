"""Services refuse in their own words; the client still reads the same problem documents."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from icp_desktop.domain.errors import ConflictError, FieldIssue, InvalidError, ServiceError
from icp_desktop.server import errors
from tests.server.conftest import InProcess

pytestmark = pytest.mark.anyio

PROBLEM = "application/problem+json"
SPARE_V4 = "39.108.77.12"
SPARE_V6 = "2408:4003:10a0::66"
SERVICES = Path(errors.__file__).parent / "services"


async def _free_site(inproc: InProcess, headers: dict[str, str]) -> dict[str, Any]:
    items = (await inproc.client.get("/v1/websites", headers=headers)).json()["items"]
    return next(site for site in items if site["domain"] == "yunzhan-tech.cn")


async def test_a_second_open_change_is_the_same_field_level_conflict(inproc: InProcess) -> None:
    demo = await inproc.headers("demo")
    site = await _free_site(inproc, demo)
    body = {"website_id": site["id"], "proposed_ips": [SPARE_V4]}
    first = await inproc.client.post("/v1/change-requests", headers=demo, json=body)
    assert first.status_code == 201, first.text

    second = await inproc.client.post(
        "/v1/change-requests", headers=demo, json={**body, "proposed_ips": [SPARE_V6]}
    )

    assert second.status_code == 409
    assert second.headers["content-type"].startswith(PROBLEM)
    assert second.json() == {
        "type": "about:blank",
        "title": "Conflict",
        "status": 409,
        "detail": f"Website {site['license_number']} already has an open change "
        f"(#{first.json()['id']}, draft); finish or withdraw it first.",
        "code": "open_change_exists",
        "errors": [
            {
                "field": "website_id",
                "ip": None,
                "code": "open_change_exists",
                "message": "This website already has an open change",
                "params": {"change_id": first.json()["id"], "status": "draft"},
            }
        ],
    }


async def test_an_edit_without_a_version_still_says_how_to_send_one(inproc: InProcess) -> None:
    demo = await inproc.headers("demo")
    site = await _free_site(inproc, demo)
    created = await inproc.client.post(
        "/v1/change-requests",
        headers=demo,
        json={"website_id": site["id"], "proposed_ips": [SPARE_V4]},
    )
    response = await inproc.client.patch(
        f"/v1/change-requests/{created.json()['id']}",
        headers=demo,
        json={"proposed_ips": [SPARE_V6]},
    )
    assert response.status_code == 428
    assert response.json() == {
        "type": "about:blank",
        "title": "Precondition Required",
        "status": 428,
        "detail": "Send If-Match with the version you read.",
        "code": "if_match_required",
        "errors": [],
    }


async def test_only_a_missing_session_asks_for_a_bearer_token(inproc: InProcess) -> None:
    no_session = await inproc.client.get("/v1/websites")
    assert no_session.status_code == 401
    assert no_session.headers["WWW-Authenticate"] == "Bearer"
    assert no_session.json()["code"] == "not_authenticated"

    wrong = await inproc.client.post(
        "/v1/auth/login", json={"username": "demo", "password": "not-the-password"}
    )
    assert wrong.status_code == 401
    assert "WWW-Authenticate" not in wrong.headers
    assert wrong.json()["code"] == "invalid_credentials"


def test_a_refusal_keeps_its_reasons_as_plain_data() -> None:
    reason = FieldIssue(field="proposed_ips", ip="10.0.0.1", code="private", message="Private")
    refusal = InvalidError([reason], "Some proposed IPs cannot be filed.")

    problem, headers = errors.problem_of(refusal)

    assert headers is None
    assert problem.model_dump(mode="json") == {
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "detail": "Some proposed IPs cannot be filed.",
        "code": "validation_failed",
        "errors": [
            {
                "field": "proposed_ips",
                "ip": "10.0.0.1",
                "code": "private",
                "message": "Private",
                "params": {},
            }
        ],
    }
    assert isinstance(ConflictError("x", "y"), ServiceError)


@pytest.mark.parametrize("module", sorted(SERVICES.glob("*.py")), ids=lambda p: p.stem)
def test_services_refuse_without_http_statuses(module: Path) -> None:
    http_modules = {"icp_desktop.server.errors", "fastapi.exceptions", "starlette.exceptions"}
    http_names = {"HTTPException", "FieldProblem", "Problem", "JSONResponse"}
    found = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module in http_modules:
                found.add(node.module)
            found.update(alias.name for alias in node.names if alias.name in http_names)
    assert not found
