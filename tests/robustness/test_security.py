"""Attacks on sign-in, sessions, ownership and transport.

- no account enumeration: the same status and body for an unknown user and a wrong password,
  and similar timing (medians of 20 tries each within a factor of two);
- a token is refused by every route after logout and after expiry;
- an Idempotency-Key never hands one account's stored answer to another;
- TLS: the client verifies certificates by default, takes a custom CA bundle, and has no way
  to trust anyway (nothing in the code turns verification off).
"""

from __future__ import annotations

import re
import statistics
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from icp_desktop.client.api import ApiClient
from icp_desktop.client.errors import TlsError
from tests.helpers import http_client
from tests.helpers.live_server import LiveServer, login_token, start_live_server
from tests.robustness import races
from tests.robustness.budget import budget, record
from tests.robustness.tls_server import TlsServer

PACKAGE = Path(__file__).resolve().parents[2] / "icp_desktop"


@pytest.fixture(scope="module")
def patient_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """Lockout out of the way (timing needs many failures) and 4-second sessions."""
    server = start_live_server(
        tmp_path_factory.mktemp("security"),
        env={"ICP_LOCKOUT_THRESHOLD": "100000", "ICP_TOKEN_TTL_HOURS": str(4 / 3600)},
    )
    try:
        yield server
    finally:
        server.stop()


def test_unknown_user_and_wrong_password_look_and_take_the_same(patient_server: LiveServer) -> None:
    tries = budget(20, 100)
    known: list[float] = []
    unknown: list[float] = []
    bodies: set[tuple[int, str]] = set()
    with http_client.Client(base_url=patient_server.url, timeout=20) as client:
        client.post("/v1/auth/login", json={"username": "x", "password": "warm-up"})
        for i in range(tries):
            for name, into in ((f"nobody-{uuid.uuid4().hex[:8]}", unknown), ("reviewer", known)):
                started = time.perf_counter()
                answer = client.post(
                    "/v1/auth/login", json={"username": name, "password": f"wrong-{i}"}
                )
                into.append(time.perf_counter() - started)
                bodies.add((answer.status_code, answer.text))
    ratio = statistics.median(unknown) / statistics.median(known)
    record(
        "security: enumeration",
        tries_each=tries,
        median_known_ms=round(statistics.median(known) * 1000, 1),
        median_unknown_ms=round(statistics.median(unknown) * 1000, 1),
        ratio=round(ratio, 2),
        distinct_answers=len(bodies),
    )
    assert len(bodies) == 1, bodies  # one status, one body, whoever asks
    assert 0.5 <= ratio <= 2.0, ratio


def _authed_gets(server: LiveServer) -> list[str]:
    paths = http_client.get(f"{server.url}/openapi.json").json()["paths"]
    return [
        re.sub(r"\{[^}]+\}", "1", path)
        for path, ops in paths.items()
        if "get" in ops and path not in ("/v1/health",)
    ]


def _refused_everywhere(server: LiveServer, token: str) -> dict[str, int]:
    headers = {"Authorization": f"Bearer {token}"}
    answers = {
        path: http_client.get(f"{server.url}{path}", headers=headers, timeout=20).status_code
        for path in _authed_gets(server)
    }
    answers["POST /v1/change-requests"] = http_client.post(
        f"{server.url}/v1/change-requests",
        headers=headers,
        timeout=20,
        json={"website_id": 1, "proposed_ips": ["39.108.77.12"]},
    ).status_code
    answers["POST /v1/auth/logout"] = http_client.post(
        f"{server.url}/v1/auth/logout", headers=headers, timeout=20
    ).status_code
    return answers


def test_a_token_is_refused_everywhere_after_logout(patient_server: LiveServer) -> None:
    for username in ("demo", "operator"):
        token = login_token(patient_server.url, username)
        assert (
            http_client.post(
                f"{patient_server.url}/v1/auth/logout", headers={"Authorization": f"Bearer {token}"}
            ).status_code
            == 204
        )
        answers = _refused_everywhere(patient_server, token)
        assert set(answers.values()) == {401}, answers
    record("security: token after logout", routes=len(answers), accounts=2, refused_all=True)


