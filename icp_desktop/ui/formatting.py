"""Dates, times and numbers as the interface language writes them.

Everything goes through ``QLocale()``, the default locale that :mod:`icp_desktop.ui.i18n`
sets with the interface language: under zh_CN a date reads ``2026/11/30`` (short) or
``2026年11月30日星期一`` (long), under English ``11/30/2026`` or ``Monday, November 30, 2026``.

The functions take Python values that are already in the time zone to show (Beijing time for
deadlines, the computer's for a draft's save time): the time zone is the caller's decision,
the wording is this module's. Nothing here converts between zones.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

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
