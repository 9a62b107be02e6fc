"""A lost connection to the service: reported quietly in the status bar, then recovered."""

from __future__ import annotations

from typing import Any

from icp_desktop.ui import events
from tests.helpers.live_server import LiveServer
from tests.ui.test_notifications import signed_in_filer


def test_backoff_doubles_up_to_thirty_seconds() -> None:
    pauses = [events.BACKOFF_START]
    for _ in range(10):
        pauses.append(events.next_backoff(pauses[-1]))
    assert pauses[:4] == [0.5, 1.0, 2.0, 4.0]
    assert max(pauses) == events.BACKOFF_CAP == 30.0
    assert pauses[-1] == 30.0


def test_a_lost_connection_is_reported_quietly_and_recovers(
    fresh_live_server: LiveServer, qtbot: Any, make_controller: Any, sign_in: Any,
    monkeypatch: Any,
) -> None:
    # a short cap keeps the test quick; the growth itself is checked above
    monkeypatch.setattr(events, "BACKOFF_CAP", 2.0)
    controller = signed_in_filer(qtbot, make_controller, sign_in, fresh_live_server.url)
    fresh_live_server.kill()  # an outage: the long-poll in flight breaks
    label = controller.window.connection_label
    qtbot.waitUntil(lambda: label.text() == "Reconnecting…", timeout=20_000)
    fresh_live_server.start()
    # back within a few seconds of the service, not after a long-poll's 25 s wait
    qtbot.waitUntil(lambda: label.text() == "", timeout=10_000)
