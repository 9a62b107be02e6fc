"""Importing a year from the State Council's holiday notice: paste, check, save.

The pasted text is read here, with the same parser the service uses
(:func:`icp_desktop.domain.holiday_notice.parse_holiday_notice`), a moment after each change:
the year it describes shows at once as a calendar, and a line that cannot be read is marked
in the text with the reason in the interface language. Saving is the calendar tab's job; the
text stays here until the service has accepted it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.domain.holiday_notice import NoticeParseError, parse_holiday_notice
from icp_desktop.ui.accessibility import announce, error_text
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.models.calendar_days import YearDays
from icp_desktop.ui.widgets.calendar_legend import CalendarLegend, FestivalList
from icp_desktop.ui.widgets.review_common import scheme_color
from icp_desktop.ui.widgets.year_calendar import YearCalendar

PARSE_DELAY_MS = 150


def chinese_ui() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


class NoticeDialog(Retranslatable, QDialog):
    """Paste 国务院办公厅关于XXXX年部分节假日安排的通知 for one year and save it.

    Signals:
        save_requested(str): the operator chose Save with this text, which reads well.

    Attributes:
        days: the year as the text reads now, or None while it cannot be read.
    """

    save_requested = Signal(str)

    def __init__(self, year: int, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self.days: YearDays | None = None
        self._error: tuple[int | None, str, str] | None = None  # line, English, Chinese
        self._saving = False
        self._failure: Callable[[], str] | None = None  # why the last save failed
        self.resize(1100, 760)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.textChanged.connect(self._timer_restart)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.preview = YearCalendar(self, editable=False)
        self.festivals = FestivalList(self)
        self.legend = CalendarLegend(self, editable=False)
        preview_box = QWidget(self)
        box = QVBoxLayout(preview_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.preview, 1)
        box.addWidget(self.legend)
        box.addWidget(self.festivals)
        splitter = QSplitter(self)
        splitter.addWidget(self.editor)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 680])

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PARSE_DELAY_MS)
        self._timer.timeout.connect(self.parse)
        self.retranslate_ui()
        self.editor.setPlainText(text)
        self.parse()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import the holiday notice of {year}").format(year=self.year))
        self.intro.setText(
            self.tr(
                "Paste the whole text of the State Council's notice "
                "国务院办公厅关于{year}年部分节假日安排的通知. It is read as you type: "
                "check the days off and make-up working days "
                "(调休上班) in the calendar, then save the year."
            ).format(year=self.year)
        )
        self.editor.setAccessibleName(self.tr("Text of the notice"))
        self.editor.setPlaceholderText(
            self.tr("一、元旦：1月1日（周五）至3日（周日）放假，共3天。…")
        )
        self.save_button.setText(self.tr("&Save year {year}").format(year=self.year))
        self.preview.setAccessibleDescription(self.tr("The year as the notice reads"))
        self._show_state()

    # --- reading the text -----------------------------------------------------------------

    def text(self) -> str:
        return self.editor.toPlainText()

    def _timer_restart(self) -> None:
        self._timer.start()

    def parse(self) -> None:
        """Read the text now; show the year it gives, or the line that cannot be read."""
        self._timer.stop()
        text = self.text()
        self._error = None
        self._failure = None
        self.days = None
        if text.strip():
            try:
                notice = parse_holiday_notice(text, self.year)
            except NoticeParseError as exc:
                self._error = (exc.line, exc.reason, exc.reason_zh)
            else:
                self.days = YearDays(
                    self.year,
                    {d: f.name for f in notice.festivals for d in f.days_off},
                    {d: f.name for f in notice.festivals for d in f.workdays},
                )
        if self.days is not None or not text.strip():
            shown = self.days or YearDays(self.year)  # an empty text: the bare year
            self.preview.set_days(shown)
            self.festivals.set_days(self.days)
        # While a line cannot be read (often mid-typing) the last year read stays, greyed.
        self.preview.setEnabled(self.days is not None or not text.strip())
        self.festivals.setEnabled(self.preview.isEnabled())
        self._show_state()

    def show_refusal(self, line: int | None, reason: str, reason_zh: str) -> None:
        """The service could not read the notice: mark the line it names."""
        self._error = (line, reason, reason_zh)
        self._show_state()

    def error_line(self) -> int | None:
        return self._error[0] if self._error else None

    def error_message(self) -> str:
        """The reason the text cannot be read, in the interface language ("" when it reads)."""
        if self._error is None:
            return ""
        line, reason, reason_zh = self._error
        reason = reason_zh if chinese_ui() and reason_zh else reason
        if line is None:
            return error_text(reason)
        return error_text(self.tr("Line {line}: {reason}").format(line=line, reason=reason))

    def _show_state(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if self._error is not None:
            message, colour = self.error_message(), scheme_color("removed")
            line = self._error[0]
            block = self.editor.document().findBlockByNumber(line - 1) if line else None
            if block is not None and block.isValid():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(block)
                selection.format.setBackground(QColor(colour).lighter(185))
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selections.append(selection)
        elif self._failure is not None:
            message, colour = error_text(self._failure()), scheme_color("removed")
        elif self.days is not None:
            colour = scheme_color("added")
            message = "✔ " + self.tr(
                "Read: {festivals} festivals, {off} days off, {work} make-up working days. Check "
                "the calendar, then save."
            ).format(
                festivals=len(self.days.festivals()),
                off=len(self.days.holidays()),
                work=len(self.days.workdays()),
            )
        else:
            colour, message = scheme_color("kept"), self.tr("Paste the notice's text above.")
        self.editor.setExtraSelections(selections)
        self.show_message(message, colour)
        self.save_button.setEnabled(self.days is not None and not self._saving)

    def show_message(self, text: str, colour: str | None = None) -> None:
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.status.setText(text)
        announce(self.status, text)

    # --- saving ---------------------------------------------------------------------------

    def on_save_clicked(self) -> None:
        self.parse()
        if self.days is None:
            return
        self.set_saving(True)
        self.save_requested.emit(self.text())

    def set_saving(self, saving: bool) -> None:
        """While the service saves, Save waits; the text stays editable and is kept."""
        self._saving = saving
        self.save_button.setEnabled(self.days is not None and not saving)
        if saving:
            self.show_message(self.tr("Saving {year}…").format(year=self.year))

    def save_failed(self, words: Callable[[], str]) -> None:
        """The service refused or could not be reached: say so (``words()``, asked again on a
        language switch) and keep everything."""
        self._failure = words
        self.set_saving(False)
        self._show_state()
