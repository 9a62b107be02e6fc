"""The worker threads' side of a call: run its job, report the result or the error.

Two workers exist: one for service calls (it owns the HTTP client, and gives each call the
token the call was made with) and one for disk and keyring jobs, so a keyring that waits for
the user to unlock it never holds up a request to the service.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from icp_desktop.client.errors import ApiError, Unavailable
from icp_desktop.ui.calls import Identity, Job

if TYPE_CHECKING:
    from icp_desktop.client.api import ApiClient
    from icp_desktop.client.interface import FilingApi

log = logging.getLogger(__name__)


class CallWorker(QObject):
    """Runs calls one after another on its own thread (it is moved there).

    Args:
        name: ``api`` runs service calls, each with a client bound to the call's identity;
            anything else runs jobs that take no arguments (disk, keyring).

    Signals:
        answered(object, object, object): the job, its result and its error (one is None);
            a job cancelled before its turn is answered too, with neither (it never ran).
    """

    answered = Signal(object, object, object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._client: ApiClient | None = None
        self._client_key: tuple[str, bool | str] | None = None
        self._lock = threading.Lock()
        self._aborted = threading.Event()

    def client_for(self, identity: Identity) -> ApiClient:
        """The HTTP client for ``identity``'s server (kept while the server stays the same),
        carrying ``identity``'s token for this call."""
        from icp_desktop.client.api import ApiClient  # heavy import: off the GUI thread

        if not identity.base_url:
            raise Unavailable(0, "No server configured yet", code="no_server")
        key = (identity.base_url, identity.verify)
        if self._client is None or key != self._client_key:
            if self._client is not None:
                self._client.close()
            client = ApiClient(identity.base_url, verify=identity.verify)
            with self._lock:
                self._client, self._client_key = client, key
                if self._aborted.is_set():
                    client.abort()
        assert self._client is not None
        self._client.token = identity.token
        return self._client

    def abort(self) -> None:
        """Fail the service call in flight now, and every later one; from any thread."""
        with self._lock:
            self._aborted.set()
            if self._client is not None:
                self._client.abort()

    @Slot(object)
    def run(self, job: Job) -> None:
        if job.cancelled:
            # nobody waits for it (a service call is never sent); the answer lets the GUI
            # thread let go of it
            self.answered.emit(job, None, None)
            return
        result: Any = None
        error: ApiError | None = None
        try:
            api: FilingApi | None = None
            if job.identity is not None:
                api = self.client_for(job.identity)  # (the client is one)
            result = job.run(api)
        except ApiError as exc:
            # without the frames it passed through: they may hold the page that asked, which
            # must not be let go of on this thread
            error = exc.with_traceback(None)
        except Exception as exc:  # a bug or an OS error must not kill the worker thread
            log.warning(
                "%s job failed: %r", self.name, exc, exc_info=log.isEnabledFor(logging.DEBUG)
            )
            error = ApiError(0, "Unexpected error", detail=str(exc))
        self.answered.emit(job, result, error)
