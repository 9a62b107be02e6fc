"""GET /v1/events: the caller's events, long-polled."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from icp_desktop.domain.status import Role
from icp_desktop.server.deps import CurrentAccount, DatabaseDep
from icp_desktop.server.routes.changes import PROBLEMS
from icp_desktop.server.schemas import EventBatch, EventOut
from icp_desktop.server.services import events

router = APIRouter(prefix="/v1", tags=["events"])


@router.get("/events", response_model=EventBatch, responses=PROBLEMS)
async def get_events(
    request: Request, database: DatabaseDep, account: CurrentAccount,
    after: Annotated[str | None, Query(max_length=40)] = None,
    wait: Annotated[float, Query(ge=0, le=events.MAX_WAIT)] = 0,
) -> EventBatch:
    """Events after the cursor, as soon as there are any, else an empty batch after ``wait``.

    Without a cursor, a client starts from the beginning of its history. Each database check
    uses its own short read session, so a waiting client holds no connection.
    """
    account_id, role = account.id, Role(account.role)

    async def load(cursor: int) -> list[EventOut]:
        async with database.read_sessions() as session:
            return await events.fetch(session, account_id=account_id, role=role, after=cursor)

    def stopping() -> bool:
        server = getattr(request.app.state, "uvicorn_server", None)
        return bool(getattr(server, "should_exit", False))

    return await events.long_poll(load, after=events.parse_cursor(after), wait=wait,
                                  stopping=stopping)
