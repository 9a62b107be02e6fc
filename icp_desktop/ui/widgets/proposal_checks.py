""" "Check before submitting" on Change Access: runs the service's pre-submit checks for the IPs
typed so far, on the worker thread, and shows them; an edit of the list drops the results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from icp_desktop.client.errors import ApiError
from icp_desktop.client.precheck_models import PrecheckReport
from icp_desktop.ui.calls import Call
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.widgets.busy import BusySpinner
from icp_desktop.ui.widgets.prechecks_panel import PrechecksPanel

if TYPE_CHECKING:
    from icp_desktop.ui.page_backend import PageBackend


class ProposalChecks(Retranslatable, QWidget):
    """The "Check before submitting" button, a spinner and the results panel.

    The checks take up to a few seconds on the service; the page stays usable meanwhile and
    submitting is never blocked by them (the filer decides).

    Signals:
        finished(): a run ended (results or a failure shown).
    """

    finished = Signal()

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._website_id = 0
        self._ips: list[str] = []
        self._request: Call[PrecheckReport] | None = None
        self.button = QPushButton(self)
        self.button.clicked.connect(self.run)
        self.spinner = BusySpinner(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.panel = PrechecksPanel(self)
        line = QHBoxLayout()
        line.addWidget(self.button)
        line.addWidget(self.spinner)
        line.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.panel)
        self.retranslate_ui()
        self._update_button()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Check before submitting"))
        self.button.setToolTip(
            self.tr(
                "Run the checks reviewers make (DNS, the website at "
                "each new IP, the footer's filing number) for the IPs "
                "listed now"
            )
        )
        self.hint.setText(self.tr("Optional: the results do not stop you from submitting."))

    @property
    def running(self) -> bool:
        return self._request is not None

    def set_proposal(self, website_id: int, ips: list[str], editable: bool = True) -> None:
        """The website and the IPs the next run checks; results for other IPs are dropped."""
        changed = website_id != self._website_id or ips != self._ips
        self._website_id, self._ips = website_id, list(ips)
        if changed:
            self._drop()
        self.setVisible(editable)
        self._update_button()

    def run(self) -> None:
        if not self._website_id or not self._ips or self.running:
            return
        website_id, ips = self._website_id, list(self._ips)
        self.panel.show_running()
        self.spinner.start()

        def done(report: PrecheckReport) -> None:
            self._settle()
            if website_id == self._website_id and ips == self._ips:
                self.panel.show_report(report)
            else:
                self.panel.show_idle()
            self.finished.emit()

        def failed(error: ApiError) -> None:
            self._settle()
            self.panel.show_failed(error_reason(error))
            self.finished.emit()

        self._request = self._backend.call(
            lambda api: api.precheck_proposal(website_id, ips), done, failed
        )
        self._update_button()

    def _settle(self) -> None:
        self._request = None
        self.spinner.stop()
        self._update_button()

    def _drop(self) -> None:
        if self._request is not None:
            self._request.cancel()
            self._settle()
        self.panel.show_idle()

    def _update_button(self) -> None:
        self.button.setEnabled(bool(self._website_id and self._ips) and not self.running)
