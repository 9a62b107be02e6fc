"""The GUI's gateway to the filing service: calls run on a worker thread, results come by signal.

Pages never touch the network: they call ``backend.call(fn, on_ok, on_err)`` where ``fn`` gets the
:class:`~icp_desktop.client.api.ApiClient` on the worker thread, and ``on_ok``/``on_err`` run later
on the GUI thread. ``requests`` is imported on the worker thread, after the first paint.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from icp_desktop.client.errors import ApiError, AuthRequired, TlsError, Unavailable
from icp_desktop.domain.clock import Clock, SystemClock

if TYPE_CHECKING:
    from icp_desktop.client.api import ApiClient

log = logging.getLogger(__name__)

OnOk = Callable[[Any], None]
OnErr = Callable[[ApiError], None]


def callback_owner(callback: Callable[..., Any]) -> QObject | None:
    """The Qt object a callback belongs to: a bound method's object, or the first ``QObject``
    a closure (a lambda in a method) holds. Its answer is dropped once that object is gone."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        return owner
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        if isinstance(value, QObject):
            return value
    return None


def is_alive(obj: QObject | None) -> bool:
    from shiboken6 import isValid

    return obj is None or bool(isValid(obj))


def is_within(obj: QObject | None, ancestor: QObject) -> bool:
    """True when ``obj`` is ``ancestor`` or one of its descendants (and not yet deleted)."""
    while obj is not None and is_alive(obj):
        if obj is ancestor:
            return True
        obj = obj.parent()
    return False


class ClientConfig:
    """Where and as whom to call; shared by the GUI thread (writes) and workers (reads)."""

    def __init__(self) -> None:
        self.base_url: str | None = None
        self.token: str | None = None
        self.verify: bool | str = True
        self.aborted = threading.Event()

    def make_client(self) -> ApiClient:
        from icp_desktop.client.api import ApiClient  # heavy import: off the GUI thread

        if not self.base_url:
            raise Unavailable(0, "No server configured yet", code="no_server")
        client = ApiClient(self.base_url, token=self.token, verify=self.verify)
        if self.aborted.is_set():
            client.abort()
        return client


class ApiWorker(QObject):
    """Runs jobs one after another on its own thread and reports each result by id.

    Signals:
        succeeded(int, object): the job's id and its result.
        failed(int, object): the job's id and an :class:`ApiError`.
    """

    succeeded = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, config: ClientConfig) -> None:
        super().__init__()
        self._config = config
        self._client: ApiClient | None = None
        self._client_key: tuple[str | None, bool | str] | None = None
        self._lock = threading.Lock()
        # Ids the GUI thread cancelled: such a job is skipped if it has not started yet, so a
        # slow service is not asked again for answers nobody waits for.
        self.cancelled: set[int] = set()

    def client(self) -> ApiClient:
        key = (self._config.base_url, self._config.verify)
        if self._client is None or key != self._client_key:
            if self._client is not None:
                self._client.close()
            client = self._config.make_client()
            with self._lock:
                self._client, self._client_key = client, key
        assert self._client is not None
        self._client.token = self._config.token
        return self._client

    def abort(self) -> None:
        """Fail the job in flight now; called from the GUI thread on quit."""
        with self._lock:
            if self._client is not None:
                self._client.abort()

    @Slot(int, object, bool)
    def run(self, request_id: int, fn: Callable[..., Any], with_client: bool) -> None:
        if request_id in self.cancelled:
            self.cancelled.discard(request_id)
            return
        try:
            result = fn(self.client()) if with_client else fn()
        except ApiError as exc:
            self.failed.emit(request_id, exc)
        except Exception as exc:  # a bug or an OS error must not kill the worker thread
            log.warning("job %s failed: %r", request_id, exc,
                        exc_info=log.isEnabledFor(logging.DEBUG))
            self.failed.emit(request_id, ApiError(0, "Unexpected error", detail=str(exc)))
        else:
            self.succeeded.emit(request_id, result)


