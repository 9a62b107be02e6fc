"""FastAPI dependencies: settings, database sessions, the signed-in account, role checks.

Use them as annotations::

    async def handler(uow: UnitOfWorkDep, account: CurrentAccount) -> ...

``UnitOfWorkDep`` is the request's one unit of work: a write-capable session (on SQLite its
transactions begin with ``BEGIN IMMEDIATE``), the events its services emit, and one
``uow.commit()`` by the route; without it, nothing the request wrote stays. ``ReadSessionDep``
is for read-only handlers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.errors import ForbiddenError, UnauthenticatedError
from icp_desktop.domain.status import Role
from icp_desktop.server.authentication import Authenticator
from icp_desktop.server.db import Database
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.read_cache import ReadCache
from icp_desktop.server.settings import Settings
from icp_desktop.server.unit_of_work import UnitOfWork


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


async def get_unit_of_work(session: SessionDep) -> UnitOfWork:
    return UnitOfWork.of(session)


UnitOfWorkDep = Annotated[UnitOfWork, Depends(get_unit_of_work)]

_bearer = HTTPBearer(auto_error=False, description="The token from POST /v1/auth/login")


async def get_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise UnauthenticatedError()
    return credentials.credentials


TokenDep = Annotated[str, Depends(get_token)]


def read_cache_of(request: Request) -> ReadCache:
    cache: ReadCache = request.app.state.read_cache
    return cache


async def get_current_account(request: Request, token: TokenDep) -> Account:
    """The signed-in account; 401 when the token is missing, unknown, expired or revoked
    (see :mod:`icp_desktop.server.authentication`: checked against the database on every
    request, cheaply)."""
    authenticator: Authenticator = request.app.state.authenticator
    return await authenticator.account(token)


CurrentAccount = Annotated[Account, Depends(get_current_account)]


def require_role(*roles: Role) -> Callable[[Account], Coroutine[Any, Any, Account]]:
    """A dependency that passes the signed-in account through if it has one of ``roles``.

    ``account: Annotated[Account, Depends(require_role(Role.REVIEWER, Role.OPERATOR))]``
    """
    allowed = frozenset(r.value for r in roles)

    async def _check(account: CurrentAccount) -> Account:
        if account.role not in allowed:
            raise ForbiddenError()
        return account

    return _check


FilerAccount = Annotated[Account, Depends(require_role(Role.FILER))]
StaffAccount = Annotated[Account, Depends(require_role(Role.REVIEWER, Role.OPERATOR))]
ReviewerAccount = Annotated[Account, Depends(require_role(Role.REVIEWER))]
OperatorAccount = Annotated[Account, Depends(require_role(Role.OPERATOR))]
