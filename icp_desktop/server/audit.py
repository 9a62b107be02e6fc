"""Writing the audit log. Callers commit; an entry shares the transaction of what it records."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.server.db import session_now
from icp_desktop.server.models.audit import AuditEntry


async def record(
    session: AsyncSession,
    *,
    actor_id: int | None,
    actor_kind: str,
    action: str,
    object_type: str,
    object_id: int | str | None,
    before: Any = None,
    after: Any = None,
    detail: str | None = None,
) -> AuditEntry:
    """Add one audit entry to the session's current transaction.

    ``actor_kind`` is a role (filer/reviewer/operator), ``service``, ``administration`` or
    ``anonymous`` (a failed sign-in). Never pass secrets: passwords and tokens stay out.
    """
    entry = AuditEntry(
        actor_id=actor_id,
        actor_kind=actor_kind,
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        before=before,
        after=after,
        detail=detail,
        at=session_now(session),
    )
    session.add(entry)
    return entry
