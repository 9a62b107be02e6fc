"""Deciding a planned migration's changes in one decision from the reviewer's queue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.change_models import Reason, ReviewQueueItem
from icp_desktop.client.errors import ApiError
from icp_desktop.client.migration_models import MigrationBatchDecision
from icp_desktop.domain.status import ChangeStatus
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.widgets.review_common import common_reasons
from icp_desktop.ui.widgets.review_confirm import BatchConfirmation

if TYPE_CHECKING:
    from icp_desktop.ui.page_backend import PageBackend


class BatchRejectDialog(QDialog):
    """One reason (a common one or typed) and a comment for every website of the batch."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reject the batch"))
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._sent: dict[str, str] = {}
        for code, text, sent in common_reasons():
            self.reason.addItem(text, code)
            self._sent[text] = sent
        self.reason.setCurrentIndex(-1)
        self.comment = QPlainTextEdit(self)
        self.comment.setMaximumHeight(70)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(
            self.tr("Reject {n} website(s)…").format(n=count),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        assert self.ok is not None and cancel is not None
        self.ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Reason (for every website):"), self.reason)
        form.addRow(self.tr("Comment:"), self.comment)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def reasons(self) -> list[Reason]:
        text = self.reason.currentText().strip()
        if not text:
            return []
        code = self.reason.currentData() if self.reason.currentText() in self._sent else None
        return [Reason(message=self._sent.get(text, text)[:500], code=code)]

    @classmethod
    def ask(cls, parent: QWidget | None, count: int) -> tuple[list[Reason], str] | None:
        """(reasons, comment), or None when cancelled or no reason was given."""
        dialog = cls(count, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reasons():
            return None
        return dialog.reasons(), dialog.comment.toPlainText().strip()[:2000]


class BatchBar(Retranslatable, QFrame):
    """Shown while a change of a planned migration is selected: the batch's websites waiting,
    and Approve / Reject for all of them (after a confirmation naming how many).

    Signals:
        decided(str): a batch decision was recorded; the text says what happened.
        failed(str): it was not; the text says why.
    """

    decided = Signal(object)  # Wording | str
    failed = Signal(object)  # Wording | str

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._migration: int | None = None
        self._items: list[ReviewQueueItem] = []
        self._sending = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Named before any batch is shown (screen readers list hidden controls too).
        self.approve_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.approve_button.clicked.connect(lambda: self.decide("approve"))
        self.reject_button.clicked.connect(lambda: self.decide("reject"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reject_button)
        layout.addWidget(self.approve_button)
        self.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The buttons, and the batch shown (from its rows), in the interface language."""
        self.approve_button.setText(self.tr("Approve all…"))
        self.reject_button.setText(self.tr("Reject all…"))
        if self._migration is not None:
            self.show_batch(self._migration, self._items)

    def show_batch(self, migration_id: int | None, items: list[ReviewQueueItem]) -> None:
        """The batch of the selected change (None: hide), with its rows in the queue."""
        self._migration, self._items = migration_id, list(items)
        pending = self.pending()
        self.setVisible(migration_id is not None and bool(items))
        if migration_id is None:
            return
        domains = ", ".join(d for _c, d in pending)
        self.label.setText(
            self.tr(
                "Migration #{id}: {n} website(s) waiting for first review "
                "from this batch: {domains}"
            ).format(id=migration_id, n=len(pending), domains=domains)
        )
        self.approve_button.setText(self.tr("Approve all {n}…").format(n=len(pending)))
        self.reject_button.setText(self.tr("Reject all {n}…").format(n=len(pending)))
        can = bool(pending) and not self._sending
        self.approve_button.setEnabled(can)
        self.reject_button.setEnabled(can)

    def decided_text(self, decision: str, migration: int, result: MigrationBatchDecision) -> str:
        """What a batch decision did, and which changes it left undecided (and why)."""
        text = (
            self.tr("Approved {n} website(s) of migration #{id}.")
            if decision == "approve"
            else self.tr("Rejected {n} website(s) of migration #{id}.")
        ).format(n=len(result.decided), id=migration)
        if result.skipped:
            text += " " + self.tr("Not decided: {list}").format(
                list="; ".join(f"#{s.change_id} ({s.message or s.code})" for s in result.skipped)
            )
        return text

    def pending(self) -> list[tuple[int, str]]:
        """(website id, domain) of the batch's changes waiting for first review."""
        return [
            (i.change.website_id, i.change.website.domain)
            for i in self._items
            if i.change.status is ChangeStatus.PENDING_FIRST_REVIEW
        ]

    def decide(self, decision: str) -> None:
        migration, pending = self._migration, self.pending()
        if migration is None or not pending or self._sending:
            return
        reasons: list[Reason] = []
        comment = ""
        if decision == "reject":
            answer = BatchRejectDialog.ask(self, len(pending))
            if answer is None:
                return
            reasons, comment = answer
        if not BatchConfirmation.ask(self, migration, decision, [d for _w, d in pending]):
            return
        website_ids = [w for w, _d in pending]
        self._sending = True
        self.show_batch(migration, self._items)

        def done(result: MigrationBatchDecision) -> None:
            self._sending = False
            self.decided.emit(lambda: self.decided_text(decision, migration, result))

        def failed(error: ApiError) -> None:
            self._sending = False
            self.show_batch(migration, self._items)
            self.failed.emit(
                lambda: self.tr("The batch decision was not recorded: {reason}").format(
                    reason=error_reason(error)
                )
            )

        self._backend.call(
            lambda api: api.review_migration(
                migration, decision, reasons=reasons, comment=comment, website_ids=website_ids
            ),
            done,
            failed,
        )
