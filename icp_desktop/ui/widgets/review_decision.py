"""Sends a first-review decision and turns each possible answer into what the reviewer sees."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from icp_desktop.client.change_models import Change, Reason
from icp_desktop.client.errors import ApiError, Conflict, Forbidden
from icp_desktop.domain.status import Action, ChangeStatus
from icp_desktop.ui.models.review_queue import QueueRows, load_queue
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.presenters.workflow import status_label

if TYPE_CHECKING:
    from icp_desktop.ui.page_backend import PageBackend
    from icp_desktop.ui.pages.review_detail import ReviewDetailPage


class DecisionFlow(QObject):
    """One decision at a time for the review page: send it, then go on or explain why not.

    A :class:`~icp_desktop.client.errors.Conflict` means another reviewer decided first: the
    page reloads the change and says so, never retrying over the other decision.

    Args:
        backend: the app's backend.
        page: the review page it serves.
    """

    def __init__(self, backend: PageBackend, page: ReviewDetailPage) -> None:
        super().__init__(page)
        self._backend = backend
        self._page = page
        self.deciding = False
        self.decided: set[int] = set()  # by this page, so their events are not news
        self.last_decided: int | None = None

    def decide(self, change: Change, decision: str, reasons: list[Reason], comment: str) -> None:
        if self.deciding:
            return
        change_id = change.id
        self.deciding = True
        self._page.busy.begin()
        self._page._set_actions(())
        self._backend.call(
            lambda api: api.review(change_id, decision, reasons=reasons, comment=comment),
            lambda result: self._on_decided(change_id, decision, len(reasons), result),
            lambda error: self._on_failed(change_id, error),
        )

    def _finish(self) -> None:
        self.deciding = False
        self._page.busy.end()

    def _on_decided(
        self, change_id: int, decision: str, reason_count: int, _result: Change
    ) -> None:
        self._finish()
        self.decided.add(change_id)
        self._page.reasons.clear()

        def message() -> str:
            if decision == "approve":
                return self.tr("Approved change #{id}.").format(id=change_id)
            if reason_count == 1:
                return self.tr("Rejected change #{id} with 1 reason.").format(id=change_id)
            return self.tr("Rejected change #{id} with {n} reasons.").format(
                id=change_id, n=reason_count
            )

        # The decided change stays on screen with its new status until the reviewer goes on.
        self.last_decided = change_id
        page = self._page
        page.reload(change_id, then=lambda _fresh: page.show_banner(message))
        page.next_button.setVisible(True)
        page.next_button.setFocus()

    def open_next(self) -> None:
        """Go to the most urgent change still waiting that this reviewer may decide (the
        service says which: ``allowed_actions``)."""
        page, decided_id = self._page, self.last_decided

        def done(result: QueueRows) -> None:
            page.busy.end()
            waiting = [
                item.change
                for item in result.items
                if item.change.id != decided_id
                and (
                    item.change.allows(Action.APPROVE_FIRST_REVIEW)
                    or item.change.allows(Action.REJECT_FIRST_REVIEW)
                )
            ]
            page.next_button.setVisible(False)
            if not waiting:
                page.show_banner(lambda: self.tr("The queue is empty."))
                page.back.emit()
                return
            page.activate(change_id=waiting[0].id)

        def failed(error: ApiError) -> None:
            page.busy.end()
            page.show_banner(
                lambda: self.tr("Could not load the queue: {reason}").format(
                    reason=error_reason(error)
                ),
                error=True,
            )

        page.busy.begin()
        self._backend.call(lambda api: load_queue(api, "first_review"), done, failed)

    def _on_failed(self, change_id: int, error: ApiError) -> None:
        self._finish()
        page = self._page
        detail = error_reason(error)
        if isinstance(error, Conflict):

            def explain(fresh: Change) -> None:
                if fresh.status is not ChangeStatus.PENDING_FIRST_REVIEW:
                    page.show_banner(
                        lambda: self.tr("Already decided by another reviewer: {status}").format(
                            status=status_label(fresh.status)
                        ),
                        error=True,
                    )
                else:
                    page.show_banner(
                        lambda: self.tr("The decision was refused: {reason}").format(reason=detail),
                        error=True,
                    )

            page.reload(change_id, then=explain)
            return
        field_errors = error.field_errors
        if field_errors:
            from icp_desktop.ui.reason_text import reason_text

            page.reasons.show_error(
                "; ".join(
                    f"{e.ip}: {reason_text(e)}" if e.ip else reason_text(e) for e in field_errors
                )
            )
            page.tabs.setCurrentWidget(page.reasons)
        if isinstance(error, Forbidden):
            page.show_banner(
                lambda: self.tr("You may not decide this change: {reason}").format(reason=detail),
                error=True,
            )
            page.reload(change_id)
            return
        page.show_banner(
            lambda: self.tr("The decision was not recorded: {reason}").format(reason=detail),
            error=True,
        )
        page._set_actions(page.change.allowed_actions if page.change else ())
