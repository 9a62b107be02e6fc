"""Typed errors of the filing-service client.

The HTTP status (and transport failures) map onto a handful of exceptions the UI understands:
not signed in, locked, forbidden, not found, conflict, stale version, validation with field
errors, unavailable, TLS failure. This module imports nothing heavy so the UI can import it
before the first paint.
"""

from __future__ import annotations

from typing import Any


class FieldError:
    """One server-side reason attached to one field (``schemas.FieldProblem``).

    A plain class rather than a dataclass: this module is imported before the first paint.
    """

    __slots__ = ("code", "field", "ip", "message", "params")

    def __init__(
        self,
        field: str,
        ip: str | None = None,
        code: str = "invalid",
        message: str = "",
        params: dict[str, Any] | None = None,
    ) -> None:
        self.field = field
        self.ip = ip
        self.code = code
        self.message = message
        self.params: dict[str, Any] = dict(params or {})

    def _key(self) -> tuple[Any, ...]:
        return (self.field, self.ip, self.code, self.message, sorted(self.params.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldError) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self.field, self.ip, self.code, self.message))

    def __repr__(self) -> str:
        return (
            f"FieldError(field={self.field!r}, ip={self.ip!r}, code={self.code!r}, "
            f"message={self.message!r}, params={self.params!r})"
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FieldError:
        params = data.get("params")
        return cls(
            field=str(data.get("field") or ""),
            ip=data.get("ip"),
            code=str(data.get("code") or "invalid"),
            message=str(data.get("message") or ""),
            params=dict(params) if isinstance(params, dict) else {},
        )


class ApiError(Exception):
    """Any failure of a call to the filing service.

    Attributes:
        status: the HTTP status, or 0 when no HTTP answer arrived.
        code: the service's machine-readable code (``problem.code``), if any.
        title: a short English summary.
        detail: a longer English explanation, if any.
        field_errors: reasons attached to fields (for 400/409/422).
    """

    def __init__(
        self,
        status: int = 0,
        title: str = "",
        *,
        code: str | None = None,
        detail: str | None = None,
        field_errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail or title or f"HTTP {status}")
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.field_errors: list[FieldError] = list(field_errors or [])
        self.headers: dict[str, str] = dict(headers or {})

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(status={self.status}, code={self.code!r}, title={self.title!r})"

    def errors_for(self, field_name: str) -> list[FieldError]:
        """The field errors that concern ``field_name``."""
        return [e for e in self.field_errors if e.field == field_name]


class AuthRequired(ApiError):  # noqa: N818 (names fixed by the client contract)
    """401: not signed in, wrong credentials, or the session token expired or was revoked."""


class AccountLocked(ApiError):  # noqa: N818 (names fixed by the client contract)
    """423: too many failed sign-ins; the account is locked for a while."""


class Forbidden(ApiError):  # noqa: N818 (names fixed by the client contract)
    """403: the account's role may not do this."""


class NotFound(ApiError):  # noqa: N818 (names fixed by the client contract)
    """404: no such object (or not the caller's)."""


class Conflict(ApiError):  # noqa: N818 (names fixed by the client contract)
    """409: wrong status, decision already made, one open change per website, key reuse."""


class PreconditionFailed(ApiError):  # noqa: N818 (names fixed by the client contract)
    """412/428: the object changed meanwhile (stale If-Match) or If-Match is missing."""


class ValidationFailed(ApiError):  # noqa: N818 (names fixed by the client contract)
    """400/422: the request was refused, usually with field-level reasons."""


class TooManyRequests(ApiError):  # noqa: N818 (names fixed by the client contract)
    """429: slow down."""


class Unavailable(ApiError):  # noqa: N818 (names fixed by the client contract)
    """The service could not be reached: refused, timed out, aborted, or a 5xx answer."""


class TlsError(Unavailable):
    """The TLS handshake failed (untrusted certificate, wrong host name, bad CA bundle)."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: ValidationFailed,
    401: AuthRequired,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    412: PreconditionFailed,
    422: ValidationFailed,
    423: AccountLocked,
    428: PreconditionFailed,
    429: TooManyRequests,
}


def error_class_for(status: int) -> type[ApiError]:
    """The exception class for an HTTP error status."""
    if status >= 500:
        return Unavailable
    return _BY_STATUS.get(status, ApiError)


def error_from_problem(status: int, body: Any, headers: dict[str, str] | None = None) -> ApiError:
    """Build the typed error from an ``application/problem+json`` body (or anything else)."""
    cls = error_class_for(status)
    if not isinstance(body, dict):
        return cls(status, f"HTTP {status}", headers=headers)
    raw_errors = body.get("errors")
    if not isinstance(raw_errors, list):
        # FastAPI's own validation errors: {"detail": [{"loc": [...], "msg": ...}]}
        raw_errors = []
    field_errors = [FieldError.from_json(e) for e in raw_errors if isinstance(e, dict)]
    detail = body.get("detail")
    if isinstance(detail, list):
        for item in detail:
            if isinstance(item, dict):
                loc = [str(p) for p in item.get("loc", []) if p not in ("body", "query")]
                field_errors.append(
                    FieldError(
                        field=".".join(loc),
                        code=str(item.get("type", "invalid")),
                        message=str(item.get("msg", "")),
                    )
                )
        detail = None
    return cls(
        status,
        str(body.get("title") or f"HTTP {status}"),
        code=body.get("code"),
        detail=str(detail) if detail is not None else None,
        field_errors=field_errors,
        headers=headers,
    )
