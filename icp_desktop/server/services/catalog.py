"""Reading the catalog (websites, their IPs, service resources) and replacing a website's IPs."""

from __future__ import annotations

import base64
import binascii
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from icp_desktop.domain.errors import FieldIssue, InvalidError, MalformedError, NotFoundError
from icp_desktop.domain.status import ChangeStatus, Role
from icp_desktop.domain.validation import MAX_WEBSITES_PER_RESOURCE, ResourceFacts
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import (
    ResourceIP,
    ServiceResource,
    Subject,
    Website,
    WebsiteIP,
)
from icp_desktop.server.schemas import OpenChangeRef, ResourceOut, WebsiteOut, WebsitePage
from icp_desktop.server.schemas import ResourceIP as ResourceIPOut

STATUS_NONE = "none"
AnySelect = Select[*tuple[Any, ...]]


# --- website IPs (used by the workflow too) ---------------------------------------------------


async def website_ips(session: AsyncSession, website_id: int) -> list[str]:
    """The website's associated service IPs, in their filed order."""
    rows = await session.scalars(
        select(WebsiteIP.address)
        .where(WebsiteIP.website_id == website_id)
        .order_by(WebsiteIP.position, WebsiteIP.address)
    )
    return list(rows)


async def ips_by_website(session: AsyncSession, website_ids: Sequence[int]) -> dict[int, list[str]]:
    """The IPs of several websites in one query."""
    result: dict[int, list[str]] = defaultdict(list)
    if not website_ids:
        return result
    rows = await session.execute(
        select(WebsiteIP.website_id, WebsiteIP.address)
        .where(WebsiteIP.website_id.in_(website_ids))
        .order_by(WebsiteIP.website_id, WebsiteIP.position, WebsiteIP.address)
    )
    for website_id, address in rows:
        result[website_id].append(address)
    return result


async def set_website_ips(session: AsyncSession, website: Website, ips: Sequence[str]) -> None:
    """Replace the website's IPs with ``ips`` (in order) and bump its version. Caller commits."""
    existing = (
        await session.scalars(select(WebsiteIP).where(WebsiteIP.website_id == website.id))
    ).all()
    for row in existing:
        await session.delete(row)
    await session.flush()
    for position, address in enumerate(dict.fromkeys(ips)):
        session.add(WebsiteIP(website_id=website.id, address=address, position=position))
    website.version += 1
    website.updated_at = session_now(session)
    await session.flush()


# --- service resources -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ResourceRow:
    resource: ServiceResource
    addresses: list[tuple[str, int]]  # (address, version)
    users: dict[str, set[int]]  # address -> websites (any owner) using it


async def _resource_rows(session: AsyncSession, owner_id: int) -> list[_ResourceRow]:
    resources = (
        await session.scalars(
            select(ServiceResource)
            .where(ServiceResource.owner_id == owner_id)
            .order_by(ServiceResource.id)
        )
    ).all()
    ids = [r.id for r in resources]
    addresses: dict[int, list[tuple[str, int]]] = defaultdict(list)
    users: dict[str, set[int]] = defaultdict(set)
    if ids:
        for resource_id, address, version in await session.execute(
            select(ResourceIP.resource_id, ResourceIP.address, ResourceIP.version)
            .where(ResourceIP.resource_id.in_(ids))
            .order_by(ResourceIP.resource_id, ResourceIP.version, ResourceIP.id)
        ):
            addresses[resource_id].append((address, version))
        for website_id, address in await session.execute(
            select(WebsiteIP.website_id, WebsiteIP.address)
            .join(ResourceIP, ResourceIP.address == WebsiteIP.address)
            .where(ResourceIP.resource_id.in_(ids))
        ):
            users[address].add(website_id)
    return [_ResourceRow(r, addresses[r.id], users) for r in resources]


