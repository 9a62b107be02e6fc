"""Typed answers of the filing service that pages read field by field.

Plain dataclasses built from the JSON the service sends (``from_json``), so a page reads
``year.holidays`` and ``deadline.estimated`` instead of digging in dicts. Only the standard
library: the UI may import this before the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

CalendarSource = Literal["operator", "file", "package", "none"]
DeadlineKind = Literal["first_review", "administration_submission", "administration_review"]


def parse_api_time(value: Any) -> datetime | None:
    """An aware datetime from the service's ISO 8601 text (UTC when no offset is given)."""
    if not value:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(
        str(value).replace("Z", "+00:00"))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Deadline:
    """The deadline a change waits on now (``ChangeOut.deadline``); None when nothing is
    pending (a draft, a rejection at the filer's turn, a finished or withdrawn change).

    Attributes:
        kind: the stage whose deadline it is.
        due_at: the moment it runs out (the midnight that ends a Beijing working day).
        estimated: a day in between had no holiday data: the service counted weekends only.
        overdue: ``due_at`` has passed.
        working_days_left: 0 when due today, negative when overdue by that many.
    """

    kind: DeadlineKind
    due_at: datetime
    estimated: bool
    overdue: bool
    working_days_left: int

    @classmethod
    def from_json(cls, data: Any) -> Deadline | None:
        if not isinstance(data, dict) or not data.get("due_at"):
            return None
        due_at = parse_api_time(data["due_at"])
        assert due_at is not None
        return cls(kind=data.get("kind", "first_review"), due_at=due_at,
                   estimated=bool(data.get("estimated")), overdue=bool(data.get("overdue")),
                   working_days_left=int(data.get("working_days_left") or 0))

    @classmethod
    def of_change(cls, change: dict[str, Any] | None) -> Deadline | None:
        """The pending deadline of a change as the service sent it."""
        return cls.from_json((change or {}).get("deadline"))


@dataclass(frozen=True)
class CalendarYearSummary:
    year: int
    source: CalendarSource


@dataclass(frozen=True)
class CalendarAttention:
    """Something the operator should do: ``current_year_missing`` or ``next_year_missing``."""

    code: str
    year: int
    message: str


@dataclass(frozen=True)
class CalendarSummary:
    """``GET /v1/calendar``: today in Beijing, the years around it and what needs attention."""

    today: date
    years: tuple[CalendarYearSummary, ...]
    attention: tuple[CalendarAttention, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CalendarSummary:
        return cls(
            today=date.fromisoformat(str(data["today"])),
            years=tuple(CalendarYearSummary(int(y["year"]), y["source"])
                        for y in data.get("years") or []),
            attention=tuple(CalendarAttention(str(a["code"]), int(a["year"]),
                                              str(a.get("message") or ""))
                            for a in data.get("attention") or []),
        )

    def source_of(self, year: int) -> CalendarSource | None:
        return next((y.source for y in self.years if y.year == year), None)


def _days(items: Any) -> dict[date, str]:
    return {date.fromisoformat(str(item["date"])): str(item.get("name") or "")
            for item in items or []}


@dataclass(frozen=True)
class CalendarYear:
    """``GET /v1/calendar/{year}``: one year's days off and make-up working days (调休).

    Attributes:
        source: ``operator`` (saved in the service), ``file`` (an overrides file),
            ``package`` (chinesecalendar) or ``none`` (no data: weekends only).
        holidays: day off -> festival name (weekends inside a holiday included).
        workdays: weekend day that is a working day -> festival name.
        version: the operator's saves of this year (0: never saved); sent back when saving.
    """

    year: int
    source: CalendarSource
    holidays: dict[date, str] = field(default_factory=dict)
    workdays: dict[date, str] = field(default_factory=dict)
    version: int = 0
    updated_at: datetime | None = None
    updated_by: str | None = None
    notice_text: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CalendarYear:
        return cls(
            year=int(data["year"]), source=data.get("source", "none"),
            holidays=_days(data.get("holidays")), workdays=_days(data.get("workdays")),
            version=int(data.get("version") or 0),
            updated_at=parse_api_time(data.get("updated_at")),
            updated_by=data.get("updated_by"), notice_text=data.get("notice_text"),
        )

    @property
    def has_data(self) -> bool:
        return self.source != "none"


@dataclass(frozen=True)
class CalendarSaved:
    """The answer to saving or removing a year: the year as stored now, and how many open
    changes' deadlines moved."""

    year: CalendarYear
    changes_recomputed: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CalendarSaved:
        return cls(CalendarYear.from_json(data["year"]), int(data.get("changes_recomputed") or 0))
