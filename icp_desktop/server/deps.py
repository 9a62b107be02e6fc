"""FastAPI dependencies: settings, database sessions, the signed-in account, role checks.

Use them as annotations::

    async def handler(session: SessionDep, account: CurrentAccount) -> ...

``SessionDep`` is one write-capable session per request (on SQLite its transactions begin with
``BEGIN IMMEDIATE``); ``ReadSessionDep`` is for read-only handlers. Services commit explicitly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.status import Role
from icp_desktop.server import security
from icp_desktop.server.db import Database
from icp_desktop.server.errors import forbidden, unauthorized
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.read_cache import ReadCache
from icp_desktop.server.services import accounts as account_service
from icp_desktop.server.session_check import SessionCheck
from icp_desktop.server.settings import Settings


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


# Dependencies are ``async def``: FastAPI runs a plain ``def`` one on a worker thread, a
# thread hop per request for a dictionary lookup.
async def get_settings(request: Request) -> Settings:
    return settings_of(request)


def database_of(request: Request) -> Database:
    database: Database = request.app.state.db
    return database


async def get_database(request: Request) -> Database:
    return database_of(request)


SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_database)]


async def get_session(database: DatabaseDep) -> AsyncIterator[AsyncSession]:
    async with database.sessions() as session:
        yield session


async def get_read_session(database: DatabaseDep) -> AsyncIterator[AsyncSession]:
    async with database.read_sessions() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]
ReadSessionDep = Annotated[AsyncSession, Depends(get_read_session)]

_bearer = HTTPBearer(auto_error=False, description="The token from POST /v1/auth/login")


async def get_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise unauthorized()
    return credentials.credentials


TokenDep = Annotated[str, Depends(get_token)]


def read_cache_of(request: Request) -> ReadCache:
    cache: ReadCache = request.app.state.read_cache
    return cache


def session_check_of(request: Request) -> SessionCheck:
    check: SessionCheck = request.app.state.session_check
    return check


async def get_current_account(request: Request, token: TokenDep) -> Account:
    """The signed-in account; 401 when the token is missing, unknown, expired or revoked.

    A revoked session is refused by every service process at once: unless nothing at all was
    written since this process last looked (SQLite's data version says so for every process),
    the session's row is read from the database — one cheap read of its fingerprint, which
    must match the one the kept account was loaded with. Otherwise the account is looked up
    in a read session of its own, closed at once: a long-polling request holds no connection
    and read-only requests never take SQLite's write lock.
    """
    cache = read_cache_of(request)
    check = session_check_of(request)
    key = security.token_hash(token)
    kept = cache.session(key)
    if kept is not None:
        if kept.unchanged:
            return kept.account
        generation = cache.generation()  # before the read: a later write is seen next time
        if await check.fingerprint(key) == kept.fingerprint:
            cache.keep_session(key, kept.account, kept.fingerprint, kept.expires_at, generation)
            return kept.account
    generation = cache.generation()
    fingerprint = await check.fingerprint(key)
    async with database_of(request).read_sessions() as session:
        found = await account_service.account_for_token(session, token)
    if found is None:
        raise unauthorized("Your session has expired or was ended; sign in again.",
                           "session_expired")
    account, expires_at = found
    if fingerprint is not None:
        cache.keep_session(key, account, fingerprint, expires_at, generation)
    return account


CurrentAccount = Annotated[Account, Depends(get_current_account)]


def require_role(*roles: Role) -> Callable[[Account], Coroutine[Any, Any, Account]]:
    """A dependency that passes the signed-in account through if it has one of ``roles``.

    ``account: Annotated[Account, Depends(require_role(Role.REVIEWER, Role.OPERATOR))]``
    """
    allowed = frozenset(r.value for r in roles)

    async def _check(account: CurrentAccount) -> Account:
        if account.role not in allowed:
            raise forbidden()
        return account

    return _check


FilerAccount = Annotated[Account, Depends(require_role(Role.FILER))]
StaffAccount = Annotated[Account, Depends(require_role(Role.REVIEWER, Role.OPERATOR))]
ReviewerAccount = Annotated[Account, Depends(require_role(Role.REVIEWER))]
OperatorAccount = Annotated[Account, Depends(require_role(Role.OPERATOR))]
