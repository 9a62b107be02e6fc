"""Signing in and out over HTTP: credentials, identical refusals, lockout, expiry, revocation."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest

from tests.helpers import http_client
from tests.helpers.clock import pinned_moment
from tests.helpers.live_server import LiveServer, login_token, start_live_server

Login = dict[str, str]


def login(server: LiveServer, username: str, password: str) -> httpx.Response:
    return http_client.post(
        f"{server.url}/v1/auth/login", json={"username": username, "password": password}, timeout=10
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_right_password_gives_a_token_for_the_account(shared_server: LiveServer) -> None:
    response = login(shared_server, "demo", "demo-pass")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["account"]["username"] == "demo"
    assert body["account"]["role"] == "filer"
    assert len(body["token"]) >= 43  # 32 random bytes, url-safe base64
    expires = datetime.fromisoformat(body["expires_at"])
    # The service's clock started at the pinned moment and has run since the server started.
    earliest, latest = pinned_moment(), pinned_moment() + shared_server.running_for()
    assert earliest + timedelta(hours=12) <= expires <= latest + timedelta(hours=12)
    me = http_client.get(f"{shared_server.url}/v1/me", headers=bearer(body["token"]))
    assert me.status_code == 200
    assert me.json()["email"] == "demo@example.com"


def test_username_is_matched_regardless_of_case_and_spaces(shared_server: LiveServer) -> None:
    response = login(shared_server, "  Reviewer ", "reviewer-pass")
    assert response.status_code == 200
    assert response.json()["account"]["role"] == "reviewer"


def test_wrong_password_and_unknown_user_get_the_same_answer(shared_server: LiveServer) -> None:
    wrong = login(shared_server, "operator", "not-the-password")
    unknown = login(shared_server, "nobody-like-this", "whatever")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.headers["content-type"].startswith("application/problem+json")
    assert wrong.json() == unknown.json()
    assert wrong.json()["code"] == "invalid_credentials"


def test_each_sign_in_gets_its_own_token(shared_server: LiveServer) -> None:
    assert login_token(shared_server.url, "demo2") != login_token(shared_server.url, "demo2")


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer not-a-real-token", "Basic ZGVtbzpk"])
def test_missing_or_unknown_token_is_401(shared_server: LiveServer, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = http_client.get(f"{shared_server.url}/v1/me", headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["status"] == 401


def test_logout_revokes_only_that_session(shared_server: LiveServer) -> None:
    first = login_token(shared_server.url, "demo2")
    second = login_token(shared_server.url, "demo2")
    out = http_client.post(f"{shared_server.url}/v1/auth/logout", headers=bearer(first))
    assert out.status_code == 204
    assert http_client.get(f"{shared_server.url}/v1/me", headers=bearer(first)).status_code == 401
    assert http_client.get(f"{shared_server.url}/v1/me", headers=bearer(second)).status_code == 200
    again = http_client.post(f"{shared_server.url}/v1/auth/logout", headers=bearer(first))
    assert again.status_code == 401


def _wait_for(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


@pytest.fixture(scope="module")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A demo server with a 3-second lockout, a 1-minute window and 3-second sessions."""
    server = start_live_server(
        tmp_path_factory.mktemp("strict"),
        env={
            "ICP_LOCKOUT_SECONDS": "3",
            "ICP_LOCKOUT_WINDOW_SECONDS": "60",
            "ICP_TOKEN_TTL_HOURS": str(3 / 3600),
        },
    )
    yield server
    server.stop()


def test_five_failures_lock_the_username_then_it_is_released(strict_server: LiveServer) -> None:
    codes = [login(strict_server, "demo", f"guess-{i}").status_code for i in range(5)]
    assert codes == [401, 401, 401, 401, 423]
    locked_at = time.monotonic()
    # While locked even the right password is refused, with the lockout answer.
    refused = login(strict_server, "demo", "demo-pass")
    assert refused.status_code == 423
    assert refused.json()["code"] == "account_locked"
    # Another username is not affected.
    assert login(strict_server, "demo2", "demo2-pass").status_code == 200
    _wait_for(lambda: login(strict_server, "demo", "demo-pass").status_code == 200, 10)
    assert time.monotonic() - locked_at >= 2.5


def test_lockout_looks_the_same_for_unknown_and_known_usernames(strict_server: LiveServer) -> None:
    answers = []
    for name, password in (("operator", "operator-pass"), ("ghost-account", "anything")):
        for i in range(5):
            login(strict_server, name, f"bad-{i}")
        answers.append(login(strict_server, name, password))  # asked while still locked
    known, unknown = answers
    assert known.status_code == unknown.status_code == 423
    assert known.json() == unknown.json()
    assert known.headers.get("retry-after") == unknown.headers.get("retry-after")


def test_an_expired_token_is_refused(strict_server: LiveServer) -> None:
    token = login_token(strict_server.url, "reviewer")
    assert http_client.get(f"{strict_server.url}/v1/me", headers=bearer(token)).status_code == 200
    _wait_for(
        lambda: (
            http_client.get(f"{strict_server.url}/v1/me", headers=bearer(token)).status_code == 401
        ),
        10,
    )
    response = http_client.get(f"{strict_server.url}/v1/me", headers=bearer(token))
    assert response.json()["code"] == "session_expired"


def test_sign_ins_are_audited_without_secrets(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "srv")
    try:
        token = login_token(server.url, "demo")
        login(server, "demo", "Secret-Guess-123")
        http_client.post(f"{server.url}/v1/auth/logout", headers=bearer(token))
    finally:
        server.stop()
    db = sqlite3.connect(tmp_path / "srv" / "filing.sqlite3")
    rows = db.execute(
        "SELECT action, actor_kind, object_id, coalesce(detail, '') || coalesce(before, '') "
        "|| coalesce(after, '') FROM audit_log WHERE action LIKE 'log%' ORDER BY id"
    ).fetchall()
    actions = [r[0] for r in rows]
    assert actions == ["login.success", "login.failure", "logout"]
    assert rows[1][2] == "demo"
    everything = " ".join(str(c) for r in rows for c in r)
    assert "Secret-Guess-123" not in everything
    assert token not in everything
    stored = db.execute("SELECT token_hash FROM session_tokens").fetchall()
    assert token not in {s[0] for s in stored}
    log_text = (tmp_path / "srv" / "filing-service.log").read_text()
    assert token not in log_text and "Secret-Guess-123" not in log_text
