"""The read-only facts of a filed website, shown beside its Change Access."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from icp_desktop.ui.i18n import Retranslatable

if TYPE_CHECKING:
    from icp_desktop.client.models import Website


FACTS = ("license_number", "name", "domain", "service_content", "subject", "ips")


class WebsiteFacts(Retranslatable, QGroupBox):
    """License number, website name, domain, service content, subject and current IPs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for key in FACTS:
            value = QLabel("—", self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = QLabel(self)
            form.addRow(self.labels[key], value)
            self.fields[key] = value
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Website information"))
        names = {
            "license_number": self.tr("License number"),
            "name": self.tr("Website name"),
            "domain": self.tr("Domain"),
            "service_content": self.tr("Service content"),
            "subject": self.tr("Subject"),
            "ips": self.tr("Current associated IPs"),
        }
        for key, name in names.items():
            self.labels[key].setText(name)
            self.fields[key].setAccessibleName(name)

    def set_website(self, website: Website) -> None:
        subject = website.subject_name
        if website.subject_license_number:
            subject = f"{subject} ({website.subject_license_number})"
        values = {
            "license_number": website.license_number,
            "name": website.name,
            "domain": website.domain,
            "service_content": website.service_content,
            "subject": subject,
            "ips": "\n".join(website.ips) or "—",
        }
        for key, text in values.items():
            self.fields[key].setText(str(text) or "—")

    def text_of(self, key: str) -> str:
        return self.fields[key].text()
