"""The one source of "now" for the service, its seed data and the desktop app.

Rules and seed data never read the wall clock; they are handed a :class:`Clock`. A deployment
uses :class:`SystemClock`. A demo or a test pins the clock with a *clock spec* (``ICP_NOW``,
``--now``): an ISO 8601 moment with an offset, such as ``2026-12-31T23:59+08:00``, starts a
:class:`ShiftedClock` there that then runs at the wall clock's pace (timers, the simulator's
delays and token expiry still elapse); ``fixed:2026-12-31T23:59+08:00`` gives a
:class:`FixedClock` that only moves when told to.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol

FIXED_PREFIX = "fixed:"


class Clock(Protocol):
    """Something that tells the current moment as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class ShiftedClock:
    """A clock that reads ``start`` when made and then runs at the wall clock's pace.

    It follows the monotonic clock, so an adjustment of the system time does not move it.
    """

    def __init__(self, start: datetime) -> None:
        self.start = _aware_utc(start)
        self._origin = time.monotonic()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self._origin)

    def __repr__(self) -> str:
        return f"ShiftedClock(start={self.start.isoformat()})"


class FixedClock:
    """A clock that stands still until :meth:`set` or :meth:`advance` moves it (tests)."""

    def __init__(self, moment: datetime) -> None:
        self._moment = _aware_utc(moment)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._moment

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._moment = _aware_utc(moment)

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._moment += delta

    def __repr__(self) -> str:
        return f"FixedClock({self._moment.isoformat()})"


def parse_moment(text: str) -> datetime:
    """An ISO 8601 moment with a UTC offset (``2026-12-31T23:59+08:00``, ``…Z``), as UTC.

    Raises:
        ValueError: not ISO 8601, or no offset (a moment without one is ambiguous).
    """
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{text!r} is not an ISO 8601 moment such as 2026-12-31T23:59+08:00"
        ) from None
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset; add one, e.g. +08:00 for Beijing time")
    return moment.astimezone(UTC)


def clock_from_spec(spec: str | None) -> Clock:
    """The clock a spec names: empty for the wall clock, a moment for a :class:`ShiftedClock`
    starting there, ``fixed:`` and a moment for a :class:`FixedClock`."""
    if not spec or not spec.strip():
        return SystemClock()
    spec = spec.strip()
    if spec.startswith(FIXED_PREFIX):
        return FixedClock(parse_moment(spec.removeprefix(FIXED_PREFIX)))
    return ShiftedClock(parse_moment(spec))


def _aware_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a clock needs an aware datetime")
    return moment.astimezone(UTC)
