"""Local drafts of Change Access edits, so nothing typed is lost to a crash or a failed submit.

One JSON file per account and website in the user data directory. Every write is atomic
(:func:`icp_desktop.ui.files.atomic_write`), so a crash mid-write leaves the previous draft intact.
Writes go through :class:`DraftWriter`, one background thread that keeps them in order and off
the GUI thread. A draft also carries the idempotency keys of requests whose answer has not been
seen yet: a retry after a lost answer or a crash reuses the key, so the service files once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from icp_desktop.domain.clock import Clock, SystemClock
from icp_desktop.ui.files import atomic_write

if TYPE_CHECKING:
    from icp_desktop.client.change_models import Change
    from icp_desktop.client.errors import ApiError
    from icp_desktop.client.interface import FilingApi
    from icp_desktop.ui.page_backend import PageBackend

log = logging.getLogger(__name__)

_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def new_idempotency_key() -> str:
    """A fresh random key for one create or submit (kept until the service answers)."""
    return os.urandom(16).hex()  # 128 random bits; no uuid import at sign-in


@dataclass
class LocalDraft:
    """What the filer has typed for one website, and requests still awaiting an answer.

    Attributes:
        account: the signed-in account's key (its id as text).
        website_id: the website the edit is for.
        proposed_ips: the IP list as the filer left it.
        change_id: the change request on the service, once there is one.
        dirty: True while the list holds edits the service has not stored.
        create_key / create_ips: key and body of a create whose answer was not seen.
        submit_key: key of a submit whose answer was not seen.
        typing: an address being typed in the entry field, not yet added to the list.
        saved_at: when this draft was written (UTC, ISO 8601).
    """

    account: str
    website_id: int
    proposed_ips: list[str] = field(default_factory=list)
    change_id: int | None = None
    dirty: bool = False
    create_key: str | None = None
    create_ips: list[str] | None = None
    submit_key: str | None = None
    typing: str = ""
    saved_at: str = ""

    @property
    def saved_at_local(self) -> datetime | None:
        """The save time in the local time zone, for display."""
        try:
            return datetime.fromisoformat(self.saved_at).astimezone()
        except ValueError:
            return None

    @property
    def has_pending_request(self) -> bool:
        return self.create_key is not None or self.submit_key is not None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LocalDraft:
        return cls(
            account=str(data["account"]),
            website_id=int(data["website_id"]),
            proposed_ips=[str(ip) for ip in data.get("proposed_ips", [])],
            change_id=data.get("change_id"),
            dirty=bool(data.get("dirty", False)),
            create_key=data.get("create_key"),
            create_ips=data.get("create_ips"),
            submit_key=data.get("submit_key"),
            typing=str(data.get("typing") or ""),
            saved_at=str(data.get("saved_at", "")),
        )


class DraftStore:
    """Reads and writes :class:`LocalDraft` files under one directory (synchronous)."""

    def __init__(self, root: Path, clock: Clock | None = None) -> None:
        self.root = root
        self.clock: Clock = clock or SystemClock()

    @classmethod
    def default(cls) -> DraftStore:
        """The store in the platform's user data directory."""
        import platformdirs

        from icp_desktop import APP_ID

        return cls(Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "drafts")

    @classmethod
    def for_backend(cls, backend: PageBackend) -> DraftStore:
        """Drafts under the app's data directory when the backend knows it (``--data-dir``),
        else in the platform's user data directory."""
        data = backend.data_dir
        store = cls(Path(data) / "drafts") if data else cls.default()
        store.clock = backend.clock
        return store

    def path_for(self, account: str, website_id: int) -> Path:
        return self.root / f"{_SAFE.sub('_', account)}-{int(website_id)}.json"

    def load(self, account: str, website_id: int) -> LocalDraft | None:
        """The stored draft, or None. An unreadable file is set aside, never fatal."""
        path = self.path_for(account, website_id)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return LocalDraft.from_json(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("unreadable draft %s set aside", path.name)
            with contextlib.suppress(OSError):
                os.replace(path, path.with_suffix(".corrupt"))
            return None

    def save(self, draft: LocalDraft) -> Path:
        """Write ``draft`` atomically: a reader sees the old file or the new one, never half."""
        draft.saved_at = self.clock.now().isoformat()
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.path_for(draft.account, draft.website_id)
        payload = json.dumps(asdict(draft), ensure_ascii=False, indent=1)
        atomic_write(path, payload)
        return path

    def delete(self, account: str, website_id: int) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(account, website_id).unlink()


class DraftWriter:
    """Runs a :class:`DraftStore`'s writes on one background thread, in the order asked.

    ``save``/``delete`` return a Future; the GUI never waits on it, a worker thread may
    (a request must not leave before the key it carries is on disk).
    """

    def __init__(self, store: DraftStore) -> None:
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafts")

    def save(self, draft: LocalDraft) -> Future[Path]:
        snapshot = LocalDraft.from_json(asdict(draft))  # later edits must not race the write
        return self._pool.submit(self._save_logged, snapshot)

    def delete(self, account: str, website_id: int) -> Future[None]:
        return self._pool.submit(self.store.delete, account, website_id)

    def flush(self, timeout: float = 5.0) -> None:
        """Wait until every write asked so far is done."""
        self._pool.submit(lambda: None).result(timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def _save_logged(self, draft: LocalDraft) -> Path:
        try:
            return self.store.save(draft)
        except OSError:
            log.exception("could not write the local draft for website %s", draft.website_id)
            raise


def send_change(
    api: FilingApi,
    *,
    pending_save: Future[Path],
    website_id: int,
    change: Change | None,
    ips: list[str],
    create_key: str | None,
    create_ips: list[str] | None,
    submit_key: str | None,
) -> tuple[Change | None, str, ApiError | None]:
    """Put a draft on the service and, with ``submit_key``, submit it (on a worker thread).

    Creates the change when there is none (retrying a lost create with its stored key and
    body), updates its IPs when they differ, then submits. Returns the change as last seen,
    the step reached (``create``/``update``/``submit``/``done``) and the API error, if any,
    so the caller knows which key the service has answered.
    """
    from icp_desktop.client.errors import ApiError
    from icp_desktop.domain.validation import canonical_ip

    pending_save.result(10)  # the keys are on disk before the request leaves
    step, current = "create", change
    try:
        if current is None:
            # the key and the body were written to disk by the page before this call
            assert create_key is not None and create_ips is not None
            current = api.create_change(website_id, create_ips, create_key)
        step = "update"
        if [canonical_ip(i) for i in current.proposed_ips] != ips:
            current = api.update_change(current.id, ips, current.etag)
        if submit_key is not None:
            step = "submit"
            current = api.submit_change(current.id, submit_key)
    except ApiError as error:
        return current, step, error
    return current, "done", None
