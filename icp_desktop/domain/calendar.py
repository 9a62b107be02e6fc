"""Working days of mainland China, for deadlines shown to people (DESIGN §2).

A working day is a weekday that is not a public holiday, or a weekend day made a working day
to make up for a holiday (调休). The data comes from the ``chinesecalendar`` package, which
ends at some year, and from operator overrides for later years (or corrections). A date
neither covers raises ``CalendarDataMissing``; the ``deadline_*``/``estimate_*`` helpers fall
back to weekends only and say the result is an estimate, for callers that must not fail.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

# Mainland China has kept UTC+8 without daylight saving since 1991; a fixed offset avoids
# depending on the tz database being present (it is not on a bare Windows install).
CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")
END_OF_DAY = time(23, 59, 59, 999999)
# No run of non-working days in the data is longer than a few weeks; a longer search means
# broken overrides, which must not loop for ever.
_MAX_SEARCH_DAYS = 60

T = TypeVar("T")


class CalendarDataMissing(LookupError):  # noqa: N818 - the name is the contract (DESIGN §6)
    """No holiday data covers ``day``: neither the package nor the operator's overrides."""

    def __init__(self, day: date) -> None:
        self.day = day
        super().__init__(
            f"No working-day calendar data for {day.isoformat()}: the chinesecalendar package "
            f"and the operator's holiday overrides do not cover {day.year}"
        )


@dataclass(frozen=True)
class Overrides:
    """Operator-supplied holidays and make-up working days.

    Attributes:
        years: the years these lists describe completely; in them, a day not listed is a
            working day exactly when it is Monday to Friday.
        holidays: days off, even on a weekday (and even in years the package covers).
        workdays: make-up working days (调休), even on a weekend.
    """

    years: frozenset[int] = frozenset()
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        both = self.holidays & self.workdays
        if both:
            day = min(both).isoformat()
            raise ValueError(f"{day} is listed both as a holiday and as a working day")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Overrides:
        """Overrides from ``{"years": [2027], "holidays": ["2027-01-01"], "workdays": []}``."""
        unknown = set(data) - {"years", "holidays", "workdays"}
        if unknown:
            raise ValueError(f"unknown keys in calendar overrides: {', '.join(sorted(unknown))}")
        return cls(
            years=frozenset(int(y) for y in data.get("years", [])),
            holidays=frozenset(_parse_days(data.get("holidays", []), "holidays")),
            workdays=frozenset(_parse_days(data.get("workdays", []), "workdays")),
        )

    @classmethod
    def from_json_file(cls, path: str | Path) -> Overrides:
        """Overrides read from a JSON file in the ``from_dict`` shape."""
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if not isinstance(data, dict):
            raise ValueError(f"{path}: calendar overrides must be a JSON object")
        return cls.from_dict(data)


def _parse_days(values: Iterable[str], key: str) -> list[date]:
    days = []
    for value in values:
        try:
            days.append(date.fromisoformat(value))
        except (TypeError, ValueError):
            raise ValueError(
                f"calendar overrides: {key} has {value!r}, not a YYYY-MM-DD date"
            ) from None
    return days


def _package_is_workday(day: date) -> bool | None:
    """The package's answer for ``day``, or None when its data does not cover the year."""
    import chinese_calendar  # imported on first use: it costs the desktop app's start-up

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


