"""A small spinning indicator for "working…" while a request is out."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from icp_desktop.ui.i18n import Retranslatable


class BusySpinner(Retranslatable, QWidget):
    """An arc that turns while ``running``; takes no space from the layout when idle."""

    def __init__(self, parent: QWidget | None = None, diameter: int = 18) -> None:
        super().__init__(parent)
        self._diameter = diameter
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._on_tick)
        self.setFixedSize(QSize(diameter, diameter))
        # Hidden without giving its place away: showing it must not re-lay out the page.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Working…"))

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self.setVisible(True)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.setVisible(False)

    def set_running(self, running: bool) -> None:
        if running:
            self.start()
        else:
            self.stop()

    def _on_tick(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#2f80ed"), 2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        margin = 2.0
        rect = QRectF(margin, margin, self._diameter - 2 * margin, self._diameter - 2 * margin)
        painter.drawArc(rect, -self._angle * 16, 270 * 16)
