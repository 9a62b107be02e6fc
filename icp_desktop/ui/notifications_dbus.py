"""Desktop notifications through the freedesktop notification service, over D-Bus (QtDBus).

GNOME and other desktops without a system tray show notifications sent to
``org.freedesktop.Notifications``. :class:`DesktopNotifications` sends them from a thread of
its own (D-Bus calls block until the service answers, and activating it may take a while),
with an "Open" action; the user's click comes back as :attr:`DesktopNotifications.activated`.

Types: the service wants ``Notify(s u s s s as a{sv} i)``. PySide turns a Python int into a
D-Bus ``int32``, and real notification services refuse an ``int32`` where the ``uint32`` id
belongs. QtDBus types a call by the interface's introspection, and builds an interface's typed
description once per connection from the first introspection of that interface name: this
module answers that first introspection itself (from its own object, with the types the
specification gives and the Qt type of ``a{sv}``), so ``Notify`` is called with the right
types. If Qt ever stops doing so, the service is treated as absent and the tray is used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusVirtualObject

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
TYPES_PATH = "/icp_desktop/notification_types"
NOTIFY = "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
CALL_TIMEOUT_MS = 5000
OPEN_ACTION = "default"  # the notification's body: clicking it opens the change
SIGNAL_SLOTS = (  # the service's signals, and the worker's slots that receive them
    ("ActionInvoked", "on_action_invoked(uint,QString)"),
    ("NotificationClosed", "on_closed(uint,uint)"),
)

INTERFACE_XML = f"""<interface name="{INTERFACE}">
  <method name="Notify">
    <arg name="app_name" type="s" direction="in"/>
    <arg name="replaces_id" type="u" direction="in"/>
    <arg name="app_icon" type="s" direction="in"/>
    <arg name="summary" type="s" direction="in"/>
    <arg name="body" type="s" direction="in"/>
    <arg name="actions" type="as" direction="in"/>
    <arg name="hints" type="a{{sv}}" direction="in"/>
    <annotation name="org.qtproject.QtDBus.QtTypeName.In6" value="QVariantMap"/>
    <arg name="expire_timeout" type="i" direction="in"/>
    <arg name="id" type="u" direction="out"/>
  </method>
  <method name="GetCapabilities"><arg type="as" direction="out"/></method>
