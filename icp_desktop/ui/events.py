"""Service events by long-polling ``/v1/events`` on a thread of their own.

The poller keeps one request open (``wait=25``), so an outcome recorded on the service reaches
the app within moments with no busy polling. Its cursor is saved per server and account after
every batch, so a restart picks up exactly where the last run stopped. On a fresh machine the
backlog is skipped (moved past without notifying). Lost connections are retried after pauses
drawn at random below an exponential ceiling capped at 30 seconds (full jitter, see
:mod:`icp_desktop.client.backoff`): after a service restart, thousands of apps come back spread
over seconds, not all in the same one. The cursor is kept across the outage, so the app
resumes exactly after the last event it had.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from icp_desktop.client import backoff as backoff_policy
from icp_desktop.client.errors import ApiError, AuthRequired, Unavailable
from icp_desktop.ui.files import atomic_write, read_json

if TYPE_CHECKING:
    from icp_desktop.client.api import ApiClient

log = logging.getLogger(__name__)

BACKOFF_START = backoff_policy.START
BACKOFF_CAP = backoff_policy.CAP


def cursor_file(data_dir: Path, server_url: str, account_id: int) -> Path:
    """Where the event cursor of one account on one server is kept."""
    server = hashlib.sha256(server_url.rstrip("/").encode()).hexdigest()[:12]
    return data_dir / "events" / f"{server}-{account_id}.json"


class EventPoller(QObject):
    """Long-polls the service for the signed-in account's events.

    Signals:
        events_received(list): a batch of :class:`~icp_desktop.client.event_models.Event`,
            oldest first.
        state_changed(str): ``"online"`` or ``"reconnecting"``.
        ready(): the first poll answered (the cursor is known); events after now will come.
        auth_expired(): the token was refused; the poller stopped.
    """

    events_received = Signal(list)
    state_changed = Signal(str)
    ready = Signal()
    auth_expired = Signal()

    def __init__(
        self,
        base_url: str,
        token: str,
        cursor_path: Path,
        *,
        verify: bool | str = True,
        wait: float = 25.0,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__()
        self.base_url = base_url
        self.token = token
        self.verify = verify
        self.cursor_path = cursor_path
        self.wait = wait
        self.rng = rng  # the jitter's source; tests may fix it
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._client: ApiClient | None = None

    def stop(self) -> None:
        """Ask the loop to end and break the request in flight; safe from any thread."""
        self._stop.set()
        with self._lock:
            if self._client is not None:
                self._client.abort()

    def _load_cursor(self) -> str | None:
        data = read_json(self.cursor_path)
        cursor = data.get("cursor") if isinstance(data, dict) else None
        return str(cursor) if cursor is not None else None

    def _save_cursor(self, cursor: str) -> None:
        try:
            atomic_write(self.cursor_path, json.dumps({"cursor": cursor}))
        except OSError:
            log.warning("could not save the event cursor to %s", self.cursor_path)

    @Slot()
    def run(self) -> None:
        from icp_desktop.client.api import ApiClient

        client = ApiClient(self.base_url, token=self.token, verify=self.verify, retries=0)
        with self._lock:
            self._client = client
            if self._stop.is_set():
                client.abort()
        try:
            self._loop(client)
        finally:
            client.close()

    def _loop(self, client: ApiClient) -> None:
        cursor = self._load_cursor()
        catching_up = cursor is None  # a fresh machine: skip history, notify only what is new
        backoff = backoff_policy.Backoff(BACKOFF_START, BACKOFF_CAP, self.rng)
        announced = False
        state = ""
        while not self._stop.is_set():
            try:
                # a quick answer first while catching up or reconnecting: it says at once that
                # the connection is back (a long-poll would answer only after its wait)
                quick = catching_up or state != "online"
                batch = client.events(after=cursor, wait=0 if quick else self.wait)
            except AuthRequired:
                if not self._stop.is_set():
                    self.auth_expired.emit()
                return
            except Unavailable as exc:
                if self._stop.is_set():
                    return
                if state != "reconnecting":
                    state = "reconnecting"
                    self.state_changed.emit(state)
                pause = backoff.next_pause()
                log.info("event poll failed (%s); retrying in %.1f s", exc.title, pause)
                self._stop.wait(pause)
                continue
            except ApiError as exc:
                log.warning("event poll refused: %r", exc)
                self._stop.wait(backoff.next_pause())
                continue
            backoff.reset()
            if state != "online":
                state = "online"
                self.state_changed.emit(state)
            items = list(batch.items)
            new_cursor = batch.cursor or cursor or ""
            if catching_up:
                if not items:
                    catching_up = False
            elif items and not self._stop.is_set():
                self.events_received.emit(items)
            if new_cursor and new_cursor != cursor:
                cursor = new_cursor
                self._save_cursor(cursor)
            if not catching_up and not announced:
                announced = True
                self.ready.emit()


class PollerThread(QObject):
    """Owns one :class:`EventPoller` and its ``QThread``; start once, stop once."""

    def __init__(self, poller: EventPoller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.poller = poller
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("event-poller")
        poller.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(poller.run)
        self.worker_thread.finished.connect(poller.deleteLater)

    def start(self) -> None:
        self.worker_thread.start()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Stop polling and wait for the thread to end; True when it did."""
        self.poller.stop()
        self.worker_thread.quit()
        return self.join(timeout_ms)

    def join(self, timeout_ms: int) -> bool:
        """Wait (after :meth:`stop`) for the thread to end; True when it did."""
        return bool(self.worker_thread.wait(timeout_ms))

    @property
    def running(self) -> bool:
        return bool(self.worker_thread.isRunning())
