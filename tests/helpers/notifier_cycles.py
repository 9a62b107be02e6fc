"""Starts and stops desktop notifiers on one D-Bus bus, one after another, as fast as it can.

``python -m tests.helpers.notifier_cycles ADDRESS COUNT [available|absent]`` prints
``cycles COUNT`` when every notifier found the service as expected and stopped. Run in a
process of its own: the failure it looks for is the process crashing or hanging as Qt's D-Bus
thread destroys a closed connection.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from icp_desktop.ui.notifications_dbus import DesktopNotifications


def main(address: str, count: int, expected: bool) -> int:
    app = QApplication([])
    for done in range(count):
        desktop = DesktopNotifications(address)
        loop = QEventLoop()
        desktop.availability.connect(lambda _available, loop=loop: loop.quit())
        desktop.start()
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        if desktop.available is not expected:
            print(f"cycle {done}: available {desktop.available}, expected {expected}")
            return 1
        desktop.stop()
    print(f"cycles {count}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3] == "available"))
