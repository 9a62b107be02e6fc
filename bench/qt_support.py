"""Qt helpers for the in-process benchmarks: the application, painting, a backend stand-in."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any


def qt_app() -> Any:
    """The one QApplication of this process (offscreen unless a platform is set)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["icp-bench"])
    return app


def settle(widget: Any) -> None:
    """Run what Qt has posted (delayed layouts, resets), then paint ``widget`` now."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    widget.repaint()
    QApplication.processEvents()


class BlockMeter:
    """Measures how long an operation blocks the GUI thread, however it splits its work.

    ``measure(op, done)`` runs ``op`` from the event loop, then keeps the loop running (with a
    1 ms precise heartbeat) until ``done()`` holds and a paint has followed. It returns the
    longest single gap between heartbeat ticks (the longest time the GUI could not react:
    what "within one frame" is about) and the time until the operation was complete.
    """

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, Qt, QTimer

        self.widget = widget
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self._last = 0.0
        self._max_gap = 0.0
        self.paints = 0

        meter = self

        class _PaintCounter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    meter.paints += 1
                return False

        self._filter = _PaintCounter()
        widget.installEventFilter(self._filter)

    def _tick(self) -> None:
        now = time.perf_counter()
        self._max_gap = max(self._max_gap, (now - self._last) * 1000)
        self._last = now

    def measure(
        self, op: Callable[[], object], done: Callable[[], bool] = lambda: True
    ) -> tuple[float, float]:
        from PySide6.QtCore import QTimer

        ran: list[float] = []

        def run_op() -> None:
            op()
            ran.append(time.perf_counter())
            self.widget.update()

        paints = self.paints
        self._max_gap = 0.0
        start = self._last = time.perf_counter()
        self.timer.start()
        QTimer.singleShot(0, run_op)
        wait_until(lambda: bool(ran) and done() and self.paints > paints, 30, step_ms=1)
        finished = time.perf_counter()
        wait_until(lambda: False, 0.003, step_ms=1)  # the tick after the last paint
        self.timer.stop()
        self._tick()
        return self._max_gap, (finished - start) * 1000


def wait_until(predicate: Callable[[], bool], timeout: float, step_ms: int = 5) -> bool:
    """Run the event loop until ``predicate()`` holds or ``timeout`` seconds pass."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    while not predicate():
        if time.monotonic() > deadline:
            return False
        QTimer.singleShot(step_ms, loop.quit)
        loop.exec()
    return True


class HeldCall:
    """A call the benchmark holds until it answers it (see :class:`HeldBackend`)."""

    def __init__(self, backend: HeldBackend, request_id: int) -> None:
        self._backend, self.request_id = backend, request_id

    def cancel(self) -> None:
        self._backend.held.pop(self.request_id, None)


class HeldBackend:
    """Stands in for ``ui.backend.Backend``: holds each call so the benchmark answers it.

    ``call(fn, on_ok, on_err)`` records the callbacks and returns a call that can be
    cancelled; ``answer_latest(result)`` delivers a result to the latest held call, as the real
    backend does on the GUI thread.
    """

    def __init__(self) -> None:
        from icp_desktop.client.models import Account
        from icp_desktop.domain.clock import SystemClock
        from icp_desktop.domain.status import Role

        self.account = Account(1, "bench", Role.FILER)
        self.clock = SystemClock()
        self.data_dir = None
        self.server_url = None
        self.demo = False
        self._next = 0
        self.held: dict[int, tuple[Any, Callable[[Any], None], Any]] = {}

    def call(self, fn: Any, on_ok: Callable[[Any], None], on_err: Any = None) -> HeldCall:
        self._next += 1
        self.held[self._next] = (fn, on_ok, on_err)
        return HeldCall(self, self._next)

    run = call

    def answer_latest(self, result: Any) -> bool:
        if not self.held:
            return False
        request_id = max(self.held)
        _fn, on_ok, _err = self.held.pop(request_id)
        on_ok(result)
        return True
