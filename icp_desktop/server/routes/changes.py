"""Change requests from the filer's side: create, list, read, edit, submit, withdraw, checks."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse

from icp_desktop.domain.errors import PreconditionFailedError, PreconditionRequiredError
from icp_desktop.domain.status import ChangeStatus
from icp_desktop.server.deps import (
    CurrentAccount,
    FilerAccount,
    ReadSessionDep,
    SettingsDep,
    UnitOfWorkDep,
)
from icp_desktop.server.schemas import (
    ChangeCreate,
    ChangeOut,
    ChangePage,
    ChangeUpdate,
    IPCheck,
    Problem,
)
from icp_desktop.server.services import catalog, change_views, changes, idempotency
from icp_desktop.server.services.idempotency import StoredResponse

router = APIRouter(prefix="/v1", tags=["change requests"])

PROBLEMS: dict[int | str, dict[str, object]] = {
    code: {"model": Problem} for code in (400, 401, 403, 404, 409, 412, 422, 428)
}
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=200)]


def etag(version: int) -> str:
    return f'"{version}"'


def parse_if_match(value: str | None) -> int:
    """The version an ``If-Match`` header names: 428 when absent, 412 when unreadable."""
    if value is None or not value.strip():
        raise PreconditionRequiredError()
    text = value.strip().removeprefix("W/").strip('"')
    try:
        return int(text)
    except ValueError:
        raise PreconditionFailedError("If-Match does not name a version of this change.") from None


def change_response(out: ChangeOut | dict[str, Any], status_code: int = 200) -> JSONResponse:
    body = out.model_dump(mode="json") if isinstance(out, ChangeOut) else out
    return JSONResponse(body, status_code=status_code, headers={"ETag": etag(int(body["version"]))})


def _stored(stored: StoredResponse) -> JSONResponse:
    response = change_response(stored.body, stored.status_code)
    if stored.replayed:
        response.headers["Idempotent-Replayed"] = "true"
    return response


@router.post("/change-requests", status_code=201, response_model=ChangeOut, responses=PROBLEMS)
async def create_change(
    body: ChangeCreate,
    uow: UnitOfWorkDep,
    account: FilerAccount,
    key: IdempotencyKey = None,
) -> JSONResponse:
    """Open a draft Change Access for one of your websites."""
    session = uow.session

    async def effect() -> StoredResponse:
        change = await changes.create_draft(session, account, body.website_id, body.proposed_ips)
        out = await change_views.render_one(session, change, account)
        return StoredResponse(201, out.model_dump(mode="json"))

    stored = await idempotency.run_once(
        uow,
        account_id=account.id,
        scope="create",
        key=idempotency.check_key(key),
        payload=body.model_dump(mode="json"),
        effect=effect,
    )
    return _stored(stored)


@router.get("/change-requests", response_model=ChangePage, responses=PROBLEMS)
async def list_changes(
    session: ReadSessionDep,
    account: CurrentAccount,
    settings: SettingsDep,
    status: Annotated[ChangeStatus | None, Query()] = None,
    website_id: Annotated[int | None, Query(ge=1, le=changes.MAX_ID)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> ChangePage:
    """Your changes (reviewers and operators: all), newest first; optionally of one website,
    or matching ``q`` (license number, website name or domain, change number)."""
    size = min(limit or settings.page_limit_default, settings.page_limit_max)
    after = min(catalog.decode_cursor(cursor), changes.MAX_ID) if cursor else 0
    rows = await changes.list_changes(
        session,
        account,
        status=status.value if status else None,
        website_id=website_id,
        after_id=after,
        limit=size + 1,
        q=q,
    )
    more = len(rows) > size
    rows = rows[:size]
    items = await change_views.render(session, rows, account)
    return ChangePage(
        items=items, next_cursor=catalog.encode_cursor(rows[-1].id) if more and rows else None
    )


@router.get("/change-requests/{change_id}", response_model=ChangeOut, responses=PROBLEMS)
async def get_change(
    change_id: int, session: ReadSessionDep, account: CurrentAccount
) -> JSONResponse:
    """One change with its timeline and the actions you may take now."""
    change = await changes.get_visible(session, change_id, account)
    return change_response(await change_views.render_one(session, change, account))


@router.patch("/change-requests/{change_id}", response_model=ChangeOut, responses=PROBLEMS)
async def update_change(
    change_id: int,
    body: ChangeUpdate,
    uow: UnitOfWorkDep,
    account: FilerAccount,
    if_match: Annotated[str | None, Header(alias="If-Match")] = None,
) -> JSONResponse:
    """Replace the proposed IPs (draft or after a rejection); needs ``If-Match``."""
    session = uow.session
    version = parse_if_match(if_match)
    change = await changes.get_visible(session, change_id, account)
    change = await changes.update_proposed(session, change, account, body.proposed_ips, version)
    out = await change_views.render_one(session, change, account)
    await uow.commit()
    return change_response(out)


@router.post("/change-requests/{change_id}/submit", response_model=ChangeOut, responses=PROBLEMS)
async def submit_change(
    change_id: int,
    request: Request,
    uow: UnitOfWorkDep,
    account: FilerAccount,
    key: IdempotencyKey = None,
) -> JSONResponse:
    """Submit for first review (also Modify and Submit after a rejection)."""
    session = uow.session
    days = request.app.state.settings.first_review_working_days

    async def effect() -> StoredResponse:
        change = await changes.get_visible(session, change_id, account)
        change = await changes.submit(session, change, account, first_review_days=days)
        out = await change_views.render_one(session, change, account)
        return StoredResponse(200, out.model_dump(mode="json"))

    stored = await idempotency.run_once(
        uow,
        account_id=account.id,
        scope=f"submit:{change_id}",
        key=idempotency.check_key(key),
        payload={"change_id": change_id},
        effect=effect,
    )
    return _stored(stored)


@router.post("/change-requests/{change_id}/withdraw", response_model=ChangeOut, responses=PROBLEMS)
async def withdraw_change(
    change_id: int, uow: UnitOfWorkDep, account: FilerAccount
) -> JSONResponse:
    """Abandon the change; the website is free for a new one."""
    session = uow.session
    change = await changes.get_visible(session, change_id, account)
    change = await changes.withdraw(session, change, account)
    out = await change_views.render_one(session, change, account)
    await uow.commit()
    return change_response(out)


@router.get("/change-requests/{change_id}/checks", response_model=list[IPCheck], responses=PROBLEMS)
async def change_checks(
    change_id: int, session: ReadSessionDep, account: CurrentAccount
) -> list[IPCheck]:
    """The automatic checks of each proposed (and removed) IP."""
    change = await changes.get_visible(session, change_id, account)
    return await change_views.ip_checks(session, change)
