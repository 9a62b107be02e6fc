"""The filing-service client: :class:`~icp_desktop.client.api.ApiClient` and typed errors.

``ApiClient`` is imported on first use so that importing this package (for the errors) does
not pull in ``requests`` before the first window is painted.
"""

from __future__ import annotations

from typing import Any

from icp_desktop.client.errors import (
    AccountLocked,
    ApiError,
    AuthRequired,
    Conflict,
    FieldError,
    Forbidden,
    NotFound,
    PreconditionFailed,
    TlsError,
    TooManyRequests,
    Unavailable,
    ValidationFailed,
)

__all__ = [
    "AccountLocked",
    "ApiClient",
    "ApiError",
    "AuthRequired",
    "Conflict",
    "FieldError",
    "Forbidden",
    "NotFound",
    "PreconditionFailed",
    "TlsError",
    "TooManyRequests",
    "Unavailable",
    "ValidationFailed",
]


def __getattr__(name: str) -> Any:
    if name == "ApiClient":
        from icp_desktop.client.api import ApiClient

        return ApiClient
    raise AttributeError(name)
