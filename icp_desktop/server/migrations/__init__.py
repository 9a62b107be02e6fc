"""Schema migrations (Alembic): bring a database to head, or tell whether it is there."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, pool

from icp_desktop.server.settings import to_sync_url

PACKAGE_DIR = Path(__file__).resolve().parent.parent
MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config(database_url: str | None = None) -> Config:
    config = Config(str(PACKAGE_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if database_url:
        # ConfigParser interpolation: a literal % in a password must be doubled.
        config.set_main_option("sqlalchemy.url", to_sync_url(database_url).replace("%", "%%"))
    return config


@cache
def head_revision() -> str | None:
    """The newest revision shipped. Read once per process: finding it executes every revision
    file, which costs more than the rest of a start on a migrated database."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(database_url: str) -> str | None:
    """The database's schema revision; None for an empty (or not yet created) database."""
    path = sqlite_path(database_url)
    if path is not None and not path.exists():
        return None
    engine = create_engine(to_sync_url(database_url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def is_at_head(database_url: str) -> bool:
    return current_revision(database_url) == head_revision()


def upgrade_to_head(database_url: str) -> None:
    """Apply every migration the database has not seen yet. A database already at head is only
    read (its revision), without running Alembic's environment."""
    _ensure_sqlite_dir(database_url)
    if current_revision(database_url) == head_revision():
        return
    command.upgrade(alembic_config(database_url), "head")


def sqlite_path(database_url: str) -> Path | None:
    """The file of a SQLite database URL; None for another database or an in-memory one."""
    if not database_url.startswith("sqlite"):
        return None
    path = database_url.split(":///", 1)[-1].split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


def _ensure_sqlite_dir(database_url: str) -> None:
    path = sqlite_path(database_url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