async def resource_facts_for_owner(session: AsyncSession, owner_id: int) -> list[ResourceFacts]:
    """The facts the IP checks need about each of the owner's service resources."""
    facts = []
    for row in await _resource_rows(session, owner_id):
        addrs = frozenset(a for a, _v in row.addresses)
        using = frozenset(w for a in addrs for w in row.users.get(a, ()))
        r = row.resource
        facts.append(
            ResourceFacts(
                resource_id=r.id,
                instance_name=r.instance_name,
                billing_type=r.billing_type,
                region_is_mainland=r.region_is_mainland,
                expires_at=r.expires_at,
                addresses=addrs,
                websites_using=using,
            )
        )
    return facts


def unavailable_reason(resource: ServiceResource, now: datetime) -> str | None:
    """Why the resource cannot serve filed websites (a code), or None when it can."""
    if resource.billing_type != "subscription":
        return "not_subscription"
    if not resource.region_is_mainland:
        return "not_mainland"
    if resource.expires_at is not None and resource.expires_at <= now:
        return "expired"
    return None


async def resources_for(session: AsyncSession, account: Account) -> list[ResourceOut]:
    """The caller's service resources with each IP and which of the caller's websites use it."""
    rows = await _resource_rows(session, account.id)
    all_sites = {w for row in rows for ws in row.users.values() for w in ws}
    mine: set[int] = set()
    if all_sites:
        mine = set(
            await session.scalars(
                select(Website.id).where(Website.id.in_(all_sites), Website.owner_id == account.id)
            )
        )
    now = session_now(session)
    out = []
    for row in rows:
        r = row.resource
        served = {w for a, _v in row.addresses for w in row.users.get(a, ())}
        reason = unavailable_reason(r, now)
        out.append(
            ResourceOut(
                id=r.id,
                instance_id=r.instance_id,
                instance_name=r.instance_name,
                region=r.region,
                region_name=r.region_name,
                billing_type=r.billing_type,  # type: ignore[arg-type]
                expires_at=r.expires_at,
                ips=[
                    ResourceIPOut(
                        address=a,
                        version=v,  # type: ignore[arg-type]
                        website_ids=sorted(row.users.get(a, set()) & mine),
                    )
                    for a, v in row.addresses
                ],
                websites_served=len(served),
                capacity=MAX_WEBSITES_PER_RESOURCE,
                can_serve_filed_sites=reason is None,
                unavailable_reason=reason,
            )
        )
    return out


# --- websites ----------------------------------------------------------------------------------


