"""The operator's banner when working-day data is missing: from 1 November for next year, and
for the current year whenever it has none (the service's ``GET /v1/calendar`` ``attention``)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from icp_desktop.client.calendar_models import CalendarAttention
from icp_desktop.ui.accessibility import announce
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.icons import icon
from icp_desktop.ui.widgets.calendar_texts import attention_text
from icp_desktop.ui.widgets.review_common import scheme_color


class CalendarAttentionBanner(Retranslatable, QWidget):
    """A warning line with a button that opens the calendar at the year concerned; hidden while
    nothing needs attention.

    Signals:
        open_year(int): the operator wants to see this year in the calendar.
    """

    palette_in_texts = True

    open_year = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[CalendarAttention, ...] = ()
        self.icon_label = QLabel(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(icon("calendar"), "", self)
        self.button.clicked.connect(self._on_button_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)

    def set_attention(self, items: tuple[CalendarAttention, ...]) -> None:
        self.items = tuple(items)
        self.retranslate_ui()

    def text(self) -> str:
        return self.label.text()

    def retranslate_ui(self) -> None:
        self.setVisible(bool(self.items))
        if not self.items:
            self.label.clear()
            return
        colour = scheme_color("overdue")
        size = self.label.fontMetrics().height() + 4
        self.icon_label.setPixmap(icon("warning").pixmap(QSize(size, size)))
        self.label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        text = "\n".join(attention_text(a.code, a.year, a.message) for a in self.items)
        self.label.setText(text)
        self.label.setAccessibleName(self.tr("Working-day calendar needs attention"))
        self.button.setText(self.tr("Open the calendar of {year}").format(year=self.items[0].year))
        announce(self.label, text)

    def _on_button_clicked(self) -> None:
        if self.items:
            self.open_year.emit(self.items[0].year)
