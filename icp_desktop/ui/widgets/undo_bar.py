"""A short undo window before a decision leaves: "Approving change #12 · example.cn in 3 s —
Undo". Nothing is sent until the window closes; Undo (or Esc) takes the decision back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from icp_desktop.ui.accessibility import announce
from icp_desktop.ui.i18n import Retranslatable

UNDO_SECONDS = 3


class UndoBar(Retranslatable, QFrame):
    """Counts down, then runs the decision; :meth:`undo` drops it, :meth:`flush` sends it now
    (the page moves on). One decision at a time.

    Attributes:
        seconds: the length of the window (tests shorten it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seconds = UNDO_SECONDS
        self._left = 0
        self._text = ""
        self._commit: Callable[[], None] | None = None
        self._undone: Callable[[], None] | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("UndoBar { background: #fff4e5; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #5c3c00; font-weight: bold;")
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_tick)
        self.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.undo_button.setText(self.tr("Undo (Esc)"))
        if self.pending:
            self._show()

    @property
    def pending(self) -> bool:
        return self._commit is not None

    def start(
        self, text: str, commit: Callable[[], None], undone: Callable[[], None] | None = None
    ) -> None:
        """Show ``text`` ("Approving change #12…") with a countdown; ``commit`` runs at the
        end, ``undone`` if the user takes it back."""
        self.flush()
        self._text, self._commit, self._undone = text, commit, undone
        self._left = self.seconds
        self._show()
        self.setVisible(True)
        announce(self.label, self.label.text())
        if self._left <= 0:
            self.flush()
        else:
            self._timer.start()

    def undo(self) -> None:
        if self._commit is None:
            return
        undone = self._undone
        self._reset()
        if undone is not None:
            undone()

    def flush(self) -> None:
        """Send the decision waiting in the window now."""
        commit = self._commit
        self._reset()
        if commit is not None:
            commit()

    def _reset(self) -> None:
        self._timer.stop()
        self._commit = self._undone = None
        self.setVisible(False)

    def _on_tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.flush()
        else:
            self._show()

    def _show(self) -> None:
        self.label.setText(self.tr("{action} in {n} s…").format(action=self._text, n=self._left))
