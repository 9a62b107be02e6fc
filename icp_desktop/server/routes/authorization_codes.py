"""Authorization codes (授权码): issued for a server by its owner or an operator, entered by a
filer on a Change Access. The code is in the body of exactly one answer, the issuing one, which
no cache may keep; it is never in a URL (URLs are logged by proxies)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain import authorization_code as rules
from icp_desktop.domain.errors import ForbiddenError
from icp_desktop.domain.reasons import render
from icp_desktop.server.administration_schemas import (
    AuthorizationCodeIssued,
    AuthorizationCodeIssueIn,
    AuthorizationCodeList,
    AuthorizationCodeOut,
    AuthorizationCodeUseIn,
    AuthorizedServerOut,
)
from icp_desktop.server.db import session_now
from icp_desktop.server.deps import (
    CurrentAccount,
    FilerAccount,
    ReadSessionDep,
    UnitOfWorkDep,
)
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.authorization import AuthorizationCode
from icp_desktop.server.models.catalog import ResourceIP, ServiceResource
from icp_desktop.server.routes.changes import PROBLEMS, change_response
from icp_desktop.server.schemas import ChangeOut
from icp_desktop.server.services import authorization_codes, change_views, changes

router = APIRouter(prefix="/v1", tags=["authorization codes"])

Id = Annotated[int, Path(ge=1, le=2**31 - 1)]
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _staff_or_filer(account: Account) -> None:
    if account.role not in ("filer", "operator"):
        raise ForbiddenError()


async def _code_out(session: AsyncSession, code: AuthorizationCode) -> AuthorizationCodeOut:
    who = await session.get(Account, code.issued_by)
    return AuthorizationCodeOut(
        id=code.id,
        resource_id=code.resource_id,
        state=authorization_codes.effective_state(code, session_now(session)),  # type: ignore[arg-type]
        issued_at=code.issued_at,
        expires_at=code.expires_at,
        issued_by=who.username if who else None,
        change_id=code.change_id,
        used_at=code.used_at,
        invalidated_at=code.invalidated_at,
    )


async def _server_out(session: AsyncSession, resource: ServiceResource) -> AuthorizedServerOut:
    from sqlalchemy import select

    now = session_now(session)
    live = await authorization_codes.live_count(session, resource.id, now)
    reason = rules.refusal_to_issue(
        resource.billing_type, resource.region_is_mainland, resource.expires_at, live, now
    )
    ips = list(
        (
            await session.scalars(
                select(ResourceIP.address)
                .where(ResourceIP.resource_id == resource.id)
                .order_by(ResourceIP.version, ResourceIP.id)
            )
        ).all()
    )
    return AuthorizedServerOut(
        id=resource.id,
        instance_id=resource.instance_id,
        instance_name=resource.instance_name,
        region_name=resource.region_name,
        billing_type=resource.billing_type,
        expires_at=resource.expires_at,
        ips=ips,
        live_codes=live,
        limit=rules.MAX_CODES_PER_RESOURCE,
        can_issue=reason is None,
        cannot_issue_reason=reason,
        cannot_issue_message=render(reason, {"limit": rules.MAX_CODES_PER_RESOURCE})
        if reason
        else None,
    )


@router.post(
    "/authorization-codes",
    status_code=201,
    response_model=AuthorizationCodeIssued,
    responses=PROBLEMS,
)
async def issue_code(
    body: AuthorizationCodeIssueIn, uow: UnitOfWorkDep, account: CurrentAccount
) -> JSONResponse:
    """Issue a code for a server (its owner, or an operator): at most 5 valid per server, for
    subscription servers with at least 90 days left; valid one year. The code is in this answer
    only."""
    session = uow.session
    _staff_or_filer(account)
    code, _resource, plaintext = await authorization_codes.issue(
        session, account, resource_id=body.resource_id, instance_id=body.instance_id
    )
    out = AuthorizationCodeIssued(code=plaintext, authorization=await _code_out(session, code))
    await uow.commit()
    return JSONResponse(out.model_dump(mode="json"), status_code=201, headers=NO_STORE)


@router.get("/authorization-codes", response_model=AuthorizationCodeList, responses=PROBLEMS)
async def list_codes(
    session: ReadSessionDep,
    account: CurrentAccount,
    instance_id: Annotated[str | None, Query(max_length=64)] = None,
    resource_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> AuthorizationCodeList:
    """A server's codes (never the codes themselves) and whether another may be issued."""
    _staff_or_filer(account)
    resource = await authorization_codes.resource_for(
        session, account, resource_id=resource_id, instance_id=instance_id
    )
    codes = await authorization_codes.codes_of(session, resource.id)
    return AuthorizationCodeList(
        server=await _server_out(session, resource),
        items=[await _code_out(session, c) for c in codes],
    )


@router.post(
    "/authorization-codes/{code_id}/invalidate",
    response_model=AuthorizationCodeOut,
    responses=PROBLEMS,
)
async def invalidate_code(
    code_id: Id, uow: UnitOfWorkDep, account: CurrentAccount
) -> AuthorizationCodeOut:
    """Void an unused code."""
    session = uow.session
    _staff_or_filer(account)
    code = await authorization_codes.invalidate(session, account, code_id)
    out = await _code_out(session, code)
    await uow.commit()
    return out


@router.post(
    "/change-requests/{change_id}/authorization-codes", response_model=ChangeOut, responses=PROBLEMS
)
async def use_code(
    change_id: int, body: AuthorizationCodeUseIn, uow: UnitOfWorkDep, account: FilerAccount
) -> JSONResponse:
    """Enter a code on your draft (or rejected) change: the server's IPs may then be filed on
    it. Refused at the field ``authorization_code`` when unknown, expired, used or in use."""
    session = uow.session
    change = await changes.get_visible(session, change_id, account)
    await authorization_codes.use(session, change, account, body.code)
    change = await changes.get_visible(session, change_id, account)
    out = await change_views.render_one(session, change, account)
    await uow.commit()
    return change_response(out)


@router.delete(
    "/change-requests/{change_id}/authorization-codes/{code_id}",
    response_model=ChangeOut,
    responses=PROBLEMS,
)
async def remove_code(
    change_id: int, code_id: Id, uow: UnitOfWorkDep, account: FilerAccount
) -> JSONResponse:
    """Take a code off your editable change; it is unused again."""
    session = uow.session
    change = await changes.get_visible(session, change_id, account)
    await authorization_codes.remove(session, change, account, code_id)
    change = await changes.get_visible(session, change_id, account)
    out = await change_views.render_one(session, change, account)
    await uow.commit()
    return change_response(out)
