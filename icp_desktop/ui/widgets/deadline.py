"""Every deadline the app shows, worded in one place: the pending one of a change, the queue's
"due in N working days", "estimated" with its icon and its reason, and no deadline at all when
the change is a draft, at the filer's turn after a rejection, finished or withdrawn.

The service sends the deadline a change waits on now (``change["deadline"]``, read as
:class:`~icp_desktop.client.models.Deadline`). Its day is the Beijing day it ends on, labelled
as Beijing time. A deadline counted over a day without holiday data is an estimate (weekends
only): it says so in words and with the ``estimated`` icon, and its tooltip says why.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from icp_desktop.client.change_models import Change, Deadline, ReviewQueueItem
from icp_desktop.ui.formatting import beijing_date, beijing_day, beijing_deadline_day, format_number
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.icons import icon


def _t(text: str) -> str:
    return QCoreApplication.translate("Deadline", text)


def estimated_text() -> str:
    """The word that marks an estimated deadline: "(estimated)" / "（估算）"."""
    return _t("(estimated)")


def with_estimate(text: str) -> str:
    """``text`` marked as an estimate: "due … (estimated)" / "……（估算）"."""
    return _t("{text} (estimated)").format(text=text)


def estimated_reason(deadline: Deadline) -> str:
    """Why a deadline is an estimate (for its tooltip)."""
    day = beijing_day(deadline.due_at)
    year = day.year if day is not None else deadline.due_at.year
    return _t(
        "Estimated: there is no holiday data for {year} yet, so this deadline counts "
        "weekends only (no public holidays or make-up working days). It may move when "
        "the operator imports the State Council's holiday notice for {year}."
    ).format(year=year)


def estimated_icon() -> QIcon:
    return icon("estimated")


def deadline_text(deadline: Deadline, window_days: int = 20) -> str:
    """The sentence for a change's pending deadline, with its Beijing day, overdue and
    estimated marked: "First review due by the end of Friday, January 1, 2027 (Beijing time)".
    ``window_days``: the administration's window of the change's province."""
    day = beijing_deadline_day(deadline.due_at)
    sentences = {
        "first_review": _t("First review due by the end of {day}"),
        "administration_submission": _t(
            "Submission to the administration due by the end of {day} (within 1 working day "
            "of approval)"
        ),
        "administration_review": _t(
            "The administration is expected to decide by the end of {day} (up to {m} working days)"
        ),
    }
    text = sentences.get(deadline.kind, sentences["first_review"]).format(
        day=day, m=format_number(window_days)
    )
    if deadline.overdue:
        text = _t("⚠ Overdue: {deadline}").format(deadline=text)
    elif deadline.working_days_left == 0:
        text += " · " + _t("due today")
    elif deadline.working_days_left == 1:
        text += " · " + _t("1 working day left")
    else:
        text += " · " + _t("{n} working days left").format(
            n=format_number(deadline.working_days_left)
        )
    return with_estimate(text) if deadline.estimated else text


def no_deadline_text(status: str | None) -> str:
    """Why a change waits on no deadline now."""
    reasons = {
        "draft": _t("None: the change has not been submitted yet"),
        "first_review_rejected": _t("None: waiting for the filer to modify and submit"),
        "administration_rejected": _t("None: waiting for the filer to modify and submit"),
        "approved": _t("None: the change is finished (filed)"),
        "withdrawn": _t("None: the change was withdrawn"),
    }
    return reasons.get(status or "", _t("None"))


def due_text(item: ReviewQueueItem) -> str:
    """A queue row's due cell: "due in 1 working day (11/30/2026)", "overdue by 2 working
    days (due 11/25/2026)", "due today (…) (estimated)"; the column heading says Beijing time.

    The change's own ``deadline`` says whether the day is an estimate.
    """
    deadline = item.change.deadline
    due_at = item.due_at or (deadline.due_at if deadline else None)
    date_text = beijing_date(due_at)
    if not date_text:
        return _t("no due date")
    left = item.working_days_left
    if left is None:
        left = deadline.working_days_left if deadline else 0
    if item.overdue:
        days = abs(left)
        if days == 0:
            text = _t("overdue (due {date})")
        elif days == 1:
            text = _t("overdue by 1 working day (due {date})")
        else:
            text = _t("overdue by {n} working days (due {date})")
    else:
        days = max(left, 0)
        if days == 0:
            text = _t("due today ({date})")
        elif days == 1:
            text = _t("due in 1 working day ({date})")
        else:
            text = _t("due in {n} working days ({date})")
    text = text.format(n=format_number(days), date=date_text)
    return with_estimate(text) if deadline is not None and deadline.estimated else text


class DeadlineLabel(Retranslatable, QWidget):
    """A change's pending deadline as a line of text, with the ``estimated`` icon (and its
    reason as the tooltip) when the day is an estimate; reworded on a language switch from the
    change it was given."""

    palette_in_texts = True

    def __init__(self, parent: QWidget | None = None) -> None:
        """The text wraps where there is no room for it on one line: it never widens the
        window (a page header too)."""
        super().__init__(parent)
        self._change: Change | None = None
        self.icon_label = QLabel(self)
        self.icon_label.setVisible(False)
        self.text_label = QLabel("—", self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)

    @property
    def deadline(self) -> Deadline | None:
        return self._change.deadline if self._change is not None else None

    def text(self) -> str:
        return self.text_label.text()

    def reason(self) -> str:
        """Why the deadline is an estimate ("" when it is not): the tooltip's text."""
        deadline = self.deadline
        return estimated_reason(deadline) if deadline is not None and deadline.estimated else ""

    def icon_shown(self) -> bool:
        return not self.icon_label.isHidden()

    def set_change(self, change: Change | None) -> None:
        """Show the deadline ``change`` waits on now (or why there is none)."""
        self._change = change
        self.retranslate_ui()

    def set_style_sheet(self, sheet: str) -> None:
        self.text_label.setStyleSheet(sheet)

    def retranslate_ui(self) -> None:
        change = self._change
        deadline = self.deadline
        if change is None:
            text, tip = "—", ""
        elif deadline is None:
            text, tip = no_deadline_text(change.status), ""
        else:
            window = change.administration_window
            text = deadline_text(deadline, window.working_days if window else 20)
            tip = estimated_reason(deadline) if deadline.estimated else ""
        estimated = deadline is not None and deadline.estimated
        self.text_label.setText(text)
        # As rich text, a long tooltip wraps instead of running across the screen.
        shown_tip = f"<p>{escape(tip, quote=False)}</p>" if tip else ""
        for widget in (self, self.text_label, self.icon_label):
            widget.setToolTip(shown_tip)
        self.icon_label.setVisible(estimated)
        if estimated:
            size = self.text_label.fontMetrics().height() + 4
            self.icon_label.setPixmap(estimated_icon().pixmap(QSize(size, size)))
            self.icon_label.setAccessibleName(estimated_text())
        self.text_label.setAccessibleName(text)
        self.text_label.setAccessibleDescription(tip)
