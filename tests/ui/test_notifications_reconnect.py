"""A lost connection to the service: reported quietly in the status bar, then recovered."""

from __future__ import annotations

from typing import Any

from icp_desktop.ui import events
from tests.helpers.live_server import LiveServer
from tests.ui.test_notifications import signed_in_filer


def test_the_poller_draws_its_pauses_at_random_below_the_ceiling(
    tmp_path: Any,
    qtbot: Any,
    caplog: Any,
) -> None:
    """Two apps that lose the service at the same moment do not retry in step."""
    import logging
    import random

    from tests.helpers.live_server import free_port

    dead = f"http://127.0.0.1:{free_port()}"  # nobody listens: every poll fails at once
    waits: dict[int, list[float]] = {}
    for seed in (1, 2):
        poller = events.EventPoller(
            dead, "token", tmp_path / f"c{seed}.json", rng=random.Random(seed)
        )
        thread = events.PollerThread(poller)
        with caplog.at_level(logging.INFO, logger=events.__name__):
            caplog.clear()
            thread.start()
            qtbot.waitUntil(lambda: caplog.text.count("retrying in") >= 4, timeout=20_000)
            assert thread.stop()
        waits[seed] = [
            float(r.getMessage().split("retrying in ")[1].split()[0])
            for r in caplog.records
            if "retrying in" in r.getMessage()
        ][:4]
    ceilings = [0.5, 1.0, 2.0, 4.0]
    for pauses in waits.values():
        assert all(0 <= p <= c + 0.05 for p, c in zip(pauses, ceilings, strict=True)), pauses
    assert waits[1] != waits[2]


def test_a_lost_connection_is_reported_quietly_and_recovers(
    fresh_live_server: LiveServer,
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
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