class Backend(QObject):
    """Owns the worker thread, the session (token, account) and the in-flight calls.

    Signals:
        busy_changed(bool): True while at least one call is in flight.
        auth_expired(): a call was refused with 401 while signed in.
        connection_state(str): ``"online"``, ``"offline"`` or ``"tls_error"``.

    Attributes:
        account: the signed-in account (``{id, username, role, …}``) or None.
        demo: True when the server is the demo (embedded or ``--demo``) service.
        paths: the app's directories (:class:`~icp_desktop.ui.paths.AppPaths`) when known;
            pages keep local files (drafts) under ``paths.data``.
        clock: the app's "now" (the wall clock, or the moment ``--now``/``ICP_NOW`` pins).
    """

    busy_changed = Signal(bool)
    auth_expired = Signal()
    connection_state = Signal(str)
    server_changed = Signal(str)
    _dispatch = Signal(int, object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = ClientConfig()
        self.account: dict[str, Any] | None = None
        self.demo = False
        self.paths: Any = None
        self.clock: Clock = SystemClock()
        self._next_id = 0
        # id -> (on_ok, on_err, owner): the owner's deletion drops the answer
        self._pending: dict[int, tuple[OnOk, OnErr | None, QObject | None]] = {}
        self._state = ""
        self._thread = QThread()
        self._thread.setObjectName("api-worker")
        self._worker = ApiWorker(self.config)
        self._worker.moveToThread(self._thread)
        self._dispatch.connect(self._worker.run)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread_started = False  # started by the first call: not needed for the first paint

    # --- session ----------------------------------------------------------------------------

    @property
    def server_url(self) -> str | None:
        return self.config.base_url

    @property
    def token(self) -> str | None:
        return self.config.token

    def set_server(self, base_url: str, verify: bool | str = True) -> None:
        self.config.base_url = base_url.rstrip("/")
        self.config.verify = verify
        self.server_changed.emit(self.config.base_url)

    def set_session(self, token: str | None, account: dict[str, Any] | None) -> None:
        self.config.token = token
        self.account = account

    @property
    def role(self) -> str | None:
        return str(self.account["role"]) if self.account else None

    # --- calls ------------------------------------------------------------------------------

    def call(self, fn: Callable[[ApiClient], Any], on_ok: OnOk, on_err: OnErr | None = None,
             *, owner: QObject | None = None) -> int:
        """Run ``fn(client)`` on the worker thread; ``on_ok``/``on_err`` run on the GUI thread,
        unless ``owner`` (by default the object the callback belongs to) was deleted."""
        return self._submit(fn, on_ok, on_err, with_client=True, owner=owner)

    def run(self, fn: Callable[[], Any], on_ok: OnOk, on_err: OnErr | None = None,
            *, owner: QObject | None = None) -> int:
        """Run ``fn()`` (disk or keyring I/O, no service call) on the worker thread."""
        return self._submit(fn, on_ok, on_err, with_client=False, owner=owner)

    def cancel_within(self, ancestor: QObject) -> int:
        """Cancel every call owned by ``ancestor`` or its descendants (a page going away);
        returns how many."""
        doomed = [rid for rid, (_ok, _err, owner) in self._pending.items()
                  if owner is not None and is_within(owner, ancestor)]
        for request_id in doomed:
            self.cancel(request_id)
        return len(doomed)

    def pending_owners(self) -> list[QObject | None]:
        return [owner for _ok, _err, owner in self._pending.values()]

    def cancel(self, request_id: int) -> None:
        """Drop the result of a call nobody waits for any more (and skip it if not yet begun)."""
        if self._pending.pop(request_id, None) is not None:
            self._worker.cancelled.add(request_id)
            if not self._pending:
                self.busy_changed.emit(False)

    def cancel_all(self) -> None:
        """Drop every pending result (the session ended; the pages that asked are gone)."""
        if self._pending:
            self._pending.clear()
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _submit(self, fn: Callable[..., Any], on_ok: OnOk, on_err: OnErr | None,
                *, with_client: bool, owner: QObject | None = None) -> int:
        self._next_id += 1
        request_id = self._next_id
        was_idle = not self._pending
        self._pending[request_id] = (on_ok, on_err, owner or callback_owner(on_ok))
        if not self._thread_started:
            self._thread_started = True
            self._thread.start()
        if was_idle:
            self.busy_changed.emit(True)
        self._dispatch.emit(request_id, fn, with_client)
        return request_id

    def _take(self, request_id: int) -> tuple[OnOk, OnErr | None, QObject | None] | None:
        self._worker.cancelled.discard(request_id)  # it ran before the cancel reached it
        callbacks = self._pending.pop(request_id, None)
        if callbacks is not None and not self._pending:
            self.busy_changed.emit(False)
        if callbacks is not None and not is_alive(callbacks[2]):
            log.debug("call %s: its owner was deleted; the answer is dropped", request_id)
            return None
        return callbacks

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.connection_state.emit(state)

    @Slot(int, object)
    def _on_worker_succeeded(self, request_id: int, result: Any) -> None:
        callbacks = self._take(request_id)
        if callbacks is None:
            return
        self._set_state("online")
        callbacks[0](result)

    @Slot(int, object)
    def _on_worker_failed(self, request_id: int, error: ApiError) -> None:
        callbacks = self._take(request_id)
        if callbacks is None:
            return
        if isinstance(error, TlsError):
            self._set_state("tls_error")
        elif isinstance(error, Unavailable) and error.status == 0:
            self._set_state("offline")
        elif error.status:
            self._set_state("online")
        if isinstance(error, AuthRequired) and self.account is not None:
            self.auth_expired.emit()
        on_err = callbacks[1]
        if on_err is not None:
            on_err(error)
        else:
            log.warning("call %s failed: %r", request_id, error)

    # --- lifetime ---------------------------------------------------------------------------

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Drop pending results, abort the call in flight and stop the worker thread."""
        had_pending = bool(self._pending)
        self._pending.clear()
        if had_pending:
            self.busy_changed.emit(False)
        self.config.aborted.set()
        self._worker.abort()
        self._thread.quit()
        return bool(self._thread.wait(timeout_ms))
