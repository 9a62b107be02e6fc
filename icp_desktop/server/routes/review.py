"""The reviewer's side: the queues and the first-review decision."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from icp_desktop.domain.status import Role
from icp_desktop.server.db import session_now
from icp_desktop.server.deps import (
    ReadSessionDep,
    ReviewerAccount,
    SettingsDep,
    StaffAccount,
    UnitOfWorkDep,
)
from icp_desktop.server.routes.changes import PROBLEMS, change_response
from icp_desktop.server.schemas import ChangeOut, ReviewIn, ReviewQueue, ReviewQueueItem
from icp_desktop.server.services import (
    calendars,
    change_views,
    changes,
    deadlines,
    review,
)

router = APIRouter(prefix="/v1", tags=["review"])


@router.get("/review-queue", response_model=ReviewQueue, responses=PROBLEMS)
async def review_queue(
    session: ReadSessionDep,
    account: StaffAccount,
    settings: SettingsDep,
    stage: Annotated[str | None, Query(max_length=40)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> ReviewQueue:
    """Changes waiting at one stage, most urgent first, with counts per status."""
    status = review.stage_of(stage, Role(account.role))
    size = min(limit or settings.page_limit_default, settings.page_limit_max)
    after = review.QueueKey.decode(cursor) if cursor else None
    rows = await review.queue(session, status, q=q, after=after, limit=size + 1)
    more = len(rows) > size
    rows = rows[:size]
    now = session_now(session)
    calendar = await calendars.current(session)
    items = []
    for change, out in zip(rows, await change_views.render(session, rows, account), strict=True):
        due = review.due_of(change)
        items.append(
            ReviewQueueItem(
                change=out,
                due_at=due,
                overdue=out.overdue,
                working_days_left=deadlines.working_days_left(calendar, due, now) if due else None,
            )
        )
    return ReviewQueue(
        items=items,
        counts=await review.counts(session),
        next_cursor=review.QueueKey(review.due_of(rows[-1]), rows[-1].id).encode()
        if more
        else None,
    )


@router.post("/change-requests/{change_id}/review", response_model=ChangeOut, responses=PROBLEMS)
async def review_change(
    change_id: int,
    body: ReviewIn,
    request: Request,
    uow: UnitOfWorkDep,
    account: ReviewerAccount,
) -> JSONResponse:
    """Approve, or reject with reasons on the IP list or on one IP, plus a comment."""
    session = uow.session
    change = await changes.get_visible(session, change_id, account)
    change = await review.decide(session, change, account, body)
    out = await change_views.render_one(session, change, account)
    await uow.commit()
    scheduler = getattr(request.app.state, "scheduler", None)
    if scheduler is not None and body.decision == "approve":
        scheduler.poke()
    return change_response(out)
