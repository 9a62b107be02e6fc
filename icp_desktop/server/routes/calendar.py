"""The working-day calendar: read by everyone, kept by the operator (``/v1/calendar``)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.calendar import CHINA_TZ
from icp_desktop.domain.errors import ConflictError, FieldIssue, InvalidError, NotFoundError
from icp_desktop.domain.holiday_notice import NoticeParseError, parse_holiday_notice
from icp_desktop.server.calendar_schemas import (
    CalendarAttention,
    CalendarDayIn,
    CalendarDayOut,
    CalendarSaved,
    CalendarSummary,
    CalendarYearIn,
    CalendarYearOut,
    CalendarYearSummary,
)
from icp_desktop.server.db import session_now
from icp_desktop.server.deps import (
    CurrentAccount,
    OperatorAccount,
    ReadSessionDep,
    SettingsDep,
    UnitOfWorkDep,
)
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.routes.changes import PROBLEMS
from icp_desktop.server.services import calendars

router = APIRouter(prefix="/v1", tags=["calendar"])

Year = Annotated[int, Path(ge=1990, le=2100)]

_ATTENTION_TEXT = {
    "current_year_missing": "There is no working-day data for {year}: every deadline is an "
    "estimate that skips weekends only. Import the State Council's "
    "holiday notice for {year}.",
    "next_year_missing": "There is no working-day data for {year} yet: deadlines that reach "
    "into {year} are estimates. Import the State Council's holiday notice "
    "for {year} when it is published.",
}


async def _year_out(session: AsyncSession, year: int) -> CalendarYearOut:
    data = await calendars.year_data(session, year)
    row = data.row
    updated_by = None
    if row is not None and row.updated_by is not None:
        account = await session.get(Account, row.updated_by)
        updated_by = account.username if account else None
    return CalendarYearOut(
        year=year,
        source=data.source,  # type: ignore[arg-type]
        holidays=[CalendarDayOut(date=d, name=n) for d, n in sorted(data.holidays.items())],
        workdays=[CalendarDayOut(date=d, name=n) for d, n in sorted(data.workdays.items())],
        version=row.version if row else 0,
        updated_at=row.updated_at if row else None,
        updated_by=updated_by,
        notice_text=row.notice_text if row else None,
    )


@router.get("/calendar", response_model=CalendarSummary, responses=PROBLEMS)
async def calendar_summary(session: ReadSessionDep, account: CurrentAccount) -> CalendarSummary:
    """The years around today and where their data comes from, and what needs the operator."""
    today = session_now(session).astimezone(CHINA_TZ).date()
    await calendars.current(session)
    operator_years = calendars.cache_of(session).operator_years
    years = sorted({*range(today.year - 1, today.year + 2), *operator_years})
    summary = [
        CalendarYearSummary(year=y, source=(await calendars.year_data(session, y)).source)  # type: ignore[arg-type]
        for y in years
    ]
    attention = [
        CalendarAttention(
            code=code,  # type: ignore[arg-type]
            year=year,
            message=_ATTENTION_TEXT[code].format(year=year),
        )
        for code, year in await calendars.attention(session)
    ]
    return CalendarSummary(today=today, years=summary, attention=attention)


@router.get("/calendar/{year}", response_model=CalendarYearOut, responses=PROBLEMS)
async def calendar_year(
    year: Year, session: ReadSessionDep, account: CurrentAccount
) -> CalendarYearOut:
    """One year's holidays and make-up working days."""
    return await _year_out(session, year)


@router.put("/calendar/{year}", response_model=CalendarSaved, responses=PROBLEMS)
async def save_calendar_year(
    year: Year,
    body: CalendarYearIn,
    uow: UnitOfWorkDep,
    account: OperatorAccount,
    settings: SettingsDep,
) -> CalendarSaved:
    """Save a whole year, from the pasted notice or day by day; open changes' deadlines are
    recomputed and their owners told."""
    session = uow.session
    holidays, workdays, source = _days_of(year, body)
    try:
        _row, moved = await calendars.save_year(
            session,
            account,
            year,
            holidays=holidays,
            workdays=workdays,
            source=source,
            notice_text=body.notice_text if source == "notice" else None,
            expected_version=body.version,
            first_review_days=settings.first_review_working_days,
        )
        await uow.commit()
    except calendars.VersionConflictError as exc:
        await session.rollback()
        raise _stale(year, exc.current) from None
    except IntegrityError:  # another operator saved the year's first version at the same time
        await session.rollback()
        raise _stale(year, 1) from None
    return CalendarSaved(year=await _year_out(session, year), changes_recomputed=moved)


