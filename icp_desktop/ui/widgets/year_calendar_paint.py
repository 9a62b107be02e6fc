"""Painting one month of :class:`~icp_desktop.ui.widgets.year_calendar.YearCalendar`: its head
(name, festivals, weekday names) and each day (number, 休/班 mark, colours, unsaved-change dot,
today's frame, the keyboard focus)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from icp_desktop.ui.models.calendar_days import DayKind, YearDays, is_weekend
from icp_desktop.ui.widgets.calendar_legend import (
    badge,
    day_colours,
    edited_colour,
    weekend_text_colour,
)


def _font(base: QFont, pixels: float, *, bold: bool = False, least: int = 8) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(least, int(pixels)))
    font.setBold(bold)
    return font


def paint_month_head(
    painter: QPainter, base: QFont, box: QRectF, month: int, festivals: list[str], text: QColor
) -> None:
    """The month's name (left), its festivals (right) and the weekday names, Monday first, in
    ``box`` (seven cells wide, 2.2 cells high)."""
    cell = box.width() / 7
    locale = QLocale()
    title = QRectF(box.x(), box.y(), box.width(), 1.2 * cell)
    painter.setFont(_font(base, cell * 0.5, bold=True, least=9))
    painter.setPen(text)
    painter.drawText(
        title,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        locale.standaloneMonthName(month),
    )
    if festivals:
        painter.setFont(_font(base, cell * 0.38))
        holiday = day_colours(DayKind.HOLIDAY)
        painter.setPen(QColor(holiday[1]) if holiday else text)
        shown = painter.fontMetrics().elidedText(
            " ".join(festivals), Qt.TextElideMode.ElideRight, int(4.5 * cell)
        )
        painter.drawText(title, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
    painter.setFont(_font(base, cell * 0.36))
    for weekday in range(7):
        painter.setPen(QColor(weekend_text_colour()) if weekday >= 5 else text)
        painter.drawText(
            QRectF(box.x() + weekday * cell, box.y() + 1.2 * cell, cell, cell),
            Qt.AlignmentFlag.AlignCenter,
            locale.dayName(weekday + 1, QLocale.FormatType.NarrowFormat),
        )


def paint_day(
    painter: QPainter,
    base: QFont,
    days: YearDays,
    day: date,
    rect: QRectF,
    text: QColor,
    *,
    today: bool,
    focus: QColor | None,
) -> None:
    """One day in ``rect``; ``focus`` is the colour of the keyboard focus frame, if it is on it."""
    kind = days.kind(day)
    inner = rect.adjusted(1, 1, -1, -1)
    colours = day_colours(kind)
    if colours is not None:
        painter.fillRect(inner, QColor(colours[0]))
        pen = QColor(colours[1])
    elif is_weekend(day):
        pen = QColor(weekend_text_colour())
    else:
        pen = text
    mark = badge(kind)
    # With a mark the number moves left and the mark takes the right third: both stay
    # readable at small sizes (two-digit days included).
    number_box = inner.adjusted(0, 0, -inner.width() * 0.3, 0) if mark else inner
    painter.setFont(_font(base, rect.height() * 0.42, bold=colours is not None))
    painter.setPen(pen)
    painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, str(day.day))
    if mark:
        painter.setFont(_font(base, rect.height() * 0.3, least=7))
        corner = QRectF(
            inner.right() - inner.width() * 0.36,
            inner.top(),
            inner.width() * 0.36,
            inner.height() * 0.5,
        )
        painter.drawText(corner, Qt.AlignmentFlag.AlignCenter, mark)
    if days.is_edited(day):
        radius = max(2.0, rect.height() * 0.08)
        painter.setBrush(QColor(edited_colour()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(
            inner.bottomLeft() + QPoint(int(radius) + 2, -int(radius) - 2), radius, radius
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
    if today:
        painter.setPen(QPen(text, 1.5))
        painter.drawRect(inner)
    if focus is not None:
        painter.setPen(QPen(focus, 2, Qt.PenStyle.DashLine))
        painter.drawRect(inner.adjusted(1, 1, -1, -1))
