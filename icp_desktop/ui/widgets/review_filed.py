"""The left half of the review: the website as filed (read-only facts and current IPs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from icp_desktop.ui.formatting import beijing_time
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.workflow import account_text

if TYPE_CHECKING:
    from icp_desktop.client.change_models import Change

FIELDS = (
    "license_number",
    "name",
    "domain",
    "service_content",
    "subject_name",
    "owner",
    "submitted_at",
)


class ReviewFiledPanel(Retranslatable, QGroupBox):
    """License number, website name, domain, service content, subject, filer, submission time
    and the website's current IPs, as the filer filed them.

    Attributes:
        values: the value label of each field (``FIELDS``).
        current_ips: the list of the website's current IPs.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in FIELDS:
            name, value = QLabel(self), QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            name.setBuddy(value)
            self.names[key], self.values[key] = name, value
            form.addRow(name, value)
        self.current_ips_name = QLabel(self)
        self.current_ips = QListWidget(self)
        self.current_ips.setMaximumHeight(120)
        form.addRow(self.current_ips_name, self.current_ips)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("As filed"))
        names = {
            "license_number": self.tr("License number:"),
            "name": self.tr("Website name:"),
            "domain": self.tr("Domain:"),
            "service_content": self.tr("Service content:"),
            "subject_name": self.tr("Subject:"),
            "owner": self.tr("Filer:"),
            "submitted_at": self.tr("Submitted (Beijing time):"),
        }
        for key, label in self.names.items():
            label.setText(names[key])
        self.current_ips_name.setText(self.tr("Current IPs:"))
        self.current_ips.setAccessibleName(self.tr("Current IP addresses"))

    def set_change(self, change: Change) -> None:
        website = change.website
        facts = {
            "license_number": website.license_number,
            "name": website.name,
            "domain": website.domain,
            "service_content": website.service_content,
            "subject_name": website.subject_name,
            "owner": account_text(change.owner.username, change.owner.display_name),
            "submitted_at": beijing_time(change.submitted_at),
        }
        for key, label in self.values.items():
            label.setText(facts.get(key, ""))
        self.current_ips.clear()
        self.current_ips.addItems(list(website.ips))

    def text_of(self, key: str) -> str:
        return self.values[key].text()
