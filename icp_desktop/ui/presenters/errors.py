"""A failed call in words: the one line every message about a refusal or a failure uses."""

from __future__ import annotations

from icp_desktop.client.errors import ApiError


def error_reason(error: BaseException) -> str:
    """The most specific text an error carries: the service's detail, else its title (an
    :class:`ApiError`), else the exception's own text."""
    if isinstance(error, ApiError):
        return error.detail or error.title or str(error)
    return str(error)
