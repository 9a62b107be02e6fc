"""Async engine and session factories: one database access style for the whole service.

Two session factories share one engine and pool:

* ``Database.sessions`` — sessions that may write. On SQLite every transaction of such a session
  starts with ``BEGIN IMMEDIATE``: it takes the write lock up front and waits for it (busy
  timeout), so two concurrent writers queue instead of failing with "database is locked" when a
  read lock cannot be upgraded. On PostgreSQL it is a plain ``BEGIN``.
* ``Database.read_sessions`` — sessions for read-only work. They begin a deferred transaction, so
  on SQLite (WAL) they never wait for writers and never block them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from icp_desktop.server.settings import Settings

WRITE_OPTION = "icp_write"
SQLITE_BUSY_TIMEOUT_MS = 5000


class Database:
    """The engine plus its two session factories; built once per app and disposed on shutdown."""

    def __init__(self, url: str, *, pool_size: int = 10, max_overflow: int = 20) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            # aiosqlite gives each connection a thread. Keep enough of them open for a busy
            # server: an overflow connection is opened and closed per use, and with 32 clients
            # that churn cut the websites page's throughput by more than half.
            kwargs.update(pool_size=48, max_overflow=48, connect_args={"timeout": 30})
        else:
            kwargs.update(pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True)
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        if self.is_sqlite:
            install_sqlite_hooks(self.engine)
        self.sessions = async_sessionmaker(
            self.engine, expire_on_commit=False, execution_options={WRITE_OPTION: True}
        )
        self.read_sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> Database:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        return cls(
            settings.resolved_database_url(),
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_max_overflow,
        )

    @property
    def backend(self) -> str:
        return "sqlite" if self.is_sqlite else "postgresql"

    async def dispose(self) -> None:
        await self.engine.dispose()


def install_sqlite_hooks(engine: AsyncEngine) -> None:
    """WAL, busy timeout, foreign keys, and our own BEGIN (deferred or IMMEDIATE)."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Stop the driver from issuing its own BEGIN so the "begin" hook below decides.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


async def ping(session: AsyncSession) -> None:
    """Raise if the database cannot answer a trivial query."""
    from sqlalchemy import text

    await session.execute(text("SELECT 1"))
