"""How a change request looks on the wire: ``ChangeOut`` per caller, and the reviewer's IP checks.

Lists are built in a few batched queries (websites, subjects, accounts, IPs, timelines) rather
than a handful of queries per change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.calendar import WorkingCalendar
from icp_desktop.domain.ip import InvalidServiceIP, parse_service_ip
from icp_desktop.domain.status import Action, ChangeStatus, Role, allowed_actions
from icp_desktop.domain.validation import check_against_resources
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Subject, Website, WebsiteIP
from icp_desktop.server.models.workflow import (
    AdministrationSubmission,
    ChangeRequest,
    ChangeTransition,
)
from icp_desktop.server.schemas import (
    AccountOut,
    ActorOut,
    ChangeOut,
    Deadline,
    IPCheck,
    Reason,
    TimelineEntry,
    WebsiteSummary,
)
from icp_desktop.server.services import (
    authorization_codes,
    calendars,
    catalog,
    deadlines,
    loaded,
    province_windows,
    sms_verification,
)
from icp_desktop.server.services.review import due_of

_ADMIN_DECISIONS = (Action.ADMINISTRATION_APPROVE, Action.ADMINISTRATION_REJECT)


def is_overdue(change: ChangeRequest, now: datetime) -> bool:
    due = due_of(change)
    return due is not None and due < now


_DEADLINE_KIND: dict[
    str, Literal["first_review", "administration_submission", "administration_review"]
] = {
    ChangeStatus.PENDING_FIRST_REVIEW.value: "first_review",
    ChangeStatus.PENDING_ADMINISTRATION_SUBMISSION.value: "administration_submission",
    ChangeStatus.ADMINISTRATION_REVIEW.value: "administration_review",
}


def deadline_of(change: ChangeRequest, now: datetime, calendar: WorkingCalendar) -> Deadline | None:
    """The deadline ``change`` waits on now, or None (the filer's turn, or finished)."""
    kind = _DEADLINE_KIND.get(change.status)
    due = due_of(change)
    if kind is None or due is None:
        return None
    return Deadline(
        kind=kind,
        due_at=due,
        estimated=change.due_estimated,
        overdue=due < now,
        working_days_left=deadlines.working_days_left(calendar, due, now),
    )


def actions_for(change: ChangeRequest, caller: Account, simulator_decides: bool) -> list[Action]:
    """What the caller may do with the change right now (the buttons to enable)."""
    status = ChangeStatus(change.status)
    role = Role(caller.role)
    if role is Role.FILER:
        return allowed_actions(role, status) if change.owner_id == caller.id else []
    if role is Role.REVIEWER:
        return [] if change.owner_id == caller.id else allowed_actions(role, status)
    actions = allowed_actions(role, status)
    if simulator_decides:
        actions = [a for a in actions if a not in _ADMIN_DECISIONS]
    return actions


def _reasons(raw: Sequence[dict[str, object]] | None) -> list[Reason]:
    out = []
    for r in raw or []:
        try:
            out.append(Reason.model_validate(r))
        except ValueError:
            continue
    return out


async def _by_id(
    session: AsyncSession, model: Any, ids: set[int], known: Sequence[Any] = ()
) -> dict[int, Any]:
    """The rows of ``model`` with these ids: those ``known`` as they are, the rest queried."""
    found: dict[int, Any] = {row.id: row for row in known if row.id in ids}
    missing = ids - found.keys()
    if missing:
        rows = (await session.scalars(select(model).where(model.id.in_(missing)))).all()
        found.update((row.id, row) for row in rows)
    return found


async def _websites(
    session: AsyncSession, ids: set[int]
) -> tuple[dict[int, Website], dict[int, str]]:
    """The websites and their subjects' names: as this transaction read them, the rest in one
    query."""
    websites: dict[int, Website] = {}
    names: dict[int, str] = {}
    for ident in ids:
        known = loaded.website_and_subject(session, ident)
        if known is not None:
            websites[ident], names[ident] = known
    missing = ids - websites.keys()
    if missing:
        rows = (
            await session.execute(
                select(Website, Subject.name)
                .outerjoin(Subject, Subject.id == Website.subject_id)
                .where(Website.id.in_(missing))
            )
        ).all()
        websites.update((w.id, w) for w, _ in rows)
        names.update((w.id, name or "") for w, name in rows)
    return websites, names


async def render(
    session: AsyncSession,
    changes: Sequence[ChangeRequest],
    caller: Account,
    *,
    timeline: bool = False,
) -> list[ChangeOut]:
    """``ChangeOut`` for each change as ``caller`` sees it (timelines only when asked)."""
    if not changes:
        return []
    now = session_now(session)
    calendar = await calendars.current(session)
    websites, subject_names = await _websites(session, {c.website_id for c in changes})
    change_ids = [c.id for c in changes]
    transitions: dict[int, list[ChangeTransition]] = defaultdict(list)
    actor_ids = {c.owner_id for c in changes}
    if timeline:
        rows = (
            await session.scalars(
                select(ChangeTransition)
                .where(ChangeTransition.change_id.in_(change_ids))
                .order_by(ChangeTransition.id)
            )
        ).all()
        for t in rows:
            transitions[t.change_id].append(t)
            if t.actor_id is not None:
                actor_ids.add(t.actor_id)
    accounts = await _by_id(session, Account, actor_ids, known=[caller, *loaded.accounts(session)])
    ips: dict[int, list[str]] = defaultdict(list)
    unread = []
    for ident in websites:
        known_ips = loaded.website_ips(session, ident)
        if known_ips is None:
            unread.append(ident)
        else:
            ips[ident] = known_ips
    if unread:
        for row in (
            await session.scalars(
                select(WebsiteIP)
                .where(WebsiteIP.website_id.in_(unread))
                .order_by(WebsiteIP.website_id, WebsiteIP.position)
            )
        ).all():
            ips[row.website_id].append(row.address)
    # Only an operator's actions on a change under administration review depend on who decides
    # it (see ``actions_for``); nobody else needs the query.
    deciding = [c.id for c in changes if c.status == ChangeStatus.ADMINISTRATION_REVIEW.value]
    simulated: set[int] = set()
    if caller.role == Role.OPERATOR.value and deciding:
        simulated = set(
            (
                await session.scalars(
                    select(AdministrationSubmission.change_id).where(
                        AdministrationSubmission.change_id.in_(deciding),
                        AdministrationSubmission.gateway == "simulator",
                        AdministrationSubmission.decision.is_(None),
                    )
                )
            ).all()
        )
    # The administration stage: the SMS step, the province's window, the codes entered.
    sms = await sms_verification.of_changes(session, changes)
    windows = province_windows.windows_of(changes, calendar, now)
    codes = await authorization_codes.authorizations_of(session, change_ids, now)
    out = []
    for c in changes:
        w: Website = websites[c.website_id]
        owner: Account = accounts[c.owner_id]
        entries = [
            TimelineEntry(
                at=t.at,
                actor=ActorOut(
                    kind=t.actor_kind,  # type: ignore[arg-type]
                    id=t.actor_id,
                    username=getattr(accounts.get(t.actor_id or -1), "username", None),
                ),
                action=t.action,  # type: ignore[arg-type]
                from_status=t.from_status,  # type: ignore[arg-type]
                to_status=t.to_status,  # type: ignore[arg-type]
                round=t.round,
                reasons=_reasons(t.reasons),
                comment=t.comment,
                proposed_ips=None if t.proposed_ips is None else list(t.proposed_ips),
            )
            for t in transitions.get(c.id, [])
        ]
        out.append(
            ChangeOut(
                id=c.id,
                website_id=c.website_id,
                website=WebsiteSummary(
                    id=w.id,
                    license_number=w.license_number,
                    name=w.name,
                    domain=w.domain,
                    service_content=w.service_content,
                    subject_name=subject_names.get(w.id, ""),
                    ips=ips.get(w.id, []),
                    version=w.version,
                ),
                owner=AccountOut(
                    id=owner.id,
                    username=owner.username,
                    role=owner.role,  # type: ignore[arg-type]
                    display_name=owner.display_name or "",
                    email=owner.email,
                    phone=owner.phone,
                ),
                status=c.status,  # type: ignore[arg-type]
                proposed_ips=list(c.proposed_ips),
                base_ips=list(c.base_ips),
                round=c.round,
                version=c.version,
                reasons=_reasons(c.reasons),
                comment=c.comment,
                created_at=c.created_at,
                updated_at=c.updated_at,
                submitted_at=c.submitted_at,
                first_review_due_at=c.first_review_due_at,
                administration_due_at=c.administration_due_at,
                administration_expected_by=c.administration_expected_by,
                due_estimated=c.due_estimated,
                overdue=is_overdue(c, now),
                deadline=deadline_of(c, now, calendar),
                migration_id=c.migration_id,
                sms_verification=sms_verification.to_out(sms[c.id], c, caller, now)
                if c.id in sms
                else None,
                administration_window=windows.get(c.id),
                authorizations=codes.get(c.id, []),
                timeline=entries,
                allowed_actions=actions_for(c, caller, c.id in simulated),
            )
        )
    return out


async def render_one(session: AsyncSession, change: ChangeRequest, caller: Account) -> ChangeOut:
    return (await render(session, [change], caller, timeline=True))[0]


async def ip_checks(session: AsyncSession, change: ChangeRequest) -> list[IPCheck]:
    """The automatic checks per IP, as the reviewer sees them beside the proposal."""
    resources = await catalog.resource_facts_for_owner(session, change.owner_id)
    resources += await authorization_codes.resource_facts_for_change(session, change.id)
    base = set(change.base_ips)
    seen: set[str] = set()
    checks: list[IPCheck] = []
    for text in change.proposed_ips:
        kind: Literal["added", "kept"] = "kept" if text in base else "added"
        try:
            ip = str(parse_service_ip(text))
        except InvalidServiceIP as exc:
            checks.append(
                IPCheck(
                    ip=text,
                    change=kind,
                    check="public",
                    passed=False,
                    code=exc.code,
                    message=exc.reason,
                )
            )
            continue
        checks.append(IPCheck(ip=ip, change=kind, check="public", passed=True))
        problems = check_against_resources([ip], resources, change.website_id, session_now(session))
        owned = [p for p in problems if p.code != "capacity"]
        capacity = [p for p in problems if p.code == "capacity"]
        checks.append(
            IPCheck(
                ip=ip,
                change=kind,
                check="owned",
                passed=not owned,
                code=owned[0].code if owned else None,
                message="; ".join(p.message for p in owned),
            )
        )
        checks.append(
            IPCheck(
                ip=ip,
                change=kind,
                check="capacity",
                passed=not capacity,
                code=capacity[0].code if capacity else None,
                message=capacity[0].message if capacity else "",
            )
        )
        dup = ip in seen
        seen.add(ip)
        checks.append(
            IPCheck(
                ip=ip,
                change=kind,
                check="duplicate",
                passed=not dup,
                code="duplicate" if dup else None,
                message=f"{ip} is entered more than once" if dup else "",
            )
        )
    for ip in change.base_ips:
        if ip not in set(change.proposed_ips):
            checks.append(IPCheck(ip=ip, change="removed", check="public", passed=True))
    return checks
