"""Notifications are kept per account across sign-ins (issue 13, item 1): fetched again from
the service's events at sign-in, read or unread as this computer remembers."""

from __future__ import annotations

from typing import Any

from tests.helpers.live_server import LiveServer
from tests.ui.test_notifications import decide, pending_change_of, reviewer_session


def test_the_list_comes_back_after_signing_out_and_in(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    fresh_live_server: LiveServer,
) -> None:
    url = fresh_live_server.url
    controller = make_controller(url)
    with qtbot.waitSignal(controller.poller_ready, timeout=20_000):
        sign_in(controller, "demo")
    listing = controller.notifier.list
    qtbot.waitUntil(lambda: not controller.backend.busy, timeout=10_000)
    earlier = listing.count()
    assert listing.unread_count() == 0  # the first sign-in here: what was before counts read

    reviewer = reviewer_session(url)
    change = pending_change_of(reviewer, url, "demo")
    with qtbot.waitSignal(controller.notifier.notified, timeout=5_000):
        decide(reviewer, url, change["id"], "reject")
    assert listing.count() == earlier + 1 and listing.unread_count() == 1

    controller.sign_out()
    assert listing.count() == 0
    sign_in(controller, "demo2")  # another account: none of demo's notifications
    qtbot.waitUntil(lambda: not controller.backend.busy, timeout=10_000)
    assert change["id"] not in [n["change_id"] for n in listing.notes()]
    controller.sign_out()

    sign_in(controller, "demo")
    qtbot.waitUntil(lambda: listing.count() == earlier + 1, timeout=10_000)
    assert listing.notes()[0]["change_id"] == change["id"]
    assert listing.unread_count() == 1  # still unread: it was never opened
    listing.itemClicked.emit(listing.item(0))  # opened: read from now on
    assert listing.unread_count() == 0
    qtbot.waitUntil(lambda: not controller.backend.busy, timeout=10_000)
    controller.sign_out()

    sign_in(controller, "demo")
    qtbot.waitUntil(lambda: listing.count() == earlier + 1, timeout=10_000)
    assert listing.unread_count() == 0
