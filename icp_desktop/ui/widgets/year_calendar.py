"""A whole year as twelve month grids, days off and make-up working days marked.

:class:`YearCalendar` paints the months in as many columns as fit (6, 4, 3 or 2), Monday first
so that weekends sit together and a 调休 Saturday stands out. When editable, a click (or Space)
moves a day on: default → holiday → make-up working day (weekends only) → default; the
context menu (right click or the Menu key) picks a kind directly and names the festival.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QInputDialog, QMenu, QSizePolicy, QToolTip, QWidget

from icp_desktop.ui.accessibility import announce
from icp_desktop.ui.models.calendar_days import DayKind, YearDays, allowed_kinds
from icp_desktop.ui.widgets.calendar_legend import (
    day_description,
    kind_name,
)
from icp_desktop.ui.widgets.year_calendar_paint import paint_day, paint_month_head

GAP = 14  # pixels between months
ROWS_PER_MONTH = 8.6  # title, weekday names, six weeks, a little air


class YearCalendar(QWidget):
    """Twelve month grids of one year.

    Signals:
        edited(object): the operator changed this day (a ``date``).
    """

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, editable: bool = False) -> None:
        super().__init__(parent)
        self.editable = editable
        self.days: YearDays | None = None
        self.today: date | None = None
        self.current: date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)

    # --- content -----------------------------------------------------------------------------

    def set_days(self, days: YearDays | None, today: date | None = None) -> None:
        """Show ``days`` (None: nothing to show yet); ``today`` gets a frame."""
        self.days = days
        self.today = today
        if days is None:
            self.current = None
        elif self.current is None or self.current.year != days.year:
            self.current = today if today and today.year == days.year else date(days.year, 1, 1)
        self._describe()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(960, 440)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 300)

    # --- geometry ----------------------------------------------------------------------------

    def _grid(self) -> tuple[int, float, float, float]:
        """(columns, cell size, left, top): the month layout with the largest cells."""
        width, height = self.width(), self.height()
        best = (4, 1.0, 0.0, 0.0)
        for columns in (6, 4, 3, 2):
            rows = -(-12 // columns)
            cell = min(
                (width - (columns - 1) * GAP) / (columns * 7),
                (height - (rows - 1) * GAP) / (rows * ROWS_PER_MONTH),
            )
            if cell > best[1]:
                used = columns * 7 * cell + (columns - 1) * GAP
                best = (columns, cell, max(0.0, (width - used) / 2), 0.0)
        return best

    def _month_origin(self, month: int) -> tuple[float, float, float]:
        columns, cell, left, top = self._grid()
        row, column = divmod(month - 1, columns)
        return (left + column * (7 * cell + GAP), top + row * (ROWS_PER_MONTH * cell + GAP), cell)

    def day_rect(self, day: date) -> QRectF:
        """Where ``day`` is painted."""
        x, y, cell = self._month_origin(day.month)
        offset = date(day.year, day.month, 1).weekday() + day.day - 1
        week, weekday = divmod(offset, 7)
        return QRectF(x + weekday * cell, y + (2.2 + week) * cell, cell, cell)

    def day_at(self, point: QPoint) -> date | None:
        """The day painted at ``point``, if any."""
        if self.days is None:
            return None
        for month in range(1, 13):
            x, y, cell = self._month_origin(month)
            col = int((point.x() - x) // cell)
            week = int((point.y() - y - 2.2 * cell) // cell)
            if not (0 <= col < 7 and 0 <= week < 6 and point.x() >= x):
                continue
            first = date(self.days.year, month, 1)
            offset = week * 7 + col - first.weekday()
            if 0 <= offset < calendar.monthrange(first.year, month)[1]:
                return first + timedelta(days=offset)
        return None

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.days is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.isEnabled():
            painter.setOpacity(0.35)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        for month in range(1, 13):
            self._paint_month(painter, month, text)
        painter.end()

    def _paint_month(self, painter: QPainter, month: int, text: QColor) -> None:
        assert self.days is not None
        x, y, cell = self._month_origin(month)
        paint_month_head(
            painter,
            self.font(),
            QRectF(x, y, 7 * cell, 2.2 * cell),
            month,
            self._festival_names(month),
            text,
        )
        focus = self.palette().color(QPalette.ColorRole.Highlight) if self.hasFocus() else None
        day = date(self.days.year, month, 1)
        while day.month == month:
            paint_day(
                painter,
                self.font(),
                self.days,
                day,
                self.day_rect(day),
                text,
                today=day == self.today,
                focus=focus if day == self.current else None,
            )
            day += timedelta(days=1)

    def _festival_names(self, month: int) -> list[str]:
        assert self.days is not None
        names: list[str] = []
        for day, name in (*self.days.holidays().items(), *self.days.workdays().items()):
            if day.month == month and name and name not in names:
                names.append(name)
        return names

    # --- input -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._move_to(day)
        if self.editable:
            self.cycle(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.current is None:
            super().keyPressEvent(event)
            return
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = Qt.Key(event.key())
        if key in steps:
            target = self.current + timedelta(days=steps[key])
            if target.year == self.current.year:
                self._move_to(target)
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.editable:
            self.cycle(self.current)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        day = self.current if keyboard else self.day_at(event.pos())
        if day is None or self.days is None or not self.editable:
            return
        self._move_to(day)
        menu = QMenu(self)
        kinds = allowed_kinds(day)
        for kind in (DayKind.DEFAULT, DayKind.HOLIDAY, DayKind.WORKDAY):
            label = (
                self.tr("Normal day ({0})").format(kind_name(DayKind.DEFAULT, day))
                if kind is DayKind.DEFAULT
                else kind_name(kind, day)
            )
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(self.days.kind(day) is kind)
            action.setEnabled(kind in kinds)
            if kind not in kinds:
                action.setToolTip(self.tr("A weekday is a working day anyway"))
            action.triggered.connect(lambda _=False, k=kind, d=day: self.mark(d, k))
        rename = menu.addAction(self.tr("Festival name…"))
        rename.setEnabled(self.days.kind(day) is not DayKind.DEFAULT)
        rename.triggered.connect(lambda _=False, d=day: self.ask_name(d))
        at = (
            self.mapToGlobal(self.day_rect(day).center().toPoint())
            if keyboard
            else event.globalPos()
        )
        menu.exec(at)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.days is not None:
            assert isinstance(event, QHelpEvent)
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), day_description(self.days, day), self)
            return True
        if event.type() in (
            QEvent.Type.LanguageChange,
            QEvent.Type.PaletteChange,
            QEvent.Type.EnabledChange,
        ):
            self._describe()
            self.update()
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # --- editing -----------------------------------------------------------------------------

    def cycle(self, day: date) -> None:
        """Move ``day`` on to its next kind (editable calendars only)."""
        if self.days is not None and self.editable:
            self.days.cycle(day)
            self._changed(day)

    def mark(self, day: date, kind: DayKind) -> None:
        if self.days is not None and self.editable:
            self.days.set(day, kind)
            self._changed(day)

    def ask_name(self, day: date) -> None:
        if self.days is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Festival name"),
            self.tr("Festival of {0}:").format(day_description(self.days, day)),
            text=self.days.name(day),
        )
        if ok:
            self.days.rename(day, name)
            self._changed(day)

    def _changed(self, day: date) -> None:
        self._describe()
        self.update()
        self.edited.emit(day)

    def _move_to(self, day: date) -> None:
        self.current = day
        self._describe()
        self.update()

    def _describe(self) -> None:
        if self.days is None:
            self.setAccessibleName(self.tr("Working-day calendar"))
            return
        self.setAccessibleName(
            self.tr("Working-day calendar of {year}").format(year=self.days.year)
        )
        if self.current is not None:
            announce(self, day_description(self.days, self.current))
