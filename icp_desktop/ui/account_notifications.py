"""Wiring of the notifications to the session: the desktop's notification service, and the
signed-in account's earlier notifications with what it read (kept across sign-ins)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from icp_desktop.ui.calls import Call
from icp_desktop.ui.paths import RESOURCES_DIR

if TYPE_CHECKING:
    from icp_desktop.client.event_models import Event
    from icp_desktop.client.models import Account
    from icp_desktop.ui.backend import Backend
    from icp_desktop.ui.notification_store import ReadState
    from icp_desktop.ui.notifications_dbus import DesktopNotifications
    from icp_desktop.ui.tray import Notifier

log = logging.getLogger(__name__)


def desktop_notifications(
    args: argparse.Namespace, app_name: str, parent: QObject
) -> DesktopNotifications | None:
    """The desktop's notification service over D-Bus (freedesktop systems), started: on the
    session bus, or ``args.notification_bus`` (a D-Bus address; "" for none)."""
    bus = getattr(args, "notification_bus", None)
    if bus == "" or not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return None
    from icp_desktop.ui.notifications_dbus import DesktopNotifications

    icon = str(RESOURCES_DIR / "icons" / "icp-desktop.svg")
    desktop = DesktopNotifications(bus, app_name=app_name, icon=icon, parent=parent)
    desktop.start()
    return desktop


class AccountNotifications(QObject):
    """Fills the notifier's list with the account's earlier outcomes at sign-in (from the
    service's events) and remembers, per server and account, which ones were read."""

    def __init__(
        self, backend: Backend, notifier: Notifier, data_dir: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._notifier = notifier
        self._data_dir = data_dir
        self._state: ReadState | None = None
        self._call: Call[tuple[list[Event], set[int]]] | None = None
        notifier.list.read.connect(self.on_read)

    def start(self, account: Account) -> None:
        from icp_desktop.ui.notification_store import ReadState, fetch_history, read_state_file
        from icp_desktop.ui.tray import NOTIFIED_KINDS

        self.end()
        url = self._backend.server_url or ""
        state = self._state = ReadState(read_state_file(self._data_dir, url, account.id))
        notifier = self._notifier
        self._call = self._backend.call(
            lambda api: fetch_history(api, state, NOTIFIED_KINDS),
            lambda answer: notifier.load_history(*answer),
            lambda e: log.info("earlier notifications not loaded: %s", e.title or e.code),
        )

    def end(self) -> None:
        if self._call is not None:
            self._call.cancel()
            self._call = None
        self._state = None

    def on_read(self, event_id: int) -> None:
        """Remember on this computer that the account read this notification."""
        state = self._state
        if state is not None:
            self._backend.run(lambda: state.mark_read(event_id))
