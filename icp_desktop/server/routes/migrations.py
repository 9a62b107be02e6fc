"""Planned migrations: file a batch, follow it, take the second step, review it as a batch."""

from __future__ import annotations

import asyncio
from collections import Counter

from fastapi import APIRouter, Request, status
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.errors import ServiceError
from icp_desktop.domain.status import ChangeStatus
from icp_desktop.server.deps import (
    CurrentAccount,
    FilerAccount,
    ReadSessionDep,
    ReviewerAccount,
    SettingsDep,
    UnitOfWorkDep,
)
from icp_desktop.server.migration_schemas import (
    BatchReviewIn,
    BatchReviewOut,
    MigrationIn,
    MigrationItemOut,
    MigrationList,
    MigrationOut,
    MigrationSummary,
    NextStepOut,
    SkippedChange,
    WaitingItem,
)
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Website
from icp_desktop.server.models.migration import Migration, MigrationItem
from icp_desktop.server.prechecks.probes import make_resolver, resolve
from icp_desktop.server.routes.changes import PROBLEMS, IdempotencyKey
from icp_desktop.server.schemas import ReviewIn
from icp_desktop.server.services import change_views, changes, idempotency, migrations, review
from icp_desktop.server.services.idempotency import StoredResponse

router = APIRouter(prefix="/v1", tags=["migrations"])

_WAITING_TEXT = {
    "no_second_step": "This website has no second step.",
    "first_step_not_approved": "The first change (adding the new IPs) is not approved yet.",
    "dns_not_checked": "The domain's DNS records could not be read just now; try again.",
    "dns_not_moved": "The domain does not resolve to the new IPs only yet: move its DNS "
    "records first, then remove the old IPs.",
    "open_change": "The website has another open change.",
}


async def render(session: AsyncSession, migration: Migration, caller: Account) -> MigrationOut:
    rows = await migrations.items_of(session, migration)
    outs = await change_views.render(session, [c for _, c in rows], caller)
    owner = await session.get(Account, migration.owner_id)
    steps = 2 if migration.mode == "two_step" else 1
    return MigrationOut(
        id=migration.id,
        mode=migration.mode,  # type: ignore[arg-type]
        owner=owner.username if owner else "",
        source_ips=list(migration.source_ips),
        target_ips=list(migration.target_ips),
        created_at=migration.created_at,
        items=[
            MigrationItemOut(
                website_id=item.website_id,
                step=item.step,
                steps=steps,
                change=out,
                first_change_id=item.first_change_id,
            )
            for (item, _), out in zip(rows, outs, strict=True)
        ],
        counts=dict(Counter(c.status for _, c in rows)),
    )


@router.post("/migrations", status_code=201, response_model=MigrationOut, responses=PROBLEMS)
async def file_migration(
    body: MigrationIn,
    request: Request,
    uow: UnitOfWorkDep,
    account: FilerAccount,
    settings: SettingsDep,
    key: IdempotencyKey = None,
) -> JSONResponse:
    """Open and submit one change per website, all together or none (Idempotency-Key: a
    retried request files the batch once)."""
    session = uow.session

    async def effect() -> StoredResponse:
        sources = await migrations.source_ips(
            session, account, body.source_resource_id, body.source_ip
        )
        plan = await migrations.plan(
            session, account, body.website_ids, sources, body.target_ips, body.mode
        )
        migration = await migrations.file(
            session, account, body.mode, plan, settings.first_review_working_days
        )
        out = await render(session, migration, account)
        return StoredResponse(201, out.model_dump(mode="json"))

    stored = await idempotency.run_once(
        uow,
        account_id=account.id,
        scope="migration",
        key=idempotency.check_key(key),
        payload=body.model_dump(mode="json"),
        effect=effect,
    )
    response = JSONResponse(stored.body, status_code=stored.status_code)
    if stored.replayed:
        response.headers["Idempotent-Replayed"] = "true"
    return response


@router.get("/migrations", response_model=MigrationList, responses=PROBLEMS)
async def list_migrations(session: ReadSessionDep, account: CurrentAccount) -> MigrationList:
    """Your migrations (staff: everyone's), newest first."""
    stmt = select(Migration).order_by(Migration.id.desc()).limit(200)
    if account.role == "filer":
        stmt = stmt.where(Migration.owner_id == account.id)
    found = (await session.scalars(stmt)).all()
    items = []
    for migration in found:
        rows = await migrations.items_of(session, migration)
        owner = await session.get(Account, migration.owner_id)
        items.append(
            MigrationSummary(
                id=migration.id,
                mode=migration.mode,  # type: ignore[arg-type]
                owner=owner.username if owner else "",
                source_ips=list(migration.source_ips),
                target_ips=list(migration.target_ips),
                created_at=migration.created_at,
                websites=len(rows),
                counts=dict(Counter(c.status for _, c in rows)),
            )
        )
    return MigrationList(items=items)


