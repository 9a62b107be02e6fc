"""GET /v1/websites (paged, filtered) and GET /v1/websites/{id} (with ETag)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from icp_desktop.server.deps import CurrentAccount, ReadSessionDep, SettingsDep
from icp_desktop.server.schemas import Problem, WebsiteOut, WebsitePage
from icp_desktop.server.services import catalog

router = APIRouter(prefix="/v1", tags=["websites"])

JSON = "application/json"


def etag(version: int) -> str:
    return f'"{version}"'


@router.get("/websites", response_model=WebsitePage,
            responses={400: {"model": Problem}, 422: {"model": Problem}})
async def list_websites(
    session: ReadSessionDep,
    account: CurrentAccount,
    settings: SettingsDep,
    q: Annotated[str | None, Query(max_length=200, description="license number, name or domain")]
    = None,
    status: Annotated[str | None, Query(description="open change status, or `none`")] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> Response:
    page = await catalog.list_websites(
        session, account, q=q, status=status, cursor=cursor,
        limit=min(limit or settings.page_limit_default, settings.page_limit_max),
    )
    # Serialised directly: the page was built from trusted rows, not user input.
    return Response(page.model_dump_json(), media_type=JSON)


@router.get("/websites/{website_id}", response_model=WebsiteOut,
            responses={404: {"model": Problem}})
async def get_website(
    website_id: int, session: ReadSessionDep, account: CurrentAccount
) -> Response:
    website = await catalog.get_website(session, account, website_id)
    return Response(website.model_dump_json(), media_type=JSON,
                    headers={"ETag": etag(website.version)})