</interface>
"""


class _InterfaceTypes(QDBusVirtualObject):
    """Answers the introspection of the notification interface with its typed description."""

    def introspect(self, path: str) -> str:
        return INTERFACE_XML

    def handleMessage(self, message: Any, connection: Any) -> bool:
        return False


class _Worker(QObject):
    """Owns the D-Bus connection and interface on the notification thread."""

    ready = Signal(bool, str)  # available, the service's name or why not
    shown = Signal(int, int)  # key, notification id
    failed = Signal(int, str)  # key, reason
    action_invoked = Signal(int, str)  # notification id, action key
    closed = Signal(int)  # notification id

    def __init__(self, address: str | None, app_name: str, icon: str) -> None:
        super().__init__()
        self._address = address
        self._app_name = app_name
        self._icon = icon
        self._connection: QDBusConnection | None = None
        self._interface: QDBusInterface | None = None
        self._types: _InterfaceTypes | None = None

    @Slot()
    def start(self) -> None:
        try:
            self.ready.emit(*self._connect())
        except Exception as exc:  # no D-Bus at all must not take the app down
            log.info("desktop notifications unavailable: %r", exc)
            self.ready.emit(False, str(exc))

    def _connect(self) -> tuple[bool, str]:
        if self._address:
            connection = QDBusConnection.connectToBus(self._address, f"icp-notify-{id(self)}")
        else:
            connection = QDBusConnection.sessionBus()
        if not connection.isConnected():
            return False, "no session bus"
        self._connection = connection
        self._types = _InterfaceTypes()
        connection.registerVirtualObject(TYPES_PATH, self._types)
        typed = QDBusInterface(connection.baseService(), TYPES_PATH, INTERFACE, connection)
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, connection)
        interface.setTimeout(CALL_TIMEOUT_MS)
        meta = interface.metaObject()
        if not typed.isValid() or meta.indexOfMethod(NOTIFY) < 0:
            return False, "the Notify call cannot be typed"
        reply = interface.call("GetCapabilities")
        if reply.errorName():
            return False, reply.errorMessage() or reply.errorName()
        self._interface = interface
        self._hook_signals(connection.connect)
        capabilities = [str(c) for c in (reply.arguments() or [[]])[0]]
        return True, " ".join(capabilities)

    def _hook_signals(self, hook: Callable[..., bool]) -> None:
        """Connect (``connection.connect``) or disconnect (``connection.disconnect``) the
        service's signals and this worker's slots."""
        for name, slot in SIGNAL_SLOTS:
            hook(SERVICE, PATH, INTERFACE, name, self, SLOT(slot))

    @Slot(int, str, str, str)
    def notify(self, key: int, title: str, body: str, action_text: str) -> None:
        if self._interface is None:
            self.failed.emit(key, "not connected")
            return
        try:
            notification_id = QMetaObject.invokeMethod(
                self._interface,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, self._app_name),
                Q_ARG("uint", 0),
                Q_ARG(str, self._icon),
                Q_ARG(str, title),
                Q_ARG(str, body),
                Q_ARG("QStringList", [OPEN_ACTION, action_text]),
                Q_ARG("QVariantMap", {"desktop-entry": "icp-desktop"}),
                Q_ARG(int, -1),
            )
        except RuntimeError as exc:
            self.failed.emit(key, str(exc))
            return
        error = self._interface.lastError()
        if error.isValid() or not notification_id:
            self.failed.emit(key, error.message() or "no notification id")
            return
        self.shown.emit(key, int(notification_id))  # type: ignore[call-overload]

    @Slot("uint", str)
    def on_action_invoked(self, notification_id: int, action: str) -> None:
        self.action_invoked.emit(int(notification_id), str(action))

    @Slot("uint", "uint")
    def on_closed(self, notification_id: int, _reason: int) -> None:
        self.closed.emit(int(notification_id))

    @Slot()
    def stop(self) -> None:
        # A connection is closed and destroyed later on Qt's D-Bus thread. Whatever still
        # links it to an object made here (this worker receiving the service's signals, the
        # registered types object) is undone there, by calling into the Python object — gone
        # by then, or waiting for the interpreter this thread holds: a crash or a hang. So
        # every link is cut here, on this thread, before the connection goes.
        if self._connection is not None:
            if self._interface is not None:
                self._hook_signals(self._connection.disconnect)
            self._connection.unregisterObject(TYPES_PATH)
            if self._types is not None:
                # unregistering leaves the connection's watch on its destruction in place
                self._types.destroyed.disconnect()
            if self._address:
                QDBusConnection.disconnectFromBus(self._connection.name())
        self._interface = None
        self._connection = None
        self._types = None


class DesktopNotifications(QObject):
    """Sends notifications to the desktop's notification service; see the module docstring.

    Args:
        address: a D-Bus address (tests: a private bus); None for the session bus.
        app_name, icon: shown by the service beside each notification.

    Signals:
        availability(bool): the service answered (True) or is absent (False).
        activated(int): the user clicked the notification sent with this key.
        failed(int): the notification with this key could not be shown.

    Attributes:
        available: None until the service answered or was found absent.
    """

    availability = Signal(bool)
    activated = Signal(int)
    failed = Signal(int)
    _send = Signal(int, str, str, str)
    _stop = Signal()

    def __init__(
        self,
        address: str | None = None,
        *,
        app_name: str = "ICP Desktop",
        icon: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.available: bool | None = None
        self.capabilities: list[str] = []
        self._keys: dict[int, int] = {}  # notification id -> key
        self._thread = QThread()
        self._thread.setObjectName("desktop-notifications")
        self._worker = _Worker(address, app_name, icon)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        self._thread.finished.connect(self._worker.deleteLater)
        self._send.connect(self._worker.notify)
        self._stop.connect(self._worker.stop, Qt.ConnectionType.BlockingQueuedConnection)
        self._worker.ready.connect(self._on_ready)
        self._worker.shown.connect(self._on_shown)
        self._worker.failed.connect(self._on_failed)
        self._worker.action_invoked.connect(self._on_action_invoked)
        self._worker.closed.connect(self._on_closed)

    def start(self) -> None:
        self._thread.start()

    def send(self, key: int, title: str, body: str, action_text: str) -> None:
        """Show one notification (never replacing another); ``key`` names it in the signals."""
        self._send.emit(key, title, body, action_text)

    def stop(self) -> None:
        if self._thread.isRunning():
            self._stop.emit()
            self._thread.quit()
            self._thread.wait(3000)

    def _on_ready(self, available: bool, detail: str) -> None:
        self.available = available
        if available:
            self.capabilities = detail.split()
            log.info("desktop notifications through D-Bus (%s)", detail)
        else:
            log.info(
                "no desktop notification service (%s): the tray or the in-app list "
                "shows notifications",
                detail,
            )
        self.availability.emit(available)

    def _on_shown(self, key: int, notification_id: int) -> None:
        self._keys[notification_id] = key

    def _on_failed(self, key: int, reason: str) -> None:
        log.info("a desktop notification could not be shown: %s", reason)
        self.failed.emit(key)

    def _on_action_invoked(self, notification_id: int, _action: str) -> None:
        key = self._keys.get(notification_id)
        if key is not None:
            self.activated.emit(key)

    def _on_closed(self, notification_id: int) -> None:
        self._keys.pop(notification_id, None)
