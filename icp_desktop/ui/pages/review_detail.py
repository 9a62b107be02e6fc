"""The side-by-side first review of one change: as filed, as proposed, checks, history, decision."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.change_models import Change, IPCheck, Reason
from icp_desktop.client.errors import ApiError
from icp_desktop.domain.status import Action, ChangeStatus, Role
from icp_desktop.ui.calls import Call
from icp_desktop.ui.formatting import format_number
from icp_desktop.ui.i18n import Retranslatable, Wording
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.presenters.workflow import status_label
from icp_desktop.ui.widgets.deadline import DeadlineLabel
from icp_desktop.ui.widgets.message_line import Banner
from icp_desktop.ui.widgets.prechecks_panel import PrechecksPanel
from icp_desktop.ui.widgets.review_common import BusyBar, scheme_color
from icp_desktop.ui.widgets.review_confirm import change_name
from icp_desktop.ui.widgets.review_decision import DecisionFlow
from icp_desktop.ui.widgets.review_filed import ReviewFiledPanel
from icp_desktop.ui.widgets.review_history import ReviewHistoryTree
from icp_desktop.ui.widgets.review_ips import ReviewIpTree
from icp_desktop.ui.widgets.review_reasons import ReviewReasonsEditor
from icp_desktop.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from icp_desktop.client.event_models import Event
    from icp_desktop.client.interface import FilingApi
    from icp_desktop.client.precheck_models import PrecheckReport
    from icp_desktop.ui.page_backend import PageBackend
    from icp_desktop.ui.pages.contract import Navigator


@dataclass(frozen=True)
class ChangeAndChecks:
    """A change and its automatic checks, or why the checks could not be loaded."""

    change: Change
    checks: list[IPCheck] | str


def load_change_with_checks(api: FilingApi, change_id: int) -> ChangeAndChecks:
    """The change and its automatic checks (worker thread); checks may fail on their own."""
    change = api.get_change(change_id)
    try:
        checks: list[IPCheck] | str = api.change_checks(change_id)
    except ApiError as exc:  # the change is still worth showing without its checks
        checks = error_reason(exc)
    return ChangeAndChecks(change, checks)


class ReviewDetailPage(Retranslatable, QWidget):
    """The reviewer's side-by-side view of one change, and the place to decide it.

    Left: the website as filed. Right: the proposed IPs marked added/removed/kept with the
    service's checks and the pre-submit checks. Below: reasons and comment, and the history.
    Approve is Ctrl+Enter or Alt+A, Reject is Alt+R; the decision names the change and can be
    undone for a few seconds (Esc) before it is sent; after a decision the change shows its
    new status, and "Open the next change" goes on to the most urgent one still waiting.

    Signals:
        back(): return to the queue.
    """

    back = Signal()

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.change: Change | None = None
        self._load_request: Call[ChangeAndChecks] | None = None
        self._look_again = False
        self.busy = BusyBar(self)

        self._checks: list[IPCheck] | str = []
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.back)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.due_label = DeadlineLabel(self)
        self.banner = Banner(self)

        self.filed = ReviewFiledPanel(self)
        self.ip_tree = ReviewIpTree(self)
        self.ip_tree.itemSelectionChanged.connect(self._on_ip_selected)
        self.checks_note = QLabel(self)
        self.checks_note.setWordWrap(True)
        self.checks_note.setVisible(False)
        self.proposed_box = QGroupBox(self)
        proposed_layout = QVBoxLayout(self.proposed_box)
        self.ip_tree.setMinimumHeight(140)
        proposed_layout.addWidget(self.ip_tree, 1)
        proposed_layout.addWidget(self.checks_note)
        self.prechecks_title = QLabel(self)
        self.prechecks_title.setWordWrap(True)
        self.prechecks = PrechecksPanel(self)
        self._prechecks_request: Call[PrecheckReport] | None = None
        scroll = QScrollArea(self)  # the checks scroll on their own; the IP tree keeps room
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.prechecks)
        proposed_layout.addWidget(self.prechecks_title)
        proposed_layout.addWidget(scroll, 1)

        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.addWidget(self.filed)
        sides.addWidget(self.proposed_box)
        sides.setStretchFactor(0, 2)
        sides.setStretchFactor(1, 3)

        self.reasons = ReviewReasonsEditor(self)
        self.history = ReviewHistoryTree(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.reasons, "")
        self.tabs.addTab(self.history, "")
        lower = QSplitter(Qt.Orientation.Vertical, self)
        lower.addWidget(sides)
        lower.addWidget(self.tabs)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)

        self.action_note = QLabel(self)
        self.action_note.setWordWrap(True)
        # Explicit shortcuts rather than mnemonics: they work the same on every platform.
        self.reject_button = QPushButton(self)
        self.approve_button = QPushButton(self)
        self.approve_button.setDefault(True)
        self.shortcut_hint = QLabel(self)
        self.shortcut_hint.setEnabled(False)
        self.flow = DecisionFlow(backend, self)
        self.undo_bar = UndoBar(self)
        self.next_button = QPushButton(self)
        self.next_button.setVisible(False)
        self.next_button.clicked.connect(self.flow.open_next)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        for keys, slot in (
            ("Ctrl+Return", self.approve),
            ("Ctrl+Enter", self.approve),
            ("Alt+A", self.approve),
            ("Alt+R", self.reject),
            ("Esc", self.undo_bar.undo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label)
        top.addWidget(self.due_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.action_note, 1)
        buttons.addWidget(self.shortcut_hint)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.banner)
        layout.addWidget(lower, 1)
        layout.addWidget(self.undo_bar)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self._set_actions(())

    def retranslate_ui(self) -> None:
        """Every fixed text in the UI language (again after a language switch)."""
        self.back_button.setText(self.tr("← Back to the queue"))
        self.banner.setAccessibleName(self.tr("Message"))
        self.proposed_box.setTitle(self.tr("Proposed change"))
        self.tabs.setTabText(0, self.tr("Decision"))
        self.reject_button.setText(self.tr("Reject"))
        self.reject_button.setToolTip(
            self.tr(
                "Reject with the reasons above (Alt+R); you can undo it for a few seconds (Esc)"
            )
        )
        self.approve_button.setText(self.tr("Approve"))
        self.approve_button.setToolTip(
            self.tr("Approve (Ctrl+Enter or Alt+A); you can undo it for a few seconds (Esc)")
        )
        self.next_button.setText(self.tr("Open the next change →"))
        self.prechecks_title.setText(
            self.tr(
                "More automatic checks: DNS, the website at each new IP, its footer, the subject's "
                "other websites"
            )
        )
        self.shortcut_hint.setText(self.tr("Approve: Ctrl+Enter or Alt+A · Reject: Alt+R"))
        if self.change is not None:
            self.show_change(self.change, self._checks)
        else:
            self.tabs.setTabText(1, self.tr("History"))

    # --- loading ------------------------------------------------------------------------

    @property
    def change_id(self) -> int | None:
        return None if self.change is None else self.change.id

    def connect_navigation(self, navigator: Navigator) -> None:
        self.back.connect(navigator.go_back)

    def shows_countdown_of(self, _change_id: int) -> bool:
        return False

    def activate(self, **target: int) -> None:
        """Show the change ``change_id`` (a fresh form; the banner survives one navigation)."""
        change_id = target.get("change_id")
        if not isinstance(change_id, int):
            return
        keep_banner = bool(target.get("keep_banner"))
        if not keep_banner:
            self.banner.setVisible(False)
        if change_id != self.change_id:
            self.undo_bar.flush()  # a decision still in its undo window leaves now
            self.reasons.clear()
            self.tabs.setCurrentIndex(0)
            self.next_button.setVisible(False)
            self._load_prechecks(change_id)
        self.reload(change_id)

    def reload(
        self, change_id: int | None = None, then: Callable[[Change], None] | None = None
    ) -> None:
        """Fetch the change and its checks again; ``then(change)`` runs after it is shown."""
        target = change_id if change_id is not None else self.change_id
        if target is None:
            return
        if self._load_request is not None:
            self._load_request.cancel()
            self.busy.end()
        self.busy.begin()
        self._set_actions(())

        def done(result: ChangeAndChecks) -> None:
            self._load_request = None
            self.busy.end()
            self.show_change(result.change, result.checks)
            if then is not None:
                then(result.change)
            if self._look_again:
                self._look_again = False
                self.on_queue_changed()

        def failed(error: ApiError) -> None:
            self._load_request = None
            self._look_again = False
            self.busy.end()
            self.show_banner(
                lambda: self.tr("Could not load change #{id}: {reason}").format(
                    id=target, reason=error_reason(error)
                ),
                error=True,
            )

        self._load_request = self._backend.call(
            lambda api: load_change_with_checks(api, target), done, failed
        )

    def _load_prechecks(self, change_id: int) -> None:
        """The pre-submit checks of the change (a few seconds; the page stays usable)."""
        if self._prechecks_request is not None:
            self._prechecks_request.cancel()
        self.prechecks.show_running()

        def done(report: PrecheckReport) -> None:
            self._prechecks_request = None
            if change_id == self.change_id or self.change is None:
                self.prechecks.show_report(report)

        def failed(error: ApiError) -> None:
            self._prechecks_request = None
            self.prechecks.show_failed(error_reason(error))

        self._prechecks_request = self._backend.call(
            lambda api: api.change_prechecks(change_id), done, failed
        )

    def show_change(self, change: Change, checks: list[IPCheck] | str) -> None:
        self.change, self._checks = change, checks
        website = change.website
        self.title_label.setText(
            self.tr("Change #{id} · {domain} · round {round} · {status}").format(
                id=change.id,
                domain=website.domain,
                round=change.round,
                status=status_label(change.status),
            )
        )
        self._show_due(change)
        self.filed.set_change(change)
        base = list(change.base_ips or website.ips)
        proposed = list(change.proposed_ips)
        if isinstance(checks, str):
            self.ip_tree.set_change(base, proposed, [])
            self.checks_note.setText(
                self.tr("The automatic checks could not be loaded: {reason}").format(reason=checks)
            )
            self.checks_note.setVisible(True)
        else:
            self.ip_tree.set_change(base, proposed, checks)
            self.checks_note.setVisible(False)
        self.reasons.set_targets(proposed)
        self.history.set_timeline(list(change.timeline), list(change.base_ips))
        self.tabs.setTabText(
            1, self.tr("History ({n})").format(n=format_number(len(change.timeline)))
        )
        self._set_actions(change.allowed_actions)

    def _show_due(self, change: Change) -> None:
        """The deadline the change waits on now, in Beijing time, overdue and estimate marked."""
        deadline = change.deadline
        self.due_label.set_style_sheet(
            f"color: {scheme_color('overdue')};" if deadline and deadline.overdue else ""
        )
        self.due_label.set_change(change)

    def _set_actions(self, actions: tuple[Action, ...]) -> None:
        """The decision buttons the service allows now (``allowed_actions``: it alone knows who
        may decide what, own submissions and roles included)."""
        free = not self.flow.deciding and not self.undo_bar.pending
        can_approve = Action.APPROVE_FIRST_REVIEW in actions and free
        can_reject = Action.REJECT_FIRST_REVIEW in actions and free
        self.approve_button.setEnabled(can_approve)
        self.reject_button.setEnabled(can_reject)
        self.reasons.setEnabled(can_reject)
        self.action_note.setText("" if can_approve or can_reject else self._why_not())

    def _why_not(self) -> str:
        """Why no decision is offered (the service allowed none): worded, never judged here."""
        change = self.change
        if change is None or self.flow.deciding or self.busy.busy or self.undo_bar.pending:
            return ""
        account = self._backend.account
        if account is not None and account.role is Role.OPERATOR:
            return self.tr("First reviews are decided by reviewers; operators see them here.")
        if change.status is not ChangeStatus.PENDING_FIRST_REVIEW:
            return self.tr("Nothing to decide: this change is {status}.").format(
                status=status_label(change.status)
            )
        return self.tr("Your account may not decide this change.")

    def _on_ip_selected(self) -> None:
        ip = self.ip_tree.selected_ip()
        if ip is not None:
            self.reasons.set_target(ip)

    # --- deciding -----------------------------------------------------------------------

    def approve(self) -> None:
        if self.change is None or not self.approve_button.isEnabled():
            return
        self._decide_after_undo_window("approve", [])

    def reject(self) -> None:
        if self.change is None or not self.reject_button.isEnabled():
            return
        self.reasons.add_pending()
        reasons = self.reasons.reasons()
        if not reasons:
            self.tabs.setCurrentWidget(self.reasons)
            self.reasons.show_error(
                self.tr(
                    "Add at least one reason to reject: choose a common reason or type one, "
                    "for the IP list or for one IP."
                )
            )
            return
        self._decide_after_undo_window("reject", reasons)

    def _decide_after_undo_window(self, decision: str, reasons: list[Reason]) -> None:
        """Say which change is being decided, and send it once the undo window closes."""
        change = self.change
        assert change is not None
        comment = self.reasons.comment()
        if decision == "approve":
            text = self.tr("Approving change {name}").format(name=change_name(change))
        else:
            text = self.tr("Rejecting change {name} with {n} reason(s)").format(
                name=change_name(change), n=len(reasons)
            )
        self.undo_bar.start(
            text,
            lambda: self.flow.decide(change, decision, reasons, comment),
            undone=lambda: self._set_actions(change.allowed_actions),
        )
        self._set_actions(())  # (after start: the note stays empty while it can be undone)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page (back to the queue) sends a decision still in its undo window.
        self.undo_bar.flush()
        super().hideEvent(event)

    def show_banner(self, text: Wording | str, error: bool = False) -> None:
        self.banner.show_message(text, error)

    def on_event(self, event: Event) -> None:
        if event.kind == "queue.changed":
            self.on_queue_changed(event)

    def on_queue_changed(self, *_event: object) -> None:
        """Someone else may have decided the change on screen: look again, quietly."""
        change = self.change
        if (
            change is None
            or not self.isVisible()
            or self.flow.deciding
            or change.status is not ChangeStatus.PENDING_FIRST_REVIEW
            or change.id in self.flow.decided
        ):
            return
        if self._load_request is not None:
            # A burst of events: look once more after the load that is out, not per event.
            self._look_again = True
            return
        before = change.id

        def check(fresh: Change) -> None:
            if fresh.id == before and fresh.status is not ChangeStatus.PENDING_FIRST_REVIEW:
                self.show_banner(
                    lambda: self.tr("Already decided by another reviewer: {status}").format(
                        status=status_label(fresh.status)
                    ),
                    error=True,
                )

        self.reload(then=check)
