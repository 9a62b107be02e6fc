"""The operator's workspace: submissions to the administration, its outcomes, the outbox, and
the working-day calendar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.change_models import Reason
from icp_desktop.domain.status import Action
from icp_desktop.ui.formatting import format_number
from icp_desktop.ui.i18n import Retranslatable, Wording
from icp_desktop.ui.icons import icon
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.widgets.administration_progress import AdministrationProgressView
from icp_desktop.ui.widgets.calendar_banner import CalendarAttentionBanner
from icp_desktop.ui.widgets.calendar_tab import CalendarTab
from icp_desktop.ui.widgets.message_line import Banner
from icp_desktop.ui.widgets.province_windows_view import ProvinceWindowsView
from icp_desktop.ui.widgets.reconciliation_view import ReconciliationView
from icp_desktop.ui.widgets.review_common import BusyBar
from icp_desktop.ui.widgets.review_confirm import change_name
from icp_desktop.ui.widgets.review_outbox import ReviewOutboxView
from icp_desktop.ui.widgets.review_queue_view import QueueView
from icp_desktop.ui.widgets.review_reasons import ReviewReasonsEditor
from icp_desktop.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from icp_desktop.client.change_models import Change
    from icp_desktop.client.errors import ApiError
    from icp_desktop.client.event_models import Event
    from icp_desktop.ui.models.review_queue import QueueRows
    from icp_desktop.ui.page_backend import PageBackend
    from icp_desktop.ui.pages.contract import Navigator

CALENDAR_TAB = 3
PROGRESS_TAB, RECONCILIATION_TAB, WINDOWS_TAB = 4, 5, 6


class OperatorPage(Retranslatable, QWidget):
    """Finishes approved changes: submits them to the administration (when the service has not
    yet), records the administration's outcome where no simulator decides, watches the outbox
    of emails and SMS, and keeps the working-day calendar (with a banner when a year lacks
    data).

    Signals:
        open_review(int): show the change with this id (read-only for an operator).
    """

    open_review = Signal(int)

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.busy = BusyBar(self)
        self.banner = Banner(self)
        self.undo_bar = UndoBar(self)  # decisions can be taken back for a few seconds

        # Waiting for submission: due "within 1 working day", overdue first (server order).
        self.submission = QueueView(backend, "administration_submission", self)
        self.submission.open_review.connect(self.open_review)
        self.submit_button = QPushButton(self)
        self.submit_button.clicked.connect(self.submit_selected)
        self.submission.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.submission.model.modelReset.connect(self._update_buttons)
        submission_tab = QWidget(self)
        box = QVBoxLayout(submission_tab)
        self.submission_note = QLabel(submission_tab)
        box.addWidget(self.submission_note)
        box.addWidget(self.submission, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.submit_button)
        box.addLayout(row)

        # Under administration review, and the outcome form for manual recording.
        self.review = QueueView(backend, "administration_review", self)
        self.review.open_review.connect(self.open_review)
        self.review.table.selectionModel().selectionChanged.connect(self._on_review_selected)
        self.review.model.modelReset.connect(self._on_review_selected)
        self.approve_radio = QRadioButton(self)
        self.reject_radio = QRadioButton(self)
        self.decision_group = QButtonGroup(self)
        self.decision_group.addButton(self.approve_radio)
        self.decision_group.addButton(self.reject_radio)
        self.approve_radio.setChecked(True)
        self.reasons = ReviewReasonsEditor(self)
        self.reject_radio.toggled.connect(self.reasons.setEnabled)
        self.reasons.setEnabled(False)
        self.record_button = QPushButton(self)
        self.record_button.clicked.connect(self.record_outcome)
        self.outcome_note = QLabel(self)
        self.outcome_note.setWordWrap(True)
        self.outcome_box = outcome_box = QGroupBox(self)
        outcome = QVBoxLayout(outcome_box)
        radios = QHBoxLayout()
        radios.addWidget(self.approve_radio)
        radios.addWidget(self.reject_radio)
        radios.addStretch(1)
        outcome.addLayout(radios)
        outcome.addWidget(self.reasons)
        bottom = QHBoxLayout()
        bottom.addWidget(self.outcome_note, 1)
        bottom.addWidget(self.record_button)
        outcome.addLayout(bottom)
        review_tab = QWidget(self)
        box = QVBoxLayout(review_tab)
        box.addWidget(self.review, 1)
        box.addWidget(outcome_box)

        self.outbox = ReviewOutboxView(backend, self)
        self.outbox.message.connect(self.show_banner)

        self.calendar = CalendarTab(backend, self)
        self.calendar_banner = CalendarAttentionBanner(self)
        self.calendar.attention_changed.connect(self.calendar_banner.set_attention)
        self.calendar_banner.open_year.connect(self.show_calendar_year)

        self.tabs = QTabWidget(self)
        for tab in (submission_tab, review_tab, self.outbox):
            self.tabs.addTab(tab, "")
        self.tabs.addTab(self.calendar, icon("calendar"), "")
        # The administration stage: window progress and SMS verification, reconciliation,
        # province windows with the times report.
        self.progress = AdministrationProgressView(backend, self)
        self.progress.message.connect(self.show_banner)
        self.progress.open_review.connect(self.open_review)
        self.reconciliation = ReconciliationView(backend, self)
        self.reconciliation.message.connect(self.show_banner)
        self.windows = ProvinceWindowsView(backend, self)
        self.windows.message.connect(self.show_banner)
        for tab in (self.progress, self.reconciliation, self.windows):
            self.tabs.addTab(tab, "")
        self.codes_button = QPushButton(self)
        self.codes_button.clicked.connect(self.open_authorization_codes)
        self._loaded: dict[int, QueueRows] = {}
        self.submission.loaded.connect(lambda r: self._set_count(0, r))
        self.review.loaded.connect(lambda r: self._set_count(1, r))

        self.title = title = QLabel(self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.codes_button)
        layout.addLayout(heading)
        layout.addWidget(self.busy)
        layout.addWidget(self.calendar_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Administration submissions and outcomes"))
        self.submission_note.setText(
            self.tr("Approved in first review; the provider submits each within 1 working day.")
        )
        self.submit_button.setText(self.tr("&Submit to the administration now"))
        self.approve_radio.setText(self.tr("The administration &approved"))
        self.reject_radio.setText(self.tr("The administration re&jected"))
        self.record_button.setText(self.tr("&Record the outcome"))
        self.outcome_box.setTitle(self.tr("Record the administration's outcome"))
        self.banner.setAccessibleName(self.tr("Message"))
        for tab in (0, 1):
            self._set_count(tab, self._loaded.get(tab))
        self.tabs.setTabText(2, self.tr("Outbox (email and SMS)"))
        self.tabs.setTabText(CALENDAR_TAB, self.tr("Working-day calendar"))
        self.tabs.setTabText(PROGRESS_TAB, self.tr("At the administration: windows and SMS"))
        self.tabs.setTabText(RECONCILIATION_TAB, self.tr("Reconciliation"))
        self.tabs.setTabText(WINDOWS_TAB, self.tr("Province windows and times"))
        self.codes_button.setText(self.tr("Authorization codes…"))
        self._on_review_selected()

    def connect_navigation(self, navigator: Navigator) -> None:
        self.open_review.connect(navigator.open_review)

    def shows_countdown_of(self, _change_id: int) -> bool:
        return False

    def activate(self, **_target: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.submission.refresh()
        self.review.refresh()
        self.outbox.refresh()
        self.calendar.refresh()
        self.progress.refresh()
        self.reconciliation.refresh()
        self.windows.refresh()

    def open_authorization_codes(self) -> None:
        from icp_desktop.ui.widgets.authorization_codes_dialog import AuthorizationCodesDialog

        AuthorizationCodesDialog.open_for(self, self._backend)

    def show_calendar_year(self, year: int) -> None:
        """Open the calendar tab at ``year``."""
        self.tabs.setCurrentIndex(CALENDAR_TAB)
        self.calendar.select_year(year)

    def on_event(self, event: Event) -> None:
        if event.kind == "queue.changed":
            self.on_queue_changed(event)

    def on_queue_changed(self, *_event: object) -> None:
        """A ``queue.changed`` event arrived: reload the lists in place."""
        self.submission.refresh()
        self.review.refresh()
        self.progress.refresh()

    def _set_count(self, tab: int, result: QueueRows | None) -> None:
        if result is None:
            self.tabs.setTabText(
                tab, [self.tr("Awaiting submission"), self.tr("Under administration review")][tab]
            )
            return
        self._loaded[tab] = result
        names = [self.tr("Awaiting submission ({n})"), self.tr("Under administration review ({n})")]
        overdue = sum(1 for item in result.items if item.overdue)
        text = names[tab].format(n=format_number(len(result.items)))
        if overdue:
            text += " " + self.tr("⚠ {n} overdue").format(n=format_number(overdue))
        self.tabs.setTabText(tab, text)

    def show_banner(self, text: Wording | str, error: bool = False) -> None:
        self.banner.show_message(text, error)

    # --- submission ---------------------------------------------------------------------

    def _selected(self, view: QueueView) -> Change | None:
        change_id = view.selected_change_id()
        if change_id is None:
            return None
        row = view.model.row_of(change_id)
        return None if row < 0 else view.model.item(row).change

    def _update_buttons(self, *_args: object) -> None:
        change = self._selected(self.submission)
        self.submit_button.setEnabled(
            change is not None and change.allows(Action.SUBMIT_TO_ADMINISTRATION)
        )

    def submit_selected(self) -> None:
        change = self._selected(self.submission)
        if change is None:
            return
        change_id = change.id
        self.submit_button.setEnabled(False)
        self.undo_bar.start(
            self.tr("Submitting change {name} to the administration").format(
                name=change_name(change)
            ),
            lambda: self._send_submission(change_id),
            undone=self._update_buttons,
        )

    def _send_submission(self, change_id: int) -> None:
        self.busy.begin()

        def done(_result: Change) -> None:
            self.busy.end()
            self.show_banner(
                lambda: self.tr("Change #{id} was submitted to the administration.").format(
                    id=change_id
                )
            )
            self.on_queue_changed()

        def failed(error: ApiError) -> None:
            self.busy.end()
            self.show_banner(
                lambda: self.tr("Change #{id} was not submitted: {reason}").format(
                    id=change_id, reason=error_reason(error)
                ),
                error=True,
            )
            self.on_queue_changed()

        self._backend.call(lambda api: api.administration_submit(change_id), done, failed)

    # --- outcome ------------------------------------------------------------------------

    def _on_review_selected(self, *_args: object) -> None:
        change = self._selected(self.review)
        can_record = change is not None and (
            change.allows(Action.ADMINISTRATION_APPROVE)
            or change.allows(Action.ADMINISTRATION_REJECT)
        )
        self.record_button.setEnabled(can_record)
        if change is None:
            self.outcome_note.setText(self.tr("Select a change to record its outcome."))
        elif not can_record:
            self.outcome_note.setText(
                self.tr(
                    "The administration simulator decides this change; its outcome arrives "
                    "by itself."
                )
            )
        else:
            self.outcome_note.setText(
                self.tr("Change #{id}: record what the administration reported.").format(
                    id=change.id
                )
            )
        if change is not None:
            self.reasons.set_targets(list(change.proposed_ips))

    def record_outcome(self) -> None:
        change = self._selected(self.review)
        if change is None or not self.record_button.isEnabled():
            return
        change_id = change.id
        decision = "reject" if self.reject_radio.isChecked() else "approve"
        reasons: list[Reason] = []
        if decision == "reject":
            self.reasons.add_pending()
            reasons = self.reasons.reasons()
            if not reasons:
                self.reasons.show_error(
                    self.tr("Add at least one of the administration's reasons for the rejection.")
                )
                return
        comment = self.reasons.comment()
        self.record_button.setEnabled(False)
        text = (
            self.tr("Recording that the administration approved change {name}")
            if decision == "approve"
            else self.tr("Recording that the administration rejected change {name}")
        )
        self.undo_bar.start(
            text.format(name=change_name(change)),
            lambda: self._send_outcome(change_id, decision, reasons, comment),
            undone=self._on_review_selected,
        )

    def _send_outcome(
        self, change_id: int, decision: str, reasons: list[Reason], comment: str
    ) -> None:
        self.busy.begin()

        def done(_result: Change) -> None:
            self.busy.end()
            self.reasons.clear()
            self.approve_radio.setChecked(True)
            self.show_banner(
                lambda: (
                    self.tr("Recorded: the administration approved change #{id}.")
                    if decision == "approve"
                    else self.tr("Recorded: the administration rejected change #{id}.")
                ).format(id=change_id)
            )
            self.refresh()

        def failed(error: ApiError) -> None:
            self.busy.end()
            self.show_banner(
                lambda: self.tr("The outcome of change #{id} was not recorded: {reason}").format(
                    id=change_id, reason=error_reason(error)
                ),
                error=True,
            )
            self.on_queue_changed()

        self._backend.call(
            lambda api: api.administration_result(
                change_id, decision, reasons=reasons, comment=comment
            ),
            done,
            failed,
        )
