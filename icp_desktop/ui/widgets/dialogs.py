"""Small questions the filer pages ask; classmethods so tests can replace them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from icp_desktop.ui.formatting import beijing_time_labelled


def _tr(text: str) -> str:
    return QCoreApplication.translate("FilerDialogs", text)


class SubmitConfirmation:
    """"Submit this change for first review?" with the before → after summary."""

    @classmethod
    def ask(cls, parent: QWidget | None, summary: str, resubmit: bool) -> bool:
        title = _tr("Modify and Submit") if resubmit else _tr("Submit for first review")
        text = _tr(
            "Submit this Change Access to the provider for first review?\n\n{0}\n\n"
            "After approval the provider submits it to the communication administration "
            "within 1 working day."
        ).format(summary)
        answer = QMessageBox.question(
            parent, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class RestoreDraft:
    """"Restore unsaved changes from <time>?" after the app closed without saving."""

    @classmethod
    def ask(cls, parent: QWidget | None, saved_at: datetime | None, ips: list[str]) -> bool:
        when = beijing_time_labelled(saved_at) if saved_at else _tr("an earlier session")
        text = _tr("Restore unsaved changes from {0}?\n\nAssociated service IPs: {1}").format(
            when, ", ".join(ips) or "—"
        )
        answer = QMessageBox.question(
            parent, _tr("Unsaved changes"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


class WithdrawConfirmation:
    """"Withdraw this change?" — the change cannot be reopened afterwards."""

    @classmethod
    def ask(cls, parent: QWidget | None, license_number: str) -> bool:
        text = _tr(
            "Withdraw the Change Access for {0}?\n\nThe website keeps its current IPs; "
            "a withdrawn change cannot be reopened."
        ).format(license_number)
        answer = QMessageBox.question(
            parent, _tr("Withdraw"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
