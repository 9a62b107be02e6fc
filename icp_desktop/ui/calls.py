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


class Job:
    """What a worker thread gets of a call: the job and who it runs as, and no Qt object.

    A :class:`Call` is a ``QObject`` of the GUI thread and never leaves it: a Qt object
    destroyed on another thread (the worker dropping the last reference to it) races the GUI
    thread's event loop and can bring the app down. The backend keeps every job it sent until
    the worker has answered it, and drops the function (a closure that may hold a page) on the
    GUI thread, so nothing the worker lets go of can hold a Qt object.
    """

    __slots__ = ("_cancelled", "identity", "local_fn", "service_fn")

    def __init__(
        self,
        identity: Identity | None,
        service_fn: Callable[[FilingApi], object] | None = None,
        local_fn: Callable[[], object] | None = None,
    ) -> None:
        self.identity = identity
        self.service_fn = service_fn
        self.local_fn = local_fn
        self._cancelled = threading.Event()  # set on the GUI thread, read by the worker

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Nobody waits for the answer: a worker that has not begun it skips it."""
        self._cancelled.set()

    def run(self, api: FilingApi | None) -> object:
        """Run the job (on a worker thread): a service call's with ``api``."""
        if self.service_fn is not None:
            if api is None:
                raise ValueError("a service call needs the service's client")
            return self.service_fn(api)
        if self.local_fn is not None:
            return self.local_fn()
        raise ValueError("this job was let go of before it ran")

    def release(self) -> None:
        """Let go of the function (on the GUI thread, once no worker can still run it)."""
        self.service_fn = self.local_fn = None


class Call(QObject, Generic[T]):
    """One job for a worker thread and its answer, made and answered on the GUI thread.

    A service call's job gets the service client bound to ``identity``; a disk or keyring
    job (no ``identity``) gets nothing. The worker gets only :attr:`job`; the call itself,
    its signals and its callbacks stay on the GUI thread.

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
        self.owner = owner
        if (service_job is None) == (local_job is None):
            raise ValueError("a call runs exactly one job: a service job or a local one")
        if service_job is not None and identity is None:
            raise ValueError("a service call is made as an identity")
        self.job = Job(identity if service_job is not None else None, service_job, local_job)
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

    @property
    def identity(self) -> Identity | None:
        return self.job.identity

    @property
    def is_service_call(self) -> bool:
        return self.job.identity is not None

    @property
    def cancelled(self) -> bool:
        return self.job.cancelled

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
        self.job.cancel()
        if self._on_cancel is not None:
            self._on_cancel(self)

    def owner_alive(self) -> bool:
        return is_alive(self.owner)

    def finish(self) -> None:
        """The answer is in (the backend emits it next)."""
        self._done = True
