"""Problem details (RFC 9457): the one shape every error of the service takes.

Routes and services raise the refusals of :mod:`icp_desktop.domain.errors`, which know no HTTP;
this module alone gives each its status, title and field reasons. The handlers installed by
:func:`install_error_handlers` turn those, FastAPI's validation errors, Starlette's HTTP errors
and anything unexpected into ``application/problem+json`` — never a stack trace.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException

from icp_desktop.domain.errors import (
    ConflictError,
    CredentialsRefusedError,
    FieldIssue,
    ForbiddenError,
    InvalidError,
    LockedError,
    MalformedError,
    NotFoundError,
    PreconditionFailedError,
    PreconditionRequiredError,
    ServiceError,
    UnauthenticatedError,
    UnavailableError,
)
from icp_desktop.server.schemas import FieldProblem, Problem

log = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"


# Status and title of each kind of refusal; the wire format clients rely on.
_STATUS: dict[type[ServiceError], tuple[int, str]] = {
    MalformedError: (400, "Bad Request"),
    UnauthenticatedError: (401, "Unauthorized"),
    CredentialsRefusedError: (401, "Unauthorized"),
    ForbiddenError: (403, "Forbidden"),
    NotFoundError: (404, "Not Found"),
    ConflictError: (409, "Conflict"),
    PreconditionFailedError: (412, "Precondition Failed"),
    InvalidError: (422, "Unprocessable Content"),
    LockedError: (423, "Locked"),
    PreconditionRequiredError: (428, "Precondition Required"),
    UnavailableError: (503, "Service Unavailable"),
}

# Refusals about the Idempotency-Key header carry a title naming it.
_TITLES = {
    "bad_idempotency_key": "Bad Idempotency-Key",
    "idempotency_key_reused": "Idempotency-Key reused",
}

_DEFAULT_DETAIL = {PreconditionRequiredError: "Send If-Match with the version you read."}


def _status_of(exc: ServiceError) -> tuple[int, str]:
    for kind in type(exc).__mro__:
        if kind in _STATUS:
            return _STATUS[kind]
    return 400, "Bad Request"


def field_problem(error: FieldIssue) -> FieldProblem:
    return FieldProblem(
        field=error.field,
        ip=error.ip,
        code=error.code,
        message=error.message,
        params=dict(error.params),
    )


def problem_of(exc: ServiceError) -> tuple[Problem, dict[str, str] | None]:
    """The problem document (and headers) a refusal of the service reaches the client as."""
    status, title = _status_of(exc)
    detail = exc.detail
    if detail is None:
        detail = next((d for k, d in _DEFAULT_DETAIL.items() if isinstance(exc, k)), None)
    problem = Problem(
        title=_TITLES.get(exc.code or "", title),
        status=status,
        detail=detail,
        code=exc.code,
        errors=[field_problem(e) for e in exc.errors],
    )
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, UnauthenticatedError) else None
    return problem, headers


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(mode="json"),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


# --- request validation -> field problems ----------------------------------------------------

_CODES = {
    "missing": "required",
    "string_too_short": "too_short",
    "string_too_long": "too_long",
    "too_short": "too_few_items",
    "too_long": "too_many_items",
    "extra_forbidden": "unknown_field",
    "int_parsing": "not_an_integer",
    "int_type": "not_an_integer",
    "string_type": "not_a_string",
    "list_type": "not_a_list",
    "literal_error": "not_allowed",
    "enum": "not_allowed",
}


def _json_safe(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    return str(value)


def field_problems(raw_errors: Sequence[Any]) -> list[FieldProblem]:
    """Pydantic's error list as field problems named by top-level field (``proposed_ips``…)."""
    problems = []
    for err in raw_errors:
        loc = [p for p in err.get("loc", ()) if p not in ("body", "query", "path", "header")]
        field = str(loc[0]) if loc else "body"
        params = _json_safe(err.get("ctx") or {})
        if len(loc) > 1:
            params["path"] = ".".join(str(p) for p in loc)
        problems.append(
            FieldProblem(
                field=field,
                code=_CODES.get(str(err.get("type")), str(err.get("type", "invalid"))),
                message=str(err.get("msg", "Invalid value.")),
                params=params,
            )
        )
    return problems


def _is_bad_body(raw_errors: Sequence[Any]) -> str | None:
    """A code when the body as a whole is unusable (not JSON, missing, not an object)."""
    for err in raw_errors:
        loc = tuple(err.get("loc", ()))
        if err.get("type") == "json_invalid":
            return "invalid_json"
        if loc == ("body",):
            return "body_required" if err.get("type") == "missing" else "invalid_body"
    return None


# --- handlers --------------------------------------------------------------------------------


async def _on_refusal(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    return problem_response(*problem_of(exc))


async def _on_validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    raw = list(exc.errors())
    bad = _is_bad_body(raw)
    if bad is not None:
        detail = {
            "invalid_json": "The request body is not valid JSON.",
            "body_required": "A JSON request body is required.",
        }.get(bad, "The request body must be a JSON object of the documented shape.")
        return problem_response(Problem(title="Bad Request", status=400, detail=detail, code=bad))
    return problem_response(
        Problem(
            title="Unprocessable Content",
            status=422,
            detail="Some fields are not valid.",
            code="validation_failed",
            errors=field_problems(raw),
        )
    )


async def _on_http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    try:
        title = HTTPStatus(exc.status_code).phrase
    except ValueError:
        title = "Error"
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != title else None
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code)
    if exc.status_code == 400 and detail == "There was an error parsing the body":
        # FastAPI's answer to a body json.loads cannot even start on (invalid UTF-8, nesting
        # deeper than the parser goes, an integer too long to convert): the same as bad JSON.
        detail, code = "The request body is not valid JSON.", "invalid_json"
    return problem_response(
        Problem(title=title, status=exc.status_code, detail=detail, code=code),
        dict(exc.headers) if exc.headers else None,
    )


async def _on_database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    # Connection refused, pool exhausted, SQLite still busy after its timeout: worth a retry.
    log.warning(
        "database unavailable on %s %s: %s",
        request.method,
        request.url.path,
        str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
    )
    return problem_response(
        Problem(
            title="Service Unavailable",
            status=503,
            detail="The database is not answering right now; try again shortly.",
            code="database_unavailable",
        ),
        {"Retry-After": "1"},
    )


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return problem_response(
        Problem(
            title="Internal Server Error",
            status=500,
            detail="The service failed to handle this request; it has been logged.",
            code="internal_error",
        )
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ServiceError, _on_refusal)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(sa_exc.OperationalError, _on_database_unavailable)
    app.add_exception_handler(sa_exc.TimeoutError, _on_database_unavailable)
    app.add_exception_handler(Exception, _on_unexpected)
