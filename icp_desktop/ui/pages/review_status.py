"""Review status (进度): where a Change Access stands, its timeline and its due dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.change_models import Change
from icp_desktop.client.errors import ApiError
from icp_desktop.domain.status import Action, ChangeStatus
from icp_desktop.ui.calls import Call
from icp_desktop.ui.formatting import beijing_time_labelled
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.presenters.workflow import status_label
from icp_desktop.ui.reason_text import reason_text
from icp_desktop.ui.widgets.administration_stage import AdministrationStageBox
from icp_desktop.ui.widgets.busy import BusySpinner
from icp_desktop.ui.widgets.deadline import DeadlineLabel
from icp_desktop.ui.widgets.dialogs import WithdrawConfirmation
from icp_desktop.ui.widgets.ip_editor import diff_ips
from icp_desktop.ui.widgets.message_line import MessageLine
from icp_desktop.ui.widgets.step_line import StepLine
from icp_desktop.ui.widgets.timeline import TimelineView

if TYPE_CHECKING:
    from icp_desktop.client.event_models import Event
    from icp_desktop.ui.page_backend import PageBackend
    from icp_desktop.ui.pages.contract import Navigator

REJECTED = {ChangeStatus.FIRST_REVIEW_REJECTED, ChangeStatus.ADMINISTRATION_REJECTED}


FACTS = ("website", "status", "ips", "submitted", "deadline", "time_limits", "reasons")


class ReviewStatusPage(Retranslatable, QWidget):
    """The progress of one change: step line, the deadline it waits on now, timeline and the
    actions allowed now. Times are Beijing time, labelled.

    Signals:
        open_change_access(int): website id to modify (Modify and Submit, Continue editing).
        back(): return to the page before.
    """

    open_change_access = Signal(int)
    back = Signal()

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.change: Change | None = None
        self._change_id = 0
        self._call: Call[Change] | None = None

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        # the page is reached from Licenses, the change history and notifications alike
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.back.emit)
        header.addWidget(self.back_button)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        header.addWidget(self.title, 1)
        self.spinner = BusySpinner(self)
        header.addWidget(self.spinner)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)

        self.step_line = StepLine(self)
        layout.addWidget(self.step_line)

        self.facts = facts = QGroupBox(self)
        form = QFormLayout(facts)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        self.field_names: dict[str, QLabel] = {}
        self.deadline = DeadlineLabel(facts)
        for key in FACTS:
            self.field_names[key] = QLabel(facts)
            if key == "deadline":
                form.addRow(self.field_names[key], self.deadline)
                continue
            value = QLabel("—", facts)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.field_names[key], value)
            self.fields[key] = value
        layout.addWidget(facts)

        # At the administration: day N of its window, and the SMS verification countdown.
        self.administration = AdministrationStageBox(self)
        self.administration.confirm_requested.connect(self.on_administration_confirm_requested)
        layout.addWidget(self.administration)

        self.timeline_title = QLabel(self)
        layout.addWidget(self.timeline_title)
        self.timeline = TimelineView(self)
        layout.addWidget(self.timeline, 1)

        self.message = MessageLine(self)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons.addWidget(self.withdraw_button)
        self.modify_button = QPushButton(self)
        self.modify_button.clicked.connect(self.on_modify_clicked)
        buttons.addWidget(self.modify_button)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The fixed texts, and those made from the change shown (status, deadline, reasons)."""
        self.back_button.setText(self.tr("← Back"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.facts.setTitle(self.tr("Change"))
        names = {
            "website": self.tr("Website"),
            "status": self.tr("Status"),
            "ips": self.tr("Associated service IPs"),
            "submitted": self.tr("Submitted"),
            "deadline": self.tr("Deadline now"),
            "time_limits": self.tr("Time limits"),
            "reasons": self.tr("Reasons"),
        }
        for key, name in names.items():
            self.field_names[key].setText(name)
            if key in self.fields:
                self.fields[key].setAccessibleName(name)
        self.timeline_title.setText(self.tr("Timeline"))
        self.withdraw_button.setText(self.tr("Withdraw"))
        self._render()

    # --- page contract ---------------------------------------------------------------------

    def connect_navigation(self, navigator: Navigator) -> None:
        self.open_change_access.connect(navigator.open_change_access)
        self.back.connect(navigator.go_back)

    def activate(self, **target: int) -> None:
        """Show the change ``change_id``."""
        change_id = int(target.get("change_id") or 0)
        if change_id:
            if change_id != self._change_id:
                self.change = None
                self._render()
            self._change_id = change_id
            self.refresh()

    def refresh(self) -> None:
        """Fetch the change again (called when an event about it arrives)."""
        if not self._change_id:
            return
        change_id = self._change_id
        if self._call is not None:
            self._call.cancel()
        self.spinner.start()
        self._call = self._backend.call(
            lambda api: api.get_change(change_id), self._on_loaded, self._on_failed
        )

    def on_event(self, event: Event) -> None:
        """An event from the service: refresh when it concerns the change shown."""
        if self._change_id and event.change_id == self._change_id:
            self.refresh()

    # --- loading ---------------------------------------------------------------------------

    def _on_loaded(self, change: Change) -> None:
        self._call = None
        self.spinner.stop()
        self.change = change
        if self.message.is_error:
            self.message.show_message("")
        self._render()

    def _on_failed(self, error: ApiError) -> None:
        self._call = None
        self.spinner.stop()
        self.message.show_message(
            lambda: self.tr("Could not load the change: {0}").format(error_reason(error)),
            error=True,
        )

    # --- rendering -------------------------------------------------------------------------

    def _render(self) -> None:
        change = self.change
        if change is None:
            self.title.setText(self.tr("Review status"))
            for label in self.fields.values():
                label.setText("—")
            self.deadline.set_change(None)
            self.administration.set_change(None)
            self.timeline.set_entries([])
            self.step_line.set_status(None)
            self._update_actions()
            return
        website = change.website
        self.title.setText(self.tr("Review status — {0}").format(website.license_number))
        self.step_line.set_status(change.status)
        self.fields["website"].setText(
            f"{website.name} · {website.domain} · {website.license_number}"
        )
        status_text = status_label(change.status)
        if change.round > 1:
            status_text += " " + self.tr("(round {0})").format(change.round)
        self.fields["status"].setText(status_text)
        added, removed, kept = diff_ips(list(change.base_ips), list(change.proposed_ips))
        self.fields["ips"].setText(
            self.tr("Proposed: {0}\nAdded: {1} · Removed: {2} · Kept: {3}").format(
                ", ".join(change.proposed_ips) or "—",
                ", ".join(added) or "—",
                ", ".join(removed) or "—",
                ", ".join(kept) or "—",
            )
        )
        self.fields["submitted"].setText(beijing_time_labelled(change.submitted_at) or "—")
        self.deadline.set_change(change)
        self.administration.set_change(change)
        self.fields["time_limits"].setText(self.time_limits_text())
        self.fields["reasons"].setText(self.reasons_text(change))
        self.timeline.set_entries(list(change.timeline))
        self._update_actions()

    def time_limits_text(self) -> str:
        """The workflow's time limits, in mainland working days (no dates: the pending
        deadline is the one above); the administration's is its province's."""
        window = self.change.administration_window if self.change is not None else None
        if window is not None and window.working_days:
            return self.tr(
                "First review within 1 working day of submission · submission to "
                "the administration within 1 working day of approval · the "
                "administration ({province}) decides within up to {m} working "
                "days"
            ).format(province=window.province or "—", m=window.working_days)
        return self.tr(
            "First review within 1 working day of submission · submission to the "
            "administration within 1 working day of approval · the administration "
            "decides within up to 20 working days"
        )

    def reasons_text(self, change: Change) -> str:
        lines = [
            f"{r.ip or self.tr('Associated service IPs')}: {reason_text(r)}" for r in change.reasons
        ]
        if change.comment:
            lines.append(self.tr("Comment: {0}").format(change.comment))
        return "\n".join(lines) or "—"

    def _update_actions(self) -> None:
        change = self.change
        status = change.status if change is not None else None
        self.withdraw_button.setVisible(change is not None and change.allows(Action.WITHDRAW))
        can_edit = change is not None and change.allows(Action.SUBMIT)
        self.modify_button.setVisible(can_edit)
        self.modify_button.setText(
            self.tr("Modify and Submit") if status in REJECTED else self.tr("Continue editing")
        )

    # --- actions ---------------------------------------------------------------------------

    def shows_countdown_of(self, change_id: int) -> bool:  # (the page contract)
        """Whether this page shows the SMS countdown of ``change_id`` now (a reminder about it
        needs no desktop notification while the window has focus)."""
        return (
            self.isVisible()
            and self._change_id == change_id
            and self.administration.isVisible()
            and self.administration.sms is not None
        )

    def on_administration_confirm_requested(self) -> None:
        """ "I have verified": record the SMS verification."""
        change = self.change
        if change is None:
            return
        change_id = change.id
        self.administration.set_busy(True)
        self.spinner.start()

        def done(fresh: Change) -> None:
            self.administration.set_busy(False)
            self.message.show_message(lambda: self.tr("Your SMS verification was recorded."))
            self._on_loaded(fresh)

        def failed(error: ApiError) -> None:
            self.administration.set_busy(False)
            self.spinner.stop()
            self.message.show_message(
                lambda: self.tr("Could not record the verification: {0}").format(
                    error_reason(error)
                ),
                error=True,
            )
            self.refresh()

        self._backend.call(lambda api: api.record_sms_verification(change_id), done, failed)

    def on_modify_clicked(self) -> None:
        if self.change is not None:
            self.open_change_access.emit(self.change.website_id)

    def withdraw(self) -> None:
        change = self.change
        if change is None:
            return
        if not WithdrawConfirmation.ask(self, change.website.license_number):
            return
        change_id = change.id
        self.spinner.start()
        self.withdraw_button.setEnabled(False)
        self._backend.call(
            lambda api: api.withdraw_change(change_id), self._on_withdrawn, self._on_withdraw_failed
        )

    def _on_withdrawn(self, _change: Change) -> None:
        self.withdraw_button.setEnabled(True)
        self.message.show_message(lambda: self.tr("The change was withdrawn."))
        self.refresh()

    def _on_withdraw_failed(self, error: ApiError) -> None:
        self.spinner.stop()
        self.withdraw_button.setEnabled(True)
        self.message.show_message(
            lambda: self.tr("Could not withdraw: {0}").format(error_reason(error)), error=True
        )