@router.delete("/calendar/{year}", response_model=CalendarSaved, responses=PROBLEMS)
async def remove_calendar_year(
    year: Year,
    uow: UnitOfWorkDep,
    account: OperatorAccount,
    settings: SettingsDep,
) -> CalendarSaved:
    """Forget the operator's data of a year: the package's (if any) counts again."""
    session = uow.session
    moved = await calendars.remove_year(
        session, account, year, first_review_days=settings.first_review_working_days
    )
    if moved is None:
        await session.rollback()
        raise NotFoundError(f"No working-day data for {year} was saved by an operator.")
    await uow.commit()
    return CalendarSaved(year=await _year_out(session, year), changes_recomputed=moved)


def _stale(year: int, current: int) -> Exception:
    return ConflictError(
        "calendar_changed",
        f"The calendar of {year} was saved by someone else meanwhile (now version "
        f"{current}); load it again and repeat your edit.",
        [
            FieldIssue(
                field="version",
                code="calendar_changed",
                message="Another save came first",
                params={"current": current},
            )
        ],
    )


def _days_of(year: int, body: CalendarYearIn) -> tuple[dict[date, str], dict[date, str], str]:
    """The holidays and make-up days the body gives, checked; 422 with the field at fault."""
    by_hand = body.holidays is not None or body.workdays is not None
    if (body.notice_text is None) == (not by_hand):
        raise InvalidError(
            [
                FieldIssue(
                    field="notice_text",
                    code="notice_or_days",
                    message="Send either the notice's text or the lists of days, not both",
                )
            ]
        )
    if body.notice_text is not None:
        try:
            notice = parse_holiday_notice(body.notice_text, year)
        except NoticeParseError as exc:
            raise InvalidError(
                [
                    FieldIssue(
                        field="notice_text",
                        code="notice_unreadable",
                        message=exc.reason,
                        params={"line": exc.line, "reason_zh": exc.reason_zh},
                    )
                ],
                "The notice could not be read.",
            ) from None
        holidays = {d: f.name for f in notice.festivals for d in f.days_off}
        workdays = {d: f.name for f in notice.festivals for d in f.workdays}
        return holidays, workdays, "notice"
    problems: list[FieldIssue] = []
    holidays = _checked("holidays", body.holidays or [], year, problems)
    workdays = _checked("workdays", body.workdays or [], year, problems)
    for day in sorted(holidays.keys() & workdays.keys()):
        problems.append(
            FieldIssue(
                field="workdays",
                code="both_holiday_and_workday",
                message=f"{day} is listed as a holiday too",
                params={"date": day.isoformat()},
            )
        )
    for day in sorted(workdays):
        if day.weekday() < 5:
            problems.append(
                FieldIssue(
                    field="workdays",
                    code="workday_not_weekend",
                    message=f"{day} is a weekday, a working day anyway; make-up days fall on "
                    f"weekends",
                    params={"date": day.isoformat()},
                )
            )
    if problems:
        raise InvalidError(problems, "Some days cannot be saved.")
    return holidays, workdays, "days"


def _checked(
    field: str, days: list[CalendarDayIn], year: int, problems: list[FieldIssue]
) -> dict[date, str]:
    out: dict[date, str] = {}
    for index, item in enumerate(days):
        if item.date.year != year:
            problems.append(
                FieldIssue(
                    field=field,
                    code="outside_year",
                    message=f"{item.date} is not in {year}",
                    params={"index": index, "date": item.date.isoformat(), "year": year},
                )
            )
            continue
        out[item.date] = item.name
    return out
