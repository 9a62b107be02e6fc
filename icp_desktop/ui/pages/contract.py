"""What the main window asks of a page, and what a page may ask of the main window.

Every role page (Licenses, Change Access, the review queue …) is a ``QWidget`` that is also a
:class:`Page`; it tells the main window where to go next through a :class:`Navigator`, by
connecting the signals it emits in :meth:`Page.connect_navigation`. The main window knows no
page's methods or signals beyond these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from icp_desktop.client.event_models import Event


class Navigator(Protocol):
    """Where a page can send the user (the main window)."""

    def open_change_access(self, website_id: int) -> None:
        """Edit the IPs of this website."""

    def open_status(self, change_id: int) -> None:
        """Show where this change stands."""

    def open_review(self, change_id: int) -> None:
        """Show this change side by side, to decide it (staff)."""

    def open_migration(self, migration_id: int) -> None:
        """Show this planned migration (0: the latest)."""

    def go_back(self) -> None:
        """Return to the page before."""


class Page(Protocol):
    """A page of the main window's stack."""

    def activate(self, **target: int) -> None:
        """The page is shown; ``target`` names what to show (``website_id``, ``change_id``,
        ``migration_id``), when the page shows one thing."""

    def on_event(self, event: Event) -> None:
        """An event of the signed-in account arrived from the service."""

    def connect_navigation(self, navigator: Navigator) -> None:
        """Connect the signals by which the page asks to go elsewhere."""

    def shows_countdown_of(self, change_id: int) -> bool:
        """Whether the page shows this change's SMS verification countdown now."""
