"""Reconciliation: the administration's results imported in bulk, matched with the service's own
record, and nothing changed until the operator says so.

An import is read whole first (:func:`~icp_desktop.domain.reconciliation_csv.parse_results`):
one bad row refuses the import, naming every bad row's line. A readable import is stored with
each row's match — ``agrees``, ``to_record`` (a change at the administration the result
decides) or ``disagreement`` (a result for an unknown license or for no change at the
administration, a result contradicting the recorded one, a cancelled filing, the same round
twice) — plus every change at the administration for longer than its window. Applying records
the chosen results, each as an audited administration decision; disagreements stay listed
until an operator acknowledges them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.calendar import CHINA_TZ
from icp_desktop.domain.errors import ConflictError, NotFoundError
from icp_desktop.domain.reconciliation_csv import ResultRow, parse_results
from icp_desktop.domain.status import ChangeStatus
from icp_desktop.server import audit
from icp_desktop.server.administration_schemas import (
    ReconciliationImportOut,
    ReconciliationImportSummary,
    ReconciliationItemOut,
)
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Website
from icp_desktop.server.models.reconciliation import ReconciliationImport, ReconciliationItem
from icp_desktop.server.models.workflow import AdministrationSubmission, ChangeRequest
from icp_desktop.server.services import administration
from icp_desktop.server.services.transitions import ActorRef

IN_REVIEW = ChangeStatus.ADMINISTRATION_REVIEW.value
_DECISION = {"approved": "approve", "rejected": "reject"}


def _end_of(day: Any) -> datetime:
    """The end of a Beijing day, as UTC."""
    return datetime.combine(day + timedelta(days=1), time(0), CHINA_TZ).astimezone(UTC)


async def import_results(
    session: AsyncSession, operator: Account, csv_text: str, filename: str
) -> ReconciliationImport:
    """Read, match and store one import (nothing else changes); raises ``ResultsUnreadable``
    with every bad row. The caller commits."""
    now = session_now(session)
    rows = parse_results(csv_text, now.astimezone(CHINA_TZ).date())
    imported = ReconciliationImport(
        filename=filename[:200], imported_at=now, imported_by=operator.id, rows=len(rows)
    )
    session.add(imported)
    await session.flush()
    items = await _match(session, imported.id, rows)
    items += await _beyond_window(session, imported.id, now, {i.change_id for i in items})
    session.add_all(items)
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item.match] += 1
    await audit.record(
        session,
        actor_id=operator.id,
        actor_kind=operator.role,
        action="reconciliation.import",
        object_type="reconciliation_import",
        object_id=imported.id,
        after={"filename": filename, "rows": len(rows), **counts},
    )
    await session.flush()
    return imported


async def _match(
    session: AsyncSession, import_id: int, rows: list[ResultRow]
) -> list[ReconciliationItem]:
    licenses = {r.license_number for r in rows}
    websites = {
        w.license_number: w
        for w in (
            await session.scalars(select(Website).where(Website.license_number.in_(licenses)))
        ).all()
    }
    site_ids = [w.id for w in websites.values()]
    submissions: dict[int, list[tuple[AdministrationSubmission, ChangeRequest]]] = defaultdict(list)
    if site_ids:
        for sub, change in (
            await session.execute(
                select(AdministrationSubmission, ChangeRequest)
                .join(ChangeRequest, ChangeRequest.id == AdministrationSubmission.change_id)
                .where(ChangeRequest.website_id.in_(site_ids))
                .order_by(AdministrationSubmission.submitted_at)
            )
        ).all():
            submissions[change.website_id].append((sub, change))
    seen: dict[tuple[int, int], int] = {}
    items = []
    for row in rows:
        item = ReconciliationItem(
            import_id=import_id,
            line=row.line,
            license_number=row.license_number,
            result=row.result,
            reason=row.reason,
            result_date=row.result_date,
            detail={},
            status="open",
            note="",
        )
        website = websites.get(row.license_number)
        if website is None:
            item.match, item.kind = "disagreement", "unknown_license"
            items.append(item)
            continue
        item.website_id = website.id
        if row.result == "cancelled":
            item.match, item.kind = "disagreement", "filing_cancelled"
            item.detail = {"website_status": website.open_change_status or "filed"}
            items.append(item)
            continue
        found = [
            (s, c)
            for s, c in submissions.get(website.id, [])
            if s.submitted_at <= _end_of(row.result_date)
        ]
        if not found:
            item.match, item.kind = "disagreement", "no_change_at_administration"
            items.append(item)
            continue
        sub, change = found[-1]
        item.change_id, item.round = change.id, sub.round
        key = (change.id, sub.round)
        if key in seen:
            item.match, item.kind = "disagreement", "duplicate_in_import"
            item.detail = {"first_line": seen[key]}
            items.append(item)
            continue
        seen[key] = row.line
        expected = _DECISION[row.result]
        if sub.decision is None and change.status == IN_REVIEW and change.round == sub.round:
            item.match = "to_record"
            item.detail = {"gateway": sub.gateway}
        elif sub.decision == expected:
            item.match = "agrees"
        else:
            item.match, item.kind = "disagreement", "contradicts"
            item.detail = {"recorded": sub.decision or "none", "change_status": change.status}
        items.append(item)
    return items


async def _beyond_window(
    session: AsyncSession, import_id: int, now: datetime, named: set[int | None]
) -> list[ReconciliationItem]:
    """Changes at the administration for longer than their window (and not decided by this
    import): flagged, so that a result the administration never sent is noticed."""
    late = (
        await session.execute(
            select(ChangeRequest, Website.license_number)
            .join(Website, Website.id == ChangeRequest.website_id)
            .where(
                ChangeRequest.status == IN_REVIEW, ChangeRequest.administration_expected_by < now
            )
            .order_by(ChangeRequest.administration_expected_by)
        )
    ).all()
    return [
        ReconciliationItem(
            import_id=import_id,
            line=None,
            license_number=license_number,
            result=None,
            reason="",
            result_date=None,
            website_id=change.website_id,
            change_id=change.id,
            round=change.round,
            match="disagreement",
            kind="beyond_window",
            detail={
                "expected_by": change.administration_expected_by.isoformat()
                if change.administration_expected_by
                else None,
                "window_days": change.administration_window_days,
            },
            status="open",
            note="",
        )
        for change, license_number in late
        if change.id not in named
    ]


async def apply(
    session: AsyncSession, operator: Account, import_id: int, item_ids: list[int] | None
) -> tuple[int, int]:
    """Record the import's ``to_record`` results (all, or those named), each an audited
    administration decision; a result whose change moved on meanwhile is skipped and says
    why. Returns (applied, skipped). The caller commits."""
    if await session.get(ReconciliationImport, import_id) is None:
        raise NotFoundError("No such import.")
    stmt = select(ReconciliationItem).where(
        ReconciliationItem.import_id == import_id,
        ReconciliationItem.match == "to_record",
        ReconciliationItem.status == "open",
    )
    if item_ids is not None:
        stmt = stmt.where(ReconciliationItem.id.in_(item_ids))
    items = (await session.scalars(stmt.order_by(ReconciliationItem.id))).all()
    now = session_now(session)
    applied = skipped = 0
    for item in items:
        why = await _apply_one(session, operator, item)
        item.resolved_at, item.resolved_by = now, operator.id
        if why is None:
            item.status = "applied"
            applied += 1
        else:
            item.status = "skipped"
            item.detail = {**item.detail, "skipped": why}
            skipped += 1
        await audit.record(
            session,
            actor_id=operator.id,
            actor_kind=operator.role,
            action="reconciliation.apply",
            object_type="reconciliation_item",
            object_id=item.id,
            after={
                "change_id": item.change_id,
                "result": item.result,
                "status": item.status,
                "skipped": why,
            },
        )
    await session.flush()
    return applied, skipped


async def _apply_one(
    session: AsyncSession, operator: Account, item: ReconciliationItem
) -> str | None:
    assert item.change_id is not None and item.result in _DECISION
    change = await session.scalar(
        select(ChangeRequest)
        .where(ChangeRequest.id == item.change_id)
        .execution_options(populate_existing=True)
    )
    if change is None or change.status != IN_REVIEW or change.round != item.round:
        return "moved_on"
    sub = await session.scalar(
        select(AdministrationSubmission).where(
            AdministrationSubmission.change_id == change.id,
            AdministrationSubmission.round == change.round,
        )
    )
    if sub is not None and sub.gateway == "simulator" and sub.decision is None:
        return "handled_by_simulator"
    decision = _DECISION[item.result]
    reasons = (
        [{"field": "proposed_ips", "ip": None, "code": None, "message": item.reason}]
        if decision == "reject"
        else []
    )
    comment = f"reconciliation import #{item.import_id}, line {item.line}"
    moved = await administration.decide(
        session, change, ActorRef.of(operator), decision, reasons, comment
    )
    return None if moved is not None else "moved_on"


async def acknowledge(
    session: AsyncSession, operator: Account, item_id: int, note: str
) -> ReconciliationItem:
    """Mark one open disagreement as seen and handled (audited)."""
    done = await session.execute(
        update(ReconciliationItem)
        .where(
            ReconciliationItem.id == item_id,
            ReconciliationItem.match == "disagreement",
            ReconciliationItem.status == "open",
        )
        .values(
            status="acknowledged",
            resolved_at=session_now(session),
            resolved_by=operator.id,
            note=note,
        )
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        item = await session.get(ReconciliationItem, item_id)
        if item is None:
            raise NotFoundError("No such result.")
        raise ConflictError(
            "not_open_disagreement", "Only an open disagreement can be acknowledged."
        )
    await audit.record(
        session,
        actor_id=operator.id,
        actor_kind=operator.role,
        action="reconciliation.acknowledge",
        object_type="reconciliation_item",
        object_id=item_id,
        after={"note": note},
    )
    item = await session.get(ReconciliationItem, item_id, populate_existing=True)
    assert item is not None
    return item


# --- reading ---------------------------------------------------------------------------------


async def _usernames(session: AsyncSession, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(
        (
            await session.execute(
                select(Account.id, Account.username).where(Account.id.in_(wanted))
            )
        ).all()
    )


def _item_out(item: ReconciliationItem, names: dict[int, str]) -> ReconciliationItemOut:
    return ReconciliationItemOut(
        id=item.id,
        import_id=item.import_id,
        line=item.line,
        license_number=item.license_number,
        result=item.result,  # type: ignore[arg-type]
        reason=item.reason,
        result_date=item.result_date,
        website_id=item.website_id,
        change_id=item.change_id,
        round=item.round,
        match=item.match,  # type: ignore[arg-type]
        kind=item.kind,
        detail=item.detail or {},
        status=item.status,  # type: ignore[arg-type]
        resolved_at=item.resolved_at,
        resolved_by=names.get(item.resolved_by or -1),
        note=item.note,
    )


async def item_out(session: AsyncSession, item: ReconciliationItem) -> ReconciliationItemOut:
    return _item_out(item, await _usernames(session, {item.resolved_by}))


def _counts(items: list[ReconciliationItem]) -> dict[str, int]:
    counts = {
        "agrees": 0,
        "to_record": 0,
        "disagreement": 0,
        "applied": 0,
        "open_to_record": 0,
        "open_disagreements": 0,
    }
    for item in items:
        counts[item.match] += 1
        if item.status == "applied":
            counts["applied"] += 1
        if item.status == "open" and item.match == "to_record":
            counts["open_to_record"] += 1
        if item.status == "open" and item.match == "disagreement":
            counts["open_disagreements"] += 1
    return counts


async def import_out(session: AsyncSession, import_id: int) -> ReconciliationImportOut:
    imported = await session.get(ReconciliationImport, import_id)
    if imported is None:
        raise NotFoundError("No such import.")
    items = list(
        (
            await session.scalars(
                select(ReconciliationItem)
                .where(ReconciliationItem.import_id == import_id)
                .order_by(
                    ReconciliationItem.line.is_(None),
                    ReconciliationItem.line,
                    ReconciliationItem.id,
                )
                .execution_options(populate_existing=True)
            )
        ).all()
    )
    names = await _usernames(session, {imported.imported_by, *(i.resolved_by for i in items)})
    return ReconciliationImportOut(
        id=imported.id,
        filename=imported.filename,
        imported_at=imported.imported_at,
        imported_by=names.get(imported.imported_by),
        rows=imported.rows,
        counts=_counts(items),
        items=[_item_out(i, names) for i in items],
    )


async def recent_imports(
    session: AsyncSession, limit: int = 50
) -> list[ReconciliationImportSummary]:
    imports = (
        await session.scalars(
            select(ReconciliationImport).order_by(ReconciliationImport.id.desc()).limit(limit)
        )
    ).all()
    if not imports:
        return []
    items: dict[int, list[ReconciliationItem]] = defaultdict(list)
    for item in (
        await session.scalars(
            select(ReconciliationItem).where(
                ReconciliationItem.import_id.in_([i.id for i in imports])
            )
        )
    ).all():
        items[item.import_id].append(item)
    names = await _usernames(session, {i.imported_by for i in imports})
    return [
        ReconciliationImportSummary(
            id=i.id,
            filename=i.filename,
            imported_at=i.imported_at,
            imported_by=names.get(i.imported_by),
            rows=i.rows,
            counts=_counts(items[i.id]),
        )
        for i in imports
    ]


async def disagreements(
    session: AsyncSession, include_acknowledged: bool, limit: int = 500
) -> list[ReconciliationItemOut]:
    """Disagreements across imports, newest first; open ones only unless asked."""
    states = ["open", "acknowledged"] if include_acknowledged else ["open"]
    items = list(
        (
            await session.scalars(
                select(ReconciliationItem)
                .where(
                    ReconciliationItem.match == "disagreement",
                    ReconciliationItem.status.in_(states),
                )
                .order_by(ReconciliationItem.id.desc())
                .limit(limit)
            )
        ).all()
    )
    names = await _usernames(session, {i.resolved_by for i in items})
    return [_item_out(i, names) for i in items]
