"""The pre-submit checks (DNS, reachability per IP, footer, the subject's other websites) shown
as a list: per check an icon and the check's name, its sentence word-wrapped beneath.

The sentences are rendered from each check's code and params in the interface language
(:mod:`icp_desktop.domain.precheck_text`), again after a language switch.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from icp_desktop.client.precheck_models import PrecheckCheck, PrecheckReport
from icp_desktop.domain.precheck_text import check_name, render_check, result_name
from icp_desktop.ui.formatting import beijing_clock_labelled, format_number
from icp_desktop.ui.i18n import Retranslatable, current_language
from icp_desktop.ui.theme import is_dark

# result -> (glyph, light colour, dark colour); the glyph and the word carry the meaning too
_MARKS = {
    "pass": ("✔", "#1b7f2a", "#81c995"),
    "warn": ("!", "#a15c00", "#fdd663"),
    "fail": ("✘", "#b3261e", "#f28b82"),
    "could_not_check": ("?", "#5f6368", "#9aa0a6"),
}
ORDER = ("fail", "warn", "could_not_check", "pass")


def result_color(result: str) -> str:
    _glyph, light, dark = _MARKS.get(result, _MARKS["could_not_check"])
    return dark if is_dark() else light


@cache
def result_pixmap(result: str, dark: bool, size: int = 16) -> QPixmap:
    """A filled circle in the result's colour with its glyph in white."""
    glyph, light, dark_color = _MARKS.get(result, _MARKS["could_not_check"])
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(dark_color if dark else light))
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    font = QFont()
    font.setPixelSize(int(size * 0.7))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#202124" if dark else "#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap


def summary_counts(checks: Iterable[PrecheckCheck]) -> dict[str, int]:
    counts = dict.fromkeys(ORDER, 0)
    for check in checks:
        counts[check.result] = counts.get(check.result, 0) + 1
    return counts


class PrechecksPanel(Retranslatable, QFrame):
    """The results of one run of the pre-submit checks, or what the panel waits for.

    Attributes:
        report: the report shown, or None.
        heading: the line above the results (a summary, "checking…", or an invitation).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: PrecheckReport | None = None
        self._state = "idle"  # idle | running | shown | failed
        self._error = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.retranslate_ui()

    # --- states -------------------------------------------------------------------------

    def show_idle(self) -> None:
        self._state, self.report = "idle", None
        self._fill()

    def show_running(self) -> None:
        self._state, self.report = "running", None
        self._fill()

    def show_report(self, report: PrecheckReport) -> None:
        self._state, self.report = "shown", report
        self._fill()

    def show_failed(self, reason: str) -> None:
        self._state, self.report, self._error = "failed", None, reason
        self._fill()

    @property
    def state(self) -> str:
        return self._state

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Checks before submitting"))
        self._fill()

    # --- reading ------------------------------------------------------------------------

    def lines(self) -> list[str]:
        """Each result as shown: "<result> · <check> · <sentence>"."""
        return [
            f"{mark.toolTip()} · {name.text()} · {text.text()}" for mark, name, text in self._rows
        ]

    # --- drawing ------------------------------------------------------------------------

    def _fill(self) -> None:
        for row in self._rows:
            for label in row:
                self.grid.removeWidget(label)
                label.hide()  # at once: a dialog's event loop would keep it painted
                label.deleteLater()
        self._rows = []
        lang = current_language()
        if self._state == "idle":
            self.heading.setText(
                self.tr(
                    "Check before submitting: whether the domain resolves to these IPs, whether "
                    "the website answers at each new IP, the filing number in its footer and the "
                    "subject's other websites. Checking never stops you from submitting."
                )
            )
            return
        if self._state == "running":
            self.heading.setText(self.tr("Checking… (a few seconds; you can keep working)"))
            return
        if self._state == "failed":
            self.heading.setText(
                self.tr("The checks could not be run: {reason}").format(reason=self._error)
            )
            return
        report = self.report
        assert report is not None
        counts = summary_counts(report.checks)
        parts = [
            f"{result_name(r, lang)} {format_number(counts[r])}" for r in ORDER if counts.get(r)
        ]
        self.heading.setText(
            self.tr("Checked {domain} at {time}: {counts}").format(
                domain=report.domain,
                time=beijing_clock_labelled(report.checked_at),
                counts=" · ".join(parts),
            )
        )
        ordered = sorted(
            report.checks, key=lambda c: ORDER.index(c.result) if c.result in ORDER else len(ORDER)
        )
        for number, check in enumerate(ordered):
            self._add_row(number, check, lang)

    def _add_row(self, number: int, check: PrecheckCheck, lang: str) -> None:
        mark = QLabel(self)
        mark.setPixmap(result_pixmap(check.result, is_dark()))
        mark.setToolTip(result_name(check.result, lang))
        mark.setAccessibleName(result_name(check.result, lang))
        name_text = check_name(check.check, lang)
        if check.ip:
            name_text += f" ({check.ip})"
        name = QLabel(name_text, self)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        text = QLabel(render_check(check.code, check.params, lang), self)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if check.result in ("fail", "warn"):
            text.setStyleSheet(f"color: {result_color(check.result)};")
        # The sentence under the check's name, over the whole width: beside a long name (an
        # IPv6 address in it) it was squeezed into a narrow column of many lines.
        top = Qt.AlignmentFlag.AlignTop
        self.grid.addWidget(mark, 2 * number, 0, top)
        self.grid.addWidget(name, 2 * number, 1, top)
        self.grid.addWidget(text, 2 * number + 1, 1, top)
        if number:  # a little air between one check and the next
            mark.setContentsMargins(0, 6, 0, 0)
            name.setContentsMargins(0, 6, 0, 0)
        for label in (mark, name, text):
            label.show()  # now, not when the layout gets to it: the page scrolls to the rows
        self._rows.append((mark, name, text))
