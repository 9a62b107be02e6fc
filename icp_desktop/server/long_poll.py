"""``GET /v1/events`` answered on a short path of its own, ahead of the whole app.

Every signed-in desktop app renews its long-poll every 25 seconds, so a process holding ten
thousand of them answers four hundred a second with nothing to say. Through the full stack
(middleware, routing, dependency solving, request objects, response validation) each renewal
cost about as much CPU as all the rest of the service together, and every waiting request kept
dozens of objects alive (a dozen coroutines among them) for the garbage collector to walk on
every full collection. :class:`LongPollPath` answers the ordinary long-poll itself, in front
of the whole app (:class:`~icp_desktop.server.app.ServiceApp`), with the same authentication
(:class:`~icp_desktop.server.authentication.Authenticator`) and the same dispatcher
(:class:`~icp_desktop.server.services.event_dispatch.EventDispatcher`) as the route.

Anything out of the ordinary (no or malformed credentials, a refused session, parameters the
route would refuse or that it does not know) goes on to the route
(:mod:`icp_desktop.server.routes.events`), which answers it with its problem document; the
route also describes the endpoint in the OpenAPI document.
"""

from __future__ import annotations

import math

from starlette.types import ASGIApp, Receive, Scope, Send

from icp_desktop.domain.errors import ServiceError
from icp_desktop.domain.status import Role
from icp_desktop.server import security
from icp_desktop.server.authentication import Authenticator
from icp_desktop.server.schemas import EventBatch
from icp_desktop.server.services import events
from icp_desktop.server.services.event_dispatch import EventDispatcher

PATH = "/v1/events"
_MAX_CURSOR = 40  # as the route's ``after`` parameter


class LongPollPath:
    """``GET /v1/events`` with good credentials and ordinary parameters; anything else goes
    on to ``app`` (the full app: middleware, routing, the route)."""

    def __init__(
        self, app: ASGIApp, authenticator: Authenticator, dispatcher: EventDispatcher
    ) -> None:
        self.app = app
        self.authenticator = authenticator
        self.dispatcher = dispatcher

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != PATH or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        query = _query(scope.get("query_string", b""))
        token = _bearer(scope["headers"])
        if query is None or token is None:
            await self.app(scope, receive, send)
            return
        after, wait = query
        try:
            account = await self.authenticator.account(token)
        except ServiceError:
            await self.app(scope, receive, send)  # the route answers with the problem
            return
        answer = await self.dispatcher.wait(
            account.id, Role(account.role), security.token_hash(token), after=after, wait=wait
        )
        if answer.ended:
            await self.app(scope, receive, send)  # signed out meanwhile: the route's 401
            return
        if answer.items:
            data = (
                EventBatch(items=answer.items, cursor=str(answer.cursor)).model_dump_json().encode()
            )
        else:  # nearly every answer: a renewal with nothing new
            data = b'{"items":[],"cursor":"%d"}' % answer.cursor
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(data)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": data})


def _query(raw: bytes) -> tuple[int, float] | None:
    """``(after, wait)`` when the query is one the route would accept as it is; else None.

    Parsed by hand: ``parse_qsl`` was a tenth of a renewal's cost, and the digits, dot and
    names accepted here need no percent-decoding (anything encoded goes to the route)."""
    after, wait = 0, 0.0
    if b"%" in raw or b"+" in raw:
        return None
    for pair in raw.split(b"&") if raw else ():
        name, _, value = pair.partition(b"=")
        if name == b"after" and len(value) <= _MAX_CURSOR and (not value or value.isdigit()):
            after = events.parse_cursor(value.decode())
        elif name == b"wait":
            try:
                wait = float(value)
            except ValueError:
                return None
            if not (math.isfinite(wait) and 0 <= wait <= events.MAX_WAIT):
                return None
        else:
            return None
    return after, wait


def _bearer(headers: list[tuple[bytes, bytes]]) -> str | None:
    for name, value in headers:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            token = token.strip()
            return token if scheme.lower() == "bearer" and token else None
    return None
