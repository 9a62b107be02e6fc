"""A label that shows a field's reason next to the field, or nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class FieldErrorLabel(QLabel):
    """Red, word-wrapped reason text under a field; hidden while there is no reason.

    The reason is also set as the accessible description so screen readers announce it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #c0392b;")
        self.setObjectName("fieldError")
        self.hide()

    def set_reasons(self, reasons: list[str]) -> None:
        text = "\n".join(r for r in reasons if r)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_reasons(self) -> None:
        self.set_reasons([])