@router.get("/migrations/{migration_id}", response_model=MigrationOut, responses=PROBLEMS)
async def get_migration(
    migration_id: int, session: ReadSessionDep, account: CurrentAccount
) -> MigrationOut:
    return await render(
        session, await migrations.get_visible(session, migration_id, account), account
    )


@router.post("/migrations/{migration_id}/next-step", response_model=NextStepOut, responses=PROBLEMS)
async def next_step(
    migration_id: int,
    uow: UnitOfWorkDep,
    account: FilerAccount,
    settings: SettingsDep,
) -> NextStepOut:
    """Two-step mode: for each website whose first change is approved and whose domain now
    resolves to the new IPs only, open and submit the change that removes the old IPs."""
    session = uow.session
    migration = await migrations.get_visible(session, migration_id, account)
    rows = await migrations.items_of(session, migration)
    domains = dict(
        (
            await session.execute(
                select(Website.id, Website.domain).where(
                    Website.id.in_([i.website_id for i, _ in rows])
                )
            )
        ).all()
    )
    # Read what the DNS lookups need, then hold no transaction while DNS answers.
    asked = [
        i.website_id for i, c in rows if c.status == ChangeStatus.APPROVED.value and i.step == 1
    ]
    await uow.commit()
    resolver = make_resolver(settings.precheck_resolver, settings.precheck_step_seconds)
    answers = await asyncio.gather(*(resolve(resolver, domains[w]) for w in asked))
    resolved = {
        w: None if a.status == "unreachable" else list(a.addresses)
        for w, a in zip(asked, answers, strict=True)
    }
    migration = await migrations.get_visible(session, migration_id, account)
    started: list[int] = []
    waiting: list[WaitingItem] = []
    for item, change in await migrations.items_of(session, migration):
        reason = migrations.ready_for_step_two(
            migration, item, change, resolved.get(item.website_id)
        )
        if reason is None:
            try:
                async with session.begin_nested():
                    current = [a for a in change.proposed_ips if a not in migration.source_ips]
                    second = await changes.create_draft(
                        session, account, item.website_id, current, migration_id=migration.id
                    )
                    second = await changes.submit(
                        session,
                        second,
                        account,
                        first_review_days=settings.first_review_working_days,
                    )
                    db_item = await session.get(MigrationItem, item.id)
                    assert db_item is not None
                    db_item.step, db_item.change_id = 2, second.id
                started.append(item.website_id)
                continue
            except ServiceError:
                reason = "open_change"
        waiting.append(
            WaitingItem(
                website_id=item.website_id,
                domain=domains.get(item.website_id, ""),
                code=reason,  # type: ignore[arg-type]
                message=_WAITING_TEXT[reason],
            )
        )
    out = await render(session, migration, account)
    await uow.commit()
    return NextStepOut(started=started, waiting=waiting, migration=out)


@router.post(
    "/migrations/{migration_id}/review",
    response_model=BatchReviewOut,
    responses=PROBLEMS,
    status_code=status.HTTP_200_OK,
)
async def review_migration(
    migration_id: int,
    body: BatchReviewIn,
    request: Request,
    uow: UnitOfWorkDep,
    account: ReviewerAccount,
) -> BatchReviewOut:
    """Approve or reject the batch's pending first reviews in one decision; each website's
    decision is still its own transition and audit entry. A change that cannot be decided
    (already decided, your own) is skipped and named."""
    session = uow.session
    migration = await migrations.get_visible(session, migration_id, account)
    wanted = set(body.website_ids) if body.website_ids is not None else None
    decision = ReviewIn(decision=body.decision, reasons=body.reasons, comment=body.comment)
    decided: list[int] = []
    skipped: list[SkippedChange] = []
    for item, change in await migrations.items_of(session, migration):
        if wanted is not None and item.website_id not in wanted:
            continue
        if change.status != ChangeStatus.PENDING_FIRST_REVIEW.value:
            continue
        try:
            async with session.begin_nested():
                await review.decide(session, change, account, decision)
            decided.append(change.id)
        except ServiceError as exc:
            skipped.append(
                SkippedChange(
                    change_id=change.id,
                    website_id=item.website_id,
                    code=exc.code or "refused",
                    message=exc.detail or "",
                )
            )
    out = await render(session, migration, account)
    await uow.commit()
    scheduler = getattr(request.app.state, "scheduler", None)
    if scheduler is not None and decided and body.decision == "approve":
        scheduler.poke()
    return BatchReviewOut(decided=decided, skipped=skipped, migration=out)
