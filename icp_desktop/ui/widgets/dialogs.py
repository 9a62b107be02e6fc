"""Small questions the filer pages ask; classmethods so tests can replace them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from icp_desktop.ui.formatting import beijing_time_labelled


def _tr(text: str) -> str:
    return QCoreApplication.translate("FilerDialogs", text)


def ask_with_actions(
    parent: QWidget | None, title: str, text: str, act: str, keep: str, default_act: bool = False
) -> bool:
    """A question whose buttons say what they do (``act`` / ``keep``), not Yes / No."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    act_button = box.addButton(act, QMessageBox.ButtonRole.AcceptRole)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(act_button if default_act else keep_button)
    box.setEscapeButton(keep_button)
    box.exec()
    return box.clickedButton() is act_button


class SubmitConfirmation:
    """ "Submit this change for first review?" with the before → after summary."""

    @classmethod
    def ask(cls, parent: QWidget | None, summary: str, resubmit: bool) -> bool:
        title = _tr("Modify and Submit") if resubmit else _tr("Submit for first review")
        text = _tr(
            "Submit this Change Access to the provider for first review?\n\n{0}\n\n"
            "After approval the provider submits it to the communication administration "
            "within 1 working day."
        ).format(summary)
        act = _tr("Modify and Submit") if resubmit else _tr("Submit for review")
        return ask_with_actions(parent, title, text, act, _tr("Keep editing"))


class RestoreDraft:
    """ "Restore unsaved changes from <time>?" after the app closed without saving."""

    @classmethod
    def ask(cls, parent: QWidget | None, saved_at: datetime | None, ips: list[str]) -> bool:
        when = beijing_time_labelled(saved_at) if saved_at else _tr("an earlier session")
        text = _tr("Restore unsaved changes from {0}?\n\nAssociated service IPs: {1}").format(
            when, ", ".join(ips) or "—"
        )
        return ask_with_actions(
            parent,
            _tr("Unsaved changes"),
            text,
            _tr("Restore my changes"),
            _tr("Discard them"),
            default_act=True,
        )


class WithdrawConfirmation:
    """ "Withdraw this change?" — the change cannot be reopened afterwards."""

    @classmethod
    def ask(cls, parent: QWidget | None, license_number: str) -> bool:
        text = _tr(
            "Withdraw the Change Access for {0}?\n\nThe website keeps its current IPs; "
            "a withdrawn change cannot be reopened."
        ).format(license_number)
        return ask_with_actions(
            parent, _tr("Withdraw"), text, _tr("Withdraw the change"), _tr("Keep the change")
        )
