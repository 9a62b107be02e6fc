"""GET /v1/health: is the service up and can it reach its database."""

from __future__ import annotations

from fastapi import APIRouter

from icp_desktop import __version__
from icp_desktop.domain.errors import UnavailableError
from icp_desktop.server.db import ping
from icp_desktop.server.deps import DatabaseDep, ReadSessionDep
from icp_desktop.server.schemas import Health

router = APIRouter(prefix="/v1", tags=["health"])


@router.get("/health", response_model=Health)
async def health(session: ReadSessionDep, database: DatabaseDep) -> Health:
    try:
        await ping(session)
    except Exception as exc:
        raise UnavailableError("The database does not answer.", "database_unavailable") from exc
    return Health(version=__version__, database=database.backend)
