"""The operator's working-day calendar (工作日日历): the years, where their data comes from, a
year as twelve months, and the ways to change it — the State Council's notice pasted, days
marked one by one, or the operator's data of a year removed.

Edits stay on screen until the service has taken them: a refused save keeps them, and when
someone else saved the year meanwhile the fresh year is loaded under them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.calendar_models import CalendarSaved, CalendarSummary, CalendarYear
from icp_desktop.client.errors import ApiError, Conflict, ValidationFailed
from icp_desktop.ui.accessibility import announce, error_text
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.icons import icon
from icp_desktop.ui.models.calendar_days import YearDays
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.widgets.calendar_legend import CalendarLegend, FestivalList
from icp_desktop.ui.widgets.calendar_notice import NoticeDialog
from icp_desktop.ui.widgets.calendar_texts import (
    RemoveYearConfirmation,
    recomputed_text,
    refusal_text,
    source_line,
    source_text,
)
from icp_desktop.ui.widgets.review_common import BusyBar, scheme_color
from icp_desktop.ui.widgets.year_calendar import YearCalendar

if TYPE_CHECKING:
    from icp_desktop.ui.page_backend import PageBackend


class CalendarTab(Retranslatable, QWidget):
    """The working-day calendar, kept by the operator.

    Signals:
        attention_changed(object): the service's ``attention`` items (a tuple of
            :class:`~icp_desktop.client.models.CalendarAttention`), after each summary.
    """

    attention_changed = Signal(object)

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.summary: CalendarSummary | None = None
        self.loaded: dict[int, CalendarYear] = {}
        self.days: dict[int, YearDays] = {}  # what is shown per year, with unsaved edits
        self.dialog: NoticeDialog | None = None
        # The last message, as a function that words it: a language switch words it anew.
        self._message: tuple[Callable[[], str] | None, bool] = (None, False)
        self.busy = BusyBar(self)

        self.year_label = QLabel(self)
        self.year_combo = QComboBox(self)
        self.year_combo.setMinimumContentsLength(24)
        self.year_combo.activated.connect(lambda _index: self.load_year(self.year()))
        self.year_label.setBuddy(self.year_combo)
        self.paste_button = QPushButton(icon("calendar"), "", self)
        self.paste_button.clicked.connect(self.open_notice_dialog)
        self.save_button = QPushButton(icon("save"), "", self)
        self.save_button.clicked.connect(self.save_days)
        self.discard_button = QPushButton(self)
        self.discard_button.clicked.connect(self.discard_edits)
        self.remove_button = QPushButton(icon("remove"), "", self)
        self.remove_button.clicked.connect(self.remove_year)
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.calendar = YearCalendar(self, editable=True)
        self.calendar.edited.connect(self._on_day_edited)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.legend = CalendarLegend(self)
        self.festivals = FestivalList(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        top.addStretch(1)
        for button in (
            self.paste_button,
            self.save_button,
            self.discard_button,
            self.remove_button,
        ):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.source_label)
        layout.addWidget(self.calendar, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.hint)
        layout.addWidget(self.festivals)
        layout.addWidget(self.message)
        self.retranslate_ui()

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.paste_button.setText(self.tr("&Paste the State Council's notice…"))
        self.save_button.setText(self.tr("Sa&ve year"))
        self.discard_button.setText(self.tr("&Discard changes"))
        self.remove_button.setText(self.tr("Re&move the operator's data…"))
        self.hint.setText(
            self.tr(
                "Click a day (or press Space) to change it: normal → holiday → make-up working day "
                "(weekends only) → normal. Right-click for a menu and the festival's name. Changes "
                "count once the year is saved."
            )
        )
        self._fill_years()
        self._show_year()
        self.show_message(*self._message)

    def show_message(self, words: Callable[[], str] | None, error: bool = False) -> None:
        """Show (and announce) the message ``words()`` gives; None clears it."""
        self._message = (words, error)
        text = words() if words is not None else ""
        colour = scheme_color("removed" if error else "added")
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold;" if text else "")
        shown = error_text(text) if error else (f"✔ {text}" if text else "")
        self.message.setText(shown)
        self.message.setVisible(bool(text))
        announce(self.message, shown)

    # --- loading ----------------------------------------------------------------------------

    def year(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        """Ask the service for the years and what needs attention, then the year shown."""
        self.busy.begin()
        self._backend.call(
            lambda api: api.calendar_summary(), self._on_summary, self._on_load_failed
        )

    def _on_summary(self, summary: CalendarSummary) -> None:
        self.busy.end()
        self.summary = summary
        if self.year() is None:
            wanted = summary.attention[0].year if summary.attention else summary.today.year
            self._fill_years(select=wanted)
        else:
            self._fill_years()
        self.attention_changed.emit(summary.attention)
        year = self.year()
        if year is not None:
            self.load_year(year)

    def select_year(self, year: int) -> None:
        """Show ``year`` (listed or not) and load it."""
        self._fill_years(select=year)
        self.load_year(year)

    def load_year(self, year: int | None) -> None:
        if year is None:
            return
        self.busy.begin()
        self._backend.call(lambda api: api.calendar_year(year), self._on_year, self._on_load_failed)

    def _on_year(self, data: CalendarYear) -> None:
        self.busy.end()
        self._take(data)

    def _take(self, data: CalendarYear) -> None:
        """The service's year becomes the base; unsaved edits of it stay on top."""
        self.loaded[data.year] = data
        days = self.days.get(data.year)
        if days is None:
            self.days[data.year] = YearDays(data.year, data.holiday_names, data.workday_names)
        else:
            days.rebase(data.holiday_names, data.workday_names)
        self._fill_years()
        if data.year == self.year():
            self._show_year()

    def _on_load_failed(self, error: ApiError) -> None:
        self.busy.end()
        self.show_message(
            lambda: self.tr("The calendar could not be loaded: {reason}").format(
                reason=error_reason(error)
            ),
            error=True,
        )

    def _fill_years(self, select: int | None = None) -> None:
        chosen = select if select is not None else self.year()
        years = {y.year: y.source for y in self.summary.years} if self.summary else {}
        years.update({y: d.source for y, d in self.loaded.items()})
        if chosen is not None:
            years.setdefault(chosen, years.get(chosen, "none"))
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year, source in sorted(years.items()):
            text = f"{year} — {source_text(source)}"
            if self.days.get(year) is not None and self.days[year].dirty:
                text += " · " + self.tr("unsaved changes")
            self.year_combo.addItem(text, year)
        if chosen is not None:
            self.year_combo.setCurrentIndex(self.year_combo.findData(chosen))
        self.year_combo.blockSignals(False)

    def _show_year(self) -> None:
        year = self.year()
        data = self.loaded.get(year) if year is not None else None
        days = self.days.get(year) if year is not None else None
        today = self.summary.today if self.summary else None
        self.calendar.set_days(days, today)
        self.festivals.set_days(days)
        dirty = days is not None and days.dirty
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.paste_button.setEnabled(year is not None)
        self.remove_button.setEnabled(data is not None and data.source == "operator")
        self.source_label.setText(source_line(data))

    # --- editing by hand --------------------------------------------------------------------

    def _on_day_edited(self, _day: object) -> None:
        self._fill_years()
        self._show_year()

    def discard_edits(self) -> None:
        year = self.year()
        if year is not None and year in self.days:
            self.days[year].discard()
            self._fill_years()
            self._show_year()

    def save_days(self) -> None:
        """Save the year shown as it is on screen (the days by hand)."""
        year, days = self.year(), self.days.get(self.year() or 0)
        if year is None or days is None:
            return
        holidays, workdays = list(days.holidays().items()), list(days.workdays().items())
        version = self.loaded[year].version if year in self.loaded else 0
        self.save_button.setEnabled(False)
        self.busy.begin()
        self._backend.call(
            lambda api: api.save_calendar_year(
                year, holidays=holidays, workdays=workdays, version=version
            ),
            self._on_saved,
            lambda error: self._on_save_failed(year, error),
        )

    def remove_year(self) -> None:
        year = self.year()
        if year is None or not RemoveYearConfirmation.ask(self, year):
            return
        self.busy.begin()
        self._backend.call(
            lambda api: api.remove_calendar_year(year),
            self._on_removed,
            lambda error: self._on_save_failed(year, error),
        )

    # --- the notice -------------------------------------------------------------------------

    def open_notice_dialog(self) -> NoticeDialog | None:
        """Open the paste dialog for the year shown (window-modal; returns it)."""
        year = self.year()
        if year is None:
            return None
        data = self.loaded.get(year)
        self.dialog = NoticeDialog(year, (data.notice_text if data else None) or "", self)
        self.dialog.save_requested.connect(lambda text, y=year: self.save_notice(y, text))
        self.dialog.open()
        return self.dialog

    def save_notice(self, year: int, text: str) -> None:
        version = self.loaded[year].version if year in self.loaded else 0
        self.busy.begin()
        self._backend.call(
            lambda api: api.save_calendar_year(year, notice_text=text, version=version),
            self._on_saved,
            lambda error: self._on_save_failed(year, error),
        )

    # --- answers ----------------------------------------------------------------------------

    def _on_saved(self, saved: CalendarSaved) -> None:
        self.busy.end()
        year = saved.year.year
        self.days.pop(year, None)  # saved as shown: the edits are the base now
        if self.dialog is not None and self.dialog.year == year:
            self.dialog.accept()
            self.dialog = None
        self._take(saved.year)
        self.show_message(
            lambda: self.tr("{year} was saved. {recomputed}").format(
                year=year, recomputed=recomputed_text(saved.changes_recomputed)
            )
        )
        self.refresh()

    def _on_removed(self, saved: CalendarSaved) -> None:
        self.busy.end()
        year = saved.year.year
        self.days.pop(year, None)
        self._take(saved.year)
        self.show_message(
            lambda: self.tr(
                "The operator's data of {year} was removed; {year} now: {source}. {recomputed}"
            ).format(
                year=year,
                source=source_text(saved.year.source),
                recomputed=recomputed_text(saved.changes_recomputed),
            )
        )
        self.refresh()

    def _on_save_failed(self, year: int, error: ApiError) -> None:
        self.busy.end()
        dialog = self.dialog if self.dialog is not None and self.dialog.year == year else None
        if isinstance(error, Conflict) and error.errors_for("version"):
            self.load_year(year)
        elif isinstance(error, ValidationFailed) and dialog is not None:
            for problem in error.errors_for("notice_text"):
                if problem.code == "notice_unreadable":
                    dialog.show_refusal(
                        problem.params.get("line"),
                        problem.message,
                        str(problem.params.get("reason_zh") or ""),
                    )
        words = partial(refusal_text, year, error)
        if dialog is not None:
            dialog.save_failed(words)
        self.show_message(words, error=True)
        self._show_year()
