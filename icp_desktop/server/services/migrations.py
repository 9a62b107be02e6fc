"""Planned migrations: moving many websites to another server in one step.

A filer picks the websites on a server (or on one address), the target IPs and a mode; the
service checks the whole batch at once (every §3 rule per website, and the target servers'
capacity counting every website of the batch), then opens and submits one change per website
in the same transaction — all of them or none. In ``two_step`` mode the first change adds the
new IPs; once it is approved and the domain resolves to the new IPs, :func:`next_step` opens
the second change that removes the old ones.

Cost: one pass over the filer's resources and websites, then a handful of statements per
website; nothing runs while no migration is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.errors import FieldIssue, InvalidError, NotFoundError
from icp_desktop.domain.ip import InvalidServiceIP, parse_service_ip
from icp_desktop.domain.status import ChangeStatus, Role
from icp_desktop.domain.validation import (
    MAX_WEBSITES_PER_RESOURCE,
    ResourceFacts,
    check_against_resources,
    check_proposed_ips,
)
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import ResourceIP, ServiceResource, Website
from icp_desktop.server.models.migration import Migration, MigrationItem
from icp_desktop.server.models.workflow import ChangeRequest
from icp_desktop.server.services import catalog, changes

MAX_ID = 2**31 - 1
MODES = ("replace", "two_step")


@dataclass(frozen=True)
class Plan:
    """What a migration will file: the IPs it leaves and enters, and each website's list."""

    source_ips: list[str]
    target_ips: list[str]
    proposals: dict[int, list[str]]  # website id -> proposed IPs of its (first) change
    websites: dict[int, tuple[Website, list[str]]]  # as read while planning, with their IPs


def _canonical(texts: Sequence[str], field: str) -> list[str]:
    out: list[str] = []
    problems = []
    for index, text in enumerate(texts):
        try:
            out.append(str(parse_service_ip(text)))
        except InvalidServiceIP as exc:
            problems.append(
                FieldIssue(
                    field=field,
                    ip=text[:100],
                    code=exc.code,
                    message=exc.reason,
                    params={"index": index},
                )
            )
    if problems:
        raise InvalidError(problems)
    return list(dict.fromkeys(out))


async def source_ips(
    session: AsyncSession, caller: Account, resource_id: int | None, address: str | None
) -> list[str]:
    """The addresses being left: a server's (the caller's own) or one address."""
    if (resource_id is None) == (address is None):
        raise InvalidError(
            [
                FieldIssue(
                    field="source_resource_id",
                    code="source_required",
                    message="Name the server (source_resource_id) or the address (source_ip) "
                    "to leave",
                )
            ]
        )
    if address is not None:
        return _canonical([address], "source_ip")
    resource = (
        await session.get(ServiceResource, resource_id)
        if 1 <= (resource_id or 0) <= MAX_ID
        else None
    )
    if resource is None or resource.owner_id != caller.id:
        raise InvalidError(
            [
                FieldIssue(
                    field="source_resource_id",
                    code="not_found",
                    message="No such server among yours",
                )
            ]
        )
    return list(
        (
            await session.scalars(
                select(ResourceIP.address)
                .where(ResourceIP.resource_id == resource.id)
                .order_by(ResourceIP.id)
            )
        ).all()
    )


async def plan(
    session: AsyncSession,
    caller: Account,
    website_ids: Sequence[int],
    sources: list[str],
    targets_text: Sequence[str],
    mode: str,
) -> Plan:
    """Check the batch as a whole; 422 naming every website or IP at fault."""
    targets = _canonical(targets_text, "target_ips")
    ids = list(dict.fromkeys(website_ids))
    websites = {
        w.id: w
        for w in (
            await session.scalars(
                select(Website).where(Website.id.in_(ids), Website.owner_id == caller.id)
            )
        ).all()
    }
    ips = await catalog.ips_by_website(session, ids)
    resources = await catalog.resource_facts_for_owner(session, caller.id)
    now = session_now(session)
    problems: list[FieldIssue] = []
    proposals: dict[int, list[str]] = {}
    for index, website_id in enumerate(ids):
        where = {"index": index, "website_id": website_id}
        website = websites.get(website_id)
        if website is None:
            problems.append(
                FieldIssue(
                    field="website_ids",
                    code="not_found",
                    params=where,
                    message=f"Website {website_id} is not one of yours",
                )
            )
            continue
        label = {**where, "domain": website.domain}
        current = ips.get(website_id, [])
        if not set(current) & set(sources):
            problems.append(
                FieldIssue(
                    field="website_ids",
                    code="not_on_source",
                    params=label,
                    message=f"{website.domain} is not served from the server being left",
                )
            )
            continue
        if website.open_change_id is not None:
            problems.append(
                FieldIssue(
                    field="website_ids",
                    code="open_change",
                    params={**label, "change_id": website.open_change_id},
                    message=f"{website.domain} has an open change (#{website.open_change_id}); "
                    "finish or withdraw it first",
                )
            )
            continue
        kept = current if mode == "two_step" else [a for a in current if a not in sources]
        proposed = list(dict.fromkeys([*kept, *targets]))
        found = check_proposed_ips(proposed, current) or check_against_resources(
            proposed, resources, website_id, now
        )
        for p in found:
            if p.code == "capacity":
                continue  # counted for the whole batch below
            problems.append(
                FieldIssue(
                    field="target_ips" if p.ip in targets else "website_ids",
                    ip=p.ip,
                    code=p.code,
                    message=f"{website.domain}: {p.message}",
                    params={
                        **label,
                        **{
                            k: v
                            for k, v in p.params.items()
                            if isinstance(v, int | str | float | bool)
                        },
                    },
                )
            )
        proposals[website_id] = proposed
    problems += _capacity(resources, targets, set(proposals))
    if problems:
        raise InvalidError(problems, "The migration cannot be filed as it is.")
    return Plan(sources, targets, proposals, {w: (websites[w], ips.get(w, [])) for w in proposals})


