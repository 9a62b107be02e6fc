"""The administration's review window per province, kept by operators, and where each change at
the administration stands in its window ("day N of up to M working days").

A change takes its province's window when it is handed over (``administration_window_days``);
when an operator changes a province's window, the open changes of that province at the
administration take the new one, their expected dates are recomputed and their owners told
(``change.deadline_changed``), as a calendar import does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.calendar import WorkingCalendar
from icp_desktop.domain.provinces import DEFAULT_WINDOW_DAYS, PROVINCES, day_in_window
from icp_desktop.domain.status import ChangeStatus, Role
from icp_desktop.server import audit
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.administration import ProvinceWindow
from icp_desktop.server.models.catalog import Subject, Website
from icp_desktop.server.models.workflow import ChangeRequest
from icp_desktop.server.schemas import AdministrationWindowOut
from icp_desktop.server.services import calendars, deadlines
from icp_desktop.server.unit_of_work import UnitOfWork

IN_REVIEW = ChangeStatus.ADMINISTRATION_REVIEW.value


class StaleWindowError(Exception):
    """The province's window was changed by someone else since it was read."""

    def __init__(self, current: int) -> None:
        self.current = current
        super().__init__(f"the window is at version {current}")


async def province_of(session: AsyncSession, website_id: int) -> str | None:
    """The province of the website's subject (``Subject.province``), if recorded."""
    province = await session.scalar(
        select(Subject.province)
        .join(Website, Website.subject_id == Subject.id)
        .where(Website.id == website_id)
    )
    return province or None


async def window_for(session: AsyncSession, province: str | None) -> int:
    """The province's window in working days (the default for a province not in the table)."""
    if province:
        days = await session.scalar(
            select(ProvinceWindow.working_days).where(ProvinceWindow.province == province)
        )
        if days:
            return int(days)
    return DEFAULT_WINDOW_DAYS


async def all_windows(session: AsyncSession) -> list[ProvinceWindow]:
    """Every province's window, in the customary order (北京, 天津, 河北 …); provinces an
    operator added beyond the list come last."""
    rows = (await session.scalars(select(ProvinceWindow))).all()
    order = {name: i for i, name in enumerate(PROVINCES)}
    return sorted(rows, key=lambda r: (order.get(r.province, len(order)), r.province))


async def save(
    session: AsyncSession,
    actor: Account,
    province: str,
    working_days: int,
    expected_version: int | None,
) -> tuple[ProvinceWindow, int]:
    """Set a province's window (audited) and move its open changes at the administration to
    it; returns the row and how many changes moved. The caller commits."""
    row = await session.get(ProvinceWindow, province, with_for_update=True)
    if expected_version is not None and (row.version if row else 0) != expected_version:
        raise StaleWindowError(row.version if row else 0)
    before = row.working_days if row else None
    now = session_now(session)
    if row is None:
        row = ProvinceWindow(
            province=province,
            working_days=working_days,
            version=1,
            updated_at=now,
            updated_by=actor.id,
        )
        session.add(row)
    else:
        row.working_days, row.version = working_days, row.version + 1
        row.updated_at, row.updated_by = now, actor.id
    await session.flush()
    await audit.record(
        session,
        actor_id=actor.id,
        actor_kind=actor.role,
        action="province_window.save",
        object_type="province_window",
        object_id=province,
        before={"working_days": before},
        after={"working_days": working_days},
    )
    moved = await _recompute(session, province, working_days)
    return row, moved


async def _recompute(session: AsyncSession, province: str, working_days: int) -> int:
    calendar = await calendars.current(session)
    changes = (
        await session.scalars(
            select(ChangeRequest).where(
                ChangeRequest.status == IN_REVIEW, ChangeRequest.administration_province == province
            )
        )
    ).all()
    moved = 0
    for change in changes:
        if change.administration_submitted_at is None:
            continue
        expected, estimated = deadlines.administration_expected(
            calendar, change.administration_submitted_at, working_days
        )
        if change.administration_window_days == working_days:
            continue
        await session.execute(
            update(ChangeRequest)
            .where(ChangeRequest.id == change.id)
            .values(
                administration_window_days=working_days,
                administration_expected_by=expected,
                due_estimated=estimated,
                version=ChangeRequest.version + 1,
            )
            .execution_options(synchronize_session=False)
        )
        await UnitOfWork.of(session).emit(
            kind="change.deadline_changed",
            account_id=change.owner_id,
            change_id=change.id,
            website_id=change.website_id,
            status=change.status,
            payload={
                "due_at": expected.isoformat(),
                "estimated": estimated,
                "window_days": working_days,
            },
        )
        moved += 1
    if moved:
        for role in (Role.REVIEWER, Role.OPERATOR):
            await UnitOfWork.of(session).emit(
                kind="queue.changed", audience=role, payload={"reason": "province_window"}
            )
    return moved


def window_of(
    change: ChangeRequest, calendar: WorkingCalendar, now: datetime
) -> AdministrationWindowOut | None:
    """Where a change at the administration is in its window; None elsewhere."""
    if change.status != IN_REVIEW or change.administration_expected_by is None:
        return None
    days = change.administration_window_days or DEFAULT_WINDOW_DAYS
    left = deadlines.working_days_left(calendar, change.administration_expected_by, now)
    return AdministrationWindowOut(
        province=change.administration_province,
        working_days=days,
        day=day_in_window(days, left),
        working_days_left=left,
        expected_by=change.administration_expected_by,
        estimated=change.due_estimated,
        beyond=change.administration_expected_by < now,
    )


def windows_of(
    changes: Sequence[ChangeRequest], calendar: WorkingCalendar, now: datetime
) -> dict[int, AdministrationWindowOut]:
    """``window_of`` for many changes; each distinct expected day is counted once."""
    out: dict[int, AdministrationWindowOut] = {}
    lefts: dict[datetime, int] = {}
    for change in changes:
        expected = change.administration_expected_by
        if change.status != IN_REVIEW or expected is None:
            continue
        if expected not in lefts:
            lefts[expected] = deadlines.working_days_left(calendar, expected, now)
        days = change.administration_window_days or DEFAULT_WINDOW_DAYS
        left = lefts[expected]
        out[change.id] = AdministrationWindowOut(
            province=change.administration_province,
            working_days=days,
            day=day_in_window(days, left),
            working_days_left=left,
            expected_by=expected,
            estimated=change.due_estimated,
            beyond=expected < now,
        )
    return out
