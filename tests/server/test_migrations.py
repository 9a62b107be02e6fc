"""Alembic migrations on SQLite and on a real PostgreSQL cluster, and serve's schema check."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, pool

from icp_desktop.server import migrations
from icp_desktop.server.models import Base
from icp_desktop.server.settings import to_sync_url
from tests.helpers.postgres import PostgresCluster
from tests.helpers.zygote import run_command


def schema_differences(url: str) -> list[Any]:
    engine = create_engine(to_sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def table_names(url: str) -> set[str]:
    engine = create_engine(to_sync_url(url), poolclass=pool.NullPool)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'filing.sqlite3'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database("migrations")


def test_upgrade_builds_exactly_the_models_schema(empty_database: str) -> None:
    assert migrations.current_revision(empty_database) is None
    assert not migrations.is_at_head(empty_database)
    migrations.upgrade_to_head(empty_database)
    assert migrations.is_at_head(empty_database)
    assert set(Base.metadata.tables) <= table_names(empty_database)
    # A model changed without a migration (`make migration MSG=...`) shows up here.
    assert schema_differences(empty_database) == []
    migrations.upgrade_to_head(empty_database)  # at head: nothing to do, no error
    assert migrations.current_revision(empty_database) == migrations.head_revision()


def test_downgrade_removes_the_schema_and_upgrade_restores_it(empty_database: str) -> None:
    migrations.upgrade_to_head(empty_database)
    command.downgrade(migrations.alembic_config(empty_database), "base")
    assert set(Base.metadata.tables).isdisjoint(table_names(empty_database))
    migrations.upgrade_to_head(empty_database)
    assert schema_differences(empty_database) == []


def run_cli(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_command(list(args), env, stdin)


def test_serve_refuses_a_database_that_is_not_migrated(tmp_path: Path) -> None:
    result = run_cli("serve", "--port", "1", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 2
    assert "not at the current version" in result.stderr
    assert "migrate" in result.stderr
    assert "listening" not in result.stdout


def test_migrate_command_brings_the_database_to_head(tmp_path: Path) -> None:
    result = run_cli("migrate", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    url = f"sqlite:///{tmp_path / 'd' / 'filing.sqlite3'}"
    assert migrations.is_at_head(url)
