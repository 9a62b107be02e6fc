"""The read-only facts of a filed website, shown beside its Change Access."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

if TYPE_CHECKING:
    from icp_desktop.client.models import Website


class WebsiteFacts(QGroupBox):
    """License number, website name, domain, service content, subject and current IPs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Website information"), parent)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("license_number", self.tr("License number")),
            ("name", self.tr("Website name")),
            ("domain", self.tr("Domain")),
            ("service_content", self.tr("Service content")),
            ("subject", self.tr("Subject")),
            ("ips", self.tr("Current associated IPs")),
        ):
            value = QLabel("—", self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            form.addRow(label, value)
            self.fields[key] = value

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
