"""The GUI's gateway to the filing service: calls run on worker threads, answers come by signal.

Pages never touch the network, the disk or the keyring: they ask ``backend.call(fn, on_ok,
on_err)``, where ``fn`` gets the service client on the network worker thread, or
``backend.run(fn, ...)`` for a disk or keyring job on the I/O worker thread; each returns a
:class:`~icp_desktop.ui.calls.Call` whose answer reaches ``on_ok``/``on_err`` on the GUI
thread. A service call is bound when it is made to the session of that moment; ending the
session cancels every call it made (one not yet sent is never sent). ``requests`` is imported
on the worker thread, after the first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from icp_desktop.client.errors import ApiError, AuthRequired, TlsError, Unavailable
from icp_desktop.domain.clock import Clock, SystemClock
from icp_desktop.ui.call_worker import CallWorker
from icp_desktop.ui.calls import Call, Identity, Job, callback_owner, is_within

if TYPE_CHECKING:
    from pathlib import Path

    from icp_desktop.client.interface import FilingApi
    from icp_desktop.client.models import Account
    from icp_desktop.ui.paths import AppPaths

log = logging.getLogger(__name__)

T = TypeVar("T")
OnOk = Callable[[T], object]
OnErr = Callable[[ApiError], object]


class _WorkerThread(QObject):
    """One worker and the ``QThread`` it lives on, started by its first call."""

    submit = Signal(object)

    def __init__(self, name: str, on_answer: Callable[[Job, Any, Any], None]) -> None:
        super().__init__()
        self.qthread = QThread()
        self.qthread.setObjectName(f"{name}-worker")
        self.worker = CallWorker(name)
        self.worker.moveToThread(self.qthread)
        self.submit.connect(self.worker.run)
        self.worker.answered.connect(on_answer)
        self.qthread.finished.connect(self.worker.deleteLater)
        self.started = False

    def send(self, job: Job) -> None:
        if not self.started:
            self.started = True
            self.qthread.start()
        self.submit.emit(job)

    def stop(self, timeout_ms: int) -> bool:
        self.qthread.quit()
        return bool(self.qthread.wait(timeout_ms)) if self.started else True


class Backend(QObject):
    """Owns the worker threads, the session (server, token, account) and the calls out.

    Signals:
        busy_changed(bool): True while at least one call is out.
        auth_expired(): a call of the current session was refused with 401.
        connection_state(str): ``"online"``, ``"offline"`` or ``"tls_error"``.
        server_changed(str): the service's URL is known (or changed).

    It is the :class:`~icp_desktop.ui.page_backend.PageBackend` the pages take.

    Attributes:
        account: the signed-in account, or None.
        demo: True when the server is the demo (embedded or ``--demo``) service.
        paths: the app's directories when known; pages keep local files (drafts) there.
        clock: the app's "now" (the wall clock, or the moment ``--now``/``ICP_NOW`` pins).
    """

    busy_changed = Signal(bool)
    auth_expired = Signal()
    connection_state = Signal(str)
    server_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base_url: str | None = None
        self._verify: bool | str = True
        self._token: str | None = None
        self.account: Account | None = None
        self.demo = False
        self.paths: AppPaths | None = None
        self.clock: Clock = SystemClock()
        self._pending: list[Call[Any]] = []
        # every job a worker has been given and not yet answered, with its call: the call (a
        # Qt object) and the job's function are let go of here, on the GUI thread
        self._sent: dict[Job, Call[Any]] = {}
        self._state = ""
        self._api = _WorkerThread("api", self._on_answered)
        self._io = _WorkerThread("io", self._on_answered)

    # --- session ----------------------------------------------------------------------------

    @property
    def server_url(self) -> str | None:
        return self._base_url

    @property
    def verify(self) -> bool | str:
        return self._verify

    @property
    def token(self) -> str | None:
        return self._token

    @property
    def role(self) -> str | None:
        return self.account.role.value if self.account else None

    @property
    def data_dir(self) -> Path | None:
        return self.paths.data if self.paths is not None else None

    @property
    def identity(self) -> Identity:
        """Who a service call made now is made as."""
        account_id = self.account.id if self.account else None
        return Identity(self._base_url, self._verify, self._token, account_id)

    def identity_for(self, token: str | None, account_id: int | None = None) -> Identity:
        """Calls on this server as the holder of ``token`` (a remembered or a revoked one)."""
        return Identity(self._base_url, self._verify, token, account_id)

    def set_server(self, base_url: str, verify: bool | str = True) -> None:
        self._base_url = base_url.rstrip("/")
        self._verify = verify
        self.server_changed.emit(self._base_url)

    def set_session(self, token: str | None, account: Account | None) -> None:
        """Make later calls as ``account`` with ``token``; the calls of a session that ends
        here are cancelled (see :meth:`end_session`)."""
        if self._token is not None and token != self._token:
            self.end_session()
        self._token = token
        self.account = account

    def end_session(self) -> int:
        """Sign out here: cancel every call the session made (the pages that asked are
        going), so none of them goes out after it; returns how many."""
        token = self._token
        doomed = [
            c
            for c in self._pending
            if c.identity is not None and token is not None and c.identity.token == token
        ]
        for call in doomed:
            call.cancel()
        self._token = None
        self.account = None
        return len(doomed)

    # --- calls ------------------------------------------------------------------------------

    def call(
        self,
        fn: Callable[[FilingApi], T],
        on_ok: OnOk[T] | None = None,
        on_err: OnErr | None = None,
        *,
        owner: QObject | None = None,
        identity: Identity | None = None,
    ) -> Call[T]:
        """Run ``fn(client)`` on the network worker, as this session (or ``identity``);
        ``on_ok``/``on_err`` run on the GUI thread unless ``owner`` (by default the object
        the callback belongs to) was deleted meanwhile."""
        return self._submit(
            Call.to_service(fn, identity or self.identity, _owner(owner, on_ok)), on_ok, on_err
        )

    def run(
        self,
        fn: Callable[[], T],
        on_ok: OnOk[T] | None = None,
        on_err: OnErr | None = None,
        *,
        owner: QObject | None = None,
    ) -> Call[T]:
        """Run ``fn()`` (disk or keyring work, no service call) on the I/O worker."""
        return self._submit(Call.local(fn, _owner(owner, on_ok)), on_ok, on_err)

    def cancel_within(self, ancestor: QObject) -> int:
        """Cancel every call owned by ``ancestor`` or its descendants (a page going away);
        returns how many."""
        doomed = [c for c in self._pending if c.owner is not None and is_within(c.owner, ancestor)]
        for call in doomed:
            call.cancel()
        return len(doomed)

    def pending_owners(self) -> list[QObject | None]:
        return [call.owner for call in self._pending]

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _submit(self, call: Call[T], on_ok: OnOk[T] | None, on_err: OnErr | None) -> Call[T]:
        call.then(on_ok, on_err)
        call._on_cancel = self._forget
        was_idle = not self._pending
        self._pending.append(call)
        if was_idle:
            self.busy_changed.emit(True)
        self._sent[call.job] = call
        (self._api if call.is_service_call else self._io).send(call.job)
        return call

    def _forget(self, call: Call[Any]) -> None:
        if call in self._pending:
            self._pending.remove(call)
            if not self._pending:
                self.busy_changed.emit(False)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.connection_state.emit(state)

    @Slot(object, object, object)
    def _on_answered(self, job: Job, result: Any, error: ApiError | None) -> None:
        call = self._sent.pop(job, None)
        job.release()
        if call is None or call.cancelled:
            return  # cancelled before or while it ran: nobody waits for the answer
        self._forget(call)
        call.finish()
        if error is not None and call.is_service_call:
            self._note_failure(call, error)
        if not call.owner_alive():
            log.debug("a call's owner was deleted; the answer is dropped")
            return
        if error is None:
            if call.is_service_call:
                self._set_state("online")
            call.succeeded.emit(result)
        elif call.has_error_handler:
            call.failed.emit(error)
        else:
            log.warning("call failed: %r", error)

    def _note_failure(self, call: Call[Any], error: ApiError) -> None:
        if isinstance(error, TlsError):
            self._set_state("tls_error")
        elif isinstance(error, Unavailable) and error.status == 0:
            self._set_state("offline")
        elif error.status:
            self._set_state("online")
        # Only the session's own calls speak for it: a refused token of another (earlier,
        # or one being revoked) says nothing about the one in use.
        identity = call.identity
        if (
            isinstance(error, AuthRequired)
            and self.account is not None
            and identity is not None
            and identity.token == self._token
        ):
            self.auth_expired.emit()

    # --- lifetime ---------------------------------------------------------------------------

    def threads(self) -> list[QThread]:
        """The worker threads: the network one, then the disk and keyring one."""
        return [self._api.qthread, self._io.qthread]

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel every call, abort the one in flight and stop both worker threads."""
        for call in list(self._pending):
            call.cancel()
        self._api.worker.abort()
        api_stopped = self._api.stop(timeout_ms)
        io_stopped = self._io.stop(timeout_ms)
        if api_stopped and io_stopped:  # no worker holds a job any more
            for job in self._sent:
                job.release()
            self._sent.clear()
        return api_stopped and io_stopped


def _owner(owner: QObject | None, on_ok: Callable[..., object] | None) -> QObject | None:
    if owner is not None:
        return owner
    return callback_owner(on_ok) if on_ok is not None else None
