"""The waiting long-polls of one process, filed by account and by role for routing events.

A :class:`Listener` is one poll: who asks, from which cursor, and the events handed to it so
far. :class:`Listeners` files them so that an event reaches exactly the polls it concerns
(``account_id`` or the role ``audience``) without looking at any other: a process may hold
ten thousand polls, of which one commit concerns a handful.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from icp_desktop.server.schemas import EventOut


class Routed(NamedTuple):
    """An event as the dispatcher keeps it: what routing needs, and what clients get."""

    id: int
    account_id: int | None
    audience: str | None
    out: EventOut


class Listener:
    """One waiting long-poll.

    Attributes:
        account_id, role: whose events it wants (its account's, and its role's audience).
        token_hash: its session, checked again when that account signs out somewhere.
        after: its cursor; only events with a higher id are handed to it.
        items: the events handed to it so far, oldest first.
        ended: its session was revoked while it waited.
    """

    # Slots: thousands of these are alive at once.
    __slots__ = ("_future", "_timer", "account_id", "after", "ended", "items", "role", "token_hash")

    def __init__(self, account_id: int, role: str, token_hash: str, after: int) -> None:
        self.account_id = account_id
        self.role = role
        self.token_hash = token_hash
        self.after = after
        self.items: list[EventOut] = []
        self.ended = False
        self._future: asyncio.Future[None] | None = None
        self._timer: asyncio.TimerHandle | None = None

    def concerns(self, routed: Routed) -> bool:
        return routed.id > self.after and (
            routed.account_id == self.account_id or routed.audience == self.role
        )

    def take(self, recent: Iterable[Routed]) -> None:
        """Hand over, from ``recent`` (oldest first), the events this poll wants."""
        self.items.extend(r.out for r in recent if self.concerns(r))

    def merge_before(self, found: list[EventOut], *, complete: bool) -> None:
        """Put events read from the database before those handed out meanwhile.

        ``complete``: ``found`` holds every event the database had; otherwise it is a full
        batch, and only it is answered (the rest comes with the next poll, from its end).
        """
        if not found:
            return
        if not complete:
            self.items = found
            return
        last = found[-1].id
        # Handed out meanwhile and also in ``found``: the same events, once is enough.
        self.items = [*found, *(e for e in self.items if e.id > last)]

    def sleep(self, seconds: float) -> asyncio.Future[None]:
        """A future done at :meth:`wake` or after ``seconds``; costs a timer, no CPU. (A
        future, not a coroutine: one object fewer per waiting poll for the garbage collector
        to walk.) Await it, then call :meth:`awake`."""
        loop = asyncio.get_running_loop()
        self._future = future = loop.create_future()
        self._timer = loop.call_later(seconds, _resolve, future)
        return future

    def awake(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._future = self._timer = None

    def wake(self) -> None:
        if self._future is not None:
            _resolve(self._future)


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class Listeners:
    """Every waiting poll of the process, by account and by role."""

    def __init__(self) -> None:
        self._by_account: dict[int, set[Listener]] = {}
        self._by_role: dict[str, set[Listener]] = {}
        self._count = 0
        self._someone = asyncio.Event()

    def __len__(self) -> int:
        return self._count

    def add(self, listener: Listener) -> None:
        self._by_account.setdefault(listener.account_id, set()).add(listener)
        self._by_role.setdefault(listener.role, set()).add(listener)
        self._count += 1
        self._someone.set()

    def discard(self, listener: Listener) -> None:
        group = self._by_account.get(listener.account_id)
        if group is None or listener not in group:
            return
        group.discard(listener)
        if not group:
            del self._by_account[listener.account_id]
        self._by_role[listener.role].discard(listener)
        self._count -= 1
        if not self._count:
            self._someone.clear()

    async def someone_waits(self) -> None:
        """Return at once while any poll waits; otherwise when one comes."""
        await self._someone.wait()

    def of_account(self, account_id: int) -> list[Listener]:
        return list(self._by_account.get(account_id, ()))

    def all(self) -> Iterator[Listener]:
        for group in list(self._by_account.values()):
            yield from list(group)

    def hand_out(self, routed: Routed) -> list[Listener]:
        """Give the event to every poll it concerns; those polls (to be woken)."""
        got: list[Listener] = []
        if routed.account_id is not None:
            _give(self._by_account.get(routed.account_id), routed, got)
        if routed.audience is not None:
            _give(self._by_role.get(routed.audience), routed, got)
        return got


def _give(group: set[Listener] | None, routed: Routed, got: list[Listener]) -> None:
    for listener in group or ():
        # Only events newer than everything it holds: an event both for its account and for
        # its role is handed over once, and so is one its catch-up read already found (that
        # read may see another process's events before this process's dispatcher does).
        newest = listener.items[-1].id if listener.items else listener.after
        if routed.id > newest:
            listener.items.append(routed.out)
            got.append(listener)
