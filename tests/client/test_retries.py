"""Retries and aborts, against a tiny scripted HTTP server on loopback (not the real service).

The real service never answers 503 on demand or stalls on purpose, so these tests use a fake
whose answers each test sets; it counts the requests it receives.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from icp_desktop.client.api import ApiClient
from icp_desktop.client.errors import Conflict, Unavailable


class ScriptedServer(ThreadingHTTPServer):
    """Answers every request with ``status``/``body`` after ``delay`` seconds."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.status = 200
        self.body: dict = {"status": "ok"}
        self.delay = 0.0
        self.requests: list[tuple[str, str, dict[str, str]]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: ScriptedServer

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.server.requests.append((self.command, self.path, dict(self.headers)))
        time.sleep(self.server.delay)
        payload = json.dumps(self.server.body).encode()
        self.send_response(self.server.status)
        kind = "application/problem+json" if self.server.status >= 400 else "application/json"
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PATCH = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_gets_are_retried_after_a_503(fake: ScriptedServer) -> None:
    fake.status, fake.body = 503, {"title": "Service Unavailable", "status": 503}
    client = ApiClient(fake.url, retries=2, backoff=0.01)
    with pytest.raises(Unavailable) as info:
        client.me()
    assert info.value.status == 503
    assert len(fake.requests) == 3


def test_a_post_without_idempotency_key_is_sent_once(fake: ScriptedServer) -> None:
    fake.status, fake.body = 503, {"title": "Service Unavailable", "status": 503}
    client = ApiClient(fake.url, retries=2, backoff=0.01)
    with pytest.raises(Unavailable):
        client.withdraw_change(7)
    assert len(fake.requests) == 1


def test_a_post_with_idempotency_key_is_retried_with_the_same_key(fake: ScriptedServer) -> None:
    fake.status, fake.body = 503, {"title": "Service Unavailable", "status": 503}
    client = ApiClient(fake.url, retries=2, backoff=0.01)
    with pytest.raises(Unavailable):
        client.submit_change(7, idempotency_key="key-1")
    assert len(fake.requests) == 3
    assert {r[2]["Idempotency-Key"] for r in fake.requests} == {"key-1"}


def test_a_conflict_is_not_retried_and_keeps_its_details(fake: ScriptedServer) -> None:
    fake.status = 409
    fake.body = {
        "title": "Conflict",
        "status": 409,
        "code": "open_change_exists",
        "detail": "This website already has an open change.",
        "errors": [
            {
                "field": "website_id",
                "code": "open_change_exists",
                "message": "one open change per website",
                "params": {"id": 4},
            }
        ],
    }
    client = ApiClient(fake.url, retries=2, backoff=0.01)
    with pytest.raises(Conflict) as info:
        client.create_change(1, ["1.2.3.4"], idempotency_key="k")
    assert len(fake.requests) == 1
    assert info.value.code == "open_change_exists"
    assert info.value.field_errors[0].params == {"id": 4}
    assert info.value.errors_for("website_id")[0].message == "one open change per website"


def test_the_token_is_sent_as_bearer(fake: ScriptedServer) -> None:
    ApiClient(fake.url, token="t0k").health()
    assert fake.requests[0][2]["Authorization"] == "Bearer t0k"


def test_abort_ends_a_request_stuck_on_a_slow_server(fake: ScriptedServer) -> None:
    fake.delay = 10.0
    client = ApiClient(fake.url, timeout=(2.0, 30.0))
    errors: list[Exception] = []

    def call() -> None:
        try:
            client.me()
        except Unavailable as exc:
            errors.append(exc)

    worker = threading.Thread(target=call)
    started = time.monotonic()
    worker.start()
    deadline = time.monotonic() + 5
    while not fake.requests and time.monotonic() < deadline:
        time.sleep(0.01)
    client.abort()
    worker.join(5)
    assert not worker.is_alive()
    assert time.monotonic() - started < 5
    assert errors and errors[0].code == "aborted"


def test_a_connection_opened_just_after_an_abort_is_ended_too(fake: ScriptedServer) -> None:
    # the race of a request that passed its "aborted?" check just before abort() ran
    import requests

    from icp_desktop.client.transport import AbortableAdapter

    fake.delay = 10.0
    adapter = AbortableAdapter()
    session = requests.Session()
    session.mount("http://", adapter)
    adapter.abort()
    started = time.monotonic()
    with pytest.raises(requests.exceptions.ConnectionError):
        session.get(f"{fake.url}/v1/me", timeout=(2.0, 30.0))
    assert time.monotonic() - started < 5
