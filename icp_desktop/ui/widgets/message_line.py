"""A page's message line and banner: the result of the last action, or why it failed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from icp_desktop.ui.accessibility import announce
from icp_desktop.ui.i18n import Retranslatable, Wording, worded
from icp_desktop.ui.widgets.review_common import scheme_color


class MessageLine(Retranslatable, QLabel):
    """One word-wrapped line under a page's content; hidden while there is nothing to say.

    The page passes how to word the message (a function over the data it concerns), so a
    language switch words the same message again in the new language.

    Attributes:
        is_error: the message says that something failed.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        error_color: str = "#c0392b",
        color: str = "#2d3a45",
    ) -> None:
        super().__init__(parent)
        self._colors = (color, error_color)
        self.setWordWrap(True)
        self.hide()
        self.is_error = False
        self._wording: Wording | None = None

    def show_message(self, wording: Wording | str, error: bool = False) -> None:
        """Show ``wording`` (a fixed text such as ``""`` to clear, or a function)."""
        self._wording = wording if callable(wording) else None
        text = worded(wording)
        self.is_error = error and bool(text)
        color = self._colors[error]
        self.setStyleSheet(f"color: {color};" if color else "")
        self._set(text)

    def retranslate_ui(self) -> None:
        if self._wording is not None:
            self._set(self._wording())

    def _set(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


class Banner(Retranslatable, QLabel):
    """A page's result line, in bold behind ✔ (done) or ⚠ (failed), read out to screen
    readers; worded again, like :class:`MessageLine`, after a language switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self._shown: tuple[Wording | str, bool] = ("", False)

    def show_message(self, wording: Wording | str, error: bool = False) -> None:
        self._shown = (wording, error)
        color = scheme_color("overdue" if error else "added")
        self.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.retranslate_ui()
        self.setVisible(True)
        announce(self, self.text())  # read out, not only shown

    def retranslate_ui(self) -> None:
        wording, error = self._shown
        text = worded(wording)
        if text:
            self.setText(("⚠ " if error else "✔ ") + text)
            self.setAccessibleDescription(self.text())
