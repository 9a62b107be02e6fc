"""The live-server helper and the service process itself: start, health, restart, stop."""

from __future__ import annotations

import contextlib
import subprocess
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.helpers import http_client
from tests.helpers.live_server import LiveServer, login_token, start_live_server


def test_demo_server_answers_health_and_keeps_data_across_restart(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "srv", template=False)  # it seeds a fresh database
    try:
        assert f"ICP filing service listening on {server.url}" in server.output()
        health = http_client.get(f"{server.url}/v1/health").json()
        assert health["status"] == "ok"
        assert health["database"] == "sqlite"
        token = login_token(server.url, "demo")
        server.restart()  # seeding again must not duplicate anything, and sessions survive
        me = http_client.get(f"{server.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200
        assert me.json()["username"] == "demo"
        sites = http_client.get(
            f"{server.url}/v1/websites", headers={"Authorization": f"Bearer {token}"}
        ).json()
        assert sites["total"] == len({s["license_number"] for s in sites["items"]}) >= 8
    finally:
        assert server.stop() == 0  # SIGTERM ends it cleanly


def test_a_killed_server_comes_back_on_the_same_data(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "srv")
    try:
        token = login_token(server.url, "demo2")
        server.kill()
        server.start()
        me = http_client.get(f"{server.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.json()["username"] == "demo2"
    finally:
        server.stop()


@pytest.mark.seeds_itself
def test_the_demo_runs_on_each_database(live_server: LiveServer, database_kind: str) -> None:
    health = http_client.get(f"{live_server.url}/v1/health").json()
    assert health["database"] == ("sqlite" if database_kind == "sqlite" else "postgresql")
    token = login_token(live_server.url, "operator")
    me = http_client.get(f"{live_server.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["role"] == "operator"
    assert live_server.stop() == 0


def test_sigterm_during_a_long_poll_exits_promptly(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "srv")
    token = login_token(server.url, "demo")
    latest = http_client.get(
        f"{server.url}/v1/events", params={"wait": 0}, headers={"Authorization": f"Bearer {token}"}
    ).json()["cursor"]
    with ThreadPoolExecutor(1) as pool:
        waiting = pool.submit(
            http_client.get,
            f"{server.url}/v1/events",
            params={"after": latest, "wait": 30},
            headers={"Authorization": f"Bearer {token}"},
            timeout=40,
        )
        _wait_until_in_flight(server, waiting)
        started = time.monotonic()
        assert server.stop() == 0
        assert time.monotonic() - started < 10
        with contextlib.suppress(httpx.HTTPError):
            waiting.result(timeout=40)


def _wait_until_in_flight(server: LiveServer, waiting: Future[httpx.Response]) -> None:
    """Until the long-poll request has reached the server (and not returned)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        assert not waiting.done(), "the long poll returned early"
        connections = (
            subprocess.run(
                ["ss", "-tn", "state", "established", f"( sport = :{server.port} )"],
                capture_output=True,
                text=True,
                check=False,
            )
            .stdout.strip()
            .splitlines()
        )
        if len(connections) > 1:  # a header line plus the open request
            return
        time.sleep(0.05)
    raise AssertionError("the long poll never reached the server")


def test_a_taken_port_is_refused_with_a_clear_message_before_anything_starts(
    tmp_path: Path,
) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = LiveServer(tmp_path / "srv", port=port)
        try:
            server.start()
        except RuntimeError as failed:
            message = str(failed)
        else:
            server.stop()
            raise AssertionError("the service started on a port another program holds")
    assert "the server exited with 1" in message
    assert f"cannot listen on 127.0.0.1 port {port}" in message
    assert "demo network" not in message  # nothing else was started first
