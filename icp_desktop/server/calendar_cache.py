"""This process's merged working calendar (see :mod:`icp_desktop.server.services.calendars`).

Kept apart from the services so that :class:`~icp_desktop.server.db.Database` can hand one
cache to every session it makes, as it hands out the clock.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from icp_desktop.domain.calendar import Overrides, WorkingCalendar

log = logging.getLogger(__name__)

CALENDAR_KEY = "icp_calendar"


@dataclass
class CalendarCache:
    """This process's merged calendar and the database revision it was built at.

    Attributes:
        base: the operator's overrides file, under the database's years.
        revision: the highest ``calendar_revisions.id`` seen (-1: not built yet).
    """

    base: Overrides = field(default_factory=Overrides)
    revision: int = -1
    calendar: WorkingCalendar = field(default_factory=WorkingCalendar)
    operator_years: frozenset[int] = frozenset()

    @classmethod
    def from_file(cls, path: Path | None) -> CalendarCache:
        """The cache over the overrides file; a broken file is logged and left out."""
        if path is None:
            return cls()
        try:
            return cls(base=Overrides.from_json_file(path))
        except (OSError, ValueError) as exc:
            log.error("calendar overrides not loaded (%s); using the package data only", exc)
            return cls()


def merge(base: Overrides, years: set[int], days: Iterable[tuple[date, bool]]) -> Overrides:
    """``base`` with the database's whole years laid over it: in those years only the
    database's holidays and make-up days count."""
    holidays = {d for d in base.holidays if d.year not in years}
    workdays = {d for d in base.workdays if d.year not in years}
    for day, working in days:
        (workdays if working else holidays).add(day)
    return Overrides(
        years=base.years | frozenset(years),
        holidays=frozenset(holidays),
        workdays=frozenset(workdays),
    )
