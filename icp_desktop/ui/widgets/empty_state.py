"""A message inside an empty table or list: what would be listed there, and why nothing is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout


class EmptyState(QLabel):
    """Shown over ``view``'s viewport while its model has no rows and a text is set.

    The page sets the text for the situation (loading, nothing yet, nothing matches a
    filter); the label follows the model's rows by itself and fills the viewport through a
    layout (no event filter: a Python filter called while a view is being destroyed crashes).
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self._view = view
        self.setObjectName("empty_state")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setEnabled(False)  # greyed: it describes the table, it is not data
        self.setMargin(24)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(view.viewport())
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update_visibility)
        self.update_visibility()

    def set_text(self, text: str) -> None:
        self.setText(text)
        self.update_visibility()

    @property
    def shown(self) -> bool:
        """True when the view is empty and this message is what it says."""
        return not self.isHidden()

    def update_visibility(self, *_args: object) -> None:
        try:
            empty = self._view.model().rowCount() == 0
            self.setVisible(empty and bool(self.text()))
        except RuntimeError:  # the view is going away
            pass
