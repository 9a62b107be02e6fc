"""Due times of the workflow in mainland China working days (DESIGN §2).

A working day ends at 24:00 Beijing time. Every function takes the working calendar to count
with (:func:`icp_desktop.server.services.calendars.current`). When a date has no calendar data,
the day counts by weekends only and the deadline is flagged as estimated — a request never
fails for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from icp_desktop.domain.calendar import (
    CHINA_TZ,
    WorkingCalendar,
    estimate_add_working_days,
    estimate_working_days_between,
)
from icp_desktop.domain.status import ChangeStatus

BEIJING = CHINA_TZ
ADMINISTRATION_WORKING_DAYS = 20


def end_of_day(day: date) -> datetime:
    """The last moment of ``day`` in Beijing, as UTC."""
    return datetime.combine(day + timedelta(days=1), time(0), BEIJING).astimezone(UTC)


def local_date(moment: datetime) -> date:
    return moment.astimezone(BEIJING).date()


def after_working_days(
    calendar: WorkingCalendar, moment: datetime, n: int
) -> tuple[datetime, bool]:
    """End of the ``n``-th working day after the day of ``moment`` (Beijing time), and
    whether it is an estimate."""
    day, estimated = estimate_add_working_days(local_date(moment), max(1, n), calendar)
    return end_of_day(day), estimated


def first_review_due(
    calendar: WorkingCalendar, submitted_at: datetime, working_days: int = 1
) -> tuple[datetime, bool]:
    return after_working_days(calendar, submitted_at, working_days)


def administration_due(calendar: WorkingCalendar, approved_at: datetime) -> tuple[datetime, bool]:
    """ "Within 1 working day": the end of the next working day after approval."""
    return after_working_days(calendar, approved_at, 1)


def administration_expected(
    calendar: WorkingCalendar,
    submitted_at: datetime,
    working_days: int = ADMINISTRATION_WORKING_DAYS,
) -> tuple[datetime, bool]:
    """The end of the administration's window (its province's, in working days)."""
    return after_working_days(calendar, submitted_at, working_days)


def working_days_left(calendar: WorkingCalendar, due: datetime, now: datetime) -> int:
    """Working days from today until the due day (0 = due today, negative = overdue)."""
    today, due_day = local_date(now), local_date(due - timedelta(microseconds=1))
    days, _estimated = estimate_working_days_between(today, due_day, calendar)
    return days


@dataclass(frozen=True, slots=True)
class StageDeadlines:
    """The three due times of a change, recomputed from the moments that start them."""

    first_review_due_at: datetime | None
    administration_due_at: datetime | None
    administration_expected_by: datetime | None
    estimated: bool  # the deadline of the change's current stage is an estimate


# The deadline that is pending in each status; the others have none (the filer's turn, or over).
PENDING_DEADLINE = {
    ChangeStatus.PENDING_FIRST_REVIEW: "first_review_due_at",
    ChangeStatus.PENDING_ADMINISTRATION_SUBMISSION: "administration_due_at",
    ChangeStatus.ADMINISTRATION_REVIEW: "administration_expected_by",
}


def recompute(
    calendar: WorkingCalendar,
    status: ChangeStatus,
    *,
    submitted_at: datetime | None,
    approved_at: datetime | None,
    administration_submitted_at: datetime | None,
    first_review_days: int,
    administration_days: int = ADMINISTRATION_WORKING_DAYS,
) -> StageDeadlines:
    """The due times a change has under ``calendar``, each from its own starting moment."""
    flags: dict[str, bool] = {}
    values: dict[str, datetime | None] = {}
    for name, start, compute in (
        (
            "first_review_due_at",
            submitted_at,
            lambda at: first_review_due(calendar, at, first_review_days),
        ),
        ("administration_due_at", approved_at, lambda at: administration_due(calendar, at)),
        (
            "administration_expected_by",
            administration_submitted_at,
            lambda at: administration_expected(calendar, at, administration_days),
        ),
    ):
        if start is None:
            values[name] = None
            continue
        values[name], flags[name] = compute(start)
    pending = PENDING_DEADLINE.get(status)
    return StageDeadlines(
        first_review_due_at=values["first_review_due_at"],
        administration_due_at=values["administration_due_at"],
        administration_expected_by=values["administration_expected_by"],
        estimated=bool(pending and flags.get(pending)),
    )
