"""Who is calling: the account of a request's session token, checked on every request.

A revoked session is refused by every service process at once: unless nothing at all was
written since this process last looked (SQLite's data version says so for every process), the
session's row is read from the database: one cheap read (see
:mod:`icp_desktop.server.session_check`) that gives the account, or that must match the
fingerprint the kept account was made from. No connection is held between requests, so a
waiting long-poll holds none.
"""

from __future__ import annotations

from icp_desktop.domain.errors import ServiceError, UnauthenticatedError
from icp_desktop.server import security
from icp_desktop.server.db import Database
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.read_cache import ReadCache
from icp_desktop.server.services import accounts as account_service
from icp_desktop.server.session_check import SessionCheck, UnreadableError


class Authenticator:
    """Turns session tokens into accounts; one per app, on ``app.state.authenticator``, used
    by the ``CurrentAccount`` dependency and by the long-poll's own path."""

    def __init__(self, db: Database, cache: ReadCache) -> None:
        self.db = db
        self.cache = cache
        self.check = SessionCheck(db)

    async def account(self, token: str) -> Account:
        """The signed-in account; a 401 problem when the token is unknown, expired or
        revoked, or its account disabled."""
        key = security.token_hash(token)
        kept = self.cache.session(key)
        if kept is not None and kept.unchanged:
            return kept.account
        generation = self.cache.generation()  # before the read: a later write shows next time
        try:
            if kept is not None and await self.check.fingerprint(key) == kept.fingerprint:
                self.cache.keep_session(
                    key, kept.account, kept.fingerprint, kept.expires_at, generation
                )
                return kept.account
            found = await self.check.lookup(key)
        except UnreadableError:
            return await self._the_long_way(token)
        if found is None:
            raise session_expired()
        self.cache.keep_session(key, found.account, found.fingerprint, found.expires_at, generation)
        return found.account

    async def _the_long_way(self, token: str) -> Account:
        """Through an ORM session, when the session's row cannot be read the cheap way."""
        async with self.db.read_sessions() as session:
            found = await account_service.account_for_token(session, token)
        if found is None:
            raise session_expired()
        return found[0]

    async def close(self) -> None:
        await self.check.close()


def session_expired() -> ServiceError:
    return UnauthenticatedError(
        "Your session has expired or was ended; sign in again.", "session_expired"
    )
