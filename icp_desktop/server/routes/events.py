"""GET /v1/events: the caller's events, long-polled.

Ordinary polls are answered before they reach the routing, by
:class:`~icp_desktop.server.long_poll.LongPollPath` with the same dispatcher and the same
authentication; this route answers the rest (bad credentials, refused parameters) with its
problem documents, and describes the endpoint in the OpenAPI document.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from icp_desktop.domain.errors import UnauthenticatedError
from icp_desktop.domain.status import Role
from icp_desktop.server import security
from icp_desktop.server.deps import CurrentAccount, TokenDep
from icp_desktop.server.routes.changes import PROBLEMS
from icp_desktop.server.schemas import EventBatch
from icp_desktop.server.services import events
from icp_desktop.server.services.event_dispatch import EventDispatcher

router = APIRouter(prefix="/v1", tags=["events"])


def dispatcher_of(request: Request) -> EventDispatcher:
    dispatcher: EventDispatcher = request.app.state.events
    return dispatcher


@router.get("/events", response_model=EventBatch, responses=PROBLEMS)
async def get_events(
    request: Request,
    account: CurrentAccount,
    token: TokenDep,
    after: Annotated[str | None, Query(max_length=40)] = None,
    wait: Annotated[float, Query(ge=0, le=events.MAX_WAIT)] = 0,
) -> EventBatch:
    """Events after the cursor, as soon as there are any, else an empty batch after ``wait``.

    Without a cursor, a client starts from the beginning of its history. A waiting client
    holds no database connection and costs no query: the process's event dispatcher wakes it
    when an event for its account or role is written. Its session signed out meanwhile (in
    any process): 401 at once. An empty batch's cursor may move past other accounts' events.
    """
    answer = await dispatcher_of(request).wait(
        account.id,
        Role(account.role),
        security.token_hash(token),
        after=events.parse_cursor(after),
        wait=wait,
    )
    if answer.ended:
        raise UnauthenticatedError(
            "Your session has expired or was ended; sign in again.", "session_expired"
        )
    return EventBatch(items=answer.items, cursor=str(answer.cursor))
