"""Due times of the workflow in mainland China working days (DESIGN §2).

A working day ends at 24:00 Beijing time. When a date has no calendar data (neither the
``chinesecalendar`` package nor the operator's overrides cover it), the day counts by weekends
only and the deadline is flagged as estimated — a request never fails for it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from icp_desktop.domain.calendar import (
    CHINA_TZ,
    Overrides,
    WorkingCalendar,
    estimate_add_working_days,
    estimate_working_days_between,
)

BEIJING = CHINA_TZ
ADMINISTRATION_WORKING_DAYS = 20


class _Calendar:
    """The calendar of this process: package data plus the operator's overrides file."""

    current = WorkingCalendar()


def use_overrides(path: Path | None) -> None:
    """Load the operator's holidays and make-up days (called once when the service starts)."""
    _Calendar.current = WorkingCalendar(Overrides.from_json_file(path) if path else None)


def add_working_days(start: date, n: int) -> tuple[date, bool]:
    """The ``n``-th working day after ``start``, and whether it is an estimate."""
    return estimate_add_working_days(start, max(1, n), _Calendar.current)


def end_of_day(day: date) -> datetime:
    """The last moment of ``day`` in Beijing, as UTC."""
    return datetime.combine(day + timedelta(days=1), time(0), BEIJING).astimezone(UTC)


def local_date(moment: datetime) -> date:
    return moment.astimezone(BEIJING).date()


def after_working_days(moment: datetime, n: int) -> tuple[datetime, bool]:
    """End of the ``n``-th working day after the day of ``moment`` (Beijing time)."""
    day, estimated = add_working_days(local_date(moment), n)
    return end_of_day(day), estimated


def first_review_due(submitted_at: datetime, working_days: int = 1) -> tuple[datetime, bool]:
    return after_working_days(submitted_at, working_days)


def administration_due(approved_at: datetime) -> tuple[datetime, bool]:
    """"Within 1 working day": the end of the next working day after approval."""
    return after_working_days(approved_at, 1)


def administration_expected(submitted_at: datetime) -> tuple[datetime, bool]:
    return after_working_days(submitted_at, ADMINISTRATION_WORKING_DAYS)


def working_days_left(due: datetime, now: datetime) -> int:
    """Working days from today until the due day (0 = due today, negative = overdue)."""
    today, due_day = local_date(now), local_date(due - timedelta(microseconds=1))
    days, _estimated = estimate_working_days_between(today, due_day, _Calendar.current)
    return days
