"""The FastAPI application factory: settings, database, error handling, routers, lifespan."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from icp_desktop import __version__
from icp_desktop.domain.clock import Clock
from icp_desktop.server.authentication import Authenticator
from icp_desktop.server.db import Database
from icp_desktop.server.errors import (
    PROBLEM_MEDIA_TYPE,
    install_error_handlers,
    problem_response,
)
from icp_desktop.server.long_poll import PATH, LongPollPath
from icp_desktop.server.read_cache import ReadCache
from icp_desktop.server.routes import (
    administration_stage,
    auth,
    authorization_codes,
    calendar,
    changes,
    events,
    health,
    migrations,
    operator,
    prechecks,
    reconciliation,
    resources,
    review,
    websites,
)
from icp_desktop.server.schemas import FieldProblem, Problem
from icp_desktop.server.services import scheduler
from icp_desktop.server.services.event_dispatch import EventDispatcher
from icp_desktop.server.settings import Settings
from icp_desktop.server.write_watch import WriteWatch

if TYPE_CHECKING:
    from icp_desktop.server.prechecks.demo_net import DemoNet

log = logging.getLogger(__name__)

_ROUTERS = (
    health,
    auth,
    websites,
    resources,
    changes,
    review,
    events,
    operator,
    calendar,
    prechecks,
    migrations,
    administration_stage,
    authorization_codes,
    reconciliation,
)


def create_app(
    settings: Settings, database: Database | None = None, clock: Clock | None = None
) -> FastAPI:
    """Build the service. ``database`` may be passed in by tests; by default it is made here,
    with ``clock`` (default: the one ``settings.now`` names). The database's clock is the
    service's one clock."""
    db = database or Database.from_settings(settings, clock)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        demo_net = await _start_demo_network(settings, db)
        # The scheduler runs the administration submissions, the simulator and the outbox.
        await scheduler.start(app)
        watch.start()
        try:
            yield
        finally:
            await dispatcher.stop()
            await watch.stop()
            await app.state.authenticator.close()
            await scheduler.stop(app)
            if demo_net is not None:
                await demo_net.stop()
            await db.dispose()

    app = ServiceApp(
        title="ICP filing service",
        version=__version__,
        description="Change Access (变更接入): filers, first review, the administration.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = db
    watch = WriteWatch(db)
    app.state.read_cache = ReadCache(watch, db.clock)
    app.state.read_cache.enabled = settings.read_cache
    app.state.authenticator = Authenticator(db, app.state.read_cache)
    # The one reader of new events of this process; every long-poll waits on it.
    dispatcher = app.state.events = EventDispatcher(db, watch)
    install_error_handlers(app)
    for module in _ROUTERS:
        app.include_router(module.router)
    app.add_middleware(RequestGuard, max_body_bytes=settings.max_body_bytes)
    app.long_poll = LongPollPath(app.full_stack, app.state.authenticator, dispatcher)
    _publish_errors_as_problems(app)
    return app


class ServiceApp(FastAPI):
    """The FastAPI app with the long-poll's short path in front of all of it.

    A process holds thousands of waiting long-polls and answers hundreds of renewals a
    second: those skip the middleware stack as well as the routing, and every waiting one
    keeps a few coroutines alive instead of a dozen (see :mod:`icp_desktop.server.long_poll`).

    Attributes:
        long_poll: answers ordinary ``GET /v1/events`` requests and hands anything else to
            :meth:`full_stack`.
    """

    long_poll: LongPollPath | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.long_poll is not None and scope["type"] == "http" and scope["path"] == PATH:
            await self.long_poll(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)

    async def full_stack(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The app as FastAPI builds it: middleware, routing, error handlers."""
        await super().__call__(scope, receive, send)


async def _start_demo_network(settings: Settings, db: Database) -> DemoNet | None:
    """The demo's DNS and web servers on loopback, with the checks pointed at them (only
    for ``--demo`` when no resolver was configured)."""
    if not (settings.demo and settings.demo_network) or settings.precheck_resolver:
        return None
    from icp_desktop.server.prechecks.demo_net import DemoNet

    net = DemoNet(db)
    await net.start()
    settings.precheck_resolver, settings.precheck_connect_map = net.resolver, net.connect_map
    settings.precheck_https_port, settings.precheck_only_mapped = 0, True
    return net


def _publish_errors_as_problems(app: FastAPI) -> None:
    """Make the published OpenAPI say what the service sends: every error (declared or not)
    is a ``Problem`` as ``application/problem+json``, never FastAPI's ``HTTPValidationError``."""
    build = app.openapi
    problem = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}

    def openapi() -> dict[str, Any]:
        fresh = app.openapi_schema is None
        schema = build()
        if fresh:
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    responses = operation.setdefault("responses", {})
                    for code, response in responses.items():
                        if code[:1] in ("4", "5"):
                            response["content"] = dict(problem)
                    responses["default"] = {
                        "description": "Any other error",
                        "content": dict(problem),
                    }
            schemas = schema.setdefault("components", {}).setdefault("schemas", {})
            schemas.setdefault(
                "Problem", Problem.model_json_schema(ref_template="#/components/schemas/{model}")
            )
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


