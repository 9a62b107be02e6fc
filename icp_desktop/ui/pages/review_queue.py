"""The reviewer's queue (待初审): pending first reviews, most urgent first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.domain.status import ChangeStatus
from icp_desktop.ui.formatting import format_number
from icp_desktop.ui.i18n import Retranslatable, Wording
from icp_desktop.ui.models.review_queue import QueueRows, ReviewQueueModel
from icp_desktop.ui.presenters.workflow import status_label
from icp_desktop.ui.widgets.message_line import Banner
from icp_desktop.ui.widgets.review_batch import BatchBar
from icp_desktop.ui.widgets.review_queue_view import QueueView

if TYPE_CHECKING:
    from icp_desktop.client.event_models import Event
    from icp_desktop.ui.page_backend import PageBackend
    from icp_desktop.ui.pages.contract import Navigator


class ReviewQueuePage(Retranslatable, QWidget):
    """The reviewer's queue of pending first reviews, most urgent first.

    Updates itself when the main window forwards a ``queue.changed`` event to
    :meth:`on_queue_changed`, without losing the reviewer's place.

    Signals:
        open_review(int): the reviewer opens the change with this id.
    """

    open_review = Signal(int)

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.title = title = QLabel(self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.counts_label = QLabel(self)
        self.all_counts_label = QLabel(self)
        self.all_counts_label.setWordWrap(True)
        self.view = QueueView(backend, "first_review", self)
        self.view.open_review.connect(self.open_review)
        self.view.loaded.connect(self._on_loaded)
        self.view.model.modelReset.connect(self._update_counts)
        self._counts: dict[str, int] = {}
        self._loaded_once = False
        self.hint = QLabel(self)
        self.hint.setEnabled(False)
        # Waiting for first review, or the changes already decided (to look back at).
        self.list_combo = QComboBox(self)
        self.list_combo.addItem("", "first_review")
        self.list_combo.addItem("", "decided")
        self.list_combo.currentIndexChanged.connect(self._on_list_changed)
        self.batch_bar = BatchBar(backend, self)
        self.batch_bar.decided.connect(self._on_batch_decided)
        self.batch_bar.failed.connect(lambda text: self._show_banner(text, error=True))
        self.view.table.selectionModel().currentRowChanged.connect(self._update_batch)
        self.view.model.modelReset.connect(self._update_batch)
        self.view.model.layoutChanged.connect(self._update_batch)
        self.banner = Banner(self)

        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.list_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.all_counts_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.batch_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        decided = self.stage == "decided"
        self.title.setText(self.tr("Decided changes") if decided else self.tr("First review queue"))
        self.list_combo.setItemText(0, self.tr("Waiting for first review"))
        self.list_combo.setItemText(1, self.tr("Decided (approved or rejected)"))
        self.list_combo.setAccessibleName(self.tr("Which changes to list"))
        self.view.empty_text = (
            self.tr(
                "No decided changes yet. Changes approved or rejected at first review are listed "
                "here, newest first, to look back at."
            )
            if decided
            else self.tr(
                "Nothing waits for first review. Changes filers submit appear here, most urgent "
                "first; this list updates by itself."
            )
        )
        self.counts_label.setAccessibleName(self.tr("Queue counts"))
        self.all_counts_label.setAccessibleName(self.tr("Changes per status"))
        self.hint.setText(self.tr("J / K or Ctrl+Down / Ctrl+Up: next / previous · Enter: open"))
        if self._loaded_once:
            self._update_counts()

    @property
    def model(self) -> ReviewQueueModel:
        return self.view.model

    @property
    def table(self) -> QTableView:
        return self.view.table

    @property
    def filter_edit(self) -> QLineEdit:
        return self.view.filter_edit

    def connect_navigation(self, navigator: Navigator) -> None:
        self.open_review.connect(navigator.open_review)

    def shows_countdown_of(self, _change_id: int) -> bool:
        return False

    def activate(self, **target: int) -> None:
        """Shown by the main window: refresh, keeping (or moving to) the selected change."""
        change_id = target.get("change_id")
        if isinstance(change_id, int):
            self.view.select_change(change_id)
        self.view.refresh()
        self.view.table.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        # Coming back from a review (the main window's Back does not call activate()).
        super().showEvent(event)
        if self._loaded_once:
            self.view.refresh()

    def on_event(self, event: Event) -> None:
        if event.kind == "queue.changed":
            self.on_queue_changed(event)

    def on_queue_changed(self, *_event: object) -> None:
        """A ``queue.changed`` event arrived: reload in place."""
        self.view.refresh()

    def _on_loaded(self, result: QueueRows) -> None:
        self._loaded_once = True
        if self.stage != "decided":
            self._counts = dict(result.counts)
        self._update_counts()

    @property
    def stage(self) -> str:
        return (
            str(self.list_combo.currentData() or "first_review")
            if hasattr(self, "list_combo")
            else "first_review"
        )

    def _on_list_changed(self, _index: int) -> None:
        self.retranslate_ui()
        self.banner.setVisible(False)
        self.view.set_stage(self.stage)

    def _update_batch(self, *_args: object) -> None:
        index = self.view.table.currentIndex()
        migration = self.model.batch_of(index.row()) if index.isValid() else None
        if self.stage == "decided":
            migration = None
        self.batch_bar.show_batch(
            migration, self.model.batch_items(migration) if migration is not None else []
        )

    def _on_batch_decided(self, text: Wording | str) -> None:
        self._show_banner(text)
        self.view.refresh()

    def _show_banner(self, text: Wording | str, error: bool = False) -> None:
        self.banner.show_message(text, error)

    def _update_counts(self) -> None:
        if self.stage == "decided":
            self.counts_label.setText(
                self.tr("Showing {shown} of {total}").format(
                    shown=format_number(self.model.rowCount()),
                    total=format_number(self.model.total),
                )
            )
            self.all_counts_label.setText("")
            return
        pending = self._counts.get("pending_first_review", self.model.total)
        overdue = self.model.overdue_count()
        first = [
            self.tr("Pending first review: {n}").format(n=format_number(pending)),
            self.tr("⚠ Overdue: {n}").format(n=format_number(overdue))
            if overdue
            else self.tr("Overdue: 0"),
            self.tr("Showing {shown} of {total}").format(
                shown=format_number(self.model.rowCount()), total=format_number(self.model.total)
            ),
        ]
        # The service counts every status; the others give the reviewer the wider picture.
        others = [
            f"{status_label(status.value)}: {format_number(self._counts[status.value])}"
            for status in ChangeStatus
            if status is not ChangeStatus.PENDING_FIRST_REVIEW and self._counts.get(status.value)
        ]
        self.counts_label.setText(" · ".join(first))
        self.all_counts_label.setText(
            self.tr("All changes: {counts}").format(counts=" · ".join(others)) if others else ""
        )
