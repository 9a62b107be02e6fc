"""Dates, times and numbers as the interface language writes them.

Everything goes through ``QLocale()``, the default locale that :mod:`icp_desktop.ui.i18n`
sets with the interface language: under zh_CN a date reads ``2026/11/30`` (short) or
``2026年11月30日星期一`` (long), under English ``11/30/2026`` or ``Monday, November 30, 2026``.

The ``format_*`` functions write Python values in the time zone they already carry. The app
has one rule for the time of day and the day a time falls on: **Beijing time, labelled** — for
deadlines, timelines, notifications and every other time, for filer, reviewer and operator
alike (the administration, the deadlines and the State Council's working days all run on it).
The ``beijing_*`` functions below are the one place that converts a service time to Beijing
time and says so.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from icp_desktop.client.wire import parse_api_time

# Mainland China keeps UTC+8 all year (no daylight saving since 1991).
BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")

_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat


def _short_date_format(locale: QLocale) -> str:
    """The locale's short date pattern with a four-digit year.

    en_US writes ``M/d/yy``; a two-digit year is ambiguous on deadlines years apart
    (the calendar data ends at some year), so the year is always written in full.
    """
    pattern = locale.dateFormat(_SHORT)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: time | datetime) -> QTime:
    return QTime(value.hour, value.minute, value.second)


def format_date(value: date | datetime, *, long: bool = False) -> str:
    """A calendar day: short (``2026/11/30``, ``11/30/2026``) or long, with the weekday
    (``2026年11月30日星期一``, ``Monday, November 30, 2026``).

    A ``datetime`` gives its own calendar day, in its own time zone.
    """
    if isinstance(value, datetime):
        value = value.date()
    locale = QLocale()
    if long:
        return locale.toString(_qdate(value), _LONG)
    return locale.toString(_qdate(value), _short_date_format(locale))


def format_time(value: time | datetime) -> str:
    """A time of day in the locale's short form (``14:05``, ``2:05 PM``)."""
    return QLocale().toString(_qtime(value), _SHORT)


def format_datetime(value: datetime, *, long_date: bool = False) -> str:
    """A day and its time of day (``2026/11/30 14:05``, ``11/30/2026 2:05 PM``)."""
    return f"{format_date(value, long=long_date)} {format_time(value)}"


def format_end_of_day(day: date) -> str:
    """The end of ``day`` with its time (a deadline that runs until midnight).

    A 24-hour locale writes it as ``24:00`` of that day, the way Chinese deadlines are
    written; a 12-hour locale has no 24:00, so it reads ``11:59 PM`` of that day.
    """
    locale = QLocale()
    twenty_four_hours = "H" in locale.timeFormat(_SHORT)
    clock = "24:00" if twenty_four_hours else locale.toString(QTime(23, 59), _SHORT)
    return f"{format_date(day)} {clock}"


def format_number(value: int | float) -> str:
    """A count with the locale's digit grouping (``12,345``)."""
    return QLocale().toString(value)


def format_month_day(day: date) -> str:
    """A day of the year without the year (``1月1日``, ``Jan 1``), for a year's calendar."""
    pattern = QCoreApplication.translate(
        "Formatting", "MMM d", "a day of the year: Qt date pattern, no year"
    )
    return QLocale().toString(_qdate(day), pattern)


# --- Beijing time: the app's one clock for people -----------------------------------------------


def to_beijing(value: Any) -> datetime | None:
    """A service time (ISO text or an aware datetime; a naive one is the computer's local
    time) in Beijing time, or None."""
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.astimezone()  # the computer's local time, made explicit
    moment = parse_api_time(value)
    return None if moment is None else moment.astimezone(BEIJING)


def beijing_label(text: str) -> str:
    """``text`` marked as Beijing time: ``2026/11/30 14:05（北京时间）``."""
    if not text:
        return text
    return QCoreApplication.translate("Formatting", "{time} (Beijing time)").format(time=text)


def beijing_day(value: Any) -> date | None:
    """The Beijing day a deadline belongs to.

    A deadline at the end of a day is stored as the next midnight; it belongs to the day
    before, so the instant just before it is the one that names the day.
    """
    moment = to_beijing(value)
    return None if moment is None else (moment - timedelta(microseconds=1)).date()


def beijing_date(value: Any, *, long: bool = False) -> str:
    """The Beijing day of a service time (a deadline's midnight names the day before), in the
    interface language's short (``2026/11/30``) or long date; no label."""
    day = beijing_day(value)
    return "" if day is None else format_date(day, long=long)


def beijing_time(value: Any) -> str:
    """A service time in Beijing time as the interface language writes a day and a time (an
    end-of-day midnight as 24:00 of the day, or 11:59 PM on a 12-hour clock); no label: for
    places whose heading says Beijing time."""
    moment = to_beijing(value)
    if moment is None:
        return ""
    if (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0):
        return format_end_of_day((moment - timedelta(microseconds=1)).date())
    return format_datetime(moment)


def beijing_time_labelled(value: Any) -> str:
    """``beijing_time`` with its label: ``2026/11/30 14:05（北京时间）``; "" when absent."""
    return beijing_label(beijing_time(value))


def beijing_clock_labelled(value: Any) -> str:
    """Only the time of day, in Beijing time and labelled (``14:05（北京时间）``)."""
    moment = to_beijing(value)
    return "" if moment is None else beijing_label(format_time(moment))


def beijing_deadline_day(value: Any) -> str:
    """The day a deadline ends on, written out with its weekday and labelled:
    ``2026年11月30日星期一（北京时间）``."""
    return beijing_label(beijing_date(value, long=True))
