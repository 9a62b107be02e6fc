"""The widgets of the Change Access page, laid out, and how results are shown on them; the
page holds the behaviour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.errors import ApiError, Conflict, PreconditionFailed, Unavailable
from icp_desktop.ui.i18n import Retranslatable, Wording
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.presenters.workflow import status_label
from icp_desktop.ui.reason_text import reason_text, reasons_by_ip
from icp_desktop.ui.widgets.authorization_code_entry import AuthorizationCodeEntry
from icp_desktop.ui.widgets.busy import BusySpinner
from icp_desktop.ui.widgets.ip_editor import IpListEditor
from icp_desktop.ui.widgets.message_line import MessageLine
from icp_desktop.ui.widgets.review_common import reason_line
from icp_desktop.ui.widgets.website_facts import WebsiteFacts

if TYPE_CHECKING:
    from icp_desktop.client.change_models import Change


def _tr(text: str) -> str:
    # The page's translation context, so the catalogue entries stay where they were.
    return QCoreApplication.translate("ChangeAccessPage", text)


class ChangeAccessView(Retranslatable, QWidget):
    """Header (back, title, busy, status), rejection banner, facts | IP editor, summary and
    the pre-submit checks, a message line and the Save draft / Submit for review buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.back_button = QPushButton(self)
        header.addWidget(self.back_button)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        header.addWidget(self.title, 1)
        self.spinner = BusySpinner(self)
        header.addWidget(self.spinner)
        self.status_label = QLabel(self)
        header.addWidget(self.status_label)
        layout.addLayout(header)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fdecea; color: #8e2a1f; padding: 6px; border-radius: 4px;"
        )
        self.banner.hide()
        layout.addWidget(self.banner)

        splitter = QSplitter(self)
        self.facts = WebsiteFacts(splitter)
        self.ips_box = ips_box = QGroupBox(splitter)
        # The column scrolls when what it holds (many IPs, the checks' results) is taller than
        # the window: squeezed instead, wrapped sentences were cut off, widgets overlapped and
        # the window grew.
        self.ips_scroll = QScrollArea(ips_box)
        self.ips_scroll.setWidgetResizable(True)
        self.ips_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.ips_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column = QWidget(self.ips_scroll)
        self.ips_scroll.setWidget(column)
        QVBoxLayout(ips_box).addWidget(self.ips_scroll)
        ips_layout = QVBoxLayout(column)
        ips_layout.setContentsMargins(0, 0, 0, 0)
        self.editor = IpListEditor(column)
        ips_layout.addWidget(self.editor, 1)
        self.summary = QLabel(column)
        self.summary.setWordWrap(True)
        ips_layout.addWidget(self.summary)
        self.codes = AuthorizationCodeEntry(column)
        ips_layout.addWidget(self.codes)
        self.checks_slot = QVBoxLayout()  # the page puts "Check before submitting" here
        ips_layout.addLayout(self.checks_slot)
        splitter.addWidget(self.facts)
        splitter.addWidget(ips_box)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 740])
        layout.addWidget(splitter, 1)

        self.message = MessageLine(self)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.progress_button = QPushButton(self)
        buttons.addWidget(self.progress_button)
        self.save_button = QPushButton(self)
        buttons.addWidget(self.save_button)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def bring_into_view(self, widget: QWidget) -> None:
        """Scroll the column so that ``widget`` (the checks' results just shown) is in view, its
        top first when it is taller than the column."""
        # The results' rows, the column and the scroll range are laid out first (each asks for
        # it with a posted event), or the scroll would stop at the old range's end.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.ips_scroll.ensureWidgetVisible(widget, 0, 0)

    def retranslate_ui(self) -> None:
        """The fixed texts; the page words those made from its data (status, submit button)."""
        self.back_button.setText(_tr("← Licenses"))
        self.title.setText(_tr("Change Access"))
        self.ips_box.setTitle(_tr("Associated service IPs"))
        self.progress_button.setText(_tr("View progress"))
        self.save_button.setText(_tr("Save draft"))

    # --- showing results -------------------------------------------------------------------

    def summary_text(self, added: list[str], removed: list[str], kept: list[str]) -> str:
        """The before → after summary: added, removed and kept IPs."""
        none = "—"
        return "\n".join(
            [
                _tr("Before → after:"),
                _tr("Added: {0}").format(", ".join(added) or none),
                _tr("Removed: {0}").format(", ".join(removed) or none),
                _tr("Kept: {0}").format(", ".join(kept) or none),
            ]
        )

    @property
    def showing_error(self) -> bool:
        return not self.message.isHidden() and self.message.is_error

    def show_message(self, wording: Wording | str, error: bool = False) -> None:
        """A result or failure on the message line (worded again after a language switch)."""
        self.message.show_message(wording, error)

    def show_error(self, error: ApiError) -> None:
        """A refusal at the fields it concerns; anything else on the message line."""
        codes = [
            e
            for e in error.field_errors
            if e.field in ("authorization_code", "authorization_codes")
        ]
        if codes:
            self.codes.show_error("\n".join(reason_text(e) for e in codes))
            self.show_message(
                lambda: _tr("The authorization code was refused; see the reason at the code."),
                error=True,
            )
        elif error.field_errors:
            self.editor.set_reasons(*reasons_by_ip(error.field_errors))
            self.show_message(
                lambda: _tr(
                    "The service refused the list; see the reasons at the "
                    "IPs. Nothing you typed was lost."
                ),
                error=True,
            )
        elif isinstance(error, Unavailable):
            self.show_message(
                lambda: _tr(
                    "The service did not answer ({0}). Your edits are kept; "
                    "try again — it will not be filed twice."
                ).format(error_reason(error)),
                error=True,
            )
        elif isinstance(error, PreconditionFailed):
            self.show_message(
                lambda: _tr(
                    "This change was modified elsewhere meanwhile. Your list "
                    "is kept; save again to put it on the latest version."
                ),
                error=True,
            )
        elif isinstance(error, Conflict):
            self.show_message(
                lambda: _tr("{0} Your list is kept; the website was loaded again.").format(
                    error_reason(error)
                ),
                error=True,
            )
        else:
            self.show_message(lambda: error_reason(error), error=True)

    def show_rejection(self, change: Change | None) -> None:
        """After a rejection: the reasons at their IPs (or the list), a banner with the comment."""
        if change is None or change.status not in REJECTED_STATUSES:
            self.banner.hide()
            return
        reasons = list(change.reasons)
        on_ips = [r for r in reasons if r.field == "proposed_ips"]
        self.editor.set_reasons(*reasons_by_ip(on_ips))
        text = _tr(
            "{0}: modify the IPs as the reasons at the fields say, then choose Modify and Submit."
        ).format(status_label(change.status))
        # Reasons on the website's filed facts (its name, content …) are not about the IPs:
        # each is shown with the fact it concerns.
        for reason in reasons:
            if reason not in on_ips:
                text += "\n" + reason_line(reason)
        if change.comment:
            text += "\n" + _tr("Comment: {0}").format(change.comment)
        self.banner.setText(text)
        self.banner.show()


REJECTED_STATUSES = {"first_review_rejected", "administration_rejected"}
