"""GET /v1/websites (paged, filtered) and GET /v1/websites/{id} (with ETag)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from icp_desktop.server.deps import (
    CurrentAccount,
    ReadSessionDep,
    database_of,
    read_cache_of,
    settings_of,
)
from icp_desktop.server.schemas import Problem, WebsiteOut, WebsitePage
from icp_desktop.server.services import catalog

router = APIRouter(prefix="/v1", tags=["websites"])

JSON = "application/json"


def etag(version: int) -> str:
    return f'"{version}"'


@router.get(
    "/websites",
    response_model=WebsitePage,
    responses={400: {"model": Problem}, 422: {"model": Problem}},
)
async def list_websites(
    request: Request,
    account: CurrentAccount,
    q: Annotated[
        str | None, Query(max_length=200, description="license number, name or domain")
    ] = None,
    status: Annotated[str | None, Query(description="open change status, or `none`")] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> Response:
    settings = settings_of(request)
    size = min(limit or settings.page_limit_default, settings.page_limit_max)
    cache = read_cache_of(request)
    key = (account.id, q, status, cursor, size)
    body = cache.page(key)
    if body is None:
        generation = cache.generation()  # before the database is read; see read_cache
        # A session only when the database is read: a cached page needs none.
        async with database_of(request).read_sessions() as session:
            page = await catalog.list_websites(
                session, account, q=q, status=status, cursor=cursor, limit=size
            )
        # Serialised directly: the page was built from trusted rows, not user input.
        body = page.model_dump_json().encode()
        cache.keep_page(key, body, generation)
    return Response(body, media_type=JSON)


@router.get(
    "/websites/{website_id}", response_model=WebsiteOut, responses={404: {"model": Problem}}
)
async def get_website(
    website_id: int, session: ReadSessionDep, account: CurrentAccount
) -> Response:
    website = await catalog.get_website(session, account, website_id)
    return Response(
        website.model_dump_json(), media_type=JSON, headers={"ETag": etag(website.version)}
    )
