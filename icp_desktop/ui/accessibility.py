"""Making messages reach people who do not see them: screen readers and keyboard users.

A message that appears in a label (a refusal, "Draft saved.") is only seen; :func:`announce`
also puts it in the label's accessible description and raises an accessibility *alert* for
it, which screen readers (Orca over AT-SPI, NVDA, VoiceOver) read out at once. Errors carry a
text marker as well as their colour, so they never rely on colour alone.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

ERROR_MARK = "⚠"


def error_text(text: str) -> str:
    """``text`` with the error marker in front (once)."""
    text = text.strip()
    return text if not text or text.startswith(ERROR_MARK) else f"{ERROR_MARK} {text}"


def announce(widget: QWidget, text: str) -> None:
    """Tell assistive technology that ``widget`` now shows ``text``."""
    widget.setAccessibleDescription(text)
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
