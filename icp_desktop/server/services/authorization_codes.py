"""Authorization codes (授权码): issuing them for a server, using one on a Change Access, and
the code's state following the change.

A code is a secret. It is generated here, returned once by :func:`issue`, and from then on only
its SHA-256 exists (the database, the audit log and events name codes by id). Using a code is
one conditional UPDATE ``unused → in_filing`` (not expired), so of two changes entering the same
code at once exactly one gets it. The state then follows the change (:func:`follow`, called by
every move): used when the administration approves, back to unused when the change is
withdrawn or rejected, and reclaimed on Modify and Submit.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain import authorization_code as rules
from icp_desktop.domain.authorization_code import CodeState
from icp_desktop.domain.errors import (
    ConflictError,
    FieldIssue,
    InvalidError,
    NotFoundError,
    ServiceError,
)
from icp_desktop.domain.reasons import render
from icp_desktop.domain.status import EDITABLE_STATUSES, Action, ChangeStatus, Role
from icp_desktop.domain.validation import ResourceFacts
from icp_desktop.server import audit
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.authorization import AuthorizationCode, ChangeAuthorization
from icp_desktop.server.models.catalog import ResourceIP, ServiceResource, WebsiteIP
from icp_desktop.server.models.workflow import ChangeRequest
from icp_desktop.server.schemas import AuthorizationOut, AuthorizedResourceOut
from icp_desktop.server.services import loaded

LIVE = (CodeState.UNUSED.value, CodeState.IN_FILING.value, CodeState.USED.value)
# The moves after which a code in filing is free again, and the one after which it is spent.
FREEING = frozenset({Action.WITHDRAW, Action.REJECT_FIRST_REVIEW, Action.ADMINISTRATION_REJECT})


def refusal(code: str, field: str = "authorization_code", **params: Any) -> ServiceError:
    return InvalidError(
        [FieldIssue(field=field, code=code, message=render(code, params), params=params)],
        detail=render(code, params),
    )


def effective_state(code: AuthorizationCode, now: datetime) -> str:
    """The state a person sees: an unused code past its year is invalid."""
    if code.state == CodeState.UNUSED.value and code.expires_at <= now:
        return CodeState.INVALID.value
    return code.state


def _why_not_usable(code: AuthorizationCode, change_id: int, now: datetime) -> str | None:
    if code.state == CodeState.INVALID.value:
        return "authorization_code_invalid"
    if code.state == CodeState.USED.value:
        return "authorization_code_used"
    if code.state == CodeState.IN_FILING.value and code.change_id != change_id:
        return "authorization_code_in_filing"
    if code.state == CodeState.UNUSED.value and code.expires_at <= now:
        return "authorization_code_expired"
    return None


def _refuse_code(code: AuthorizationCode, reason: str, field: str) -> ServiceError:
    params = {"code_id": code.id}
    if reason == "authorization_code_expired":
        params["expires_at"] = code.expires_at.date().isoformat()  # type: ignore[assignment]
    return refusal(reason, field, **params)


# --- issuing -----------------------------------------------------------------------------------


async def resource_for(
    session: AsyncSession,
    caller: Account,
    *,
    resource_id: int | None,
    instance_id: str | None,
    lock: bool = False,
) -> ServiceResource:
    """The server the caller may issue codes for: an operator any, a filer only their own
    (others' are simply not found)."""
    stmt = select(ServiceResource)
    if resource_id is not None:
        stmt = stmt.where(ServiceResource.id == resource_id)
    elif instance_id:
        stmt = stmt.where(ServiceResource.instance_id == instance_id.strip())
    else:
        raise InvalidError(
            [
                FieldIssue(
                    field="instance_id",
                    code="required",
                    message="Name the server (its instance id)",
                )
            ]
        )
    if lock:
        stmt = stmt.with_for_update()
    resource = await session.scalar(stmt)
    if resource is None or (caller.role != Role.OPERATOR.value and resource.owner_id != caller.id):
        raise InvalidError(
            [
                FieldIssue(
                    field="instance_id",
                    code="not_found",
                    message="No such server"
                    + ("" if caller.role == Role.OPERATOR.value else " among yours"),
                )
            ],
            "No such server.",
        )
    return resource


async def live_count(session: AsyncSession, resource_id: int, now: datetime) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(AuthorizationCode)
            .where(
                AuthorizationCode.resource_id == resource_id,
                AuthorizationCode.state.in_(LIVE),
                AuthorizationCode.expires_at > now,
            )
        )
        or 0
    )


