"""Answers of hot read paths kept in memory for as long as the database has not changed.

Two things are kept, each with the :class:`~icp_desktop.server.write_watch.WriteWatch`
generation it was read under:

* the account behind a session token (every request needs it), until the token expires, with
  the session's *fingerprint* (:mod:`icp_desktop.server.session_check`). A revoked session
  must be refused by every process at once, so while the generation is unchanged the entry
  is served as is (only SQLite's generation moves with another process's commit itself), and
  otherwise only after a fresh read of the session's row gave the same fingerprint: an
  unrelated write (another filer's change) costs that one cheap read, not a new lookup;
* pages of ``GET /v1/websites`` as the bytes sent, per account and query.

An entry is served only while the generation is unchanged, so any committed write — a new
change, a decision, a sign-out, a disabled account — makes every entry stale at once; the next
request reads the database again. The generation is read *before* the database is, so an
answer that raced with a write is stored under the older generation and never served.
Entries are bounded in number and bytes, least recently used out first.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, NamedTuple, TypeVar

from icp_desktop.domain.clock import Clock
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.session_check import Fingerprint
from icp_desktop.server.write_watch import WriteWatch

V = TypeVar("V")

PageKey = tuple[int, str | None, str | None, str | None, int]
# Sessions kept: more than a process's long-polls, or each renewal would push out the next
# one's (least recently used goes first, and renewals come round in the same order).
MAX_SESSIONS = 50_000


@dataclass(frozen=True, slots=True)
class _Entry(Generic[V]):
    generation: int
    value: V
    size: int
    expires_at: datetime | None = None


class KeptSession(NamedTuple):
    """An account kept for a token: ``unchanged`` when nothing at all was written since it
    was loaded or confirmed (it may then be served without reading anything)."""

    account: Account
    fingerprint: Fingerprint
    expires_at: datetime
    unchanged: bool


class _Lru(Generic[V]):
    """A dict bounded by entries and total size, dropping the least recently used."""

    def __init__(self, max_entries: int, max_bytes: int, clock: Clock) -> None:
        self.clock = clock
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.bytes = 0
        self._entries: OrderedDict[object, _Entry[V]] = OrderedDict()

    def peek(self, key: object) -> _Entry[V] | None:
        """The entry under any generation, unless it has expired."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.expires_at is not None and entry.expires_at <= self.clock.now():
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return entry

    def get(self, key: object, generation: int) -> V | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.generation != generation or (
            entry.expires_at is not None and entry.expires_at <= self.clock.now()
        ):
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return entry.value

    def put(self, key: object, entry: _Entry[V]) -> None:
        if entry.size > self.max_bytes:
            return
        self._drop(key)
        self._entries[key] = entry
        self.bytes += entry.size
        while len(self._entries) > self.max_entries or self.bytes > self.max_bytes:
            self._drop(next(iter(self._entries)))

    def _drop(self, key: object) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self.bytes -= entry.size

    def __len__(self) -> int:
        return len(self._entries)


class ReadCache:
    """The service's read cache; one per app, see the module docstring."""

    def __init__(
        self,
        watch: WriteWatch,
        clock: Clock,
        *,
        max_accounts: int = MAX_SESSIONS,
        max_pages: int = 512,
        max_page_bytes: int = 16 * 1024 * 1024,
    ) -> None:
        self.watch = watch
        self.enabled = True
        self._accounts: _Lru[tuple[Account, Fingerprint]] = _Lru(
            max_accounts, max_accounts * 1024, clock
        )
        self._pages: _Lru[bytes] = _Lru(max_pages, max_page_bytes, clock)

    def generation(self) -> int | None:
        """The generation to store a new answer under; None: do not cache now."""
        return self.watch.generation() if self.enabled else None

    # -- accounts by token ---------------------------------------------------------------

    def session(self, token_hash: str) -> KeptSession | None:
        """The account kept for an unexpired token, if any."""
        if not self.enabled:
            return None
        entry = self._accounts.peek(token_hash)
        if entry is None:
            return None
        account, fingerprint = entry.value
        assert entry.expires_at is not None
        unchanged = self.watch.instant and entry.generation == self.generation()
        return KeptSession(account, fingerprint, entry.expires_at, unchanged)

    def keep_session(
        self,
        token_hash: str,
        account: Account,
        fingerprint: Fingerprint,
        expires_at: datetime,
        generation: int | None,
    ) -> None:
        """Keep an account loaded (or confirmed) under ``generation``, read before it."""
        if self.enabled:
            # -1: no generation now; the entry is then served only after a fingerprint check.
            self._accounts.put(
                token_hash,
                _Entry(
                    -1 if generation is None else generation,
                    (account, fingerprint),
                    1024,
                    expires_at,
                ),
            )

    # -- pages of websites ---------------------------------------------------------------

    def page(self, key: PageKey) -> bytes | None:
        generation = self.generation()
        return None if generation is None else self._pages.get(key, generation)

    def keep_page(self, key: PageKey, body: bytes, generation: int | None) -> None:
        if generation is not None:
            self._pages.put(key, _Entry(generation, body, len(body) + 200))

    def sizes(self) -> tuple[int, int, int]:
        """Accounts kept, pages kept, bytes of pages kept."""
        return len(self._accounts), len(self._pages), self._pages.bytes
