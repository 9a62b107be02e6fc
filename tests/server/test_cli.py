"""The service's command line: migrate, create-user, seed-demo, serve, and bad invocations."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from icp_desktop.server.cli import build_parser, settings_from_args
from tests.helpers import http_client
from tests.helpers.live_server import LiveServer
from tests.helpers.zygote import run_command


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ICP_")}
    return run_command(list(args), env, stdin)


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_create_user_then_sign_in_on_a_served_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("migrate", "--data-dir", str(data)).returncode == 0
    created = run_cli(
        "create-user",
        "Alice",
        "--role",
        "reviewer",
        "--password-stdin",
        "--email",
        "alice@example.com",
        "--data-dir",
        str(data),
        stdin="correct horse battery\n",
    )
    assert created.returncode == 0, created.stderr
    assert "created reviewer alice" in created.stdout
    again = run_cli(
        "create-user",
        "alice",
        "--role",
        "filer",
        "--password-stdin",
        "--data-dir",
        str(data),
        stdin="other\n",
    )
    assert again.returncode == 1
    assert "taken" in again.stderr
    empty = run_cli(
        "create-user",
        "bob",
        "--role",
        "filer",
        "--password-stdin",
        "--data-dir",
        str(data),
        stdin="\n",
    )
    assert empty.returncode == 2
    assert "empty" in empty.stderr

    with LiveServer(data, demo=False) as server:
        ok = http_client.post(
            f"{server.url}/v1/auth/login",
            json={"username": "alice", "password": "correct horse battery"},
        )
        assert ok.status_code == 200
        assert ok.json()["account"] == {
            "id": ok.json()["account"]["id"],
            "username": "alice",
            "role": "reviewer",
            "display_name": "alice",
            "email": "alice@example.com",
            "phone": None,
        }
        # No demo data in a plain served database.
        no_demo = http_client.post(
            f"{server.url}/v1/auth/login", json={"username": "demo", "password": "demo-pass"}
        )
        assert no_demo.status_code == 401
    assert "correct horse battery" not in (data / "filing-service.log").read_text()


def test_seed_demo_is_idempotent(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = data / "filing.sqlite3"
    assert run_cli("migrate", "--data-dir", str(data)).returncode == 0
    first = run_cli("seed-demo", "--data-dir", str(data))
    assert first.returncode == 0, first.stderr
    counts = {
        t: count(db, t)
        for t in (
            "accounts",
            "subjects",
            "websites",
            "service_resources",
            "resource_ips",
            "website_ips",
        )
    }
    assert counts["accounts"] == 4
    assert counts["subjects"] >= 3
    assert counts["websites"] >= 11
    second = run_cli("seed-demo", "--data-dir", str(data))
    assert second.returncode == 0, second.stderr
    assert {t: count(db, t) for t in counts} == counts


def test_commands_refuse_an_unmigrated_database(tmp_path: Path) -> None:
    for args in (["seed-demo"], ["create-user", "x", "--role", "filer", "--password-stdin"]):
        result = run_cli(*args, "--data-dir", str(tmp_path / "d"), stdin="pw\n")
        assert result.returncode == 2
        assert "migrate" in result.stderr


def test_bad_invocations_explain_themselves(tmp_path: Path) -> None:
    bare = run_cli()
    assert bare.returncode == 2
    assert "serve" in bare.stdout and "--demo" in bare.stdout
    wrong_db = run_cli("migrate", "--database-url", "mysql://x/y", "--data-dir", str(tmp_path))
    assert wrong_db.returncode == 2
    assert "unsupported database" in wrong_db.stderr
    wrong_role = run_cli("create-user", "x", "--role", "admin")
    assert wrong_role.returncode == 2
    assert "invalid choice" in wrong_role.stderr
    version = run_cli("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("icp-filing-server ")


def test_a_busy_port_is_a_clean_failure(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = run_cli("--demo", "--port", str(port), "--data-dir", str(tmp_path / "d"))
    assert result.returncode != 0
    assert "listening" not in result.stdout


@pytest.mark.parametrize(
    ("argv", "env", "expect"),
    [
        (["--demo"], {}, ("random", 5.0, 8765)),
        (["--demo"], {"ICP_ADMIN_SIMULATOR": "off", "ICP_ADMIN_DELAY": "0"}, ("off", 0.0, 8765)),
        (
            ["--demo", "--admin-simulator", "approve", "--port", "9100"],
            {"ICP_ADMIN_SIMULATOR": "off", "ICP_PORT": "9000"},
            ("approve", 5.0, 9100),
        ),
        (["serve"], {"ICP_PORT": "9000"}, ("off", 5.0, 9000)),
        (["serve", "--port", "9100"], {"ICP_PORT": "9000"}, ("off", 5.0, 9100)),
    ],
)
def test_command_line_wins_over_environment_over_defaults(
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    env: dict[str, str],
    expect: tuple[str, float, int],
) -> None:
    for key in [k for k in os.environ if k.startswith("ICP_")]:
        monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    settings = settings_from_args(build_parser().parse_args(argv))
    assert (settings.admin_simulator, settings.admin_delay, settings.port) == expect
