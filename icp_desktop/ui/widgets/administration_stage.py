"""A change at the administration, as its filer follows it: "day N of up to M working days" of
its province's window, and the MIIT SMS verification (短信核验) with its 24-hour countdown.

The countdown starts from the ``seconds_left`` the service counted when it answered and goes on
with a monotonic clock, so it is right whatever the computer's clock says and survives a restart
of either side (the service keeps when the window ends).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from icp_desktop.client.administration_models import AdministrationWindow, SmsVerification
from icp_desktop.client.change_models import Change
from icp_desktop.ui.formatting import beijing_deadline_day, beijing_time_labelled, format_number
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.widgets.deadline import with_estimate
from icp_desktop.ui.widgets.review_common import scheme_color

URGENT_SECONDS = 4 * 3600  # the last reminder: from here the countdown is red


def _t(text: str) -> str:
    return QCoreApplication.translate("AdministrationStage", text)


def countdown_text(seconds: int) -> str:
    """``18:59:07`` (hours may exceed 24 for a longer window)."""
    seconds = max(0, seconds)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def short_left_text(seconds: int) -> str:
    """The list's words: "SMS verification: 18 h 59 min left"."""
    seconds = max(0, seconds)
    if seconds == 0:
        return _t("SMS verification: time is up")
    return _t("SMS verification: {h} h {m} min left").format(
        h=format_number(seconds // 3600), m=format_number(seconds % 3600 // 60)
    )


def list_left_text(seconds: int) -> str:
    """The licenses list's compact countdown, in place of the status: "SMS verification:
    18:59 left" (the status column stays as narrow as the longest status name)."""
    seconds = max(0, seconds)
    if seconds == 0:
        return _t("SMS verification: time is up")
    return _t("SMS verification: {h}:{mm} left").format(
        h=seconds // 3600, mm=f"{seconds % 3600 // 60:02d}"
    )


def window_text(window: AdministrationWindow) -> str:
    """ "Day 3 of up to 20 working days (北京) · expected by the end of …"."""
    province = window.province or _t("province unknown")
    if window.beyond:
        text = _t("Day {n} of up to {m} working days ({province}): beyond the window").format(
            n=format_number(window.day), m=format_number(window.working_days), province=province
        )
    else:
        text = _t("Day {n} of up to {m} working days ({province})").format(
            n=format_number(window.day), m=format_number(window.working_days), province=province
        )
    text += " · " + _t("expected by the end of {day}").format(
        day=beijing_deadline_day(window.expected_by)
    )
    return with_estimate(text) if window.estimated else text


def verified_by_text(who: str | None) -> str:
    return {
        "filer": _t("recorded by you"),
        "administration": _t("confirmed by the administration"),
        "operator": _t("recorded by the operator"),
    }.get(who or "", who or "")


class AdministrationStageBox(Retranslatable, QGroupBox):
    """The window line and the SMS verification step of one change (hidden when the change is
    not at the administration and no step ended it).

    Signals:
        confirm_requested(): the filer chose "I have verified".
    """

    confirm_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._change: Change | None = None
        self._sms: SmsVerification | None = None
        self._fetched_at = time.monotonic()
        layout = QVBoxLayout(self)
        self.window_label = QLabel(self)
        self.window_label.setWordWrap(True)
        layout.addWidget(self.window_label)
        self.sms_title = QLabel(self)
        self.sms_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.sms_title)
        row = QHBoxLayout()
        self.countdown = QLabel(self)
        self.countdown.setObjectName("sms_countdown")
        font = self.countdown.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.countdown.setFont(font)
        row.addWidget(self.countdown)
        self.failures = QLabel(self)
        row.addWidget(self.failures, 1, Qt.AlignmentFlag.AlignBottom)
        self.confirm_button = QPushButton(self)
        self.confirm_button.clicked.connect(self.confirm_requested)
        row.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.explain)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.setVisible(False)

    # --- state --------------------------------------------------------------------------------

    @property
    def sms(self) -> SmsVerification | None:
        return self._sms

    def seconds_left(self) -> int:
        if self._sms is None:
            return 0
        return max(0, self._sms.seconds_left - int(time.monotonic() - self._fetched_at))

    def set_change(self, change: Change | None) -> None:
        self._change = change
        self._sms = change.sms_verification if change is not None else None
        self._fetched_at = time.monotonic()
        self.retranslate_ui()

    def set_busy(self, busy: bool) -> None:
        self.confirm_button.setEnabled(not busy)

    # --- rendering ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(_t("At the administration"))
        self.confirm_button.setText(_t("I have verified"))
        self.confirm_button.setToolTip(
            _t(
                "Choose this once the SMS verification is done on the MIIT filing site; the "
                "countdown and its reminders stop."
            )
        )
        window = self._change.administration_window if self._change is not None else None
        sms = self._sms
        self.setVisible(window is not None or sms is not None)
        self.window_label.setVisible(window is not None)
        if window is not None:
            self.window_label.setText(window_text(window))
        shown = sms is not None
        for widget in (self.sms_title, self.countdown, self.failures, self.explain):
            widget.setVisible(shown)
        self.confirm_button.setVisible(shown and sms is not None and "confirm" in sms.allowed)
        if sms is None:
            self.timer.stop()
            return
        self.sms_title.setText(_t("MIIT SMS verification (短信核验)"))
        self.failures.setText(
            _t("Wrong tries: {n} of {max}").format(
                n=format_number(sms.failures), max=format_number(sms.max_failures)
            )
        )
        if sms.awaiting:
            self.explain.setText(
                _t(
                    "MIIT has sent an SMS to the website's responsible people. Verify on the MIIT "
                    "filing site (beian.miit.gov.cn) by {deadline}. After {max} wrong tries, or "
                    "when the time is up, the administration returns the application."
                ).format(
                    deadline=beijing_time_labelled(sms.expires_at),
                    max=format_number(sms.max_failures),
                )
            )
            self._tick()
            self.timer.start()
            return
        self.timer.stop()
        texts = {
            "verified": _t("Verified ({who})").format(who=verified_by_text(sms.verified_by)),
            "expired": _t("Not verified in time: the application was returned"),
            "failed": _t("Too many wrong tries: the application was returned"),
            "closed": _t("Ended: the administration decided"),
        }
        self.countdown.setText(texts.get(sms.state, sms.state))
        self.countdown.setStyleSheet(
            f"color: {scheme_color('added' if sms.state == 'verified' else 'removed')};"
        )
        ended = beijing_time_labelled(sms.ended_at) if sms.ended_at else ""
        self.explain.setText(_t("Ended {when}.").format(when=ended) if ended else "")

    def _tick(self) -> None:
        if self._sms is None or not self._sms.awaiting:
            return
        left = self.seconds_left()
        self.countdown.setText(_t("{time} left").format(time=countdown_text(left)))
        urgent = left <= URGENT_SECONDS  # the last reminder's time: red from then on
        self.countdown.setStyleSheet(f"color: {scheme_color('removed')};" if urgent else "")
        self.countdown.setAccessibleName(short_left_text(left))
        if left == 0:
            self.timer.stop()
            self.confirm_button.setVisible(False)
