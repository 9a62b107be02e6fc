"""The filer's side of a Change Access: open a draft, edit it, submit it, withdraw it.

Services take an open session, do their work in its transaction and leave committing to the
caller (the route, or the idempotency wrapper), so a change and its timeline, audit entry,
events and outbox messages are written together or not at all.
"""

from __future__ import annotations

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.errors import (
    ConflictError,
    FieldIssue,
    InvalidError,
    NotFoundError,
    PreconditionFailedError,
    ServiceError,
)
from icp_desktop.domain.ip import InvalidServiceIP, parse_service_ip
from icp_desktop.domain.status import EDITABLE_STATUSES, Action, ChangeStatus, Role
from icp_desktop.domain.validation import IPProblem, check_against_resources, check_proposed_ips
from icp_desktop.server import audit
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Subject, Website, WebsiteIP
from icp_desktop.server.models.workflow import ChangeRequest, ChangeTransition
from icp_desktop.server.services import (
    authorization_codes,
    calendars,
    catalog,
    deadlines,
    loaded,
    transitions,
)
from icp_desktop.server.services.transitions import ActorRef
from icp_desktop.server.unit_of_work import UnitOfWork

_EDITABLE = tuple(s.value for s in EDITABLE_STATUSES)
# Ids beyond a 32-bit integer cannot exist; asking the database about them would be an error.
MAX_ID = 2**31 - 1
MAX_IP_TEXT = 100


def normalise_ips(texts: list[str]) -> list[str]:
    """Each entry in its canonical form when it parses, else as typed (a draft keeps it).

    Entries longer than any address could be are refused (422) rather than stored.
    """
    too_long = [i for i, text in enumerate(texts) if len(text) > MAX_IP_TEXT]
    if too_long:
        raise InvalidError(
            [
                FieldIssue(
                    field="proposed_ips",
                    code="too_long",
                    params={"index": i, "max_length": MAX_IP_TEXT},
                    message=f"Entry {i + 1} is longer than {MAX_IP_TEXT} characters",
                )
                for i in too_long
            ]
        )
    controls = [
        i for i, text in enumerate(texts) if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in text)
    ]
    if controls:
        raise InvalidError(
            [
                FieldIssue(
                    field="proposed_ips",
                    code="control_characters",
                    params={"index": i},
                    message=f"Entry {i + 1} contains control characters",
                )
                for i in controls
            ]
        )
    out = []
    for text in texts:
        if not text.strip():
            continue
        try:
            out.append(str(parse_service_ip(text)))
        except InvalidServiceIP:
            out.append(text.strip())
    return out


def _plain(value: object) -> object:
    return value if isinstance(value, int | float | str | bool) or value is None else str(value)


def to_field_problems(problems: list[IPProblem]) -> list[FieldIssue]:
    return [
        FieldIssue(
            field="proposed_ips",
            ip=p.ip,
            code=p.code,
            message=p.message,
            params={k: _plain(v) for k, v in p.params.items()},
        )
        for p in problems
    ]


async def get_visible(session: AsyncSession, change_id: int, caller: Account) -> ChangeRequest:
    """The change if the caller may see it; other filers' changes are simply not found.

    Its website and subject's name come in the same query and are kept for the transaction:
    every caller goes on to show or to move the change, which needs them.
    """
    row = None
    if 1 <= change_id <= MAX_ID:
        row = (
            await session.execute(
                select(ChangeRequest, Website, Subject.name)
                .join(Website, Website.id == ChangeRequest.website_id)
                .outerjoin(Subject, Subject.id == Website.subject_id)
                .where(ChangeRequest.id == change_id)
                .execution_options(populate_existing=True)
            )
        ).first()
    if row is None or (caller.role == Role.FILER.value and row[0].owner_id != caller.id):
        raise NotFoundError("No such change request.")
    change, website, subject_name = row
    loaded.remember_website(session, website, subject_name or "")
    return change


async def _own_website(
    session: AsyncSession, website_id: int, caller: Account
) -> tuple[Website, list[str]]:
    """The caller's website and its IPs in their filed order (one query for both)."""
    rows = (
        []
        if not 1 <= website_id <= MAX_ID
        else (
            await session.execute(
                select(Website, Subject.name, WebsiteIP.address)
                .outerjoin(Subject, Subject.id == Website.subject_id)
                .outerjoin(WebsiteIP, WebsiteIP.website_id == Website.id)
                .where(Website.id == website_id)
                .order_by(WebsiteIP.position, WebsiteIP.address)
            )
        ).all()
    )
    website = rows[0][0] if rows else None
    if website is None or website.owner_id != caller.id:
        raise InvalidError(
            [
                FieldIssue(
                    field="website_id",
                    code="not_found",
                    message=f"Website {website_id} is not one of your websites",
                )
            ],
            "No such website among yours.",
            "validation_failed",
        )
    ips = [address for _, _, address in rows if address is not None]
    loaded.remember_website(session, website, rows[0][1] or "", ips)
    return website, ips


