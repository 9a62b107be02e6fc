"""Why the service refuses something, in its own words: no HTTP, no database.

Services raise these; the filing service's ``server/errors.py`` alone turns them into problem
documents (status, title, field reasons), so the same refusal always reads the same on the wire.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldIssue:
    """One reason attached to one field of what the caller sent.

    Attributes:
        field: the top-level field concerned (``proposed_ips``, ``username`` ...).
        message: the English sentence for people.
        code: stable code clients translate (``required``, ``private`` ...).
        ip: narrows a reason on an IP list to one address.
        params: the values ``message`` was filled with.
    """

    field: str
    message: str
    code: str = "invalid"
    ip: str | None = None
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)


class ServiceError(Exception):
    """A refusal of the service: a stable ``code``, a sentence, and reasons per field.

    Attributes:
        detail: the English sentence for people (None: the kind says it all).
        code: stable code clients act on.
        errors: reasons per field, possibly none.
    """

    default_detail: ClassVar[str | None] = None
    default_code: ClassVar[str | None] = None

    def __init__(
        self,
        detail: str | None = None,
        code: str | None = None,
        errors: Iterable[FieldIssue] = (),
    ) -> None:
        self.detail = detail if detail is not None else self.default_detail
        self.code = code if code is not None else self.default_code
        self.errors = list(errors)
        super().__init__(f"{type(self).__name__}: {self.detail or self.code or ''}")


class NotFoundError(ServiceError):
    """No such object, or none the caller may see."""

    default_detail = "No such object."
    default_code = "not_found"


class ConflictError(ServiceError):
    """The request clashes with the current state (already decided, an open change ...)."""

    def __init__(self, code: str, detail: str, errors: Iterable[FieldIssue] = ()) -> None:
        super().__init__(detail, code, errors)


class InvalidError(ServiceError):
    """Some fields of what the caller sent break a rule; ``errors`` says which and why."""

    def __init__(
        self,
        errors: Iterable[FieldIssue],
        detail: str = "Some fields are not valid.",
        code: str = "validation_failed",
    ) -> None:
        super().__init__(detail, code, errors)


class MalformedError(ServiceError):
    """What the caller sent cannot be used at all (a cursor or key this service never gave)."""


class ForbiddenError(ServiceError):
    """The caller is known but may not do this."""

    default_detail = "Your role may not do this."
    default_code = "forbidden"


class UnauthenticatedError(ServiceError):
    """No valid session: the caller must sign in (again)."""

    default_detail = "Sign in to continue."
    default_code = "not_authenticated"


class CredentialsRefusedError(ServiceError):
    """A sign-in with a wrong username or password."""

    default_detail = "The username or password is not correct."
    default_code = "invalid_credentials"


class LockedError(ServiceError):
    """The account is locked for a while after too many failed sign-ins."""


class PreconditionFailedError(ServiceError):
    """The object changed since the caller read it."""

    default_detail = "The object changed since you read it; reload and try again."
    default_code = "stale_version"


class PreconditionRequiredError(ServiceError):
    """A change to an object needs the version the caller read."""

    default_code = "if_match_required"


class UnavailableError(ServiceError):
    """Something the service depends on does not answer; worth trying again shortly."""