async def issue(
    session: AsyncSession, caller: Account, *, resource_id: int | None, instance_id: str | None
) -> tuple[AuthorizationCode, ServiceResource, str]:
    """A new code for the server, within its limits; returns the row and the code itself
    (the only time it exists outside the caller's hands). The caller commits."""
    # The server's row is locked (PostgreSQL; SQLite writers are serialised anyway), so two
    # issues at once count each other against the limit.
    resource = await resource_for(
        session, caller, resource_id=resource_id, instance_id=instance_id, lock=True
    )
    now = session_now(session)
    live = await live_count(session, resource.id, now)
    reason = rules.refusal_to_issue(
        resource.billing_type, resource.region_is_mainland, resource.expires_at, live, now
    )
    if reason is not None:
        raise refusal(
            reason,
            "instance_id",
            limit=rules.MAX_CODES_PER_RESOURCE,
            instance_name=resource.instance_name,
        )
    plaintext = rules.generate()
    code = AuthorizationCode(
        resource_id=resource.id,
        code_hash=rules.code_hash(plaintext),
        state=CodeState.UNUSED.value,
        issued_at=now,
        issued_by=caller.id,
        expires_at=now + rules.VALIDITY,
    )
    session.add(code)
    await session.flush()
    await audit.record(
        session,
        actor_id=caller.id,
        actor_kind=caller.role,
        action="authorization_code.issue",
        object_type="authorization_code",
        object_id=code.id,
        after={"resource_id": resource.id, "expires_at": code.expires_at.isoformat()},
    )
    return code, resource, plaintext


async def codes_of(session: AsyncSession, resource_id: int) -> list[AuthorizationCode]:
    return list(
        (
            await session.scalars(
                select(AuthorizationCode)
                .where(AuthorizationCode.resource_id == resource_id)
                .order_by(AuthorizationCode.id.desc())
            )
        ).all()
    )


