"""The working-day calendar the service counts deadlines with, and the operator's edits of it.

Three layers, the later winning: the ``chinesecalendar`` package; the operator's overrides
file (``ICP_CALENDAR_OVERRIDES``, read at start); the years the operator saved in the database
(from the State Council's notice, or day by day). Every process keeps the merged calendar and
the revision it was built at; :func:`current` compares that revision with the database's (one
indexed ``max(id)``) and rebuilds when another process — or this one — saved a year, so all
processes count with the same data from the next request on.

Saving or removing a year recomputes the deadlines of every open change and tells the owners
and the staff (events), so open apps refresh.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.calendar import CHINA_TZ, WorkingCalendar
from icp_desktop.domain.status import ChangeStatus, Role
from icp_desktop.server import audit
from icp_desktop.server.calendar_cache import CALENDAR_KEY, CalendarCache, merge
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.calendar import CalendarDay, CalendarRevision, CalendarYear
from icp_desktop.server.models.workflow import ChangeRequest
from icp_desktop.server.services import deadlines
from icp_desktop.server.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

_CHECKED_IN = "icp_calendar_checked_in"  # the transaction that read the revision
# From this day of the year on, a missing next year is worth the operator's attention.
ATTENTION_FROM = (11, 1)


def cache_of(session: AsyncSession) -> CalendarCache:
    cache: CalendarCache | None = session.info.get(CALENDAR_KEY)
    if cache is None:
        raise RuntimeError("this session was not made by a Database: it has no calendar")
    return cache


async def current(session: AsyncSession) -> WorkingCalendar:
    """The calendar to count with now, rebuilt when the database's revision moved.

    The revision is read once per transaction: a batch of changes filed together counts
    with one calendar.
    """
    cache = cache_of(session)
    transaction = session.sync_session.get_transaction()
    if transaction is not None and session.info.get(_CHECKED_IN) is transaction:
        return cache.calendar
    revision = int(await session.scalar(select(func.max(CalendarRevision.id))) or 0)
    session.info[_CHECKED_IN] = session.sync_session.get_transaction()
    if revision != cache.revision:
        years = set((await session.scalars(select(CalendarYear.year))).all())
        days = (await session.execute(select(CalendarDay.day, CalendarDay.working))).all()
        cache.calendar = WorkingCalendar(merge(cache.base, years, days))
        cache.operator_years = frozenset(years)
        cache.revision = revision
    return cache.calendar


# --- what a year holds ---------------------------------------------------------------------


@dataclass(frozen=True)
class YearData:
    """One year's special days and where they come from ("operator", "package" or "none")."""

    year: int
    source: str
    holidays: dict[date, str]
    workdays: dict[date, str]
    row: CalendarYear | None = None


# The package names its holidays in English; the notice's names are the ones people know.
_PACKAGE_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def package_year(year: int) -> YearData:
    """What the ``chinesecalendar`` package says of ``year`` (source "none" if nothing)."""
    from chinese_calendar import constants

    holidays = {
        d: _PACKAGE_NAMES.get(str(n), str(n))
        for d, n in constants.holidays.items()
        if d.year == year
    }
    workdays = {
        d: _PACKAGE_NAMES.get(str(n), str(n))
        for d, n in constants.workdays.items()
        if d.year == year
    }
    covered = holidays or workdays or _package_covers(year)
    return YearData(year, "package" if covered else "none", holidays, workdays)


def _package_covers(year: int) -> bool:
    import chinese_calendar

    try:
        chinese_calendar.is_workday(date(year, 6, 30))
    except NotImplementedError:
        return False
    return True


async def year_data(session: AsyncSession, year: int) -> YearData:
    """The operator's data for ``year`` when saved, else the package's."""
    row = await session.get(CalendarYear, year)
    if row is None:
        base = cache_of(session).base
        if year in base.years:
            return YearData(
                year,
                "file",
                {d: "" for d in base.holidays if d.year == year},
                {d: "" for d in base.workdays if d.year == year},
            )
        return package_year(year)
    rows = (
        await session.scalars(
            select(CalendarDay).where(CalendarDay.year == year).order_by(CalendarDay.day)
        )
    ).all()
    return YearData(
        year,
        "operator",
        {d.day: d.name for d in rows if not d.working},
        {d.day: d.name for d in rows if d.working},
        row,
    )


def has_data(calendar: WorkingCalendar, year: int) -> bool:
    return calendar.has_data(date(year, 1, 1)) and calendar.has_data(date(year, 12, 31))


async def attention(session: AsyncSession) -> list[tuple[str, int]]:
    """``("current_year_missing", Y)`` / ``("next_year_missing", Y)`` when the operator has
    work to do: the current year has no data, or, from 1 November, the next year has none."""
    calendar = await current(session)
    today = session_now(session).astimezone(CHINA_TZ).date()
    found = []
    if not has_data(calendar, today.year):
        found.append(("current_year_missing", today.year))
    if (today.month, today.day) >= ATTENTION_FROM and not has_data(calendar, today.year + 1):
        found.append(("next_year_missing", today.year + 1))
    return found


# --- saving --------------------------------------------------------------------------------


class VersionConflictError(Exception):
    """The year was saved by someone else since the operator loaded it."""

    def __init__(self, current: int) -> None:
        self.current = current
        super().__init__(f"the year is at version {current}")