def _capacity(
    resources: Sequence[ResourceFacts], targets: list[str], moving: set[int]
) -> list[FieldIssue]:
    problems = []
    for facts in resources:
        hit = [t for t in targets if t in facts.addresses]
        if not hit:
            continue
        served = facts.websites_using | moving
        if len(served) > MAX_WEBSITES_PER_RESOURCE:
            problems.append(
                FieldIssue(
                    field="target_ips",
                    ip=hit[0],
                    code="capacity",
                    params={
                        "instance_name": facts.instance_name,
                        "count": len(served),
                        "limit": MAX_WEBSITES_PER_RESOURCE,
                    },
                    message=f"{facts.instance_name} would serve {len(served)} websites with this "
                    f"move; at most {MAX_WEBSITES_PER_RESOURCE}",
                )
            )
    return problems


async def file(
    session: AsyncSession,
    caller: Account,
    mode: str,
    the_plan: Plan,
    first_review_days: int,
) -> Migration:
    """Open and submit every change of the plan; the caller commits (or rolls back)."""
    migration = Migration(
        owner_id=caller.id,
        mode=mode,
        source_ips=the_plan.source_ips,
        target_ips=the_plan.target_ips,
        created_at=session_now(session),
    )
    session.add(migration)
    await session.flush()
    # Each UPDATE of a website brings the session's copies of websites up to date (SQLAlchemy's
    # "evaluate"), a walk over all of them: keep only the website being filed in the session.
    for website in [o for o in session.identity_map.values() if isinstance(o, Website)]:
        session.expunge(website)
    for website_id, proposed in the_plan.proposals.items():
        change = await changes.create_draft(
            session,
            caller,
            website_id,
            proposed,
            migration_id=migration.id,
            known=the_plan.websites[website_id],
        )
        change = await changes.submit(
            session, change, caller, first_review_days=first_review_days, validated=True
        )
        session.add(
            MigrationItem(
                migration_id=migration.id,
                website_id=website_id,
                step=1,
                change_id=change.id,
                first_change_id=change.id,
            )
        )
        filed = await session.get(Website, website_id)
        if filed is not None:
            session.expunge(filed)
    await session.flush()
    return migration


async def get_visible(session: AsyncSession, migration_id: int, caller: Account) -> Migration:
    migration = await session.get(Migration, migration_id) if 1 <= migration_id <= MAX_ID else None
    if migration is None or (caller.role == Role.FILER.value and migration.owner_id != caller.id):
        raise NotFoundError("No such migration.")
    return migration


async def items_of(
    session: AsyncSession, migration: Migration
) -> list[tuple[MigrationItem, ChangeRequest]]:
    rows = (
        await session.execute(
            select(MigrationItem, ChangeRequest)
            .join(ChangeRequest, ChangeRequest.id == MigrationItem.change_id)
            .where(MigrationItem.migration_id == migration.id)
            .order_by(MigrationItem.id)
        )
    ).all()
    return [(item, change) for item, change in rows]


def ready_for_step_two(
    migration: Migration, item: MigrationItem, change: ChangeRequest, resolved: Sequence[str] | None
) -> str | None:
    """Why the website cannot take its second step now (a code), or None when it can."""
    if migration.mode != "two_step" or item.step != 1:
        return "no_second_step"
    if change.status != ChangeStatus.APPROVED.value:
        return "first_step_not_approved"
    if resolved is None:
        return "dns_not_checked"
    if not resolved or not set(resolved) <= set(migration.target_ips):
        return "dns_not_moved"
    return None
