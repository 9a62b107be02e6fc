"""Change Access (变更接入): a website's facts beside an editor of its associated service IPs.

Edits are autosaved to a local draft (see :mod:`icp_desktop.ui.drafts`) until the service has
them. Save draft creates or updates the change; Submit for review (or Modify and Submit after a
rejection) submits it for first review; "Check before submitting" runs the service's pre-submit
checks for the listed IPs (never required). Create and submit carry idempotency keys that are
on disk before the request leaves, dropped once the service answered: a retry files once.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from icp_desktop.client.errors import ApiError, Conflict, PreconditionFailed, Unavailable
from icp_desktop.domain.status import ChangeStatus
from icp_desktop.domain.validation import canonical_ip
from icp_desktop.ui.calls import Call
from icp_desktop.ui.drafts import (
    DraftStore,
    DraftWriter,
    LocalDraft,
    new_idempotency_key,
    send_change,
)
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.pages.change_access_load import Loaded, load_page, reconcile, website_and_change
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.presenters.workflow import status_label
from icp_desktop.ui.reason_text import reasons_by_ip
from icp_desktop.ui.widgets.change_access_view import ChangeAccessView
from icp_desktop.ui.widgets.dialogs import RestoreDraft, SubmitConfirmation
from icp_desktop.ui.widgets.proposal_checks import ProposalChecks

if TYPE_CHECKING:
    from icp_desktop.client.change_models import Change
    from icp_desktop.client.event_models import Event
    from icp_desktop.client.interface import FilingApi
    from icp_desktop.client.models import Resource, Website
    from icp_desktop.ui.page_backend import PageBackend
    from icp_desktop.ui.pages.contract import Navigator

AUTOSAVE_DELAY_MS = 300
REJECTED = {ChangeStatus.FIRST_REVIEW_REJECTED, ChangeStatus.ADMINISTRATION_REJECTED}


class ChangeAccessPage(Retranslatable, QWidget):
    """The website information page: edit, save and submit a Change Access.

    Signals:
        open_status(int): show the progress of a change (after submitting, or View progress).
        open_migration(int): show a planned migration (after filing one; 0: the latest).
        back(): return to the licenses list.
        change_stored(object): the service has stored a save or a submit (the
            :class:`~icp_desktop.client.change_models.Change`).
    """

    open_status = Signal(int)
    open_migration = Signal(int)
    back = Signal()
    change_stored = Signal(object)

    def __init__(
        self,
        backend: PageBackend,
        parent: QWidget | None = None,
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self.writer = DraftWriter(drafts or DraftStore.for_backend(backend))
        writer = self.writer  # not self: the slot runs after the widget is gone
        self.destroyed.connect(lambda *_: writer.close())
        self.website: Website | None = None
        self.change: Change | None = None
        self.draft: LocalDraft | None = None
        self._website_id = 0
        self._loading_call: Call[Loaded] | None = None
        self._in_flight = False
        self._quiet = False  # set while the page itself fills the editor
        self._resources: list[Resource] = []  # as the service listed them (tree order)

        self.view = view = ChangeAccessView(self)
        QVBoxLayout(self).addWidget(view)
        self.back_button, self.title, self.spinner = view.back_button, view.title, view.spinner
        self.status_label, self.banner, self.facts = view.status_label, view.banner, view.facts
        self.editor, self.summary, self.message = view.editor, view.summary, view.message
        self.progress_button, self.save_button = view.progress_button, view.save_button
        self.next_button = view.next_button
        self.checks = ProposalChecks(backend, view)
        view.checks_slot.addWidget(self.checks)
        self.checks.finished.connect(self.on_checks_finished)
        self.editor.picker.move_requested.connect(self.on_picker_move_requested)
        self.back_button.clicked.connect(self.back.emit)
        self.editor.changed.connect(self.on_editor_changed)
        self.editor.input.textChanged.connect(self.on_editor_input_text_changed)
        self.progress_button.clicked.connect(self.on_progress_clicked)
        self.save_button.clicked.connect(self.save_draft)
        self.next_button.clicked.connect(self.submit)
        self.codes = view.codes
        self.codes.use_requested.connect(self.on_codes_use_requested)
        self.codes.remove_requested.connect(self.on_codes_remove_requested)
        self.codes.ip_chosen.connect(self.editor.add_ip)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.flush_autosave)
        self.retranslate_ui()

    # --- page contract ---------------------------------------------------------------------

    def connect_navigation(self, navigator: Navigator) -> None:
        self.open_status.connect(navigator.open_status)
        self.open_migration.connect(navigator.open_migration)
        self.back.connect(navigator.go_back)

    def shows_countdown_of(self, _change_id: int) -> bool:
        return False

    def activate(self, **target: int) -> None:
        """Show the website ``website_id`` (loads it, its open change and the resources)."""
        website_id = int(target.get("website_id") or 0)
        if not website_id:
            return
        self.flush_autosave()
        self._website_id = website_id
        self.website = self.change = self.draft = None
        self.editor.input.clear()  # (no website: not recorded in any draft)
        self._fill_editor([])  # the last website's rows must not show while this one loads
        self.checks.set_proposal(0, [])
        self.view.show_message("")
        self.banner.hide()
        self.editor.clear_reasons()
        store, account = self.writer.store, self.account_key()
        if self._loading_call is not None:
            self._loading_call.cancel()
        self._set_busy(True)
        self._loading_call = self._backend.call(
            lambda api: load_page(api, website_id, store, account),
            self._on_loaded,
            self._on_load_failed,
        )

    def refresh(self) -> None:
        """Reload the website and its change (an event about it arrived); edits stay local."""
        if self._website_id:
            self.activate(website_id=self._website_id)

    def on_event(self, event: Event) -> None:
        """An event about the website shown: reload it, unless that would disturb typing."""
        if not self._website_id or event.website_id != self._website_id:
            return
        if not self.isVisible():
            return  # activate() reloads when the page is shown again
        if self._in_flight or self._loading_call is not None:
            return
        if self.draft is not None and self.draft.dirty:
            self.view.show_message(
                lambda: self.tr(
                    "This change was updated on the service ({0}). Save "
                    "or submit your edits, or go back and reopen it."
                ).format(status_label(event.status))
            )
            return
        self.refresh()

    def retranslate_ui(self) -> None:
        """Texts made from the website and its change (summary, reasons, status, button, live
        check); the view and its widgets word their fixed texts themselves."""
        self._update_controls()
        if self.website is None:
            return
        self._update_summary()
        self.view.show_rejection(self.change)
        self.editor.on_input_text_changed(self.editor.input.text())

    def account_key(self) -> str:
        account = self._backend.account
        return str(account.id) if account is not None else "anonymous"

    # --- loading ---------------------------------------------------------------------------

    def _on_loaded(self, result: Loaded) -> None:
        self._loading_call = None
        self._set_busy(False)
        website, resources, change, draft = result
        self.website, self.change = website, change
        self.facts.set_website(website)
        self._resources = list(resources)
        self.editor.set_resources(resources, website.id)
        self.editor.set_base(list(change.base_ips if change else website.ips))
        server_ips = list(change.proposed_ips if change else website.ips)
        self._fill_editor(server_ips)
        self.draft = reconcile(self.writer, draft, change)
        if self.draft is not None and self.draft.dirty and self.is_editable():
            differs = [
                canonical_ip(i) for i in self.draft.proposed_ips
            ] != self.editor.ips() or bool(self.draft.typing)
            if differs and RestoreDraft.ask(
                self, self.draft.saved_at_local, self.draft.proposed_ips
            ):
                self._fill_editor(self.draft.proposed_ips)
                self._quiet = True
                self.editor.input.setText(self.draft.typing)
                self._quiet = False
            elif not self.draft.has_pending_request:
                self._forget_draft()
            else:
                self.draft.dirty = False
                self.draft.proposed_ips = self.editor.ips()
                self.writer.save(self.draft)
        self.view.show_rejection(self.change)
        self._show_authorizations()
        self._update_controls()

    def _on_load_failed(self, error: ApiError) -> None:
        self._loading_call = None
        self._set_busy(False)
        self.view.show_message(
            lambda: self.tr("Could not load the website: {0}").format(error_reason(error)),
            error=True,
        )

    def _fill_editor(self, ips: list[str]) -> None:
        self._quiet = True
        try:
            self.editor.set_ips(ips)
        finally:
            self._quiet = False
        self._update_summary()

    # --- editing and autosave --------------------------------------------------------------

    def is_editable(self) -> bool:
        if self.website is None:
            return False
        return self.change is None or self.change.is_editable

    def on_editor_changed(self) -> None:
        self._update_summary()
        self.checks.set_proposal(self._website_id, self.editor.ips(), self.is_editable())
        if self._quiet or self.website is None:
            return
        self._clear_stale_errors()
        draft = self._ensure_draft()
        draft.proposed_ips = self.editor.ips()
        draft.dirty = True
        self.flush_autosave()  # an add or a remove is written at once (off this thread)

    def on_editor_input_text_changed(self, text: str) -> None:
        """Half-typed addresses are kept too: a crash must not lose them."""
        if self._quiet or self.website is None or not self.is_editable():
            return
        draft = self._ensure_draft()
        if draft.typing == text.strip():
            return
        draft.typing = text.strip()
        draft.proposed_ips = self.editor.ips()
        draft.dirty = True
        self._autosave.start()

    def _clear_stale_errors(self) -> None:
        """The list changed: refusals of the list as it was no longer apply (a reviewer's
        rejection reasons stay until the change is submitted again)."""
        if self.view.showing_error:
            self.view.show_message("")
        self.editor.clear_reasons()
        self.view.show_rejection(self.change)

    def flush_autosave(self) -> None:
        """Write the local draft now (also called before the page moves to another website)."""
        self._autosave.stop()
        if self.draft is not None:
            self.writer.save(self.draft)

    def _ensure_draft(self) -> LocalDraft:
        if self.draft is None:
            self.draft = LocalDraft(
                account=self.account_key(),
                website_id=self._website_id,
                change_id=self.change.id if self.change else None,
            )
        return self.draft

    def _forget_draft(self) -> None:
        self._autosave.stop()
        if self.draft is not None:
            self.writer.delete(self.draft.account, self.draft.website_id)
        self.draft = None

    def _update_summary(self) -> None:
        self.summary.setText(self.view.summary_text(*self.editor.summary()))

    # --- save and submit -------------------------------------------------------------------

    def save_draft(self) -> None:
        """Store the list on the service as a draft change (create or update)."""
        self._push(submit=False)

    def submit(self) -> None:
        """Submit for first review (or Modify and Submit), after a confirmation."""
        if not self._check_locally():
            return
        if not SubmitConfirmation.ask(
            self, self.view.summary_text(*self.editor.summary()), self.is_resubmit()
        ):
            return
        self._push(submit=True)

    def is_resubmit(self) -> bool:
        return self.change is not None and self.change.status in REJECTED

    def _check_locally(self) -> bool:
        """The list checks the service would make anyway, shown at once at the fields."""
        from icp_desktop.domain.validation import check_proposed_ips  # not needed at sign-in

        problems = check_proposed_ips(self.editor.ips(), self.editor.base_ips())
        if not problems:
            return True
        self.editor.set_reasons(*reasons_by_ip(problems))
        return False

    def _push(self, submit: bool) -> None:
        if self._in_flight or not self.is_editable() or not self._check_locally():
            return
        self._autosave.stop()
        draft = self._ensure_draft()
        ips = draft.proposed_ips = self.editor.ips()
        if self.change is None and draft.create_key is None:
            draft.create_key, draft.create_ips = new_idempotency_key(), list(ips)
        if submit and draft.submit_key is None:
            draft.submit_key = new_idempotency_key()
        pending_save = self.writer.save(draft)
        push = partial(
            send_change,
            pending_save=pending_save,
            website_id=self._website_id,
            change=self.change,
            ips=ips,
            create_key=draft.create_key,
            create_ips=draft.create_ips,
            submit_key=draft.submit_key if submit else None,
        )

        self._in_flight = True
        self._set_busy(True)
        self.view.show_message(lambda: self.tr("Submitting…") if submit else self.tr("Saving…"))
        website_id = self._website_id
        self._backend.call(
            push, lambda r: self._on_pushed(submit, draft, website_id, *r), self._on_push_crashed
        )

    def _on_pushed(
        self,
        submit: bool,
        draft: LocalDraft,
        website_id: int,
        change: Change | None,
        step: str,
        error: ApiError | None,
    ) -> None:
        self._in_flight = False
        self._set_busy(False)
        if change is not None:
            if website_id == self._website_id:
                self.change = change
            draft.change_id = change.id
            draft.create_key = draft.create_ips = None
        answered = error is None or not isinstance(error, Unavailable)
        if step == "create" and answered:
            draft.create_key = draft.create_ips = None
        if step == "submit" and answered:
            draft.submit_key = None  # a definite answer: a new attempt gets a new key
        if website_id != self._website_id:
            # The page shows another website now: settle this one's local draft only.
            if error is None:
                self.writer.delete(draft.account, draft.website_id)
            else:
                self.writer.save(draft)
            self._update_controls()
            return
        if error is None:
            assert change is not None
            if [
                canonical_ip(i) for i in change.proposed_ips
            ] == self.editor.ips() and not self.editor.input.text().strip():
                self._forget_draft()  # the service has everything typed
            else:
                self.writer.save(draft)  # typed on while the request was out: keep that
            self.editor.clear_reasons()
            self.view.show_message(
                lambda: (
                    self.tr("Submitted for first review.") if submit else self.tr("Draft saved.")
                )
            )
            self._update_controls()
            self.change_stored.emit(change)
            if submit:
                self.open_status.emit(change.id)
            return
        self.writer.save(draft)
        self.view.show_error(error)
        self._update_controls()
        if isinstance(error, PreconditionFailed) or (
            isinstance(error, Conflict) and step == "create"
        ):
            self._resync_keeping_edits()

    def _resync_keeping_edits(self) -> None:
        """Fetch the website and its change again (another window changed them); the list
        typed here stays, so the next save puts it on the latest version."""
        website_id = self._website_id

        def loaded(result: tuple[Website, Change | None]) -> None:
            self._set_busy(False)
            if website_id != self._website_id:
                return
            self.website, self.change = result
            self.facts.set_website(self.website)
            if self.change is not None and self.draft is not None:
                self.draft.change_id = self.change.id
            self._update_controls()

        self._set_busy(True)
        self._backend.call(
            lambda api: website_and_change(api, website_id),
            loaded,
            lambda _error: self._set_busy(False),
        )

    def _on_push_crashed(self, error: ApiError) -> None:
        self._in_flight = False
        self._set_busy(False)
        self.view.show_error(error)

    # --- presentation ----------------------------------------------------------------------

    def _update_controls(self) -> None:
        editable = self.is_editable() and not self._in_flight
        self.editor.set_read_only(not self.is_editable())
        self.codes.set_editable(editable)
        self.save_button.setEnabled(editable)
        self.next_button.setEnabled(editable)
        self.next_button.setText(
            self.tr("Modify and Submit") if self.is_resubmit() else self.tr("Submit for review")
        )
        self.checks.set_proposal(self._website_id, self.editor.ips(), self.is_editable())
        self.progress_button.setVisible(self.change is not None)
        if self.change is not None:
            self.status_label.setText(status_label(self.change.status))
        else:
            self.status_label.setText(self.tr("No open change") if self.website else "")
        if self.change is not None and not self.is_editable():
            status = self.change.status
            self.view.show_message(
                lambda: self.tr("This change is {0}; it cannot be edited now.").format(
                    status_label(status)
                )
            )

    def _set_busy(self, busy: bool) -> None:
        self.spinner.set_running(busy)

    # --- authorization codes ----------------------------------------------------------------

    def _show_authorizations(self) -> None:
        self.codes.set_authorizations(list(self.change.authorizations) if self.change else [])
        self.codes.set_editable(self.is_editable() and not self._in_flight)

    def on_codes_use_requested(self, code: str) -> None:
        """Enter the code on the change (a draft is opened first when there is none); the
        code leaves the field once sent, and is never written to the local draft."""
        if self.website is None or not self.is_editable() or self._in_flight:
            return
        website_id = self._website_id
        change_id = self.change.id if self.change else None
        ips = self.editor.ips() or list(self.website.ips)
        self.codes.clear_code()
        self.codes.show_error("")

        def use(api: FilingApi) -> tuple[Change | None, ApiError | None]:
            created = None
            target = change_id
            if target is None:
                created = api.create_change(website_id, ips, new_idempotency_key())
                target = created.id
            try:
                return api.use_authorization_code(target, code), None
            except ApiError as error:  # the draft opened for it stays (and is shown)
                return created, error

        def done(result: tuple[Change | None, ApiError | None]) -> None:
            self._in_flight = False
            self._set_busy(False)
            change, error = result
            if website_id != self._website_id:
                return
            if change is not None:
                self.change = change
                if self.draft is not None:
                    self.draft.change_id = change.id
            if error is not None:
                self.view.show_error(error)
            else:
                self.view.show_message(
                    lambda: self.tr(
                        "The code was accepted: the server's IPs can be filed on this change."
                    )
                )
            self._show_authorizations()
            self._update_controls()

        def failed(error: ApiError) -> None:
            self._in_flight = False
            self._set_busy(False)
            self.view.show_error(error)

        self._in_flight = True
        self._set_busy(True)
        self._backend.call(use, done, failed)

    def on_codes_remove_requested(self, code_id: int) -> None:
        if self.change is None or self._in_flight:
            return
        change_id = self.change.id

        def done(change: Change) -> None:
            self._in_flight = False
            self._set_busy(False)
            self.change = change
            self._show_authorizations()
            self._update_controls()

        def failed(error: ApiError) -> None:
            self._in_flight = False
            self._set_busy(False)
            self.view.show_error(error)

        self._in_flight = True
        self._set_busy(True)
        self._backend.call(
            lambda api: api.remove_authorization_code(change_id, code_id), done, failed
        )

    def on_progress_clicked(self) -> None:
        if self.change is not None:
            self.open_status.emit(self.change.id)

    def on_checks_finished(self) -> None:
        self.view.bring_into_view(self.checks)

    def on_picker_move_requested(self, resource_id: int, address: str = "") -> None:
        """ "Move websites to another server…" (from a server, or from one of its addresses):
        file a batch, then follow it."""
        from icp_desktop.ui.widgets.migration_dialog import MigrationDialog

        self.flush_autosave()
        migration = MigrationDialog.ask(
            self, self._backend, self._resources, resource_id, address or None
        )
        if migration is not None:
            self.open_migration.emit(migration.id)