async def save_year(
    session: AsyncSession,
    actor: Account,
    year: int,
    *,
    holidays: dict[date, str],
    workdays: dict[date, str],
    source: str,
    notice_text: str | None,
    expected_version: int | None,
    first_review_days: int,
) -> tuple[CalendarYear, int]:
    """Store ``year`` as a whole (replacing what was there), audit it, and recompute the open
    changes' deadlines; the caller commits. Returns the row and how many changes moved."""
    row = await session.get(CalendarYear, year, with_for_update=True)
    before = await year_data(session, year)
    if expected_version is not None and (row.version if row else 0) != expected_version:
        if row is not None and _same_year(before, row, holidays, workdays, source, notice_text):
            return row, 0  # this very save, repeated (its answer was lost): nothing to do
        raise VersionConflictError(row.version if row else 0)
    now = session_now(session)
    if row is None:
        row = CalendarYear(
            year=year,
            source=source,
            notice_text=notice_text,
            version=1,
            updated_at=now,
            updated_by=actor.id,
        )
        session.add(row)
    else:
        row.source, row.notice_text, row.version = source, notice_text, row.version + 1
        row.updated_at, row.updated_by = now, actor.id
    await session.flush()
    # A notice may name a day of the year before (元旦 from 31 December): the latest save
    # owns that day.
    await session.execute(
        delete(CalendarDay).where(
            or_(CalendarDay.year == year, CalendarDay.day.in_([*holidays, *workdays]))
        )
    )
    session.add_all(
        [CalendarDay(day=d, year=year, working=False, name=n[:40]) for d, n in holidays.items()]
    )
    session.add_all(
        [CalendarDay(day=d, year=year, working=True, name=n[:40]) for d, n in workdays.items()]
    )
    await audit.record(
        session,
        actor_id=actor.id,
        actor_kind=actor.role,
        action="calendar.save",
        object_type="calendar_year",
        object_id=year,
        before={"source": before.source, **_days_json(before.holidays, before.workdays)},
        after={"source": source, **_days_json(holidays, workdays)},
    )
    moved = await _revise(session, actor, year, "save", first_review_days)
    return row, moved


async def remove_year(
    session: AsyncSession, actor: Account, year: int, *, first_review_days: int
) -> int | None:
    """Forget the operator's data of ``year`` (the package's counts again); None when there
    was none. Recomputes the open changes' deadlines; the caller commits."""
    before = await year_data(session, year)
    if before.row is None:
        return None
    await session.execute(delete(CalendarDay).where(CalendarDay.year == year))
    await session.delete(before.row)
    await audit.record(
        session,
        actor_id=actor.id,
        actor_kind=actor.role,
        action="calendar.remove",
        object_type="calendar_year",
        object_id=year,
        before={"source": before.source, **_days_json(before.holidays, before.workdays)},
    )
    return await _revise(session, actor, year, "remove", first_review_days)


def _same_year(
    stored: YearData,
    row: CalendarYear,
    holidays: dict[date, str],
    workdays: dict[date, str],
    source: str,
    notice_text: str | None,
) -> bool:
    return (row.source, row.notice_text, stored.holidays, stored.workdays) == (
        source,
        notice_text,
        holidays,
        workdays,
    )


def _days_json(holidays: dict[date, str], workdays: dict[date, str]) -> dict[str, list[str]]:
    return {
        "holidays": sorted(d.isoformat() for d in holidays),
        "workdays": sorted(d.isoformat() for d in workdays),
    }


async def _revise(
    session: AsyncSession, actor: Account, year: int, action: str, first_review_days: int
) -> int:
    revision = CalendarRevision(
        year=year, action=action, at=session_now(session), actor_id=actor.id, changes_recomputed=0
    )
    session.add(revision)
    await session.flush()
    session.info.pop(_CHECKED_IN, None)  # the new revision counts from here on
    moved = await recompute_open_changes(session, first_review_days)
    revision.changes_recomputed = moved
    return moved


async def recompute_open_changes(session: AsyncSession, first_review_days: int) -> int:
    """Recompute the deadlines of every change waiting at a stage with a deadline, store those
    that moved, and tell their owners and the staff. Returns how many moved."""
    calendar = await current(session)
    stages = [s.value for s in deadlines.PENDING_DEADLINE]
    changes = (
        await session.scalars(
            select(ChangeRequest).where(ChangeRequest.status.in_(stages)).order_by(ChangeRequest.id)
        )
    ).all()
    moved = 0
    for change in changes:
        fresh = deadlines.recompute(
            calendar,
            ChangeStatus(change.status),
            submitted_at=change.submitted_at,
            approved_at=change.approved_at,
            administration_submitted_at=change.administration_submitted_at,
            first_review_days=first_review_days,
            administration_days=change.administration_window_days
            or deadlines.ADMINISTRATION_WORKING_DAYS,
        )
        values = {
            "first_review_due_at": fresh.first_review_due_at,
            "administration_due_at": fresh.administration_due_at,
            "administration_expected_by": fresh.administration_expected_by,
            "due_estimated": fresh.estimated,
        }
        if all(_same(getattr(change, k), v) for k, v in values.items()):
            continue
        await session.execute(
            update(ChangeRequest)
            .where(ChangeRequest.id == change.id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        pending = getattr(fresh, deadlines.PENDING_DEADLINE[ChangeStatus(change.status)])
        payload = {"due_at": pending.isoformat() if pending else None, "estimated": fresh.estimated}
        await UnitOfWork.of(session).emit(
            kind="change.deadline_changed",
            account_id=change.owner_id,
            change_id=change.id,
            website_id=change.website_id,
            status=change.status,
            payload=payload,
        )
        moved += 1
    if moved:
        for role in (Role.REVIEWER, Role.OPERATOR):
            await UnitOfWork.of(session).emit(
                kind="queue.changed", audience=role, payload={"reason": "calendar"}
            )
    return moved


def _same(a: datetime | bool | None, b: datetime | bool | None) -> bool:
    if isinstance(a, datetime) and isinstance(b, datetime):
        return abs(a - b) < timedelta(seconds=1)
    return a == b