class WorkingCalendar:
    """Working-day arithmetic over the package data plus optional operator overrides.

    Args:
        overrides: holidays and make-up days for years the package lacks, or corrections.
        weekends_only_fallback: for a date no data covers, count Monday to Friday as working
            days instead of raising ``CalendarDataMissing`` (an estimate).
    """

    def __init__(
        self, overrides: Overrides | None = None, *, weekends_only_fallback: bool = False
    ) -> None:
        self.overrides = overrides or Overrides()
        self.weekends_only_fallback = weekends_only_fallback

    def has_data(self, day: date) -> bool:
        """Whether the package or the overrides cover ``day`` (no estimate needed)."""
        return day.year in self.overrides.years or _package_is_workday(day) is not None

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` is a working day in mainland China."""
        if isinstance(day, datetime):
            day = day.date()
        if day in self.overrides.holidays:
            return False
        if day in self.overrides.workdays:
            return True
        if day.year in self.overrides.years:
            return day.weekday() < 5
        package = _package_is_workday(day)
        if package is not None:
            return package
        if self.weekends_only_fallback:
            return day.weekday() < 5
        raise CalendarDataMissing(day)

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self.add_working_days(day, 1)

    def add_working_days(self, day: date, n: int) -> date:
        """The ``n``-th working day after ``day`` (before it when ``n`` is negative).

        ``n == 0`` gives ``day`` itself, working day or not.
        """
        step = timedelta(days=1 if n >= 0 else -1)
        remaining = abs(n)
        current = day
        idle = 0
        while remaining:
            current += step
            if self.is_working_day(current):
                remaining -= 1
                idle = 0
            else:
                idle += 1
                if idle > _MAX_SEARCH_DAYS:
                    raise ValueError(f"no working day within {_MAX_SEARCH_DAYS} days of {day}")
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days one steps over going from ``start`` to ``end``: those after
        ``start`` up to and including ``end``, or, going back, minus those from ``end`` up to
        but excluding ``start``. So ``working_days_between(d, add_working_days(d, n)) == n``."""
        sign, first, last = (1, start, end) if end >= start else (-1, end, start)
        count = 0
        # Going forward counts (start, end]; going back counts [end, start).
        current = first + timedelta(days=1) if sign > 0 else first
        stop = last if sign > 0 else last - timedelta(days=1)
        while current <= stop:
            count += self.is_working_day(current)
            current += timedelta(days=1)
        return sign * count

    def end_of_next_working_day(self, moment: datetime) -> datetime:
        """The end (23:59:59.999999 Beijing time) of the next working day after ``moment``,
        in UTC. This is the due time of "within 1 working day" (DESIGN §2)."""
        if moment.tzinfo is None:
            raise ValueError("end_of_next_working_day needs an aware datetime (UTC)")
        local_day = moment.astimezone(CHINA_TZ).date()
        due_day = self.next_working_day(local_day)
        return datetime.combine(due_day, END_OF_DAY, CHINA_TZ).astimezone(UTC)


DEFAULT_CALENDAR = WorkingCalendar()


def is_working_day(day: date) -> bool:
    """Whether ``day`` is a working day (package data only; see ``WorkingCalendar``)."""
    return DEFAULT_CALENDAR.is_working_day(day)


def next_working_day(day: date) -> date:
    """The first working day strictly after ``day``."""
    return DEFAULT_CALENDAR.next_working_day(day)


def add_working_days(day: date, n: int) -> date:
    """The ``n``-th working day after ``day``."""
    return DEFAULT_CALENDAR.add_working_days(day, n)


def working_days_between(start: date, end: date) -> int:
    """The working days after ``start`` up to and including ``end``."""
    return DEFAULT_CALENDAR.working_days_between(start, end)


def end_of_next_working_day(moment: datetime) -> datetime:
    """The end of the next working day after ``moment`` (Beijing time), in UTC."""
    return DEFAULT_CALENDAR.end_of_next_working_day(moment)


def _estimated(
    calendar: WorkingCalendar | None, compute: Callable[[WorkingCalendar], T]
) -> tuple[T, bool]:
    exact = calendar or DEFAULT_CALENDAR
    try:
        return compute(exact), False
    except CalendarDataMissing:
        fallback = WorkingCalendar(exact.overrides, weekends_only_fallback=True)
        return compute(fallback), True


def deadline_end_of_next_working_day(
    moment: datetime, calendar: WorkingCalendar | None = None
) -> tuple[datetime, bool]:
    """``end_of_next_working_day`` and whether it is an estimate (weekends only, because no
    holiday data covers the days involved). Never raises ``CalendarDataMissing``."""
    return _estimated(calendar, lambda cal: cal.end_of_next_working_day(moment))


def estimate_add_working_days(
    day: date, n: int, calendar: WorkingCalendar | None = None
) -> tuple[date, bool]:
    """``add_working_days`` and whether it is an estimate; never raises CalendarDataMissing."""
    return _estimated(calendar, lambda cal: cal.add_working_days(day, n))


def estimate_working_days_between(
    start: date, end: date, calendar: WorkingCalendar | None = None
) -> tuple[int, bool]:
    """``working_days_between`` and whether it is an estimate; never raises."""
    return _estimated(calendar, lambda cal: cal.working_days_between(start, end))
