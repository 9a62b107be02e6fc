"""GET /v1/resources: the caller's service resources, their IPs and what uses them."""

from __future__ import annotations

from fastapi import APIRouter

from icp_desktop.server.deps import CurrentAccount, ReadSessionDep
from icp_desktop.server.schemas import ResourceList
from icp_desktop.server.services import catalog

router = APIRouter(prefix="/v1", tags=["resources"])


@router.get("/resources", response_model=ResourceList)
async def list_resources(session: ReadSessionDep, account: CurrentAccount) -> ResourceList:
    return ResourceList(items=await catalog.resources_for(session, account))