def test_a_token_is_refused_everywhere_after_expiry(patient_server: LiveServer) -> None:
    token = login_token(patient_server.url, "operator")
    me = f"{patient_server.url}/v1/me"
    headers = {"Authorization": f"Bearer {token}"}
    assert http_client.get(me, headers=headers).status_code == 200
    deadline = time.monotonic() + 15
    while http_client.get(me, headers=headers).status_code == 200:
        assert time.monotonic() < deadline, "the 4-second session never expired"
        time.sleep(0.2)
    answers = _refused_everywhere(patient_server, token)
    assert set(answers.values()) == {401}, answers
    record("security: token after expiry", routes=len(answers), refused_all=True)


def test_an_idempotency_key_never_replays_another_accounts_answer(
    patient_server: LiveServer,
) -> None:
    actors = races.Actors(patient_server)
    try:
        demo, demo2 = actors.get("demo")[0], actors.get("demo2")[0]
        site = races.website_id(demo)
        key = uuid.uuid4().hex
        body: dict[str, Any] = {"website_id": site, "proposed_ips": ["39.108.77.12"]}
        mine = demo.post("/v1/change-requests", json=body, headers={"Idempotency-Key": key})
        assert mine.status_code == 201, mine.text
        cid = mine.json()["id"]
        theirs = demo2.post("/v1/change-requests", json=body, headers={"Idempotency-Key": key})
        assert theirs.status_code in (404, 422), theirs.text
        assert str(cid) not in theirs.text and "39.108.77.12" not in theirs.text
        submit = demo2.post(f"/v1/change-requests/{cid}/submit", headers={"Idempotency-Key": key})
        assert submit.status_code == 404, submit.text
        listed = demo2.get("/v1/change-requests", params={"website_id": site}).json()["items"]
        assert listed == []
        heard = demo2.get("/v1/events", params={"wait": 0}).json()["items"]
        assert all(e.get("change_id") != cid for e in heard)
        # demo's servers (and so their addresses) are not among demo2's resources
        assert "39.108.77.12" not in demo2.get("/v1/resources").text
        assert "39.108.77.12" in demo.get("/v1/resources").text
        assert demo.post(f"/v1/change-requests/{cid}/withdraw").status_code == 200
    finally:
        actors.close()


def test_tls_is_verified_by_default_and_a_ca_bundle_can_be_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    with TlsServer(tmp_path) as server:
        with pytest.raises(TlsError):
            ApiClient(server.url, retries=0).health()
        # An environment that tries to switch verification off changes nothing.
        monkeypatch.setenv("CURL_CA_BUNDLE", "")
        monkeypatch.setenv("PYTHONHTTPSVERIFY", "0")
        with pytest.raises(TlsError):
            ApiClient(server.url, retries=0).health()
        # A bundle of some other authority is no help either.
        wrong_ca, _cert, _key = TlsServer(other).ca_bundle, None, None
        with pytest.raises(TlsError):
            ApiClient(server.url, retries=0, verify=str(wrong_ca)).health()
        assert ApiClient(server.url, verify=str(server.ca_bundle)).health().status == "ok"
        with pytest.raises(ValueError, match="cannot be turned off"):
            ApiClient(server.url, verify=False)


def test_nothing_in_the_code_turns_certificate_checks_off() -> None:
    forbidden = re.compile(
        r"verify\s*=\s*False|CERT_NONE|check_hostname\s*=\s*False|"
        r"_create_unverified_context|disable_warnings|InsecureRequestWarning"
    )
    hits = [
        f"{path.relative_to(PACKAGE.parent)}:{n}: {line.strip()}"
        for path in PACKAGE.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if forbidden.search(line) and "raise" not in line and "is False" not in line
    ]
    assert not hits, hits
