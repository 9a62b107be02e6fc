"""Every refusal is application/problem+json with field-level details, never a stack trace."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

from tests.helpers import http_client
from tests.helpers.live_server import LiveServer, free_port
from tests.server.conftest import InProcess

PROBLEM = "application/problem+json"


def post_login(server: LiveServer, **kwargs: Any) -> httpx.Response:
    return http_client.post(f"{server.url}/v1/auth/login", timeout=10, **kwargs)


def assert_problem(
    response: httpx.Response, status: int, code: str | None = None
) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status
    assert body["title"]
    assert "Traceback" not in response.text
    if code is not None:
        assert body["code"] == code
    return cast(dict[str, Any], body)


def test_oversized_body_is_413(shared_server: LiveServer) -> None:
    big = json.dumps({"username": "demo", "password": "x" * (2 * 1024 * 1024)})
    response = post_login(shared_server, content=big, headers={"Content-Type": "application/json"})
    assert_problem(response, 413, "body_too_large")


def test_oversized_chunked_body_is_413(shared_server: LiveServer) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"username": "demo", "password": "'
        for _ in range(40):
            yield b"y" * 64 * 1024
        yield b'"}'

    response = post_login(
        shared_server, content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert "content-length" not in response.request.headers
    assert_problem(response, 413, "body_too_large")


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"],
)
def test_non_json_body_is_415(shared_server: LiveServer, content_type: str) -> None:
    response = post_login(
        shared_server,
        content=b"username=demo&password=demo-pass",
        headers={"Content-Type": content_type},
    )
    assert_problem(response, 415, "unsupported_media_type")


def test_json_with_charset_is_accepted(shared_server: LiveServer) -> None:
    response = post_login(
        shared_server,
        content=json.dumps({"username": "demo", "password": "demo-pass"}),
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b'{"username": "demo", "password": ', "invalid_json"),
        (b"[1, 2, 3]", "invalid_body"),
        (b'"just a string"', "invalid_body"),
        (b"", "body_required"),
    ],
)
def test_unusable_body_is_400(shared_server: LiveServer, content: bytes, code: str) -> None:
    response = post_login(
        shared_server, content=content, headers={"Content-Type": "application/json"}
    )
    assert_problem(response, 400, code)


def test_missing_and_unknown_fields_are_422_at_the_field(shared_server: LiveServer) -> None:
    body = assert_problem(
        post_login(shared_server, json={"user": "demo"}), 422, "validation_failed"
    )
    by_field = {e["field"]: e["code"] for e in body["errors"]}
    assert by_field == {"username": "required", "password": "required", "user": "unknown_field"}
    for error in body["errors"]:
        assert error["message"]


def test_too_long_field_names_its_limit(shared_server: LiveServer) -> None:
    body = assert_problem(
        post_login(shared_server, json={"username": "u" * 65, "password": "p"}), 422
    )
    [error] = body["errors"]
    assert error["field"] == "username"
    assert error["code"] == "too_long"
    assert error["params"]["max_length"] == 64


def test_unknown_route_and_wrong_method_are_problems(shared_server: LiveServer) -> None:
    assert_problem(http_client.get(f"{shared_server.url}/v1/nothing-here"), 404, "not_found")
    assert_problem(http_client.delete(f"{shared_server.url}/v1/health"), 405, "method_not_allowed")


def test_openapi_document_is_published(shared_server: LiveServer) -> None:
    doc = http_client.get(f"{shared_server.url}/openapi.json").json()
    for path in (
        "/v1/health",
        "/v1/auth/login",
        "/v1/auth/logout",
        "/v1/me",
        "/v1/websites",
        "/v1/websites/{website_id}",
        "/v1/resources",
    ):
        assert path in doc["paths"], path


@pytest.mark.anyio
async def test_an_unexpected_error_is_a_500_problem_without_a_trace(inproc: InProcess) -> None:
    async def boom() -> None:
        raise RuntimeError("secret internal detail")

    inproc.app.add_api_route("/v1/boom", boom)
    transport = httpx.ASGITransport(app=inproc.app, raise_app_exceptions=False)
    async with http_client.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.get("/v1/boom")
    body = assert_problem(response, 500, "internal_error")
    assert "secret internal detail" not in response.text
    assert body["detail"]


@pytest.mark.anyio
async def test_an_unreachable_database_is_a_503_problem(tmp_path: Path) -> None:
    from icp_desktop.server.app import create_app
    from icp_desktop.server.db import Database
    from icp_desktop.server.settings import Settings

    port = free_port()  # nothing listens there
    database = Database(f"postgresql+psycopg://nobody@127.0.0.1:{port}/none")
    app = create_app(Settings(data_dir=tmp_path), database)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    try:
        async with http_client.AsyncClient(transport=transport, base_url="http://t") as client:
            health = await client.get("/v1/health")
            me = await client.get("/v1/me", headers={"Authorization": "Bearer whatever"})
    finally:
        await database.dispose()
    assert_problem(health, 503, "database_unavailable")
    assert_problem(me, 503, "database_unavailable")
    assert me.headers["retry-after"] == "1"
