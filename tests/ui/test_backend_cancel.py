"""Backend.cancel: typing against a slow service asks it once more, not once per pause.

Each pause in typing starts a search and cancels the one before. A cancelled call that the
worker thread has not begun yet must be skipped: it never reaches the service and never calls
back, so the last search is answered after the call in flight plus its own delay, not after
one delay per pause.
"""

from __future__ import annotations

import time
from typing import Any

from icp_desktop.ui.backend import Backend
from icp_desktop.ui.calls import Call

DELAY = 1.5  # seconds the slow server waits before each answer


def test_cancelled_calls_that_have_not_started_never_reach_the_service(
    qtbot: Any, ui_backend: Backend, slow_server: Any
) -> None:
    slow_server.delay = DELAY
    ui_backend.set_server(slow_server.url)
    answered: list[tuple[str, int]] = []

    def search(n: int) -> Call[Any]:
        return ui_backend.call(
            lambda client: client.health(),
            lambda _result: answered.append(("ok", n)),
            lambda _error: answered.append(("error", n)),
        )

    first = search(1)
    # the first search is in flight: the worker waits on the service
    qtbot.waitUntil(lambda: slow_server.hits == 1, timeout=10_000)
    previous = first
    for n in (2, 3, 4):  # three more pauses while the first answer is awaited
        current = search(n)
        previous.cancel()
        previous = current
    started = time.monotonic()
    qtbot.waitUntil(lambda: bool(answered), timeout=int(DELAY * 6 * 1000))
    waited = time.monotonic() - started

    assert answered == [("ok", 4)]  # only the last search calls back
    assert slow_server.hits == 2  # the one in flight and the last; 2 and 3 were skipped
    # what was left of the first delay plus the last one, not three delays more
    assert waited < DELAY * 2.8, f"the last answer came after {waited:.1f} s"
    assert not ui_backend.busy
