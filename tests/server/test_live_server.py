"""The live-server helper and the service process itself: start, health, restart, stop."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.helpers.live_server import LiveServer, login_token, start_live_server


def test_demo_server_answers_health_and_keeps_data_across_restart(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "srv")
    try:
        assert f"ICP filing service listening on {server.url}" in server.output()
        health = httpx.get(f"{server.url}/v1/health").json()
        assert health["status"] == "ok"
        assert health["database"] == "sqlite"
        token = login_token(server.url, "demo")
        server.restart()  # seeding again must not duplicate anything, and sessions survive
        me = httpx.get(f"{server.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200
        assert me.json()["username"] == "demo"
        sites = httpx.get(f"{server.url}/v1/websites",
                          headers={"Authorization": f"Bearer {token}"}).json()
        assert sites["total"] == len({s["license_number"] for s in sites["items"]}) >= 8
    finally:
        assert server.stop() == 0  # SIGTERM ends it cleanly


def test_a_killed_server_comes_back_on_the_same_data(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "srv")
    try:
        token = login_token(server.url, "demo2")
        server.kill()
        server.start()
        me = httpx.get(f"{server.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.json()["username"] == "demo2"
    finally:
        server.stop()


def test_the_demo_runs_on_each_database(live_server: LiveServer, backend: str) -> None:
    health = httpx.get(f"{live_server.url}/v1/health").json()
    assert health["database"] == ("sqlite" if backend == "sqlite" else "postgresql")
    token = login_token(live_server.url, "operator")
    me = httpx.get(f"{live_server.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["role"] == "operator"
    assert live_server.stop() == 0
