"""The operator's routes: the administration stage by hand, and the notification outbox."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select

from icp_desktop.domain.errors import NotFoundError
from icp_desktop.server.deps import OperatorAccount, ReadSessionDep, UnitOfWorkDep
from icp_desktop.server.gateway import AdministrationGateway, ManualGateway
from icp_desktop.server.models.workflow import OutboxMessage
from icp_desktop.server.routes.changes import PROBLEMS, change_response
from icp_desktop.server.schemas import (
    AdministrationResultIn,
    ChangeOut,
    OutboxList,
    OutboxMessageOut,
)
from icp_desktop.server.services import administration, change_views, changes, notifier

router = APIRouter(prefix="/v1", tags=["operator"])


def _gateway(request: Request) -> AdministrationGateway:
    gateway: AdministrationGateway | None = getattr(request.app.state, "gateway", None)
    return gateway or ManualGateway()


@router.post(
    "/change-requests/{change_id}/administration-submit",
    response_model=ChangeOut,
    responses=PROBLEMS,
)
async def administration_submit(
    change_id: int, request: Request, uow: UnitOfWorkDep, account: OperatorAccount
) -> JSONResponse:
    """Submit an approved change to the administration now."""
    session = uow.session
    change = await changes.get_visible(session, change_id, account)
    change = await administration.submit_manually(session, change, account, _gateway(request))
    out = await change_views.render_one(session, change, account)
    await uow.commit()
    return change_response(out)


@router.post(
    "/change-requests/{change_id}/administration-result",
    response_model=ChangeOut,
    responses=PROBLEMS,
)
async def administration_result(
    change_id: int, body: AdministrationResultIn, uow: UnitOfWorkDep, account: OperatorAccount
) -> JSONResponse:
    """Record the administration's decision (when the simulator does not decide this change)."""
    session = uow.session
    change = await changes.get_visible(session, change_id, account)
    change = await administration.record_result(session, change, account, body)
    out = await change_views.render_one(session, change, account)
    await uow.commit()
    return change_response(out)


@router.get("/outbox", response_model=OutboxList, responses=PROBLEMS)
async def list_outbox(
    session: ReadSessionDep,
    account: OperatorAccount,
    status: Annotated[Literal["pending", "sent", "failed"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> OutboxList:
    """Emails and SMS, newest first."""
    stmt = select(OutboxMessage)
    if status:
        stmt = stmt.where(OutboxMessage.status == status)
    rows = (await session.scalars(stmt.order_by(OutboxMessage.id.desc()).limit(limit))).all()
    return OutboxList(items=[OutboxMessageOut.model_validate(m) for m in rows])


@router.post("/outbox/{message_id}/retry", response_model=OutboxMessageOut, responses=PROBLEMS)
async def retry_outbox(
    message_id: int, request: Request, uow: UnitOfWorkDep, account: OperatorAccount
) -> OutboxMessageOut:
    """Send a pending or failed message again at once."""
    session = uow.session
    message = await notifier.retry(session, message_id)
    if message is None:
        raise NotFoundError("No such message.")
    out = OutboxMessageOut.model_validate(message)
    await uow.commit()
    scheduler = getattr(request.app.state, "scheduler", None)
    if scheduler is not None:
        scheduler.poke()
    return out
