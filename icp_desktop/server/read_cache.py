"""Answers of hot read paths kept in memory for as long as the database has not changed.

Two things are kept, each with the :class:`~icp_desktop.server.write_watch.WriteWatch`
generation it was read under:

* the account behind a session token (every request needs it), until the token expires;
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
from typing import Generic, TypeVar

from icp_desktop.domain.clock import Clock
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.write_watch import WriteWatch

V = TypeVar("V")

PageKey = tuple[int, str | None, str | None, str | None, int]


@dataclass(frozen=True, slots=True)
class _Entry(Generic[V]):
    generation: int
    value: V
    size: int
    expires_at: datetime | None = None


class _Lru(Generic[V]):
    """A dict bounded by entries and total size, dropping the least recently used."""

    def __init__(self, max_entries: int, max_bytes: int, clock: Clock) -> None:
        self.clock = clock
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.bytes = 0
        self._entries: OrderedDict[object, _Entry[V]] = OrderedDict()

    def get(self, key: object, generation: int) -> V | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.generation != generation or (
                entry.expires_at is not None and entry.expires_at <= self.clock.now()):
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

    def __init__(self, watch: WriteWatch, clock: Clock, *, max_accounts: int = 10_000,
                 max_pages: int = 512,
                 max_page_bytes: int = 16 * 1024 * 1024) -> None:
        self.watch = watch
        self.enabled = True
        self._accounts: _Lru[Account] = _Lru(max_accounts, max_accounts * 1024, clock)
        self._pages: _Lru[bytes] = _Lru(max_pages, max_page_bytes, clock)

    def generation(self) -> int | None:
        """The generation to store a new answer under; None: do not cache now."""
        return self.watch.generation() if self.enabled else None

    # -- accounts by token ---------------------------------------------------------------

    def account(self, token_hash: str) -> Account | None:
        generation = self.generation()
        return None if generation is None else self._accounts.get(token_hash, generation)

    def keep_account(self, token_hash: str, account: Account, expires_at: datetime,
                     generation: int | None) -> None:
        if generation is not None:
            self._accounts.put(token_hash, _Entry(generation, account, 1024, expires_at))

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
