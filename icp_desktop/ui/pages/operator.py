"""The operator's workspace: administration submissions, outcomes and the outbox."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class OperatorPage(QWidget):
    """The operator's workspace: administration submissions, outcomes and the outbox.

    Signals:
        open_review(int): the user wants to review the change with this id.
        back(): the user wants to leave this page.
    """

    open_review = Signal(int)
    back = Signal()

    def __init__(self, backend: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Loading…"), self))

    def activate(self, **kwargs: Any) -> None:
        """Called by the main window each time the page is shown."""
