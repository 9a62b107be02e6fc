"""A call: one request to the filing service (or one disk or keyring job) as an object.

A :class:`Call` is made by the backend and carries, from that moment on, the
:class:`Identity` it is made as: the server, and the account and token signed in when it was
asked for. The worker that runs it reads the token from the call, never from the session as it
is when the call's turn comes, so a call queued by one account can never go out under another's
token. Its answer comes back as a signal on the GUI thread; a cancelled call that has not begun
is never sent, and the answer of one that had begun is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from icp_desktop.client.errors import ApiError
    from icp_desktop.client.interface import FilingApi

T = TypeVar("T", covariant=True)


@dataclass(frozen=True)
class Identity:
    """Where and as whom a service call is made, fixed when the call is created.

    Attributes:
        base_url: the service root (None: no server known yet; the call then fails).
        verify: ``True`` for the system CA store, or a CA bundle path.
        token: the session token sent with the call (None: not signed in).
        account_id: the signed-in account the token belongs to, if any.
    """

    base_url: str | None
    verify: bool | str = True
    token: str | None = None
    account_id: int | None = None


def callback_owner(callback: object) -> QObject | None:
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


class Call(QObject, Generic[T]):
    """One job for a worker thread and its answer, made and answered on the GUI thread.

    A service call's job gets the service client bound to ``identity``; a disk or keyring
    job (no ``identity``) gets nothing. The worker reads only the job, ``identity`` and whether
    the call was cancelled (:meth:`run_job`); everything else happens on the GUI thread.

    Signals:
        succeeded(object): the job's result.
        failed(object): the :class:`~icp_desktop.client.errors.ApiError` it ended with.

    Attributes:
        owner: the Qt object the answer is for; once it is deleted, the answer is dropped.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        identity: Identity | None,
        owner: QObject | None = None,
        *,
        service_job: Callable[[FilingApi], T] | None = None,
        local_job: Callable[[], T] | None = None,
    ) -> None:
        super().__init__()
        self.identity = identity
        self.owner = owner
        self._service_job = service_job
        self._local_job = local_job
        self._cancelled = threading.Event()  # read by the worker thread
        self._done = False
        self._on_cancel: Callable[[Call[object]], None] | None = None
        self.has_error_handler = False

    @classmethod
    def to_service(
        cls, job: Callable[[FilingApi], T], identity: Identity, owner: QObject | None = None
    ) -> Call[T]:
        """A call of the filing service, made as ``identity``."""
        return cls(identity, owner, service_job=job)

    @classmethod
    def local(cls, job: Callable[[], T], owner: QObject | None = None) -> Call[T]:
        """Disk or keyring work, no service call."""
        return cls(None, owner, local_job=job)

    def run_job(self, api: FilingApi | None) -> T:
        """Run the job (on a worker thread): a service call's with ``api``."""
        if self._service_job is not None:
            if api is None:
                raise ValueError("a service call needs the service's client")
            return self._service_job(api)
        assert self._local_job is not None
        return self._local_job()

    @property
    def is_service_call(self) -> bool:
        return self.identity is not None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def done(self) -> bool:
        """Answered, or cancelled: no signal will come any more."""
        return self._done or self.cancelled

    def then(
        self,
        on_ok: Callable[[T], object] | None = None,
        on_err: Callable[[ApiError], object] | None = None,
    ) -> Call[T]:
        """Connect ``on_ok`` to :attr:`succeeded` and ``on_err`` to :attr:`failed`."""
        if on_ok is not None:
            self.succeeded.connect(on_ok)
        if on_err is not None:
            self.failed.connect(on_err)
            self.has_error_handler = True
        return self

    def cancel(self) -> None:
        """Nobody waits for this answer any more: if the job has not begun it never runs (a
        service call is never sent); if it has, its answer is dropped."""
        if self.done:
            return
        self._cancelled.set()
        if self._on_cancel is not None:
            self._on_cancel(self)

    def owner_alive(self) -> bool:
        return is_alive(self.owner)

    def finish(self) -> None:
        """The answer is in (the backend emits it next)."""
        self._done = True
