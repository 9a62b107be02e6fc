"""One year's days off and make-up working days as the operator sees and edits them.

Plain Python (no Qt): the days the service holds for the year (the base), and the operator's
edits on top of it until they are saved. Edits are kept by day, so when someone else saved
the year meanwhile the fresh days become the base and the operator's edits stay on top.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta


class DayKind(enum.Enum):
    """What a day is in the year's calendar."""

    DEFAULT = "default"  # a working day Monday to Friday, a rest day at the weekend
    HOLIDAY = "holiday"  # a day off (放假), on any day of the week
    WORKDAY = "workday"  # a weekend day worked to make up for a holiday (调休上班)


@dataclass(frozen=True)
class Festival:
    """The days one festival name covers in the year, for the summary beside the calendar."""

    name: str
    days_off: tuple[date, ...]
    workdays: tuple[date, ...]


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def allowed_kinds(day: date) -> tuple[DayKind, ...]:
    """The kinds a day may take: a make-up working day falls on a weekend only (a weekday is a
    working day anyway)."""
    if is_weekend(day):
        return (DayKind.DEFAULT, DayKind.HOLIDAY, DayKind.WORKDAY)
    return (DayKind.DEFAULT, DayKind.HOLIDAY)


class YearDays:
    """The holidays and make-up working days of ``year``: saved ones plus unsaved edits.

    Args:
        year: the calendar year.
        holidays: saved days off -> festival name.
        workdays: saved make-up working days -> festival name.
    """

    def __init__(
        self,
        year: int,
        holidays: Mapping[date, str] | None = None,
        workdays: Mapping[date, str] | None = None,
    ) -> None:
        self.year = year
        self._base: dict[date, tuple[DayKind, str]] = {}
        self._edits: dict[date, tuple[DayKind, str]] = {}
        self.rebase(holidays or {}, workdays or {})

    # --- reading ----------------------------------------------------------------------------

    def _mark(self, day: date) -> tuple[DayKind, str]:
        return self._edits.get(day) or self._base.get(day) or (DayKind.DEFAULT, "")

    def kind(self, day: date) -> DayKind:
        return self._mark(day)[0]

    def name(self, day: date) -> str:
        return self._mark(day)[1]

    def is_edited(self, day: date) -> bool:
        return day in self._edits

    @property
    def dirty(self) -> bool:
        return bool(self._edits)

    @property
    def edited_days(self) -> list[date]:
        return sorted(self._edits)

    def _effective(self, kind: DayKind) -> dict[date, str]:
        days = {d: m for d, m in self._base.items() if d not in self._edits}
        days.update(self._edits)
        return {d: name for d, (k, name) in sorted(days.items()) if k is kind}

    def holidays(self) -> dict[date, str]:
        """Days off as shown now (saved, with the edits applied)."""
        return self._effective(DayKind.HOLIDAY)

    def workdays(self) -> dict[date, str]:
        """Make-up working days as shown now."""
        return self._effective(DayKind.WORKDAY)

    def is_working_day(self, day: date) -> bool:
        kind = self.kind(day)
        return kind is DayKind.WORKDAY or (kind is DayKind.DEFAULT and not is_weekend(day))

    def festivals(self) -> list[Festival]:
        """Each festival name with its days, in the order of its first day."""
        found: dict[str, tuple[list[date], list[date]]] = {}
        for day, name in self.holidays().items():
            found.setdefault(name, ([], []))[0].append(day)
        for day, name in self.workdays().items():
            found.setdefault(name, ([], []))[1].append(day)
        festivals = [Festival(name, tuple(off), tuple(work)) for name, (off, work) in found.items()]
        return sorted(festivals, key=lambda f: min((*f.days_off, *f.workdays)))

    # --- editing ----------------------------------------------------------------------------

    def set(self, day: date, kind: DayKind, name: str | None = None) -> None:
        """Make ``day`` a ``kind`` (named ``name``, else like its neighbours) as an edit."""
        if day.year != self.year:
            raise ValueError(f"{day} is not in {self.year}")
        if kind not in allowed_kinds(day):
            raise ValueError(f"{day} is a weekday: it cannot be a make-up working day")
        if kind is DayKind.DEFAULT:
            name = ""
        elif name is None:
            name = (
                self.name(day)
                if self.kind(day) is not DayKind.DEFAULT
                else self._neighbour_name(day)
            )
        mark = (kind, name)
        if mark == self._base.get(day, (DayKind.DEFAULT, "")):
            self._edits.pop(day, None)  # back to what is saved: no edit
        else:
            self._edits[day] = mark

    def rename(self, day: date, name: str) -> None:
        """Give a marked day another festival name."""
        kind = self.kind(day)
        if kind is not DayKind.DEFAULT:
            self.set(day, kind, name.strip())

    def cycle(self, day: date) -> DayKind:
        """The next kind of ``day``: default → holiday → make-up working day (weekends only)
        → default. Returns the new kind."""
        kinds = allowed_kinds(day)
        current = self.kind(day)
        following = (
            kinds[(kinds.index(current) + 1) % len(kinds)] if current in kinds else DayKind.DEFAULT
        )
        self.set(day, following)
        return following

    def discard(self) -> None:
        """Forget every unsaved edit."""
        self._edits.clear()

    def rebase(self, holidays: Mapping[date, str], workdays: Mapping[date, str]) -> None:
        """Take ``holidays``/``workdays`` as the saved days; edits that now equal them go."""
        self._base = {d: (DayKind.HOLIDAY, n) for d, n in holidays.items() if d.year == self.year}
        self._base.update(
            {d: (DayKind.WORKDAY, n) for d, n in workdays.items() if d.year == self.year}
        )
        self._edits = {
            d: m for d, m in self._edits.items() if m != self._base.get(d, (DayKind.DEFAULT, ""))
        }

    def _neighbour_name(self, day: date) -> str:
        """The festival name of the nearest marked day within a week, for a new mark."""
        for distance in range(1, 8):
            for other in (day - timedelta(days=distance), day + timedelta(days=distance)):
                if other.year == self.year and self.kind(other) is not DayKind.DEFAULT:
                    return self.name(other)
        return ""
