"""The words and colours of the working-day calendar: day marks, the legend, the festival list.

Colours always come with a text mark (休 / 班 on the day, the legend beside the grid), never
carry the meaning alone; each has a light and a dark scheme variant.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from icp_desktop.ui.formatting import format_date, format_month_day
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.models.calendar_days import DayKind, Festival, YearDays, is_weekend
from icp_desktop.ui.theme import is_dark

# (background, text) per scheme: (light, dark)
_COLOURS = {
    DayKind.HOLIDAY: (("#fde2e1", "#b3261e"), ("#5c2b29", "#f6aea9")),
    DayKind.WORKDAY: (("#dde8fb", "#1a56c2"), ("#233a5e", "#a8c7fa")),
}
_WEEKEND_TEXT = ("#80868b", "#9aa0a6")
_EDITED = ("#e37400", "#fdd663")


def _t(text: str) -> str:
    return QCoreApplication.translate("WorkingCalendar", text)


def day_colours(kind: DayKind) -> tuple[str, str] | None:
    """(background, text) of a holiday or make-up day in the current scheme."""
    pair = _COLOURS.get(kind)
    return None if pair is None else pair[1 if is_dark() else 0]


def weekend_text_colour() -> str:
    return _WEEKEND_TEXT[1 if is_dark() else 0]


def edited_colour() -> str:
    return _EDITED[1 if is_dark() else 0]


def badge(kind: DayKind) -> str:
    """The one-character mark on a day: 休 (day off), 班 (make-up working day)."""
    if kind is DayKind.HOLIDAY:
        return QCoreApplication.translate(
            "WorkingCalendar", "H", "one-letter mark of a day off on a calendar day"
        )
    if kind is DayKind.WORKDAY:
        return QCoreApplication.translate(
            "WorkingCalendar", "W", "one-letter mark of a make-up working day"
        )
    return ""


def kind_name(kind: DayKind, day: date) -> str:
    """What the day is, in words."""
    if kind is DayKind.HOLIDAY:
        return _t("Holiday (day off)")
    if kind is DayKind.WORKDAY:
        return _t("Make-up working day (调休上班)")
    return _t("Weekend") if is_weekend(day) else _t("Working day")


def day_description(days: YearDays, day: date) -> str:
    """ "Friday, January 1, 2027: Holiday (day off) — 元旦", with "unsaved change" when edited."""
    kind = days.kind(day)
    text = f"{format_date(day, long=True)}: {kind_name(kind, day)}"
    if days.name(day):
        text += f" — {days.name(day)}"
    if days.is_edited(day):
        text += " · " + _t("unsaved change")
    return text


def _ranges(days: tuple[date, ...]) -> list[str]:
    """Consecutive days as "Feb 6–Feb 14", single days as "Feb 20"."""
    out: list[str] = []
    start = previous = None
    for day in sorted(days):
        if previous is not None and (day - previous).days == 1:
            previous = day
            continue
        if start is not None and previous is not None:
            out.append(_range(start, previous))
        start = previous = day
    if start is not None and previous is not None:
        out.append(_range(start, previous))
    return out


def _range(first: date, last: date) -> str:
    if first == last:
        return format_month_day(first)
    return f"{format_month_day(first)}–{format_month_day(last)}"


def festival_line(festival: Festival) -> str:
    """ "春节: days off Feb 6–Feb 14 (9 days); make-up working days Feb 20"."""
    name = festival.name or _t("(no name)")
    separator = "、" if QLocale().language() == QLocale.Language.Chinese else ", "
    off = separator.join(_ranges(festival.days_off))
    work = separator.join(_ranges(festival.workdays))
    if festival.days_off and festival.workdays:
        text = _t("{name}: days off {off} ({n} days); make-up working days {work}")
    elif festival.days_off:
        text = _t("{name}: days off {off} ({n} days)")
    else:
        text = _t("{name}: make-up working days {work}")
    return text.format(name=name, off=off, n=len(festival.days_off), work=work)


class FestivalList(Retranslatable, QLabel):
    """The festivals of the shown year, one per line, rebuilt from the days on a switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: YearDays | None = None
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_days(self, days: YearDays | None) -> None:
        self._days = days
        self.retranslate_ui()

    def lines(self) -> list[str]:
        return [festival_line(f) for f in self._days.festivals()] if self._days else []

    def retranslate_ui(self) -> None:
        lines = self.lines()
        self.setText("\n".join(lines) if lines else _t("No holidays or make-up working days."))
        self.setAccessibleName(_t("Festivals of the year"))


class CalendarLegend(Retranslatable, QLabel):
    """What the marks and colours of the calendar mean."""

    palette_in_texts = True

    def __init__(self, parent: QWidget | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.editable = editable  # a read-only calendar has no unsaved changes to explain
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.retranslate_ui()

    def _swatch(self, kind: DayKind) -> str:
        colours = day_colours(kind)
        assert colours is not None
        background, text = colours
        return (
            f"<span style='background:{background}; color:{text}; font-weight:bold'>"
            f"&nbsp;{escape(badge(kind))}&nbsp;</span>"
        )

    def retranslate_ui(self) -> None:
        grey = weekend_text_colour()
        locale = QLocale()
        weekend = " ".join(locale.dayName(d, QLocale.FormatType.NarrowFormat) for d in (6, 7))
        items = [
            f"{self._swatch(DayKind.HOLIDAY)} {escape(kind_name(DayKind.HOLIDAY, date.min))}",
            f"{self._swatch(DayKind.WORKDAY)} {escape(kind_name(DayKind.WORKDAY, date.min))}",
            f"<span style='color:{grey}'>{escape(weekend)}</span> {escape(_t('Weekend'))}",
        ]
        if self.editable:
            items.append(
                f"<span style='color:{edited_colour()}'>●</span> {escape(_t('Unsaved change'))}"
            )
        items.append(f"<b>▢</b> {escape(_t('Today'))}")
        self.setText("&nbsp;&nbsp;&nbsp;".join(items))
        self.setAccessibleName(self.plain_text())

    def plain_text(self) -> str:
        return " · ".join(
            [
                f"{badge(DayKind.HOLIDAY)}: {kind_name(DayKind.HOLIDAY, date.min)}",
                f"{badge(DayKind.WORKDAY)}: {kind_name(DayKind.WORKDAY, date.min)}",
                _t("Weekend"),
                *([_t("Unsaved change")] if self.editable else []),
                _t("Today"),
            ]
        )
