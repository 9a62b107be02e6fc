"""Reading a session's row from the database on every request, cheaply.

A revoked session must be refused by every service process at once, so whether a token is
still good is read from the database itself, never from a notification that may still be on
its way. Loading the account through an ORM session for every request would cost a long-poll
renewal ten times what the rest of it costs; :class:`SessionCheck` reads one row instead, the
*fingerprint* of a session: every column of the token and its account that decides what the
caller may do (expiry, revocation, role, disabled, names). The read cache keeps the account
loaded with a fingerprint and serves it only while a fresh read gives the same fingerprint.

* **SQLite**: a synchronous indexed read on a connection of its own, in the event loop's
  thread: tens of microseconds, no thread hop, and it never waits (a WAL reader does not wait
  for writers; with ``busy_timeout`` 0 anything else fails at once and the caller falls back
  to the full lookup).
* **PostgreSQL**: one Core statement on a pooled connection, no ORM session.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from typing import Any

from sqlalchemy import text

from icp_desktop.server.db import Database
from icp_desktop.server.write_watch import sqlite_file

log = logging.getLogger(__name__)

Fingerprint = tuple[Any, ...]

_SQL = ("SELECT t.expires_at, t.revoked_at, a.id, a.username, a.role, a.display_name, "
        "a.email, a.phone, a.disabled FROM session_tokens t "
        "JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = {}")


class SessionCheck:
    """The fingerprint of a session by its token's hash; one per app."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._path = sqlite_file(db.url) if db.is_sqlite else None
        self._sqlite: sqlite3.Connection | None = None
        self._statement = text(_SQL.format(":h"))

    async def fingerprint(self, token_hash: str) -> Fingerprint | None:
        """The session's row as it is now; None when there is none, or when it could not be
        read (the caller then loads the account the long way)."""
        if self.db.is_sqlite:
            return self._read_sqlite(token_hash)
        async with self.db.engine.connect() as conn:
            row = (await conn.execute(self._statement, {"h": token_hash})).first()
        return None if row is None else tuple(row)

    def _read_sqlite(self, token_hash: str) -> Fingerprint | None:
        if self._path is None:
            return None  # an in-memory database: only its own connection sees it
        try:
            if self._sqlite is None:
                self._sqlite = sqlite3.connect(self._path, isolation_level=None,
                                               check_same_thread=False)
                self._sqlite.execute("PRAGMA busy_timeout=0")
                self._sqlite.execute("PRAGMA query_only=1")
            cursor = self._sqlite.execute(_SQL.format("?"), (token_hash,))
            try:
                row = cursor.fetchone()
            finally:
                cursor.close()  # ends the statement, and with it the read transaction
        except sqlite3.Error as exc:
            log.info("session check fell back to the full lookup (%s)", exc)
            self.close()
            return None
        return None if row is None else tuple(row)

    def close(self) -> None:
        if self._sqlite is not None:
            with contextlib.suppress(sqlite3.Error):
                self._sqlite.close()
            self._sqlite = None