class _BodyTooLargeError(Exception):
    pass


class _BodyRefusedError(Exception):
    pass


def _unstorable_text(body: bytes) -> tuple[str, list[tuple[str, int | None]]] | None:
    """``(problem, places)`` when a JSON body has a string with half a surrogate pair
    (``"\\ud800"``, problem ``surrogate``: not Unicode, it can be neither stored nor echoed as
    UTF-8) or with NUL (``"\\u0000"``, problem ``nul``: PostgreSQL cannot store it). A place is
    the top-level field holding such text and its index when that field is a list."""
    if b"\\u" not in body:  # raw UTF-8 cannot carry either; only an escape can
        return None
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        return None  # not JSON at all: the app answers that itself
    if not isinstance(value, dict):
        value = {"body": value}
    stack: list[tuple[Any, str, int | None]] = []
    for key, item in value.items():
        stack.append((key, str(key), None))
        if isinstance(item, list):
            stack += [(entry, str(key), i) for i, entry in enumerate(item)]
        else:
            stack.append((item, str(key), None))
    places: list[tuple[str, int | None]] = []
    while stack:  # iterative: the body may nest as deep as the JSON parser went
        item, field, index = stack.pop()
        if isinstance(item, dict):
            stack += [(v, field, index) for v in (*item.keys(), *item.values())]
        elif isinstance(item, list):
            stack += [(v, field, index) for v in item]
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return "surrogate", [(field, index)]
            if "\x00" in item and (field, index) not in places:
                places.append((field, index))
    return ("nul", sorted(places, key=lambda p: (p[0], p[1] or 0))) if places else None


def _query_has_nul(scope: Scope) -> bool:
    query = bytes(scope.get("query_string", b"")).lower()
    return b"%00" in query or b"\x00" in query


class RequestGuard:
    """Refuses oversized bodies (413) and non-JSON bodies (415) before any handler runs."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _query_has_nul(scope):
            # No parameter may hold NUL (PostgreSQL cannot even compare with it).
            await self._refuse(
                scope,
                receive,
                send,
                400,
                "invalid_query",
                "A query parameter contains a NUL character.",
            )
            return
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        length = headers.get("content-length")
        has_body = bool(length and length != "0") or "transfer-encoding" in headers
        if length is not None:
            try:
                too_big = int(length) > self.max_body_bytes
            except ValueError:
                await self._refuse(
                    scope,
                    receive,
                    send,
                    400,
                    "invalid_content_length",
                    "Content-Length is not a number.",
                )
                return
            if too_big:
                await self._refuse_too_large(scope, receive, send)
                return
        if has_body and not _is_json(headers.get("content-type", "")):
            await self._refuse(
                scope,
                receive,
                send,
                415,
                "unsupported_media_type",
                "Send the request body as application/json.",
            )
            return

        received = 0
        response_started = False
        refused = False
        chunks: list[bytes] = []

        async def limited_receive() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes and not refused:
                    # Answer now: the app turns errors while reading a body into its own 400.
                    refused = True
                    if not response_started:
                        await self._refuse_too_large(scope, receive, send)
                    raise _BodyTooLargeError
                chunks.append(message.get("body", b""))
                found = (
                    None if message.get("more_body", False) else _unstorable_text(b"".join(chunks))
                )
                if found is not None:
                    refused = True
                    if not response_started:
                        await self._refuse_text(scope, receive, send, *found)
                    raise _BodyRefusedError
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal response_started
            if refused:
                return  # the 413 has been sent; drop whatever the app answers
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _BodyRefusedError:
            pass  # the 400 has been sent
        except _BodyTooLargeError:
            if not refused and not response_started:
                await self._refuse_too_large(scope, receive, send)

    async def _refuse_too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._refuse(
            scope,
            receive,
            send,
            413,
            "body_too_large",
            f"The request body is larger than {self.max_body_bytes} bytes.",
        )

    async def _refuse_text(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        problem: str,
        places: list[tuple[str, int | None]],
    ) -> None:
        if problem == "surrogate":
            await self._refuse(
                scope,
                receive,
                send,
                400,
                "invalid_text",
                "The request body has text that is not Unicode (half of a surrogate pair).",
            )
            return
        # The same answer the services give for control characters in a field they check.
        errors = [
            FieldProblem(
                field=field,
                code="control_characters",
                params={} if index is None else {"index": index},
                message="Remove the NUL character from this text",
            )
            for field, index in places
        ]
        response = problem_response(
            Problem(
                title="Unprocessable Content",
                status=422,
                detail="Text contains a NUL character.",
                code="validation_failed",
                errors=errors,
            )
        )
        await response(scope, receive, send)

    @staticmethod
    async def _refuse(
        scope: Scope, receive: Receive, send: Send, status: int, code: str, detail: str
    ) -> None:
        titles = {400: "Bad Request", 413: "Content Too Large", 415: "Unsupported Media Type"}
        response = problem_response(
            Problem(title=titles[status], status=status, detail=detail, code=code),
            {"Connection": "close"},
        )
        await response(scope, receive, send)


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )
