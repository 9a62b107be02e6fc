"""Bad input on the write routes, on SQLite and PostgreSQL: deeply nested JSON, invalid UTF-8,
thousands of IPs, control characters and odd Unicode in every text field, wrong content types.

Each is answered with a clear 4xx problem+json and stores nothing (the workflow tables keep
their row counts), or, where the text is acceptable, is stored and read back exactly.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from tests.helpers import http_client
from tests.helpers.live_server import LiveServer
from tests.robustness import integrity, races
from tests.robustness.budget import record

TABLES = (
    "change_requests",
    "change_transitions",
    "events",
    "outbox_messages",
    "idempotency_records",
    "administration_submissions",
    "website_ips",
)
ODD_TEXT = [
    "nul\x00inside",
    "bell\x07 and escape\x1b[31m",
    "right-to-left \u202eoverride",
    "zero\u200bwidth\ufeffjoiner",
    "emoji 🛰️🇨🇳 and 𠜎 (astral)",
    "combining e\u0301\u0301\u0301",
    "line\nbreak\r\ncarriage",
    "  ",
    "\t",
    "ＦＵＬＬ ｗｉｄｔｈ",
    "a" * 5000,
    "\x7f\x85\u2028\u2029",
]
BAD_IPS = [
    "39.108.77.12\x00",
    "39.108.77.12\u202e",
    "\x0039.108.77.12",
    "39.108.77.1٢",
    "1.2.3.4/32",
    "::ffff:39.108.77.12",
    " ",
    "",
    "🛰️",
]


def header_text(odd: str) -> bytes:
    """``odd`` as raw header bytes (UTF-8); HTTP itself forbids control characters there."""
    return ("".join(c for c in odd if c.isprintable()).strip() or "-").encode()[:300]


def counts(server: LiveServer) -> dict[str, int]:
    with integrity.engine_for(races.db_url(server)).connect() as conn:
        return {
            t: int(conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()) for t in TABLES
        }


def refused(response: httpx.Response) -> dict[str, Any]:
    """A clear refusal: 4xx, problem+json, a title, no trace."""
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == response.status_code and body["title"]
    assert "Traceback" not in response.text
    return body


@pytest.fixture(scope="module")
def people(backend_server: LiveServer) -> Iterator[dict[str, httpx.Client]]:
    actors = races.Actors(backend_server)
    yield {name: actors.get(name)[0] for name in ("demo", "reviewer", "operator")}
    actors.close()


@pytest.fixture(scope="module")
def pending(backend_server: LiveServer, people: dict[str, httpx.Client]) -> int:
    """demo's change waiting for first review, to aim decisions at."""
    items = people["demo"].get("/v1/change-requests", params={"limit": 500}).json()["items"]
    return int(next(c["id"] for c in items if c["status"] == "pending_first_review"))


def test_raw_bodies_are_refused_and_store_nothing(
    backend_server: LiveServer, people: dict[str, httpx.Client]
) -> None:
    demo = people["demo"]
    site = races.website_id(demo)
    before = counts(backend_server)
    deep = f'{{"website_id": {site}, "proposed_ips": ' + "[" * 100_000 + "]" * 100_000 + "}"
    bodies: list[tuple[str, bytes, str]] = [
        ("deeply nested", deep.encode(), "application/json"),
        ("nested objects", b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "application/json"),
        (
            "invalid UTF-8",
            b'{"website_id": %d, "proposed_ips": ["39.108.77.12\xff\xfe"]}' % site,
            "application/json",
        ),
        (
            "lone surrogate",
            b'{"website_id": %d, "proposed_ips": ["\\ud800"]}' % site,
            "application/json",
        ),
        ("NaN", b'{"website_id": NaN, "proposed_ips": ["39.108.77.12"]}', "application/json"),
        (
            "huge number",
            b'{"website_id": 1' + b"0" * 5000 + b', "proposed_ips": []}',
            "application/json",
        ),
        ("form", b"website_id=1&proposed_ips=39.108.77.12", "application/x-www-form-urlencoded"),
        ("text", b"39.108.77.12", "text/plain"),
        ("multipart", b"--x\r\n\r\n--x--", "multipart/form-data; boundary=x"),
        ("xml", b"<change/>", "application/xml"),
        (
            "duplicate keys",
            b'{"website_id": %d, "website_id": "x", "proposed_ips": []}' % site,
            "application/json",
        ),
    ]
    outcomes = {}
    for name, body, media in bodies:
        response = demo.post(
            "/v1/change-requests",
            content=body,
            headers={"Content-Type": media, "Idempotency-Key": name},
        )
        outcomes[name] = refused(response)["code"]
        assert outcomes[name], f"{name}: a refusal without a code"
    # The same through the other write routes.
    for path in ("/v1/auth/login", f"/v1/change-requests/{site}/review"):
        for _name, body, media in bodies[:4]:
            refused(people["reviewer"].post(path, content=body, headers={"Content-Type": media}))
    assert counts(backend_server) == before
    record(
        f"bad input: raw bodies ({backend_server.backend})",  # type: ignore[attr-defined]
        cases=len(bodies) + 8,
        refused=len(outcomes),
        codes=outcomes,
        stored=0,
    )


def test_thousands_of_ips_and_odd_ips_are_refused_at_the_field(
    backend_server: LiveServer, people: dict[str, httpx.Client]
) -> None:
    """Refused when the draft is made (counts unchanged), or kept as typed in a draft whose
    submission is then refused at the field and which never leaves the draft status."""
    demo = people["demo"]
    site = races.website_id(demo)
    many = [f"39.108.{i // 250}.{i % 250 + 1}" for i in range(5000)]
    proposals: list[Any] = [
        many,
        ["39.108.77.12"] * 3000,
        *([ip] for ip in BAD_IPS),
        [1, 2],
        [None],
        "39.108.77.12",
        {"ip": "39.108.77.12"},
    ]
    at_create = at_submit = 0
    for proposal in proposals:
        before = counts(backend_server)
        made = demo.post("/v1/change-requests", json={"website_id": site, "proposed_ips": proposal})
        if made.status_code != 201:
            body = refused(made)
            assert counts(backend_server) == before, proposal
            at_create += 1
        else:
            cid = made.json()["id"]
            body = refused(demo.post(f"/v1/change-requests/{cid}/submit"))
            state = demo.get(f"/v1/change-requests/{cid}").json()
            assert state["status"] == "draft"
            assert [t["action"] for t in state["timeline"]] == ["create"]
            assert demo.post(f"/v1/change-requests/{cid}/withdraw").status_code == 200
            at_submit += 1
        assert body["errors"] and all(e["message"] for e in body["errors"]), body
        assert any(e["field"].startswith("proposed_ips") for e in body["errors"]), body
    record(
        f"bad input: IP lists ({backend_server.backend})",  # type: ignore[attr-defined]
        cases=len(proposals),
        refused_at_create=at_create,
        refused_at_submit=at_submit,
    )


def test_odd_text_in_every_text_field_is_refused_or_kept_exactly(
    backend_server: LiveServer, people: dict[str, httpx.Client], pending: int
) -> None:
    reviewer, operator, demo = people["reviewer"], people["operator"], people["demo"]
    kept = refusals = 0
    for odd in ODD_TEXT:
        before = counts(backend_server)
        answers = [
            http_client.post(
                f"{backend_server.url}/v1/auth/login",
                json={"username": odd, "password": odd},
                timeout=20,
            ),
            demo.get("/v1/websites", params={"q": odd}),
            demo.get("/v1/change-requests", params={"cursor": odd}),
            demo.get("/v1/events", params={"after": odd}),
            reviewer.get("/v1/review-queue", params={"q": odd}),
            operator.post(
                f"/v1/change-requests/{pending}/administration-result",
                json={
                    "decision": "reject",
                    "reasons": [{"field": odd, "message": odd}],
                    "comment": odd,
                },
            ),
            demo.post(
                "/v1/change-requests",
                json={"website_id": 999_999, "proposed_ips": ["x"]},
                headers={b"Idempotency-Key": header_text(odd)},
            ),
        ]
        for response in answers:
            if response.status_code >= 400:
                refused(response)
                refusals += 1
        assert counts(backend_server) == before, odd
        # The reviewer's rejection: refused cleanly, or stored and read back exactly.
        decision = reviewer.post(
            f"/v1/change-requests/{pending}/review",
            json={
                "decision": "reject",
                "reasons": [{"field": "proposed_ips", "message": odd}],
                "comment": odd,
            },
        )
        if decision.status_code == 200:
            kept += 1
            stored = demo.get(f"/v1/change-requests/{pending}").json()
            assert stored["comment"] == odd and stored["reasons"][0]["message"] == odd
            again = demo.post(f"/v1/change-requests/{pending}/submit")
            assert again.status_code == 200, again.text
        else:
            refused(decision)
            refusals += 1
            assert counts(backend_server) == before, odd
    record(
        f"bad input: odd text ({backend_server.backend})",  # type: ignore[attr-defined]
        strings=len(ODD_TEXT),
        requests=len(ODD_TEXT) * 8,
        refused=refusals,
        stored_exactly=kept,
    )


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET /v1/health HTTP/1.1\r\nHost: a\r\nX-Note: a\x01b\r\n\r\n",
        b"FETCH\x00 /v1/health HTTP/1.1\r\nHost: a\r\n\r\n",
        b"GET /v1/health HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n",
    ],
    ids=["control character in a header", "unreadable request line", "bad content length"],
)
def test_a_request_that_is_not_http_is_refused_with_a_problem_document(
    backend_server: LiveServer, request_bytes: bytes
) -> None:
    """Refused before the application sees it, yet like every other error: a problem
    document with its status, never the web server's plain text."""
    host, port = backend_server.url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(request_bytes)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    assert lines[0].startswith("HTTP/1.1 400"), lines[0]
    headers = dict(line.lower().split(": ", 1) for line in lines[1:])
    assert headers["content-type"] == "application/problem+json"
    problem = json.loads(body)
    assert (problem["status"], problem["code"]) == (400, "invalid_http")
    assert problem["title"] and problem["detail"]