async def invalidate(session: AsyncSession, caller: Account, code_id: int) -> AuthorizationCode:
    """Void an unused code (its issuer's server's owner, or an operator)."""
    code = await session.get(AuthorizationCode, code_id)
    resource = await session.get(ServiceResource, code.resource_id) if code else None
    if (
        code is None
        or resource is None
        or (caller.role != Role.OPERATOR.value and resource.owner_id != caller.id)
    ):
        raise NotFoundError("No such authorization code.")
    now = session_now(session)
    done = await session.execute(
        update(AuthorizationCode)
        .where(AuthorizationCode.id == code.id, AuthorizationCode.state == CodeState.UNUSED.value)
        .values(state=CodeState.INVALID.value, invalidated_at=now)
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        raise ConflictError(
            "authorization_code_not_unused",
            "Only an unused code can be invalidated; this one is in a filing or already used.",
        )
    await audit.record(
        session,
        actor_id=caller.id,
        actor_kind=caller.role,
        action="authorization_code.invalidate",
        object_type="authorization_code",
        object_id=code.id,
        before={"state": CodeState.UNUSED.value},
        after={"state": CodeState.INVALID.value},
    )
    await session.refresh(code)
    return code


# --- using a code on a change --------------------------------------------------------------------


def _editable(change: ChangeRequest) -> None:
    if ChangeStatus(change.status) not in EDITABLE_STATUSES:
        raise ConflictError(
            "not_editable",
            f"The change is '{change.status}'; a code can only be "
            "entered on a draft or after a rejection.",
        )


async def _touch(session: AsyncSession, change: ChangeRequest) -> None:
    await session.execute(
        update(ChangeRequest)
        .where(ChangeRequest.id == change.id)
        .values(version=ChangeRequest.version + 1, updated_at=session_now(session))
        .execution_options(synchronize_session=False)
    )


async def use(
    session: AsyncSession, change: ChangeRequest, caller: Account, text: str
) -> AuthorizationCode:
    """Enter a code on the caller's editable change: the code goes ``in_filing`` for it (one
    winner when two changes try at once). Refusals are field problems on
    ``authorization_code``. The caller commits."""
    if change.owner_id != caller.id:
        raise NotFoundError("No such change request.")
    _editable(change)
    if not rules.looks_like_a_code(text):
        raise refusal("authorization_code_malformed")
    code = await session.scalar(
        select(AuthorizationCode).where(AuthorizationCode.code_hash == rules.code_hash(text))
    )
    if code is None:
        raise refusal("authorization_code_unknown")
    resource = await session.get(ServiceResource, code.resource_id)
    assert resource is not None
    if resource.owner_id == caller.id:
        raise refusal("authorization_code_not_needed", instance_name=resource.instance_name)
    now = session_now(session)
    reason = _why_not_usable(code, change.id, now)
    if reason is not None:
        raise _refuse_code(code, reason, "authorization_code")
    if code.state == CodeState.UNUSED.value:
        taken = await session.execute(
            update(AuthorizationCode)
            .where(
                AuthorizationCode.id == code.id,
                AuthorizationCode.state == CodeState.UNUSED.value,
                AuthorizationCode.expires_at > now,
            )
            .values(state=CodeState.IN_FILING.value, change_id=change.id)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount != 1:  # type: ignore[attr-defined]
            raise refusal("authorization_code_in_filing", code_id=code.id)
    linked = await session.scalar(
        select(ChangeAuthorization.id).where(
            ChangeAuthorization.change_id == change.id, ChangeAuthorization.code_id == code.id
        )
    )
    if linked is None:
        session.add(ChangeAuthorization(change_id=change.id, code_id=code.id, added_at=now))
    await _touch(session, change)
    await audit.record(
        session,
        actor_id=caller.id,
        actor_kind=caller.role,
        action="authorization_code.use",
        object_type="authorization_code",
        object_id=code.id,
        after={"change_id": change.id, "state": CodeState.IN_FILING.value},
    )
    await session.flush()
    return code


async def remove(
    session: AsyncSession, change: ChangeRequest, caller: Account, code_id: int
) -> None:
    """Take a code off the caller's editable change; it is unused again."""
    if change.owner_id != caller.id:
        raise NotFoundError("No such change request.")
    _editable(change)
    link = await session.scalar(
        select(ChangeAuthorization).where(
            ChangeAuthorization.change_id == change.id, ChangeAuthorization.code_id == code_id
        )
    )
    if link is None:
        raise NotFoundError("This code is not on the change.")
    await session.delete(link)
    await session.execute(
        update(AuthorizationCode)
        .where(
            AuthorizationCode.id == code_id,
            AuthorizationCode.change_id == change.id,
            AuthorizationCode.state == CodeState.IN_FILING.value,
        )
        .values(state=CodeState.UNUSED.value, change_id=None)
        .execution_options(synchronize_session=False)
    )
    await _touch(session, change)
    await audit.record(
        session,
        actor_id=caller.id,
        actor_kind=caller.role,
        action="authorization_code.remove",
        object_type="authorization_code",
        object_id=code_id,
        after={"change_id": change.id, "state": CodeState.UNUSED.value},
    )


async def follow(session: AsyncSession, change: ChangeRequest, action: Action) -> None:
    """Move the change's codes with the change (called by every move, in its transaction)."""
    if action is Action.SUBMIT:
        await _reclaim(session, change)
    elif action in FREEING:
        await session.execute(
            update(AuthorizationCode)
            .where(
                AuthorizationCode.change_id == change.id,
                AuthorizationCode.state == CodeState.IN_FILING.value,
            )
            .values(state=CodeState.UNUSED.value, change_id=None)
            .execution_options(synchronize_session=False)
        )
    elif action is Action.ADMINISTRATION_APPROVE:
        await session.execute(
            update(AuthorizationCode)
            .where(
                AuthorizationCode.change_id == change.id,
                AuthorizationCode.state == CodeState.IN_FILING.value,
            )
            .values(state=CodeState.USED.value, used_at=session_now(session))
            .execution_options(synchronize_session=False)
        )


async def _reclaim(session: AsyncSession, change: ChangeRequest) -> None:
    """On (re)submission every code entered on the change must be in filing for it; a code
    freed by a rejection is taken again, unless someone else took it or it expired."""
    if loaded.opened_here(session, change.id):
        return  # opened and submitted in one transaction (a migration): no code entered yet
    codes = (
        await session.scalars(
            select(AuthorizationCode)
            .join(ChangeAuthorization, ChangeAuthorization.code_id == AuthorizationCode.id)
            .where(ChangeAuthorization.change_id == change.id)
        )
    ).all()
    now = session_now(session)
    for code in codes:
        if code.state == CodeState.IN_FILING.value and code.change_id == change.id:
            continue
        reason = _why_not_usable(code, change.id, now)
        if reason is None:
            taken = await session.execute(
                update(AuthorizationCode)
                .where(
                    AuthorizationCode.id == code.id,
                    AuthorizationCode.state == CodeState.UNUSED.value,
                    AuthorizationCode.expires_at > now,
                )
                .values(state=CodeState.IN_FILING.value, change_id=change.id)
                .execution_options(synchronize_session=False)
            )
            if taken.rowcount == 1:  # type: ignore[attr-defined]
                continue
            reason = "authorization_code_in_filing"
        raise _refuse_code(code, reason, "authorization_codes")


# --- what a change's codes open up ---------------------------------------------------------------


async def _facts(session: AsyncSession, resource_ids: set[int]) -> list[ResourceFacts]:
    if not resource_ids:
        return []
    resources = (
        await session.scalars(
            select(ServiceResource)
            .where(ServiceResource.id.in_(resource_ids))
            .order_by(ServiceResource.id)
        )
    ).all()
    addresses: dict[int, set[str]] = defaultdict(set)
    users: dict[str, set[int]] = defaultdict(set)
    for resource_id, address in await session.execute(
        select(ResourceIP.resource_id, ResourceIP.address).where(
            ResourceIP.resource_id.in_(resource_ids)
        )
    ):
        addresses[resource_id].add(address)
    for website_id, address in await session.execute(
        select(WebsiteIP.website_id, WebsiteIP.address)
        .join(ResourceIP, ResourceIP.address == WebsiteIP.address)
        .where(ResourceIP.resource_id.in_(resource_ids))
    ):
        users[address].add(website_id)
    return [
        ResourceFacts(
            resource_id=r.id,
            instance_name=r.instance_name,
            billing_type=r.billing_type,
            region_is_mainland=r.region_is_mainland,
            expires_at=r.expires_at,
            addresses=frozenset(addresses[r.id]),
            websites_using=frozenset(w for a in addresses[r.id] for w in users.get(a, ())),
        )
        for r in resources
    ]


async def resource_facts_for_change(session: AsyncSession, change_id: int) -> list[ResourceFacts]:
    """The servers the change's codes authorise, as the IP checks see the filer's own."""
    ids = set(
        (
            await session.scalars(
                select(AuthorizationCode.resource_id)
                .join(ChangeAuthorization, ChangeAuthorization.code_id == AuthorizationCode.id)
                .where(ChangeAuthorization.change_id == change_id)
            )
        ).all()
    )
    return await _facts(session, ids)


async def authorizations_of(
    session: AsyncSession, change_ids: list[int], now: datetime
) -> dict[int, list[AuthorizationOut]]:
    """The codes entered on each change, with their servers' IPs (two queries)."""
    if not change_ids:
        return {}
    rows = (
        await session.execute(
            select(ChangeAuthorization.change_id, AuthorizationCode, ServiceResource)
            .join(AuthorizationCode, AuthorizationCode.id == ChangeAuthorization.code_id)
            .join(ServiceResource, ServiceResource.id == AuthorizationCode.resource_id)
            .where(ChangeAuthorization.change_id.in_(change_ids))
            .order_by(ChangeAuthorization.id)
        )
    ).all()
    if not rows:
        return {}
    ips: dict[int, list[str]] = defaultdict(list)
    for resource_id, address in await session.execute(
        select(ResourceIP.resource_id, ResourceIP.address)
        .where(ResourceIP.resource_id.in_({r.id for _c, _code, r in rows}))
        .order_by(ResourceIP.resource_id, ResourceIP.version, ResourceIP.id)
    ):
        ips[resource_id].append(address)
    out: dict[int, list[AuthorizationOut]] = defaultdict(list)
    for change_id, code, resource in rows:
        out[change_id].append(
            AuthorizationOut(
                code_id=code.id,
                state=effective_state(code, now),  # type: ignore[arg-type]
                expires_at=code.expires_at,
                resource=AuthorizedResourceOut(
                    id=resource.id,
                    instance_id=resource.instance_id,
                    instance_name=resource.instance_name,
                    region_name=resource.region_name,
                    ips=ips.get(resource.id, []),
                ),
            )
        )
    return out