def _open_change_conflict(website: Website) -> ServiceError:
    return ConflictError(
        "open_change_exists",
        f"Website {website.license_number} already has an open change "
        f"(#{website.open_change_id}, {website.open_change_status}); finish or withdraw it first.",
        [
            FieldIssue(
                field="website_id",
                code="open_change_exists",
                message="This website already has an open change",
                params={"change_id": website.open_change_id, "status": website.open_change_status},
            )
        ],
    )


async def create_draft(
    session: AsyncSession,
    caller: Account,
    website_id: int,
    proposed_ips: list[str],
    *,
    migration_id: int | None = None,
    known: tuple[Website, list[str]] | None = None,
) -> ChangeRequest:
    """Open a draft change for one of the caller's websites (one open change per website),
    as a step of ``migration_id`` if given. ``known``: the website and its IPs, when the
    caller has just read them in this transaction (a migration reads them all at once)."""
    website, base_ips = known or await _own_website(session, website_id, caller)
    if website.owner_id != caller.id:
        raise NotFoundError("No such website among yours.")
    if website.open_change_id is not None:
        raise _open_change_conflict(website)
    now = session_now(session)
    change = ChangeRequest(
        website_id=website.id,
        owner_id=caller.id,
        status=ChangeStatus.DRAFT.value,
        proposed_ips=normalise_ips(proposed_ips),
        base_ips=base_ips,
        base_version=website.version,
        round=0,
        version=1,
        reasons=[],
        comment="",
        created_at=now,
        updated_at=now,
        migration_id=migration_id,
    )
    session.add(change)
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        fresh = await session.get(Website, website_id, populate_existing=True)
        assert fresh is not None
        raise _open_change_conflict(fresh) from None
    claimed = await session.execute(
        update(Website)
        .where(Website.id == website.id, Website.open_change_id.is_(None))
        .values(
            open_change_id=change.id,
            open_change_status=ChangeStatus.DRAFT.value,
            last_change_id=change.id,
            last_change_status=ChangeStatus.DRAFT.value,
        )
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        raise _open_change_conflict(website)
    loaded.remember_opened(session, change.id)
    session.add(
        ChangeTransition(
            change_id=change.id,
            at=now,
            actor_kind="filer",
            actor_id=caller.id,
            action="create",
            from_status=None,
            to_status=ChangeStatus.DRAFT.value,
            round=0,
            proposed_ips=list(change.proposed_ips),
        )
    )
    await audit.record(
        session,
        actor_id=caller.id,
        actor_kind="filer",
        action="change.create",
        object_type="change_request",
        object_id=change.id,
        before=None,
        after={"status": "draft", "website_id": website.id, "proposed_ips": change.proposed_ips},
    )
    await UnitOfWork.of(session).emit(
        kind="change.created",
        account_id=caller.id,
        change_id=change.id,
        website_id=website.id,
        status=ChangeStatus.DRAFT.value,
        payload={
            "license_number": website.license_number,
            "website_name": website.name,
            "domain": website.domain,
            "round": 0,
            "proposed_ips": change.proposed_ips,
        },
    )
    return change


async def update_proposed(
    session: AsyncSession,
    change: ChangeRequest,
    caller: Account,
    proposed_ips: list[str],
    if_match: int,
) -> ChangeRequest:
    """Replace the proposed IPs of an editable change whose version is still ``if_match``."""
    if change.owner_id != caller.id:
        raise NotFoundError("No such change request.")
    if change.version != if_match:
        raise PreconditionFailedError()
    if change.status not in _EDITABLE:
        raise ConflictError(
            "not_editable",
            f"The change is '{change.status}'; its IPs can only be edited as a draft or after "
            "a rejection.",
        )
    before = list(change.proposed_ips)
    result = await session.execute(
        update(ChangeRequest)
        .where(
            ChangeRequest.id == change.id,
            ChangeRequest.version == if_match,
            ChangeRequest.status.in_(_EDITABLE),
        )
        .values(
            proposed_ips=normalise_ips(proposed_ips),
            version=ChangeRequest.version + 1,
            updated_at=session_now(session),
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise PreconditionFailedError()
    change = await transitions.reload(session, change.id)
    await audit.record(
        session,
        actor_id=caller.id,
        actor_kind="filer",
        action="change.edit",
        object_type="change_request",
        object_id=change.id,
        before={"proposed_ips": before},
        after={"proposed_ips": change.proposed_ips},
    )
    return change


async def validate_for_submit(
    session: AsyncSession, change: ChangeRequest, website: Website
) -> list[FieldIssue]:
    """Every §3 rule: public, no duplicates, a real change, the filer's suitable resources."""
    current = await catalog.website_ips(session, website.id)
    loaded.remember_ips(session, website.id, current)
    problems = check_proposed_ips(change.proposed_ips, current)
    if not problems:
        resources = await catalog.resource_facts_for_owner(session, change.owner_id)
        # Servers of other accounts whose authorization codes the filer entered.
        resources += await authorization_codes.resource_facts_for_change(session, change.id)
        problems = check_against_resources(
            change.proposed_ips, resources, website.id, session_now(session)
        )
    return to_field_problems(problems)


async def submit(
    session: AsyncSession,
    change: ChangeRequest,
    caller: Account,
    *,
    first_review_days: int = 1,
    validated: bool = False,
) -> ChangeRequest:
    """Submit for first review (also Modify and Submit after either rejection).

    ``validated``: the caller has checked the proposed IPs with the same rules already (a
    migration checks its whole batch at once).
    """
    if change.owner_id != caller.id:
        raise NotFoundError("No such change request.")
    status = ChangeStatus(change.status)
    if status not in EDITABLE_STATUSES:
        raise transitions.wrong_status(change, Action.SUBMIT)
    website = await loaded.website(session, change.website_id)
    assert website is not None
    if website.version != change.base_version:
        raise ConflictError(
            "website_changed",
            f"The website's IPs changed since this change was opened (version "
            f"{change.base_version} → {website.version}); withdraw it and open a new one.",
        )
    problems = [] if validated else await validate_for_submit(session, change, website)
    if problems:
        raise InvalidError(problems, "Some proposed IPs cannot be filed.")
    now = session_now(session)
    due, estimated = deadlines.first_review_due(
        await calendars.current(session), now, first_review_days
    )
    moved = await transitions.move(
        session,
        change,
        Action.SUBMIT,
        ActorRef.of(caller),
        values={
            "round": ChangeRequest.round + 1,
            "submitted_at": now,
            "first_review_due_at": due,
            "due_estimated": estimated,
            "reasons": [],
            "comment": "",
            "approved_at": None,
            "administration_due_at": None,
            "administration_submitted_at": None,
            "administration_expected_by": None,
        },
        # Only the version that was validated may be submitted: an edit in between loses.
        guards=(ChangeRequest.version == change.version,),
        payload={"proposed_ips": change.proposed_ips},
    )
    if moved is None:
        current = await transitions.reload(session, change.id)
        if current.status == change.status:
            raise PreconditionFailedError(
                "The change was edited while it was being submitted; review it and submit again."
            )
        raise transitions.wrong_status(current, Action.SUBMIT)
    return moved


async def withdraw(session: AsyncSession, change: ChangeRequest, caller: Account) -> ChangeRequest:
    if change.owner_id != caller.id:
        raise NotFoundError("No such change request.")
    moved = await transitions.move(session, change, Action.WITHDRAW, ActorRef.of(caller))
    if moved is None:
        raise transitions.wrong_status(
            await transitions.reload(session, change.id), Action.WITHDRAW
        )
    return moved


async def list_changes(
    session: AsyncSession,
    caller: Account,
    *,
    status: str | None,
    after_id: int,
    limit: int,
    website_id: int | None = None,
    q: str | None = None,
) -> list[ChangeRequest]:
    """The caller's changes (staff: all), newest first, keyset-paged by id; ``q`` matches the
    website's license number, name or domain, or (``#12``) the change's number."""
    stmt = select(ChangeRequest)
    needle = (q or "").strip()
    if needle.startswith("#") and needle[1:].isdigit() and len(needle) < 11:
        stmt = stmt.where(ChangeRequest.id == int(needle[1:]))  # "#12": change number 12
    elif needle:
        matching = select(Website.id).where(
            or_(
                Website.license_number.icontains(needle, autoescape=True),
                Website.name.icontains(needle, autoescape=True),
                Website.domain.icontains(needle, autoescape=True),
            )
        )
        stmt = stmt.where(ChangeRequest.website_id.in_(matching))
    if caller.role == Role.FILER.value:
        stmt = stmt.where(ChangeRequest.owner_id == caller.id)
    if status:
        stmt = stmt.where(ChangeRequest.status == status)
    if website_id is not None:
        stmt = stmt.where(ChangeRequest.website_id == website_id)
    if after_id:
        stmt = stmt.where(ChangeRequest.id < after_id)
    return list((await session.scalars(stmt.order_by(ChangeRequest.id.desc()).limit(limit))).all())
