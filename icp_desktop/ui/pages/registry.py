"""The role pages by name, each built by a function that imports its module on first use
(after sign-in: the first paint needs nothing but the sign-in page)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from icp_desktop.ui.page_backend import PageBackend
    from icp_desktop.ui.pages.contract import Page


def _licenses(backend: PageBackend) -> Page:
    from icp_desktop.ui.pages.licenses import LicensesPage

    return LicensesPage(backend)


def _change_access(backend: PageBackend) -> Page:
    from icp_desktop.ui.pages.change_access import ChangeAccessPage

    return ChangeAccessPage(backend)


def _review_status(backend: PageBackend) -> Page:
    from icp_desktop.ui.pages.review_status import ReviewStatusPage

    return ReviewStatusPage(backend)


def _review_queue(backend: PageBackend) -> Page:
    from icp_desktop.ui.pages.review_queue import ReviewQueuePage

    return ReviewQueuePage(backend)


def _review_detail(backend: PageBackend) -> Page:
    from icp_desktop.ui.pages.review_detail import ReviewDetailPage

    return ReviewDetailPage(backend)


def _operator(backend: PageBackend) -> Page:
    from icp_desktop.ui.pages.operator import OperatorPage

    return OperatorPage(backend)


def _migration(backend: PageBackend) -> Page:
    from icp_desktop.ui.pages.migration import MigrationPage

    return MigrationPage(backend)


def _history(backend: PageBackend) -> Page:
    from icp_desktop.ui.pages.history import HistoryPage

    return HistoryPage(backend)


PAGE_FACTORIES: dict[str, Callable[[PageBackend], Page]] = {
    "licenses": _licenses,
    "change_access": _change_access,
    "review_status": _review_status,
    "review_queue": _review_queue,
    "review_detail": _review_detail,
    "operator": _operator,
    "migration": _migration,
    "history": _history,
}
# the pages each role works with, its home page first
ROLE_PAGES: dict[str, list[str]] = {
    "filer": ["licenses", "change_access", "review_status", "migration", "history"],
    "reviewer": ["review_queue", "review_detail"],
    "operator": ["operator", "review_queue", "review_detail"],
}
# pages that make sense to reopen after a restart (they need no arguments)
TOP_LEVEL_PAGES = frozenset({"licenses", "review_queue", "operator", "history"})
