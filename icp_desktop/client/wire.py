"""Reading the service's JSON into the client's typed models: times, and the shapes of values.

Only the standard library: the UI may import the models before the first paint.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, TypeAlias

#: A JSON object as :func:`json.loads` makes it (read only by the models' ``from_json``).
JsonObject: TypeAlias = dict[str, Any]
#: Any JSON value, for the free-form parts of an answer (an event's ``payload``).
JsonValue: TypeAlias = str | int | float | bool | list["JsonValue"] | dict[str, "JsonValue"] | None


def parse_api_time(value: object) -> datetime | None:
    """An aware datetime from the service's ISO 8601 text (UTC when no offset is given)."""
    if not value:
        return None
    moment = (
        value
        if isinstance(value, datetime)
        else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    )
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def api_time(value: object) -> datetime:
    """A time the service always sends."""
    moment = parse_api_time(value)
    if moment is None:
        raise ValueError("a time is missing from the service's answer")
    return moment


def api_date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def strings(value: object) -> tuple[str, ...]:
    """A list of strings (``[]`` when missing)."""
    return tuple(str(v) for v in value or ()) if isinstance(value, list | tuple) else ()


def ints(value: object) -> tuple[int, ...]:
    return tuple(int(v) for v in value or ()) if isinstance(value, list | tuple) else ()


def counts(value: object) -> dict[str, int]:
    """A ``{name: number}`` object."""
    return {str(k): int(v) for k, v in value.items()} if isinstance(value, dict) else {}


def objects(value: object) -> list[JsonObject]:
    """The objects of a JSON list (``[]`` when missing)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
