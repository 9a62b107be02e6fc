"""Typed answers of the working-day calendar (``/v1/calendar``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from icp_desktop.client.wire import JsonObject, objects, opt_str, parse_api_time

CalendarSource = Literal["operator", "file", "package", "none"]


@dataclass(frozen=True, slots=True)
class CalendarYearSummary:
    year: int
    source: CalendarSource


@dataclass(frozen=True, slots=True)
class CalendarAttention:
    """Something the operator should do: ``current_year_missing`` or ``next_year_missing``."""

    code: str
    year: int
    message: str


@dataclass(frozen=True, slots=True)
class CalendarSummary:
    """``GET /v1/calendar``: today in Beijing, the years around it and what needs attention."""

    today: date
    years: tuple[CalendarYearSummary, ...]
    attention: tuple[CalendarAttention, ...]

    @classmethod
    def from_json(cls, data: JsonObject) -> CalendarSummary:
        return cls(
            today=date.fromisoformat(str(data["today"])),
            years=tuple(
                CalendarYearSummary(int(y["year"]), y["source"]) for y in objects(data.get("years"))
            ),
            attention=tuple(
                CalendarAttention(str(a["code"]), int(a["year"]), str(a.get("message") or ""))
                for a in objects(data.get("attention"))
            ),
        )

    def source_of(self, year: int) -> CalendarSource | None:
        return next((y.source for y in self.years if y.year == year), None)


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """A day off or a make-up working day, and the festival it belongs to (春节 …)."""

    date: date
    name: str = ""


def _days(items: object) -> tuple[CalendarDay, ...]:
    return tuple(
        CalendarDay(date.fromisoformat(str(item["date"])), str(item.get("name") or ""))
        for item in objects(items)
    )


@dataclass(frozen=True, slots=True)
class CalendarYear:
    """``GET /v1/calendar/{year}``: one year's days off and make-up working days (调休).

    Attributes:
        source: ``operator`` (saved in the service), ``file`` (an overrides file),
            ``package`` (chinesecalendar) or ``none`` (no data: weekends only).
        holidays: the days off (weekends inside a holiday included), in order.
        workdays: the weekend days that are working days.
        version: the operator's saves of this year (0: never saved); sent back when saving.
    """

    year: int
    source: CalendarSource
    holidays: tuple[CalendarDay, ...] = ()
    workdays: tuple[CalendarDay, ...] = ()
    version: int = 0
    updated_at: datetime | None = None
    updated_by: str | None = None
    notice_text: str | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> CalendarYear:
        return cls(
            year=int(data["year"]),
            source=data.get("source", "none"),
            holidays=_days(data.get("holidays")),
            workdays=_days(data.get("workdays")),
            version=int(data.get("version") or 0),
            updated_at=parse_api_time(data.get("updated_at")),
            updated_by=opt_str(data.get("updated_by")),
            notice_text=opt_str(data.get("notice_text")),
        )

    @property
    def has_data(self) -> bool:
        return self.source != "none"

    @property
    def holiday_names(self) -> dict[date, str]:
        """Day off -> festival name."""
        return {day.date: day.name for day in self.holidays}

    @property
    def workday_names(self) -> dict[date, str]:
        """Make-up working day -> festival name."""
        return {day.date: day.name for day in self.workdays}


@dataclass(frozen=True, slots=True)
class CalendarSaved:
    """The answer to saving or removing a year: the year as stored now, and how many open
    changes' deadlines moved."""

    year: CalendarYear
    changes_recomputed: int

    @classmethod
    def from_json(cls, data: JsonObject) -> CalendarSaved:
        return cls(CalendarYear.from_json(data["year"]), int(data.get("changes_recomputed") or 0))
