"""Change Access (变更接入): a website's facts and an editor of its associated service IPs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ChangeAccessPage(QWidget):
    """Change Access (变更接入) page (filled in progressively)."""

    open_change_access = Signal(int)
    open_status = Signal(int)
    back = Signal()

    def __init__(self, backend: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Change Access (变更接入)"), self))

    def activate(self, **kwargs: Any) -> None:
        """Called by the main window when the page is shown."""