def encode_cursor(last_id: int) -> str:
    raw = json.dumps({"after": last_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The id a cursor continues after; a 400 problem for anything that is not our cursor."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        after = json.loads(raw)["after"]
        if not isinstance(after, int) or isinstance(after, bool) or after < 0:
            raise ValueError(after)
        return after
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise MalformedError(
            "The cursor is not one this service gave out.",
            "invalid_cursor",
            [FieldIssue(field="cursor", code="invalid_cursor", message="Unknown cursor.")],
        ) from exc


def sees_all_websites(account: Account) -> bool:
    return account.role in (Role.REVIEWER.value, Role.OPERATOR.value)


_WEBSITE_COLUMNS = (
    Website.id,
    Website.subject_id,
    Subject.name,
    Subject.license_number,
    Website.license_number,
    Website.name,
    Website.domain,
    Website.service_content,
    Website.version,
    Website.open_change_id,
    Website.open_change_status,
    Website.updated_at,
    Website.last_change_id,
    Website.last_change_status,
    Website.open_change_sms_until,
)


def _visible(stmt: AnySelect, account: Account) -> AnySelect:
    return stmt if sees_all_websites(account) else stmt.where(Website.owner_id == account.id)


def _contains(column: InstrumentedAttribute[str], needle: str, dialect: str) -> ColumnElement[bool]:
    """Case-insensitive substring match. SQLite's LIKE already ignores ASCII case, and skipping
    ``lower()`` on each row makes a scan of 100,000 websites about twice as fast."""
    if dialect == "sqlite":
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column.like(f"%{escaped}%", escape="\\")
    return column.icontains(needle, autoescape=True)


def _filtered(stmt: AnySelect, q: str | None, status: str | None, dialect: str) -> AnySelect:
    if q and q.strip():
        needle = q.strip()
        stmt = stmt.where(
            or_(
                _contains(Website.license_number, needle, dialect),
                _contains(Website.name, needle, dialect),
                _contains(Website.domain, needle, dialect),
            )
        )
    if status == STATUS_NONE:
        # open_change_status mirrors open_change_id; this form uses the (owner, status) index.
        stmt = stmt.where(Website.open_change_status.is_(None))
    elif status in FINAL_STATUSES:
        # A finished change leaves no open change: the website's latest change tells.
        stmt = stmt.where(Website.open_change_id.is_(None), Website.last_change_status == status)
    elif status:
        stmt = stmt.where(Website.open_change_status == status)
    return stmt


FINAL_STATUSES = frozenset({ChangeStatus.APPROVED.value, ChangeStatus.WITHDRAWN.value})


def check_status_filter(status: str | None) -> None:
    allowed = {s.value for s in ChangeStatus} | {STATUS_NONE}
    if status is not None and status not in allowed:
        raise InvalidError(
            [
                FieldIssue(
                    field="status",
                    code="not_allowed",
                    message="Unknown status.",
                    params={"allowed": sorted(allowed)},
                )
            ],
            "Unknown status filter.",
            "validation_failed",
        )


def _website_out(row: Sequence[object], ips: list[str]) -> WebsiteOut:
    (
        wid,
        subject_id,
        subject_name,
        subject_license,
        license_number,
        name,
        domain,
        content,
        version,
        open_id,
        open_status,
        updated_at,
        last_id,
        last_status,
        sms_until,
    ) = row
    open_change = (
        OpenChangeRef(id=open_id, status=ChangeStatus(open_status))  # type: ignore[arg-type]
        if open_id is not None and open_status is not None
        else None
    )
    last_change = (
        OpenChangeRef(id=last_id, status=ChangeStatus(last_status))  # type: ignore[arg-type]
        if last_id is not None and last_status is not None
        else None
    )
    return WebsiteOut.model_construct(
        id=wid,
        subject_id=subject_id,
        subject_name=subject_name,
        subject_license_number=subject_license,
        license_number=license_number,
        name=name,
        domain=domain,
        service_content=content,
        ips=ips,
        version=version,
        open_change=open_change,
        last_change=last_change,
        updated_at=updated_at,
        sms_verification_until=sms_until,
    )


async def list_websites(
    session: AsyncSession,
    account: Account,
    *,
    q: str | None,
    status: str | None,
    cursor: str | None,
    limit: int,
) -> WebsitePage:
    """One page of the websites the account may see, by id, with the IPs of each."""
    check_status_filter(status)
    after = decode_cursor(cursor) if cursor else None
    dialect = session.get_bind().dialect.name
    stmt = _filtered(_visible(select(*_WEBSITE_COLUMNS).join(Subject), account), q, status, dialect)
    if after is not None:
        stmt = stmt.where(Website.id > after)
    rows = (await session.execute(stmt.order_by(Website.id).limit(limit + 1))).all()
    more = len(rows) > limit
    rows = rows[:limit]
    ips = await ips_by_website(session, [r[0] for r in rows])
    total = None
    if after is None:
        if more:
            count = _filtered(
                _visible(select(func.count()).select_from(Website), account), q, status, dialect
            )
            total = int(await session.scalar(count) or 0)
        else:
            total = len(rows)
    return WebsitePage.model_construct(
        items=[_website_out(r, ips.get(r[0], [])) for r in rows],
        next_cursor=encode_cursor(rows[-1][0]) if more else None,
        total=total,
    )


async def get_website(session: AsyncSession, account: Account, website_id: int) -> WebsiteOut:
    """One website the account may see; 404 for others' (so ids do not leak)."""
    if not 1 <= website_id <= 2**31 - 1:  # beyond any row id; the database would overflow
        raise NotFoundError("No such website.", "not_found")
    stmt = _visible(select(*_WEBSITE_COLUMNS).join(Subject), account).where(
        Website.id == website_id
    )
    row = (await session.execute(stmt)).first()
    if row is None:
        raise NotFoundError("No such website.", "not_found")
    return _website_out(row, await website_ips(session, website_id))
