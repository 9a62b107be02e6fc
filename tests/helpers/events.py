"""Service events made in a test, as the app receives them from ``/v1/events``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from icp_desktop.client.event_models import Event


def event(data: dict[str, Any]) -> Event:
    """``data`` (an ``EventOut`` as JSON) as an event; ``id`` 1 and ``at`` now when missing."""
    return Event.from_json({"id": 1, "at": datetime.now(UTC).isoformat(), **data})
