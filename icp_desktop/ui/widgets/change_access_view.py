"""The widgets of the Change Access page, laid out; the page holds the behaviour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.ui.widgets.busy import BusySpinner
from icp_desktop.ui.widgets.ip_editor import IpListEditor
from icp_desktop.ui.widgets.website_facts import WebsiteFacts


def _tr(text: str) -> str:
    # The page's translation context, so the catalogue entries stay where they were.
    return QCoreApplication.translate("ChangeAccessPage", text)


class ChangeAccessView(QWidget):
    """Header (back, title, busy, status), rejection banner, facts | IP editor and summary,
    a message line and the Save draft / Next buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.back_button = QPushButton(_tr("← Licenses"), self)
        header.addWidget(self.back_button)
        self.title = QLabel(_tr("Change Access"), self)
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
        ips_box = QGroupBox(_tr("Associated service IPs"), splitter)
        ips_layout = QVBoxLayout(ips_box)
        self.editor = IpListEditor(ips_box)
        ips_layout.addWidget(self.editor, 1)
        self.summary = QLabel(ips_box)
        self.summary.setWordWrap(True)
        ips_layout.addWidget(self.summary)
        splitter.addWidget(self.facts)
        splitter.addWidget(ips_box)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 740])
        layout.addWidget(splitter, 1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.progress_button = QPushButton(_tr("View progress"), self)
        buttons.addWidget(self.progress_button)
        self.save_button = QPushButton(_tr("Save draft"), self)
        buttons.addWidget(self.save_button)
        self.next_button = QPushButton(_tr("Next"), self)
        self.next_button.setDefault(True)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
