"""Demo change requests in the interesting statuses, added after the demo catalog."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession


async def seed_demo_changes(session: AsyncSession) -> None:
    """Add the demo changes (the workflow fills this in)."""
    return None
