"""A lost connection to the service: reported quietly in the status bar, then recovered."""

from __future__ import annotations

from typing import Any

from tests.helpers.live_server import LiveServer
from tests.ui.test_notifications import signed_in_filer


def test_a_lost_connection_is_reported_quietly_and_recovers(
    fresh_live_server: LiveServer, qtbot: Any, make_controller: Any, sign_in: Any,
) -> None:
    controller = signed_in_filer(qtbot, make_controller, sign_in, fresh_live_server.url)
    fresh_live_server.kill()  # an outage: the long-poll in flight breaks
    label = controller.window.connection_label
    qtbot.waitUntil(lambda: label.text() == "Reconnecting…", timeout=20_000)
    fresh_live_server.start()
    qtbot.waitUntil(lambda: label.text() == "", timeout=40_000)
