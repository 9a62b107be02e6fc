"""What a page may ask of the app's backend: the typed interface every page, page model and
page widget takes (the real :class:`~icp_desktop.ui.backend.Backend`, or a fake in tests).

A page asks for a service call with ``backend.call(lambda api: api.get_change(42), on_ok,
on_err)``: ``api`` is a :class:`~icp_desktop.client.interface.FilingApi`, so the job and the
typed model its answer is are checked; the answer reaches ``on_ok`` on the GUI thread. Disk
and keyring work goes through ``backend.run``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from icp_desktop.client.errors import ApiError
    from icp_desktop.client.interface import FilingApi
    from icp_desktop.client.models import Account
    from icp_desktop.domain.clock import Clock
    from icp_desktop.ui.calls import Call

T = TypeVar("T")


class PageBackend(Protocol):
    """The backend as pages see it: the signed-in account, the app's clock and data
    directory, and calls that run off the GUI thread."""

    @property
    def account(self) -> Account | None:
        """The signed-in account, None before sign-in."""

    @property
    def server_url(self) -> str | None:
        """The service's root URL, once known."""

    @property
    def clock(self) -> Clock:
        """The app's "now" (the wall clock, or the moment ``--now`` pins)."""

    @property
    def data_dir(self) -> Path | None:
        """Where pages keep local files (drafts), when the app knows its directories."""

    def call(
        self,
        fn: Callable[[FilingApi], T],
        on_ok: Callable[[T], object] | None = None,
        on_err: Callable[[ApiError], object] | None = None,
        *,
        owner: QObject | None = None,
    ) -> Call[T]:
        """Run ``fn(api)`` on the network worker as the signed-in account; the answer reaches
        ``on_ok``/``on_err`` on the GUI thread (unless ``owner`` was deleted meanwhile)."""

    def run(
        self,
        fn: Callable[[], T],
        on_ok: Callable[[T], object] | None = None,
        on_err: Callable[[ApiError], object] | None = None,
        *,
        owner: QObject | None = None,
    ) -> Call[T]:
        """Run ``fn()`` (disk or keyring work) on the I/O worker."""

    def cancel_within(self, ancestor: QObject) -> int:
        """Cancel every call owned by ``ancestor`` or its descendants (a page going away)."""
