"""Wire schemas of the working-day calendar (``/v1/calendar``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field

from icp_desktop.server.schemas import Schema

CalendarSource = Literal["operator", "file", "package", "none"]


class CalendarDayOut(Schema):
    date: date
    name: str = ""  # the festival, as the notice names it (春节 …)


class CalendarDayIn(Schema):
    date: date
    name: str = Field(default="", max_length=40)


class CalendarYearOut(Schema):
    """One year's holidays and make-up working days (调休), and where they come from.

    ``source``: ``operator`` (saved in the service), ``file`` (the operator's overrides file),
    ``package`` (the chinesecalendar package), ``none`` (no data: deadlines over this year are
    estimates that skip weekends only).
    """

    year: int
    source: CalendarSource
    holidays: list[CalendarDayOut]  # days off, weekends inside a holiday included
    workdays: list[CalendarDayOut]  # weekend days that are working days
    version: int = 0  # the operator's saves of this year; 0 when never saved
    updated_at: datetime | None = None
    updated_by: str | None = None
    notice_text: str | None = None


class CalendarYearIn(Schema):
    """A whole year: the State Council's notice as pasted, or the days one by one.

    ``version`` is the one the operator started from (0 for a year never saved); when it is
    given and another save came in between, the service refuses with 409.
    """

    notice_text: str | None = Field(default=None, max_length=20_000)
    holidays: list[CalendarDayIn] | None = Field(default=None, max_length=400)
    workdays: list[CalendarDayIn] | None = Field(default=None, max_length=400)
    version: int | None = Field(default=None, ge=0)


class CalendarSaved(Schema):
    year: CalendarYearOut
    changes_recomputed: int  # open changes whose deadlines moved


class CalendarAttention(Schema):
    code: Literal["current_year_missing", "next_year_missing"]
    year: int
    message: str


class CalendarYearSummary(Schema):
    year: int
    source: CalendarSource


class CalendarSummary(Schema):
    today: date  # in Beijing
    years: list[CalendarYearSummary]
    attention: list[CalendarAttention]
