"""Sign-in, sign-out and the signed-in account (POST /v1/auth/login, /logout, GET /v1/me)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from icp_desktop.server.deps import CurrentAccount, SettingsDep, TokenDep, UnitOfWorkDep
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.schemas import AccountOut, LoginIn, LoginOut, Problem
from icp_desktop.server.services import accounts as account_service

router = APIRouter(prefix="/v1", tags=["auth"])

_PROBLEMS: dict[int | str, dict[str, object]] = {
    401: {"model": Problem, "description": "Wrong username or password"},
    423: {"model": Problem, "description": "Too many failed sign-ins; try later"},
}


def account_out(account: Account) -> AccountOut:
    return AccountOut.model_validate(account)


@router.post("/auth/login", response_model=LoginOut, responses=_PROBLEMS)
async def login(
    body: LoginIn, uow: UnitOfWorkDep, settings: SettingsDep, response: Response
) -> LoginOut:
    session = uow.session
    signed_in = await account_service.login(session, settings, body.username, body.password)
    response.headers["Cache-Control"] = "no-store"  # the body carries a session token
    return LoginOut(
        token=signed_in.token,
        expires_at=signed_in.expires_at,
        account=account_out(signed_in.account),
    )


@router.post("/auth/logout", status_code=204, response_class=Response)
async def logout(uow: UnitOfWorkDep, account: CurrentAccount, token: TokenDep) -> Response:
    session = uow.session
    await account_service.logout(session, account, token)
    return Response(status_code=204)


@router.get("/me", response_model=AccountOut)
async def me(account: CurrentAccount) -> AccountOut:
    return account_out(account)
