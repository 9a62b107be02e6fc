"""The account's notifications across sign-ins: its outcome events from the service, and which
of them were read, remembered on this computer per server and account.

Runs on the worker thread (service calls and disk I/O). The first time an account signs in
on this computer, what happened before counts as read: only later outcomes are bold.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from icp_desktop.ui.files import atomic_write, read_json

if TYPE_CHECKING:
    from icp_desktop.client.event_models import Event
    from icp_desktop.client.interface import FilingApi

log = logging.getLogger(__name__)

MAX_BATCHES = 100  # 200 events each: a filer's whole history, bounded


def read_state_file(data_dir: Path, server_url: str, account_id: int) -> Path:
    server = hashlib.sha256(server_url.rstrip("/").encode()).hexdigest()[:12]
    return data_dir / "notifications" / f"{server}-{account_id}.json"


class ReadState:
    """Which notifications (by event id) were read: all up to ``baseline``, and ``read``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _load(self) -> dict[str, Any] | None:
        data = read_json(self.path)
        return data if isinstance(data, dict) else None

    def read_ids(self, event_ids: list[int]) -> set[int]:
        """The ids among ``event_ids`` that count as read; the first time, all of them."""
        with self._lock:
            data = self._load()
            if data is None:
                self._save({"baseline": max(event_ids, default=0), "read": []})
                return set(event_ids)
            baseline = int(data.get("baseline") or 0)
            read = {int(i) for i in data.get("read") or []}
            return {i for i in event_ids if i <= baseline or i in read}

    def mark_read(self, event_id: int) -> None:
        with self._lock:
            data = self._load() or {"baseline": 0, "read": []}
            read = {int(i) for i in data.get("read") or []}
            read.add(int(event_id))
            data["read"] = sorted(read)
            self._save(data)

    def _save(self, data: dict[str, Any]) -> None:
        try:
            atomic_write(self.path, json.dumps(data))
        except OSError:
            log.warning("could not remember read notifications in %s", self.path)


def fetch_history(
    api: FilingApi, state: ReadState, kinds: frozenset[str]
) -> tuple[list[Event], set[int]]:
    """The account's events of ``kinds`` from the start, oldest first, and the read ones."""
    events: list[Event] = []
    cursor: str | None = "0"
    for _ in range(MAX_BATCHES):
        batch = api.events(after=cursor, wait=0)
        events.extend(e for e in batch.items if e.kind in kinds)
        if not batch.items or not batch.cursor or batch.cursor == cursor:
            break
        cursor = batch.cursor
    return events, state.read_ids([e.id for e in events])
