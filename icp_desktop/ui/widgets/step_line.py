"""The stages of a Change Access drawn as a step line, the current one highlighted."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class StepState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    REJECTED = "rejected"
    TODO = "todo"


# status -> (index of the current step, state of that step); steps before it are done.
_POSITIONS: dict[str, tuple[int, StepState]] = {
    "draft": (0, StepState.CURRENT),
    "pending_first_review": (1, StepState.CURRENT),
    "first_review_rejected": (1, StepState.REJECTED),
    "pending_administration_submission": (2, StepState.CURRENT),
    "administration_review": (2, StepState.CURRENT),
    "administration_rejected": (2, StepState.REJECTED),
    "approved": (3, StepState.DONE),
}

_COLOURS = {
    StepState.DONE: QColor("#27ae60"),
    StepState.CURRENT: QColor("#2f80ed"),
    StepState.REJECTED: QColor("#c0392b"),
    StepState.TODO: QColor("#b0b6bd"),
}


def step_states(status: str | None) -> list[StepState]:
    """The state of each of the four steps for a change in ``status``."""
    if status not in _POSITIONS:  # withdrawn or unknown: nothing is in progress
        return [StepState.TODO] * 4
    index, state = _POSITIONS[status]
    return [
        StepState.DONE if i < index else state if i == index else StepState.TODO for i in range(4)
    ]


class StepLine(QWidget):
    """Submitted → First review → Administration → Done, coloured by where a change stands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._states = [StepState.TODO] * 4
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(72)

    def step_names(self) -> list[str]:
        return [
            self.tr("Submitted"),
            self.tr("First review"),
            self.tr("Administration"),
            self.tr("Done"),
        ]

    @property
    def states(self) -> list[StepState]:
        return list(self._states)

    def set_status(self, status: str | None) -> None:
        self._states = step_states(status)
        names = self.step_names()
        described = ", ".join(
            f"{name}: {self._state_text(state)}"
            for name, state in zip(names, self._states, strict=True)
        )
        self.setAccessibleDescription(described)
        self.update()

    def _state_text(self, state: StepState) -> str:
        return {
            StepState.DONE: self.tr("done"),
            StepState.CURRENT: self.tr("current"),
            StepState.REJECTED: self.tr("rejected"),
            StepState.TODO: self.tr("to do"),
        }[state]

    def sizeHint(self) -> QSize:
        return QSize(480, 72)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        names = self.step_names()
        count = len(names)
        width = self.width()
        slot = width / count
        radius = 12.0
        cy = 22.0
        centres = [QPointF(slot * (i + 0.5), cy) for i in range(count)]
        for i in range(count - 1):  # connectors first, under the circles
            done = self._states[i + 1] is not StepState.TODO
            painter.setPen(QPen(_COLOURS[StepState.DONE if done else StepState.TODO], 3))
            painter.drawLine(centres[i] + QPointF(radius, 0), centres[i + 1] - QPointF(radius, 0))
        bold = QFont(self.font())
        bold.setBold(True)
        for i, (centre, state, name) in enumerate(zip(centres, self._states, names, strict=True)):
            colour = _COLOURS[state]
            painter.setPen(QPen(colour, 2))
            painter.setBrush(colour if state is not StepState.TODO else QColor("white"))
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(QColor("white") if state is not StepState.TODO else colour)
            mark = {StepState.DONE: "✓", StepState.REJECTED: "✕"}.get(state, str(i + 1))
            painter.setFont(bold)
            painter.drawText(
                QRectF(centre.x() - radius, cy - radius, 2 * radius, 2 * radius),
                Qt.AlignmentFlag.AlignCenter,
                mark,
            )
            painter.setFont(
                bold if state in (StepState.CURRENT, StepState.REJECTED) else self.font()
            )
            painter.setPen(colour if state is not StepState.TODO else QColor("#5f6b76"))
            label = QRectF(slot * i, cy + radius + 4, slot, 24)
            caption = name
            if state is StepState.REJECTED:
                caption = f"{name} ({self.tr('rejected')})"
            painter.drawText(
                label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, caption
            )
