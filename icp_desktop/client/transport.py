"""A requests transport whose in-flight requests can be aborted from another thread.

A worker thread blocked in ``recv`` on a slow server would keep the app from quitting until
the read timeout. The adapter here remembers the sockets of its open connections so
:meth:`AbortableAdapter.abort` can shut them down: the blocked call then fails at once with a
connection error, and the worker thread can finish.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool


class SocketRegistry:
    """The live sockets of one adapter, guarded by a lock (touched from two threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._aborted = False

    def add(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if not self._aborted:
                self._sockets.add(sock)
                return
        # connected after an abort (the request had started just before): end it at once
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def discard(self, sock: socket.socket | None) -> None:
        if sock is not None:
            with self._lock:
                self._sockets.discard(sock)

    def shutdown_all(self) -> None:
        """Shut down every open socket, and any opened later."""
        with self._lock:
            self._aborted = True
            sockets = list(self._sockets)
            self._sockets.clear()
        for sock in sockets:
            with contextlib.suppress(OSError):  # already closed or never connected
                sock.shutdown(socket.SHUT_RDWR)


def _tracked_pool_classes(registry: SocketRegistry) -> dict[str, type[Any]]:
    """Pool classes whose connections report their sockets to ``registry``."""

    def make_conn(base: type[HTTPConnection]) -> type[HTTPConnection]:
        def connect(self: HTTPConnection) -> None:
            base.connect(self)
            registry.add(self.sock)

        def close(self: HTTPConnection) -> None:
            registry.discard(self.sock)
            base.close(self)

        return type(f"Tracked{base.__name__}", (base,), {"connect": connect, "close": close})

    http_pool = type(
        "TrackedHTTPConnectionPool",
        (HTTPConnectionPool,),
        {"ConnectionCls": make_conn(HTTPConnection)},
    )
    https_pool = type(
        "TrackedHTTPSConnectionPool",
        (HTTPSConnectionPool,),
        {"ConnectionCls": make_conn(HTTPSConnection)},
    )
    return {"http": http_pool, "https": https_pool}


class AbortableAdapter(HTTPAdapter):
    """An HTTPAdapter whose open connections can be shut down from any thread."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.registry = SocketRegistry()
        super().__init__(*args, **kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _tracked_pool_classes(self.registry)

    def abort(self) -> None:
        """Make every request in flight on this adapter, and every later one, fail now."""
        self.registry.shutdown_all()
